"""st.file_uploader's 1.67 parameters max_upload_size, on_change and width
(the rest of the uploader is tested in test_media.py): their checks, their
payload and their effect, compared with what real 1.67 reports for the
same calls."""

from __future__ import annotations

import pytest

from stc_runtime import protocol
from stc_runtime.elements.media import stage_upload
from stc_runtime.testing.v1 import AppTest


def test_max_upload_size_overrides_the_config_option(app):
    a = app("""
        import streamlit as st
        f = st.file_uploader("Small", max_upload_size=1)
        st.file_uploader("Default")
        st.write("none" if f is None else f.name)
    """, files={".streamlit/config.toml": "[server]\nmaxUploadSize = 50\n"}).run()
    small, default = a.elements("file_uploader")
    assert (small["max_upload_size_mb"], default["max_upload_size_mb"]) == (1, 50)
    # The page refuses a larger file before sending it; one sent anyway is
    # refused here too, naming the limit that applies.
    entry = stage_upload(b"a" * 1_200_000, "big.bin", "application/octet-stream")
    a.set("file_uploader", "Small", {"files": [entry]})
    assert a.exceptions()[0]["message"] == (
        "`big.bin` is 1.2MB: files must be 1.0MB or smaller (the uploader's `max_upload_size`).")


def test_a_new_limit_is_a_new_widget(app):
    # 1.67 hashes max_upload_size into the id (its files are invalid under
    # another limit), key or not.
    a = app("""
        import streamlit as st
        st.file_uploader("F", key="f", max_upload_size=st.session_state.get("mb", 5))
    """).run()
    first = a.widget("file_uploader")["id"]
    a.session.state["mb"] = 6
    a.run()
    assert a.widget("file_uploader")["id"] != first


def test_width_reaches_the_page(app):
    a = app("""
        import streamlit as st
        st.file_uploader("A", width=300)
        st.file_uploader("B")
    """).run()
    assert [e["width"] for e in a.elements("file_uploader")] == [300, "stretch"]


def test_on_change_ignore_keeps_the_files_without_a_rerun(app):
    a = app("""
        import streamlit as st
        f = st.file_uploader("Quiet", on_change="ignore", key="q")
        st.write("none" if f is None else f.name)
    """).run()
    box = a.widget("file_uploader")
    assert box["quiet"] is True  # the page sends its changes as StoreChanges
    runs = len(a.runs)
    a.session.store_changes(protocol.StoreChanges(changes=[
        protocol.WidgetChange(id=box["id"], value={"files": [stage_upload(b"x,y\n", "data.csv", "text/csv")]})]))
    assert len(a.runs) == runs  # stored, no run
    a.run()
    assert a.markdown() == ["data.csv"]


def test_on_change_callback_and_none_rerun(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        def changed():
            st.session_state.n += 1
        st.file_uploader("CB", on_change=changed)
        st.file_uploader("None", on_change=None)
        st.write(f"n={st.session_state.n}")
    """).run()
    cb, none = a.elements("file_uploader")
    assert not cb.get("quiet") and not none.get("quiet")
    a.set("file_uploader", "CB", {"files": [stage_upload(b"1", "one.txt", "text/plain")]})
    assert a.markdown() == ["n=1"]


@pytest.mark.parametrize("call, message", [
    ("st.file_uploader('f', max_upload_size=0)", "Invalid `max_upload_size` value. Supported values: a positive integer. "
     "Set it to None to fall back to the `server.maxUploadSize` configuration option."),
    ("st.file_uploader('f', max_upload_size=1.5)", "Invalid `max_upload_size` value. Supported values: a positive integer."),
    ("st.file_uploader('f', max_upload_size=True)", "Invalid `max_upload_size` value. Supported values: a positive integer."),
    ("st.file_uploader('f', on_change='foo')", "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
    ("st.file_uploader('f', width='content')", "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'."),
    ("st.file_uploader('f', width=0)", "Invalid width value: 0. Width must be either a positive integer (pixels) or 'stretch'."),
])
def test_file_uploader_refuses_what_1_67_refuses(call, message):
    at = AppTest.from_string("import streamlit as st\n" + call).run()
    assert message in at.exception[0].value
