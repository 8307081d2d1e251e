"""Choice widgets (checkbox, toggle, radio, selectbox, multiselect,
select_slider, pills, segmented_control, feedback, color_picker): values,
wire forms, errors and AppTest.

For a widget with options the page only ever sends indices; session state
holds the option objects. Error texts are Streamlit 1.67's (checked against
its AppTest)."""

from __future__ import annotations

import pytest

from stc.testing import AppTest
from stc_runtime.protocol import WidgetChange

# --- Streamlit's app-testing cheat sheet ----------------------------------------

CHEATSHEET_APP = """
import streamlit as st
st.multiselect("Multi", ["foo", "bar", "baz"], ["foo", "bar"])
st.radio("Radio", ["Foo", "Qux", "Baz", "Bar"], index=3)
st.select_slider("Month", ["Jan", "Feb", "Mar", "Apr", "May", "Jun"], value="Feb")
st.toggle("Debug mode")
"""


def test_cheat_sheet_assertions():
    at = AppTest.from_string(CHEATSHEET_APP).run()

    assert at.multiselect[0].value == ["foo", "bar"]
    at.multiselect[0].select("baz").unselect("foo").run()
    assert at.multiselect[0].value == ["bar", "baz"]

    assert at.radio[0].value == "Bar"
    assert at.radio[0].index == 3
    at.radio[0].set_value("Foo").run()
    assert at.radio[0].value == "Foo" and at.radio[0].index == 0

    assert at.select_slider[0].value == "Feb"
    at.select_slider[0].set_value("Mar").run()
    assert at.select_slider[0].value == "Mar"
    # A range on a single-value slider is not a value it can show: Streamlit
    # 1.67 falls back to the default.
    at.select_slider[0].set_range("Apr", "Jun").run()
    assert at.select_slider[0].value == "Feb"

    assert at.toggle[0].value is False
    assert at.toggle[0].label == "Debug mode"
    at.toggle[0].set_value(True).run()
    assert at.toggle[0].value is True
    assert not at.exception


# --- toggle ------------------------------------------------------------------------


def test_toggle_is_its_own_widget_kind(app):
    # A toggle and a checkbox with the same label are two widgets (no
    # duplicate-id error), and the page gets a "toggle" element.
    a = app("""
        import streamlit as st
        t = st.toggle("Debug", value=True, help="Logs more")
        c = st.checkbox("Debug")
        st.write(repr(t), repr(c))
    """).run()
    toggle = a.widget("toggle", "Debug")
    assert toggle["value"] is True and toggle["help"] == "Logs more"
    assert a.markdown() == ["True False"]
    a.set("toggle", "Debug", False)
    assert a.markdown() == ["False False"]


# --- radio -------------------------------------------------------------------------


def test_radio_returns_the_option_object_and_the_page_sees_indices(app):
    a = app("""
        import streamlit as st
        OPTIONS = [("a", 1), ("b", 2), ("c", 3)]
        v = st.radio("Pick", OPTIONS, format_func=lambda o: o[0].upper(), horizontal=True,
                     captions=["first", None, "third"])
        st.write(repr(v))
    """).run()
    radio = a.widget("radio", "Pick")
    assert radio["options"] == ["A", "B", "C"] and radio["value"] == 0
    assert radio["horizontal"] is True and radio["captions"] == ["first", "", "third"]
    assert a.markdown() == ["('a', 1)"]
    a.set("radio", "Pick", 2)
    assert a.markdown() == ["('c', 3)"]
    assert a.value("radio", "Pick") == 2


def test_radio_index_none_and_keyed_state(app):
    a = app("""
        import streamlit as st
        v = st.radio("Size", ["S", "M", "L"], index=None, key="size")
        st.write(repr(v), repr(st.session_state.size))
    """).run()
    assert a.value("radio", "Size") is None
    assert a.markdown() == ["None None"]
    a.set("radio", "Size", 1)
    assert a.markdown() == ["'M' 'M'"]
    assert a.state == {"size": "M"}


def test_radio_set_through_session_state_and_reset_when_not_an_option(app):
    a = app("""
        import streamlit as st
        if st.button("Large"):
            st.session_state.size = "L"
        if st.button("Bogus"):
            st.session_state.size = "XXL"
        v = st.radio("Size", ["S", "M", "L"], index=1, key="size")
        st.write(repr(v), repr(st.session_state.size))
    """).run()
    assert a.markdown() == ["'M' 'M'"]
    a.click("Large")
    assert a.markdown() == ["'L' 'L'"] and a.value("radio", "Size") == 2
    # Not an option: back to the default, in session_state too (Streamlit
    # resets the state value).
    a.click("Bogus")
    assert a.markdown() == ["'M' 'M'"] and a.value("radio", "Size") == 1


def test_radio_with_dataclass_options_keeps_the_selection(app):
    # The class is redefined by every run; the selection survives reruns.
    a = app("""
        import streamlit as st
        from dataclasses import dataclass
        @dataclass
        class Plan:
            name: str
        plan = st.radio("Plan", [Plan("free"), Plan("pro")], format_func=lambda p: p.name)
        st.write(type(plan).__name__, plan.name)
    """).run()
    a.set("radio", "Plan", 1)
    assert a.markdown() == ["Plan pro"]
    a.run()
    assert a.markdown() == ["Plan pro"] and a.value("radio", "Plan") == 1


@pytest.mark.parametrize(
    ("call", "message", "exc_type"),
    [
        ('st.radio("R", ["a", "b"], index=5)',
         "The `index` parameter, set to 5, is outside the required range [0, 1].", "StreamlitValueOutOfRangeError"),
        ('st.radio("R", ["a", "b"], index="1")',
         "Invalid `index` type. Expected one of: int, None. Provided type: str.", "StreamlitInvalidParameterTypeError"),
        ('st.radio("R", ["a", "b"], captions=["x", 3])',
         "Invalid `captions` type. Expected one of: str, None. Provided type: int.",
         "StreamlitInvalidParameterTypeError"),
    ],
)
def test_radio_errors(app, call, message, exc_type):
    a = app(f"import streamlit as st\n{call}\n").run()
    (exc,) = a.exceptions()
    assert (exc["type"], exc["message"]) == (exc_type, message)
    assert a.elements("radio") == []


@pytest.mark.seed_only  # Streamlit >= 1.50 keeps a keyed radio's value when its options change
def test_changing_radio_options_makes_a_new_widget(app):
    a = app("""
        import streamlit as st
        v = st.radio("R", ["a", "b", "c"], key="r")
        st.write(repr(v))
    """).run()
    a.set("radio", "R", 2)
    assert a.markdown() == ["'c'"]
    a.write_script("""
        import streamlit as st
        v = st.radio("R", ["a", "b", "c", "d"], key="r")
        st.write(repr(v))
    """)
    a.run()
    assert a.markdown() == ["'a'"]


# --- multiselect -------------------------------------------------------------------


def test_multiselect_values_are_option_objects_in_the_order_picked(app):
    a = app("""
        import streamlit as st
        OPTIONS = [{"id": 1}, {"id": 2}, {"id": 3}]
        v = st.multiselect("Ids", OPTIONS, default=[OPTIONS[1]], format_func=lambda o: f"#{o['id']}")
        st.write(repr(v))
    """).run()
    box = a.widget("multiselect", "Ids")
    assert box["options"] == ["#1", "#2", "#3"] and box["value"] == [1]
    # No placeholder given: the page picks its contextual text.
    assert box["placeholder"] is None and box["max_selections"] is None
    assert a.markdown() == ["[{'id': 2}]"]
    a.set("multiselect", "Ids", [2, 0])
    assert a.markdown() == ["[{'id': 3}, {'id': 1}]"]
    assert a.value("multiselect", "Ids") == [2, 0]


def test_multiselect_single_default_and_placeholders(app):
    a = app("""
        import streamlit as st
        st.write(repr(st.multiselect("One", ["a", "b", "c"], default="b", placeholder="Pick some")))
        st.write(repr(st.multiselect("Tuple", ["a", "b", "c"], default=("b", "c"))))
        st.write(repr(st.multiselect("Empty", [])))
    """).run()
    assert a.markdown() == ["['b']", "['b', 'c']", "[]"]
    assert a.widget("multiselect", "One")["placeholder"] == "Pick some"
    # Nothing to pick: the page shows "No options to select" and draws the
    # widget disabled; the app's own disabled (AppTest's) stays False, as in 1.67.
    empty = a.widget("multiselect", "Empty")
    assert empty["placeholder"] is None and empty["disabled"] is False and empty["options"] == []


def test_multiselect_max_selections(app):
    a = app("""
        import streamlit as st
        if st.button("Too many"):
            st.session_state.m = ["a", "b", "c"]
        st.write(repr(st.multiselect("M", ["a", "b", "c"], max_selections=2, key="m")))
    """).run()
    assert a.widget("multiselect", "M")["max_selections"] == 2
    a.set("multiselect", "M", [0, 2])
    assert a.markdown() == ["['a', 'c']"]
    a.click("Too many")
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitSelectionCountExceedsMaxError"
    assert exc["message"] == (
        "Multiselect has 3 options selected but `max_selections` is set to 2. This happened because "
        "you either gave too many options to `default` or you manipulated the widget's state through "
        "`st.session_state`. Note that the latter can happen before the line indicated in the "
        "traceback. Please select at most 2 options."
    )


@pytest.mark.parametrize(
    ("call", "message", "exc_type"),
    [
        ('st.multiselect("M", ["a", "b"], default=["a", "b"], max_selections=1)',
         "Multiselect has 2 options selected but `max_selections` is set to 1.",
         "StreamlitSelectionCountExceedsMaxError"),
        ('st.multiselect("M", ["a", "b"], max_selections=0)',
         "Invalid `max_selections` value. Supported values: a positive integer. "
         "To disable `st.multiselect`, use `disabled=True`.", "StreamlitValueError"),
        ('st.multiselect("M", ["a", "b"], default=["z"])',
         "The default value 'z' is not part of the options. "
         "Please make sure that every default value also exists in the options.",
         "StreamlitDefaultNotInOptionsError"),
        ('st.multiselect("M", ["a"], filter_mode="exact")',
         "Invalid `filter_mode` value. Supported values: fuzzy, contains, prefix, None.", "StreamlitValueError"),
        ('st.multiselect("M", ["a"], filter_mode=None, accept_new_options=True)',
         "`filter_mode=None` and `accept_new_options=True` cannot be used together. `filter_mode` cannot be "
         "`None` when `accept_new_options=True`. Set `filter_mode` to `fuzzy`, `contains`, or `prefix`.",
         "StreamlitIncompatibleParametersError"),
        ('st.multiselect("M", ["a"], select_all=-2)',
         "Invalid `select_all` value. Supported values: True, False, a non-negative integer. "
         "When using an int, `select_all` must be a non-negative integer.", "StreamlitValueError"),
        ('st.multiselect("M", ["a"], select_all="all")',
         "Invalid `select_all` type. Expected one of: bool, int. Provided type: str.",
         "StreamlitInvalidParameterTypeError"),
        ('st.multiselect("M", ["a"], wrap="no")',
         "'str' object cannot be interpreted as an integer", "TypeError"),
        ('st.multiselect("M", ["a"], width="content")',
         "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.",
         "StreamlitInvalidWidthError"),
    ],
)
def test_multiselect_errors(app, call, message, exc_type):
    # Class and text as 1.67 raises them (the tree conformance app checks).
    a = app(f"import streamlit as st\n{call}\n").run()
    (exc,) = a.exceptions()
    assert exc["type"] == exc_type and exc["message"].startswith(message)


def test_multiselect_drops_values_that_are_no_longer_options(app):
    a = app("""
        import streamlit as st
        if st.button("Set"):
            st.session_state.m = ["a", "zzz"]
        st.write(repr(st.multiselect("M", ["a", "b"], key="m")), repr(st.session_state.m))
    """).run()
    a.click("Set")
    assert a.markdown() == ["['a'] ['a']"]
    assert a.value("multiselect", "M") == [0]


def test_multiselect_accepts_new_options(app):
    a = app("""
        import streamlit as st
        st.write(repr(st.multiselect("Cats", ["Jelly", "Fish"], accept_new_options=True)))
    """).run()
    box = a.widget("multiselect", "Cats")
    assert box["accept_new_options"] is True and box["placeholder"] is None
    # The page sends indices for options and the text of new entries.
    a.set("multiselect", "Cats", ["Tom", 1])
    assert a.markdown() == ["['Tom', 'Fish']"]
    assert a.value("multiselect", "Cats") == ["Tom", 1]


def test_multiselect_documented_enum_example(conformance_app):
    # Streamlit's docs, "Using Enum classes in Streamlit": the class is redefined by
    # every run; enumCoercion makes the comparison succeed.
    a = conformance_app("class_enum_multiselect.py").run()
    assert a.widget("multiselect", "Pick colors")["options"] == ["Color.RED", "Color.GREEN", "Color.BLUE"]
    a.set("multiselect", "Pick colors", [0, 1])
    assert a.markdown() == ["Hooray, you found the color YELLOW!"]
    a.run()
    assert a.markdown() == ["Hooray, you found the color YELLOW!"]


def test_enum_coercion_off_returns_the_earlier_runs_members(app):
    a = app("""
        from enum import Enum
        import streamlit as st
        class Color(Enum):
            RED = 1
            GREEN = 2
        picked = st.multiselect("Colors", Color)
        one = st.selectbox("One", Color)
        st.write(str(set(picked) == {Color.GREEN}), str(one is Color.GREEN))
    """, files={".streamlit/config.toml": '[runner]\nenumCoercion = "off"\n'}).run()
    colors = a.widget("multiselect", "Colors")["id"]
    one = a.widget("selectbox", "One")["id"]
    a.run(WidgetChange(id=colors, value=[1]), WidgetChange(id=one, value=1))
    # The members come from the run that drew the widgets: a different class.
    assert a.markdown() == ["False False"]
    # The page still shows the selection (matched by label).
    assert a.value("multiselect", "Colors") == [1] and a.value("selectbox", "One") == 1


# --- select_slider -------------------------------------------------------------------


def test_select_slider_single_and_range(app):
    a = app("""
        import streamlit as st
        COLORS = ["red", "orange", "yellow", "green", "blue"]
        c = st.select_slider("Color", COLORS)
        lo, hi = st.select_slider("Band", COLORS, value=("blue", "orange"))
        st.write(c, lo, hi)
    """).run()
    single = a.widget("select_slider", "Color")
    assert single["options"][0] == "red" and single["value"] == [0] and single["is_range"] is False
    band = a.widget("select_slider", "Band")
    assert band["value"] == [1, 4] and band["is_range"] is True
    assert a.markdown() == ["red orange blue"]
    a.set("select_slider", "Band", [3, 2])
    assert a.markdown() == ["red yellow green"]
    a.set("select_slider", "Color", [4])
    assert a.markdown() == ["blue yellow green"]


def test_select_slider_options_of_any_type_with_format_func(app):
    a = app("""
        import datetime as dt
        import streamlit as st
        days = [dt.date(2024, 1, d) for d in (1, 2, 3)]
        d = st.select_slider("Day", days, value=days[1], format_func=lambda d: d.strftime("%b %d"))
        st.write(repr(d))
    """).run()
    assert a.widget("select_slider", "Day")["options"] == ["Jan 01", "Jan 02", "Jan 03"]
    assert a.markdown() == ["datetime.date(2024, 1, 2)"]
    a.set("select_slider", "Day", [2])
    assert a.markdown() == ["datetime.date(2024, 1, 3)"]


def test_select_slider_range_preset_through_session_state(app):
    a = app("""
        import streamlit as st
        if "s" not in st.session_state:
            st.session_state.s = ("b", "d")
        st.write(repr(st.select_slider("S", ["a", "b", "c", "d", "e"], key="s")))
    """).run()
    assert a.widget("select_slider", "S")["is_range"] is True
    assert a.markdown() == ["('b', 'd')"] and a.value("select_slider", "S") == [1, 3]
    a.set("select_slider", "S", [4, 2])
    assert a.markdown() == ["('c', 'e')"]


@pytest.mark.parametrize(
    ("call", "exc_type", "message"),
    [
        ('st.select_slider("S", [])', "StreamlitMissingRequiredParameterError",
         "The `options` parameter is required. Provide at least one option."),
        ('st.select_slider("S", ["a", "b"], value="z")', "ValueError", "z is not in iterable"),
        ('st.select_slider("S", ["a", "b", "c"], value=("a", "b", "c"))', "ValueError",
         "too many values to unpack (expected 2)"),
        ('st.select_slider("S", ["a", "b"], value=["b"])', "ValueError",
         "not enough values to unpack (expected 2, got 1)"),
    ],
)
def test_select_slider_errors(app, call, exc_type, message):
    a = app(f"import streamlit as st\n{call}\n").run()
    (exc,) = a.exceptions()
    assert (exc["type"], exc["message"]) == (exc_type, message)


# --- pills and segmented_control ---------------------------------------------------------


@pytest.mark.parametrize("kind", ["pills", "segmented_control"])
def test_button_groups_single_and_multi(app, kind):
    a = app(f"""
        import streamlit as st
        one = st.{kind}("Tool", ["🔍 Zoom", ":material/add: Add", "Plain"], default="Plain")
        many = st.{kind}("Dirs", ["North", "East", "South"], selection_mode="multi", default=["East"])
        st.write(repr(one), repr(many))
    """).run()
    tool = a.widget(kind, "Tool")
    # A leading emoji or Material icon is shown as the option's icon.
    assert tool["options"] == [
        {"icon": "🔍", "content": "Zoom"},
        {"icon": ":material/add:", "content": "Add"},
        {"icon": None, "content": "Plain"},
    ]
    assert tool["value"] == [2] and tool["selection_mode"] == "single"
    assert a.value(kind, "Dirs") == [1]
    assert a.markdown() == ["'Plain' ['East']"]
    a.set(kind, "Tool", [0])
    a.set(kind, "Dirs", [2, 0])
    assert a.markdown() == ["'🔍 Zoom' ['South', 'North']"]
    a.set(kind, "Tool", [])  # clicking the selected option again clears it
    a.set(kind, "Dirs", [])
    assert a.markdown() == ["None []"]


def test_pills_with_format_func_and_keyed_state(app):
    a = app("""
        import streamlit as st
        option_map = {0: ":material/add:", 1: ":material/zoom_in:"}
        sel = st.pills("Tool", options=option_map.keys(), format_func=lambda o: option_map[o], key="tool")
        st.write(repr(sel), repr(st.session_state.tool))
    """).run()
    assert a.widget("pills", "Tool")["options"][1] == {"icon": ":material/zoom_in:", "content": ""}
    a.set("pills", "Tool", [1])
    assert a.markdown() == ["1 1"]


@pytest.mark.parametrize(
    ("call", "message", "exc_type"),
    [
        ('st.pills("P", ["a", "b"], selection_mode="one")',
         "Invalid `selection_mode` value. Supported values: 'single', 'multi'.", "StreamlitValueError"),
        ('st.pills("P", ["a", "b"], selection_mode="multi", required=True)',
         "`required=True` and `selection_mode='multi'` cannot be used together. "
         "`required` is only supported for single-select mode.", "StreamlitIncompatibleParametersError"),
        ('st.segmented_control("P", ["a", "b"], default=["a", "b"])',
         "The default argument to `st.segmented_control` must be a single value when "
         "`selection_mode='single'`.", "StreamlitAPIException"),
        ('st.pills("P", ["a", "b"], default="z")',
         "The default value 'z' is not part of the options. "
         "Please make sure that every default value also exists in the options.",
         "StreamlitDefaultNotInOptionsError"),
        ('st.pills("P", ["a", "b"], wrap="no")', "'str' object cannot be interpreted as an integer", "TypeError"),
    ],
)
def test_button_group_errors(app, call, message, exc_type):
    a = app(f"import streamlit as st\n{call}\n").run()
    (exc,) = a.exceptions()
    assert (exc["type"], exc["message"]) == (exc_type, message)


# --- feedback ----------------------------------------------------------------------


def test_feedback_returns_the_sentiment_index(app):
    a = app("""
        import streamlit as st
        thumbs = st.feedback("thumbs")
        stars = st.feedback("stars", default=2)
        st.write(repr(thumbs), repr(stars))
    """).run()
    thumbs, stars = a.elements("feedback")
    assert (thumbs["options"], thumbs["value"]) == ("thumbs", None)
    assert (stars["options"], stars["value"]) == ("stars", 2)
    assert a.markdown() == ["None 2"]
    a.run(WidgetChange(id=thumbs["id"], value=1), WidgetChange(id=stars["id"], value=4))
    assert a.markdown() == ["1 4"]
    a.run(WidgetChange(id=stars["id"], value=None))  # chosen again: cleared
    assert a.markdown() == ["1 None"]


@pytest.mark.parametrize(
    ("call", "message", "exc_type"),
    [
        ('st.feedback("hearts")', "Invalid `options` value. Supported values: 'thumbs', 'faces', 'stars'.",
         "StreamlitValueError"),
        ('st.feedback("thumbs", default=2)', "The `default` parameter, set to 2, is outside the required range [0, 1].",
         "StreamlitValueOutOfRangeError"),
    ],
)
def test_feedback_errors(app, call, message, exc_type):
    a = app(f"import streamlit as st\n{call}\n").run()
    (exc,) = a.exceptions()
    assert (exc["type"], exc["message"]) == (exc_type, message)


# --- callbacks, identity, AppTest ------------------------------------------------------------

CALLBACK_APP = """
import streamlit as st
if "log" not in st.session_state:
    st.session_state.log = []
def changed(name):
    st.session_state.log.append(f"{name}={st.session_state[name]!r}")
st.radio("R", ["a", "b", "c"], key="r", on_change=changed, args=("r",))
st.multiselect("M", ["x", "y", "z"], key="m", on_change=changed, args=("m",))
st.pills("P", ["p", "q"], key="p", on_change=changed, args=("p",))
st.segmented_control("G", ["g1", "g2"], selection_mode="multi", key="g", on_change=changed, args=("g",))
st.select_slider("S", ["s1", "s2", "s3"], key="s", on_change=changed, args=("s",))
st.feedback("faces", key="f", on_change=changed, kwargs={"name": "f"})
st.toggle("T", key="t", on_change=changed, args=("t",))
st.write(" ".join(st.session_state.log))
"""


def test_callbacks_see_the_new_values_via_apptest():
    at = AppTest.from_string(CALLBACK_APP).run()
    at.radio[0].set_value("c")
    at.multiselect[0].set_value(["z", "x"])
    at.pills[0].select("q")
    at.segmented_control[0].select("g2")
    at.select_slider[0].set_value("s3")
    at.feedback[0].set_value(4)
    at.toggle[0].set_value(True)
    at.run()
    assert at.markdown[0].value == "r='c' m=['z', 'x'] p='q' g=['g2'] s='s3' f=4 t=True"
    assert at.multiselect[0].indices == [2, 0] and at.multiselect[0].values == ["z", "x"]
    assert at.radio[0].index == 2
    at.pills[0].unselect("q")
    at.segmented_control[0].unselect("g2")
    at.feedback[0].set_value(None)
    at.run()
    assert at.markdown[0].value.endswith("p=None g=[] f=None")
    assert (at.pills[0].value, at.segmented_control[0].value, at.feedback[0].value) == (None, [], None)
    # Streamlit lists pills and segmented controls together too.
    assert [w.type for w in at.button_group] == ["button_group", "button_group"]
    assert [w.style for w in at.button_group] == ["pills", "segmented_control"]
    assert at.pills[0].options == ["p", "q"] and at.radio(key="r").value == "c"


def test_apptest_refuses_a_value_that_is_not_an_option():
    at = AppTest.from_string(CHEATSHEET_APP).run()
    with pytest.raises(ValueError):  # (Streamlit: "... is not in list")
        at.radio[0].set_value("Nope").run()


def test_duplicate_choice_widgets_need_a_key(app):
    a = app("""
        import streamlit as st
        st.pills("P", ["a", "b"])
        st.pills("P", ["a", "b"])
    """).run()
    (exc,) = a.exceptions()
    assert exc["type"] == "DuplicateWidgetID" and "`key`" in exc["message"]


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
    # The Enum class is redefined by every run; enumCoercion (the default)
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
    # Streamlit's docs, "A pathological example": options redefined every run. The
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
    (exc,) = a.exceptions()
    assert (exc["type"], exc["message"]) == (
        "StreamlitValueOutOfRangeError", "The `index` parameter, set to 3, is outside the required range [0, 0].")


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


def _app_test(source: str) -> AppTest:
    return AppTest.from_string(source).run()


def test_selectbox_payload_carries_what_the_page_draws(app):
    a = app("""
        import streamlit as st
        st.selectbox("Plain", ["a", "b"])
        st.selectbox("Empty text", ["a", "b"], placeholder="")
        st.selectbox("Open", ["a", "b"], index=None, icon=":material/search:", filter_mode="prefix", width=240)
        st.selectbox("Must", ["a", "b"], index=None, required=True, accept_new_options=True, icon="spinner")
    """).run()
    plain = a.widget("selectbox", "Plain")
    # No placeholder given: the page writes its contextual text.
    assert (plain["placeholder"], plain["filter_mode"], plain["width"]) == (None, "fuzzy", "stretch")
    assert (plain["required"], plain["clearable"], plain["accept_new_options"], plain["icon"]) == (False, False, False, None)
    assert a.widget("selectbox", "Empty text")["placeholder"] == " "  # 1.67's wire form of ""
    opened = a.widget("selectbox", "Open")
    assert (opened["icon"], opened["filter_mode"], opened["width"], opened["clearable"]) == (
        ":material/search:", "prefix", 240, True)
    must = a.widget("selectbox", "Must")
    # required: never clearable, even when it starts empty.
    assert (must["required"], must["clearable"], must["accept_new_options"], must["icon"]) == (True, False, True, "spinner")


def test_selectbox_new_entries_travel_as_text(app):
    a = app("""
        import streamlit as st
        v = st.selectbox("Mail", ["foo@example.com", "bar@example.com"], index=None, accept_new_options=True, key="m")
        st.write(repr(v), repr(st.session_state.m))
    """).run()
    a.set("selectbox", "Mail", "me@example.org")  # typed by the visitor
    assert a.markdown() == ["'me@example.org' 'me@example.org'"]
    assert a.value("selectbox", "Mail") == "me@example.org"
    a.set("selectbox", "Mail", "bar@example.com")  # typed, but an option's label
    assert a.markdown() == ["'bar@example.com' 'bar@example.com'"]
    assert a.value("selectbox", "Mail") == 1
    a.set("selectbox", "Mail", None)
    assert a.markdown() == ["None None"]


def test_selectbox_without_accept_new_options_ignores_text(app):
    a = app("""
        import streamlit as st
        st.write(repr(st.selectbox("S", ["a", "b"], index=1)))
    """).run()
    a.set("selectbox", "S", "zzz")
    assert a.markdown() == ["'b'"] and a.value("selectbox", "S") == 1
    a.set("selectbox", "S", "a")  # a label is the option
    assert a.markdown() == ["'a'"] and a.value("selectbox", "S") == 0


def test_apptest_sets_a_new_selectbox_entry():
    at = _app_test("""
        import streamlit as st
        st.write(repr(st.selectbox("S", ["a"], index=None, accept_new_options=True)))
    """)
    at.selectbox[0].set_value("typed").run()
    assert at.markdown[0].value == "'typed'"


def test_multiselect_payload_filter_select_all_and_wrap(app):
    a = app("""
        import streamlit as st
        st.multiselect("Default", ["a", "b"])
        st.multiselect("Always", ["a", "b"], select_all=True, filter_mode="contains", wrap=False)
        st.multiselect("Never", ["a", "b"], select_all=False, filter_mode=None, wrap=True)
        st.multiselect("Huge", ["a", "b"], select_all=10**12, placeholder="")
    """).run()
    fields = lambda label: tuple(a.widget("multiselect", label)[f] for f in ("select_all", "filter_mode", "wrap"))
    assert fields("Default") == (1000, "fuzzy", None)
    assert fields("Always") == (-1, "contains", False)
    assert fields("Never") == (0, None, True)
    huge = a.widget("multiselect", "Huge")
    assert (huge["select_all"], huge["placeholder"]) == (2**31 - 1, " ")


def test_checkbox_toggle_pills_color_picker_width_and_wrap(app):
    a = app("""
        import streamlit as st
        st.checkbox("C", width=200, wrap=False)
        st.checkbox("D")
        st.toggle("T", width="stretch", wrap=1)
        st.pills("P", ["a"], wrap=False)
        st.segmented_control("S", ["a"], wrap=True)
        st.color_picker("K", width=90)
    """).run()
    assert (a.widget("checkbox", "C")["width"], a.widget("checkbox", "C")["wrap"]) == (200, False)
    assert (a.widget("checkbox", "D")["width"], a.widget("checkbox", "D")["wrap"]) == ("content", None)
    assert (a.widget("toggle", "T")["width"], a.widget("toggle", "T")["wrap"]) == ("stretch", True)
    assert a.widget("pills", "P")["wrap"] is False and a.widget("segmented_control", "S")["wrap"] is True
    assert a.widget("color_picker", "K")["width"] == 90


@pytest.mark.parametrize(
    ("call", "exc_type", "message"),
    [
        ('st.checkbox("C", wrap="yes")', "TypeError", "'str' object cannot be interpreted as an integer"),
        ('st.toggle("T", width=-3)', "StreamlitInvalidWidthError",
         "Invalid width value: -3. Width must be either a positive integer (pixels), 'stretch', or 'content'."),
        ('st.color_picker("K", width="wide")', "StreamlitInvalidWidthError",
         "Invalid width value: 'wide'. Width must be either a positive integer (pixels), 'stretch', or 'content'."),
        ('st.selectbox("S", ["a"], icon=":rocket:")', "StreamlitAPIException",
         'The value ":rocket:" is not a valid icon. Emoji shortcodes are not supported. Please use a single emoji '
         "or a Material icon shortcode like `:material\u200b/thumb_up:`."),
    ],
)
def test_width_wrap_icon_errors(app, call, exc_type, message):
    a = app(f"import streamlit as st\n{call}\n").run()
    (exc,) = a.exceptions()
    assert (exc["type"], exc["message"]) == (exc_type, message)


# --- color_picker -----------------------------------------------------------------


def test_color_picker_values(app):
    a = app("""
        import streamlit as st
        st.write(st.color_picker("A"), st.color_picker("B", "#0aF"))
    """).run()
    assert a.markdown() == ["#000000 #0aF"]
    assert a.value("color_picker", "B") == "#0aF"
    a.set("color_picker", "B", "#123456")
    assert a.markdown() == ["#000000 #123456"]


@pytest.mark.parametrize(("value", "message"), [("'red'", "not a valid hex code"), ("123", "Invalid `value` type. Expected one of: str. Provided type: int.")])
def test_color_picker_refuses_non_hex(app, value, message):
    a = app(f"import streamlit as st\nst.color_picker('C', {value})\n").run()
    (exc,) = a.exceptions()
    assert message in exc["message"]


def test_color_picker_pick_adds_the_hash():
    at = _app_test("import streamlit as st\nst.write(st.color_picker('C', '#FFFFFF'))")
    at.color_picker[0].pick("00FF00").run()
    assert at.markdown[0].value == "#00FF00"


# --- typed payloads ------------------------------------------------------------------


def test_every_choice_widget_reads_back_into_its_payload_class():
    from stc_runtime import payloads
    from stc_runtime.payloads import choice as typed

    at = _app_test("""
        import streamlit as st
        st.checkbox("C", True)
        st.toggle("T", width=120)
        st.radio("R", ["a", "b"], captions=["first", None], horizontal=True)
        st.selectbox("S", ["a", "b"], index=None, placeholder=None)
        st.multiselect("M", ["a", "b"], ["b"], max_selections=1)
        st.select_slider("SS", ["lo", "mid", "hi"], value=("lo", "hi"))
        st.pills("P", [":material/home: Home", "Away"], selection_mode="multi", default=["Away"])
        st.segmented_control("G", ["x", "y"], required=True, default="y")
        st.feedback("stars", default=3)
        st.color_picker("Col", "#0aF")
    """)
    widgets = [at.checkbox[0], at.toggle[0], at.radio[0], at.selectbox[0], at.multiselect[0],
               at.select_slider[0], at.pills[0], at.segmented_control[0], at.feedback[0], at.color_picker[0]]
    assert [type(w.payload) for w in widgets] == [
        typed.CheckboxElement, typed.ToggleElement, typed.RadioElement, typed.SelectboxElement,
        typed.MultiselectElement, typed.SelectSliderElement, typed.PillsElement,
        typed.SegmentedControlElement, typed.FeedbackElement, typed.ColorPickerElement,
    ]
    for w in widgets:
        assert payloads.from_wire(w.proto).wire() == w.proto
    assert at.toggle[0].payload.width == 120
    assert at.radio[0].captions == ["first", ""] and at.radio[0].horizontal
    assert at.selectbox[0].payload.value is None and at.selectbox[0].placeholder == ""
    assert at.multiselect[0].max_selections == 1 and at.multiselect[0].payload.value == [1]
    assert at.select_slider[0].payload.value == [0, 2]
    home = at.pills[0].payload.options[0]
    assert isinstance(home, typed.ButtonGroupOption) and (home.icon, home.content) == (":material/home:", "Home")
    assert at.pills[0].options == ["Home", "Away"] and at.pills[0].style == "pills"
    assert at.segmented_control[0].style == "segmented_control" and at.segmented_control[0].payload.required
    assert at.feedback[0].options == "stars" and at.feedback[0].payload.value == 3


@pytest.mark.parametrize(
    "element",
    [
        {"kind": "feedback", "id": "f", "options": "hearts"},
        {"kind": "pills", "id": "p", "label": "P", "options": [{"icon": None, "content": "a", "href": "x"}],
         "value": []},
        {"kind": "radio", "id": "r", "label": "R", "options": ["a"], "value": "a"},
    ],
)
def test_choice_payloads_refuse_values_outside_their_types(element):
    from stc_runtime import payloads

    with pytest.raises(payloads.PayloadError):
        payloads.from_wire(element)
