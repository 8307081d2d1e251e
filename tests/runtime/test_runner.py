"""How runs end (runner.py): completion, st.stop(), st.rerun(), and
exceptions in the app. An error is shown where it happened and leaves the
app usable: the next run, once the cause is fixed, works as before."""

from __future__ import annotations

from stc_runtime import protocol


def test_a_run_streams_started_deltas_finished(app):
    a = app("""
        import streamlit as st
        st.write("a")
        st.write("b")
    """).run()
    kinds = [type(m).__name__ for m in a.messages]
    assert kinds == ["RunStarted", "Delta", "Delta", "RunFinished"]
    assert a.status == "complete"
    assert [d.path for d in a.last.deltas] == [[0, 0], [0, 1]]
    assert all(d.run_id == a.last.run_id for d in a.last.deltas)
    a.run()
    assert a.last.run_id == a.runs[-2].run_id + 1


def test_stop_ends_the_run_and_keeps_what_was_written(app):
    a = app("""
        import streamlit as st
        st.write("shown")
        name = st.text_input("Name")
        if not name:
            st.write("Please enter a name")
            st.stop()
        st.write(f"Hello {name}")
    """).run()
    assert a.status == "stopped"
    assert a.markdown() == ["shown", "Please enter a name"]
    assert a.exceptions() == []
    a.set("text_input", "Name", "Ada")
    assert a.status == "complete"
    assert a.markdown() == ["shown", "Hello Ada"]


def test_stop_keeps_widget_state(app):
    a = app("""
        import streamlit as st
        v = st.slider("S", 0, 10)
        if v < 5:
            st.stop()
        st.write("big")
    """).run()
    a.set("slider", "S", 3)
    assert a.status == "stopped"
    a.run()
    assert a.value("slider", "S") == 3


def test_widgets_after_a_stop_keep_their_state(app):
    # Streamlit skips the widget clean-up after st.stop() (premature stop):
    # widgets the run did not reach are not forgotten.
    a = app("""
        import streamlit as st
        gate = st.checkbox("Locked")
        if gate:
            st.stop()
        st.slider("Later", 0, 10, key="later")
        st.text_input("Keyless")
    """).run()
    a.set("slider", "Later", 8)
    a.set("text_input", "Keyless", "kept")
    a.set("checkbox", "Locked", True)
    assert a.status == "stopped"
    a.run()
    assert a.state["later"] == 8
    a.set("checkbox", "Locked", False)
    assert a.value("slider", "Later") == 8
    assert a.value("text_input", "Keyless") == "kept"


def test_widgets_after_an_error_keep_their_state(app):
    a = app("""
        import streamlit as st
        if st.checkbox("Break"):
            raise RuntimeError("broken")
        st.slider("Later", 0, 10)
    """).run()
    a.set("slider", "Later", 8)
    a.set("checkbox", "Break", True)
    assert a.status == "error"
    a.set("checkbox", "Break", False)
    assert a.value("slider", "Later") == 8


def test_rerun_gives_a_rerun_status_then_a_fresh_run(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        st.write(f"run {st.session_state.runs}")
        if st.session_state.runs == 1:
            st.rerun()
        st.write("end")
    """).run()
    statuses = [r.status for r in a.last_request_runs]
    assert statuses == ["rerun", "complete"]
    first, second = a.last_request_runs
    assert first.elements("markdown")[0]["body"] == "run 1"
    assert [e["body"] for e in second.elements("markdown")] == ["run 2", "end"]
    assert second.run_id == first.run_id + 1
    kinds = [type(m).__name__ for m in a.messages]
    assert kinds == ["RunStarted", "Delta", "RunFinished", "RunStarted", "Delta", "Delta", "RunFinished"]


def test_rerun_keeps_widgets_drawn_before_it(app):
    # A run cut short by st.rerun() does not clean up widgets it did not
    # reach: they are drawn by the next run.
    a = app("""
        import streamlit as st
        if st.button("Again"):
            st.rerun()
        st.slider("S", 0, 10, key="s")
    """).run()
    a.set("slider", "S", 6)
    a.click("Again")
    assert [r.status for r in a.last_request_runs] == ["rerun", "complete"]
    assert a.value("slider", "S") == 6


BROKEN = """
    import streamlit as st
    st.title("Before")
    st.write("kept")
    cols = st.columns(2)
    with cols[0]:
        st.write("in column")
        {line}
    st.write("never")
"""


def test_exception_is_shown_where_it_happened_and_earlier_elements_stay(app):
    a = app(BROKEN.replace("{line}", "1 / 0")).run()
    assert a.status == "error"
    assert a.markdown() == ["kept", "in column"]
    (path, exc), = a.paths("exception")
    # After the heading, markdown and the columns block: the next slot of
    # the main area.
    assert path == [0, 3]
    assert exc["type"] == "ZeroDivisionError"
    assert exc["message"] == "division by zero"
    tb = exc["traceback"]
    assert tb and str(a.script) in tb[0] and "line 8" in tb[0] and "1 / 0" in tb[0]
    assert not any("stc_runtime" in line for line in tb)


def test_traceback_includes_local_modules_but_not_the_runtime(app):
    a = app(
        """
        import streamlit as st
        import helpers
        st.write("ok")
        helpers.explode(st)
        """,
        files={"helpers.py": """
            def explode(st):
                st.number_input("N", 0, 10, 20)
        """},
    ).run()
    assert a.status == "error"
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitValueAboveMaxError"  # 1.67's error for a value above max_value
    joined = "\n".join(exc["traceback"])
    assert "app.py" in joined and "helpers.py" in joined and "in explode" in joined
    assert "stc_runtime" not in joined and "widgets.py" not in joined


def test_the_next_rerun_recovers_once_the_cause_is_gone(app):
    a = app("""
        import streamlit as st
        st.write("top")
        if st.checkbox("break it"):
            raise RuntimeError("boom")
        st.write("bottom")
    """).run()
    a.set("checkbox", "break it", True)
    assert a.status == "error"
    assert a.exceptions()[0]["message"] == "boom"
    assert a.markdown() == ["top"]
    a.set("checkbox", "break it", False)
    assert a.status == "complete"
    assert a.exceptions() == []
    assert a.markdown() == ["top", "bottom"]


def test_an_edited_script_is_picked_up_by_the_next_run(app):
    a = app(BROKEN.replace("{line}", "undefined_name")).run()
    assert a.exceptions()[0]["type"] == "NameError"
    a.write_script(BROKEN.replace("{line}", "pass"))
    a.run()
    assert a.status == "complete"
    assert a.markdown() == ["kept", "in column", "never"]


def test_an_edit_is_picked_up_even_with_an_unchanged_mtime(app):
    # File systems with coarse timestamps (FAT, some in-memory ones) can
    # give an edit made within the same tick the same mtime.
    import os

    a = app("""
        import streamlit as st
        st.write("one")
    """).run()
    stat = os.stat(a.script)
    a.write_script("""
        import streamlit as st
        st.write("two")
    """)
    os.utime(a.script, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    a.run()
    assert a.markdown() == ["two"]


def test_a_syntax_error_is_shown_with_its_line(app):
    a = app("""
        import streamlit as st
        st.write("x"
    """).run()
    assert a.status == "error"
    (exc,) = a.exceptions()
    assert exc["type"] == "SyntaxError"
    joined = "\n".join(exc["traceback"])
    assert "app.py" in joined and "line 3" in joined
    assert "stc_runtime" not in joined


def test_an_error_keeps_session_state_and_widgets(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        v = st.slider("S", 0, 10)
        if v == 4:
            raise ValueError("four")
    """).run()
    a.set("slider", "S", 4)
    assert a.status == "error"
    a.set("slider", "S", 5)
    assert a.status == "complete"
    assert a.state["n"] == 3


def test_app_code_sees_a_normal_main_module(app):
    a = app("""
        import sys
        import streamlit as st
        st.write(__name__, str(sys.modules["__main__"].__file__ == __file__))
        if __name__ == "__main__":
            st.write("main guard runs")
    """).run()
    assert a.markdown() == ["__main__ True", "main guard runs"]


def test_every_message_encodes_to_json(app):
    a = app("""
        import streamlit as st
        st.write("x", 1, {"a": [1, 2.5, None]})
        st.slider("S", 0.0, 1.0)
        st.stop()
    """).run()
    import json

    for msg in a.messages:
        data = json.loads(protocol.encode(msg))
        assert data["type"] == msg.type
    last = json.loads(protocol.encode(a.messages[-1]))
    assert last == {"type": "run_finished", "run_id": a.last.run_id, "status": "stopped"}
