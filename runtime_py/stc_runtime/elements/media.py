"""Media elements: ``st.image``, ``st.audio``, ``st.video``.

Media travels inside the element as a ``data:`` URL (bytes, arrays, PIL
images, files of the app) or as the URL the app gave (kept as is). Arrays
are encoded here with the standard library (PNG with zlib, WAV with
``wave``), so showing a numpy image never needs Pillow in the site.
"""

from __future__ import annotations

import base64
import datetime as _dt
import io
import mimetypes
import os
import re
import struct
import tempfile
import uuid
import wave
import zlib
from typing import Any, Callable, Sequence

from ..config import get_option
from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..errors import StreamlitAPIException
from ..payloads.media import (
    AudioElement, FileUploaderElement, FileUploaderFiles, ImageElement, ImageItem, SubtitleTrack,
    UploadedFileInfo, VideoElement,
)
from ..protocol import UPLOAD_DIR
from ..widgets import label_fields, register_widget


def data_url(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def png_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of PNG bytes, read from the header."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    return None


def _chunk(tag: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF)


def encode_png(pixels: Any) -> bytes:
    """A uint8 array (H×W, H×W×1, H×W×3 or H×W×4) as PNG bytes."""
    import numpy as np

    arr = np.ascontiguousarray(pixels, dtype=np.uint8)
    if arr.ndim == 3 and arr.shape[2] == 1:
        arr = arr[:, :, 0]
    height, width = arr.shape[:2]
    color_type = {2: 0, 3: {3: 2, 4: 6}.get(arr.shape[2] if arr.ndim == 3 else 0)}.get(arr.ndim)
    if color_type is None:
        raise StreamlitAPIException(f"Image array has an unsupported shape {tuple(arr.shape)}: expected H×W, H×W×3 or H×W×4.")
    rows = arr.reshape(height, -1)
    raw = np.hstack([np.zeros((height, 1), dtype=np.uint8), rows]).tobytes()  # filter 0 on each row
    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 6)) + _chunk(b"IEND", b"")


def _sniff(data: bytes) -> str | None:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "audio/wav"
    if data[:3] == b"ID3" or data[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return "audio/mpeg"
    if data[:4] == b"OggS":
        return "audio/ogg"
    if data[:4] == b"fLaC":
        return "audio/flac"
    if data[4:8] == b"ftyp":
        return "video/mp4"
    if data[:4] == b"\x1a\x45\xdf\xa3":
        return "video/webm"
    head = data[:512].lstrip().lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head):
        return "image/svg+xml"
    if data[:4] == b"BM":
        return "image/bmp"
    return None


def _is_url(text: str) -> bool:
    return re.match(r"^(https?:)?//|^data:|^blob:", text) is not None


def _read_file(path: str, what: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise StreamlitAPIException(f"{what} file not found: {path!r} (paths are relative to the app's folder).") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise StreamlitAPIException(f"Could not read the {what.lower()} file {path!r}: {exc}") from None


# --- images -----------------------------------------------------------------


def _array_to_png(arr: Any, clamp: bool, channels: str) -> bytes:
    import numpy as np

    arr = np.asarray(arr)
    if arr.ndim == 3 and channels == "BGR" and arr.shape[2] in (3, 4):
        arr = arr[:, :, [2, 1, 0, *([3] if arr.shape[2] == 4 else [])]]
    if arr.dtype.kind == "f":
        if clamp:
            arr = np.clip(arr, 0.0, 1.0)
        elif np.nanmin(arr, initial=0.0) < 0.0 or np.nanmax(arr, initial=0.0) > 1.0:
            raise StreamlitAPIException("Data is outside [0.0, 1.0] and clamp is not set.")
        arr = np.round(np.nan_to_num(arr) * 255)
    elif arr.dtype.kind in "iu":
        if clamp:
            arr = np.clip(arr, 0, 255)
        elif arr.size and (arr.min() < 0 or arr.max() > 255):
            raise StreamlitAPIException("Data is outside [0, 255] and clamp is not set.")
    elif arr.dtype.kind == "b":
        arr = arr.astype(np.uint8) * 255
    else:
        raise StreamlitAPIException(f"Image arrays must be numeric, not of dtype {arr.dtype}.")
    return encode_png(arr.astype(np.uint8))


def image_src(image: Any, *, clamp: bool = False, channels: str = "RGB", output_format: str = "auto") -> str:
    """One image as a URL the page can show."""
    module = type(image).__module__ or ""
    if isinstance(image, os.PathLike):
        image = os.fspath(image)
    if isinstance(image, str):
        text = image.strip()
        if text.startswith("<svg") or (text.startswith("<?xml") and "<svg" in text[:512]):
            return data_url(text.encode("utf-8"), "image/svg+xml")
        if _is_url(text):
            return text
        data = _read_file(text, "Image")
        mime = _sniff(data) or mimetypes.guess_type(text)[0] or "application/octet-stream"
        return data_url(data, mime)
    if isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
        return data_url(data, _sniff(data) or "image/png")
    if isinstance(image, io.IOBase) or (hasattr(image, "read") and hasattr(image, "seek")):
        # A file uploaded with st.file_uploader, an open file, BytesIO...
        image.seek(0)
        data = image.read()
        return data_url(data, _sniff(data) or getattr(image, "type", None) or "image/png")
    if module.startswith("PIL"):
        fmt = output_format.upper() if output_format.lower() not in ("auto",) else None
        if fmt == "JPG":
            fmt = "JPEG"
        if fmt is None:
            fmt = "JPEG" if (image.format == "JPEG" and image.mode in ("RGB", "L")) else "PNG"
        buf = io.BytesIO()
        img = image.convert("RGB") if fmt == "JPEG" and image.mode not in ("RGB", "L") else image
        img.save(buf, format=fmt)
        return data_url(buf.getvalue(), "image/jpeg" if fmt == "JPEG" else "image/png")
    if module == "numpy" or hasattr(image, "__array__"):
        return data_url(_array_to_png(image, clamp, channels.upper()), "image/png")
    raise StreamlitAPIException(f"st.image cannot show an object of type {type(image).__name__}.")


def _is_image_list(image: Any) -> bool:
    if isinstance(image, (list, tuple)):
        return True
    if type(image).__module__ == "numpy" and getattr(image, "ndim", 0) == 4:
        return True  # a batch of images
    return False


def _image_width(width: Any, use_container_width: Any, use_column_width: Any) -> tuple[int | None, bool]:
    """(pixel width or None for the image's own, stretch to the container?)"""
    if use_container_width or use_column_width in (True, "always", "auto"):
        return None, True
    if width in (None, "content", -1, 0):
        return None, False
    if width == "stretch":
        return None, True
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return width, False
    raise StreamlitAPIException(f"Invalid width value: {width!r}. Width must be a positive integer, \"content\" or \"stretch\".")


@element
def image(dg: DeltaGenerator, image: Any, caption: Any = None, width: Any = "content", use_column_width: Any = None,
          clamp: bool = False, channels: str = "RGB", output_format: str = "auto", *,
          use_container_width: bool = False) -> DeltaGenerator:
    """Display an image, or a list of images side by side.

    The image is embedded in the page (a URL is shown from where it is).

    Parameters:
        image: a numpy array (H×W, H×W×3 or H×W×4; uint8 0-255 or float
            0-1), a PIL image, image bytes, a file-like object, SVG text, the
            path of an image file in the app's folder, a URL, or a list of
            these (or a 4-D array of images).
        caption: a text shown below the image, or a list of one per image.
        width: "content" (the image's own width), "stretch" (its
            container's) or a width in pixels.
        use_column_width: deprecated; True, "always" or "auto" stretch it.
        clamp: clip array values into the valid range instead of refusing
            values outside it.
        channels: "RGB" or "BGR": the order of an array's color channels.
        output_format: "auto", "PNG" or "JPEG": how a PIL image is encoded.
        use_container_width: deprecated; True stretches it (``width="stretch"``).
    """
    images = list(image) if _is_image_list(image) else [image]
    if caption is None:
        captions: list[Any] = [None] * len(images)
    else:
        captions = [caption] if isinstance(caption, str) or not hasattr(caption, "__iter__") else list(caption)
    if len(captions) != len(images):
        raise StreamlitAPIException(f"Cannot pair {len(captions)} captions with {len(images)} images.")
    if channels.upper() not in ("RGB", "BGR"):
        raise StreamlitAPIException(f'Invalid channels value: {channels!r}. Channels must be "RGB" or "BGR".')
    pixels, stretch = _image_width(width, use_container_width, use_column_width)
    entries = [ImageItem(src=image_src(img, clamp=clamp, channels=channels, output_format=output_format),
                         caption=None if c is None else str(c)) for img, c in zip(images, captions)]
    return dg._element(ImageElement(images=entries, width=pixels, stretch=stretch, testid="stImage"))


# --- audio and video --------------------------------------------------------


def _seconds(value: Any, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value < 0:
            raise StreamlitAPIException(f"{name} must be a non-negative number of seconds.")
        return float(value)
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?)?\s*", value)
        if match:
            factor = {"m": 60, "h": 3600}.get((match.group(2) or "s")[0], 1)
            return float(match.group(1)) * factor
    raise StreamlitAPIException(f"{name} must be a number of seconds, a timedelta or a string such as \"2 minutes\", not {value!r}.")


def _wav(data: Any, sample_rate: int | None) -> bytes:
    import numpy as np

    if sample_rate is None:
        raise StreamlitAPIException("`sample_rate` must be specified for audio given as a numpy array.")
    arr = np.asarray(data)
    if arr.ndim == 1:
        channels = 1
        frames = arr
    elif arr.ndim == 2:
        channels = arr.shape[0]  # (channels, samples), as Streamlit takes it
        frames = arr.T
    else:
        raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
    peak = float(np.max(np.abs(frames))) if frames.size else 0.0
    scaled = (frames / peak * 32767) if peak > 0 else frames
    pcm = np.asarray(scaled, dtype=np.float64).astype("<i2").tobytes()
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(int(sample_rate))
        w.writeframes(pcm)
    return buf.getvalue()


def _media_src(data: Any, fmt: str, what: str, sample_rate: int | None = None) -> tuple[str, str]:
    if isinstance(data, os.PathLike):
        data = os.fspath(data)
    if isinstance(data, str):
        if _is_url(data.strip()):
            return data.strip(), fmt
        raw = _read_file(data, what)
        guessed = mimetypes.guess_type(data)[0]
        mime = guessed or _sniff(raw) or fmt
        return data_url(raw, mime), mime
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        return data_url(raw, fmt), fmt
    if hasattr(data, "read") and hasattr(data, "seek"):
        data.seek(0)
        raw = data.read()
        mime = getattr(data, "type", None) or fmt
        return data_url(raw, mime), mime
    if type(data).__module__ == "numpy" or hasattr(data, "__array__"):
        if what != "Audio":
            raise StreamlitAPIException("st.video does not take numpy arrays: give it bytes, a file path or a URL.")
        return data_url(_wav(data, sample_rate), "audio/wav"), "audio/wav"
    raise StreamlitAPIException(f"st.{what.lower()} cannot play an object of type {type(data).__name__}.")


def _youtube(url: str) -> str | None:
    match = re.match(r"^https?://(?:www\.|m\.)?(?:youtube\.com/watch\?(?:.*&)?v=|youtu\.be/|youtube\.com/embed/)([\w-]{6,})", url)
    return f"https://www.youtube.com/embed/{match.group(1)}" if match else None


def _media(dg: DeltaGenerator, kind: str, data: Any, fmt: str, start_time: Any, end_time: Any, loop: bool,
           autoplay: bool, sample_rate: int | None = None, **extra: Any) -> DeltaGenerator:
    what = "Audio" if kind == "audio" else "Video"
    # A bare subtype (format="mp3") plays in Streamlit, whose server sends
    # it as the Content-Type and the browser sniffs the rest; a data: URL
    # needs the whole type, and the page only plays audio/* and video/*.
    if isinstance(fmt, str) and fmt and "/" not in fmt:
        fmt = f"{kind}/{fmt}"
    start = _seconds(start_time, "start_time") or 0.0
    end = _seconds(end_time, "end_time")
    if end is not None and end <= start:
        raise StreamlitAPIException("end_time must be greater than start_time.")
    if data is None:
        src, mime = None, fmt
    else:
        src, mime = _media_src(data, fmt, what, sample_rate)
    cls = AudioElement if kind == "audio" else VideoElement
    more = {} if kind == "audio" else dict(extra, embed=_youtube(src) if src else None)
    payload = cls(src=src, format=mime, start_time=start, end_time=end, loop=bool(loop), autoplay=bool(autoplay), **more)
    return dg._element(payload)


@element
def audio(dg: DeltaGenerator, data: Any, format: str = "audio/wav", start_time: Any = 0, *, sample_rate: int | None = None,
          end_time: Any = None, loop: bool = False, autoplay: bool = False, width: Any = "stretch") -> DeltaGenerator:
    """Display an audio player.

    The audio is embedded in the page (a URL is played from where it is).

    Parameters:
        data: audio bytes, a file-like object, the path of an audio file in
            the app's folder, a URL, or a numpy array of samples (1-D, or
            2-D as channels × samples; encoded as WAV); None: an empty player.
        format: the MIME type of the audio ("audio/wav", or a subtype such
            as "mp3"); a file path's or uploaded file's own type wins.
        start_time: where playing starts: seconds, a timedelta or a string
            such as "2 minutes".
        sample_rate: samples per second of a numpy array (required for one).
        end_time: where playing stops, in the same forms; None: the end.
        loop: start again when the end is reached.
        autoplay: start playing when shown (browsers may refuse).
        width: "stretch" or a width in pixels.
    """
    return _media(dg, "audio", data, format, start_time, end_time, loop, autoplay, sample_rate)


@element
def video(dg: DeltaGenerator, data: Any, format: str = "video/mp4", start_time: Any = 0, *, subtitles: Any = None,
          end_time: Any = None, loop: bool = False, autoplay: bool = False, muted: bool = False,
          width: Any = "stretch") -> DeltaGenerator:
    """Display a video player (a YouTube URL is embedded as YouTube's player).

    The video is embedded in the page (a URL is played from where it is).

    Parameters:
        data: video bytes, a file-like object, the path of a video file in
            the app's folder or a URL; None: an empty player.
        format: the MIME type of the video ("video/mp4", or a subtype such
            as "webm"); a file path's or uploaded file's own type wins.
        start_time: where playing starts: seconds, a timedelta or a string
            such as "2 minutes".
        subtitles: WebVTT text, bytes or the path of a ``.vtt`` file, or a
            dict of track label -> one of those.
        end_time: where playing stops, in the same forms; None: the end.
        loop: start again when the end is reached.
        autoplay: start playing when shown (browsers may refuse unless
            ``muted``).
        muted: play without sound.
        width: "stretch" or a width in pixels.
    """
    tracks = []
    if subtitles is not None:
        items = subtitles.items() if isinstance(subtitles, dict) else [("default", subtitles)]
        for label, sub in items:
            if isinstance(sub, (bytes, bytearray)):
                text = bytes(sub).decode("utf-8")
            elif isinstance(sub, str) and not sub.lstrip().startswith("WEBVTT") and os.path.exists(sub):
                text = _read_file(sub, "Subtitle").decode("utf-8")
            else:
                text = str(sub)
            tracks.append(SubtitleTrack(label=str(label), src=data_url(text.encode("utf-8"), "text/vtt")))
    return _media(dg, "video", data, format, start_time, end_time, loop, autoplay, muted=bool(muted), subtitles=tracks)


#: Where the worker writes uploaded bytes (one file per upload, named by its
#: file id). Python deletes each one once it has read it.



class UploadedFile(io.BytesIO):
    """A file the visitor uploaded, as ``st.file_uploader`` returns it.

    A ``BytesIO`` (so ``pd.read_csv(f)``, ``PIL.Image.open(f)`` and the like
    take it directly) with the file's ``name``, MIME ``type``, ``size`` in
    bytes and ``file_id``. Each run that draws the uploader starts it at
    position 0, as Streamlit hands a fresh object to every run."""

    def __init__(self, data: bytes, *, file_id: str, name: str, type: str) -> None:  # noqa: A002 - Streamlit's name
        super().__init__(data)
        self.file_id = file_id
        self.name = name
        self.type = type
        self.size = len(data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        return f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, type={self.type!r}, size={self.size})"



# Streamlit's extension aliases: allowing one allows the other.
_TYPE_PAIRS = [(".jpg", ".jpeg"), (".mpg", ".mpeg"), (".mp4", ".mpeg4"), (".tif", ".tiff"), (".htm", ".html")]



_CATEGORY_SHORTCUTS = {"image", "audio", "video", "text"}



def normalize_types(types: str | Sequence[str] | None) -> list[str]:
    """``type=`` as the page's ``accept`` list, as Streamlit normalizes it:
    ``"csv"`` -> ``".csv"`` (lower case, aliases added), ``"image"`` ->
    ``"image/*"``, MIME types kept."""
    if not types:
        return []
    if isinstance(types, str):
        types = [types]
    extensions: list[str] = []
    mimes: list[str] = []
    for raw in types:
        entry = str(raw).strip()
        if not entry:
            continue
        if entry.lower() in _CATEGORY_SHORTCUTS:
            mimes.append(f"{entry.lower()}/*")
        elif "/" in entry:
            mimes.append(entry.lower())
        else:
            ext = entry.lower()
            extensions.append(ext if ext.startswith(".") else f".{ext}")
    for x, y in _TYPE_PAIRS:
        if x in extensions and y not in extensions:
            extensions.append(y)
        if y in extensions and x not in extensions:
            extensions.append(x)
    return mimes + extensions



def enforce_filename_restriction(filename: str, allowed: Sequence[str]) -> None:
    """Refuse a file whose extension the app did not allow, with Streamlit's
    message. The page refuses such files already; this guards the runtime
    against anything that bypasses it (as Streamlit's server does). With MIME
    types in ``allowed`` only the browser can judge, so nothing is checked."""
    if "\0" in filename:
        raise StreamlitAPIException("Filename cannot contain null bytes.")
    extensions = [t.lower() for t in allowed if t.startswith(".")]
    if any("/" in t for t in allowed) or not extensions:
        return
    if not any(filename.lower().endswith(ext) for ext in extensions):
        raise StreamlitAPIException(
            f"Invalid file extension: `{os.path.splitext(filename)[1]}`. Allowed: {extensions}"
        )



def size_display(size: float, rounding: int = 1) -> str:
    """A byte count as Streamlit's uploader shows it: ``"1.2KB"``,
    ``"200.0MB"`` (powers of 1000, the next unit from half of it on)."""
    units = ["B", "KB", "MB", "GB"]
    unit = 0
    while unit < len(units) - 1 and size > 500:
        size /= 1000
        unit += 1
    return f"{size:.{rounding}f}{units[unit]}"



def _guess_mime(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"



def _file_info(f: UploadedFile) -> dict[str, Any]:
    return {"file_id": f.file_id, "name": f.name, "type": f.type, "size": f.size}



def stage_upload(data: bytes, name: str, mime: str | None = None) -> dict[str, Any]:
    """Write ``data`` to a transfer file and return its wire entry, as the
    worker does for a file the page posted (AppTest uses this)."""
    file_id = uuid.uuid4().hex
    fd, path = tempfile.mkstemp(prefix="stc-upload-", dir=tempfile.gettempdir())
    with os.fdopen(fd, "wb") as out:
        out.write(bytes(data))
    return {"file_id": file_id, "name": str(name), "type": mime or _guess_mime(str(name)), "size": len(data), "path": path}



def _is_transfer_file(path: Any) -> bool:
    # Only files the worker (or stage_upload) wrote are read, then deleted.
    if not isinstance(path, str):
        return False
    folder, name = os.path.split(path)
    return folder == UPLOAD_DIR or (folder == tempfile.gettempdir() and name.startswith("stc-upload-"))



def _discard(path: Any) -> None:
    if _is_transfer_file(path):
        try:
            os.remove(path)
        except OSError:
            pass



def _read_staged(entry: dict[str, Any]) -> UploadedFile | None:
    path = entry.get("path")
    if not _is_transfer_file(path):
        return None
    try:
        with open(path, "rb") as f:  # type: ignore[arg-type]
            data = f.read()
    except (OSError, TypeError):
        return None  # already read (a change sent twice) or never written
    _discard(path)
    name = str(entry.get("name") or "")
    return UploadedFile(data, file_id=str(entry["file_id"]), name=name, type=str(entry.get("type") or _guess_mime(name)))



def _as_files(value: Any) -> list[UploadedFile]:
    if value is None:
        return []
    if isinstance(value, UploadedFile):
        return [value]
    return [f for f in value if isinstance(f, UploadedFile)]



@element
def file_uploader(
    dg: DeltaGenerator,
    label: str,
    type: str | Sequence[str] | None = None,  # noqa: A002 - Streamlit's name
    accept_multiple_files: bool = False,
    key: str | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> UploadedFile | list[UploadedFile] | None:
    """Display a file uploader: a drop zone with a button to pick files.

    Returns ``None`` (or ``[]`` with ``accept_multiple_files=True``) until the
    visitor picks a file, then an ``UploadedFile`` (a ``BytesIO`` with
    ``name``, ``type``, ``size``; usable by ``pd.read_csv``), or a list of
    them. Each file may be at most ``server.maxUploadSize`` MB (200 by
    default). Its value cannot be set through ``st.session_state``.

    Parameters:
        label: what the uploader is for (inline Markdown).
        type: the allowed file types: extensions (``"csv"``, ``[".csv",
            "txt"]``), MIME types, or "image"/"audio"/"video"/"text";
            None: any file.
        accept_multiple_files: take several files (a list is returned).
        key: a unique key for the widget.
        help: a tooltip shown next to the label.
        on_change: a callback run before the rerun a change of files causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey it out, so no file can be picked.
        label_visibility: "visible", "hidden" (its space kept) or
            "collapsed".
    """
    accept = normalize_types(type)
    multiple = bool(accept_multiple_files)
    max_mb = get_option("server.maxUploadSize")
    # Files this widget holds, by id: the page names them by id only; new
    # ones join as they are read (several changes may arrive between runs).
    known: dict[str, UploadedFile] = {}

    def deserialize(wire: Any) -> Any:
        files: list[UploadedFile] = []
        entries = wire.get("files", []) if isinstance(wire, dict) else []
        for entry in entries:
            if not isinstance(entry, dict) or "file_id" not in entry:
                continue
            file_id = str(entry["file_id"])
            f = known.get(file_id)
            if f is None and entry.get("path"):
                f = _read_staged(entry)
                if f is not None:
                    known[file_id] = f
            elif entry.get("path"):
                _discard(entry["path"])  # bytes of a file we hold already
            if f is not None and f not in files:
                files.append(f)
        if multiple:
            return files
        return files[0] if files else None

    def serialize(value: Any) -> Any:
        if isinstance(value, dict):
            return value  # already the wire form (AppTest's set_value)
        entries = []
        for f in _as_files(value):
            if f.file_id in known:
                entries.append(_file_info(f))
            else:  # a file this widget never had: hand its bytes over too
                entries.append({**stage_upload(f.getvalue(), f.name, f.type), "file_id": f.file_id})
        return {"files": entries}

    reg = register_widget(
        dg, "file_uploader", key=key, default=[] if multiple else None,
        identity={"label": label, "type": type if type is None or isinstance(type, str) else list(type),
                  "accept_multiple_files": multiple, "help": help},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
    )
    wid, current = reg.id, reg.value
    files = _as_files(current)
    for f in files:
        known[f.file_id] = f
        f.seek(0)
    dg._write(FileUploaderElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        value=FileUploaderFiles(files=[
            UploadedFileInfo(file_id=f.file_id, name=f.name, type=f.type, size=f.size) for f in files
        ]),
        accept=accept, multiple=multiple, max_upload_size_mb=max_mb,
    ))
    # Checked after the widget is on the page, so the visitor can still
    # remove the offending file.
    for f in files:
        if accept:
            enforce_filename_restriction(f.name, accept)
        if f.size > max_mb * 1000 * 1000:
            raise StreamlitAPIException(
                f"`{f.name}` is {size_display(f.size)}: files must be {size_display(max_mb * 1000 * 1000)} "
                "or smaller (the `server.maxUploadSize` option)."
            )
    if multiple:
        return list(files)
    return files[0] if files else None
