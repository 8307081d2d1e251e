"""Values of the input widgets: types, defaults, bounds, wire forms."""

from __future__ import annotations

import pytest

from stc_runtime.protocol import WidgetChange

# --- number_input -----------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "value", "is_int"),
    [
        ('st.number_input("N")', 0.0, False),  # no numbers given: a float input
        ('st.number_input("N", step=1)', 0, True),
        ('st.number_input("N", value=0, step=1)', 0, True),
        ('st.number_input("N", 0, 10)', 0, True),
        ('st.number_input("N", 1.5, 10.0)', 1.5, False),
        ('st.number_input("N", value=2.5)', 2.5, False),
        ('st.number_input("N", min_value=3)', 3, True),
        ('st.number_input("N", value=None)', None, False),
    ],
)
def test_number_input_type_follows_its_arguments(app, call, value, is_int):
    a = app(f"""
        import streamlit as st
        v = {call}
        st.write(type(v).__name__)
    """).run()
    box = a.widget("number_input", "N")
    assert box["value"] == value and type(box["value"]) is type(value)
    assert box["is_int"] is is_int
    assert a.markdown() == [type(value).__name__]


def test_number_input_mixed_types_are_refused(app):
    a = app("""
        import streamlit as st
        st.number_input("N", 0, 10.5)
    """).run()
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitAPIException"
    assert "same type" in exc["message"]


def test_number_input_default_outside_bounds_is_refused(app):
    a = app("""
        import streamlit as st
        st.number_input("N", 0, 10, 11)
    """).run()
    assert a.exceptions()[0]["type"] == "StreamlitAPIException"


def test_number_input_values_from_the_page_are_typed_and_clamped(app):
    a = app("""
        import streamlit as st
        i = st.number_input("I", 0, 10)
        f = st.number_input("F", 0.0, 1.0, 0.5, step=0.1)
        st.write(repr(i), repr(f))
    """).run()
    i_id = a.widget("number_input", "I")["id"]
    f_id = a.widget("number_input", "F")["id"]
    a.run(WidgetChange(id=i_id, value=7.0), WidgetChange(id=f_id, value=0.25))
    assert a.markdown() == ["7 0.25"]
    a.run(WidgetChange(id=i_id, value=99), WidgetChange(id=f_id, value=-3))
    assert a.markdown() == ["10 0.0"]


def test_number_input_cleared_to_none(app):
    a = app("""
        import streamlit as st
        st.write(repr(st.number_input("N", value=None, placeholder="type a number")))
    """).run()
    assert a.markdown() == ["None"]
    assert a.widget("number_input", "N")["placeholder"] == "type a number"
    a.set("number_input", "N", 4.0)
    assert a.markdown() == ["4.0"]
    a.set("number_input", "N", None)
    assert a.markdown() == ["None"]


def test_number_input_accepts_numpy_numbers(app):
    # Bounds straight from a DataFrame (numpy scalars) must still reach the
    # page as JSON numbers.
    a = app("""
        import numpy as np
        import streamlit as st
        v = st.number_input("N", np.int64(1), np.int64(9), np.int64(3))
        st.write(type(v).__name__)
    """).run()
    assert a.status == "complete"
    box = a.widget("number_input", "N")
    assert (box["min"], box["max"], box["value"]) == (1, 9, 3)
    assert a.markdown() == ["int"]


# --- slider ------------------------------------------------------------------


def test_slider_defaults_to_int_0_to_100(app):
    a = app("""
        import streamlit as st
        st.write(repr(st.slider("S")))
    """).run()
    s = a.widget("slider", "S")
    assert (s["min"], s["max"], s["value"], s["step"], s["is_range"]) == (0, 100, 0, 1, False)
    assert a.markdown() == ["0"]


def test_float_slider(app):
    a = app("""
        import streamlit as st
        st.write(repr(st.slider("S", 0.0, 1.0, 0.5)))
    """).run()
    s = a.widget("slider", "S")
    assert (s["min"], s["max"], s["value"], s["step"]) == (0.0, 1.0, 0.5, 0.01)
    a.set("slider", "S", 0.1 + 0.2)
    assert a.markdown() == ["0.3"]
    a.set("slider", "S", 4)
    assert a.markdown() == ["1.0"]


def test_range_slider_returns_a_tuple(app):
    a = app("""
        import streamlit as st
        v = st.slider("R", 0, 100, (25, 75))
        st.write(repr(v))
    """).run()
    s = a.widget("slider", "R")
    assert s["is_range"] is True and s["value"] == [25, 75]
    assert a.markdown() == ["(25, 75)"]
    a.set("slider", "R", [80, 10])
    assert a.markdown() == ["(10, 80)"]
    assert a.value("slider", "R") == [10, 80]


def test_range_slider_from_a_list_default(app):
    a = app("""
        import streamlit as st
        st.write(repr(st.slider("R", 0.0, 10.0, [1.0, 2.0], key="r")), repr(st.session_state.r))
    """).run()
    assert a.markdown() == ["(1.0, 2.0) (1.0, 2.0)"]


def test_range_slider_preset_through_session_state(app):
    a = app("""
        import streamlit as st
        if "r" not in st.session_state:
            st.session_state.r = (2, 5)
        st.write(repr(st.slider("R", 0, 10, key="r")))
    """).run()
    s = a.widget("slider", "R")
    assert s["is_range"] is True and s["value"] == [2, 5]
    assert a.markdown() == ["(2, 5)"]
    a.set("slider", "R", [3, 9])
    assert a.markdown() == ["(3, 9)"]


def test_slider_refuses_a_default_out_of_range(app):
    a = app("""
        import streamlit as st
        st.slider("S", 0, 10, 11)
    """).run()
    assert a.exceptions()[0]["type"] == "StreamlitAPIException"


def test_slider_accepts_numpy_bounds(app):
    a = app("""
        import numpy as np
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"year": [1990, 2020]})
        v = st.slider("Year", df.year.min(), df.year.max(), (df.year.min(), df.year.max()))
        st.write(repr(v))
    """).run()
    assert a.status == "complete"
    s = a.widget("slider", "Year")
    assert (s["min"], s["max"], s["value"]) == (1990, 2020, [1990, 2020])
    assert a.markdown() == ["(1990, 2020)"]


# --- selectbox ------------------------------------------------------------


def test_selectbox_returns_the_option_object(app):
    a = app("""
        import streamlit as st
        OPTIONS = [("a", 1), ("b", 2), ("c", 3)]
        v = st.selectbox("Pick", OPTIONS, format_func=lambda o: o[0].upper())
        st.write(repr(v))
    """).run()
    box = a.widget("selectbox", "Pick")
    assert box["options"] == ["A", "B", "C"] and box["value"] == 0
    assert a.markdown() == ["('a', 1)"]
    a.select("Pick", "C")
    assert a.markdown() == ["('c', 3)"]
    assert a.value("selectbox", "Pick") == 2


def test_selectbox_options_shown_as_strings(app):
    a = app("""
        import streamlit as st
        st.write(repr(st.selectbox("A", [1, 2, 3], None, help="Pick a number", placeholder="Pick me")))
    """).run()
    box = a.widget("selectbox", "A")
    assert box["options"] == ["1", "2", "3"]
    assert box["value"] is None and box["help"] == "Pick a number" and box["placeholder"] == "Pick me"
    assert box["disabled"] is False
    assert a.markdown() == ["None"]
    a.select("A", "2")
    assert a.markdown() == ["2"]


def test_selectbox_index_none_and_keyed_state(app):
    a = app("""
        import streamlit as st
        v = st.selectbox("Pick", ["x", "y"], index=None, key="pick")
        st.write(repr(v), repr(st.session_state.pick))
    """).run()
    assert a.markdown() == ["None None"]
    a.select("Pick", "y")
    assert a.markdown() == ["'y' 'y'"]
    a.select("Pick", None)
    assert a.markdown() == ["None None"]


def test_selectbox_with_enum_options_returns_members_of_this_runs_class(app):
    # The Enum class is redefined by every run; the seed's enumCoercion
    # makes the returned member belong to the class of the current run.
    a = app("""
        from enum import Enum
        import streamlit as st
        class Color(Enum):
            RED = 1
            GREEN = 2
            BLUE = 3
        c = st.selectbox("Color", Color, format_func=lambda c: c.name.title())
        st.write(str(c is Color.GREEN), c.name)
    """).run()
    assert a.widget("selectbox", "Color")["options"] == ["Red", "Green", "Blue"]
    assert a.markdown() == ["False RED"]
    a.select("Color", "Green")
    assert a.markdown() == ["True GREEN"]
    a.run()
    assert a.markdown() == ["True GREEN"]
    assert a.value("selectbox", "Color") == 1


def test_selectbox_with_dataclass_options_keeps_the_selection(app):
    # Seed "A pathological example": options redefined every run. The
    # selection must survive reruns, and the object kept in session state
    # (Marshall_B) compares equal to what the widget returns.
    a = app("""
        import streamlit as st
        from dataclasses import dataclass
        @dataclass
        class Student:
            student_id: int
            name: str
        Marshall_A = Student(1, "Marshall")
        if "B" not in st.session_state:
            st.session_state.B = Student(2, "Marshall")
        Marshall_B = st.session_state.B
        options = [Marshall_A, Marshall_B]
        selected = st.selectbox("Pick", options, format_func=lambda s: f"#{s.student_id}")
        st.write(str(selected is not None), str(selected == Marshall_B))
    """).run()
    assert a.markdown() == ["True False"]
    a.select("Pick", "#2")
    assert a.markdown() == ["True True"]
    a.run()
    assert a.markdown() == ["True True"]
    assert a.value("selectbox", "Pick") == 1
    a.select("Pick", "#1")
    assert a.markdown() == ["True False"]
    a.run()
    assert a.value("selectbox", "Pick") == 0
    assert a.markdown() == ["True False"]


def test_selectbox_set_through_session_state(app):
    a = app("""
        import streamlit as st
        if "s" not in st.session_state:
            st.session_state.s = "b"
        st.write(repr(st.selectbox("S", ["a", "b", "c"], key="s")))
    """).run()
    assert a.value("selectbox", "S") == 1
    assert a.markdown() == ["'b'"]
    a.select("S", "c")
    assert a.markdown() == ["'c'"]
    assert a.state == {"s": "c"}


def test_selectbox_refuses_a_bad_index(app):
    a = app("""
        import streamlit as st
        st.selectbox("S", ["a"], index=3)
    """).run()
    assert a.exceptions()[0]["type"] == "StreamlitAPIException"


def test_selectbox_with_dict_and_dataframe_options(app):
    a = app("""
        import pandas as pd
        import streamlit as st
        st.write(repr(st.selectbox("D", {"k1": "v1", "k2": "v2"})))
        st.write(repr(st.selectbox("F", pd.DataFrame({"col": ["p", "q"]}))))
    """).run()
    assert a.widget("selectbox", "D")["options"] == ["k1", "k2"]
    assert a.widget("selectbox", "F")["options"] == ["p", "q"]
    assert a.markdown() == ["'k1'", "'p'"]


# --- text_input / checkbox -----------------------------------------------------


def test_text_input(app):
    a = app("""
        import streamlit as st
        v = st.text_input("Name", "anon", max_chars=10, type="password", placeholder="who?")
        st.write(repr(v))
    """).run()
    w = a.widget("text_input", "Name")
    assert (w["value"], w["max_chars"], w["input_type"], w["placeholder"]) == ("anon", 10, "password", "who?")
    a.set("text_input", "Name", "Ada")
    assert a.markdown() == ["'Ada'"]


def test_text_input_value_none(app):
    a = app("""
        import streamlit as st
        st.write(repr(st.text_input("Name", value=None)))
    """).run()
    assert a.markdown() == ["None"]
    a.set("text_input", "Name", "x")
    assert a.markdown() == ["'x'"]


def test_text_input_refuses_bad_type_and_long_default(app):
    a = app("""
        import streamlit as st
        st.text_input("A", type="secret")
    """).run()
    assert a.exceptions()[0]["type"] == "StreamlitAPIException"
    a.write_script("""
        import streamlit as st
        st.text_input("A", "too long", max_chars=3)
    """)
    a.run()
    assert a.exceptions()[0]["type"] == "StreamlitAPIException"


def test_checkbox(app):
    a = app("""
        import streamlit as st
        v = st.checkbox("Agree", value=True, help="be sure")
        st.write(repr(v))
    """).run()
    w = a.widget("checkbox", "Agree")
    assert (w["value"], w["help"]) == (True, "be sure")
    assert a.markdown() == ["True"]
    a.set("checkbox", "Agree", False)
    assert a.markdown() == ["False"]
    assert a.value("checkbox", "Agree") is False


def test_disabled_and_label_visibility_reach_the_page(app):
    a = app("""
        import streamlit as st
        st.checkbox("C", disabled=True, label_visibility="collapsed")
    """).run()
    w = a.widget("checkbox", "C")
    assert (w["disabled"], w["label_visibility"]) == (True, "collapsed")


def test_bad_label_visibility_is_refused(app):
    a = app("""
        import streamlit as st
        st.checkbox("C", label_visibility="invisible")
    """).run()
    assert a.exceptions()[0]["type"] == "StreamlitAPIException"
