"""Buttons: ``st.button``, ``st.download_button`` and ``st.link_button``
(``st.form_submit_button`` is in forms.py, ``st.page_link`` in
navigation.py). Their payloads are in payloads/buttons.py; the page draws
them in runtime_js/src/kinds/buttons.js."""

from __future__ import annotations

import base64
import io
import mimetypes
from typing import Any, Callable, Sequence

from .. import run_context
from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..shortcuts import normalize as normalize_shortcut
from ..sizing import icon_position as _icon_position
from ..sizing import width as checked_width
from ..errors import StreamlitAPIException, StreamlitDuplicateElementKey, StreamlitValueError
from ..payloads.buttons import ButtonElement, DownloadButtonElement, LinkButtonElement
from ..widgets import callback_of, label_fields, register_widget


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
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """Display a button.

    Returns True in the run its click causes, and False in every other run.

    Parameters:
        label: the button's text (inline Markdown).
        key: a unique key for the widget.
        help: a tooltip shown on hover (Markdown); None for none.
        on_click: a callback run before the rerun the click causes.
        args: positional arguments for ``on_click``.
        kwargs: keyword arguments for ``on_click``.
        type: "primary", "secondary" (the default) or "tertiary": how much
            the button stands out.
        icon: an emoji or ``":material/name:"`` shown beside the label; None
            for none.
        icon_position: "left" (the default) or "right": the side of the
            label the icon is drawn on.
        disabled: grey the button out, so it cannot be clicked.
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``width="content"``; None: ``width`` decides.
        width: "content" (as wide as its label), "stretch" (its container's
            width) or a width in pixels.
        shortcut: a key that clicks the button, with optional modifiers:
            "K", "Ctrl+K", "Cmd+Enter", "Mod+Shift+F" ("Mod" is Ctrl); None
            for none. The button shows it as a hint.
        wrap: True: a long label wraps onto more lines; False: it stays on
            one line, cut with an ellipsis; None: one line inside a column or
            horizontal container, wrapping elsewhere.
    """
    if type not in _BUTTON_TYPES:
        raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
    icon_position = _icon_position(icon_position)
    shortcut = None if shortcut is None else normalize_shortcut(shortcut)
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    width = checked_width(width, allow_content=True)
    reg = register_widget(
        dg, "button", key=key, default=False,
        identity={"label": label, "help": help, "type": type, "icon": icon,
                  "width": width, "icon_position": icon_position, "shortcut": shortcut},
        callback=on_click, args=args, kwargs=kwargs, deserialize=bool, is_trigger=True,
    )
    wid, clicked = reg.id, reg.value
    dg._write(ButtonElement(
        id=wid, **label_fields(label, help, disabled, "visible"),
        button_type=type, icon=icon, icon_position=icon_position, width=width,
        wrap=None if wrap is None else bool(wrap), shortcut=shortcut,
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
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """Display a button that saves ``data`` as a file on the visitor's
    computer.

    The file's bytes are sent to the page with the button, so the download
    needs no round trip to the app. A click also reruns the app, unless
    ``on_click="ignore"``: the button returns True in that run only (a
    callable ``on_click`` runs first, as for ``st.button``).

    Parameters:
        label: the button's text (inline Markdown).
        data: the file's content: a str, bytes, a text or binary file-like
            object, or a callable returning one of these (called when the
            button is drawn).
        file_name: the name the file is saved under; None: "streamlit_download"
            with the extension of ``mime``.
        mime: the file's MIME type; None: "text/plain" for text,
            "application/octet-stream" for binary data.
        key: a unique key for the widget.
        help: a tooltip shown on hover (Markdown); None for none.
        on_click: "rerun" (the default) or None: a click reruns the app;
            "ignore": it only downloads; a callable: run before the rerun.
        args: positional arguments for a callable ``on_click``.
        kwargs: keyword arguments for a callable ``on_click``.
        type: "primary", "secondary" (the default) or "tertiary": how much
            the button stands out.
        icon: an emoji or ``":material/name:"`` shown before the label; None
            for none.
        icon_position: "left" (the default) or "right": the side of the
            label the icon is drawn on.
        disabled: grey the button out, so it cannot be clicked.
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``width="content"``; None: ``width`` decides.
        width: "content" (as wide as its label), "stretch" (its container's
            width) or a width in pixels.
        shortcut: a key that clicks the button, with optional modifiers:
            "K", "Ctrl+K", "Cmd+Enter", "Mod+Shift+F" ("Mod" is Ctrl); None
            for none. The button shows it as a hint.
        wrap: True: a long label wraps onto more lines; False: it stays on
            one line, cut with an ellipsis; None: one line inside a column or
            horizontal container, wrapping elsewhere.
    """
    _check_button_type("download_button", type)
    icon_position = _icon_position(icon_position)
    shortcut = None if shortcut is None else normalize_shortcut(shortcut)
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
                  "type": type, "width": width, "icon_position": icon_position, "shortcut": shortcut},
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
        icon_position=icon_position, wrap=None if wrap is None else bool(wrap), shortcut=shortcut,
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
    key: str | None = None,
    on_click: Any = "ignore",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    help: str | None = None,
    type: str = "secondary",  # noqa: A002 - Streamlit's name
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> Any:
    """Display a link that looks like a button.

    A click opens ``url`` in a new tab. By default (``on_click="ignore"``)
    that is all: the app does not rerun and the call returns the element's
    place (as every element call does). With ``on_click="rerun"`` or a
    callable, the click also reruns the app (after the callable), and the
    call returns True in the run the click caused, False otherwise, as
    ``st.button`` does.

    Parameters:
        label: the button's text (inline Markdown).
        url: where the link goes (http(s), mailto: or tel:, or a path
            relative to the app).
        key: a unique key for it; with ``on_click``, its
            ``st.session_state`` key.
        on_click: "ignore" (the default: only the link opens), "rerun" or
            a callable run before the rerun the click causes.
        args: positional arguments for the ``on_click`` callable.
        kwargs: keyword arguments for the ``on_click`` callable.
        help: a tooltip shown on hover (Markdown); None for none.
        type: "primary", "secondary" (the default) or "tertiary": how much
            the button stands out.
        icon: an emoji or ``":material/name:"`` shown before the label; None
            for none.
        icon_position: "left" (the default) or "right": the side of the
            label the icon is drawn on.
        disabled: grey the button out, so the link cannot be followed.
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``width="content"``; None: ``width`` decides.
        width: "content" (as wide as its label), "stretch" (its container's
            width) or a width in pixels.
        shortcut: a key that clicks the button, with optional modifiers:
            "K", "Ctrl+K", "Cmd+Enter", "Mod+Shift+F" ("Mod" is Ctrl); None
            for none. The button shows it as a hint.
        wrap: True: a long label wraps onto more lines; False: it stays on
            one line, cut with an ellipsis; None: one line inside a column or
            horizontal container, wrapping elsewhere.
    """
    _check_button_type("link_button", type)
    callback_of(on_click, name="on_click")  # 1.67's checks and messages, before anything is drawn
    label = "" if label is None else str(label)
    width = _width(use_container_width, width)
    icon_position = _icon_position(icon_position)
    shortcut = None if shortcut is None else normalize_shortcut(shortcut)
    reruns = on_click != "ignore"
    wid, clicked = None, False
    if reruns:
        # A trigger, as st.button: True in the run its click caused.
        reg = register_widget(
            dg, "link_button", key=key, default=False,
            identity={"label": label, "icon": icon, "url": str(url), "help": help, "type": type,
                      "width": width, "icon_position": icon_position, "shortcut": shortcut},
            callback=on_click, args=args, kwargs=kwargs, deserialize=bool, is_trigger=True,
        )
        wid, clicked = reg.id, reg.value
    elif key is not None:
        _claim_key(key)
    place = dg._element(LinkButtonElement(
        label=label, url=str(url), help=help,
        button_type=type, icon=icon, disabled=bool(disabled), width=width,
        icon_position=icon_position, wrap=None if wrap is None else bool(wrap),
        shortcut=shortcut, id=wid, key=None if key is None else str(key),
    ))
    return clicked if reruns else place


def _claim_key(key: Any) -> None:
    """A keyed link button that does not rerun still takes its key: another
    element with the same key is a duplicate, as in 1.67."""
    ctx = run_context.current()
    key = str(key)
    if key in ctx.widget_keys:
        raise StreamlitDuplicateElementKey(key)
    ctx.widget_keys.add(key)
