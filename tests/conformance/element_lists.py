"""Element lists of an app, comparable between real Streamlit's AppTest and
ours: ``[[type, value], ...]`` in display order (blocks left out), where
``type`` is the element's node type (``"title"``, ``"button"``,
``"success"``...) and ``value`` its ``.value``
made JSON-able.

``SCENARIOS`` drive the docs' example apps through a few interactions; each
snapshot is the element list after the first run and after each step. Steps
use only the public AppTest API, so they run unchanged on both
implementations.
``python element_lists.py`` (in a real-Streamlit venv, with
``STC_CONFORMANCE=real``) prints every scenario's snapshots as JSON;
``test_against_real_streamlit.py`` compares them with ours.
"""

from __future__ import annotations

import datetime
import enum
import json
import sys
from pathlib import Path
from typing import Any, Callable

from apptest_impl import REAL, AppTest

APPS = Path(__file__).resolve().parent / "apps"


def jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [jsonable(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (datetime.date, datetime.time, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value)
    if hasattr(value, "getvalue") and hasattr(value, "name"):  # an UploadedFile: what identifies it, not its id
        return {"name": value.name, "type": value.type, "size": value.size}
    if callable(getattr(value, "to_dict", None)) and not hasattr(value, "columns"):  # a ChatInputValue
        return jsonable(value.to_dict())
    if hasattr(value, "columns") and hasattr(value, "values"):  # a DataFrame
        return {"columns": [str(c) for c in value.columns], "data": jsonable(value.values.tolist())}
    return repr(value)


def element_list(at: Any) -> list[list[Any]]:
    if REAL:
        from streamlit.testing.v1.element_tree import Block
    else:
        from stc_runtime.testing._tree import Block

    # Both trees have 1.67's shape: main, sidebar, then the event root
    # (toasts) and the bottom one (a top-level chat input).
    nodes = [n for n in at._tree if not isinstance(n, Block)]
    out = []
    for node in nodes:
        kind = node.type
        try:
            value = jsonable(node.value)
        except Exception as exc:  # noqa: BLE001 - a value AppTest cannot give is part of the picture
            value = f"<{type(exc).__name__}>"
        out.append([kind, value])
    return out


Step = Callable[[Any], Any]


def click(index: int) -> Step:
    return lambda at: at.button[index].click().run()


def type_into(index: int, text: str) -> Step:
    return lambda at: at.text_input[index].input(text).run()


#: name -> (app file under apps/, steps after the first run)
SCENARIOS: dict[str, tuple[str, list[Step]]] = {
    "counter_plain": ("counter_plain.py", [click(0), click(0)]),
    "counter_session_state": ("counter_session_state.py", [click(0), click(0), lambda at: at.run()]),
    "counter_callback_kwargs": ("counter_callback_kwargs.py", [click(0), click(1)]),
    "counter_callback_args": ("counter_callback_args.py", [lambda at: at.number_input[0].set_value(3).run(), click(0)]),
    "button_stateful": ("button_stateful.py", [click(0), lambda at: at.slider[0].set_value(10).run()]),
    "button_toggle": ("button_toggle.py", [click(0), click(0)]),
    "button_stages": (
        "button_stages.py",
        [click(0), type_into(0, "Jane"), lambda at: at.selectbox[0].select("red").run(), click(0)],
    ),
    "button_name_slight_problem": ("button_name_slight_problem.py", [click(0), lambda at: at.run(), click(1)]),
    "button_name_rerun": ("button_name_rerun.py", [click(0), click(1)]),
    "button_nested_buttons": ("button_nested_buttons.py", [click(0), click(1)]),
    "button_option3_containers": ("button_option3_containers.py", [type_into(0, "x"), click(1)]),
    "button_dynamic_widgets": (
        "button_dynamic_widgets.py",
        [click(0), click(0), lambda at: at.text_input(key="first_1").input("Ada").run()],
    ),
    "session_state_api": ("session_state_api.py", [lambda at: at.run()]),
    "session_state_celsius": ("session_state_celsius.py", [lambda at: at.slider[0].set_value(-3.5).run()]),
    "widget_change_parameters": (
        "widget_change_parameters.py",
        [lambda at: at.number_input[0].set_value(3).run(), lambda at: at.number_input[1].set_value(7).run()],
    ),
    "widget_retain_statefulness": (
        "widget_retain_statefulness.py",
        [lambda at: at.slider[0].set_value(8).run(), lambda at: at.number_input(key="max").set_value(6).run()],
    ),
    "widget_form_attendance": (
        "widget_form_attendance.py",
        # Input and submit in one step: after a run without submit, real
        # AppTest drops the unsent form value while ours (like the page)
        # keeps it for the next submit.
        [lambda at: (at.text_input[0].input("Jane"), at.button[0].click().run()), click(0)],
    ),
    "forms_widget_values": (
        "forms_widget_values.py",
        [lambda at: (at.slider[0].set_value(4), at.selectbox[0].select("blue"), at.button[0].click().run())],
    ),
    "forms_container": ("forms_container.py", [lambda at: at.selectbox[0].select("woof").run(), click(0)]),
    "forms_process_after": (
        "forms_process_after.py",
        [lambda at: (at.number_input[0].set_value(1.0), at.number_input[1].set_value(2.5), at.button[0].click().run())],
    ),
    "forms_rerun": (
        "forms_rerun.py",
        [lambda at: (at.number_input[0].set_value(2.0), at.button[0].click().run())],
    ),
    "bean_counter": ("bean_counter.py", [lambda at: at.number_input[0].increment().run(), click(0)]),
    "login": ("login_app.py", [type_into(0, "balloon"), type_into(0, "streamlit"), click(0)]),
    "class_in_script": ("class_in_script.py", [click(0)]),
    "class_pathological_selectbox": ("class_pathological_selectbox.py", [lambda at: at.run()]),
    "multipage_first": ("multipage/first.py", [type_into(0, "Balloons"), click(0)]),
    "cheatsheet": ("cheatsheet_app.py", [lambda at: at.chat_input[0].set_value("Hi").run()]),
}

#: secrets each scenario's app needs (the login page reads st.secrets.password)
SECRETS: dict[str, dict[str, Any]] = {"login": {"password": "streamlit"}}


def snapshots(name: str) -> list[list[list[Any]]]:
    app, steps = SCENARIOS[name]
    at = AppTest.from_file(str(APPS / app), default_timeout=10)
    for key, value in SECRETS.get(name, {}).items():
        at.secrets[key] = value
    at.run()
    shots = [element_list(at)]
    for step in steps:
        step(at)
        shots.append(element_list(at))
    return shots


def main(names: list[str]) -> None:
    out: dict[str, Any] = {}
    for name in names or list(SCENARIOS):
        try:
            out[name] = snapshots(name)
        except Exception as exc:  # noqa: BLE001 - reported per scenario
            out[name] = {"error": f"{type(exc).__name__}: {exc}"}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
