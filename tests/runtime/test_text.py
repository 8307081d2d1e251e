"""Text elements and st.write: headings, markdown (its extensions travel as
written, for the page to render), code, json, echo, help, badge, html,
st.write's dispatch and st.write_stream; also st.set_page_config and an
unknown st attribute."""

from __future__ import annotations

import pytest

from stc.testing import AppTest


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
    assert a.exceptions()[0]["type"] == "StreamlitValueError"  # a StreamlitAPIException, as in 1.67


def test_unknown_st_attribute_is_an_attribute_error(app):
    a = app("""
        import streamlit as st
        st.sidebar.no_such_element("x")
    """).run()
    assert a.exceptions()[0]["type"] == "AttributeError"


def _app_test(source: str) -> AppTest:
    return AppTest.from_string(source).run()


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
    # No cursor unless the app asks for one (1.67's cursor=None); the last
    # write is the whole text (st.write_stream(cursor=...): test_chat.py).
    assert bodies == ["Hello", "Hello streaming", "Hello streaming world"]
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


@pytest.mark.parametrize(("arg", "message"), [('"text"', "Invalid `stream` type. Expected one of: generator"), ("42", "cannot be iterated")])
def test_write_stream_refuses_non_streams(app, arg, message):
    a = app(f"import streamlit as st\nst.write_stream({arg})\n").run()
    assert message in a.exceptions()[0]["message"]


def test_write_stream_in_apptest_shows_the_final_text():
    at = _app_test("import streamlit as st\nst.write_stream(w for w in ['one ', 'two'])")
    assert [m.value for m in at.markdown] == ["one two"]


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


# --- markdown and text -----------------------------------------------------------


def test_markdown_extensions_travel_as_written_for_the_page_to_render():
    at = run(
        """
        import streamlit as st
        st.markdown('''
            :red[red] :blue-background[bg] :rainbow[all] :material/home: :paw_prints: $x^2$
        ''')
        st.markdown("<b>x</b>", unsafe_allow_html=True)
        """
    )
    # Dedented and stripped (Streamlit's clean_text); the page does the rest.
    assert at.markdown[0].value == ":red[red] :blue-background[bg] :rainbow[all] :material/home: :paw_prints: $x^2$"
    assert at.markdown[0].proto["unsafe_allow_html"] is False
    assert at.markdown[1].proto["unsafe_allow_html"] is True


@pytest.mark.parametrize("expanded", [True, False, 2])
def test_json_keeps_expanded(expanded):
    at = run(
        f"""
        import streamlit as st
        st.json({{"a": [1, 2, {{"b": None}}]}}, expanded={expanded!r})
        """
    )
    # 1.67's AppTest reports a depth as expanded; the payload keeps the depth.
    assert (at.json[0].expanded, at.json[0].payload.expanded) == (expanded is not False, expanded)
    assert at.json[0].value == '{"a": [1, 2, {"b": null}]}'


def test_json_rejects_other_expanded_types_and_lists_iterators():
    at = run(
        """
        import streamlit as st
        st.json(map(str, [1, 2]))
        st.json('{"k": 1}')
        st.json({}, expanded="yes")
        """
    )
    assert at.json[0].value == '["1", "2"]'
    assert at.json[1].value == '{"k": 1}'
    assert "of `expanded` is not supported, must be bool or int" in at.exception[0].value


def test_echo_shows_the_code_of_the_with_block_above_by_default():
    at = run(
        """
        import streamlit as st

        def helper():
            with st.echo():
                x = 1 + 1
                if x:
                    st.write("x is", x)
            st.write("after")

        helper()
        """
    )
    kinds = [n.proto["kind"] for n in at.main.walk() if n.proto["kind"] != "empty"]
    assert kinds == ["code", "markdown", "markdown"]
    assert at.code[0].value == 'x = 1 + 1\nif x:\n    st.write("x is", x)'
    assert at.code[0].proto["language"] == "python"
    assert at.markdown.values == ["x is `2`", "after"]


def test_echo_below_and_a_with_header_over_several_lines():
    at = run(
        """
        import streamlit as st
        with st.echo(
            code_location="below",
        ):
            st.text("hi")
        st.text("end")
        """
    )
    assert [n.proto["kind"] for n in at.main.walk()] == ["text", "code", "text"]
    assert at.code[0].value == 'st.text("hi")'


def test_help_of_a_function_shows_name_signature_and_doc():
    at = run(
        '''
        import streamlit as st

        def greet(name: str, times: int = 1) -> str:
            """Say hello.

            More words."""
            return name

        st.help(greet)
        '''
    )
    helped = at.get("help")[0]
    assert helped.name == "greet"
    assert helped.signature == "(name: str, times: int = 1) -> str"
    # 1.67's AppTest summarizes a function by its name; the doc is doc_string.
    assert helped.value == "greet" and helped.doc_string == "Say hello.\n\nMore words."
    assert helped.proto["type"] == "function"


def test_help_of_a_value_names_the_variable_and_lists_members():
    at = run(
        '''
        import streamlit as st

        class Dog:
            """A good dog."""
            legs = 4
            def bark(self):
                """Woof loudly."""

        my_dog = Dog()
        st.help(my_dog)
        '''
    )
    helped = at.get("help")[0]
    assert helped.name == "my_dog"
    assert helped.proto["type"] == "Dog"
    assert helped.proto["value"].startswith("<")
    assert helped.value == "my_dog" and helped.doc_string == "A good dog."  # a repr that says nothing: the name
    members = {m["name"]: m for m in helped.members}
    assert members["legs"]["value"] == "4" and members["legs"]["type"] == "int"
    assert members["bark"]["doc"] == "Woof loudly." and members["bark"]["value"] is None


def test_help_without_argument_describes_streamlit():
    at = run("import streamlit as st\nst.help()\n")
    names = {m["name"] for m in at.get("help")[0].members}
    assert {"write", "markdown", "progress"} <= names


def test_badge_is_markdown_with_the_badge_directive():
    at = run(
        """
        import streamlit as st
        st.badge("New [beta]", icon=":material/star:", color="green")
        st.badge("Plain")
        st.badge("x", color="pink")
        """
    )
    assert at.markdown.values == [":green-badge[:material/star: New \\[beta\\]]", ":blue-badge[Plain]"]
    assert "Invalid color for badge: pink" in at.exception[0].value


def test_html_body_file_css_and_repr_html(tmp_path):
    (tmp_path / "part.html").write_text("<p>from a file</p>")
    (tmp_path / "look.css").write_text("p { color: red }")
    at = AppTest.from_string(
        f"""
        import streamlit as st
        from pathlib import Path
        st.html("<b>bold</b><script>alert(1)</script>")
        st.html({str(tmp_path / "part.html")!r})
        st.html(Path({str(tmp_path / "look.css")!r}))
        class Card:
            def _repr_html_(self):
                return "<i>card</i>"
        st.html(Card())
        st.html("")
        """
    ).run()
    bodies = [e.proto["body"] for e in at.get("html")]
    # Scripts are removed by the page (DOMPurify), where the DOM is.
    assert bodies == ["<b>bold</b><script>alert(1)</script>", "<p>from a file</p>", "<style>p { color: red }</style>", "<i>card</i>"]
    assert "cannot be empty" in at.exception[0].value


# --- typed payloads (payloads/text.py) ----------------------------------------


def test_every_text_kind_a_run_writes_reads_back_into_its_payload_class():
    from stc_runtime import payloads
    from stc_runtime.payloads import text as text_payloads

    at = run(
        """
        import streamlit as st
        st.title("T", anchor="top", help="h")
        st.header("H", divider="blue")
        st.caption("small")
        st.text("pre")
        st.code("x = 1", None, line_numbers=True)
        st.latex("x^2")
        st.divider()
        st.json({"a": [1, 2]}, expanded=1)
        class Box:
            size = 3
        st.help(Box)
        st.html("<b>b</b>")
        st.exception(ValueError("bad"))
        """
    )
    classes = {type(node.payload) for node in at.main.walk() if node.proto.get("kind") != "block"}
    assert classes == {
        text_payloads.HeadingElement, text_payloads.MarkdownElement, text_payloads.TextElement,
        text_payloads.CodeElement, text_payloads.LatexElement, text_payloads.DividerElement,
        text_payloads.JsonElement, text_payloads.HelpElement, text_payloads.HtmlElement,
        text_payloads.ExceptionElement,
    }
    for node in at.main.walk():
        assert payloads.from_wire(node.proto).wire() == node.proto
    heading = at.title[0].payload
    assert (heading.level, heading.anchor, heading.help, heading.divider) == (1, "top", "h", False)
    assert at.header[0].payload.divider == "blue"
    assert at.caption[0].payload.variant == "caption"
    # language=None is plain text: 1.67's AppTest names it "plaintext".
    assert at.code[0].language == "plaintext" and at.code[0].payload.language is None
    assert at.code[0].payload.line_numbers is True
    (member,) = at.get("help")[0].payload.members
    assert (type(member).__name__, member.name, member.value) == ("HelpMember", "size", "3")


def test_only_st_html_body_is_marked_as_html():
    import dataclasses

    from stc_runtime import payloads

    marked = {
        f"{cls.__name__}.{f.name}": f.metadata["carries"]
        for cls in payloads.load_all().values() if cls.__module__.endswith(".text")
        for f in dataclasses.fields(cls) if f.metadata.get("carries")
    }
    assert marked == {"HtmlElement.body": "html"}


def test_a_hand_made_text_element_of_the_wrong_shape_is_refused():
    from stc_runtime import payloads

    with pytest.raises(payloads.PayloadError, match="heading.level"):
        payloads.from_wire({"kind": "heading", "level": 4, "body": "x"})
    with pytest.raises(payloads.PayloadError, match="markdown.variant"):
        payloads.from_wire({"kind": "markdown", "body": "x", "variant": "footnote"})
    with pytest.raises(payloads.PayloadError, match="help.members"):
        payloads.from_wire({"kind": "help", "name": "x", "module": None, "type": "int", "signature": "",
                            "value": "1", "doc": "", "members": [{"name": "a", "type": "int", "value": None,
                                                                  "doc": "", "extra": 1}]})


def test_text_elements_carry_width_alignment_and_wrap_with_1_67_defaults(app):
    a = app("""
        import streamlit as st
        st.text("plain")
        st.markdown("body")
        st.caption("small")
        st.title("Title")
        st.code("x = 1")
        st.latex("x^2")
        st.divider()
        st.text("t", width=300, text_alignment="center", wrap=False)
        st.markdown("m", width="content", text_alignment="justify")
        st.header("h", width="content", text_alignment="right", wrap=False)
        st.code("y", height=120, width="content")
        st.code("z", height=None)
        st.latex("y", width=200)
        st.divider(width=50)
    """).run()
    t1, t2 = a.elements("text")
    assert (t1["width"], t1["text_alignment"], t1["wrap"]) == ("content", "left", True)
    assert (t2["width"], t2["text_alignment"], t2["wrap"]) == (300, "center", False)
    md, cap, md2 = a.elements("markdown")
    assert md["width"] == "auto" and cap["width"] == "stretch"
    assert (md2["width"], md2["text_alignment"]) == ("content", "justify")
    title, header = a.elements("heading")
    assert title["width"] == "stretch" and title["wrap"] is True
    assert (header["width"], header["text_alignment"], header["wrap"]) == ("content", "right", False)
    c1, c2, c3 = a.elements("code")
    assert (c1["height"], c1["width"]) == ("content", "stretch")
    assert (c2["height"], c2["width"]) == (120, "content")
    assert c3["height"] == "content"
    assert [e["width"] for e in a.elements("latex")] == ["stretch", 200]
    assert [e["width"] for e in a.elements("divider")] == ["stretch", 50]


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        ("st.text('x', width=0)", "StreamlitInvalidWidthError", "Invalid width value"),
        ("st.markdown('x', width='wide')", "StreamlitInvalidWidthError", "Invalid width value"),
        ("st.title('x', text_alignment='middle')", "StreamlitValueError", "text_alignment"),
        ("st.caption('x', wrap='yes')", "StreamlitValueError", "wrap"),
        ("st.markdown('<b>x</b>', unsafe_allow_html=True, wrap=False)", "StreamlitIncompatibleParametersError",
         "`wrap=False` and `unsafe_allow_html=True` cannot be used together"),
        ("st.code('x', height='auto')", "StreamlitInvalidHeightError", "Invalid height value"),
        ("st.divider(width='content')", "StreamlitInvalidWidthError", "Invalid width value"),
    ],
)
def test_text_layout_values_are_checked_as_1_67_checks_them(app, call, error, message):
    a = app(f"""
        import streamlit as st
        {call}
    """).run()
    (exc,) = a.exceptions()
    assert exc["type"] == error
    assert message in exc["message"]


def test_heading_icons_are_checked_and_sent_before_the_text(app):
    a = app("""
        import streamlit as st
        st.title("Rocket", icon="🚀")
        st.header("Busy", icon="spinner")
        st.subheader("Thumb", icon=":material/thumb_up:")
        st.title("None", icon="")
        st.header("Bad", icon=":rocket:")
    """).run()
    assert [e["icon"] for e in a.elements("heading")] == ["🚀", "spinner", ":material/thumb_up:", None]
    assert [e["body"] for e in a.elements("heading")][0] == "Rocket"  # the icon is not part of the text
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitAPIException" and "Emoji shortcodes are not supported" in exc["message"]


def test_markdown_anchors_default_on_and_can_be_turned_off(app):
    a = app("""
        import streamlit as st
        st.markdown("# Hello")
        st.markdown("# Quiet", anchors=False)
        st.caption("## Small")
    """).run()
    assert [e["anchors"] for e in a.elements("markdown")] == [True, False, True]


def test_help_and_exception_take_a_width(app):
    a = app("""
        import streamlit as st
        st.help()
        st.help(len, width=400)
        st.exception(ValueError("boom"), 300)
        st.exception(ValueError("wide"))
    """).run()
    default, sized = a.elements("help")
    assert default["type"] == "module"  # the st module, as with 1.67's default
    assert (default["width"], sized["width"], sized["name"]) == ("stretch", 400, "len")
    assert [e["width"] for e in a.exceptions()] == [300, "stretch"]


def test_badge_help_is_the_tooltip_of_its_markdown(app):
    a = app("""
        import streamlit as st
        st.badge("New", help="Added this week")
        st.badge("Plain")
    """).run()
    assert [e["help"] for e in a.elements("markdown")] == ["Added this week", None]
