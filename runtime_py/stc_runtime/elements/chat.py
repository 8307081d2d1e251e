"""Chat elements: ``st.chat_input`` and ``st.chat_message`` (``st.write_stream``,
which chat apps use to show a streamed answer, is in text.py).

chat_input's wire form is the submitted text, only ever sent on submit.
"""

from __future__ import annotations

import base64
import os
import weakref
from typing import Any, Callable, Sequence

from .. import run_context
from ..delta_generator import MAIN_ROOT, DeltaGenerator
from ..element_registry import element
from ..errors import StreamlitAPIException
from ..icons import is_emoji
from ..payloads.chat import ChatInputElement, ChatMessageBlock
from ..widgets import identify, register_widget


class _Submissions:
    """Which chat inputs were submitted since their last run, per session.

    chat_input is a trigger: its value is the submitted text in the run the
    submission caused and None afterwards, in ``st.session_state`` too. The
    session state only knows boolean triggers (buttons), so this keeps the
    string trigger's bookkeeping: ``deserialize`` (called once per
    submission, when the page's change is applied) marks the widget fresh and
    forgets the previous text, so sending the same message twice is still a
    change (and runs ``on_submit``); a run that draws the widget without a
    fresh submission resets its value to None.

    (state.py resets only boolean triggers, at the end of a run; a string
    trigger needs to know whether this run's value is a new submission,
    which only the widget's own change handler sees.)
    """

    def __init__(self) -> None:
        self._fresh: weakref.WeakKeyDictionary[Any, set[str]] = weakref.WeakKeyDictionary()
        self._returned: weakref.WeakKeyDictionary[Any, dict[str, str]] = weakref.WeakKeyDictionary()

    def submitted(self, state: Any, wid: str) -> None:
        self._fresh.setdefault(state, set()).add(wid)
        state.correct_widget_value(wid, None, run=False)

    def take(self, state: Any, wid: str, value: Any) -> tuple[str | None, str | None]:
        """(returned value, text to put into the box) for this run."""
        fresh = self._fresh.get(state, set())
        if wid in fresh:
            fresh.discard(wid)
            self._returned.setdefault(state, {})[wid] = value
            return value, None
        returned = self._returned.get(state, {}).pop(wid, None)
        if value is None:
            return None, None
        # Not submitted: the text of an earlier run (stale), or text the app
        # set through st.session_state, which goes into the box unsent.
        state.correct_widget_value(wid, None)
        return None, None if value is returned else str(value)



_submissions = _Submissions()



@element
def chat_input(
    dg: DeltaGenerator,
    placeholder: str = "Your message",
    *,
    key: str | None = None,
    max_chars: int | None = None,
    accept_file: bool | str = False,
    file_type: Any = None,
    disabled: bool = False,
    on_submit: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    width: Any = "stretch",
) -> str | None:
    """Display a chat input box: a one-message text field with a send button.

    Returns the text the visitor sent, in the run the sending caused, and
    None in every other run. Written to the main area, the box is pinned to
    the bottom of the page whatever the order of the app's calls; in a
    container, column, the sidebar... it is drawn where it was written.

    Parameters:
        placeholder: the text shown while the box is empty.
        key: a unique key for the widget (also its ``st.session_state`` key;
            a string put there appears in the box, unsent).
        max_chars: the most characters the box takes; None for no limit.
        accept_file: whether files can be attached; only False is supported.
        file_type: the file types an attachment may have (unused here).
        disabled: grey the box out, so nothing can be sent.
        on_submit: a callback run before the rerun a sending causes.
        args: positional arguments for ``on_submit``.
        kwargs: keyword arguments for ``on_submit``.
        width: "stretch" or a width in pixels (the box fills its container).
    """
    if accept_file not in (False, True, "multiple", "directory"):
        raise StreamlitAPIException("The `accept_file` parameter must be a boolean or 'multiple' or 'directory'.")
    if accept_file:
        raise StreamlitAPIException("stc does not support file attachments in `st.chat_input` yet (`accept_file`); use `st.file_uploader` next to it.")
    ctx = run_context.current()
    state = ctx.session_state
    identity = {"placeholder": str(placeholder), "max_chars": max_chars}
    # deserialize needs the id before the widget registers.
    who = identify(dg, "chat_input", key=key, params=identity)
    wid = who.id

    def deserialize(v: Any) -> str | None:
        _submissions.submitted(state, wid)
        return None if v is None else str(v)

    reg = register_widget(
        dg, "chat_input", key=key, default=None, identity=identity,
        callback=on_submit, args=args, kwargs=kwargs, deserialize=deserialize, who=who,
    )
    returned, prefill = _submissions.take(state, wid, reg.value)
    bottom = dg._target() == (MAIN_ROOT,)
    dg._write(ChatInputElement(
        id=wid, placeholder=str(placeholder), max_chars=max_chars,
        disabled=bool(disabled), position="bottom" if bottom else "inline",
        value=prefill, prefill_run=ctx.run_id if prefill is not None else None,
    ))
    return returned


_AVATAR_PRESETS = {"user", "assistant", "ai", "human"}



def _image_url(data: bytes) -> str:
    kinds = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg", b"GIF8": "image/gif", b"RIFF": "image/webp"}
    mime = next((m for magic, m in kinds.items() if data.startswith(magic)), None)
    if mime is None:
        mime = "image/svg+xml" if data.lstrip()[:5] in (b"<svg ", b"<?xml") else "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"



def _avatar(avatar: Any) -> tuple[str, str]:
    """(avatar_type, avatar) as Streamlit's chat message proto has them:
    "icon" ("" means the first letter of the name), "emoji" or "image"
    (a URL; local files and bytes become data: URLs, so they work offline)."""
    if avatar is None:
        return "icon", ""
    if isinstance(avatar, str):
        if avatar in _AVATAR_PRESETS:
            return "icon", avatar
        if is_emoji(avatar):
            return "emoji", avatar
        if avatar.startswith(":material/") and avatar.endswith(":"):
            return "icon", avatar
        if avatar.startswith(("http://", "https://", "data:")):
            return "image", avatar
        if os.path.isfile(avatar):
            with open(avatar, "rb") as f:
                return "image", _image_url(f.read())
    elif isinstance(avatar, (bytes, bytearray)):
        return "image", _image_url(bytes(avatar))
    elif hasattr(avatar, "save"):  # a PIL image
        import io

        buf = io.BytesIO()
        avatar.save(buf, format="PNG")
        return "image", _image_url(buf.getvalue())
    raise StreamlitAPIException("Failed to load the provided avatar value as an image.")



@element
def chat_message(dg: DeltaGenerator, name: str, *, avatar: Any = None, width: int | str = "stretch") -> DeltaGenerator:
    """Insert a container drawn as one message of a chat, and return it.

    Write the message's content into it (``with st.chat_message("user"):``
    or ``msg.write(...)``); any element may go in.

    Parameters:
        name: the author: "user"/"human" and "assistant"/"ai" get their own
            avatar and styling; any other name is shown by its first letter.
        avatar: overrides the avatar: an emoji, a ``":material/name:"``
            icon, an image URL, the path of an image file, image bytes or a
            PIL image; None for the one ``name`` implies.
        width: "stretch" or a width in pixels (the message fills its
            container).
    """
    if name is None:
        raise StreamlitAPIException("The author name is required for a chat message, please set it via the parameter `name`.")
    name = str(name)
    if avatar is None and (name.lower() in _AVATAR_PRESETS or is_emoji(name)):
        avatar = name.lower()
    avatar_type, avatar_value = _avatar(avatar)
    return dg._block(ChatMessageBlock(name=name, avatar=avatar_value, avatar_type=avatar_type))
