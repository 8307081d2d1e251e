"""st.session_state and widget state (state.py): the dict/attribute API, its
association with widget keys, widget callbacks (run before the script, in
the order of the changes), and the clean-up of widgets a run did not draw,
as Streamlit documents them ("Session State", "Widget behavior")."""

from __future__ import annotations

import pytest

from stc_runtime.protocol import WidgetChange


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
    # Streamlit's docs, "Calling a widget function when the widget already exists":
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


def test_callbacks_run_before_the_script_and_their_output_comes_first(app):
    a = app("""
        import streamlit as st
        log = st.session_state.setdefault("log", [])
        def cb():
            log.append("callback")
            st.write("from the callback")
        log.append("script")
        st.title("Page")
        st.button("Go", on_click=cb)
    """).run()
    assert a.state["log"] == ["script"]
    a.click("Go")
    assert a.state["log"] == ["script", "callback", "script"]
    assert [d.element["kind"] for d in a.last.deltas] == ["markdown", "heading", "button"]
    assert a.last.deltas[0].path == [0, 0]
    assert a.markdown() == ["from the callback"]
    # It disappears with the visitor's next action.
    a.run()
    assert a.markdown() == []


def test_on_change_sees_the_new_value_in_session_state(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault("seen", [])
        def changed(tag):
            st.session_state.seen.append((tag, st.session_state.name))
        st.text_input("Name", key="name", on_change=changed, args=("a",))
    """).run()
    a.set("text_input", "Name", "Ada")
    assert a.state["seen"] == [("a", "Ada")]


def test_on_change_runs_only_when_the_value_changes(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault("calls", 0)
        def changed():
            st.session_state.calls += 1
        st.checkbox("Tick", on_change=changed)
    """).run()
    a.set("checkbox", "Tick", True)
    a.set("checkbox", "Tick", True)
    assert a.state["calls"] == 1
    a.set("checkbox", "Tick", False)
    assert a.state["calls"] == 2


def test_callbacks_of_one_batch_run_in_the_order_of_the_changes(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault("order", [])
        def note(name):
            st.session_state.order.append(name)
        st.checkbox("A", on_change=note, args=("A",))
        st.checkbox("B", on_change=note, kwargs={"name": "B"})
    """).run()
    a_id = a.widget("checkbox", "A")["id"]
    b_id = a.widget("checkbox", "B")["id"]
    a.run(WidgetChange(id=b_id, value=True), WidgetChange(id=a_id, value=True))
    assert a.state["order"] == ["B", "A"]
    assert (a.value("checkbox", "A"), a.value("checkbox", "B")) == (True, True)


def test_callback_args_are_those_of_the_last_render(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault("got", [])
        st.session_state.setdefault("run", 0)
        st.session_state.run += 1
        def cb(n):
            st.session_state.got.append(n)
        st.button("Go", on_click=cb, args=(st.session_state.run,))
    """).run()
    a.click("Go")  # drawn in run 1
    a.run()
    a.click("Go")  # drawn in run 3
    assert a.state["got"] == [1, 3]


def test_changing_callbacks_keeps_the_widget(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        def one(n): pass
        def two(n): pass
        st.slider("S", 0, 10, on_change=one if st.session_state.n % 2 else two,
                  args=(st.session_state.n,), disabled=bool(st.session_state.n % 2),
                  label_visibility="hidden" if st.session_state.n % 2 else "visible")
        st.session_state.n += 1
    """).run()
    a.set("slider", "S", 7)
    a.run()
    assert a.value("slider", "S") == 7
    a.run()
    assert a.value("slider", "S") == 7


def test_an_error_in_a_callback_is_shown_and_the_page_recovers(app):
    a = app("""
        import streamlit as st
        def boom():
            raise ValueError("callback broke")
        st.button("Go", on_click=boom)
        st.write("body")
    """).run()
    a.click("Go")
    assert a.status == "error"
    (exc,) = a.exceptions()
    assert exc["type"] == "ValueError" and exc["message"] == "callback broke"
    assert any("in boom" in line for line in exc["traceback"])
    a.run()
    assert a.status == "complete"
    assert a.markdown() == ["body"]


# --- clean-up ------------------------------------------------------------

HIDE_AND_SHOW = """
    import streamlit as st
    show = st.checkbox("show", value=True)
    if show:
        st.slider("S", 0, 10, 1, key="s")
        st.text_input("T")
    st.write(str(st.session_state.get("s", "no key")))
"""


def test_a_widget_not_drawn_loses_its_state_and_key(app):
    a = app(HIDE_AND_SHOW).run()
    a.set("slider", "S", 8)
    a.set("text_input", "T", "typed")
    assert a.markdown() == ["8"]
    a.set("checkbox", "show", False)
    # Clean-up happens at the end of the run that did not draw it.
    assert a.markdown() == ["8"]
    assert "s" not in a.state
    a.run()
    assert a.markdown() == ["no key"]
    a.set("checkbox", "show", True)
    assert a.value("slider", "S") == 1
    assert a.value("text_input", "T") == ""
    assert a.markdown() == ["1"]


def test_reassigning_the_key_detaches_it_from_clean_up(app):
    a = app("""
        import streamlit as st
        if "s" in st.session_state:
            st.session_state.s = st.session_state.s
        if st.checkbox("show", value=True):
            st.slider("S", 0, 10, 1, key="s")
        st.write(str(st.session_state.get("s", "no key")))
    """).run()
    a.set("slider", "S", 8)
    a.set("checkbox", "show", False)
    assert a.markdown() == ["8"]
    a.run()
    assert a.markdown() == ["8"]
    a.set("checkbox", "show", True)
    assert a.value("slider", "S") == 8


def test_interrupting_clean_up_between_two_widgets_with_one_key(app):
    # "prevent the key-value pair from being deleted or overwritten if
    # another widget with the same key exists"
    a = app("""
        import streamlit as st
        st.session_state.k = st.session_state.get("k", 3)
        page = st.selectbox("page", ["one", "two"])
        if page == "one":
            st.number_input("One", 0, 10, key="k")
        else:
            st.slider("Two", 0, 10, key="k")
    """).run()
    a.set("number_input", "One", 6)
    a.select("page", "two")
    assert a.value("slider", "Two") == 6
    a.set("slider", "Two", 9)
    a.select("page", "one")
    assert a.value("number_input", "One") == 9


def test_save_widget_values_to_a_permanent_key(app):
    a = app("""
        import streamlit as st
        def store_value(key):
            st.session_state[key] = st.session_state["_"+key]
        def load_value(key):
            st.session_state["_"+key] = st.session_state[key]
        st.session_state.setdefault("my_key", 0)
        if st.checkbox("away"):
            st.write("another page")
        else:
            load_value("my_key")
            st.number_input("Number of filters", key="_my_key", on_change=store_value, args=["my_key"])
    """).run()
    assert a.value("number_input", "Number of filters") == 0
    a.set("number_input", "Number of filters", 4)
    assert a.state["my_key"] == 4
    a.set("checkbox", "away", True)
    assert "_my_key" not in a.state
    a.set("checkbox", "away", False)
    assert a.value("number_input", "Number of filters") == 4
