"""AppTest accessors of the chat family (elements/chat.py):
``at.chat_input`` and ``at.chat_message``."""

from __future__ import annotations

from ..payloads.chat import ChatInputElement, ChatMessageBlock
from ._tree import Block, Widget, register


class ChatInput(Widget):
    """``set_value(text)`` submits ``text`` at the next ``run()``; ``value``
    is what the app received in the last run (None unless that run was
    caused by a submission)."""

    payload: ChatInputElement

    @property
    def placeholder(self) -> str:
        return self.payload.placeholder

    @property
    def max_chars(self) -> int | None:
        return self.payload.max_chars


class ChatMessage(Block):
    payload: ChatMessageBlock

    @property
    def name(self) -> str:
        return self.payload.name

    @property
    def avatar(self) -> str:
        return self.payload.avatar


register("chat_input", ChatInput)
register("block:chat_message", ChatMessage, category="chat_message")
