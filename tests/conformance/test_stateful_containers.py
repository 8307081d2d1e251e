"""st.tabs, st.expander and st.popover that track their state (1.67's
on_change): ``.open``, st.session_state and callbacks, the same on real
Streamlit 1.67 and stc."""

from __future__ import annotations

import pytest

from apptest_impl import AppTest, version_tuple

pytestmark = pytest.mark.skipif(version_tuple() < (1, 67), reason="stateful containers came with 1.67")


def markdown(at) -> list[str]:
    return [m.value for m in at.markdown]


def test_stateful_containers_open_from_session_state_and_compute_only_what_is_open():
    at = AppTest.from_file("apps/stateful_containers.py").run()
    assert markdown(at) == [
        "This is the cat", "open: True False False False False", "plain: None None None", "log: []"]
    assert (at.session_state["animal"], at.session_state["summary"], at.session_state["drawer"]) == ("Cat", False, False)
    at.session_state["animal"] = "Owl"
    at.run()
    assert markdown(at)[:2] == ["This is the owl", "open: False False True False False"]
    # The app set it: no callback ran.
    assert markdown(at)[-1] == "log: []"
    at.button[0].click().run()
    assert markdown(at)[:3] == ["This is the owl", "The summary", "open: False False True True True"]
    assert [t.label for t in at.tabs] == ["Cat", "Dog", "Owl", "x"]
    assert [e.label for e in at.expander] == ["Summary", "Plain"]
