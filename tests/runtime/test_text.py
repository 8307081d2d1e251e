"""st.write and the text elements."""

from __future__ import annotations

import pytest


def test_write_joins_consecutive_strings_into_one_markdown(app):
    a = app("""
        import streamlit as st
        st.write("Hello", "*World*", ":sunglasses:")
    """).run()
    assert a.kinds() == ["markdown"]
    assert a.markdown() == ["Hello *World* :sunglasses:"]


@pytest.mark.parametrize(
    ("args", "body"),
    [
        ("1234", "`1234`"),
        ("'1 + 1 = ', 2", "1 + 1 =  `2`"),
        ("3.5", "`3.5`"),
        ("True", "`True`"),
        ("None", "`None`"),
        ("(1, 2)", "`(1, 2)`"),  # a plain tuple is not JSON
        ("{1, 2}", "`{1, 2}`"),
        ("'has `tick`'", "has `tick`"),
        ("Thing()", "``a `tick` here``"),
        ("datetime.datetime(2020, 1, 10, 10, 30)", "`2020-01-10 10:30:00`"),
        ("datetime.datetime(2020, 1, 10, 10, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))",
         "`2020-01-10 10:30:00-05:00`"),
    ],
)
def test_write_other_objects_as_inline_code(app, args, body):
    a = app(f"""
        import datetime
        import streamlit as st
        class Thing:
            def __str__(self):
                return "a `tick` here"
        st.write({args})
    """).run()
    assert a.kinds() == ["markdown"]
    assert a.markdown() == [body]


def test_write_multiline_object_as_a_code_block(app):
    a = app("""
        import streamlit as st
        class Multi:
            def __str__(self):
                return "line 1\\nline 2"
        st.write(Multi())
    """).run()
    assert a.markdown() == ["```\nline 1\nline 2\n```"]


def test_write_dicts_and_lists_as_json(app):
    a = app("""
        import collections
        import streamlit as st
        st.write("before", {"a": 1, "b": [1, 2]}, "after")
        st.write([1, "two"])
        Point = collections.namedtuple("Point", "x y")
        st.write(Point(1, 2))
    """).run()
    assert a.kinds() == ["markdown", "json", "markdown", "json", "json"]
    import json

    bodies = [json.loads(e["body"]) for e in a.elements("json")]
    assert bodies == [{"a": 1, "b": [1, 2]}, [1, "two"], {"x": 1, "y": 2}]
    assert a.markdown() == ["before", "after"]


def test_write_dataframe_as_dataframe_element(app):
    a = app("""
        import pandas as pd
        import streamlit as st
        st.write("Below is a DataFrame:", pd.DataFrame({"x": [1, 2]}), "Above is a dataframe.")
    """).run()
    assert a.kinds() == ["markdown", "dataframe", "markdown"]
    (df,) = a.elements("dataframe")
    from stc_runtime.elements.data import decode_table

    shown = next(d for d in a.last.deltas if d.element["kind"] == "dataframe")
    assert decode_table(df, shown.buffers).to_dict(orient="list") == {"x": [1, 2]}


def test_write_series_and_exception(app):
    a = app("""
        import pandas as pd
        import streamlit as st
        st.write(pd.Series([1, 2], name="s"))
        st.write(ValueError("shown, not raised"))
    """).run()
    assert a.kinds() == ["dataframe", "exception"]
    assert a.status == "complete"
    assert a.exceptions()[0]["message"] == "shown, not raised"


def test_write_passes_unsafe_allow_html(app):
    a = app("""
        import streamlit as st
        st.write("<b>hi</b>", unsafe_allow_html=True)
        st.write("<b>hi</b>")
    """).run()
    assert [e["unsafe_allow_html"] for e in a.elements("markdown")] == [True, False]


def test_markdown_keeps_unsafe_allow_html_flag(app):
    a = app("""
        import streamlit as st
        st.markdown("<i>x</i>", unsafe_allow_html=True)
        st.markdown("**y**")
        st.caption("small", help="tip")
    """).run()
    md, plain, caption = a.elements("markdown")
    assert (md["body"], md["unsafe_allow_html"]) == ("<i>x</i>", True)
    assert (plain["body"], plain["unsafe_allow_html"], plain["variant"]) == ("**y**", False, "body")
    assert (caption["variant"], caption["help"]) == ("caption", "tip")


def test_text_bodies_are_dedented_and_stripped(app):
    # Triple-quoted Markdown indented with the code must not become a code
    # block (Streamlit dedents and strips every text body).
    a = app('''
        import streamlit as st
        def page():
            st.markdown("""
                # Title

                Some *text*.
            """)
            st.text("""
                fixed
                  width
            """)
            st.header("  Spaced  ")
        page()
    ''').run()
    assert a.markdown() == ["# Title\n\nSome *text*."]
    assert a.elements("text")[0]["body"] == "fixed\n  width"
    assert a.headings() == ["Spaced"]


def test_headings_and_other_text_elements(app):
    a = app("""
        import streamlit as st
        st.title("T", anchor="top")
        st.header("H", divider="blue")
        st.subheader("S", help="h")
        st.text("plain")
        st.code("x = 1")
        st.code("SELECT 1", language="sql", line_numbers=True)
        st.divider()
        st.json('{"a": [1, 2]}', expanded=False)
    """).run()
    assert a.kinds() == ["heading", "heading", "heading", "text", "code", "code", "divider", "json"]
    t, h, s = a.elements("heading")
    assert (t["level"], t["anchor"], h["level"], h["divider"], s["level"], s["help"]) == (1, "top", 2, "blue", 3, "h")
    py, sql = a.elements("code")
    assert (py["body"], py["language"], sql["language"], sql["line_numbers"]) == ("x = 1", "python", "sql", True)
    j = a.elements("json")[0]
    import json

    assert json.loads(j["body"]) == {"a": [1, 2]} and j["expanded"] is False


def test_code_keeps_indentation(app):
    a = app('''
        import streamlit as st
        st.code("""
        def f():
            return 1
        """)
    ''').run()
    assert a.elements("code")[0]["body"] == "def f():\n    return 1"


def test_set_page_config(app):
    a = app("""
        import streamlit as st
        st.set_page_config(page_title="My app", page_icon="🎈", layout="wide")
        st.write("x")
    """).run()
    configs = [d for d in a.last.deltas if d.element["kind"] == "page_config"]
    assert len(configs) == 1
    assert configs[0].element["title"] == "My app" and configs[0].element["layout"] == "wide"
    assert a.markdown() == ["x"]


def test_set_page_config_refuses_unknown_layout(app):
    a = app("""
        import streamlit as st
        st.set_page_config(layout="huge")
    """).run()
    assert a.exceptions()[0]["type"] == "StreamlitAPIException"


def test_unknown_st_attribute_is_an_attribute_error(app):
    a = app("""
        import streamlit as st
        st.sidebar.no_such_element("x")
    """).run()
    assert a.exceptions()[0]["type"] == "AttributeError"
