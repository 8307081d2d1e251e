"""AppTest accessors of the chat family (elements/chat.py):
``at.chat_input`` and ``at.chat_message``. A chat input written at the
top of the main area is pinned to the bottom of the page: 1.67's tree has
it in a root of its own (``at._tree.children[3]``, type ``"unknown"``)."""

from __future__ import annotations

from typing import Any

from ..payloads.chat import ChatInputElement, ChatMessageBlock
from ._tree import _UNSET, AppTestError, Block, Widget, register


class ChatInput(Widget):
    """``set_value(text)`` submits ``text`` at the next ``run()``; ``value``
    is what the app received in the last run (None unless that run was
    caused by a submission)."""

    NOT_FROM_PAYLOAD = ("label",)

    @property
    def label(self) -> str:  # 1.67's ChatInput has no label
        raise AttributeError(f"{type(self).__name__!r} object has no attribute 'label'")

    payload: ChatInputElement

    @property
    def placeholder(self) -> str:
        return self.payload.placeholder

    @property
    def max_chars(self) -> int:
        return self.payload.max_chars or 0

    @property
    def value(self) -> Any:
        """Text set for the next run (attached files are not part of it
        until then), else what the app received in the last run."""
        pending = self.root._pending.get(self.id, _UNSET)
        if pending is not _UNSET:
            return pending
        return self.root._session.state.widget_value(self.id)

    def _assert_accepts_files(self) -> None:
        if getattr(self.payload, "accept_file", "none") != "none":
            return
        key_part = f" (key={self.key!r})" if self.key else ""
        raise AppTestError(
            f"st.chat_input{key_part} does not accept files. "
            "Pass accept_file=True, 'multiple', or 'directory'."
        )

    def upload(self, filename: str, content: bytes, mime_type: str = "application/octet-stream") -> "ChatInput":
        """Attach a file to the next submission (sent at the next ``run()``,
        with the text ``set_value`` gave, or none). ``accept_file=True``
        replaces a file attached before; ``"multiple"`` and ``"directory"``
        add to them."""
        self._assert_can_interact()
        self._assert_accepts_files()
        if not isinstance(filename, str) or filename == "":
            raise AppTestError(f"st.chat_input file names must be a non-empty string. Got {filename!r}.")
        if not isinstance(content, bytes):
            raise AppTestError(f"st.chat_input file content must be bytes. Got {type(content).__name__}.")
        if not isinstance(mime_type, str) or mime_type == "":
            raise AppTestError(f"st.chat_input file MIME types must be a non-empty string. Got {mime_type!r}.")
        allowed = list(self.payload.file_type)
        if allowed:
            from ..elements.media import enforce_filename_restriction

            try:
                enforce_filename_restriction(filename, allowed)
            except Exception as exc:  # noqa: BLE001 - the app's own error, as AppTest reports it
                raise AppTestError(str(exc)) from exc
        from ..elements.media import stage_upload

        entry = stage_upload(content, filename, mime_type)
        staged = self.root._chat_files.get(self.id) or []
        self.root._chat_files[self.id] = [*staged, entry] if self.payload.accept_file != "one" else [entry]
        return self

    def clear(self) -> "ChatInput":
        """Remove the files attached for the next submission (the text stays)."""
        self._assert_can_interact()
        self._assert_accepts_files()
        self.root._chat_files.pop(self.id, None)
        return self


class ChatMessage(Block):
    payload: ChatMessageBlock

    @property
    def name(self) -> str:
        return self.payload.name

    @property
    def avatar(self) -> str:
        """The avatar: an emoji, an image's address, or ``"user"`` /
        ``"assistant"`` for the two built-in icons (which the names
        "human" and "ai" also pick)."""
        p = self.payload
        if p.avatar_type == "icon":
            return _ICON_NAMES.get(p.avatar, p.avatar)
        return p.avatar


# The built-in avatars' other names.
_ICON_NAMES = {"human": "user", "ai": "assistant"}


register("chat_input", ChatInput)
register("block:chat_message", ChatMessage)
