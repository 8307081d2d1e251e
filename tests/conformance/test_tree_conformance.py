"""The element tree of each app in ``tree_apps/`` (apps that together use
every element stc has, with many of their parameters) read through real
Streamlit 1.67's AppTest and through ours, after the first run and after
each interaction ``tree_dump.STEPS`` lists, and compared node for node:
root, ``type``, class name, ``key``, whether it has ``children``, and the
values 1.67's element classes expose (``tree_dump.ATTRS``).

An app whose first line is ``# conformance: seed-only: <reason>`` shows a
behaviour Streamlit's docs describe and 1.50+ changed (stc follows the
docs); it is compared with Streamlit 1.49.1 instead.

``KNOWN`` lists the apps that differ because of what an element function
(not AppTest) sends; each is an expected failure that must keep failing
until that element is fixed, and then leaves the list.
"""

from __future__ import annotations

import difflib
import json
import subprocess

import pytest

from apptest_impl import REAL
from test_against_real_streamlit import HERE, REFERENCE, SEED_RELEASE, real_env, venv_python
from tree_dump import app_names, dump, flatten, seed_only

pytestmark = pytest.mark.skipif(REAL, reason="this driver runs from stc's environment, not inside a real-Streamlit venv")

#: app -> why its tree differs (the element function that has to change)
KNOWN: dict[str, str] = {
    "dataframe_select": "st.dataframe(on_select=...) hides a default index and takes its key in 1.67; selections "
                        "are the elements issue's (elements/data.py accepts on_select without them)",
}


def _real_dumps(version: str, names: list[str]) -> dict:
    if not names:
        return {}
    result = subprocess.run(
        [str(venv_python(version)), str(HERE / "tree_dump.py"), *names],
        cwd=HERE, env=real_env(), capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def real_trees() -> dict:
    names = app_names()
    return {
        **_real_dumps(REFERENCE, [n for n in names if not seed_only(n)]),
        **_real_dumps(SEED_RELEASE, [n for n in names if seed_only(n)]),
    }


def _params() -> list:
    params = []
    for name in app_names():
        marks = [pytest.mark.xfail(reason=KNOWN[name], strict=True)] if name in KNOWN else []
        params.append(pytest.param(name, marks=marks, id=name))
    return params


@pytest.mark.parametrize("name", _params())
def test_tree_matches_real_streamlit(name: str, real_trees: dict) -> None:
    expected = real_trees[name]
    assert not (isinstance(expected, dict) and "error" in expected), f"real Streamlit failed: {expected}"
    ours = json.loads(json.dumps(dump(name)))
    release = SEED_RELEASE if seed_only(name) else REFERENCE
    for step, (want, got) in enumerate(zip(expected, ours)):
        want_lines, got_lines = flatten(want), flatten(got)
        diff = "\n".join(difflib.unified_diff(want_lines, got_lines, f"Streamlit {release}", "stc", n=1, lineterm=""))
        assert got_lines == want_lines, f"{name}: the tree after step {step} differs:\n{diff}"
    assert len(ours) == len(expected)


def test_known_differences_name_apps_that_exist() -> None:
    assert set(KNOWN) <= set(app_names())


def test_the_dump_shows_what_distinguishes_a_tree() -> None:
    # A check of the comparison itself: blocks list children, elements say
    # they have none, and each node carries its class and type.
    (first,) = dump("chat")[:1]
    main = first[0]
    assert (main["class"], main["type"]) == ("SpecialBlock", "main")
    message = main["children"][0]
    assert (message["class"], message["type"], message["name"]) == ("ChatMessage", "chat_message", "user")
    assert message["children"][0]["has_children"] is False
    assert [root["type"] for root in first] == ["main", "sidebar", "event", "unknown"]
