"""AppTest's collections as 1.67 has them: ``at.<type>`` properties,
``at.get``, ``at.get_by_key`` and ``at.switch_page``."""

from __future__ import annotations

import inspect

import pytest

from stc_runtime.testing.v1 import AppTest, AppTestError


APP = """
import streamlit as st
st.button("Go", key="go")
st.text("hello")
st.text("world")
"""


def test_collections_are_properties_listing_elements_in_order() -> None:
    at = AppTest.from_string(APP).run()
    assert isinstance(inspect.getattr_static(AppTest, "button"), property)
    assert isinstance(inspect.getattr_static(AppTest, "text"), property)
    assert len(at.text) == 2 and at.text.values == ["hello", "world"]
    assert [t.value for t in at.text] == ["hello", "world"]
    assert at.button(key="go").label == "Go"
    # A kind the app does not use is an empty collection, not an error.
    assert len(at.slider) == 0


def test_get_by_collection_name() -> None:
    at = AppTest.from_string(APP).run()
    assert at.get("text").values == ["hello", "world"]
    assert len(at.get("button")) == 1


def test_get_by_key_finds_one_node_or_raises() -> None:
    at = AppTest.from_string(APP).run()
    assert at.get_by_key("go").label == "Go"
    with pytest.raises(KeyError):
        at.get_by_key("missing")
    twice = AppTest.from_string(
        "import streamlit as st\nst.text_input('a', key='x')\nst.number_input('b', key='y')\n"
    ).run()
    assert twice.get_by_key("y").label == "b"
    assert issubclass(AppTestError, Exception)


def test_switch_page_runs_another_pages_directory_page(tmp_path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "app.py").write_text("import streamlit as st\nst.text('main')\n")
    (tmp_path / "pages" / "2_Second.py").write_text("import streamlit as st\nst.text('two')\n")
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert at.text.values == ["main"]
    assert at.switch_page("pages/2_Second.py") is at
    assert at.run().text.values == ["two"]
    assert at.switch_page("app.py").run().text.values == ["main"]
    with pytest.raises(ValueError, match="Could not find page 'nope.py' relative to the main script"):
        at.switch_page("nope.py")


def test_switch_page_with_navigation_matches_registered_scripts(tmp_path) -> None:
    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "st.navigation([st.Page('one.py'), st.Page('two.py', url_path='deux')]).run()\n"
    )
    (tmp_path / "one.py").write_text("import streamlit as st\nst.text('one')\n")
    (tmp_path / "two.py").write_text("import streamlit as st\nst.text('two')\n")
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert at.text.values == ["one"]
    assert at.switch_page("two.py").run().text.values == ["two"]
    assert at.switch_page("one.py").run().text.values == ["one"]
    # The entrypoint is not a registered page (1.67 says so, listing them).
    with pytest.raises(ValueError, match="Could not find a navigation page for .*Known pages: "):
        at.switch_page("app.py")
