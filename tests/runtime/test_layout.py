"""Containers and delta paths: ``[root, i, j, ...]``, root 0 the main area
and 1 the sidebar; a block at ``p`` holds its children at ``p + [k]``."""

from __future__ import annotations


def by_body(a):
    return {e.get("body") or e.get("label"): path for path, e in a.paths() if e.get("body") or e.get("label")}


def test_main_area_paths_count_up(app):
    a = app("""
        import streamlit as st
        st.write("one")
        st.write("two")
        st.button("three")
    """).run()
    assert [p for p, _ in a.paths()] == [[0, 0], [0, 1], [0, 2]]


def test_sidebar_root_is_1(app):
    a = app("""
        import streamlit as st
        st.write("main 0")
        st.sidebar.write("side 0")
        with st.sidebar:
            st.write("side 1")
            st.button("side button")
        st.write("main 1")
    """).run()
    assert by_body(a) == {"main 0": [0, 0], "main 1": [0, 1], "side 0": [1, 0], "side 1": [1, 1], "side button": [1, 2]}


def test_columns_write_into_each_column(app):
    a = app("""
        import streamlit as st
        left, right = st.columns([1, 3])
        with left:
            st.write("L1")
        right.write("R1")
        st.write("after")
        with right:
            st.write("R2")
        left.button("L2")
    """).run()
    row_path, row = a.paths()[0]
    assert row_path == [0, 0] and (row["kind"], row["block"]) == ("block", "horizontal")
    blocks = [(p, e) for p, e in a.paths("block") if e["block"] == "column"]
    assert [p for p, _ in blocks] == [[0, 0, 0], [0, 0, 1]]
    assert [e["weight"] for _, e in blocks] == [0.25, 0.75]
    assert by_body(a) == {"L1": [0, 0, 0, 0], "L2": [0, 0, 0, 1], "R1": [0, 0, 1, 0], "R2": [0, 0, 1, 1], "after": [0, 1]}


def test_columns_refuse_bad_specs(app):
    a = app("""
        import streamlit as st
        st.columns(0)
    """).run()
    assert a.exceptions()[0]["type"] == "StreamlitAPIException"
    a.write_script("""
        import streamlit as st
        st.columns([1, -1])
    """)
    a.run()
    assert a.exceptions()[0]["type"] == "StreamlitAPIException"


def test_container_written_out_of_order(app):
    a = app("""
        import streamlit as st
        first = st.container()
        second = st.container(border=True)
        second.button("A")
        first.button("B")
        st.write("below")
    """).run()
    assert [e["label"] for e in a.elements("button")] == ["B", "A"]
    assert by_body(a) == {"B": [0, 0, 0], "A": [0, 1, 0], "below": [0, 2]}
    assert [e["border"] for e in a.elements("block")] == [False, True]


def test_expander_and_nesting(app):
    a = app("""
        import streamlit as st
        with st.expander("More", expanded=True):
            st.write("inside")
            c1, c2 = st.columns(2)
            with c2:
                st.write("deep")
        with st.sidebar:
            with st.expander("Side"):
                st.write("side inside")
        st.write("outside")
    """).run()
    exp_path, exp = a.paths("block")[0]
    assert exp_path == [0, 0] and (exp["block"], exp["label"], exp["expanded"]) == ("expander", "More", True)
    assert by_body(a) == {
        "More": [0, 0], "inside": [0, 0, 0], "deep": [0, 0, 1, 1, 0],
        "Side": [1, 0], "side inside": [1, 0, 0], "outside": [0, 1],
    }


def test_sidebar_call_inside_a_column_still_goes_to_the_sidebar(app):
    a = app("""
        import streamlit as st
        (col,) = st.columns(1)
        with col:
            st.sidebar.write("side")
            st.write("col")
    """).run()
    assert by_body(a) == {"side": [1, 0], "col": [0, 0, 0, 0]}


def test_with_blocks_do_not_leak_into_the_next_run(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        (col,) = st.columns(1)
        with col:
            st.write("in col")
            if st.session_state.n == 1:
                st.stop()
        st.write("main")
    """).run()
    assert a.status == "stopped"
    a.run()
    assert by_body(a) == {"in col": [0, 0, 0, 0], "main": [0, 1]}


def test_widgets_in_containers_keep_state(app):
    a = app("""
        import streamlit as st
        c1, c2 = st.columns(2)
        v = c2.slider("S", 0, 10)
        with st.sidebar:
            t = st.text_input("T")
        st.write(f"{v} {t}")
    """).run()
    a.set("slider", "S", 4)
    a.set("text_input", "T", "hi")
    assert a.markdown() == ["4 hi"]
