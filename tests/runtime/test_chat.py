"""st.chat_input and st.chat_message: a message is returned only in the run
it caused, the input is pinned only in the main area, avatars, and the
AppTest wrappers (driven as Streamlit's app-testing cheat sheet drives
them)."""

from __future__ import annotations

import pytest

from stc.testing import AppTest
from stc_runtime.protocol import WidgetChange


def _app_test(source: str) -> AppTest:
    return AppTest.from_string(source).run()


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


FILES_APP = """
    import streamlit as st
    v = st.chat_input("Ask", accept_file="multiple", file_type=["csv", "image"], max_upload_size=1)
    st.write(repr(v))
    if v:
        st.write(f"text={v.text!r} files={[(f.name, f.read()) for f in v.files]}")
"""


def test_chat_input_attachments_arrive_as_uploaded_files(app):
    from stc_runtime.elements.media import stage_upload

    a = app(FILES_APP).run()
    box = a.widget("chat_input")
    assert (box["accept_file"], box["file_type"], box["max_upload_size_mb"]) == ("multiple", ["image/*", ".csv"], 1)
    one, two = stage_upload(b"a,b", "t.csv", "text/csv"), stage_upload(b"PNG", "p.png", "image/png")
    a.run(WidgetChange(id=box["id"], value={"text": "", "files": [one, two], "audio_file_id": None}))
    assert a.markdown()[1] == "text='' files=[('t.csv', b'a,b'), ('p.png', b'PNG')]"
    a.run()
    assert a.markdown() == ["None"]


def test_chat_input_refuses_an_attachment_of_another_type(app):
    from stc_runtime.elements.media import stage_upload

    a = app(FILES_APP.replace('["csv", "image"]', '"csv"')).run()
    bad = stage_upload(b"x", "notes.txt", "text/plain")
    a.run(WidgetChange(id=a.widget("chat_input")["id"], value={"text": "hi", "files": [bad], "audio_file_id": None}))
    assert a.exceptions()[0]["message"] == "Invalid file extension: `.txt`. Allowed: ['.csv']"


def test_chat_input_refuses_forms(app):
    a = app("""
        import streamlit as st
        with st.form("f"):
            st.chat_input()
            st.form_submit_button()
    """).run()
    assert "can't be used in a `st.form()`" in a.exceptions()[0]["message"]


def errors(a):
    return [f"{e['type']}: {e['message']}" for e in a.exceptions()]


def test_chat_message_avatars(app, tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 16
    (tmp_path / "me.png").write_bytes(png)
    a = app(f"""
        import streamlit as st
        for name in ["user", "assistant", "AI", "human", "Bob", "🦖"]:
            with st.chat_message(name):
                st.write(name)
        st.chat_message("Ann", avatar="🐱").write("cat")
        st.chat_message("Pic", avatar={str(tmp_path / "me.png")!r}).write("file")
        st.chat_message("Url", avatar="https://example.com/a.png").write("url")
        st.chat_message("Bytes", avatar={png!r}).write("bytes")
    """).run()
    messages = [(e["name"], e["avatar_type"], e["avatar"]) for e in a.elements("block")]
    assert messages[:7] == [
        ("user", "icon", "user"), ("assistant", "icon", "assistant"), ("AI", "icon", "ai"), ("human", "icon", "human"),
        ("Bob", "icon", ""), ("🦖", "emoji", "🦖"), ("Ann", "emoji", "🐱"),
    ]
    assert messages[7][1] == "image" and messages[7][2].startswith("data:image/png;base64,")
    assert messages[8] == ("Url", "image", "https://example.com/a.png")
    assert messages[9][2] == messages[7][2]

    at = AppTest.from_file(a.script).run()
    assert at.chat_message[0].markdown[0].value == "user"
    assert at.chat_message[0].avatar == "user" and at.chat_message[0].name == "user"
    assert (at.chat_message[6].name, at.chat_message[6].avatar) == ("Ann", "🐱")


def test_chat_message_refuses_bad_avatars(app):
    a = app("""
        import streamlit as st
        st.chat_message("x", avatar="no/such/file.png")
    """).run()
    assert errors(a) == ["StreamlitAPIException: Failed to load the provided avatar value as an image."]


# --- typed payloads -------------------------------------------------------------


def test_chat_payloads_read_back_as_their_classes(app):
    from stc_runtime.payloads import from_wire
    from stc_runtime.payloads.chat import ChatInputElement, ChatMessageBlock

    a = app("""
        import streamlit as st
        st.chat_message("assistant").write("hi")
        st.chat_message("bob", avatar="https://example.org/bob.png")
        st.chat_input("Ask", max_chars=20)
    """).run()
    blocks = [from_wire(e) for e in a.elements("block")]
    assert blocks == [
        ChatMessageBlock(name="assistant", avatar="assistant", avatar_type="icon"),
        ChatMessageBlock(name="bob", avatar="https://example.org/bob.png", avatar_type="image"),
    ]
    box = from_wire(a.widget("chat_input"))
    assert isinstance(box, ChatInputElement) and (box.placeholder, box.max_chars, box.position) == ("Ask", 20, "bottom")


def test_chat_avatar_is_a_url_field():
    import dataclasses

    from stc_runtime.payloads.chat import ChatMessageBlock

    carries = {f.name: f.metadata.get("carries") for f in dataclasses.fields(ChatMessageBlock)}
    assert carries == {"name": None, "avatar": "url", "avatar_type": None, "width": None}


@pytest.mark.parametrize("name", ["chat_input", "chat_message"])
def test_chat_elements_document_their_parameters(name):
    import inspect

    import streamlit as st

    fn = getattr(st, name)
    doc = inspect.getdoc(fn) or ""
    assert "Parameters:" in doc
    params = [p for p in inspect.signature(fn).parameters if p not in ("self", "dg")]
    assert all(f"{p}:" in doc for p in params), [p for p in params if f"{p}:" not in doc]


# --- st.write_stream(cursor=...), as chat apps stream their answers -------------


def test_write_stream_draws_the_cursor_the_app_asks_for(app):
    # 1.67 appends the cursor (Markdown) to the text from its second piece
    # on, and writes the whole text without it at the end.
    a = app("""
        import streamlit as st
        st.write_stream(iter(["Hi", " there", " you"]), cursor=":material/edit:")
        st.write_stream(iter(["a", "b"]))
    """).run()
    deltas = [d for d in a.last.deltas if d.element["kind"] == "markdown"]
    first, second = deltas[0].path, [d.path for d in deltas if d.path != deltas[0].path][0]
    assert [d.element["body"] for d in deltas if d.path == first] == [
        "Hi", "Hi there:material/edit:", "Hi there you:material/edit:", "Hi there you"]
    assert [d.element["body"] for d in deltas if d.path == second] == ["a", "ab"]
    assert a.markdown() == ["Hi there you", "ab"]


def test_write_stream_refuses_a_string_as_1_67(app):
    a = app("""
        import streamlit as st
        st.write_stream("text")
    """).run()
    assert a.exceptions()[0]["message"] == (
        "Invalid `stream` type. Expected one of: generator, stream-like object. Provided type: str. "
        "Please use `st.write` instead for this data type.")


# --- chat_input: voice messages, submit_mode, sizes (1.67's parameters) ----------

AUDIO_APP = """
    import streamlit as st
    v = st.chat_input("Say", accept_audio=True, audio_sample_rate=8000, max_upload_size=5,
                      submit_mode="disable", height=120, width=400)
    st.write(repr(v))
    if v:
        st.write(f"text={v.text!r} audio={None if v.audio is None else (v.audio.name, v.audio.type, v.audio.read()[:4])}")
        st.write(sorted(v))
"""


def test_chat_input_payload_carries_its_new_parameters(app):
    a = app(AUDIO_APP).run()
    box = a.widget("chat_input")
    assert (box["accept_audio"], box["audio_sample_rate"], box["max_upload_size_mb"], box["submit_mode"],
            box["height"], box["width"]) == (True, 8000, 5, "disable", 120, 400)
    plain = app("import streamlit as st\nst.chat_input()").run().widget("chat_input")
    assert (plain["accept_audio"], plain["audio_sample_rate"], plain["max_upload_size_mb"], plain["submit_mode"],
            plain["height"]) == (False, None, 200, "submit", "content")


def test_a_voice_message_arrives_as_a_wav_uploaded_file(app):
    from stc_runtime.elements.media import stage_upload

    a = app(AUDIO_APP).run()
    wid = a.widget("chat_input")["id"]
    entry = stage_upload(b"RIFF....WAVEfmt ", "audio.wav", "audio/wav")
    a.run(WidgetChange(id=wid, value={"text": "hello", "files": [entry], "audio_file_id": entry["file_id"]}))
    assert a.markdown()[1] == "text='hello' audio=('audio.wav', 'audio/wav', b'RIFF')"
    a.run()  # a trigger: gone in the next run
    assert a.markdown() == ["None"]
    # Text alone: audio is None, the value still a ChatInputValue.
    a.run(WidgetChange(id=wid, value={"text": "typed", "files": [], "audio_file_id": None}))
    assert a.markdown()[:2] == ["ChatInputValue(text='typed', audio=None)", "text='typed' audio=None"]


def test_chat_input_value_as_1_67_reports_it():
    at = AppTest.from_string(AUDIO_APP).run()
    at.chat_input[0].set_value("hi").run()
    assert repr(at.chat_input[0].value) == "ChatInputValue(text='hi', audio=None)"
    assert at.markdown[0].value == "ChatInputValue(text='hi', audio=None)"
    plain = AppTest.from_string("import streamlit as st\nst.write(repr(st.chat_input()))").run()
    plain.chat_input[0].set_value("hi").run()
    assert plain.markdown[0].value == "'hi'"


def test_chat_input_value_without_audio_has_no_audio_attribute():
    from stc_runtime.elements.chat import ChatInputValue

    v = ChatInputValue("x")
    assert dict(v) == {"text": "x"} and repr(v) == "ChatInputValue(text='x')"
    with pytest.raises(AttributeError, match=r"has no attribute 'audio' \(accept_audio=False\)"):
        v.audio
    with pytest.raises(KeyError, match="Invalid key: audio"):
        v["audio"] = None


@pytest.mark.parametrize("call, message", [
    ("st.chat_input(submit_mode='x')", "Invalid `submit_mode` value. Supported values: 'submit', 'disable', 'stop'."),
    ("st.chat_input(max_upload_size=0)", "Invalid `max_upload_size` value. Supported values: a positive integer. "
     "Set it to None to fall back to the `server.maxUploadSize` configuration option."),
    ("st.chat_input(max_upload_size=True)", "Invalid `max_upload_size` value."),
    ("st.chat_input(audio_sample_rate=1234)",
     "Invalid `audio_sample_rate` value. Supported values: 8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, None."),
    ("st.chat_input(height=0)", "Invalid height value: 0. Height must be either a positive integer (pixels), 'stretch', or 'content'."),
    ("st.chat_input(on_submit='rerun')", '`on_submit="rerun"` is not supported on this widget. Pass a callback, or omit `on_submit`.'),
])
def test_chat_input_refuses_what_1_67_refuses(app, call, message):
    a = app("import streamlit as st\n" + call).run()
    assert a.exceptions()[0]["message"] == message or message in a.exceptions()[0]["message"]
