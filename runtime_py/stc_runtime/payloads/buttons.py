"""Payloads of the buttons family (elements/buttons.py, runtime_js/src/kinds/buttons.js)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from . import ElementPayload, LabeledWidgetPayload, url


@dataclass(frozen=True, kw_only=True)
class ButtonElement(LabeledWidgetPayload):
    """``st.button``: a click sends ``true`` once (a trigger)."""

    KIND: ClassVar[str] = "button"
    #: ``true``: clicked
    SENDS: ClassVar[Any] = bool
    SETTABLE: ClassVar[bool] = False
    IN_FORMS: ClassVar[bool] = False
    #: ``"primary"``, ``"secondary"`` or ``"tertiary"``
    button_type: str = "secondary"
    #: an emoji or ``":material/name:"`` shown beside the label; null: none
    icon: str | None = None
    #: ``"left"`` or ``"right"``: which side of the label the icon is on
    icon_position: str = "left"
    #: ``"content"``, ``"stretch"`` or a width in pixels
    width: Any = "content"
    #: whether the label may wrap onto more lines; null: the layout decides
    #: (single line with an ellipsis in a column or horizontal container)
    wrap: bool | None = None
    #: the key that clicks it, canonical ("ctrl+shift+k"); null: none
    shortcut: str | None = None


@dataclass(frozen=True, kw_only=True)
class DownloadButtonElement(LabeledWidgetPayload):
    """``st.download_button``: the bytes travel in the payload, so the page
    saves them without asking the worker; a click also sends ``true``
    (unless ``ignore_rerun``)."""

    KIND: ClassVar[str] = "download_button"
    #: ``true``: clicked (the download starts in the page)
    SENDS: ClassVar[Any] = bool
    SETTABLE: ClassVar[bool] = False
    IN_FORMS: ClassVar[bool] = False
    #: ``"primary"``, ``"secondary"`` or ``"tertiary"``
    button_type: str = "secondary"
    #: an emoji or ``":material/name:"`` shown before the label; null: none
    icon: str | None = None
    #: ``"left"`` or ``"right"``: which side of the label the icon is on
    icon_position: str = "left"
    #: whether the label may wrap onto more lines; null: the layout decides
    #: (single line with an ellipsis in a column or horizontal container)
    wrap: bool | None = None
    #: the key that clicks it, canonical ("ctrl+shift+k"); null: none
    shortcut: str | None = None
    #: ``"content"``, ``"stretch"`` or a width in pixels
    width: Any = "content"
    #: the file's content: text as is, binary as base64 (see ``encoding``)
    data: str = ""
    #: ``"utf-8"`` or ``"base64"``: how ``data`` holds the bytes
    encoding: str = "utf-8"
    #: the name the browser saves the file under
    file_name: str = ""
    #: the file's MIME type
    mime: str = "application/octet-stream"
    #: ``on_click="ignore"``: downloading does not rerun the app
    ignore_rerun: bool = False


@dataclass(frozen=True, kw_only=True)
class LinkButtonElement(ElementPayload):
    """``st.link_button``: a link styled as a button, opened in a new tab;
    with ``on_click`` ("rerun" or a callable) it is also a trigger widget:
    the click reruns the app."""

    KIND: ClassVar[str] = "link_button"
    #: ``true`` under ``id``: the visitor clicked it (``on_click`` set)
    SENDS: ClassVar[Any] = bool
    SETTABLE: ClassVar[bool] = False
    #: the label, inline Markdown
    label: str
    #: where the link goes
    url: str = url("")
    #: the tooltip text (Markdown); null: none
    help: str | None = None
    #: ``"primary"``, ``"secondary"`` or ``"tertiary"``
    button_type: str = "secondary"
    #: an emoji or ``":material/name:"`` shown before the label; null: none
    icon: str | None = None
    #: drawn greyed out, and the link cannot be followed
    disabled: bool = False
    #: ``"left"`` or ``"right"``: which side of the label the icon is on
    icon_position: str = "left"
    #: whether the label may wrap onto more lines; null: the layout decides
    #: (single line with an ellipsis in a column or horizontal container)
    wrap: bool | None = None
    #: the key that clicks it, canonical ("ctrl+shift+k"); null: none
    shortcut: str | None = None
    #: ``"content"``, ``"stretch"`` or a width in pixels
    width: Any = "content"
    #: the widget id a click is sent to, besides opening the link
    #: (``on_click`` set); null: the click only opens the link
    id: str | None = None
    #: the app's key (the CSS class ``st-key-<key>``); null: none
    key: str | None = None
