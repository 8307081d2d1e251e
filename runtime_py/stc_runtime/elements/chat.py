"""Chat elements: ``st.chat_input`` and ``st.chat_message`` (``st.write_stream``,
which chat apps use to show a streamed answer, is in text.py).

chat_input's wire form is the submitted text, only ever sent on submit.
"""

from __future__ import annotations

import base64
import os
import weakref
from collections.abc import Iterator, MutableMapping
from typing import Any, Callable, Sequence

from .. import run_context
from ..delta_generator import MAIN_ROOT, DeltaGenerator
from ..element_registry import element
from ..config import get_option
from ..errors import StreamlitAPIException, StreamlitValueError
from ..icons import is_emoji
from ..payloads.chat import ChatInputElement, ChatMessageBlock
from ..sizing import height as checked_height
from ..sizing import width as checked_width
from ..widgets import callback_of, identify, register_widget
# The uploader's staging (the worker writes posted bytes to a file, Python
# reads it once): a recorded message arrives the same way.
from .media import _read_staged as read_staged
from .media import enforce_filename_restriction, normalize_types, size_display


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

    def take(self, state: Any, wid: str, value: Any) -> tuple[Any, str | None]:
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
        # Only text goes into the box (1.67 pushes plain strings only).
        return None, str(value) if isinstance(value, str) and value is not returned else None



_submissions = _Submissions()



#: the sample rates 1.67 records at (Hz)
AUDIO_SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)


class ChatInputValue(MutableMapping):
    """What ``st.chat_input`` returns when it takes more than text
    (``accept_audio=True``): the message's ``text`` and, when the visitor
    recorded one, its ``audio`` (a WAV ``UploadedFile``; None otherwise).

    It reads as a dict too (``value["text"]``, ``list(value)``); ``audio``
    is there only when the widget takes audio, and ``files`` only when it
    takes files (reading one that is not raises ``AttributeError``, as in
    1.67)."""

    def __init__(self, text: str, files: list[Any] | None = None, audio: Any = None, *,
                 include_files: bool = False, include_audio: bool = False) -> None:
        object.__setattr__(self, "_include", {"files": include_files, "audio": include_audio})
        self.text = text
        if include_files:
            self.files = list(files or [])
        if include_audio:
            self.audio = audio

    def __getattr__(self, name: str) -> Any:
        # Reached only for attributes not set: the excluded (or deleted) ones.
        if name in ("files", "audio") and not object.__getattribute__(self, "_include")[name]:
            why = "accept_file" if name == "files" else "accept_audio"
            raise AttributeError(f"'ChatInputValue' object has no attribute '{name}' ({why}=False)")
        raise AttributeError(f"'ChatInputValue' object has no attribute '{name}'")

    def _present(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if k in ("text", "files", "audio")}

    def to_dict(self) -> dict[str, Any]:
        return self._present()

    def __getitem__(self, item: str) -> Any:
        present = self._present()
        if item not in present:
            raise KeyError(f"Invalid key: {item}")
        return present[item]

    def __setitem__(self, key: str, value: Any) -> None:
        allowed = {"text"} | {k for k, on in self._include.items() if on}
        if key not in allowed:
            raise KeyError(f"Invalid key: {key}")
        setattr(self, key, value)

    def __delitem__(self, key: str) -> None:
        if key not in self._present():
            raise KeyError(f"Invalid key: {key}")
        delattr(self, key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._present())

    def __len__(self) -> int:
        return len(self._present())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ChatInputValue):
            return self._present() == other._present()
        return NotImplemented

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self._present().items())
        return f"ChatInputValue({inner})"


def _check_chat_input(submit_mode: Any, max_upload_size: Any, audio_sample_rate: Any) -> None:
    """chat_input's own checks, in 1.67's order and words."""
    if submit_mode not in ("submit", "disable", "stop"):
        raise StreamlitValueError("submit_mode", ["'submit'", "'disable'", "'stop'"])
    if max_upload_size is not None and (
            isinstance(max_upload_size, bool) or not isinstance(max_upload_size, int) or max_upload_size < 1):
        raise StreamlitValueError(
            "max_upload_size", ["a positive integer"],
            detail="Set it to None to fall back to the `server.maxUploadSize` configuration option.",
        )
    if audio_sample_rate is not None and audio_sample_rate not in AUDIO_SAMPLE_RATES:
        raise StreamlitValueError("audio_sample_rate", [str(r) for r in AUDIO_SAMPLE_RATES] + ["None"])


def _submission(wire: Any, *, accept_files: str, accept_audio: bool, max_chars: int | None) -> Any:
    """The value a submission gives the app: its text (cut at ``max_chars``,
    as 1.67 does), or, when it takes files or audio, a ChatInputValue with
    the attached files and the recording (a WAV the page made), each staged
    as an upload."""
    if isinstance(wire, dict):
        text = str(wire.get("text") or "")
        entries = [e for e in wire.get("files") or [] if isinstance(e, dict) and "file_id" in e]
        audio_id = wire.get("audio_file_id")
    else:
        text, entries, audio_id = str(wire), [], None
    if max_chars:
        text = text[:max_chars]
    audio = None
    files = []
    for entry in entries:
        f = read_staged(entry)
        if f is None:
            continue
        if str(entry["file_id"]) == audio_id:
            audio = f if accept_audio else None
        elif accept_files != "none":
            files.append(f)
    if accept_files == "one":
        files = files[-1:]
    if accept_files == "none" and not accept_audio:
        return text
    return ChatInputValue(text, files=files, audio=audio,
                          include_files=accept_files != "none", include_audio=accept_audio)


@element
def chat_input(
    dg: DeltaGenerator,
    placeholder: str = "Your message",
    *,
    key: str | None = None,
    max_chars: int | None = None,
    max_upload_size: int | None = None,
    accept_file: bool | str = False,
    file_type: Any = None,
    accept_audio: bool = False,
    audio_sample_rate: int | None = 16000,
    disabled: bool = False,
    submit_mode: str = "submit",
    on_submit: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    width: Any = "stretch",
    height: Any = "content",
) -> Any:
    """Display a chat input box: a one-message text field with a send button.

    Returns the text the visitor sent, in the run the sending caused, and
    None in every other run. With ``accept_file`` the box also has an
    attach button and with ``accept_audio=True`` a microphone button; a
    sending then returns a ``ChatInputValue``: its ``text``, its ``files``
    (``UploadedFile`` objects) and its ``audio`` (the recording as a WAV
    ``UploadedFile``, or None). Written to the main area, the box is pinned to the bottom of the
    page whatever the order of the app's calls; in a container, column, the
    sidebar... it is drawn where it was written.

    Parameters:
        placeholder: the text shown while the box is empty.
        key: a unique key for the widget (also its ``st.session_state`` key;
            a string put there appears in the box, unsent).
        max_chars: the most characters the box takes; None for no limit.
        max_upload_size: the largest attachment, in megabytes (a positive
            integer); None: the ``server.maxUploadSize`` option.
        accept_file: False (no files), True (one file), "multiple" (several)
            or "directory" (a folder's files): attachments sent with the
            message; the value is then a ``ChatInputValue`` with ``files``.
        file_type: the file types an attachment may have: extensions
            (``"csv"``), MIME types or "image"/"audio"/"video"/"text"; None:
            any file.
        accept_audio: show a microphone button: the visitor records a
            message, sent with the text.
        audio_sample_rate: the recording's sample rate in Hz (8000, 11025,
            16000, 22050, 24000, 32000, 44100 or 48000); None: the
            browser's own.
        disabled: grey the box out, so nothing can be sent.
        submit_mode: "submit" (the box stays usable while the app runs),
            "disable" (greyed out from a sending until the run it caused
            ends) or "stop" (1.67 turns the send button into a stop button;
            here the box is greyed out as with "disable": a static site's
            worker cannot stop a run).
        on_submit: a callback run before the rerun a sending causes.
        args: positional arguments for ``on_submit``.
        kwargs: keyword arguments for ``on_submit``.
        width: "stretch" or a width in pixels (the box fills its container).
        height: "content" (one line, growing with the text), "stretch" (its
            container's height) or a minimum height in pixels.
    """
    callback_of(on_submit, modes=(), name="on_submit")
    if accept_file not in (False, True, "multiple", "directory"):
        raise StreamlitValueError("accept_file", ["True", "False", "'multiple'", "'directory'"], detail=f"Got {accept_file!r}.")
    _check_chat_input(submit_mode, max_upload_size, audio_sample_rate)
    accept_files = {False: "none", True: "one", "multiple": "multiple", "directory": "directory"}[accept_file]
    accept = normalize_types(file_type) if file_type else []
    height = checked_height(height, allow_content=True)
    ctx = run_context.current()
    state = ctx.session_state
    accept_audio = bool(accept_audio)
    max_mb = get_option("server.maxUploadSize") if max_upload_size is None else max_upload_size
    identity = {"placeholder": str(placeholder), "max_chars": max_chars, "max_upload_size": max_upload_size,
                "accept_file": accept_files, "file_type": accept,
                "accept_audio": accept_audio, "audio_sample_rate": audio_sample_rate,
                "submit_mode": submit_mode, "width": width, "height": height}
    # deserialize needs the id before the widget registers.
    who = identify(dg, "chat_input", key=key, params=identity)
    wid = who.id

    def deserialize(v: Any) -> Any:
        _submissions.submitted(state, wid)
        return None if v is None else _submission(v, accept_files=accept_files, accept_audio=accept_audio,
                                                  max_chars=max_chars)

    reg = register_widget(
        dg, "chat_input", key=key, default=None, identity=identity,
        callback=on_submit, args=args, kwargs=kwargs, deserialize=deserialize, who=who, modes=(),
    )
    returned, prefill = _submissions.take(state, wid, reg.value)
    bottom = dg._target() == (MAIN_ROOT,)
    dg._write(ChatInputElement(
        id=wid, placeholder=str(placeholder), max_chars=max_chars,
        disabled=bool(disabled), position="bottom" if bottom else "inline",
        value=prefill, prefill_run=ctx.run_id if prefill is not None else None,
        accept_audio=accept_audio, audio_sample_rate=audio_sample_rate if accept_audio else None,
        max_upload_size_mb=max_mb, submit_mode=submit_mode, width=checked_width(width), height=height,
        accept_file=accept_files, file_type=accept,
    ))
    if isinstance(returned, ChatInputValue) and accept_files != "none":
        # Checked once the box is on the page, as the uploader does: the
        # page refuses such files already; this guards against a change
        # that bypassed it.
        for f in returned.files:
            if accept:
                enforce_filename_restriction(f.name, accept)
            if f.size > max_mb * 1000 * 1000:
                raise StreamlitAPIException(
                    f"`{f.name}` is {size_display(f.size)}: files must be {size_display(max_mb * 1000 * 1000)} or smaller."
                )
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
        width: "stretch" (its container's width), "content" (its
            content's) or a width in pixels.
    """
    if name is None:
        raise StreamlitAPIException("The author name is required for a chat message, please set it via the parameter `name`.")
    name = str(name)
    if avatar is None and (name.lower() in _AVATAR_PRESETS or is_emoji(name)):
        avatar = name.lower()
    avatar_type, avatar_value = _avatar(avatar)
    return dg._block(ChatMessageBlock(name=name, avatar=avatar_value, avatar_type=avatar_type,
                                      width=checked_width(width, allow_content=True)))
