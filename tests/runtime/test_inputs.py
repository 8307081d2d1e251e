"""Text and time widgets (text_area, date_input, time_input, color_picker,
chat_input), st.write_stream and date/time sliders: values, defaults, errors,
wire forms, and their AppTest wrappers (the seed's cheat sheet)."""

from __future__ import annotations

import datetime

import pytest

from stc.testing import AppTest

D = datetime.date
T = datetime.time


def _app_test(source: str) -> AppTest:
    return AppTest.from_string(source).run()


# --- the seed's cheat sheet ---------------------------------------------------


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


def test_cheat_sheet_chat_input_and_chat_message():
    at = _app_test("""
        import streamlit as st
        if prompt := st.chat_input("Say something"):
            with st.chat_message("user"):
                st.markdown(prompt)
    """)
    assert at.chat_input[0].value is None
    at.chat_input[0].set_value("Do you know any jokes?").run()
    assert at.chat_message[0].markdown[0].value == "Do you know any jokes?"
    assert at.chat_message[0].avatar == "user"
    at.run()  # chat_input value clears after every re-run
    assert at.chat_input[0].value is None
    assert len(at.chat_message) == 0


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


@pytest.mark.parametrize(("value", "message"), [("'red'", "not a valid hex code"), ("123", "invalid type")])
def test_color_picker_refuses_non_hex(app, value, message):
    a = app(f"import streamlit as st\nst.color_picker('C', {value})\n").run()
    (exc,) = a.exceptions()
    assert message in exc["message"]


def test_color_picker_pick_adds_the_hash():
    at = _app_test("import streamlit as st\nst.write(st.color_picker('C', '#FFFFFF'))")
    at.color_picker[0].pick("00FF00").run()
    assert at.markdown[0].value == "#00FF00"


# --- chat_input -------------------------------------------------------------------


CHAT_APP = """
    import streamlit as st
    st.session_state.setdefault("log", [])
    def sent():
        st.session_state.log.append(st.session_state.chat)
    prompt = st.chat_input("Say something", key="chat", max_chars=50, on_submit=sent)
    st.write(f"prompt={prompt!r} state={st.session_state.chat!r} log={st.session_state.log}")
"""


def test_chat_input_returns_a_message_only_in_the_run_it_caused(app):
    a = app(CHAT_APP).run()
    w = a.widget("chat_input")
    assert (w["placeholder"], w["max_chars"], w["position"], w["value"]) == ("Say something", 50, "bottom", None)
    assert a.markdown() == ["prompt=None state=None log=[]"]
    a.set("chat_input", None, "hi")
    assert a.markdown() == ["prompt='hi' state='hi' log=['hi']"]
    a.run()
    assert a.markdown() == ["prompt=None state=None log=['hi']"]
    # The same message twice in a row is two submissions.
    a.set("chat_input", None, "again")
    a.set("chat_input", None, "again")
    assert a.markdown() == ["prompt='again' state='again' log=['hi', 'again', 'again']"]


def test_chat_input_apptest_value_clears_after_the_run():
    at = AppTest.from_string(CHAT_APP).run()
    at.chat_input[0].set_value("Do you know any jokes?").run()
    assert at.chat_input[0].value == "Do you know any jokes?"
    assert at.session_state.chat == "Do you know any jokes?"
    at.run()
    assert at.chat_input[0].value is None
    assert at.markdown[0].value == "prompt=None state=None log=['Do you know any jokes?']"


def test_chat_input_is_pinned_only_in_the_main_area(app):
    a = app("""
        import streamlit as st
        st.chat_input("main")
        st.write("after")
        st.sidebar.chat_input("side")
        with st.container():
            st.chat_input("boxed")
        col, _ = st.columns(2)
        col.chat_input("column")
    """).run()
    positions = {e["placeholder"]: e["position"] for e in a.elements("chat_input")}
    assert positions == {"main": "bottom", "side": "inline", "boxed": "inline", "column": "inline"}


def test_chat_input_text_set_through_session_state_goes_into_the_box(app):
    a = app("""
        import streamlit as st
        if st.button("Suggest"):
            st.session_state.chat = "Tell me a joke"
        p = st.chat_input(key="chat")
        st.write(repr(p), repr(st.session_state.chat))
    """).run()
    a.click("Suggest")
    box = a.widget("chat_input")
    assert box["value"] == "Tell me a joke" and box["prefill_run"] is not None
    assert box["placeholder"] == "Your message"
    # Not submitted: the app gets None, and so does session_state.
    assert a.markdown() == ["None None"]
    a.run()
    assert a.widget("chat_input")["value"] is None


def test_chat_input_refuses_file_attachments(app):
    a = app('import streamlit as st\nst.chat_input(accept_file=True)\n').run()
    assert "accept_file" in a.exceptions()[0]["message"]


# --- write_stream -----------------------------------------------------------------


def test_write_stream_grows_one_markdown_element(app):
    a = app("""
        import streamlit as st
        def words():
            yield "Hello"
            yield ""
            yield " streaming"
            yield " world"
        text = st.write_stream(words)
        st.write(repr(text))
    """).run()
    deltas = [d for d in a.last.deltas if d.element["kind"] == "markdown"]
    stream_path = deltas[0].path
    bodies = [d.element["body"] for d in deltas if d.path == stream_path]
    # The cursor shows while more may come; the last write is the whole text.
    assert bodies == ["Hello", "Hello streaming▕", "Hello streaming world▕", "Hello streaming world"]
    assert a.markdown() == ["Hello streaming world", "'Hello streaming world'"]


def test_write_stream_writes_other_objects_and_returns_a_list(app):
    a = app("""
        import streamlit as st
        calls = []
        out = st.write_stream(iter(["a", "b", {"k": 1}, lambda: calls.append(1), "c"]))
        st.text(f"{out!r} calls={calls}")
    """).run()
    # The callable is called, not written; everything else is, in order.
    assert a.kinds() == ["markdown", "json", "markdown", "text"]
    assert a.markdown() == ["ab", "c"]
    assert a.elements("text")[0]["body"] == "['ab', {'k': 1}, 'c'] calls=[1]"


def test_write_stream_reads_openai_style_chunks(app):
    a = app("""
        import streamlit as st
        from types import SimpleNamespace as NS
        def chunk(text):
            return NS(choices=[NS(delta=NS(content=text))])
        out = st.write_stream([NS(choices=[]), chunk("Hi"), chunk(None), chunk(" there")])
        st.write(repr(out))
    """).run()
    assert a.markdown() == ["Hi there", "'Hi there'"]


def test_write_stream_async_generator_and_empty_stream(app):
    a = app("""
        import asyncio, streamlit as st
        async def tokens():
            for t in ["as", "ync"]:
                await asyncio.sleep(0)
                yield t
        st.write(repr(st.write_stream(tokens)), repr(st.write_stream(iter([]))))
    """).run()
    assert a.markdown() == ["async", "'async' ''"]


@pytest.mark.parametrize(("arg", "message"), [('"text"', "expects a generator"), ("42", "cannot be iterated")])
def test_write_stream_refuses_non_streams(app, arg, message):
    a = app(f"import streamlit as st\nst.write_stream({arg})\n").run()
    assert message in a.exceptions()[0]["message"]


def test_write_stream_in_apptest_shows_the_final_text():
    at = _app_test("import streamlit as st\nst.write_stream(w for w in ['one ', 'two'])")
    assert [m.value for m in at.markdown] == ["one two"]


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


def test_chat_input_refuses_forms(app):
    a = app("""
        import streamlit as st
        with st.form("f"):
            st.chat_input()
            st.form_submit_button()
    """).run()
    assert "can't be used in a `st.form()`" in a.exceptions()[0]["message"]
