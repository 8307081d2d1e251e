"""Replay of the elements a cached function writes (caching/replay.py): on
a hit they are written again at the caller's position, containers included,
and widgets inside cached functions follow Streamlit's rules.

Call counts are kept in a local module (``calls.py``): the script's own
globals start over on every rerun, a module's do not.
"""

from __future__ import annotations

import sys

import pytest

from stc_runtime import caching
from stc_runtime.caching import core, persist

CALLS = {"calls.py": "log = []\n"}


def calls() -> list:
    return sys.modules["calls"].log


@pytest.fixture(autouse=True)
def fresh_caches():
    persist.install(None)
    caching.clear_all()
    yield
    core.set_clock(None)
    persist.install(None)
    caching.clear_all()


# --- replay of elements ------------------------------------------------------------------


def test_static_elements_are_replayed_on_hits_at_the_callers_position(app):
    a = app(
        """
        import streamlit as st
        import calls

        @st.cache_data
        def get_api_data():
            calls.log.append("api")
            data = [1, 2, 3]
            st.success("Fetched data from API!")  # Show a success message
            return data

        st.title("Before")
        data = get_api_data()
        st.write(f"after {len(data)}")
        st.button("Rerun")
        """,
        files=CALLS,
    ).run()
    first = [(p, e["kind"], e.get("body")) for p, e in a.paths()]
    a.click("Rerun")
    assert calls() == ["api"]
    assert [(p, e["kind"], e.get("body")) for p, e in a.paths()] == first
    assert ([0, 2], "alert", "Fetched data from API!") in first


def test_cached_ui_section_with_containers_replays_in_a_column(app):
    a = app(
        """
        import streamlit as st
        import calls

        @st.cache_data
        def show_data():
            calls.log.append("show")
            st.header("Data analysis")
            st.success("Fetched data from API!")
            left, right = st.columns(2)
            left.write("Here is a plot of the data:")
            with right:
                st.write("And here is the raw data:")
                st.dataframe({"a": [1, 2]})
            with st.expander("Details"):
                st.write("inside")
            st.sidebar.write("in the sidebar")
            return 7

        st.write("top")
        _, col = st.columns(2)
        with col:
            value = show_data()
        st.write(f"value {value}")
        """,
        files=CALLS,
    ).run()
    first = a.paths()
    a.run()
    assert calls() == ["show"]
    assert a.paths() == first
    # Everything the function wrote into "main" went into the column it was
    # called in (Streamlit's docs: "cache entire parts of your UI").
    col_path = [p for p, e in first if e.get("block") == "column"][1]
    header_path = [p for p, e in first if e["kind"] == "heading"][0]
    assert header_path[:-1] == col_path
    assert any(p[0] == 1 for p, _ in first)


def test_replay_at_a_different_position_follows_the_caller(app):
    a = app(
        """
        import streamlit as st

        @st.cache_data
        def note():
            st.info("cached note")
            return 1

        if st.session_state.get("inside"):
            with st.container():
                note()
        else:
            note()
        """
    ).run()
    assert a.paths("alert")[0][0] == [0, 1]
    a.session.state["inside"] = True
    a.run()
    assert a.paths("alert")[0][0] == [0, 0, 1]


def test_updates_inside_a_cached_function_replay_in_place(app):
    a = app(
        """
        import streamlit as st

        @st.cache_data(show_spinner=False)
        def work():
            slot = st.empty()
            slot.write("step 1")
            slot.write("step 2")
            box = st.container()
            box.write("in the box")
            return 1

        st.write("before")
        work()
        st.write("after")
        """
    ).run()
    first = [(p, e["kind"], e.get("body")) for p, e in a.paths()]
    assert ([0, 1], "markdown", "step 2") in first and ([0, 2, 0], "markdown", "in the box") in first
    computed = [(d.path, d.element.get("body")) for d in a.last.deltas]
    a.run()
    assert [(p, e["kind"], e.get("body")) for p, e in a.paths()] == first
    # The placeholder, "step 1" and "step 2" at the same place, as on the miss.
    assert [(d.path, d.element.get("body")) for d in a.last.deltas] == computed


def test_writing_into_a_block_created_outside_fails_on_the_hit(app):
    a = app(
        """
        import streamlit as st

        box = st.container()

        @st.cache_data
        def fill():
            box.write("from the cache")
            return 1

        fill()
        """
    ).run()
    assert a.status == "complete"
    a.run()
    [exc] = a.exceptions()
    assert exc["type"] == "CacheReplayClosureError"
    assert "layout block created outside the function" in exc["message"]


def test_nested_cached_functions_replay_both(app):
    a = app(
        """
        import streamlit as st

        @st.cache_data(show_spinner=False)
        def inner(x):
            st.write(f"inner {x}")
            return x

        @st.cache_data(show_spinner=False)
        def outer():
            st.write("outer")
            return inner(1) + inner(2)

        st.write(f"total {outer()}")
        """
    ).run()
    first = a.markdown()
    assert first == ["outer", "inner 1", "inner 2", "total 3"]
    a.run()
    assert a.markdown() == first


def test_widgets_in_cached_functions_warn_without_experimental_allow_widgets(app):
    a = app(
        """
        import streamlit as st

        @st.cache_data
        def get_data():
            num_rows = st.slider("Number of rows to get")
            return num_rows

        st.write(f"{get_data()}")
        """
    ).run()
    assert "widget command in a cached function" in a.elements("alert")[0]["body"]
    a.run()
    # On a hit the widget is not replayed.
    assert a.elements("slider") == [] and a.elements("alert") == []


def test_experimental_allow_widgets_is_gone_as_in_1_67(app):
    # Streamlit 1.67 removed the parameter: passing it is a TypeError, and a
    # widget in a cached function is only warned about (see above).
    a = app(
        """
        import streamlit as st

        @st.cache_data(experimental_allow_widgets=True)
        def get_data():
            return 1
        """
    ).run()
    assert [e["type"] for e in a.exceptions()] == ["TypeError"]
    assert "experimental_allow_widgets" in a.exceptions()[0]["message"]
