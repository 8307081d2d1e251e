"""st.button and widget callbacks: the seed's "Button behavior" summary and
"Order of operations"."""

from __future__ import annotations

from stc_runtime.protocol import WidgetChange


def test_button_is_true_only_in_the_run_its_click_caused(app):
    a = app("""
        import streamlit as st
        st.write("clicked" if st.button("Go") else "idle")
        st.checkbox("other")
    """).run()
    assert a.markdown() == ["idle"]
    a.click("Go")
    assert a.markdown() == ["clicked"]
    a.run()
    assert a.markdown() == ["idle"]
    a.click("Go")
    a.set("checkbox", "other", True)  # the visitor's next action
    assert a.markdown() == ["idle"]


def test_keyed_button_is_false_in_session_state_outside_its_click(app):
    a = app("""
        import streamlit as st
        before = st.session_state.get("go", "missing")
        st.button("Go", key="go")
        st.write(f"before={before} after={st.session_state.go}")
    """).run()
    assert a.markdown() == ["before=missing after=False"]
    a.click("Go")
    assert a.markdown() == ["before=True after=True"]
    a.run()
    assert a.markdown() == ["before=False after=False"]


def test_a_click_on_a_button_no_longer_drawn_is_ignored(app):
    a = app("""
        import streamlit as st
        if "n" not in st.session_state:
            st.session_state.n = 0
        def bump():
            st.session_state.n += 1
        if st.session_state.n == 0:
            st.button("Once", on_click=bump)
        st.write(f"n={st.session_state.n}")
    """).run()
    old_id = a.widget("button", "Once")["id"]
    a.click("Once")
    assert a.markdown() == ["n=1"]
    a.run(WidgetChange(id=old_id, value=True))  # a stale page sends it again
    assert a.markdown() == ["n=1"]
    assert a.status == "complete"


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
