"""Buttons: ``st.button``, ``st.download_button`` and ``st.link_button``
(``st.form_submit_button`` is in forms.py, ``st.page_link`` in
navigation.py)."""

from __future__ import annotations

import base64
import io
import mimetypes
from typing import Any, Callable, Sequence

from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..errors import StreamlitAPIException
from ..payloads.buttons import ButtonElement, DownloadButtonElement, LinkButtonElement
from ..widgets import label_fields, register_widget


@element
def button(
    dg: DeltaGenerator,
    label: str,
    key: str | None = None,
    help: str | None = None,
    on_click: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
) -> bool:
    """Display a button. Returns True only in the run caused by its click."""
    reg = register_widget(
        dg, "button", key=key, default=False,
        identity={"label": label, "help": help, "type": type, "icon": icon},
        callback=on_click, args=args, kwargs=kwargs, deserialize=bool, is_trigger=True,
    )
    wid, clicked = reg.id, reg.value
    dg._write(ButtonElement(
        id=wid, **label_fields(label, help, disabled, "visible"),
        button_type=type, icon=icon, use_container_width=bool(use_container_width),
    ))
    return bool(clicked)


_BUTTON_TYPES = ("primary", "secondary", "tertiary")



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
    reg = register_widget(
        dg, "download_button", key=key, default=False,
        identity={"label": label, "icon": icon, "file_name": file_name, "mime": mime, "help": help,
                  "type": type, "width": width},
        callback=callback, args=args, kwargs=kwargs, deserialize=bool, is_trigger=True,
    )
    wid, clicked = reg.id, reg.value
    try:
        text, encoding = payload.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = base64.b64encode(payload).decode("ascii"), "base64"
    dg._write(DownloadButtonElement(
        id=wid, **label_fields(label, help, disabled, "visible"),
        button_type=type, icon=icon, width=width,
        # The bytes travel in the element (text as is, binary as base64), so
        # the page can save them without asking the worker; large downloads
        # cost their size in every run that draws the button.
        data=text, encoding=encoding, file_name=file_name, mime=mime_type,
        ignore_rerun=on_click == "ignore",
    ))
    return bool(clicked)



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
    dg._write(LinkButtonElement(
        label=str(label), url=str(url), help=help,
        button_type=type, icon=icon, disabled=bool(disabled),
        width=_width(use_container_width, width),
    ))
