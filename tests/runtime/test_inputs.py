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
    ("call", "error", "message"),
    [
        ('st.text_area("T", height=0)', "StreamlitInvalidHeightError",
         "Invalid height value: 0. Height must be either a positive integer (pixels), 'stretch', or 'content'."),
        ('st.text_area("T", width="content")', "StreamlitInvalidWidthError",
         "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'."),
    ],
)
def test_text_area_refuses_bad_arguments(app, call, error, message):
    a = app(f"import streamlit as st\n{call}\n").run()
    (exc,) = a.exceptions()
    assert (exc["type"], exc["message"]) == (error, message)


def test_text_area_height_is_any_positive_size(app):
    # 1.67 takes any positive pixel height (no minimum of its own).
    a = app('import streamlit as st\nst.text_area("T", height=40)\nst.text_area("U", height="content")').run()
    assert (a.widget("text_area", "T")["height"], a.widget("text_area", "U")["height"]) == (40, "content")


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
    # A date outside the bounds (the page's own field refuses them) gives
    # the default back, as 1.67's deserializer does.
    a.set("date_input", "D", ["2020-06-01"])
    assert a.markdown() == [repr(D(2020, 6, 1))]
    a.set("date_input", "D", ["2030-01-01"])
    assert a.markdown() == [repr(D(2020, 5, 5))]
    a.set("date_input", "D", ["not a date"])
    assert a.markdown() == [repr(D(2020, 5, 5))]


# The errors and their texts are 1.67's (each checked against it).
@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        ('st.date_input("D", datetime.date(2020, 1, 1), format="YYYY MM DD")', "StreamlitValueError",
         "Invalid `format` value. Supported values: 'YYYY/MM/DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY.MM.DD', "
         "'DD.MM.YYYY', 'MM.DD.YYYY', 'YYYY-MM-DD', 'DD-MM-YYYY', 'MM-DD-YYYY'. Provided value: 'YYYY MM DD'."),
        ('st.date_input("D", datetime.date(2020, 1, 1), format=3)', "StreamlitInvalidParameterTypeError",
         "Invalid `format` type. Expected one of: str. Provided type: int."),
        ('st.date_input("D", datetime.date(2020, 1, 1), min_value=datetime.date(2021, 1, 1))', "StreamlitValueBelowMinError",
         "The `value` 2020-01-01 is less than the `min_value` 2021-01-01."),
        ('st.date_input("D", datetime.date(2020, 1, 1), max_value="2019-01-01")', "StreamlitValueAboveMaxError",
         "The `value` 2020-01-01 is greater than the `max_value` 2019-01-01."),
        ('st.date_input("D", None, min_value=datetime.date(2021, 1, 1), max_value=datetime.date(2020, 1, 1))',
         "StreamlitInvalidMinMaxError",
         "The `min_value`, set to 2021-01-01, cannot be greater than the `max_value`, set to 2020-01-01."),
        ('st.date_input("D", "yesterday")', "StreamlitInvalidParameterTypeError",
         'Invalid `value` type. Expected one of: date, datetime, ISO string, "today". Provided type: str.'),
        ('st.date_input("D", [None])', "StreamlitInvalidParameterTypeError",
         'Invalid `value` type. Expected one of: date, datetime, ISO string, "today". Provided type: NoneType.'),
        ('st.date_input("D", [datetime.date(2020, 1, 1)] * 3)', "StreamlitInvalidParameterTypeError",
         "Invalid `value` type. Expected one of: date, datetime, sequence of 0 to 2 date or datetime values. Provided type: list."),
        ('st.date_input("D", None, min_value=3)', "StreamlitInvalidParameterTypeError",
         "Invalid `min_value` type. Expected one of: date, datetime, ISO string, None. Provided type: int."),
        ('st.date_input("D", width=0)', "StreamlitInvalidWidthError",
         "Invalid width value: 0. Width must be either a positive integer (pixels) or 'stretch'."),
    ],
)
def test_date_input_refuses_bad_arguments(app, call, error, message):
    a = app(f"import datetime, streamlit as st\n{call}\n").run()
    (exc,) = a.exceptions()
    assert (exc["type"], exc["message"]) == (error, message)


def test_date_input_takes_iso_strings(app):
    a = app("""
        import datetime, streamlit as st
        st.write(repr(st.date_input("One", "2024-02-03")))
        st.write(repr(st.date_input("Two", ["2024-02-03", datetime.datetime(2024, 3, 1, 5)], min_value="2024-01-01",
                                    max_value="2024-12-31T10:00")))
        st.write(repr(st.date_input("Today", ("today",), min_value="2000-01-01")))
    """).run()
    assert a.markdown() == [repr(D(2024, 2, 3)), repr((D(2024, 2, 3), D(2024, 3, 1))), repr((datetime.date.today(),))]
    two = a.widget("date_input", "Two")
    assert (two["min"], two["max"], two["is_range"]) == ("2024-01-01", "2024-12-31", True)


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
    ("call", "error", "message"),
    [
        ('st.time_input("T", step=0)', "StreamlitValueOutOfRangeError",
         "The `step` parameter, set to 0 seconds, is outside the required range [1 second, 23 hours]."),
        ('st.time_input("T", step=datetime.timedelta(hours=25))', "StreamlitValueOutOfRangeError",
         "The `step` parameter, set to 90000 seconds, is outside the required range [1 second, 23 hours]."),
        ('st.time_input("T", step=1.5)', "StreamlitInvalidParameterTypeError",
         "Invalid `step` type. Expected one of: int, timedelta. Provided type: float."),
        ('st.time_input("T", step=True)', "StreamlitInvalidParameterTypeError",
         "Invalid `step` type. Expected one of: int, timedelta. Provided type: bool."),
        ('st.time_input("T", "noon")', "StreamlitInvalidParameterTypeError",
         "Invalid `value` type. Expected one of: datetime, time, ISO string. Provided type: str."),
        ('st.time_input("T", 3)', "StreamlitInvalidParameterTypeError",
         "Invalid `value` type. Expected one of: datetime, time, ISO string. Provided type: int."),
        ('st.time_input("T", format="am")', "StreamlitValueError",
         "Invalid `format` value. Supported values: '12h', '24h', 'localized'."),
        ('st.time_input("T", width="content")', "StreamlitInvalidWidthError",
         "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'."),
    ],
)
def test_time_input_refuses_bad_arguments(app, call, error, message):
    a = app(f"import datetime, streamlit as st\n{call}\n").run()
    (exc,) = a.exceptions()
    assert (exc["type"], exc["message"]) == (error, message)


def test_time_input_seconds_with_a_step_below_a_minute(app):
    # A step that is not whole minutes keeps seconds (on the wire too);
    # otherwise they are dropped, whatever the value or the page sends.
    a = app("""
        import datetime, streamlit as st
        st.write(repr(st.time_input("Fine", datetime.time(9, 5, 7), step=1)))
        st.write(repr(st.time_input("Coarse", "14:30:15")))
        st.write(repr(st.time_input("Half", "14:30:15", step=30)))
    """).run()
    assert a.markdown() == [repr(T(9, 5, 7)), repr(T(14, 30)), repr(T(14, 30, 15))]
    assert [a.widget("time_input", n)["value"] for n in ("Fine", "Coarse", "Half")] == ["09:05:07", "14:30", "14:30:15"]
    a.set("time_input", "Fine", "10:11:12")
    a.set("time_input", "Coarse", "10:11:12")
    assert a.markdown()[:2] == [repr(T(10, 11, 12)), repr(T(10, 11))]
    a.set("time_input", "Fine", "not a time")
    assert a.markdown()[0] == repr(T(9, 5, 7))


def test_time_input_format_and_clearable_reach_the_page(app):
    a = app("""
        import streamlit as st
        st.time_input("A", "08:00", format="12h")
        st.time_input("B", None, format="localized")
        st.time_input("C", "08:00")
    """).run()
    assert [(a.widget("time_input", n)["format"], a.widget("time_input", n)["clearable"]) for n in "ABC"] == [
        ("12h", False), ("localized", True), ("24h", False)]


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
    a.set("slider", "Day", may1 + 99 * day)  # off the track: the default, as 1.67
    assert a.markdown() == [repr(D(2024, 5, 1))]


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


# Each error and text is 1.67's (checked against it).
@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        ('st.slider("S", value=datetime.date(2024, 1, 1), step=1)', "StreamlitInvalidParameterTypeError",
         "Invalid `value` type. Expected one of: matching numeric types, matching date/time types. "
         "Provided type: min_value=date, max_value=date, step=int."),
        ('st.slider("S", datetime.date(2024, 1, 1), datetime.date(2024, 1, 1))', "StreamlitInvalidMinMaxError",
         "The `min_value` and `max_value` parameters are both set to 2024-01-01 00:00:00. They must not be equal."),
        ('st.slider("S", 5, 5)', "StreamlitInvalidMinMaxError",
         "The `min_value` and `max_value` parameters are both set to 5. They must not be equal."),
        ('st.slider("S", 0, 10.0)', "StreamlitInvalidParameterTypeError",
         "Invalid `value` type. Expected one of: matching numeric types, matching date/time types. "
         "Provided type: min_value=int, max_value=float, step=int."),
        ('st.slider("S", 1, 5, 3.0)', "StreamlitInvalidParameterTypeError",
         "Invalid `value` type. Expected one of: matching numeric types, matching date/time types. "
         "Provided type: min_value=int, max_value=int, step=float."),
        ('st.slider("S", 0, 10, (1, 2, 3))', "StreamlitValueError",
         "Invalid `value` value. Supported values: int, float, date, time, datetime, a list containing up to two "
         "such values, a tuple containing up to two such values."),
        ('st.slider("S", 0, 10, step=0)', "StreamlitValueError", "Invalid `step` value. Supported values: a number. Zero is not allowed."),
        ('st.slider("S", value="x")', "StreamlitInvalidParameterTypeError",
         "Invalid `value` type. Expected one of: int, float, date, time, datetime, list, tuple. Provided type: str."),
        ('st.slider("S", 0, 2**60)', "StreamlitJSNumberBoundsError", "`max_value` (1152921504606846976) must be <= (1 << 53) - 1"),
        ('st.number_input("N", value=2**60)', "StreamlitJSNumberBoundsError", "`value` (1152921504606846976) must be <= (1 << 53) - 1"),
    ],
)
def test_slider_refuses_bad_arguments(app, call, error, message):
    a = app(f"import datetime, streamlit as st\n{call}\n").run()
    (exc,) = a.exceptions()
    assert (exc["type"], exc["message"]) == (error, message)


def test_slider_track_grows_to_hold_its_value(app):
    # 1.67: bounds the wrong way round are swapped, a value off the track
    # widens it, a range given backwards is put in order, an empty one spans
    # the track.
    a = app("""
        import datetime, streamlit as st
        st.write(repr(st.slider("A", 0, 10, 20)))
        st.write(repr(st.slider("B", 10, 0)))
        st.write(repr(st.slider("C", 0, 10, [7, 2])))
        st.write(repr(st.slider("D", 0, 10, [])))
        st.write(repr(st.slider("E", datetime.date(2024, 1, 1), datetime.date(2024, 2, 1), datetime.date(2025, 1, 1))))
    """).run()
    assert a.markdown() == ["20", "10", "(2, 7)", "(0, 10)", "datetime.date(2025, 1, 1)"]
    assert (a.widget("slider", "A")["min"], a.widget("slider", "A")["max"]) == (0, 20)
    assert (a.widget("slider", "B")["min"], a.widget("slider", "B")["max"]) == (0, 10)


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
    assert exc["type"] == "StreamlitMixedNumericTypesError"
    assert exc["message"] == "All numerical arguments must be of the same type.\n`value` has str type.\n`min_value` has int type.\n`max_value` has float type."


def test_number_input_default_outside_bounds_is_refused(app):
    a = app("""
        import streamlit as st
        st.number_input("N", 0, 10, 11)
        st.number_input("M", 0, 10, -1)
        st.number_input("L", 10, 1, None)
    """).run()
    assert [(e["type"], e["message"]) for e in a.exceptions()] == [
        ("StreamlitValueAboveMaxError", "The `value` 11 is greater than the `max_value` 10.")]
    for call, error, message in [
        ('st.number_input("M", 0, 10, -1)', "StreamlitValueBelowMinError", "The `value` -1 is less than the `min_value` 0."),
        ('st.number_input("L", 10, 1, None)', "StreamlitInvalidMinMaxError",
         "The `min_value`, set to 10, cannot be greater than the `max_value`, set to 1."),
    ]:
        (exc,) = app(f"import streamlit as st\n{call}\n").run().exceptions()
        assert (exc["type"], exc["message"]) == (error, message)


def test_number_input_values_from_the_page_are_typed_and_bounded(app):
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
    # Outside the bounds (the page's field never sends one): the default,
    # as 1.67's deserializer gives.
    a.run(WidgetChange(id=i_id, value=99), WidgetChange(id=f_id, value=-3))
    assert a.markdown() == ["0 0.5"]


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
    a.set("slider", "S", 4)  # off the track: the default, as 1.67
    assert a.markdown() == ["0.5"]


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


def test_slider_refuses_a_session_state_value_off_its_track():
    at = _app_test("""
        import streamlit as st
        st.session_state.s = 11
        st.slider("S", 0, 10, key="s")
    """)
    assert at.exception[0].value == "The `value` 11 is greater than the `max_value` 10."


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


def test_text_input_refuses_a_bad_type_and_cuts_a_long_default(app):
    a = app("""
        import streamlit as st
        st.text_input("A", type="secret")
    """).run()
    assert (a.exceptions()[0]["type"], a.exceptions()[0]["message"]) == (
        "StreamlitValueError", "Invalid `type` value. Supported values: 'default', 'password', 'email', 'url', 'phone', 'search'.")
    # A default longer than max_chars is cut to it, as 1.67 does.
    a.write_script("""
        import streamlit as st
        st.write(repr(st.text_input("A", "too long", max_chars=3)), repr(st.text_area("B", "abcd", max_chars=2)))
    """)
    a.run()
    assert not a.exceptions() and a.markdown() == ["'too' 'ab'"]


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
        {"kind": "text_input", "id": "t", "label": "T", "input_type": "telephone"},
        {"kind": "time_input", "id": "t", "label": "T", "format": "12"},
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


# --- 1.67's parameters: type smart defaults, icon, validate, live, required, width --------


def test_text_input_types_bring_their_defaults(app):
    # Each specialised type fills icon, placeholder, validate and
    # autocomplete while the app leaves them None; "" turns one off.
    a = app("""
        import streamlit as st
        st.text_input("E", type="email")
        st.text_input("U", type="url")
        st.text_input("P", type="phone")
        st.text_input("S", type="search")
        st.text_input("W", type="password")
        st.text_input("D")
        st.text_input("Off", type="email", icon="", placeholder="", validate="", autocomplete="")
        st.text_input("Own", type="email", icon="🔥", placeholder="me@x.org", validate=("^a", "Starts with a."), autocomplete="username")
    """).run()
    fields = ("input_type", "icon", "placeholder", "validate_regex", "validate_message", "autocomplete")
    got = {n: tuple(a.widget("text_input", n).get(f) for f in fields) for n in ("E", "U", "P", "S", "W", "D", "Off", "Own")}
    assert got == {
        "E": ("email", ":material/mail:", "you@example.com", r"^[^\s@]+@[^\s@]+\.[^\s@]+$", "Enter a valid email address.", "email"),
        "U": ("url", ":material/link:", "https://example.com", r"^([Hh][Tt][Tt][Pp][Ss]?://)?[^\s/.]+\.[^\s]+$", "Enter a valid URL.", "url"),
        "P": ("phone", ":material/call:", "+1 234 567 8900", None, None, "tel"),
        "S": ("search", ":material/search:", "Search", None, None, "off"),
        "W": ("password", None, None, None, None, "new-password"),
        "D": ("default", None, None, None, None, ""),
        "Off": ("email", None, "", None, None, ""),
        "Own": ("email", "🔥", "me@x.org", "^a", "Starts with a.", "username"),
    }


def test_text_input_icon_validate_live_required_width_reach_the_payload(app):
    a = app("""
        import streamlit as st
        st.text_input("A", icon=":material/search:", validate=r"^\\d+$", live=True, required=True, width=300)
        st.text_input("B", icon="spinner", live="0.5s")
        st.text_input("C", live="0ms")
        st.text_input("D", live="1m")
        st.text_input("E", live="0")
    """).run()
    wa = a.widget("text_input", "A")
    assert (wa["icon"], wa["validate_regex"], wa["validate_message"], wa["live_debounce_ms"], wa["required"], wa["width"]) == (
        ":material/search:", r"^\d+$", None, 250, True, 300)
    assert [a.widget("text_input", n)["live_debounce_ms"] for n in "BCDE"] == [500, 0, 60_000, 0]
    assert a.widget("text_input", "B")["icon"] == "spinner"
    wc = a.widget("text_input", "C")
    assert (wc["required"], wc["width"], wc.get("icon"), wc.get("validate_regex")) == (False, "stretch", None, None)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        ('st.text_input("T", live=300)', "StreamlitInvalidParameterTypeError",
         "Invalid `live` type. Expected one of: bool, str. Provided type: int. A number or `datetime.timedelta` is not "
         "accepted. Use `True` for a 250ms pause, or a duration string like `'300ms'` or `'0.5s'`. `live=300` is not "
         "milliseconds (and `live=0.3` is not seconds); duration units must be explicit."),
        ('st.text_input("T", live=[1])', "StreamlitInvalidParameterTypeError",
         "Invalid `live` type. Expected one of: bool, str. Provided type: list."),
        ('st.text_input("T", live="2m")', "StreamlitValueOutOfRangeError",
         "The `live` parameter, set to 2m, is outside the required range [0ms, 1m]. Use `True` for the 250ms default, "
         "`'0ms'` to commit on every change, or a duration string up to `'1m'`."),
        ('st.text_input("T", validate=("a",))', "StreamlitValueError",
         "Invalid `validate` value. Supported values: a regex string, a (regex, message) tuple of strings."),
        ('st.text_input("T", validate=3)', "StreamlitInvalidParameterTypeError",
         "Invalid `validate` type. Expected one of: None, str, tuple. Provided type: int."),
        ('st.text_input("T", icon="x")', "StreamlitAPIException",
         'The value "x" is not a valid icon. Please use a single emoji or a Material icon shortcode like `:material\u200b/thumb_up:`.'),
        ('st.text_input("T", width="content")', "StreamlitInvalidWidthError",
         "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'."),
        ('st.number_input("N", icon=":rocket:")', "StreamlitAPIException",
         'The value ":rocket:" is not a valid icon. Emoji shortcodes are not supported. Please use a single emoji or a '
         'Material icon shortcode like `:material\u200b/thumb_up:`.'),
        ('st.slider("S", width=0)', "StreamlitInvalidWidthError",
         "Invalid width value: 0. Width must be either a positive integer (pixels) or 'stretch'."),
    ],
)
def test_new_parameters_refuse_bad_values_as_1_67(app, call, error, message):
    a = app(f"import streamlit as st\n{call}\n").run()
    (exc,) = a.exceptions()
    assert (exc["type"], exc["message"]) == (error, message)


def test_number_slider_area_date_time_carry_required_icon_width(app):
    a = app("""
        import datetime, streamlit as st
        st.number_input("N", value=None, icon="💰", required=True, width=200)
        st.slider("S", width=150)
        st.slider("Day", value=datetime.date(2024, 5, 1), width=250)
        st.text_area("A", required=True, width=400)
        st.date_input("D", None, required=True, width=220)
        st.time_input("T", None, required=True, width=120)
    """).run()
    n = a.widget("number_input", "N")
    assert (n["icon"], n["required"], n["width"], n["value"]) == ("💰", True, 200, None)
    assert (a.widget("slider", "S")["width"], a.widget("slider", "Day")["width"]) == (150, 250)
    assert [(a.widget(k, l)["required"], a.widget(k, l)["width"]) for k, l in
            (("text_area", "A"), ("date_input", "D"), ("time_input", "T"))] == [(True, 400), (True, 220), (True, 120)]
    # Without them: not required, the container's width.
    b = app('import streamlit as st\nst.number_input("N")\nst.text_area("A")').run()
    assert [(b.widget(k, l)["required"], b.widget(k, l)["width"], b.widget(k, l).get("icon")) for k, l in
            (("number_input", "N"), ("text_area", "A"))] == [(False, "stretch", None), (False, "stretch", None)]


def test_required_does_not_change_the_default_or_the_value():
    # required is a check in the page: the widget still returns its default
    # (None with value=None) and takes what the app sets.
    at = _app_test("""
        import streamlit as st
        st.write(repr(st.text_input("T", required=True)))
        st.write(repr(st.number_input("N", 1, 9, required=True)))
        st.write(repr(st.date_input("D", None, required=True)))
        st.write(repr(st.time_input("Tm", None, required=True)))
    """)
    assert [m.value for m in at.markdown] == ["''", "1", "None", "None"]
    at.text_input[0].input("hi").run()
    assert at.markdown[0].value == "'hi'"


def test_text_values_are_cut_to_max_chars():
    # What reaches the app is never longer than max_chars, as 1.67's
    # deserializer ensures whatever the page (or a URL) sends.
    at = _app_test('import streamlit as st\nst.write(repr(st.text_input("T", max_chars=3)))\nst.write(repr(st.text_area("A", max_chars=2)))')
    at.text_input[0].set_value("abcdef")
    at.text_area[0].set_value("xyz")
    at.run()
    assert [m.value for m in at.markdown] == ["'abc'", "'xy'"]


def test_identity_follows_the_new_parameters(app):
    # Like 1.67 (for widgets without a key), changing icon, validate, live,
    # required or width makes another widget.
    base = 'st.text_input("T"{})'
    ids = set()
    for extra in ("", ', icon="🔥"', ', validate="^a"', ", live=True", ", required=True", ", width=100"):
        ids.add(app(f"import streamlit as st\n{base.format(extra)}\n").run().widget("text_input", "T")["id"])
    assert len(ids) == 6


# --- on_change modes, bind="query-params", persist_state (the widget core's, per widget) ----

BOUND_INPUTS = """
import datetime, streamlit as st
st.write(repr(st.text_input("T", key="t", bind="query-params", max_chars=3)))
st.write(repr(st.text_area("A", key="a", bind="query-params")))
st.write(repr(st.number_input("N", 0, 10, key="n", bind="query-params")))
st.write(repr(st.number_input("F", value=None, key="f", bind="query-params")))
st.write(repr(st.slider("S", 0, 100, (10, 20), key="s", bind="query-params")))
st.write(repr(st.date_input("D", datetime.date(2024, 1, 1), key="d", bind="query-params",
                            min_value=datetime.date(2023, 1, 1), max_value=datetime.date(2025, 1, 1))))
st.write(repr(st.date_input("R", [], key="r", bind="query-params")))
st.write(repr(st.time_input("Tm", datetime.time(8, 0), key="tm", bind="query-params")))
st.write(repr(st.time_input("Ts", None, key="ts", bind="query-params", step=30)))
"""
DEFAULTS = ["''", "''", "0", "None", "(10, 20)", "datetime.date(2024, 1, 1)", "()", "datetime.time(8, 0)", "None"]


def _bound(params: dict) -> AppTest:
    at = AppTest.from_string(BOUND_INPUTS)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def test_bound_inputs_start_from_the_url():
    # Each expectation is what 1.67 shows for the same URL (checked against
    # it): text cut to max_chars, numbers, ranges as repeated keys, ISO dates
    # and times (seconds only with a step that has them).
    at = _bound({"t": "abcdef", "a": "hello", "n": "7", "f": "2.5", "s": ["30", "40"], "d": "2024-06-01",
                 "r": ["2024-01-02", "2024-01-05"], "tm": "09:30", "ts": "10:00:30"})
    assert [m.value for m in at.markdown] == [
        "'abc'", "'hello'", "7", "2.5", "(30, 40)", "datetime.date(2024, 6, 1)",
        "(datetime.date(2024, 1, 2), datetime.date(2024, 1, 5))", "datetime.time(9, 30)", "datetime.time(10, 0, 30)"]


def test_url_values_an_input_cannot_take_give_its_default():
    # Outside the bounds, unreadable, or seconds a minute step drops: as 1.67.
    at = _bound({"n": "70", "d": "2030-01-01", "tm": "09:30:20", "f": "", "ts": "", "t": ""})
    assert [m.value for m in at.markdown] == DEFAULTS[:7] + ["datetime.time(9, 30)", "None"]
    assert sorted(at.query_params) == ["tm"]
    at = _bound({"n": "x", "s": ["5"], "d": "junk", "tm": "25:00"})
    assert [m.value for m in at.markdown] == DEFAULTS
    assert not list(at.query_params)


def test_a_password_cannot_be_bound():
    at = AppTest.from_string('import streamlit as st\nst.text_input("P", type="password", key="p", bind="query-params")').run()
    assert at.exception[0].value == (
        "`bind='query-params'` and `type='password'` cannot be used together. Password values must not appear in URLs.")


def test_inputs_take_on_change_ignore_and_persist_state():
    at = AppTest.from_string("""
        import datetime, streamlit as st
        if st.toggle("show", value=True, key="show"):
            st.text_input("T", key="t", on_change="ignore", persist_state="session")
            st.number_input("N", key="n", persist_state="page")
            st.time_input("Tm", datetime.time(8, 0), key="tm", persist_state="session")
            st.date_input("D", datetime.date(2024, 1, 1), key="d")
    """).run()
    assert not at.exception
    at.text_input(key="t").input("kept").run()
    at.number_input(key="n").set_value(3.0).run()
    at.time_input(key="tm").set_value(datetime.time(9, 0)).run()
    at.date_input(key="d").set_value(D(2024, 2, 2)).run()
    at.toggle(key="show").set_value(False).run()
    at.toggle(key="show").set_value(True).run()
    assert (at.text_input(key="t").value, at.number_input(key="n").value, at.time_input(key="tm").value) == ("kept", 3.0, T(9, 0))
    assert at.date_input(key="d").value == D(2024, 1, 1)  # not kept: no persist_state
    at = AppTest.from_string('import streamlit as st\nst.slider("S", on_change="later")').run()
    assert at.exception[0].value == "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."


def test_apptest_shows_the_new_parameters_as_1_67():
    # 1.67's AppTest reads them off the element (checked against it); one
    # difference: without `live` 1.67 shows 0 (protobuf's unset int), here
    # None, as 0 means "send every change".
    at = _app_test("""
        import streamlit as st
        st.text_input("T", type="email", required=True, live=True)
        st.text_input("U", icon="🔥", validate=("^a", "A!"))
        st.number_input("N", icon=":material/add:", required=True)
        st.time_input("X", format="12h", required=True, step=30)
    """)
    t, u = at.text_input
    assert (t.required, t.icon, t.validate_regex, t.validate_message, t.live_debounce_ms, t.placeholder, t.autocomplete) == (
        True, ":material/mail:", r"^[^\s@]+@[^\s@]+\.[^\s@]+$", "Enter a valid email address.", 250, "you@example.com", "email")
    assert (u.required, u.icon, u.validate_regex, u.validate_message, u.live_debounce_ms) == (False, "🔥", "^a", "A!", None)
    assert (at.number_input[0].required, at.number_input[0].icon) == (True, ":material/add:")
    assert (at.time_input[0].required, at.time_input[0].format, at.time_input[0].step) == (True, "12h", 30)
