"""Text and time widgets: text_area, date_input, time_input, color_picker,
chat_input, and ``st.write_stream``.

Every widget follows the recipe of ``widgets.py`` (STYLE.md lesson 5):
check the arguments -> ``_register`` (identity, session state) -> write the
element -> return the value. Wire forms (what the page sends and shows):

- text_area: the text, or None;
- date_input: a list of 0-2 ISO dates (``"2019-07-06"``), as ``<input
  type=date>`` reads and writes them;
- time_input: ``"HH:MM"`` (Streamlit's form; steps are whole minutes), or None;
- color_picker: ``"#rrggbb"``;
- chat_input: the submitted text (only ever sent on submit).
"""

from __future__ import annotations

import inspect
import re
import weakref
from datetime import date, datetime, time, timedelta
from typing import Any, Callable, Sequence

from .. import context
from ..delta_generator import MAIN_ROOT, DeltaGenerator, element
from ..errors import StreamlitAPIException
from ..widget_id import compute_widget_id
from .text import _clean, write
from .widgets import _common, _register

# --- text_area ------------------------------------------------------------------


@element
def text_area(
    dg: DeltaGenerator,
    label: str,
    value: Any = "",
    height: int | str | None = None,
    max_chars: int | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> str | None:
    """Display a multi-line text input; returns its text (``None`` when
    ``value=None`` and nothing was entered). The page sends the text when the
    visitor leaves the field or presses Ctrl/Cmd+Enter."""
    if height is not None and height not in ("content", "stretch"):
        if isinstance(height, bool) or not isinstance(height, int):
            raise StreamlitAPIException(f"Invalid height value: {height!r}. Height must be a positive integer, 'content' or 'stretch'.")
        if height < 68:
            raise StreamlitAPIException(f"Invalid height {height}px for `st.text_area` - must be at least 68 pixels.")
    default = None if value is None else str(value)
    if default is not None and max_chars is not None and len(default) > max_chars:
        raise StreamlitAPIException(f"Default value '{default}' is longer than max_chars ({max_chars}).")
    wid, current = _register(
        dg, "text_area", key=key, default=default,
        identity={"label": label, "value": default, "height": height, "max_chars": max_chars,
                  "help": help, "placeholder": placeholder},
        callback=on_change, args=args, kwargs=kwargs,
        deserialize=lambda v: None if v is None else str(v), explicit_default=value not in ("", None),
    )
    dg._write({
        "kind": "text_area", "id": wid, **_common(label, help, disabled, label_visibility),
        "value": current, "height": height, "max_chars": max_chars, "placeholder": placeholder,
    })
    return current


# --- date_input -------------------------------------------------------------------

_DATE_FORMAT = re.compile(r"^(YYYY[/.\-]MM[/.\-]DD|DD[/.\-]MM[/.\-]YYYY|MM[/.\-]DD[/.\-]YYYY)$")
# Streamlit's default ``value``: today, moved into [min_value, max_value]
# (an explicit ``"today"`` outside them is an error instead).
_TODAY_DEFAULT = "default_value_today"


def _as_date(v: Any) -> Any:
    return v.date() if isinstance(v, datetime) else v


def _add_years(d: date, years: int) -> date:
    year = min(max(d.year + years, date.min.year), date.max.year)
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February in a year without one
        return d.replace(year=year, day=28)


def _parse_dates(value: Any) -> tuple[list[date] | None, bool]:
    """(dates, is_range) of a date_input ``value``."""
    if value is None:
        return None, False
    if isinstance(value, str) and value in ("today", _TODAY_DEFAULT):
        return [date.today()], False
    if isinstance(value, date):
        return [_as_date(value)], False
    if isinstance(value, (list, tuple)) and len(value) <= 2 and all(isinstance(v, date) for v in value):
        return [_as_date(v) for v in value], True
    raise StreamlitAPIException(
        "DateInput value should either be an date/datetime or a list/tuple of 0 - 2 date/datetime values"
    )


def _bound(bound: Any, dates: list[date] | None, years: int, name: str) -> date:
    if bound is None:
        base = (dates[0] if years < 0 else dates[-1]) if dates else date.today()
        return _add_years(base, years)
    if isinstance(bound, date):
        return _as_date(bound)
    raise StreamlitAPIException(f"DateInput {name} should either be a date/datetime or None")


@element
def date_input(
    dg: DeltaGenerator,
    label: str,
    value: Any = _TODAY_DEFAULT,
    min_value: date | None = None,
    max_value: date | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    format: str = "YYYY/MM/DD",
    disabled: bool = False,
    label_visibility: str = "visible",
) -> Any:
    """Display a date input. A tuple/list ``value`` of 0-2 dates makes a range
    input that returns a tuple; ``value=None`` starts empty (returns None).
    ``min_value``/``max_value`` default to ten years before/after the value."""
    if not isinstance(format, str) or not _DATE_FORMAT.match(format):
        raise StreamlitAPIException(
            f"The provided format (`{format}`) is not valid. DateInput format should be one of "
            "`YYYY/MM/DD`, `DD/MM/YYYY`, or `MM/DD/YYYY` and can also use a period (.) or hyphen (-) as separators."
        )
    dates, is_range = _parse_dates(value)
    if value == _TODAY_DEFAULT and key is not None:
        # No value given: a range preset through session_state makes a range
        # input, as in Streamlit.
        state = context.current().session_state
        if str(key) in state and isinstance(state[str(key)], (list, tuple)):
            is_range = True
            dates = [_as_date(d) for d in state[str(key)] if isinstance(d, date)]
    lo = _bound(min_value, dates, -10, "min")
    hi = _bound(max_value, dates, 10, "max")
    if value == _TODAY_DEFAULT and dates and not is_range:
        dates = [min(max(dates[0], lo), hi)]
    if lo > hi:
        raise StreamlitAPIException(f"The `min_value`, set to {lo}, shouldn't be larger than the `max_value`, set to {hi}.")
    if dates and (dates[0] < lo or dates[-1] > hi):
        raise StreamlitAPIException(
            f"The default `value` of {dates} must lie between the `min_value` of {lo} "
            f"and the `max_value` of {hi}, inclusively."
        )

    def deserialize(v: Any) -> Any:
        parsed = sorted(min(max(date.fromisoformat(s), lo), hi) for s in (v or []) if s)
        if is_range:
            return tuple(parsed)
        return parsed[0] if parsed else None

    def serialize(v: Any) -> list[str]:
        if v is None:
            return []
        items = list(v) if isinstance(v, (list, tuple)) else [v]
        return [_as_date(d).isoformat() for d in items]

    default = None if dates is None else (tuple(dates) if is_range else dates[0])
    # Today is not part of the identity (the widget must survive midnight),
    # nor are the bounds derived from it: like Streamlit, hash None for them.
    wid, current = _register(
        dg, "date_input", key=key, default=default,
        identity={"label": label, "value": None if value is None or isinstance(value, str) else serialize(default),
                  "min_value": None if min_value is None else _as_date(min_value),
                  "max_value": None if max_value is None else _as_date(max_value),
                  "help": help, "format": format},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
        explicit_default=value is not None and value != _TODAY_DEFAULT,
    )
    dg._write({
        "kind": "date_input", "id": wid, **_common(label, help, disabled, label_visibility),
        "value": serialize(current), "min": lo.isoformat(), "max": hi.isoformat(),
        "is_range": is_range, "format": format,
    })
    if is_range:
        return tuple(_as_date(d) for d in current) if isinstance(current, (list, tuple)) else current
    return _as_date(current)


# --- time_input -------------------------------------------------------------------


def _time_text(t: Any) -> str | None:
    if t is None:
        return None
    if isinstance(t, datetime):
        t = t.time()
    return t.strftime("%H:%M")


@element
def time_input(
    dg: DeltaGenerator,
    label: str,
    value: Any = "now",
    key: str | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    step: int | timedelta = timedelta(minutes=15),
) -> time | None:
    """Display a time input; returns a ``datetime.time`` (``None`` when
    ``value=None`` and nothing was entered). ``step`` is in seconds (or a
    timedelta), from 60 seconds to 23 hours; default 15 minutes."""
    if value is None:
        parsed = None
    elif isinstance(value, str) and value == "now":
        parsed = datetime.now().time().replace(second=0, microsecond=0)
    elif isinstance(value, datetime):
        parsed = value.time().replace(second=0, microsecond=0)
    elif isinstance(value, time):
        parsed = value
    else:
        raise StreamlitAPIException("The type of value should be one of datetime, time or None")
    if isinstance(step, bool) or not isinstance(step, (int, timedelta)):
        raise StreamlitAPIException(f"`step` can only be `int` or `timedelta` but {type(step)} is provided.")
    seconds = step.seconds if isinstance(step, timedelta) else step
    if seconds < 60 or seconds > timedelta(hours=23).seconds:
        raise StreamlitAPIException(
            f"`step` must be between 60 seconds and 23 hours but is currently set to {seconds} seconds."
        )

    def deserialize(v: Any) -> time | None:
        return None if v in (None, "") else time.fromisoformat(str(v)[:5])

    wid, current = _register(
        dg, "time_input", key=key, default=parsed,
        # "now" stays "now" in the identity, or the widget would reset every minute.
        identity={"label": label, "value": value if value is None or isinstance(value, str) else parsed,
                  "help": help, "step": seconds},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=_time_text,
        explicit_default=value is not None and not isinstance(value, str),
    )
    if isinstance(current, datetime):  # set through session_state
        current = current.time()
    dg._write({
        "kind": "time_input", "id": wid, **_common(label, help, disabled, label_visibility),
        "value": _time_text(current), "step": seconds,
    })
    return current


# --- color_picker -----------------------------------------------------------------

_HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


@element
def color_picker(
    dg: DeltaGenerator,
    label: str,
    value: str | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> str:
    """Display a color picker; returns the color as a hex string (``"#RRGGBB"``
    as given by the app, ``"#rrggbb"`` once the visitor picked one)."""
    default = "#000000" if value is None else value
    if not isinstance(default, str):
        raise StreamlitAPIException(
            f"Color Picker Value has invalid type: {type(default).__name__}. Expects a hex string like '#00FFAA' or '#000'."
        )
    if not _HEX_COLOR.match(default):
        raise StreamlitAPIException(f"'{default}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'.")
    wid, current = _register(
        dg, "color_picker", key=key, default=default,
        identity={"label": label, "value": str(value), "help": help},
        callback=on_change, args=args, kwargs=kwargs,
        deserialize=lambda v: default if v is None else str(v), explicit_default=value is not None,
    )
    dg._write({"kind": "color_picker", "id": wid, **_common(label, help, disabled, label_visibility), "value": current})
    return current


# --- chat_input -------------------------------------------------------------------


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
    """Display a chat input; returns the submitted message in the run its
    submission caused, else None. In the main area it is pinned to the bottom
    of the page; in a container, column, sidebar... it stays inline."""
    if accept_file not in (False, True, "multiple", "directory"):
        raise StreamlitAPIException("The `accept_file` parameter must be a boolean or 'multiple' or 'directory'.")
    if accept_file:
        raise StreamlitAPIException("stc does not support file attachments in `st.chat_input` yet (`accept_file`); use `st.file_uploader` next to it.")
    ctx = context.current()
    state = ctx.session_state
    identity = {"placeholder": str(placeholder), "max_chars": max_chars}
    # The id is needed by deserialize before _register returns it; both use
    # the one identity function.
    wid = compute_widget_id("chat_input", script_path=ctx.script_path, key=None if key is None else str(key), **identity)

    def deserialize(v: Any) -> str | None:
        _submissions.submitted(state, wid)
        return None if v is None else str(v)

    registered, value = _register(
        dg, "chat_input", key=key, default=None, identity=identity,
        callback=on_submit, args=args, kwargs=kwargs, deserialize=deserialize,
    )
    assert registered == wid
    returned, prefill = _submissions.take(state, wid, value)
    bottom = dg._target() == (MAIN_ROOT,)
    dg._write({
        "kind": "chat_input", "id": wid, "placeholder": str(placeholder), "max_chars": max_chars,
        "disabled": bool(disabled), "position": "bottom" if bottom else "inline",
        "value": prefill, "prefill_run": ctx.run_id if prefill is not None else None,
    })
    return returned


# --- write_stream -----------------------------------------------------------------

_TEXT_CURSOR = "▕"


def _chunk_text(chunk: Any) -> Any:
    """An OpenAI-style chat-completion chunk (``.choices[0].delta.content``;
    other SDKs copy its shape) or a LangChain message chunk -> its text."""
    if isinstance(chunk, str):
        return chunk
    choices = getattr(chunk, "choices", None)
    if isinstance(choices, (list, tuple)) and (not choices or hasattr(choices[0], "delta")):
        # The first chunk of some providers (Azure) has no choices at all.
        return (getattr(choices[0].delta, "content", None) or "") if choices else ""
    if type(chunk).__name__ == "AIMessageChunk" and isinstance(getattr(chunk, "content", None), str):
        return chunk.content
    return chunk


def _sync_iter(agen: Any) -> Any:
    import asyncio

    loop = asyncio.new_event_loop()
    try:
        while True:
            try:
                yield loop.run_until_complete(agen.__anext__())
            except StopAsyncIteration:
                return
    finally:
        loop.close()


@element
def write_stream(dg: DeltaGenerator, stream: Any) -> Any:
    """Write a stream of text as it arrives, typewriter style: a generator,
    generator function, iterable, async generator, or an OpenAI/LangChain
    stream. Consecutive strings grow one Markdown element; anything else is
    written with ``st.write``. Returns the whole text, or a list of what was
    written when the stream held more than one string run or other objects."""
    module = type(stream).__module__ or ""
    if isinstance(stream, str) or (module.startswith("pandas") and type(stream).__name__ in ("DataFrame", "Series")):
        raise StreamlitAPIException(
            f"`st.write_stream` expects a generator or stream-like object as input not {type(stream)}. "
            "Please use `st.write` instead for this data type."
        )
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if inspect.isasyncgen(stream):
        stream = _sync_iter(stream)
    try:
        chunks = iter(stream)
    except TypeError as exc:
        raise StreamlitAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. "
            "Please make sure that it is a generator, generator function or iterable."
        ) from exc

    ctx = context.current()
    written: list[Any] = []
    text = ""
    path: tuple[int, ...] | None = None  # the Markdown element being grown

    shown = ""

    def show(body: str) -> None:
        nonlocal path, shown
        payload = {"kind": "markdown", "body": _clean(body), "unsafe_allow_html": False, "help": None, "variant": "body"}
        if path is None:
            path = dg._write(payload)
        elif body != shown:
            ctx.write(path, payload)  # the same element again, longer
        shown = body

    def flush() -> None:
        nonlocal text, path
        if text and path is not None:
            show(text)  # without the cursor
            written.append(text)
        text, path = "", None

    for chunk in chunks:
        chunk = _chunk_text(chunk)
        if isinstance(chunk, str):
            if not chunk:
                continue
            first = path is None
            text += chunk
            # Like Streamlit, the cursor shows from the second piece on.
            show(text if first else text + _TEXT_CURSOR)
        elif callable(chunk):
            flush()
            chunk()
        else:
            flush()
            write(dg, chunk)
            written.append(chunk)
    flush()
    if not written:
        return ""
    if len(written) == 1 and isinstance(written[0], str):
        return written[0]
    return written
