"""Media in CPython: st.file_uploader, st.image, st.audio and st.video.

Uploads are driven the way the browser drives them: a transfer file written
where the worker writes it, then a ``WidgetChange`` naming its path (the wire
form documented on ``protocol.WidgetChange``). AppTest's ``set_value`` for
file_uploader sends that same form."""

from __future__ import annotations

import base64
import io
import os
import struct
import uuid
import wave
import zlib
from pathlib import Path

import pytest

from stc_runtime import protocol
from stc_runtime.elements import media
from stc_runtime.elements.media import (
    UPLOAD_DIR,
    UploadedFile,
    normalize_types,
    size_display,
)
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
    assert a.markdown() == ["none"]  # changing a parameter resets the widget


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
    assert at.exception[0].payload.type == "StreamlitAPIException"
    assert at.exception[0].value == "Invalid file extension: `.txt`. Allowed: ['.csv']"
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


def test_uploaded_file_is_a_bytesio():
    f = UploadedFile(b"a,b\n1,2\n", file_id="i", name="d.csv", type="text/csv")
    import pandas as pd

    assert isinstance(f, io.BytesIO)
    assert pd.read_csv(f).shape == (1, 2)


def _png(src: str) -> tuple[int, int, int, bytes]:
    """(width, height, color type, raw scanlines) of a PNG data URL."""
    assert src.startswith("data:image/png;base64,")
    data = base64.b64decode(src.split(",", 1)[1])
    width, height, _depth, color_type = struct.unpack(">IIBB", data[16:26])
    idat = data.index(b"IDAT")
    length = struct.unpack(">I", data[idat - 4:idat])[0]
    return width, height, color_type, zlib.decompress(data[idat + 4:idat + 4 + length])


def test_image_from_arrays_bytes_files_and_urls(app, tmp_path, monkeypatch):
    import numpy as np

    monkeypatch.chdir(tmp_path)  # the worker runs the app from its folder
    png = media.encode_png(np.zeros((2, 3, 3), dtype=np.uint8))
    (tmp_path / "pic.png").write_bytes(png)
    d = app("""
        import numpy as np
        import streamlit as st
        st.image(np.array([[0, 255], [128, 64]], dtype=np.uint8), caption="gray", output_format="PNG")
        st.image(np.ones((2, 2, 3)) * 0.5, width=100, output_format="PNG")
        st.image(np.zeros((1, 1, 4), dtype=np.uint8))
        st.image("pic.png")
        st.image(open("pic.png", "rb").read())
        st.image("https://example.com/a.png", use_container_width=True)
        st.image([np.zeros((1, 1, 3), dtype=np.uint8)] * 2, caption=["one", "two"])
        for bad in (lambda: st.image(np.ones((1, 1)) * 2.0), lambda: st.image("missing.png"),
                    lambda: st.image([np.zeros((1, 1))] * 2, caption=["x"])):
            try:
                bad()
            except st.errors.StreamlitAPIException as exc:
                st.text(str(exc))
    """).run()
    imgs = d.elements("image")
    w, h, ct, raw = _png(imgs[0]["images"][0]["src"])
    assert (w, h, ct) == (2, 2, 0) and raw == bytes([0, 0, 255, 0, 128, 64])
    assert imgs[0]["images"][0]["caption"] == "gray"
    w, h, ct, raw = _png(imgs[1]["images"][0]["src"])
    assert (w, h, ct) == (2, 2, 2) and raw[1:4] == bytes([128, 128, 128])
    assert imgs[1]["width"] == 100
    assert _png(imgs[2]["images"][0]["src"])[2] == 6  # RGBA: "auto" keeps the alpha channel (PNG)
    assert imgs[6]["images"][0]["src"].startswith("data:image/jpeg;base64,")  # "auto", no alpha: JPEG, as 1.67
    assert imgs[3]["images"][0]["src"] == "data:image/png;base64," + base64.b64encode(png).decode()
    assert imgs[4]["images"][0]["src"] == imgs[3]["images"][0]["src"]
    assert imgs[5]["images"][0]["src"] == "https://example.com/a.png" and imgs[5]["stretch"] is True
    assert [i["caption"] for i in imgs[6]["images"]] == ["one", "two"]
    texts = [e["body"] for e in d.elements("text")]
    assert texts == ["Data is outside [0.0, 1.0] and clamp is not set.",
                     "Image file not found: 'missing.png' (paths are relative to the app's folder).",
                     "Cannot pair 1 captions with 2 images."]


def test_pil_image_and_matplotlib_figure():
    PIL = pytest.importorskip("PIL.Image")
    img = PIL.new("RGB", (4, 3), (255, 0, 0))
    src = media.image_src(img)
    assert _png(src)[:3] == (4, 3, 2)


def test_audio_and_video(app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clip.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42rest")
    d = app("""
        import datetime
        import numpy as np
        import streamlit as st
        st.audio(np.sin(np.linspace(0, 100, 800)), sample_rate=8000, start_time=1, end_time="2s", loop=True)
        st.audio(b"ID3fake", format="audio/mpeg")
        st.video("clip.mp4", start_time=datetime.timedelta(seconds=3), muted=True, autoplay=True,
                 subtitles="WEBVTT\\n\\n00:00.000 --> 00:01.000\\nHi")
        st.video("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
        try:
            st.audio(np.zeros(10))
        except st.errors.StreamlitAPIException as exc:
            st.text(str(exc))
    """).run()
    a, b = d.elements("audio")
    assert a["src"].startswith("data:audio/wav;base64,") and a["start_time"] == 1.0 and a["end_time"] == 2.0 and a["loop"]
    with wave.open(io.BytesIO(base64.b64decode(a["src"].split(",", 1)[1]))) as w:
        assert (w.getframerate(), w.getnframes(), w.getnchannels()) == (8000, 800, 1)
    assert b["src"] == "data:audio/mpeg;base64," + base64.b64encode(b"ID3fake").decode()
    v, yt = d.elements("video")
    assert v["src"].startswith("data:video/mp4;base64,") and v["start_time"] == 3.0 and v["muted"] and v["autoplay"]
    assert v["subtitles"][0]["src"].startswith("data:text/vtt;base64,")
    assert yt["src"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ" and yt["embed"] == "https://www.youtube.com/embed/dQw4w9WgXcQ"
    assert d.elements("text")[0]["body"] == "`sample_rate` must be specified for audio given as a numpy array."


def test_media_format_given_as_a_bare_subtype_becomes_a_media_type(app):
    d = app("""
        import streamlit as st
        st.audio(b"ID3", format="mp3")
        st.video(b"x", format="webm")
    """).run()
    assert d.elements("audio")[0]["src"].startswith("data:audio/mp3;base64,")
    assert d.elements("video")[0]["src"].startswith("data:video/webm;base64,")


def test_a_nul_in_a_media_path_is_a_clear_error(app):
    d = app("""
        import streamlit as st
        try:
            st.image("a\\x00b.png")
        except st.errors.StreamlitAPIException as exc:
            st.text(str(exc))
    """).run()
    assert d.elements("text")[0]["body"].startswith("Could not read the image file")


# --- typed payloads -------------------------------------------------------------


def test_media_url_fields_are_marked():
    import dataclasses

    from stc_runtime.payloads import media as payloads

    def urls(cls):
        return {f.name for f in dataclasses.fields(cls) if f.metadata.get("carries") == "url"}

    assert urls(payloads.ImageItem) == {"src"}
    assert urls(payloads.ImageElement) == {"link"}
    assert urls(payloads.AudioElement) == {"src"}
    assert urls(payloads.VideoElement) == {"src", "embed"}
    assert urls(payloads.SubtitleTrack) == {"src"}
    assert urls(payloads.FileUploaderElement) == set()


def test_media_payloads_read_back_as_their_classes(app):
    from stc_runtime.payloads import from_wire
    from stc_runtime.payloads.media import AudioElement, ImageElement, ImageItem, VideoElement

    d = app("""
        import streamlit as st
        st.image(["https://example.org/a.png", "https://example.org/b.png"], caption=["a", "b"], width=40)
        st.audio("https://example.org/a.mp3", end_time=5)
        st.video("https://example.org/v.mp4")
        st.video("https://youtu.be/dQw4w9WgXcQ", subtitles={"en": "WEBVTT\\n"})
    """).run()
    image = from_wire(d.elements("image")[0])
    assert image == ImageElement(images=[ImageItem(src="https://example.org/a.png", caption="a"),
                                         ImageItem(src="https://example.org/b.png", caption="b")], width=40)
    assert from_wire(d.elements("audio")[0]) == AudioElement(src="https://example.org/a.mp3", format="audio/wav", end_time=5.0)
    plain, yt = (from_wire(e) for e in d.elements("video"))
    assert isinstance(plain, VideoElement) and plain.embed is None and "embed" not in d.elements("video")[0]
    assert yt.embed == "https://www.youtube.com/embed/dQw4w9WgXcQ"
    assert [t.label for t in yt.subtitles] == ["en"] and yt.subtitles[0].src.startswith("data:text/vtt;")


def test_file_uploader_payload_holds_typed_file_entries(tmp_path: Path):
    from stc_runtime.payloads.media import FileUploaderElement, UploadedFileInfo

    at = _apptest(tmp_path, MULTI_APP).run()
    at.file_uploader[0].set_value([("a.csv", b"1,2"), ("b.txt", b"x")]).run()
    payload = at.file_uploader[0].payload
    assert isinstance(payload, FileUploaderElement) and payload.multiple
    assert [(f.name, f.type, f.size) for f in payload.value.files] == [("a.csv", "text/csv", 3), ("b.txt", "text/plain", 1)]
    assert all(isinstance(f, UploadedFileInfo) for f in payload.value.files)
    assert at.file_uploader[0].file_names == ["a.csv", "b.txt"]


@pytest.mark.parametrize("name", ["image", "audio", "video", "file_uploader"])
def test_media_elements_document_their_parameters(name):
    import inspect

    import streamlit as st

    fn = getattr(st, name)
    doc = inspect.getdoc(fn) or ""
    assert "Parameters:" in doc
    params = [p for p in inspect.signature(fn).parameters if p not in ("self", "dg")]
    assert all(f"{p}:" in doc for p in params), [p for p in params if f"{p}:" not in doc]


# --- image, audio and video parameters as 1.67 has them -------------------------


def _pixels(src: str):
    """The pixels of an image data URL, decoded by Pillow."""
    import numpy as np
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1]))))


def test_image_channels_clamp_and_output_format(app):
    pytest.importorskip("PIL")
    import numpy as np

    d = app("""
        import numpy as np
        import streamlit as st
        bgr = np.zeros((2, 2, 3), dtype=np.uint8)
        bgr[..., 0] = 200  # blue, in OpenCV's order
        st.image(bgr, channels="BGR", output_format="PNG")
        st.image(bgr, channels="rgb", output_format="PNG")
        st.image(np.dstack([bgr, np.full((2, 2), 7, np.uint8)]), channels="BGR", output_format="PNG")  # alpha dropped
        st.image(np.array([[300, -5], [128, 0]]), clamp=True, output_format="PNG")
        st.image(np.array([[1.5, -0.5]]), clamp=True, output_format="PNG")
        gradient = np.tile(np.arange(0, 256, 4, dtype=np.uint8), (16, 1))
        st.image(np.dstack([gradient] * 3), output_format="JPEG")
        st.image(gradient, output_format="jpg")
        st.image(gradient, output_format="PNG")
        st.image(gradient, output_format="whatever")  # anything else is "auto"
        for bad in (lambda: st.image(np.zeros((2, 2)), channels="BGR"), lambda: st.image(np.zeros((2, 2, 2))),
                    lambda: st.image(np.zeros((1, 2, 2, 2, 2))), lambda: st.image(np.array([[300]]))):
            try:
                bad()
            except st.errors.StreamlitAPIException as exc:
                st.text(f"{type(exc).__name__}: {exc}")
    """).run()
    srcs = [e["images"][0]["src"] for e in d.elements("image")]
    assert _pixels(srcs[0])[0, 0].tolist() == [0, 0, 200]  # swapped into RGB
    assert _pixels(srcs[1])[0, 0].tolist() == [200, 0, 0]
    assert _pixels(srcs[2]).shape == (2, 2, 3) and _pixels(srcs[2])[0, 0].tolist() == [0, 0, 200]
    assert _pixels(srcs[3]).tolist() == [[255, 0], [128, 0]]
    assert _pixels(srcs[4]).tolist() == [[255, 0]]
    assert srcs[5].startswith("data:image/jpeg;base64,") and srcs[6].startswith("data:image/jpeg;base64,")
    gradient = np.tile(np.arange(0, 256, 4), (16, 1))
    assert np.abs(_pixels(srcs[5]).astype(int) - gradient[..., None]).max() <= 3  # quality 100
    assert np.abs(_pixels(srcs[6]).astype(int) - gradient).max() <= 3
    assert srcs[7].startswith("data:image/png;base64,")
    assert srcs[8].startswith("data:image/jpeg;base64,")  # "auto": no alpha channel, so JPEG (as 1.67)
    assert _pixels(srcs[7]).tolist() == gradient.tolist()
    assert _errors_of(d) == [
        'StreamlitAPIException: When using `channels="BGR"`, the input image should have exactly 3 color channels',
        "StreamlitAPIException: Channel can only be 1, 3, or 4 got 2. Shape is (2, 2, 2)",
        "StreamlitValueError: Invalid `image` value. Supported values: a 2D or 3D NumPy array.",
        "StreamlitAPIException: Data is outside [0, 255] and clamp is not set.",
    ]


def _errors_of(d) -> list[str]:
    return [e["body"] for e in d.elements("text")]


def test_image_output_format_reencodes_pil_images_and_bytes(app):
    PIL = pytest.importorskip("PIL.Image")
    img = PIL.new("RGB", (4, 3), (255, 0, 0))
    assert media.image_src(img, output_format="JPEG").startswith("data:image/jpeg;base64,")
    assert media.image_src(img, output_format="PNG").startswith("data:image/png;base64,")
    png = media.encode_png(__import__("numpy").zeros((2, 2, 3), dtype="uint8"))
    assert media.image_src(png).startswith("data:image/png;base64,")  # auto: as given
    as_jpeg = media.image_src(png, output_format="JPEG")
    assert as_jpeg.startswith("data:image/jpeg;base64,") and _pixels(as_jpeg).shape == (2, 2, 3)


def test_image_width_link_alt_and_deprecated_parameters(app):
    d = app("""
        import numpy as np
        import streamlit as st
        px = np.zeros((2, 2), dtype=np.uint8)
        st.image(px, link="https://example.com/full.png", alt="  A black square ")
        st.image(px, alt="")
        st.image([px, px], alt=["first", None], caption=["a", "b"])
        st.image(px, width="stretch")
        st.image(px, use_container_width=True)
        st.image(px, use_container_width=False, width=80)
        st.image(px, use_column_width=True)
        for bad in (lambda: st.image([px, px], link="https://example.com"), lambda: st.image([px, px], alt="x"),
                    lambda: st.image([px, px], alt=["x"]), lambda: st.image({b"1", b"2"}, alt=["x", "y"]),
                    lambda: st.image(px, width=0), lambda: st.image(px, width=None)):
            try:
                bad()
            except st.errors.StreamlitAPIException as exc:
                st.text(str(exc))
    """).run()
    imgs = d.elements("image")
    assert imgs[0]["link"] == "https://example.com/full.png" and imgs[0]["images"][0]["alt"] == "A black square"
    assert imgs[1]["images"][0]["alt"] == "" and imgs[1]["link"] is None
    assert [i["alt"] for i in imgs[2]["images"]] == ["first", None]
    assert [(i["stretch"], i["width"]) for i in imgs[3:7]] == [(True, None), (True, None), (False, 80), (False, None)]
    # use_column_width does nothing but warn, in the page, as 1.67 does.
    (warning,) = d.elements("alert")
    assert warning["body"].startswith("`use_column_width` was removed and has no effect.")
    assert _errors_of(d) == [
        "The `link` parameter is only supported when displaying a single image. You passed 2 images.",
        "A single `alt` string can only be used with a single image. You passed 2 images; provide a sequence of 2 alt values (use None to skip an image).",
        "Cannot pair 1 alt values with 2 images.",
        "A sequence-valued `alt` cannot be paired with a set of images because set order is undefined. Pass a list or tuple of images.",
        "Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        "Invalid width value: None. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
    ]


def test_audio_and_video_alt_is_the_players_name_and_width_its_size(app):
    d = app("""
        import streamlit as st
        st.audio(b"ID3", format="audio/mpeg", alt=" A cat purring ", width=300)
        st.audio(b"ID3", format="audio/mpeg", alt="   ")
        st.video("https://example.org/v.mp4", alt="A timelapse", width=320)
        st.video("https://youtu.be/dQw4w9WgXcQ", alt="Music video")
        for bad in (lambda: st.audio(b"ID3", width="content"), lambda: st.video(b"x", width=0)):
            try:
                bad()
            except st.errors.StreamlitInvalidWidthError as exc:
                st.text(str(exc))
    """).run()
    assert [(a["alt"], a["width"]) for a in d.elements("audio")] == [("A cat purring", 300), (None, "stretch")]
    assert [(v["alt"], v["width"]) for v in d.elements("video")] == [("A timelapse", 320), ("Music video", "stretch")]
    assert _errors_of(d) == [
        "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.",
        "Invalid width value: 0. Width must be either a positive integer (pixels) or 'stretch'.",
    ]
