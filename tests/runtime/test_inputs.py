"""Input widgets (text_input, text_area, number_input, slider over numbers,
dates and times, date_input, time_input): values, defaults, bounds, errors,
wire forms and their AppTest wrappers (driven as Streamlit's app-testing
cheat sheet drives them)."""

from __future__ import annotations

import datetime

import pytest

from stc.testing import AppTest
from stc_runtime.protocol import WidgetChange

D = datetime.date


T = datetime.time


def _app_test(source: str) -> AppTest:
    return AppTest.from_string(source).run()


# --- Streamlit's app-testing cheat sheet -------------------------------------


def test_cheat_sheet_text_and_time_widgets():
    at = _app_test("""
        import datetime
        import streamlit as st
        st.color_picker("Pick", "#FFFFFF")
        st.date_input("Birthday", datetime.date(2019, 7, 6))
        st.text_area("Text", "Hello, world!")
        st.time_input("Alarm", datetime.time(8, 45))
    """)
    assert at.color_picker[0].value == "#FFFFFF"  # the app's spelling is kept
    at.color_picker[0].pick("#000000").run()
    assert at.color_picker[0].value == "#000000"
    assert at.date_input[0].value == D(2019, 7, 6)
    at.date_input[0].set_value(D(2022, 12, 21)).run()
    assert at.date_input[0].value == D(2022, 12, 21)
    assert at.text_area[0].value == "Hello, world!"
    at.text_area[0].set_value("Hello, yourself!").run()
    assert at.text_area[0].value == "Hello, yourself!"
    assert at.time_input[0].value == T(8, 45)
    at.time_input[0].set_value(T(12, 30))
    assert at.time_input[0].value == T(12, 30)  # pending, before the run
    at.run()
    assert at.time_input[0].value == T(12, 30)


# --- text_area -------------------------------------------------------------------


def test_text_area_value_and_wire_form(app):
    a = app("""
        import streamlit as st
        v = st.text_area("Notes", "two\\nlines", height=120, max_chars=20, placeholder="Write here")
        st.write(repr(v))
    """).run()
    w = a.widget("text_area", "Notes")
    assert (w["value"], w["height"], w["max_chars"], w["placeholder"]) == ("two\nlines", 120, 20, "Write here")
    assert a.markdown() == ["'two\\nlines'"]
    a.set("text_area", "Notes", "other")
    assert a.markdown() == ["'other'"]
    assert a.value("text_area", "Notes") == "other"


def test_text_area_none_until_typed(app):
    a = app("""
        import streamlit as st
        st.write(repr(st.text_area("Notes", value=None)))
    """).run()
    assert a.markdown() == ["None"]
    a.set("text_area", "Notes", "typed")
    assert a.markdown() == ["'typed'"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.text_area("T", height=40)', "must be at least 68 pixels"),
        ('st.text_area("T", "too long", max_chars=3)', "longer than max_chars"),
    ],
)
def test_text_area_refuses_bad_arguments(app, call, message):
    a = app(f"import streamlit as st\n{call}\n").run()
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitAPIException" and message in exc["message"]


def test_text_area_input_respects_max_chars():
    at = _app_test('import streamlit as st\nst.text_area("T", "ab", max_chars=3)')
    at.text_area[0].input("abcd").run()
    assert at.text_area[0].value == "ab"
    at.text_area[0].input("abc").run()
    assert at.text_area[0].value == "abc"


# --- date_input -------------------------------------------------------------------


def test_date_input_bounds_default_to_ten_years_around_the_value(app):
    a = app("""
        import datetime, streamlit as st
        st.date_input("Leap", datetime.date(2020, 2, 29))
        st.date_input("Range", (datetime.date(2020, 1, 1), datetime.date(2021, 6, 30)))
    """).run()
    leap = a.widget("date_input", "Leap")
    assert (leap["min"], leap["max"], leap["value"], leap["is_range"]) == ("2010-02-28", "2030-02-28", ["2020-02-29"], False)
    rng = a.widget("date_input", "Range")
    assert (rng["min"], rng["max"], rng["value"], rng["is_range"]) == ("2010-01-01", "2031-06-30", ["2020-01-01", "2021-06-30"], True)


def test_date_input_today_and_none(app):
    a = app("""
        import datetime, streamlit as st
        st.write(repr(st.date_input("Default")))
        st.write(repr(st.date_input("Today", "today")))
        st.write(repr(st.date_input("Empty", None)))
        st.write(repr(st.date_input("Clamped", min_value=datetime.date(1990, 1, 1), max_value=datetime.date(1990, 12, 31))))
    """).run()
    today = datetime.date.today()
    assert a.markdown() == [repr(today), repr(today), "None", repr(D(1990, 12, 31))]
    month_ago = today - datetime.timedelta(days=30)  # within today +- 10 years
    a.set("date_input", "Empty", [month_ago.isoformat()])
    assert a.markdown()[2] == repr(month_ago)
    a.set("date_input", "Empty", [])
    assert a.markdown()[2] == "None"


def test_date_input_ranges_return_tuples_of_what_was_picked(app):
    a = app("""
        import datetime, streamlit as st
        st.write(repr(st.date_input("Trip", [datetime.datetime(2024, 1, 1, 9, 30), datetime.date(2024, 1, 7)])))
    """).run()
    assert a.markdown() == [repr((D(2024, 1, 1), D(2024, 1, 7)))]
    a.set("date_input", "Trip", ["2024-03-01"])  # only the start picked so far
    assert a.markdown() == [repr((D(2024, 3, 1),))]
    a.set("date_input", "Trip", ["2024-03-09", "2024-03-02"])
    assert a.markdown() == [repr((D(2024, 3, 2), D(2024, 3, 9)))]
    a.set("date_input", "Trip", [])
    assert a.markdown() == ["()"]


def test_date_input_values_from_the_page_stay_within_bounds(app):
    a = app("""
        import datetime, streamlit as st
        st.write(repr(st.date_input("D", datetime.date(2020, 5, 5), datetime.date(2020, 1, 1), datetime.date(2020, 12, 31))))
    """).run()
    a.set("date_input", "D", ["2030-01-01"])
    assert a.markdown() == [repr(D(2020, 12, 31))]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.date_input("D", datetime.date(2020, 1, 1), format="YYYY MM DD")', "format"),
        ('st.date_input("D", datetime.date(2020, 1, 1), min_value=datetime.date(2021, 1, 1))', "must lie between"),
        ('st.date_input("D", None, min_value=datetime.date(2021, 1, 1), max_value=datetime.date(2020, 1, 1))', "shouldn't be larger"),
        ('st.date_input("D", "yesterday")', "DateInput value"),
        ('st.date_input("D", [datetime.date(2020, 1, 1)] * 3)', "0 - 2"),
    ],
)
def test_date_input_refuses_bad_arguments(app, call, message):
    a = app(f"import datetime, streamlit as st\n{call}\n").run()
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitAPIException" and message in exc["message"]


def test_date_input_keyed_range_from_session_state():
    at = _app_test("""
        import datetime, streamlit as st
        if "trip" not in st.session_state:
            st.session_state.trip = (datetime.date(2024, 6, 1), datetime.date(2024, 6, 3))
        st.write(repr(st.date_input("Trip", key="trip")))
    """)
    assert at.markdown[0].value == repr((D(2024, 6, 1), D(2024, 6, 3)))
    assert at.date_input[0].is_range and at.date_input[0].min == D(2014, 6, 1)
    at.date_input(key="trip").set_value([D(2024, 6, 2), datetime.datetime(2024, 6, 5, 8)]).run()
    assert at.session_state.trip == (D(2024, 6, 2), D(2024, 6, 5))


def test_date_input_identity_ignores_today():
    # The id does not depend on today's date (the widget survives midnight),
    # but it does depend on an explicit value.
    at = _app_test("import streamlit as st\nst.date_input('D')\nst.date_input('E', None)")
    ids = [w.id for w in at.date_input]
    assert len(set(ids)) == 2
    at2 = _app_test("import datetime, streamlit as st\nst.date_input('D', datetime.date(2020, 1, 1))")
    assert at2.date_input[0].id != ids[0]


# --- time_input -------------------------------------------------------------------


def test_time_input_wire_form_step_and_none(app):
    a = app("""
        import datetime, streamlit as st
        st.write(repr(st.time_input("Alarm", datetime.datetime(2020, 1, 1, 8, 45, 30))))
        st.write(repr(st.time_input("Later", None, step=datetime.timedelta(hours=1))))
    """).run()
    alarm, later = a.widget("time_input", "Alarm"), a.widget("time_input", "Later")
    assert (alarm["value"], alarm["step"], later["value"], later["step"]) == ("08:45", 900, None, 3600)
    assert a.markdown() == [repr(T(8, 45)), "None"]
    a.set("time_input", "Later", "23:00")
    assert a.markdown()[1] == repr(T(23, 0))
    a.set("time_input", "Later", None)
    assert a.markdown()[1] == "None"


def test_time_input_now_keeps_its_identity(app):
    a = app("""
        import streamlit as st
        t = st.time_input("Now")
        st.write(type(t).__name__)
    """).run()
    first = a.widget("time_input", "Now")
    now = datetime.datetime.now()
    assert first["value"] in {now.strftime("%H:%M"), (now - datetime.timedelta(minutes=1)).strftime("%H:%M")}
    a.set("time_input", "Now", "06:00")
    a.run()
    assert a.widget("time_input", "Now")["id"] == first["id"]
    assert a.value("time_input", "Now") == "06:00"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.time_input("T", step=30)', "between 60 seconds and 23 hours"),
        ('st.time_input("T", step=1.5)', "`step` can only be"),
        ('st.time_input("T", "noon")', "type of value"),
    ],
)
def test_time_input_refuses_bad_arguments(app, call, message):
    a = app(f"import datetime, streamlit as st\n{call}\n").run()
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitAPIException" and message in exc["message"]


def test_time_input_increment_and_decrement_by_step():
    at = _app_test("import datetime, streamlit as st\nst.time_input('T', datetime.time(23, 30), step=3600)")
    at.time_input[0].increment().run()
    assert at.time_input[0].value == T(0, 30)  # wraps around midnight
    at.time_input[0].decrement().decrement().run()
    assert at.time_input[0].value == T(22, 30)
    at.time_input[0].set_value(datetime.datetime(2020, 1, 1, 7, 5)).run()
    assert at.time_input[0].value == T(7, 5)


# --- sliders over dates and times -------------------------------------------------


def test_date_slider_defaults_and_wire_form(app):
    a = app("""
        import datetime, streamlit as st
        st.write(repr(st.slider("Day", value=datetime.date(2024, 5, 1))))
    """).run()
    w = a.widget("slider", "Day")
    day = 86_400_000_000
    may1 = int(datetime.datetime(2024, 5, 1, tzinfo=datetime.timezone.utc).timestamp()) * 1_000_000
    assert (w["value"], w["min"], w["max"], w["step"]) == (may1, may1 - 14 * day, may1 + 14 * day, day)
    assert (w["format"], w["data_type"], w["is_range"]) == ("YYYY-MM-DD", "date", False)
    a.set("slider", "Day", may1 + 3 * day)
    assert a.markdown() == [repr(D(2024, 5, 4))]
    a.set("slider", "Day", may1 + 99 * day)  # clamped to max
    assert a.markdown() == [repr(D(2024, 5, 15))]


def test_time_range_slider(app):
    a = app("""
        import datetime, streamlit as st
        st.write(repr(st.slider("When", value=(datetime.time(12, 45), datetime.time(11, 30)))))
    """).run()
    w = a.widget("slider", "When")
    assert (w["format"], w["data_type"], w["is_range"], w["step"]) == ("HH:mm", "time", True, 15 * 60 * 1_000_000)
    assert a.markdown() == [repr((T(11, 30), T(12, 45)))]  # put in order
    base = w["min"]  # 00:00
    a.set("slider", "When", [base + 9 * 3_600_000_000, base + 17 * 3_600_000_000])
    assert a.markdown() == [repr((T(9, 0), T(17, 0)))]


def test_datetime_slider_keeps_the_timezone_and_short_spans_step_by_15_minutes(app):
    a = app("""
        import datetime, streamlit as st
        tz = datetime.timezone(datetime.timedelta(hours=2))
        start = datetime.datetime(2024, 1, 1, 9, 0, tzinfo=tz)
        v = st.slider("At", start, start + datetime.timedelta(hours=8), format="MM/DD/YY - hh:mm")
        st.write(repr(v))
    """).run()
    w = a.widget("slider", "At")
    assert (w["step"], w["format"], w["data_type"]) == (15 * 60 * 1_000_000, "MM/DD/YY - hh:mm", "datetime")
    a.set("slider", "At", w["min"] + 60 * 60 * 1_000_000)
    tz = datetime.timezone(datetime.timedelta(hours=2))
    assert a.markdown() == [repr(datetime.datetime(2024, 1, 1, 10, 0, tzinfo=tz))]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.slider("S", datetime.date(2024, 1, 1), datetime.time(9, 0))', "matching types"),
        ('st.slider("S", value=datetime.date(2024, 1, 1), step=1)', "timedelta"),
        ('st.slider("S", datetime.date(2024, 1, 1), datetime.date(2024, 2, 1), datetime.date(2025, 1, 1))', "must lie between"),
        ('st.slider("S", datetime.date(2024, 1, 1), datetime.date(2024, 1, 1))', "less than the `max_value`"),
    ],
)
def test_time_slider_refuses_bad_arguments(app, call, message):
    a = app(f"import datetime, streamlit as st\n{call}\n").run()
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitAPIException" and message in exc["message"]


def test_time_slider_apptest_set_value_and_range():
    at = _app_test("""
        import datetime, streamlit as st
        st.slider("Day", datetime.date(2024, 1, 1), datetime.date(2024, 12, 31), datetime.date(2024, 6, 1))
        st.slider("Hours", value=(datetime.time(9), datetime.time(17)))
    """)
    assert at.slider[0].value == D(2024, 6, 1)
    at.slider[0].set_value(D(2024, 7, 4)).run()
    assert at.slider[0].value == D(2024, 7, 4)
    at.slider[1].set_range(T(8, 15), T(18, 0)).run()
    assert at.slider[1].value == (T(8, 15), T(18, 0))


def test_numeric_slider_says_its_data_type(app):
    a = app("import streamlit as st\nst.slider('I', 0, 10)\nst.slider('F', 0.0, 1.0)\n").run()
    assert [e["data_type"] for e in a.elements("slider")] == ["int", "float"]


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


# --- typed payloads ----------------------------------------------------------------


def test_every_input_reads_back_into_its_payload_class():
    from stc_runtime import payloads
    from stc_runtime.payloads import inputs as typed

    at = _app_test("""
        import datetime
        import streamlit as st
        st.text_input("Name", "Ada", max_chars=10, type="password")
        st.text_area("Notes", height="content")
        st.number_input("N", 0.5, 9.5, step=0.5)
        st.slider("S", value=(2, 8))
        st.slider("When", value=datetime.date(2024, 1, 2))
        st.date_input("Trip", (datetime.date(2024, 1, 2),))
        st.time_input("Alarm", None, step=60)
    """)
    widgets = [at.text_input[0], at.text_area[0], at.number_input[0], at.slider[0], at.slider[1],
               at.date_input[0], at.time_input[0]]
    assert [type(w.payload) for w in widgets] == [
        typed.TextInputElement, typed.TextAreaElement, typed.NumberInputElement, typed.SliderElement,
        typed.SliderElement, typed.DateInputElement, typed.TimeInputElement,
    ]
    for w in widgets:
        assert payloads.from_wire(w.proto).wire() == w.proto
    assert at.text_input[0].payload.input_type == "password"
    assert at.text_area[0].payload.height == "content"
    assert (at.number_input[0].min, at.number_input[0].max, at.number_input[0].step) == (0.5, 9.5, 0.5)
    assert at.slider[0].payload.value == [2, 8] and at.slider[0].payload.is_range
    assert at.slider[1].payload.data_type == "date"
    assert at.date_input[0].is_range and at.date_input[0].payload.value == ["2024-01-02"]
    assert at.time_input[0].payload.value is None and at.time_input[0].step == 60


def test_number_input_steps_within_the_payloads_bounds():
    at = _app_test("import streamlit as st\nst.write(st.number_input('N', 0, 3, 2))")
    at.number_input[0].increment().run()
    assert at.number_input[0].value == 3
    at.number_input[0].increment().run()  # clamped to max
    assert at.number_input[0].value == 3


@pytest.mark.parametrize(
    "element",
    [
        {"kind": "slider", "id": "s", "label": "S", "value": 1, "min": 0, "max": 9, "step": 1, "format": "%d",
         "data_type": "decimal"},
        {"kind": "text_input", "id": "t", "label": "T", "input_type": "email"},
        {"kind": "date_input", "id": "d", "label": "D", "value": "2024-01-02", "min": "2024-01-01",
         "max": "2024-12-31"},
    ],
)
def test_input_payloads_refuse_values_outside_their_types(element):
    from stc_runtime import payloads

    with pytest.raises(payloads.PayloadError):
        payloads.from_wire(element)


def test_input_payloads_carry_no_url_or_html():
    # Labels, help and placeholders are Markdown or plain text: the page
    # renders them itself, so no field needs the URL policy or an HTML sink.
    import dataclasses

    from stc_runtime import payloads

    for cls in payloads.load_all().values():
        if cls.__module__.endswith((".inputs", ".choice")):
            assert not [f.name for f in dataclasses.fields(cls) if f.metadata.get("carries")], cls
