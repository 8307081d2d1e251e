"""Payloads of the chat family (elements/chat.py; the page draws them in
runtime_js/src/kinds/chat.js)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from . import ElementPayload, WidgetPayload, url
from .media import SentFile


@dataclass(frozen=True)
class ChatInputSubmission:
    """What a ``chat_input`` that takes files or audio sends: the text, and
    the attachments and the recording as uploaded files (a
    ``file_uploader``'s ``SentFile``: its bytes cross as a transferable, the
    worker stages them)."""

    #: the message's text (``""`` when only files were sent)
    text: str
    #: the attached files, and the recording when there is one
    files: list[SentFile] = field(default_factory=list)
    #: which of ``files`` is the recording; null: no recording
    audio_file_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class ChatInputElement(WidgetPayload):
    """``st.chat_input``: a text box whose submission sends the text once (a
    trigger: the app receives it in that run only)."""

    KIND: ClassVar[str] = "chat_input"
    #: the message the visitor sent: its text, or (``accept_audio``) its
    #: text with the recording
    SENDS: ClassVar[Any] = str | ChatInputSubmission
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
    #: attachments: ``"none"``, ``"one"`` file, ``"multiple"`` files or a
    #: ``"directory"``'s files, sent with the text
    accept_file: Literal["none", "one", "multiple", "directory"] = "none"
    #: the attachments' allowed types: extensions (``".csv"``) and MIME
    #: types (``"image/*"``); empty: any file
    file_type: list[str] = field(default_factory=list)
    #: show a microphone button: the visitor records a message (sent as a
    #: WAV file with the text)
    accept_audio: bool = False
    #: the recording's sample rate in Hz; null: the browser's own
    audio_sample_rate: int | None = None
    #: the largest attachment, in megabytes (``max_upload_size``, else
    #: ``server.maxUploadSize``); the page refuses a larger recording
    max_upload_size_mb: int = 200
    #: ``"submit"``: usable while the app runs; ``"disable"`` and ``"stop"``:
    #: greyed out from a sending until the run it caused ends
    submit_mode: Literal["submit", "disable", "stop"] = "submit"
    #: ``"stretch"`` or a width in pixels
    width: int | Literal["stretch"] = "stretch"
    #: ``"content"`` (one line, growing with the text), ``"stretch"`` or a
    #: minimum height in pixels
    height: int | Literal["content", "stretch"] = "content"


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
    #: "stretch" (the container's width), "content" or pixels
    width: int | Literal["stretch", "content"] = "stretch"
