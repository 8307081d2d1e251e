"""The element tree an AppTest shows, normalized so that real Streamlit's
AppTest and ours can be compared: every node of every root, in display order,
with its root, ``type``, class name, ``key`` and the attributes 1.67's
element classes expose for it (``value``, ``label``, ``options``...).

Each app in ``tree_apps/`` is run once, then through the interactions
``STEPS`` lists for it (public AppTest API only, so they run unchanged on
both implementations); its dump is the tree after each of these runs.

``python tree_dump.py [app ...]`` (in a real-Streamlit venv, with
``STC_CONFORMANCE=real``) prints the dumps as JSON;
``test_tree_conformance.py`` compares them with ours.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path
from typing import Any, Callable

from apptest_impl import AppTest
from element_lists import jsonable

APPS = Path(__file__).resolve().parent / "tree_apps"

# The attributes each of 1.67's element classes defines for what it shows
# (its dataclass fields and properties), by class name: a node of a class
# is dumped with these. Left out: what cannot match across implementations
# by construction (stack traces, raw protos, callables).
ATTRS: dict[str, tuple[str, ...]] = {
    "UnknownElement": ("value",),
    "Error": ("icon", "value"),
    "Warning": ("icon", "value"),
    "Info": ("icon", "value"),
    "Success": ("icon", "value"),
    "Button": ("disabled", "label", "help", "form_id", "value"),
    "DownloadButton": ("disabled", "label", "help", "form_id", "value"),
    "ChatInput": ("disabled", "placeholder", "value"),
    "Checkbox": ("disabled", "label", "help", "form_id", "value"),
    "Toggle": ("disabled", "label", "help", "form_id", "value"),
    "Code": ("language", "show_line_numbers", "value"),
    "ColorPicker": ("disabled", "label", "help", "form_id", "value"),
    "Dataframe": ("editing_mode", "columns", "value"),
    "DateInput": ("disabled", "label", "min", "max", "is_range", "help", "form_id", "value"),
    "Exception": ("message", "is_markdown", "is_warning", "value"),
    "Title": ("tag", "anchor", "hide_anchor", "icon", "value"),
    "Header": ("tag", "anchor", "hide_anchor", "icon", "value"),
    "Subheader": ("tag", "anchor", "hide_anchor", "icon", "value"),
    "Image": ("captions",),
    "Help": ("name", "doc_string", "value"),
    "Html": ("value",),
    "Progress": ("text", "value"),
    "LinkButton": ("value",),
    "PageLink": ("value",),
    "Json": ("expanded", "value"),
    "Markdown": ("allow_html", "is_caption", "value"),
    "Caption": ("allow_html", "is_caption", "value"),
    "Divider": ("allow_html", "is_caption", "value"),
    "Latex": ("allow_html", "is_caption", "value"),
    "Space": ("size", "value"),
    "Metric": ("label", "delta", "color", "help", "value"),
    "ButtonGroup": ("disabled", "options", "form_id", "formatted_values", "indices", "value"),
    "Feedback": ("disabled", "form_id", "value"),
    "FileUploader": ("disabled", "label", "help", "form_id", "accept_multiple_files", "allowed_type", "value"),
    "Multiselect": ("disabled", "label", "options", "max_selections", "help", "form_id", "indices", "value", "values"),
    "NumberInput": ("disabled", "label", "min", "max", "step", "help", "form_id", "value"),
    "Radio": ("disabled", "label", "options", "horizontal", "help", "form_id", "index", "value"),
    "Selectbox": ("disabled", "label", "options", "help", "form_id", "index", "value"),
    "SelectSlider": ("disabled", "label", "options", "help", "form_id", "value"),
    "Slider": ("disabled", "label", "min", "max", "step", "help", "form_id", "value"),
    "Table": ("value",),
    "Text": ("value",),
    "TextArea": ("disabled", "label", "max_chars", "placeholder", "help", "form_id", "value"),
    "TextInput": ("disabled", "label", "max_chars", "autocomplete", "placeholder", "help", "form_id", "value"),
    "TimeInput": ("disabled", "label", "step", "help", "form_id", "value"),
    "Toast": ("icon", "value"),
    "ChatMessage": ("name", "avatar"),
    "Column": ("weight", "gap"),
    "Expander": ("icon", "label"),
    "Status": ("icon", "label", "state"),
    "Tab": ("label",),
}

#: attributes every node has (blocks and elements alike)
COMMON = ("type", "key")


def _attr(node: Any, name: str) -> Any:
    try:
        return jsonable(getattr(node, name))
    except Exception as exc:  # noqa: BLE001 - what AppTest raises is part of the picture
        return f"<{type(exc).__name__}>"


def _node(node: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"class": type(node).__name__}
    for name in COMMON + ATTRS.get(type(node).__name__, ()):
        out[name] = _attr(node, name)
    # "An element has no children; a block has": say which one it is.
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        out["children"] = [_node(child) for child in children.values()]
    else:
        out["has_children"] = hasattr(node, "children")
    return out


def tree(at: Any) -> list[dict[str, Any]]:
    """Every root of the last run (main, sidebar, event...), in order."""
    return [_node(root) for root in at._tree.children.values()]


def flatten(roots: list[dict[str, Any]]) -> list[str]:
    """One line per node, its place first (root/child/...): a readable diff
    of two trees."""
    lines: list[str] = []

    def visit(node: dict[str, Any], place: str) -> None:
        fields = {k: v for k, v in node.items() if k != "children"}
        lines.append(f"{place} {json.dumps(fields, sort_keys=True)}")
        for i, child in enumerate(node.get("children", [])):
            visit(child, f"{place}/{i}")

    for i, root in enumerate(roots):
        visit(root, str(i))
    return lines


Step = Callable[[Any], Any]

def _choice_many(at: Any) -> None:
    at.checkbox[0].uncheck()
    at.toggle(key="tog").set_value(True)
    at.selectbox(key="sel").select("red")
    at.run()


def _choice_groups(at: Any) -> None:
    at.pills[0].unselect("South")
    at.segmented_control(key="seg").select("Right")
    at.feedback(key="stars").set_value(3)
    at.select_slider[1].set_range("S", "L")
    at.color_picker[0].pick("00ff00")
    at.run()


def _type_texts(at: Any) -> None:
    at.text_input[0].input("Grace")
    at.text_area[0].input("new")
    at.run()


def _submit_form(at: Any) -> None:
    # Input and submit in one step: after a run without submit, real
    # AppTest drops the unsent form value while ours (like the page) keeps
    # it for the next submit.
    at.text_input(key="name").input("Ada")
    at.button[0].click()
    at.run()


def _submit_clearing_form(at: Any) -> None:
    at.number_input[0].set_value(9)
    at.button(key="send_it").click()
    at.run()


def _order(at: Any) -> None:
    at.sidebar.selectbox(key="size").select("L")
    at.sidebar.number_input(key="qty").increment()
    at.sidebar.form_submit_button[0].click()
    at.run()


#: app name -> the interactions after its first run (each ends in a run)
STEPS: dict[str, list[Step]] = {
    "choice": [
        lambda at: at.radio[0].set_value("three").run(),
        lambda at: at.multiselect[0].select("c").run(),
        _choice_many,
        _choice_groups,
    ],
    "inputs": [
        lambda at: at.slider[0].set_value(7).run(),
        lambda at: at.number_input[0].increment().run(),
        _type_texts,
        lambda at: at.time_input[0].increment().run(),
    ],
    "forms": [_submit_form, _submit_clearing_form],
    "session_keys": [lambda at: at.button(key="inc").click().run(), lambda at: at.number_input(key="count").set_value(5).run()],
    "chat": [lambda at: at.chat_input(key="prompt").set_value("hi").run(), lambda at: at.run()],
    "chat_files": [
        lambda at: at.chat_input(key="many").upload("a.txt", b"hello").upload("b.txt", b"x", "text/plain").set_value("hi").run(),
        lambda at: at.run(),
        lambda at: at.chat_input(key="one").upload("c.txt", b"only").run(),
    ],
    "buttons": [lambda at: at.button(key="primary").click().run(), lambda at: at.download_button(key="dl").click().run()],
    "layout": [lambda at: at.button[0].click().run()],
    "media": [
        lambda at: at.file_uploader(key="up").set_value(("data.csv", b"a,b", "text/csv")).run(),
        lambda at: at.file_uploader[1].upload("one.txt", b"1").upload("two.txt", b"22", "text/plain").run(),
        lambda at: at.file_uploader(key="up").clear().run(),
    ],
    "nested": [
        lambda at: at.checkbox(key="deep").check().run(),
        lambda at: at.sidebar.radio(key="side_radio").set_value("b").run(),
        lambda at: at.container(key="row").button[1].click().run(),
    ],
    "dialog": [lambda at: at.button[0].click().run()],
    "widget_params": [
        lambda at: at.slider(key="irange").set_range(-5, 5).run(),
        lambda at: at.pills(key="pill").select("one").run(),
        lambda at: at.segmented_control[0].unselect("a").run(),
        lambda at: at.feedback(key="faces").set_value(0).run(),
        lambda at: at.date_input[0].set_value(datetime.date(2024, 6, 1)).run(),
    ],
    "sidebar_forms": [_order],
    "keys": [lambda at: at.text_input(key="inner_input").input("typed").run()],
    "state_values": [lambda at: at.text_input(key="name").input("Ada").run()],
    "widget_label_reset": [
        lambda at: at.text_input(key="w").input("typed").run(),
        lambda at: at.button[0].click().run(),
    ],
}


def app_names() -> list[str]:
    return sorted(p.stem for p in APPS.glob("*.py"))


def seed_only(name: str) -> str | None:
    """The reason an app shows a documented behaviour 1.67 changed (its
    first line: ``# conformance: seed-only: <reason>``), else None."""
    first = (APPS / f"{name}.py").read_text(encoding="utf-8").splitlines()[0]
    marker = "# conformance: seed-only:"
    return first[len(marker):].strip() if first.startswith(marker) else None


def dump(name: str) -> list[Any]:
    at = AppTest.from_file(str(APPS / f"{name}.py"), default_timeout=30)
    at.run()
    shots = [tree(at)]
    for step in STEPS.get(name, []):
        step(at)
        shots.append(tree(at))
    return shots


def main(names: list[str]) -> None:
    out: dict[str, Any] = {}
    for name in names or app_names():
        try:
            out[name] = dump(name)
        except Exception as exc:  # noqa: BLE001 - reported per app
            out[name] = {"error": f"{type(exc).__name__}: {exc}"}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
