"""Payloads of the chat family (elements/chat.py; the page draws them in
runtime_js/src/kinds/chat.js)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from . import ElementPayload, WidgetPayload, url


@dataclass(frozen=True, kw_only=True)
class ChatInputElement(WidgetPayload):
    """``st.chat_input``: a text box whose submission sends the text once (a
    trigger: the app receives it in that run only)."""

    KIND: ClassVar[str] = "chat_input"
    #: the message the visitor sent
    SENDS: ClassVar[Any] = str
    IN_FORMS: ClassVar[bool] = False
    #: the text shown in the empty box (also its accessible name)
    placeholder: str = "Your message"
    #: the most characters the box takes; null: no limit
    max_chars: int | None = None
    #: drawn greyed out, and the visitor cannot type or send
    disabled: bool = False
    #: ``"bottom"``: pinned to the bottom of the page (written to the main
    #: area); ``"inline"``: drawn where it was written (a container, the
    #: sidebar...)
    position: Literal["bottom", "inline"] = "inline"
    #: text the app put into the box through ``st.session_state``, shown
    #: unsent; null: leave the box as the visitor has it
    value: str | None = None
    #: the run that set ``value`` (a new run number makes the page put the
    #: text in again, even if it equals the last one); null with ``value``
    prefill_run: int | None = None


@dataclass(frozen=True, kw_only=True)
class ChatMessageBlock(ElementPayload):
    """``st.chat_message``: a container drawn as one message of a chat, with
    its author's avatar."""

    KIND: ClassVar[str] = "block:chat_message"
    #: the author's name (the message's accessible label; with no avatar,
    #: its first letter is shown)
    name: str
    #: ``avatar_type`` "icon": ``"user"``, ``"assistant"``, ``"ai"``,
    #: ``"human"``, a ``":material/name:"`` icon or ``""`` (the name's first
    #: letter); "emoji": the emoji; "image": the image's URL (a ``data:`` URL
    #: for a local file or bytes), put in an ``<img src>``
    avatar: str = url("")
    #: how to read ``avatar``: ``"icon"``, ``"emoji"`` or ``"image"``
    avatar_type: Literal["icon", "emoji", "image"] = "icon"
