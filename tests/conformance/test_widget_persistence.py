"""1.67's persist_state, bind="query-params" and on_change modes, as an app
meets them through AppTest; the same tests run against real Streamlit 1.67
(test_against_real_streamlit.py), so each expectation is 1.67's."""

from __future__ import annotations

import pytest

from apptest_impl import AppTest, REAL, version_tuple

pytestmark = pytest.mark.skipif(REAL and version_tuple() < (1, 67), reason="1.67's parameters")

HIDE = """
import streamlit as st
show = st.toggle("show", value=True, key="show")
if show:
    st.checkbox("none", key="plain")
    st.checkbox("page", key="on_page", persist_state="page")
    st.checkbox("session", key="in_session", persist_state="session")
st.write(sorted(k for k in st.session_state.to_dict() if k != "show"))
"""


def test_persist_state_keeps_a_hidden_widgets_value_plain_state_drops_it() -> None:
    at = AppTest.from_string(HIDE).run()
    for key in ("plain", "on_page", "in_session"):
        at.checkbox(key=key).check()
    at.run()
    at.toggle(key="show").set_value(False).run()
    # While hidden, the kept values are plain session state; the other is gone.
    assert at.session_state["on_page"] is True and at.session_state["in_session"] is True
    assert "plain" not in at.session_state
    at.toggle(key="show").set_value(True).run()
    assert at.checkbox(key="plain").value is False
    assert at.checkbox(key="on_page").value is True
    assert at.checkbox(key="in_session").value is True


def _pages(tmp_path):
    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "st.navigation([st.Page('one.py'), st.Page('two.py')]).run()\n"
    )
    (tmp_path / "one.py").write_text(
        "import streamlit as st\n"
        "st.checkbox('page', key='on_page', persist_state='page')\n"
        "st.checkbox('session', key='in_session', persist_state='session')\n"
        "st.checkbox('none', key='plain')\n"
    )
    (tmp_path / "two.py").write_text(
        "import streamlit as st\n"
        "st.text(repr(sorted(st.session_state.to_dict())))\n"
    )
    return AppTest.from_file(str(tmp_path / "app.py"))


def test_a_page_switch_drops_page_scope_and_keeps_session_scope(tmp_path) -> None:
    at = _pages(tmp_path).run()
    for key in ("on_page", "in_session", "plain"):
        at.checkbox(key=key).check()
    at.run()
    at.switch_page("two.py").run()
    # The run that switched still sees them all; its clean-up drops some.
    assert at.text[0].value == "['in_session', 'on_page', 'plain']"
    assert at.run().text[0].value == "['in_session']"
    at.switch_page("one.py").run()
    assert at.checkbox(key="in_session").value is True
    assert at.checkbox(key="on_page").value is False
    assert at.checkbox(key="plain").value is False


def test_persist_state_and_bind_need_a_key_and_a_known_value() -> None:
    at = AppTest.from_string('import streamlit as st\nst.checkbox("x", persist_state="session")').run()
    assert at.exception[0].value == (
        "The `key` parameter is required. When using persist_state, the widget must have a unique 'key' "
        "parameter specified so its value can be preserved across reruns and page switches."
    )
    at = AppTest.from_string('import streamlit as st\nst.checkbox("x", key="x", persist_state="tab")').run()
    assert at.exception[0].value == "Invalid `persist_state` value. Supported values: 'page', 'session', None."
    at = AppTest.from_string('import streamlit as st\nst.checkbox("x", bind="query-params")').run()
    assert at.exception[0].value.startswith("The `key` parameter is required. When using bind='query-params'")
    at = AppTest.from_string('import streamlit as st\nst.checkbox("x", key="x", bind="url")').run()
    assert at.exception[0].value == "Invalid `bind` value. Supported values: 'query-params', None."


def test_on_change_takes_rerun_ignore_or_a_callable() -> None:
    at = AppTest.from_string('import streamlit as st\nst.checkbox("x", on_change="later")').run()
    assert at.exception[0].value == (
        "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."
    )
    at = AppTest.from_string(
        'import streamlit as st\n'
        'a = st.checkbox("a", key="a", on_change="ignore")\n'
        'b = st.checkbox("b", key="b", on_change="rerun")\n'
        'st.write(a, b)\n'
    ).run()
    assert not at.exception
    at.checkbox(key="a").check().run()  # AppTest's run() is the rerun
    assert at.checkbox(key="a").value is True


BOUND = """
import streamlit as st
st.checkbox("dark", key="dark", bind="query-params")
st.write("dark", st.session_state.dark)
"""


def test_a_bound_widget_starts_from_the_url() -> None:
    at = AppTest.from_string(BOUND)
    at.query_params["dark"] = "true"
    at.run()
    assert at.checkbox(key="dark").value is True
    assert at.markdown[0].value == "dark `True`"


@pytest.mark.parametrize("text", ["yes", "", "TRUE"])
def test_url_text_a_checkbox_cannot_take(text) -> None:
    at = AppTest.from_string(BOUND)
    at.query_params["dark"] = text
    at.run()
    # "TRUE" is true (case does not matter); the others leave the URL.
    assert at.checkbox(key="dark").value is (text == "TRUE")
    assert ("dark" in at.query_params) is (text == "TRUE")


def test_the_app_cannot_set_or_delete_a_bound_parameter() -> None:
    at = AppTest.from_string(BOUND + 'st.query_params["dark"] = "false"\n')
    at.query_params["dark"] = "true"
    at.run()
    assert at.exception[0].value == (
        "Cannot directly set query parameter 'dark' - it is bound to a widget. Modify the widget value instead."
    )
    at = AppTest.from_string(BOUND + 'del st.query_params["dark"]\n')
    at.query_params["dark"] = "true"
    at.run()
    assert at.exception[0].value == (
        "Cannot directly delete query parameter 'dark' - it is bound to a widget. Modify the widget value instead."
    )
    at = AppTest.from_string(BOUND + 'st.query_params.clear()\n')
    at.query_params["dark"] = "true"
    at.run()
    assert at.exception[0].value == (
        "Cannot clear query parameters - the following are bound to widgets: 'dark'. "
        "Modify the widget values instead, or remove the bind parameter."
    )


def test_a_bound_widget_that_is_not_drawn_leaves_the_url_and_keeps_its_value() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "if st.toggle('show', value=True, key='show'):\n"
        "    st.checkbox('dark', key='dark', bind='query-params')\n"
    )
    at.query_params["dark"] = "true"
    at.run()
    at.toggle(key="show").set_value(False).run()
    assert "dark" not in at.query_params
    assert at.session_state["dark"] is True
    at.toggle(key="show").set_value(True).run()
    assert at.checkbox(key="dark").value is True
