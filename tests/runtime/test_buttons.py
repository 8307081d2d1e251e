"""st.button, st.download_button and st.link_button: a button is True only
in the run its click caused (Streamlit's documented button behaviour), the
payloads of download and link buttons, and what Streamlit refuses."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from stc_runtime.protocol import WidgetChange
from stc_runtime.testing.v1 import AppTest, AppTestError


def test_button_is_true_only_in_the_run_its_click_caused(app):
    a = app("""
        import streamlit as st
        st.write("clicked" if st.button("Go") else "idle")
        st.checkbox("other")
    """).run()
    assert a.markdown() == ["idle"]
    a.click("Go")
    assert a.markdown() == ["clicked"]
    a.run()
    assert a.markdown() == ["idle"]
    a.click("Go")
    a.set("checkbox", "other", True)  # the visitor's next action
    assert a.markdown() == ["idle"]


def test_keyed_button_is_false_in_session_state_outside_its_click(app):
    a = app("""
        import streamlit as st
        before = st.session_state.get("go", "missing")
        st.button("Go", key="go")
        st.write(f"before={before} after={st.session_state.go}")
    """).run()
    assert a.markdown() == ["before=missing after=False"]
    a.click("Go")
    assert a.markdown() == ["before=True after=True"]
    a.run()
    assert a.markdown() == ["before=False after=False"]


def test_a_click_on_a_button_no_longer_drawn_is_ignored(app):
    a = app("""
        import streamlit as st
        if "n" not in st.session_state:
            st.session_state.n = 0
        def bump():
            st.session_state.n += 1
        if st.session_state.n == 0:
            st.button("Once", on_click=bump)
        st.write(f"n={st.session_state.n}")
    """).run()
    old_id = a.widget("button", "Once")["id"]
    a.click("Once")
    assert a.markdown() == ["n=1"]
    a.run(WidgetChange(id=old_id, value=True))  # a stale page sends it again
    assert a.markdown() == ["n=1"]
    assert a.status == "complete"


# --- download_button --------------------------------------------------------------


DOWNLOADS = """
import io
import streamlit as st

def clicked(what):
    st.markdown(f"callback {what}")

if st.download_button("Text", "héllo\\n", file_name="hello.txt"):
    st.markdown("text clicked")
st.download_button("Bytes", b"\\x00\\xffdata", on_click=clicked, args=("bytes",))
st.download_button("CSV", io.BytesIO(b"a,b\\n1,2\\n"), "data.csv", "text/csv", on_click="ignore")
st.download_button("Made on demand", lambda: "made", file_name="made.txt", type="primary", icon="⬇️")
"""


def test_download_payloads_and_default_mime_types(app):
    a = app(DOWNLOADS).run()
    text = a.widget("download_button", "Text")
    assert (text["data"], text["encoding"], text["mime"], text["file_name"]) == ("héllo\n", "utf-8", "text/plain", "hello.txt")
    binary = a.widget("download_button", "Bytes")
    assert binary["encoding"] == "base64" and base64.b64decode(binary["data"]) == b"\x00\xffdata"
    assert binary["mime"] == "application/octet-stream"
    assert binary["file_name"] == "streamlit_download.bin"  # Streamlit's name for an unnamed download
    csv = a.widget("download_button", "CSV")
    assert (csv["data"], csv["mime"], csv["file_name"], csv["ignore_rerun"]) == ("a,b\n1,2\n", "text/csv", "data.csv", True)
    made = a.widget("download_button", "Made on demand")
    assert (made["data"], made["button_type"], made["icon"], made["ignore_rerun"]) == ("made", "primary", "⬇️", False)


def test_download_click_is_true_only_in_its_run_and_runs_the_callback(app):
    a = app(DOWNLOADS).run()
    a.set("download_button", "Text", True)
    assert a.markdown() == ["text clicked"]
    a.run()
    assert a.markdown() == []
    a.set("download_button", "Bytes", True)
    assert a.markdown() == ["callback bytes"]


def test_download_data_from_files(app, tmp_path: Path):
    (tmp_path / "notes.txt").write_text("from a text file", encoding="utf-8")
    (tmp_path / "raw.bin").write_bytes(b"\x89PNG")
    a = app("""
        import os
        import streamlit as st
        here = os.path.dirname(__file__)
        with open(os.path.join(here, "notes.txt"), encoding="utf-8") as f:
            st.download_button("Text file", f)
        with open(os.path.join(here, "raw.bin"), "rb") as f:
            f.read()  # even when already read, Streamlit rewinds binary files
            st.download_button("Binary file", f, mime="image/png")
    """).run()
    assert a.exceptions() == []
    assert a.widget("download_button", "Text file")["data"] == "from a text file"
    binary = a.widget("download_button", "Binary file")
    assert base64.b64decode(binary["data"]) == b"\x89PNG" and binary["mime"] == "image/png"


def test_download_refuses_what_streamlit_refuses(app):
    a = app("""
        import pandas as pd
        import streamlit as st
        st.download_button("Frame", pd.DataFrame({"a": [1]}))
    """).run()
    [exc] = a.exceptions()
    # (pandas 3 names the class pandas.DataFrame, older ones pandas.core.frame.DataFrame)
    assert exc["message"].startswith("Invalid binary data format: <class 'pandas.")
    assert exc["message"].endswith("DataFrame'>")
    a.write_script("""
        import streamlit as st
        st.download_button("Bad", "x", type="big")
    """)
    a.run()
    assert a.exceptions()[0]["message"].startswith('The type argument to st.download_button must be "primary", "secondary", or "tertiary".')


def test_download_button_cannot_be_set_through_session_state(app):
    a = app("""
        import streamlit as st
        st.session_state.dl = True
        st.download_button("Get", "x", key="dl")
    """).run()
    assert "cannot be set using `st.session_state`" in a.exceptions()[0]["message"]


# --- link_button -------------------------------------------------------------------


def test_link_button_payload(app):
    a = app("""
        import streamlit as st
        st.link_button("Docs", "https://docs.streamlit.io", help="Opens the docs", use_container_width=True)
        st.link_button("Off", "https://example.com", type="tertiary", disabled=True, width=200)
    """).run()
    docs, off = a.elements("link_button")
    assert (docs["label"], docs["url"], docs["help"], docs["button_type"], docs["width"], docs["disabled"]) == (
        "Docs", "https://docs.streamlit.io", "Opens the docs", "secondary", "stretch", False)
    assert (off["button_type"], off["width"], off["disabled"]) == ("tertiary", 200, True)
    assert docs["id"] is None  # on_click="ignore": clicking never reruns


LINK_APP = """
    import streamlit as st
    st.session_state.setdefault("n", 0)
    def inc(k):
        st.session_state.n += k
    r1 = st.link_button("Go", "https://example.com")
    r2 = st.link_button("Go2", "https://example.com", on_click="rerun", key="lb")
    r3 = st.link_button("Go3", "https://example.com", on_click=inc, args=(2,))
    r4 = st.link_button("Go4", "https://example.com", on_click=None)
    st.write(f"{isinstance(r1, bool)} {r2} {r3} {r4} n={st.session_state.n}")
"""


def test_link_button_on_click_makes_it_a_trigger(app):
    # 1.67: "ignore" returns the element's place; "rerun", a callable (and
    # None, which is not "ignore") make it a trigger returning the click.
    a = app(LINK_APP).run()
    assert a.markdown() == ["False False False False n=0"]
    go, go2, go3, go4 = a.elements("link_button")
    assert go["id"] is None and go2["id"].endswith("-lb") and go3["id"] and go4["id"]
    a.run(WidgetChange(id=go3["id"], value=True))
    assert a.markdown() == ["False False True False n=2"]
    a.run()
    assert a.markdown() == ["False False False False n=2"]
    a.run(WidgetChange(id=go2["id"], value=True))
    assert a.markdown() == ["False True False False n=2"]


def test_link_button_in_apptest_as_1_67():
    at = AppTest.from_string(LINK_APP).run()
    assert [(b.value, b.key) for b in at.link_button] == [("Go", None), ("Go2", "lb"), ("Go3", None), ("Go4", None)]
    assert at.session_state["lb"] is False
    with pytest.raises(AppTestError, match=r"click\(\) is not supported for link_button \(key='lb'\). "
                       "AppTest does not open URLs or trigger on_click. Use a Playwright e2e test."):
        at.link_button[1].click()


@pytest.mark.parametrize("script, message", [
    ("st.link_button('a', 'u', on_click='foo')", "Invalid `on_click` value. Supported values: 'rerun', 'ignore', a callback function."),
    ("st.link_button('a', 'u', key='k'); st.button('b', key='k')", "There are multiple"),
    # 1.67 refuses setting it too (its message is the widget core's).
    ("st.session_state.k = True\nst.link_button('a', 'u', key='k', on_click='rerun')", "'k'"),
])
def test_link_button_errors(app, script, message):
    a = app("import streamlit as st\n" + script).run()
    assert message in a.exceptions()[0]["message"]


def test_link_button_type_is_checked(app):
    a = app("""
        import streamlit as st
        st.link_button("Go", "https://example.com", type="loud")
    """).run()
    assert a.exceptions()[0]["message"].startswith('The type argument to st.link_button must be "primary", "secondary", or "tertiary".')


# --- AppTest ------------------------------------------------------------------------


def _apptest(tmp_path: Path, source: str) -> AppTest:
    script = tmp_path / "app.py"
    script.write_text(source, encoding="utf-8")
    return AppTest.from_file(str(script))


def test_apptest_download_and_link_buttons(tmp_path: Path):
    at = _apptest(tmp_path, DOWNLOADS + '\nst.link_button("Home", "https://example.com")\n').run()
    text, binary, csv, made = at.download_button
    assert text.data == "héllo\n".encode() and text.file_name == "hello.txt" and text.mime == "text/plain"
    assert binary.data == b"\x00\xffdata"
    assert made.data == b"made"
    assert text.value is False
    text.click().run()
    assert at.markdown.values == ["text clicked"] and at.download_button[0].value is True
    at.run()
    assert at.markdown.values == [] and at.download_button[0].value is False
    at.download_button[2].click().run()  # on_click="ignore": the app does not hear of it
    assert at.markdown.values == []
    assert at.get("link_button")[0].url == "https://example.com"
    assert at.link_button[0].label == "Home"


# --- layout parameters (icon_position, width, use_container_width, wrap) -----------


def test_button_layout_parameters_reach_the_payload(app):
    a = app("""
        import streamlit as st
        st.button("Plain")
        st.button("Right", icon="😃", icon_position="right", width=120, wrap=False)
        st.button("Old", use_container_width=True)
        st.download_button("Save", "x", icon="📥", icon_position="right", wrap=True)
        st.link_button("Docs", "https://example.com", icon_position="right", wrap=False)
        with st.form("f"):
            st.form_submit_button("Send", icon="✉️", icon_position="right", use_container_width=True, wrap=True)
    """).run()
    plain, right, old = a.elements("button")
    assert (plain["icon_position"], plain["width"], plain["wrap"]) == ("left", "content", None)
    assert (right["icon_position"], right["width"], right["wrap"]) == ("right", 120, False)
    assert old["width"] == "stretch"  # the deprecated flag maps onto width, as in 1.67
    (save,) = a.elements("download_button")
    assert (save["icon_position"], save["wrap"]) == ("right", True)
    (docs,) = a.elements("link_button")
    assert (docs["icon_position"], docs["wrap"]) == ("right", False)
    (send,) = a.elements("form_submit_button")
    assert (send["icon_position"], send["width"], send["wrap"]) == ("right", "stretch", True)


def test_button_layout_values_are_checked_as_in_streamlit(app):
    for call, message in [
        ('st.button("Go", icon_position="top")', "Invalid `icon_position` value. Supported values: 'left', 'right'."),
        ('st.link_button("Go", "https://example.com", icon_position="up")', "Invalid `icon_position` value. Supported values: 'left', 'right'."),
        ('st.button("Go", type="loud")', "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."),
    ]:
        a = app(f"import streamlit as st\n{call}\n").run()
        assert a.exceptions()[0]["message"] == message, call
    a = app('import streamlit as st\nst.button("Go", width="wide")\n').run()
    assert "width" in a.exceptions()[0]["message"]


def test_page_link_icon_position_and_width(app):
    a = app("""
        import streamlit as st
        st.page_link("https://example.com", label="Site", icon="🌎", icon_position="right", width=150)
        st.page_link("https://example.com", label="Wide", use_container_width=True)
        st.sidebar.page_link("https://example.com", label="Side")
    """).run()
    site, wide, side = a.elements("page_link")
    assert (site["icon_position"], site["width"]) == ("right", 150)
    assert (wide["icon_position"], wide["width"]) == ("left", "stretch")
    assert side["width"] == "stretch"  # sidebar page links always fill it, as in 1.67


# --- shortcut -------------------------------------------------------------------------


def test_shortcuts_are_written_in_canonical_form(app):
    a = app("""
        import streamlit as st
        st.button("Go", shortcut="K")
        st.button("Send", shortcut=" Shift + Cmd+Enter ")
        st.download_button("Save", "x", shortcut="Mod+S")
        st.link_button("Docs", "https://example.com", shortcut="alt+arrowup")
        with st.form("f"):
            st.form_submit_button("Submit", shortcut="Control+Return")
    """).run()
    go, send = a.elements("button")
    assert (go["shortcut"], send["shortcut"]) == ("k", "cmd+shift+enter")
    assert a.elements("download_button")[0]["shortcut"] == "ctrl+s"
    assert a.elements("link_button")[0]["shortcut"] == "alt+up"
    assert a.elements("form_submit_button")[0]["shortcut"] == "ctrl+enter"


def test_shortcut_errors_match_streamlit(app):
    for shortcut, message in [
        ('"ctrl+c"', "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers."),
        ('"ctrl+shift"', "The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'."),
        ('"a+b"', "The `shortcut` may only specify a single non-modifier key."),
        ('" + "', "The `shortcut` must contain at least one key or modifier."),
        ('"ctrl+%"', "shortcut must include a single character or one of the supported keys (e.g. Enter, Space, Tab, Escape)."),
        ("5", "Invalid `shortcut` type. Expected one of: str. Provided type: int."),
    ]:
        a = app(f'import streamlit as st\nst.button("Go", shortcut={shortcut})\n').run()
        assert a.exceptions()[0]["message"] == message, shortcut
