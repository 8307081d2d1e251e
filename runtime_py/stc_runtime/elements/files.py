"""Files and links: file_uploader, download_button, link_button.

How an upload reaches the app (no server, and no file bytes in JSON):

    page: <input type=file> ─ File.arrayBuffer() ─┐ Rerun change, the buffers
                                                  │ transferred (not copied)
    worker.js pump(): bytes ─► /tmp/stc-uploads/<file_id> (Pyodide's FS),
                      ``data`` replaced by ``path``
    Python: {"files": [{file_id, name, type, size, path}]} ─ deserialize ─►
            UploadedFile (read once, the transfer file deleted)

Files the app already holds travel back without ``path`` (the page only
names them by ``file_id``, e.g. when another file is removed), so a file's
bytes cross from the page once. The wire form is documented on
``protocol.WidgetChange``; AppTest's ``FileUploader.set_value`` sends the same.
"""

from __future__ import annotations

import base64
import io
import mimetypes
import os
import tempfile
import uuid
from typing import Any, Callable, Sequence

from ..config import get_option
from ..delta_generator import DeltaGenerator, element
from ..errors import StreamlitAPIException
from .widgets import _common, _register

#: Where the worker writes uploaded bytes (one file per upload, named by its
#: file id). Python deletes each one once it has read it.
UPLOAD_DIR = "/tmp/stc-uploads"

_BUTTON_TYPES = ("primary", "secondary", "tertiary")


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


# --- file_uploader ------------------------------------------------------------

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
    """Display a file uploader widget.

    Returns ``None`` (or ``[]`` with ``accept_multiple_files=True``) until the
    visitor picks a file, then an ``UploadedFile`` (a ``BytesIO`` with
    ``name``, ``type``, ``size``; usable by ``pd.read_csv``), or a list of
    them. ``type`` limits the allowed extensions (``"csv"``, ``[".csv",
    "txt"]``); files are limited to ``server.maxUploadSize`` MB (200 by
    default) each. Its value cannot be set through ``st.session_state``."""
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

    wid, current = _register(
        dg, "file_uploader", key=key, default=[] if multiple else None,
        identity={"label": label, "type": type if type is None or isinstance(type, str) else list(type),
                  "accept_multiple_files": multiple, "help": help},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
    )
    files = _as_files(current)
    for f in files:
        known[f.file_id] = f
        f.seek(0)
    dg._write({
        "kind": "file_uploader", "id": wid, **_common(label, help, disabled, label_visibility),
        "value": {"files": [_file_info(f) for f in files]},
        "accept": accept, "multiple": multiple, "max_upload_size_mb": max_mb,
    })
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


# --- download_button ----------------------------------------------------------


def _download_bytes(data: Any, mime: str | None) -> tuple[bytes, str]:
    """``data`` as bytes and its MIME type (Streamlit's defaults: text/plain
    for text, application/octet-stream for binary data)."""
    if isinstance(data, str):
        return data.encode(), mime or "text/plain"
    if isinstance(data, io.StringIO):
        return data.getvalue().encode(), mime or "text/plain"
    if isinstance(data, io.TextIOBase):
        return data.read().encode(), mime or "text/plain"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), mime or "application/octet-stream"
    if isinstance(data, io.BytesIO):
        data.seek(0)
        return data.getvalue(), mime or "application/octet-stream"
    if isinstance(data, (io.BufferedIOBase, io.RawIOBase)):
        data.seek(0)
        return data.read() or b"", mime or "application/octet-stream"
    # Streamlit takes no DataFrame either: convert it (``df.to_csv()``).
    raise StreamlitAPIException(f"Invalid binary data format: {data.__class__}")


def _check_button_type(fn: str, value: str) -> None:
    if value not in _BUTTON_TYPES:
        raise StreamlitAPIException(
            f'The type argument to st.{fn} must be "primary", "secondary", or "tertiary". \n'
            f'The argument passed was "{value}".'
        )


def _width(use_container_width: bool | None, width: Any) -> Any:
    if use_container_width is not None:
        return "stretch" if use_container_width else "content"
    if width not in ("content", "stretch") and not (isinstance(width, int) and not isinstance(width, bool) and width > 0):
        raise StreamlitAPIException(f"Invalid width value: {width!r}. Width must be either an integer (pixels), 'stretch', or 'content'.")
    return width


@element
def download_button(
    dg: DeltaGenerator,
    label: str,
    data: Any,
    file_name: str | None = None,
    mime: str | None = None,
    key: str | None = None,
    help: str | None = None,
    on_click: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    type: str = "secondary",  # noqa: A002 - Streamlit's name
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
) -> bool:
    """Display a button that downloads ``data`` (str, bytes, a file-like
    object, or a callable returning one of these) as ``file_name``.

    Clicking it downloads the file and, unless ``on_click="ignore"``, reruns
    the app: the button returns True only in that run (a callable
    ``on_click`` runs first, as for ``st.button``)."""
    _check_button_type("download_button", type)
    width = _width(use_container_width, width)
    if callable(data):
        # Streamlit (1.52+) calls it when the visitor clicks; without a
        # server round trip we call it now, so the page has the bytes ready.
        data = data()
    payload, mime_type = _download_bytes(data, mime)
    if not file_name:
        # Streamlit's server names an unnamed download this way.
        file_name = "streamlit_download" + (mimetypes.guess_extension(mime_type.split(";")[0].strip()) or "")
    callback = None if on_click is None or on_click in ("rerun", "ignore") else on_click
    if callback is not None and not callable(callback):
        raise StreamlitAPIException(f'on_click must be "rerun", "ignore", None or a callable, not {on_click!r}.')
    wid, clicked = _register(
        dg, "download_button", key=key, default=False,
        identity={"label": label, "icon": icon, "file_name": file_name, "mime": mime, "help": help,
                  "type": type, "width": width},
        callback=callback, args=args, kwargs=kwargs, deserialize=bool, is_trigger=True,
    )
    try:
        text, encoding = payload.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = base64.b64encode(payload).decode("ascii"), "base64"
    dg._write({
        "kind": "download_button", "id": wid, **_common(label, help, disabled, "visible"),
        "button_type": type, "icon": icon, "width": width,
        # The bytes travel in the element (text as is, binary as base64), so
        # the page can save them without asking the worker; large downloads
        # cost their size in every run that draws the button.
        "data": text, "encoding": encoding, "file_name": file_name, "mime": mime_type,
        "ignore_rerun": on_click == "ignore",
    })
    return bool(clicked)


# --- link_button --------------------------------------------------------------


@element
def link_button(
    dg: DeltaGenerator,
    label: str,
    url: str,
    *,
    help: str | None = None,
    type: str = "secondary",  # noqa: A002 - Streamlit's name
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
) -> None:
    """Display a link styled as a button; it opens ``url`` in a new tab and
    does not rerun the app."""
    _check_button_type("link_button", type)
    dg._write({
        "kind": "link_button", "label": str(label), "url": str(url), "help": help,
        "button_type": type, "icon": icon, "disabled": bool(disabled),
        "width": _width(use_container_width, width),
    })
