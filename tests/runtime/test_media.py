"""st.file_uploader, st.download_button and st.link_button in CPython.

Uploads are driven the way the browser drives them: a transfer file written
where the worker writes it, then a ``WidgetChange`` naming its path (the wire
form documented on ``protocol.WidgetChange``). AppTest's ``set_value`` for
file_uploader sends that same form.
"""

from __future__ import annotations

import base64
import io
import os
import uuid
from pathlib import Path

import pytest

from stc_runtime import protocol
from stc_runtime.elements.files import UPLOAD_DIR, UploadedFile, normalize_types, size_display
from stc_runtime.testing.v1 import AppTest

CSV = b"name,score\nada,3\nbob,5\ncy,8\n"


def staged(name: str, data: bytes, mime: str = "text/csv") -> dict:
    """What worker.js hands Python for one newly chosen file."""
    os.makedirs(UPLOAD_DIR, exist_ok=True)
    file_id = uuid.uuid4().hex
    path = os.path.join(UPLOAD_DIR, file_id)
    with open(path, "wb") as f:
        f.write(data)
    return {"file_id": file_id, "name": name, "type": mime, "size": len(data), "path": path}


def kept(entry: dict) -> dict:
    """The same file named again by the page (no bytes, no path)."""
    return {k: v for k, v in entry.items() if k != "path"}


def upload(app, label: str, *entries: dict):
    return app.set("file_uploader", label, {"files": list(entries)})


CSV_APP = """
import pandas as pd
import streamlit as st

f = st.file_uploader("Upload a CSV", type="csv", key="up")
if f is None:
    st.markdown("No file yet")
else:
    df = pd.read_csv(f)
    st.markdown(f"{f.name}: {len(df)} rows, {f.size} bytes, {f.type}")
    st.markdown(f"same object: {st.session_state.up is f}")
"""


# --- file_uploader: the element and its value ------------------------------------


def test_empty_uploader_returns_none_and_describes_itself(app):
    a = app(CSV_APP).run()
    assert a.markdown() == ["No file yet"]
    el = a.widget("file_uploader", "Upload a CSV")
    assert el["value"] == {"files": []}
    assert el["accept"] == [".csv"]
    assert el["multiple"] is False
    assert el["max_upload_size_mb"] == 200  # Streamlit's server.maxUploadSize default


def test_multiple_uploader_starts_as_empty_list(app):
    a = app("""
        import streamlit as st
        files = st.file_uploader("Files", accept_multiple_files=True)
        st.markdown(repr(files))
    """).run()
    assert a.markdown() == ["[]"]
    assert a.widget("file_uploader", "Files")["accept"] == []


def test_upload_gives_the_app_a_bytesio_that_pandas_reads(app):
    a = app(CSV_APP).run()
    entry = staged("scores.csv", CSV)
    upload(a, "Upload a CSV", entry)
    assert a.exceptions() == []
    assert a.markdown() == [f"scores.csv: 3 rows, {len(CSV)} bytes, text/csv", "same object: True"]
    # The transfer file is read once, then deleted.
    assert not os.path.exists(entry["path"])
    # The page lists the file by name and size, never its bytes or path.
    assert a.value("file_uploader", "Upload a CSV") == {
        "files": [{"file_id": entry["file_id"], "name": "scores.csv", "type": "text/csv", "size": len(CSV)}]
    }


def test_uploaded_file_api(app):
    a = app("""
        import io
        import streamlit as st
        f = st.file_uploader("Any file")
        if f is not None:
            st.markdown(f"{isinstance(f, io.BytesIO)} {f.read(3)!r} {f.read()!r} {f.getvalue()!r}")
            st.markdown(repr(f))
    """).run()
    entry = staged("blob.bin", b"\x00\x01\x02\x03\x04", "application/octet-stream")
    upload(a, "Any file", entry)
    assert a.markdown()[0] == "True b'\\x00\\x01\\x02' b'\\x03\\x04' b'\\x00\\x01\\x02\\x03\\x04'"
    assert a.markdown()[1] == (
        f"UploadedFile(file_id='{entry['file_id']}', name='blob.bin', type='application/octet-stream', size=5)"
    )


def test_file_is_readable_again_in_every_run(app):
    # The app reads the file to its end each run; the next run must start
    # from the beginning, as Streamlit hands each run a fresh object.
    a = app(CSV_APP).run()
    upload(a, "Upload a CSV", staged("scores.csv", CSV))
    a.run()
    a.run()
    assert a.exceptions() == []
    assert a.markdown()[0].startswith("scores.csv: 3 rows")


def test_single_uploader_replaces_its_file(app):
    a = app(CSV_APP).run()
    upload(a, "Upload a CSV", staged("one.csv", b"a\n1\n"))
    upload(a, "Upload a CSV", staged("two.csv", b"a\n1\n2\n"))
    assert a.markdown()[0].startswith("two.csv: 2 rows")
    assert [f["name"] for f in a.value("file_uploader", "Upload a CSV")["files"]] == ["two.csv"]


MULTI_APP = """
import streamlit as st
files = st.file_uploader("Data files", type=["csv", ".TXT"], accept_multiple_files=True)
st.markdown(" | ".join(f"{f.name}={f.getvalue().decode()}" for f in files) or "none")
"""


def test_multiple_files_added_and_removed_one_by_one(app):
    a = app(MULTI_APP).run()
    assert a.widget("file_uploader", "Data files")["accept"] == [".csv", ".txt"]
    first = staged("a.csv", b"x", "text/csv")
    second = staged("b.txt", b"y", "text/plain")
    # Two choices made while no run happened: both arrive in one Rerun; the
    # second names the first by id only.
    wid = a.widget("file_uploader", "Data files")["id"]
    a.run(
        protocol.WidgetChange(id=wid, value={"files": [first]}),
        protocol.WidgetChange(id=wid, value={"files": [kept(first), second]}),
    )
    assert a.markdown() == ["a.csv=x | b.txt=y"]
    upload(a, "Data files", kept(second))  # the visitor removed a.csv
    assert a.markdown() == ["b.txt=y"]
    upload(a, "Data files")  # ... and b.txt
    assert a.markdown() == ["none"]
    assert a.value("file_uploader", "Data files") == {"files": []}


def test_removing_the_file_returns_none_and_reruns(app):
    a = app(CSV_APP).run()
    upload(a, "Upload a CSV", staged("scores.csv", CSV))
    runs_before = len(a.runs)
    upload(a, "Upload a CSV")
    assert len(a.runs) == runs_before + 1
    assert a.markdown() == ["No file yet"]
    assert a.state["up"] is None


def test_wrong_extension_is_refused_with_streamlits_message(app):
    a = app(CSV_APP).run()
    upload(a, "Upload a CSV", staged("notes.txt", b"hello", "text/plain"))
    [exc] = a.exceptions()
    assert exc["type"] == "StreamlitAPIException"
    assert exc["message"] == "Invalid file extension: `.txt`. Allowed: ['.csv']"
    # The uploader is still on the page, so the visitor can remove the file.
    assert a.kinds()[0] == "file_uploader"
    upload(a, "Upload a CSV")
    assert a.exceptions() == [] and a.markdown() == ["No file yet"]


def test_extension_check_is_case_insensitive_and_knows_aliases(app):
    a = app("""
        import streamlit as st
        f = st.file_uploader("Photo", type="jpg")
        st.markdown("none" if f is None else f.name)
    """).run()
    assert a.widget("file_uploader", "Photo")["accept"] == [".jpg", ".jpeg"]
    upload(a, "Photo", staged("HOLIDAY.JPEG", b"\xff\xd8", "image/jpeg"))
    assert a.exceptions() == [] and a.markdown() == ["HOLIDAY.JPEG"]


def test_normalize_types():
    assert normalize_types(None) == []
    assert normalize_types("CSV") == [".csv"]
    assert normalize_types(["png", ".JPG"]) == [".png", ".jpg", ".jpeg"]
    assert normalize_types(["image", "application/PDF", "csv"]) == ["image/*", "application/pdf", ".csv"]


def test_mime_types_leave_the_check_to_the_browser(app):
    a = app("""
        import streamlit as st
        f = st.file_uploader("Picture", type=["image", "png"])
        st.markdown("none" if f is None else f.name)
    """).run()
    upload(a, "Picture", staged("photo.webp", b"RIFF", "image/webp"))
    assert a.exceptions() == [] and a.markdown() == ["photo.webp"]


def test_max_upload_size_comes_from_config_and_is_enforced(app):
    a = app(CSV_APP, files={".streamlit/config.toml": "[server]\nmaxUploadSize = 1\n"}).run()
    assert a.widget("file_uploader", "Upload a CSV")["max_upload_size_mb"] == 1
    upload(a, "Upload a CSV", staged("big.csv", b"a\n" + b"1\n" * 600_000))
    [exc] = a.exceptions()
    assert exc["message"] == (
        "`big.csv` is 1.2MB: files must be 1.0MB or smaller (the `server.maxUploadSize` option)."
    )


def test_size_display_matches_streamlits_uploader():
    assert size_display(0) == "0.0B"
    assert size_display(500) == "500.0B"
    assert size_display(1234) == "1.2KB"
    assert size_display(200 * 1000 * 1000) == "200.0MB"
    assert size_display(200 * 1000 * 1000, 0) == "200MB"


def test_on_change_runs_before_the_script_with_its_args(app):
    a = app("""
        import streamlit as st
        def changed(tag):
            f = st.session_state.doc
            st.markdown(f"{tag}: {'removed' if f is None else f.name}")
        st.file_uploader("Doc", key="doc", on_change=changed, args=("cb",))
        st.markdown("script")
    """).run()
    upload(a, "Doc", staged("x.md", b"# hi", "text/markdown"))
    assert a.markdown() == ["cb: x.md", "script"]
    a.run()
    assert a.markdown() == ["script"]  # no change, no callback
    upload(a, "Doc")
    assert a.markdown() == ["cb: removed", "script"]


def test_file_uploader_cannot_be_set_through_session_state(app):
    a = app("""
        import streamlit as st
        st.session_state.up = "nope"
        st.file_uploader("Upload", key="up")
    """).run()
    [exc] = a.exceptions()
    assert "cannot be set using `st.session_state`" in exc["message"]


def test_changing_the_allowed_types_makes_a_new_widget(app):
    a = app("""
        import streamlit as st
        kind = st.session_state.setdefault("kind", "csv")
        f = st.file_uploader("Data", type=kind)
        st.markdown("none" if f is None else f.name)
    """).run()
    upload(a, "Data", staged("a.csv", b"x"))
    assert a.markdown() == ["a.csv"]
    a.session.state["kind"] = "tsv"
    a.run()
    assert a.markdown() == ["none"]  # seed: changing a parameter resets the widget


def test_paths_outside_the_transfer_area_are_neither_read_nor_deleted(app, tmp_path: Path):
    secret = tmp_path / "secret.csv"
    secret.write_bytes(CSV)
    a = app(CSV_APP).run()
    upload(a, "Upload a CSV", {"file_id": "x", "name": "s.csv", "type": "text/csv", "size": 1, "path": str(secret)})
    assert a.markdown() == ["No file yet"]
    assert secret.read_bytes() == CSV


def test_uploaded_file_equality_is_by_file_id():
    a = UploadedFile(b"1", file_id="id1", name="a", type="text/plain")
    assert a == UploadedFile(b"2", file_id="id1", name="b", type="text/plain")
    assert a != UploadedFile(b"1", file_id="id2", name="a", type="text/plain")
    assert len({a, UploadedFile(b"", file_id="id1", name="", type="")}) == 1


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
    assert "id" not in docs  # not a widget: clicking never reruns


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


def test_apptest_uploads_into_pandas(tmp_path: Path):
    at = _apptest(tmp_path, CSV_APP).run()
    assert at.get("file_uploader")[0] is not None
    uploader = at.file_uploader[0]
    assert uploader.value is None and uploader.accept == [".csv"] and uploader.label == "Upload a CSV"
    uploader.set_value(("scores.csv", CSV)).run()
    assert at.markdown[0].value == f"scores.csv: 3 rows, {len(CSV)} bytes, text/csv"
    assert isinstance(at.file_uploader[0].value, UploadedFile)
    assert at.file_uploader(key="up").file_names == ["scores.csv"]
    assert at.session_state.up.name == "scores.csv"
    at.run()  # the file stays, and reads from the start again
    assert at.markdown[0].value.startswith("scores.csv: 3 rows")
    at.file_uploader[0].set_value(None).run()
    assert at.markdown[0].value == "No file yet"


def test_apptest_wrong_type_and_several_files(tmp_path: Path):
    at = _apptest(tmp_path, CSV_APP).run()
    at.file_uploader[0].set_value(("notes.txt", b"x", "text/plain")).run()
    assert at.exception[0].value == "StreamlitAPIException: Invalid file extension: `.txt`. Allowed: ['.csv']"
    with pytest.raises(ValueError, match="takes one file"):
        at.file_uploader[0].set_value([("a.csv", b"1"), ("b.csv", b"2")])

    at = _apptest(tmp_path, MULTI_APP).run()
    csv_path = tmp_path / "from_disk.csv"
    csv_path.write_bytes(b"disk")
    at.file_uploader[0].set_value([("a.csv", "x"), csv_path]).run()
    assert at.markdown[0].value == "a.csv=x | from_disk.csv=disk"
    assert csv_path.exists()  # the app's own files are copied, never consumed
    at.file_uploader[0].upload("c.txt", b"z").run()
    assert at.markdown[0].value == "a.csv=x | from_disk.csv=disk | c.txt=z"
    first, *_ = at.file_uploader[0].value
    at.file_uploader[0].set_value([first]).run()  # keep one file the app already has
    assert at.markdown[0].value == "a.csv=x"
    at.file_uploader[0].clear().run()
    assert at.markdown[0].value == "none"


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


def test_uploaded_file_is_a_bytesio():
    f = UploadedFile(b"a,b\n1,2\n", file_id="i", name="d.csv", type="text/csv")
    import pandas as pd

    assert isinstance(f, io.BytesIO)
    assert pd.read_csv(f).shape == (1, 2)
