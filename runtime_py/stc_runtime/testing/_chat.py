"""AppTest accessors of the chat family (elements/chat.py)."""

from __future__ import annotations

from ._tree import Block, Widget, register


class ChatInput(Widget):
    """``set_value(text)`` submits ``text`` at the next ``run()``; ``value``
    is what the app received in the last run (None unless that run was
    caused by a submission)."""

    @property
    def placeholder(self) -> str:
        return self.proto["placeholder"]

    @property
    def max_chars(self) -> int | None:
        return self.proto.get("max_chars")


class ChatMessage(Block):
    @property
    def name(self) -> str:
        return self.proto["name"]

    @property
    def avatar(self) -> str:
        return self.proto["avatar"]


register("chat_input", ChatInput)
register("block:chat_message", ChatMessage, category="chat_message")
