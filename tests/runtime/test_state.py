"""st.session_state: the dict/attribute API and its association with widget
keys (seed: "Add statefulness to apps", "Session State and Widget State
association", "Widget life cycle")."""

from __future__ import annotations

import pytest


def test_item_and_attribute_access_share_one_store(app):
    a = app("""
        import streamlit as st
        if 'key' not in st.session_state:
            st.session_state['key'] = 'value'
        st.write(st.session_state.key)
        st.session_state.other = 1
        st.write(st.session_state['other'] + 1)
        st.session_state.key = 'value2'     # Attribute API
        st.write(st.session_state['key'])
    """).run()
    assert a.markdown() == ["value", "`2`", "value2"]
    a.run()
    assert a.markdown() == ["value2", "`2`", "value2"]


def test_in_get_setdefault_len_iteration(app):
    a = app("""
        import streamlit as st
        st.session_state.clear()
        st.session_state.a = 1
        st.session_state['b'] = 2
        st.write(str('a' in st.session_state), str('zz' in st.session_state), str(1 in st.session_state))
        st.write(str(st.session_state.get('a')), str(st.session_state.get('zz')), st.session_state.get('zz', 'dflt'))
        st.write(str(st.session_state.setdefault('c', 3)), str(st.session_state.setdefault('a', 99)))
        st.write(str(len(st.session_state)), ",".join(sorted(st.session_state)))
        st.write(",".join(sorted(st.session_state.keys())), str(sorted(st.session_state.values())))
        st.write(str(st.session_state.to_dict()))
    """).run()
    assert a.markdown() == [
        "True False False",
        "1 None dflt",
        "3 1",
        "3 a,b,c",
        "a,b,c [1, 2, 3]",
        "{'a': 1, 'b': 2, 'c': 3}",
    ]


def test_del_item_and_attribute_and_pop(app):
    a = app("""
        import streamlit as st
        st.session_state.a = 1
        st.session_state.b = 2
        st.session_state.c = 3
        del st.session_state['a']
        del st.session_state.b
        st.write(str(st.session_state.pop('c')), st.session_state.pop('c', 'gone'))
        st.write(str(list(st.session_state)))
    """).run()
    assert a.markdown() == ["3 gone", "[]"]
    assert a.state == {}


@pytest.mark.parametrize(
    ("line", "error", "words"),
    [
        ("st.session_state['missing']", "KeyError", 'st.session_state has no key "missing"'),
        ("st.session_state.missing", "AttributeError", 'st.session_state has no attribute "missing"'),
        ("del st.session_state['missing']", "KeyError", 'st.session_state has no key "missing"'),
        ("del st.session_state.missing", "AttributeError", 'st.session_state has no attribute "missing"'),
        ("st.session_state.pop('missing')", "KeyError", 'st.session_state has no key "missing"'),
    ],
)
def test_missing_keys_raise_errors_naming_the_key(app, line, error, words):
    a = app(f"""
        import streamlit as st
        st.write("before")
        {line}
    """).run()
    assert a.status == "error"
    (exc,) = a.exceptions()
    assert exc["type"] == error
    assert words in exc["message"]
    assert "initialize" in exc["message"]


def test_getattr_on_the_proxy_keeps_python_protocols_working(app):
    # hasattr/getattr with a default must see AttributeError, not KeyError.
    a = app("""
        import streamlit as st
        st.write(str(hasattr(st.session_state, "nope")), str(getattr(st.session_state, "nope", 5)))
    """).run()
    assert a.markdown() == ["False 5"]


def test_write_shows_session_state_as_json(app):
    a = app("""
        import streamlit as st
        st.session_state.count = 2
        st.write(st.session_state)
    """).run()
    (j,) = a.elements("json")
    assert '"count": 2' in j["body"]


def test_keyed_widget_value_set_before_creation(app):
    a = app("""
        import streamlit as st
        if "name" not in st.session_state:
            st.session_state.name = "preset"
        st.text_input("Name", key="name")
        st.write(st.session_state.name)
    """).run()
    assert a.value("text_input", "Name") == "preset"
    a.set("text_input", "Name", "Ada")
    assert a.markdown() == ["Ada"]
    assert a.state == {"name": "Ada"}


def test_keyed_widget_readable_after_creation_and_reflects_visitor_changes(app):
    a = app("""
        import streamlit as st
        v = st.slider("S", 0, 10, 3, key="s")
        st.write(f"{v} {st.session_state.s} {st.session_state['s']}")
    """).run()
    assert a.markdown() == ["3 3 3"]
    a.set("slider", "S", 8)
    assert a.markdown() == ["8 8 8"]


def test_app_may_set_a_keyed_widget_before_it_is_drawn_each_run(app):
    a = app("""
        import streamlit as st
        if st.session_state.get("reset"):
            st.session_state.n = 0
        st.number_input("N", 0, 100, key="n")
        st.button("Reset", key="reset")
    """).run()
    a.set("number_input", "N", 42)
    assert a.value("number_input", "N") == 42
    a.click("Reset")
    assert a.value("number_input", "N") == 0
    assert a.state["n"] == 0


def test_setting_a_widget_key_after_the_widget_raises(app):
    a = app("""
        import streamlit as st
        st.checkbox("C", key="c")
        st.write("between")
        st.session_state.c = True
        st.write("never")
    """).run()
    assert a.status == "error"
    assert a.kinds() == ["checkbox", "markdown", "exception"]
    exc = a.exceptions()[0]
    assert exc["type"] == "StreamlitAPIException"
    assert "`st.session_state.c` cannot be modified after the widget with key `c` is instantiated." in exc["message"]
    # Item syntax is refused the same way.
    a.write_script("""
        import streamlit as st
        st.checkbox("C", key="c")
        st.session_state["c"] = True
    """)
    a.run()
    assert a.exceptions()[0]["type"] == "StreamlitAPIException"


def test_buttons_cannot_be_set_via_session_state_once_drawn(app):
    a = app("""
        import streamlit as st
        if st.session_state.get("go") is False:
            st.session_state.go = True
        st.button("Go", key="go")
    """).run()
    assert a.status == "complete"
    a.run()
    assert a.status == "error"
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitAPIException"
    assert "go" in exc["message"] and "st.session_state" in exc["message"]


def test_deleting_a_widget_key_keeps_the_frontend_value(app):
    # Seed, "Calling a widget function when the widget already exists":
    # "Deleting a key will not revert the widget to a default value."
    a = app("""
        import streamlit as st
        st.slider("S", 0, 10, 2, key="s")
        if st.button("Forget"):
            del st.session_state.s
        st.write(str("s" in st.session_state))
    """).run()
    a.set("slider", "S", 9)
    a.click("Forget")
    assert a.markdown() == ["False"]
    a.run()
    assert a.value("slider", "S") == 9
    assert a.markdown() == ["True"]
    assert a.state["s"] == 9


def test_deleting_a_widget_key_then_the_visitor_changes_it(app):
    a = app("""
        import streamlit as st
        st.slider("S", 0, 10, 2, key="s")
        if st.button("Forget"):
            del st.session_state.s
    """).run()
    a.click("Forget")
    a.set("slider", "S", 4)
    assert a.value("slider", "S") == 4
    assert a.state["s"] == 4


def test_clear_forgets_values_but_drawn_widgets_keep_what_the_page_shows(app):
    # As in Streamlit, whose page sends every widget's value with the next
    # rerun: clearing session state does not reset widgets on the page.
    a = app("""
        import streamlit as st
        st.session_state.setdefault("x", 1)
        st.session_state.x += 1
        st.slider("S", 0, 10, 2, key="s")
        st.checkbox("C")
        if st.button("Clear"):
            st.session_state.clear()
            st.write(str(len(st.session_state)))
    """).run()
    a.set("slider", "S", 7)
    a.set("checkbox", "C", True)
    assert a.state["x"] == 4
    a.click("Clear")
    assert a.markdown() == ["0"]
    assert a.state == {}
    a.run()
    assert a.state == {"x": 2, "s": 7}
    assert a.value("slider", "S") == 7
    assert a.value("checkbox", "C") is True


def test_session_state_outside_a_run_is_an_api_error():
    import stc_runtime as st
    from stc_runtime.errors import StreamlitAPIException

    with pytest.raises(StreamlitAPIException):
        st.session_state["x"] = 1


def test_two_sessions_do_not_share_state(app):
    source = """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        if st.button("Add"):
            st.session_state.n += 1
        st.write(f"n={st.session_state.n}")
    """
    first = app(source).run()
    second = app(source).run()
    first.click("Add").click("Add")
    second.run()
    assert first.markdown() == ["n=2"]
    assert second.markdown() == ["n=0"]
