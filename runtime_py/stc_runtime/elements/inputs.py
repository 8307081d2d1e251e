"""Inputs for text, numbers, dates and times: ``st.text_input``,
``st.text_area``, ``st.number_input``, ``st.slider``, ``st.date_input`` and
``st.time_input``. Their payloads are in payloads/inputs.py; the page draws
them in runtime_js/src/kinds/inputs.js.

Wire forms (what the page sends and shows):

- text_input, text_area: the text, or None;
- number_input: the number, or None;
- slider: a list of one or two numbers (dates and times travel as
  microseconds since the epoch);
- date_input: a list of 0-2 ISO dates (``"2019-07-06"``), as ``<input
  type=date>`` reads and writes them;
- time_input: ``"HH:MM"`` (``"HH:MM:SS"`` when ``step`` is not whole
  minutes), or None.

``required`` and text_input's ``validate`` are checks the page makes (as in
Streamlit, they run in the browser): the app still gets its default until
the visitor gives a value that passes them.
"""

from __future__ import annotations

import dataclasses
import math
import re
from datetime import date, datetime, time, timedelta, timezone
from numbers import Integral, Real
from typing import Any, Callable, Sequence

from .. import run_context, url_binding
from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitJSNumberBoundsError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from ..icons import validate_icon_or_emoji
from ..payloads.inputs import (
    DateInputElement,
    NumberInputElement,
    SliderElement,
    TextAreaElement,
    TextInputElement,
    TimeInputElement,
)
from ..sizing import height as checked_height
from ..sizing import width as checked_width
from ..widgets import is_int, label_fields, register_widget


# What each text_input ``type`` brings when the app leaves the matching
# parameter None: (icon, placeholder, validate rule, autocomplete). The
# rules are JavaScript regular expressions the page compiles with the "us"
# flags; they only catch clear mistakes (a dotted domain for an email, a
# dotted host for a URL with an optional scheme), as 1.67's do.
_TEXT_TYPES: dict[str, tuple[str | None, str | None, tuple[str, str] | None, str]] = {
    "default": (None, None, None, ""),
    "password": (None, None, None, "new-password"),
    "email": (":material/mail:", "you@example.com",
              (r"^[^\s@]+@[^\s@]+\.[^\s@]+$", "Enter a valid email address."), "email"),
    "url": (":material/link:", "https://example.com",
            (r"^([Hh][Tt][Tt][Pp][Ss]?://)?[^\s/.]+\.[^\s]+$", "Enter a valid URL."), "url"),
    "phone": (":material/call:", "+1 234 567 8900", None, "tel"),
    "search": (":material/search:", "Search", None, "off"),
}

#: ``live=True``: the pause (ms) after which typing is committed
_LIVE_DEFAULT_MS = 250
#: the longest pause ``live`` may ask for (a minute), so a typo such as
#: "60m" cannot hold a commit back for hours
_LIVE_MAX_MS = 60_000


def _validate_rule(validate: Any) -> tuple[str | None, str | None]:
    """``(regex, message)`` of a ``validate`` argument (either may be None)."""
    if validate is None:
        return None, None
    if isinstance(validate, str):
        return validate, None
    if isinstance(validate, tuple):
        if len(validate) == 2 and all(isinstance(part, str) for part in validate):
            return validate[0], validate[1]
        raise StreamlitValueError("validate", ["a regex string", "a (regex, message) tuple of strings"])
    raise StreamlitInvalidParameterTypeError("validate", type(validate).__name__, ["None", "str", "tuple"])


def _live_ms(live: Any) -> int | None:
    """The typing pause (ms) after which the page commits, or None when it
    commits only on Enter or leaving the field (``live=False``)."""
    if live is False:
        return None
    if live is True:
        return _LIVE_DEFAULT_MS
    if isinstance(live, (int, float, timedelta)):
        # A bare number would be ambiguous (milliseconds? seconds?): 1.67
        # wants the unit spelled out.
        raise StreamlitInvalidParameterTypeError(
            "live", type(live).__name__, ["bool", "str"],
            detail=("A number or `datetime.timedelta` is not accepted. Use `True` for a 250ms pause, or a "
                    "duration string like `'300ms'` or `'0.5s'`. `live=300` is not milliseconds (and "
                    "`live=0.3` is not seconds); duration units must be explicit."),
        )
    if not isinstance(live, str):
        raise StreamlitInvalidParameterTypeError("live", type(live).__name__, ["bool", "str"])
    if re.fullmatch(r"\s*\d+(\.\d*)?\s*", live):
        # A duration without a unit reads as nanoseconds (pandas' rule, which
        # st.cache_data's ttl strings follow): "0" commits on every change.
        seconds = float(live) * 1e-9
    else:
        from ..caching.core import ttl_seconds  # the ttl strings of st.cache_data

        seconds = ttl_seconds(live)
    ms = round(seconds * 1000)
    if seconds > 0 and ms == 0:
        ms = 1  # a tiny pause stays a pause, not "every change"
    if seconds < 0 or ms > _LIVE_MAX_MS:
        raise StreamlitValueOutOfRangeError(
            "live", live, "0ms", "1m",
            detail="Use `True` for the 250ms default, `'0ms'` to commit on every change, or a duration string up to `'1m'`.",
        )
    return ms


def _checked(codec: url_binding.UrlCodec, check: Callable[[Any], Any]) -> url_binding.UrlCodec:
    """``codec``, reading through ``check`` as well: it returns the value the
    widget takes, or raises ValueError for one it cannot (out of its bounds,
    say), which drops the parameter and leaves the default, as 1.67 does
    with a URL value its deserializer refuses."""
    return dataclasses.replace(codec, read=lambda value: check(codec.read(value)))


def _within(lo: Any, hi: Any) -> Callable[[Any], Any]:
    def check(v: Any) -> Any:
        items = v if isinstance(v, (list, tuple)) else [v]
        if any(x is not None and ((lo is not None and x < lo) or (hi is not None and x > hi)) for x in items):
            raise ValueError(f"{v!r} is outside {lo!r}..{hi!r}")
        return v
    return check


def _truncated(max_chars: int | None) -> Callable[[Any], str | None]:
    """The deserializer of a text field: its text, cut to ``max_chars``."""
    def deserialize(v: Any) -> str | None:
        if v is None:
            return None
        text = str(v)
        return text[:max_chars] if max_chars is not None else text
    return deserialize


@element
def text_input(
    dg: DeltaGenerator,
    label: str,
    value: str | None = "",
    max_chars: int | None = None,
    key: str | None = None,
    type: str = "default",
    help: str | None = None,
    autocomplete: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    validate: str | tuple[str, str] | None = None,
    live: str | bool = False,
    width: int | str = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> str | None:
    """Display a single-line text field.

    Returns its text: ``value`` until the visitor edits it, then what they
    entered (the page sends it on Enter or when the field loses focus, or
    after a pause in typing with ``live``); None while ``value=None`` and
    nothing was typed.

    Parameters:
        label: what the field is for (inline Markdown).
        value: the text shown at first; None: an empty field that returns None.
        max_chars: the most characters the field takes; None for no limit.
        key: a unique key for the widget (also its ``st.session_state`` key).
        type: "default"; "password" (masks what is typed); "email", "url",
            "phone" or "search": the browser's field of that kind, with an
            icon, a placeholder, an autocomplete token and (email, url) a
            format check of its own, each used only while the matching
            parameter is None ("" turns it off).
        help: a tooltip shown next to the label (Markdown); None for none.
        autocomplete: the ``autocomplete`` attribute the browser gets for the
            field ("email", "username"...); None: the type's ("" for
            "default").
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        placeholder: grey text shown while the field is empty; None: the
            type's (none for "default" and "password").
        disabled: grey the field out, so it cannot be edited.
        required: the field must hold more than blanks: the page keeps the
            last value instead of sending an empty one (inside a form, the
            form is not submitted) and says "This field is required.". The
            widget still returns its default until the visitor types.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        icon: an emoji, ``":material/name:"`` or "spinner" shown inside the
            field, left of the text; None: the type's.
        validate: a JavaScript regular expression the text must match before
            the page sends it, or ``(regex, message)`` to say what is wrong
            in your words; None: the type's rule. Empty text is never
            checked. The check runs in the browser: check again in the app
            when it matters.
        live: send the text while the visitor types, after a pause: True
            (250 ms) or a duration string ("300ms", "0.5s"; "0ms" sends every
            change), at most a minute; False: on Enter or leaving the field.
            No effect inside a form.
        width: "stretch" (the container's width) or a width in pixels.
        bind: "query-params": the value lives in the page's URL under the
            key, so a link or a reload shows it (needs ``key``).
        persist_state: "page" or "session": keep the value while the
            widget is not drawn (on its page, or in the whole session).
    """
    live_ms = _live_ms(live)
    if type not in _TEXT_TYPES:
        raise StreamlitValueError("type", [repr(t) for t in _TEXT_TYPES])
    given = None if value is None else str(value)
    # A default longer than max_chars is cut to it (the identity keeps it
    # whole), as 1.67 does.
    default = _truncated(max_chars)(given)
    # The widget's identity holds what the app passed, not the type's
    # defaults (the type itself is part of it).
    own_regex, _ = _validate_rule(validate)
    if bind == "query-params" and type == "password":
        raise StreamlitIncompatibleParametersError(
            "bind='query-params'", "type='password'", explanation="Password values must not appear in URLs."
        )
    reg = register_widget(
        dg, "text_input", key=key, default=default,
        identity={"label": label, "value": given, "max_chars": max_chars, "type": type,
                  "help": help, "placeholder": placeholder, "autocomplete": autocomplete,
                  "icon": icon, "width": width, "live": live_ms, "validate": own_regex, "required": bool(required)},
        callback=on_change, args=args, kwargs=kwargs,
        deserialize=_truncated(max_chars), explicit_default=value not in ("", None),
        bind=bind, persist_state=persist_state, url=_checked(url_binding.text(), _truncated(max_chars)),
    )
    type_icon, type_placeholder, type_rule, type_autocomplete = _TEXT_TYPES[type]
    regex, message = _validate_rule(type_rule if validate is None else validate)
    wid, current = reg.id, reg.value
    dg._write(TextInputElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        value=current, max_chars=max_chars, input_type=type,
        placeholder=type_placeholder if placeholder is None else str(placeholder),
        autocomplete=type_autocomplete if autocomplete is None else autocomplete,
        icon=validate_icon_or_emoji(type_icon if icon is None else icon) or None,
        required=bool(required), validate_regex=regex or None, validate_message=message,
        live_debounce_ms=live_ms, width=checked_width(width),
    ))
    return current




def _numeric_kind(*values: Any, default: str) -> str:
    """'int' when every given number is an int, 'float' when every one is a
    float, ``default`` when none is given (Streamlit refuses mixed types, and
    so do we)."""
    present = [v for v in values if v is not None and v != "min"]
    for v in present:
        if isinstance(v, bool) or not isinstance(v, Real):
            raise StreamlitAPIException(f"Number widgets accept int or float values, not {type(v).__name__} ({v!r}).")
    kinds = {"int" if is_int(v) else "float" for v in present}
    if len(kinds) > 1:
        raise StreamlitAPIException(
            "All numerical arguments must be of the same type. "
            + ", ".join(f"{v!r} is {'an int' if is_int(v) else 'a float'}" for v in present)
            + "."
        )
    return kinds.pop() if kinds else default



def _plain(x: Any) -> Any:
    # numpy scalars (a DataFrame column's min(), say) become Python numbers:
    # the element must reach the page as JSON.
    if x is None or isinstance(x, str):
        return x
    return int(x) if is_int(x) else float(x)



@element
def number_input(
    dg: DeltaGenerator,
    label: str,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    value: int | float | None | str = "min",
    step: int | float | None = None,
    format: str | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    width: int | str = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> int | float | None:
    """Display a number field with - and + buttons.

    Returns the number: an int when every number given (bounds, value,
    step) is an int, else a float (a float when none is given); what the
    visitor types is clamped to the bounds. None while the field is empty
    (``value=None``, or emptied by the visitor).

    Parameters:
        label: what the field is for (inline Markdown).
        min_value: the smallest number accepted; None: no lower bound.
        max_value: the largest number accepted; None: no upper bound.
        value: the number shown at first; "min" (the default): ``min_value``,
            or 0 without one; None: an empty field that returns None.
        step: what the buttons add or take away; None: 1 for ints, 0.01 for
            floats.
        format: a printf-style format the number is shown with ("%d",
            "%0.2f", "%.1e"...); None: "%d" for ints, "%0.2f" for floats.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        placeholder: grey text shown while the field is empty; None for none.
        disabled: grey the field out, so it cannot be changed.
        required: the field may not be emptied: the page keeps the last
            number instead of sending none (inside a form, the form is not
            submitted) and says "This field is required.". It does not
            change the default: pair it with ``value=None`` for a field that
            starts empty.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        icon: an emoji, ``":material/name:"`` or "spinner" shown inside the
            field, left of the number; None for none.
        width: "stretch" (the container's width) or a width in pixels.
        bind: "query-params": the value lives in the page's URL under the
            key, so a link or a reload shows it (needs ``key``).
        persist_state: "page" or "session": keep the value while the
            widget is not drawn (on its page, or in the whole session).
    """
    given = (min_value, max_value, value, step)
    if not all(isinstance(a, (Integral, type(None), str)) for a in given) \
            and not all(isinstance(a, (float, type(None), str)) for a in given):
        raise StreamlitMixedNumericTypesError(value=value, min_value=min_value, max_value=max_value, step=step)
    # With no number at all Streamlit makes a float input (``value=0.0``).
    kind = _numeric_kind(min_value, max_value, value, step, default="float")
    min_value, max_value, value, step = (_plain(v) for v in (min_value, max_value, value, step))
    cast = int if kind == "int" else float
    if step is None:
        step = 1 if kind == "int" else 0.01
    explicit_default = value != "min"
    if value == "min":
        value = min_value if min_value is not None else cast(0)
    # The bounds are compared with each other first: with value=None the
    # value checks below are skipped and would hide inverted bounds.
    if min_value is not None and max_value is not None and min_value > max_value:
        raise StreamlitInvalidMinMaxError(min_value, max_value)
    if value is not None:
        if min_value is not None and value < min_value:
            raise StreamlitValueBelowMinError(value, min_value)
        if max_value is not None and value > max_value:
            raise StreamlitValueAboveMaxError(value, max_value)
    if kind == "int":
        # The page holds numbers as JavaScript does: whole numbers beyond
        # 2**53 - 1 would not stay exact there.
        for name, number in (("`min_value`", min_value), ("`max_value`", max_value), ("`step`", step), ("`value`", value)):
            if number is not None and abs(number) > _JS_MAX_SAFE_INTEGER:
                raise StreamlitJSNumberBoundsError(_js_int_bounds_message(name, number))
    if format is None:
        format = "%d" if kind == "int" else "%0.2f"

    def deserialize(v: Any) -> Any:
        if v is None or v == "":
            return None
        # A number outside the bounds (or not finite) gives the default back,
        # as 1.67's deserializer does; the page's own field never sends one.
        if not math.isfinite(float(v)) or (min_value is not None and v < min_value) \
                or (max_value is not None and v > max_value):
            return default
        return cast(v)

    default = None if value is None else cast(value)
    reg = register_widget(
        dg, "number_input", key=key, default=default,
        identity={"label": label, "min_value": min_value, "max_value": max_value, "value": default,
                  "step": step, "format": format, "help": help, "placeholder": placeholder,
                  "icon": icon, "width": width, "required": bool(required)},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, explicit_default=explicit_default,
        bind=bind, persist_state=persist_state,
        url=_checked(url_binding.number(integer=kind == "int", clearable=default is None), _within(min_value, max_value)),
        round_trip=True,
    )
    wid, current = reg.id, reg.value
    dg._write(NumberInputElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        value=current, min=min_value, max=max_value, step=step, format=format,
        is_int=kind == "int", placeholder=None if placeholder is None else str(placeholder),
        icon=validate_icon_or_emoji(icon) or None, required=bool(required), width=checked_width(width),
    ))
    return current



@element
def slider(
    dg: DeltaGenerator,
    label: str,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    value: Any = None,
    step: int | float | None = None,
    format: str | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: int | str = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display a slider over ints, floats, dates, times or datetimes.

    Returns the value under the thumb (sent when the visitor releases it),
    of the type the slider was given. A ``value`` of two (a tuple or list)
    makes a range slider with two thumbs, which returns a ``(low, high)``
    tuple.

    Parameters:
        label: what the slider is for (inline Markdown).
        min_value: the left end; None: 0 for numbers, midnight for times, 14
            days before ``value`` for dates and datetimes.
        max_value: the right end; None: 100 for ints, 1 for floats, the end
            of the day for times, 14 days after ``value`` for dates.
        value: where the thumb starts, or the two ends of a range; None:
            ``min_value`` (both ends for a range set through session state).
        step: the distance between two positions: a number, or a
            ``timedelta`` for dates and times; None: 1 for ints, 0.01 for
            floats, 15 minutes for times, a day for dates and datetimes (15
            minutes when ``max_value`` is less than a day after
            ``min_value``).
        format: how the readout shows a value: printf-style for numbers
            ("%d", "%.1f%%"), Moment.js-style for dates and times
            ("YYYY-MM-DD", "HH:mm"); None: from the type.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the slider out, so it cannot be moved.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        width: "stretch" (the container's width) or a width in pixels.
        bind: "query-params": the value lives in the page's URL under the
            key, so a link or a reload shows it (needs ``key``).
        persist_state: "page" or "session": keep the value while the
            widget is not drawn (on its page, or in the whole session).
    """
    width = checked_width(width)
    if value is None:
        # No value: the thumb starts at min_value, or, when session state
        # already holds a pair for the key, the range spans the track.
        single = True
        state = run_context.current().session_state
        if key is not None and str(key) in state:
            single = isinstance(state[str(key)], _SLIDER_SCALARS)
        lo0 = min_value if min_value is not None else 0
        value = lo0 if single else [lo0, max_value if max_value is not None else 100]
    is_range = not isinstance(value, _SLIDER_SCALARS)
    if is_range and not (isinstance(value, (list, tuple)) and len(value) <= 2):
        if isinstance(value, (list, tuple)):
            raise StreamlitValueError("value", [
                "int", "float", "date", "time", "datetime",
                "a list containing up to two such values", "a tuple containing up to two such values"])
        raise StreamlitInvalidParameterTypeError(
            "value", type(value).__name__, ["int", "float", "date", "time", "datetime", "list", "tuple"])
    values = list(value) if is_range else [value]
    kinds = [_slider_kind(v) for v in values]
    if len(set(kinds)) > 1:
        raise StreamlitInvalidParameterTypeError(
            "value", ", ".join(type(v).__name__ for v in values), ["list or tuple containing values of the same type"])
    kind = kinds[0] if kinds else "int"
    timelike = kind in ("date", "datetime", "time")
    if not timelike:
        # numpy scalars (a DataFrame column's min(), say) become Python
        # numbers of the slider's type: the element reaches the page as JSON.
        values = [int(v) if kind == "int" else float(v) for v in values]
    if kind == "time":
        tz = values[0].tzinfo
        default_lo, default_hi = time.min.replace(tzinfo=tz), time.max.replace(tzinfo=tz)
    elif timelike:
        default_lo, default_hi = _window_around(values[0], timedelta(days=14))
    else:
        default_lo, default_hi = (0, 100) if kind == "int" else (0.0, 1.0)
    min_value = _plain(min_value) if not timelike else min_value
    max_value = _plain(max_value) if not timelike else max_value
    step = _plain(step) if not isinstance(step, timedelta) else step
    if min_value is None:
        min_value = default_lo
    if max_value is None:
        max_value = default_hi
    if step is None:
        step = _SLIDER_STEPS[kind]
        if kind in ("date", "datetime") and abs(max_value - min_value) < timedelta(days=1):
            step = timedelta(minutes=15)
    if format is None:
        format = _SLIDER_FORMATS[kind]
    if isinstance(step, timedelta):
        if step == timedelta(0):
            raise StreamlitValueError("step", ["a timedelta"], detail="Zero is not allowed.")
    elif step == 0:
        raise StreamlitValueError("step", ["a number"], detail="Zero is not allowed.")
    bounds = (min_value, max_value, step)
    int_args = all(isinstance(a, Integral) for a in bounds)
    float_args = all(isinstance(a, Real) and not isinstance(a, Integral) for a in bounds)
    time_args = timelike and isinstance(step, timedelta) and type(min_value) is type(max_value)
    if not (int_args or float_args or time_args):
        raise StreamlitInvalidParameterTypeError(
            "value", f"min_value={type(min_value).__name__}, max_value={type(max_value).__name__}, "
            f"step={type(step).__name__}", ["matching numeric types", "matching date/time types"])
    if not ((kind == "int" and int_args) or (kind == "float" and float_args) or (timelike and time_args)):
        raise StreamlitInvalidParameterTypeError(
            "value", f"value={type(value).__name__}, min_value={type(min_value).__name__}, "
            f"max_value={type(max_value).__name__}", ["value and arguments with matching types"])
    # As 1.67: bounds given the wrong way round are swapped, and the track
    # grows to hold the value (a range given backwards is put in order).
    if min_value > max_value:
        min_value, max_value = max_value, min_value
    if len(values) == 2 and values[0] > values[1]:
        values.reverse()
    if values:
        min_value, max_value = min(values[0], min_value), max(values[-1], max_value)
    else:
        values = [min_value, max_value]
    if kind == "int":
        for name, bound in (("`min_value`", min_value), ("`max_value`", max_value)):
            if abs(bound) > _JS_MAX_SAFE_INTEGER:
                raise StreamlitJSNumberBoundsError(_js_int_bounds_message(name, bound))
    to_wire: Callable[[Any], Any] = (lambda v: _to_micros(v, kind)) if timelike else (lambda v: v)
    lo, hi = to_wire(min_value), to_wire(max_value)
    if lo == hi:
        raise StreamlitInvalidMinMaxError(*(_as_datetime(b, kind) for b in (min_value, max_value)))
    tz = getattr(values[0], "tzinfo", None) if kind in ("time", "datetime") else None
    cast = int if kind == "int" else float

    def from_wire(x: Any) -> Any:
        if timelike:
            return _from_micros(int(round(float(x))), kind, tz)
        number = cast(x)
        if kind == "float" and isinstance(step, Real) and step:
            # Snap to the step grid so 0.1 + 0.2 style noise never shows.
            number = round(number, max(0, -math.floor(math.log10(step))) + 2)
        return number

    default = tuple(values) if is_range else values[0]

    def deserialize(v: Any) -> Any:
        items = list(v) if isinstance(v, (list, tuple)) else [v]
        # The wrong count of values, or one off the track, gives the default
        # back, as 1.67's deserializer does.
        if len(items) != (2 if is_range else 1) or any(
                not math.isfinite(float(x)) or not lo <= float(x) <= hi for x in items):
            return default
        parts = [from_wire(x) for x in sorted(items, key=float)]
        return tuple(parts) if is_range else parts[0]

    def serialize(v: Any) -> Any:
        items = [to_wire(x) for x in (v if is_range else [v])]
        return items if is_range else items[0]

    def in_bounds(v: Any) -> Any:
        _within(lo, hi)([to_wire(x) for x in (v if is_range else [v])])
        return v

    codec = (url_binding.iso_moments(kind, count=2 if is_range else 1) if timelike
             else url_binding.numbers(integer=kind == "int", count=2 if is_range else 1))
    reg = register_widget(
        dg, "slider", key=key, default=default,
        identity={"label": label, "min_value": min_value, "max_value": max_value, "value": default,
                  "step": step, "format": format, "help": help, "width": width},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
        bind=bind, persist_state=persist_state, url=_checked(codec, in_bounds),
    )
    wid, current = reg.id, reg.value
    for v in (current if is_range else [current]):
        # A value the app set through session state must lie on the track.
        if to_wire(v) < lo:
            raise StreamlitValueBelowMinError(value=v, min_value=min_value)
        if to_wire(v) > hi:
            raise StreamlitValueAboveMaxError(value=v, max_value=max_value)
    dg._write(SliderElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        value=serialize(current), min=lo, max=hi, step=_delta_micros(step) if timelike else step,
        format=format, is_range=is_range, data_type=kind, width=width,
    ))
    return tuple(current) if is_range else current


#: what a slider's value may be (one of these, or a list/tuple of up to two)
_SLIDER_SCALARS = (Real, date, time)
_SLIDER_STEPS: dict[str, Any] = {"int": 1, "float": 0.01, "date": timedelta(days=1),
                                 "datetime": timedelta(days=1), "time": timedelta(minutes=15)}
_SLIDER_FORMATS = {"int": "%d", "float": "%0.2f", "date": "YYYY-MM-DD", "datetime": "YYYY-MM-DD", "time": "HH:mm"}
#: the largest integer a JavaScript number holds exactly (the page's slider)
_JS_MAX_SAFE_INTEGER = 2**53 - 1


def _js_int_bounds_message(name: str, number: int) -> str:
    return f"{name} ({number}) must be >= -((1 << 53) - 1)" if number < 0 else f"{name} ({number}) must be <= (1 << 53) - 1"


def _slider_kind(v: Any) -> str:
    if isinstance(v, Integral):
        return "int"
    if isinstance(v, Real):
        return "float"
    if isinstance(v, datetime):
        return "datetime"
    if isinstance(v, date):
        return "date"
    if isinstance(v, time):
        return "time"
    raise StreamlitInvalidParameterTypeError(
        "value", type(v).__name__, ["int", "float", "date", "time", "datetime", "list", "tuple"])


def _window_around(anchor: Any, window: timedelta) -> tuple[Any, Any]:
    """The default track of a date slider: ``window`` either side of its
    value, kept within what dates can hold."""
    try:
        lo = anchor - window
    except OverflowError:
        lo = anchor
    try:
        hi = anchor + window
    except OverflowError:
        hi = anchor
    return lo, hi


def _as_datetime(v: Any, kind: str) -> Any:
    """How 1.67 names a date/time bound in its min == max message."""
    if kind == "date":
        return datetime.combine(v, time())
    if kind == "time":
        return datetime.combine(date(2000, 1, 1), v)
    return v



# Date/time sliders, as Streamlit's: the page sees microseconds since the
# epoch (dates at midnight, times on 2000-01-01, all read as UTC so the page
# shows them unshifted) and formats them with Moment.js-style ``format``.
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)



def _delta_micros(delta: timedelta) -> int:
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds



def _to_micros(v: Any, kind: str) -> int:
    if kind == "date":
        v = datetime.combine(v, time())
    elif kind == "time":
        v = datetime.combine(date(2000, 1, 1), v)
    return _delta_micros(v.replace(tzinfo=timezone.utc) - _EPOCH)



def _from_micros(micros: int, kind: str, tz: Any) -> Any:
    dt = (_EPOCH + timedelta(microseconds=int(micros))).replace(tzinfo=tz)
    if kind == "date":
        return dt.date()
    if kind == "time":
        return dt.timetz()
    return dt



@element
def text_area(
    dg: DeltaGenerator,
    label: str,
    value: Any = "",
    height: int | str | None = None,
    max_chars: int | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    width: int | str = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> str | None:
    """Display a multi-line text field.

    Returns its text: ``value`` until the visitor edits it, then what they
    entered (the page sends it when the field loses focus or on
    Ctrl/Cmd+Enter); None while ``value=None`` and nothing was typed.

    Parameters:
        label: what the field is for (inline Markdown).
        value: the text shown at first; None: an empty field that returns None.
        height: the field's height in pixels, "content" (as tall as its
            text) or "stretch" (its container's height); None: about three
            lines.
        max_chars: the most characters the field takes; None for no limit.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        placeholder: grey text shown while the field is empty; None for none.
        disabled: grey the field out, so it cannot be edited.
        required: the field must hold more than blanks: the page keeps the
            last text instead of sending an empty one (inside a form, the
            form is not submitted) and says "This field is required.".
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        width: "stretch" (the container's width) or a width in pixels.
        bind: "query-params": the value lives in the page's URL under the
            key, so a link or a reload shows it (needs ``key``).
        persist_state: "page" or "session": keep the value while the
            widget is not drawn (on its page, or in the whole session).
    """
    if height is not None:
        height = checked_height(height, allow_content=True)
    width = checked_width(width)
    given = None if value is None else str(value)
    # A default longer than max_chars is cut to it (the identity keeps it
    # whole), as 1.67 does.
    default = _truncated(max_chars)(given)
    reg = register_widget(
        dg, "text_area", key=key, default=default,
        identity={"label": label, "value": given, "height": height, "max_chars": max_chars,
                  "help": help, "placeholder": placeholder, "width": width, "required": bool(required)},
        callback=on_change, args=args, kwargs=kwargs,
        deserialize=_truncated(max_chars), explicit_default=value not in ("", None),
        bind=bind, persist_state=persist_state, url=_checked(url_binding.text(), _truncated(max_chars)),
    )
    wid, current = reg.id, reg.value
    dg._write(TextAreaElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        value=current, height=height, max_chars=max_chars,
        placeholder=None if placeholder is None else str(placeholder),
        required=bool(required), width=width,
    ))
    return current



#: the date formats date_input shows: year, month and day in one of three
#: orders, joined by "/", "." or "-"
_DATE_FORMATS = [f"{a}{sep}{b}{sep}{c}" for sep in "/.-"
                 for a, b, c in (("YYYY", "MM", "DD"), ("DD", "MM", "YYYY"), ("MM", "DD", "YYYY"))]


def _as_date(v: Any) -> Any:
    return v.date() if isinstance(v, datetime) else v



def _add_years(d: date, years: int) -> date:
    year = min(max(d.year + years, date.min.year), date.max.year)
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February in a year without one
        return d.replace(year=year, day=28)


def _to_date(v: Any, parameter: str = "value") -> date:
    """One date of a date_input argument: a date, a datetime (its date),
    "today" or an ISO string ("2024-01-31", or a datetime's)."""
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, str):
        if v == "today":
            return date.today()
        try:
            return date.fromisoformat(v)
        except ValueError:
            try:
                return datetime.fromisoformat(v).date()
            except ValueError:
                pass
    expected = ["date", "datetime", "ISO string", '"today"'] if parameter == "value" \
        else ["date", "datetime", "ISO string", "None"]
    raise StreamlitInvalidParameterTypeError(parameter, type(v).__name__, expected)



def _parse_dates(value: Any) -> tuple[list[date] | None, bool]:
    """(dates, is_range) of a date_input ``value``: a sequence (not a
    string) of up to two makes a range."""
    if value is None:
        return None, False
    if isinstance(value, Sequence) and not isinstance(value, str):
        if len(value) > 2:
            raise StreamlitInvalidParameterTypeError(
                "value", type(value).__name__, ["date", "datetime", "sequence of 0 to 2 date or datetime values"]
            )
        return [_to_date(v) for v in value], True
    return [_to_date(value)], False



def _bound(bound: Any, dates: list[date] | None, years: int, name: str) -> date:
    if bound is None:
        base = (dates[0] if years < 0 else dates[-1]) if dates else date.today()
        return _add_years(base, years)
    if isinstance(bound, (date, str)):
        return _to_date(bound, name)
    raise StreamlitInvalidParameterTypeError(name, type(bound).__name__, ["date", "datetime", "ISO string", "None"])


def _date_id_part(v: Any) -> Any:
    """How a date argument enters the widget's identity: "today" not at all
    (the widget must survive midnight), strings as written."""
    if isinstance(v, str):
        return None if v == "today" else v
    if isinstance(v, date):
        return _as_date(v).isoformat()
    return None


def _date_bounds(value: Any, min_value: Any, max_value: Any) -> tuple[list[date] | None, bool, date, date]:
    """The dates, range flag and bounds of a date_input, checked."""
    dates, is_range = _parse_dates(value)
    lo = _bound(min_value, dates, -10, "min_value")
    hi = _bound(max_value, dates, 10, "max_value")
    if isinstance(value, str) and value == "today" and dates:
        # Today outside explicit bounds moves to the nearest one.
        dates = [min(max(dates[0], lo), hi)]
    if lo > hi:
        raise StreamlitInvalidMinMaxError(lo, hi)
    if dates:
        if dates[0] < lo:
            raise StreamlitValueBelowMinError(dates[0], lo)
        if dates[-1] > hi:
            raise StreamlitValueAboveMaxError(dates[-1], hi)
    return dates, is_range, lo, hi



@element
def date_input(
    dg: DeltaGenerator,
    label: str,
    value: Any = "today",
    min_value: Any = None,
    max_value: Any = None,
    key: str | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    format: str = "YYYY/MM/DD",
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    width: int | str = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display a date field with a calendar picker.

    Returns a ``datetime.date``; a ``value`` that is a list or tuple (of 0,
    1 or 2 dates) makes a range input, which returns a tuple of the dates
    chosen so far (start, end). None while ``value=None`` and no date was
    picked.

    Parameters:
        label: what the field is for (inline Markdown).
        value: the date shown at first: "today" (the default: today, moved
            into ``min_value``..``max_value``), a date, a datetime, an ISO
            string ("2024-01-31"), a list or tuple of up to two of these for
            a range, or None for an empty field.
        min_value: the earliest date that may be picked (a date, datetime or
            ISO string); None: ten years before ``value`` (or today).
        max_value: the latest date that may be picked; None: ten years after
            ``value`` (or today).
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        format: how the date is written: "YYYY/MM/DD", "DD/MM/YYYY" or
            "MM/DD/YYYY", with "/", "." or "-" between the parts.
        disabled: grey the field out, so it cannot be changed.
        required: the field may not be emptied (a range needs both ends):
            the page keeps the last dates instead of sending fewer (inside a
            form, the form is not submitted) and says "This field is
            required.". Pair it with ``value=None`` (``[]`` for a range) for
            a field that starts empty.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        width: "stretch" (the container's width) or a width in pixels.
        bind: "query-params": the value lives in the page's URL under the
            key, so a link or a reload shows it (needs ``key``).
        persist_state: "page" or "session": keep the value while the
            widget is not drawn (on its page, or in the whole session).
    """
    if not isinstance(format, str):
        raise StreamlitInvalidParameterTypeError("format", type(format).__name__, ["str"])
    if format not in _DATE_FORMATS:
        raise StreamlitValueError("format", [repr(f) for f in _DATE_FORMATS], detail=f"Provided value: {format!r}.")
    dates, is_range, lo, hi = _date_bounds(value, min_value, max_value)
    today_default = isinstance(value, str) and value == "today"
    if today_default and key is not None:
        # No value given: what session_state holds for the key decides
        # between one date and a range, as in Streamlit.
        state = run_context.current().session_state
        if str(key) in state:
            dates, is_range, lo, hi = _date_bounds(state[str(key)], min_value, max_value)
    width = checked_width(width)

    def deserialize(v: Any) -> Any:
        # A date the page cannot have sent (unreadable, out of the bounds)
        # gives the default back, as Streamlit's own check does.
        try:
            parsed = sorted(datetime.strptime(s, "%Y-%m-%d" if "-" in s else "%Y/%m/%d").date() for s in (v or []) if s)
        except (TypeError, ValueError):
            parsed = list(dates or [])
        if any(d < lo or d > hi for d in parsed):
            parsed = list(dates or [])
        if is_range:
            return tuple(parsed)
        return parsed[0] if parsed else None

    def serialize(v: Any) -> list[str]:
        if v is None:
            return []
        items = list(v) if isinstance(v, (list, tuple)) else [v]
        return [_as_date(d).isoformat() for d in items]

    default = None if dates is None else (tuple(dates) if is_range else dates[0])
    if isinstance(value, (list, tuple)):
        value_id: Any = [_date_id_part(v) for v in value]
    else:
        value_id = _date_id_part(value)
    reg = register_widget(
        dg, "date_input", key=key, default=default,
        identity={"label": label, "value": value_id, "min_value": _date_id_part(min_value),
                  "max_value": _date_id_part(max_value), "help": help, "format": format,
                  "width": width, "required": bool(required)},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
        explicit_default=value is not None and not today_default,
        bind=bind, persist_state=persist_state,
        url=_checked(url_binding.iso_dates(is_range=is_range, clearable=dates is None), _within(lo, hi)),
    )
    wid, current = reg.id, reg.value
    dg._write(DateInputElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        value=serialize(current), min=lo.isoformat(), max=hi.isoformat(),
        is_range=is_range, format=format, required=bool(required), width=width,
    ))
    if is_range:
        return tuple(_as_date(d) for d in current) if isinstance(current, (list, tuple)) else current
    return _as_date(current)



def _to_time(value: Any) -> time:
    """A time_input ``value``: "now" (to the second), a time, a datetime (its
    time, without a time zone) or an ISO string ("14:30", "14:30:15", a
    datetime's)."""
    if isinstance(value, str):
        if value == "now":
            return datetime.now().time().replace(microsecond=0)
        try:
            return time.fromisoformat(value).replace(microsecond=0)
        except ValueError:
            try:
                return datetime.fromisoformat(value).time().replace(microsecond=0)
            except ValueError:
                pass
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0, tzinfo=None)
    if isinstance(value, time):
        return value
    raise StreamlitInvalidParameterTypeError("value", type(value).__name__, ["datetime", "time", "ISO string"])


def _step_seconds(step: Any) -> int:
    if isinstance(step, bool) or not isinstance(step, (int, timedelta)):
        raise StreamlitInvalidParameterTypeError("step", type(step).__name__, ["int", "timedelta"])
    seconds = int(step.total_seconds()) if isinstance(step, timedelta) else step
    if not 1 <= seconds <= 23 * 3600:
        raise StreamlitValueOutOfRangeError("step", value=f"{seconds} seconds", min_value="1 second", max_value="23 hours")
    return seconds


@element
def time_input(
    dg: DeltaGenerator,
    label: str,
    value: Any = "now",
    key: str | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    step: int | timedelta = timedelta(minutes=15),
    format: str = "24h",
    width: int | str = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> time | None:
    """Display a time-of-day field.

    Returns a ``datetime.time`` (to the minute; to the second when ``step``
    is not a whole number of minutes); None while ``value=None`` and no time
    was picked.

    Parameters:
        label: what the field is for (inline Markdown).
        value: the time shown at first: "now" (the default: the current
            time), a ``time``, a ``datetime``, an ISO string ("14:30"), or
            None for an empty field.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the field out, so it cannot be changed.
        required: the field may not be emptied: the page keeps the last
            time instead of sending none (inside a form, the form is not
            submitted) and says "This field is required.". Pair it with
            ``value=None`` for a field that starts empty.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        step: how far the arrow keys move the time: seconds (an int) or a
            ``timedelta``, from 1 second to 23 hours; 15 minutes by
            default. A step that is not whole minutes shows seconds too.
        format: how the page shows the hour: "24h" (0-23, the default),
            "12h" (1-12 with AM/PM) or "localized" (as the visitor's
            browser language does). The returned time is the same either way.
        width: "stretch" (the container's width) or a width in pixels.
        bind: "query-params": the value lives in the page's URL under the
            key, so a link or a reload shows it (needs ``key``).
        persist_state: "page" or "session": keep the value while the
            widget is not drawn (on its page, or in the whole session).
    """
    parsed = None if value is None else _to_time(value)
    seconds = _step_seconds(step)
    with_seconds = seconds % 60 != 0
    if parsed is not None and not with_seconds:
        parsed = parsed.replace(second=0, microsecond=0)
    if format not in ("12h", "24h", "localized"):
        raise StreamlitValueError("format", ["'12h'", "'24h'", "'localized'"])
    width = checked_width(width)
    wire_format = "%H:%M:%S" if with_seconds else "%H:%M"

    def deserialize(v: Any) -> time | None:
        if v in (None, ""):
            return None
        for fmt in ("%H:%M:%S", "%H:%M"):
            try:
                t = datetime.strptime(str(v), fmt).time()
                break
            except ValueError:
                continue
        else:
            return parsed  # nothing the page sends; keep the default
        return t if with_seconds else t.replace(second=0)

    def serialize(t: Any) -> str | None:
        if t is None:
            return None
        if isinstance(t, datetime):
            t = t.time()
        return t.strftime(wire_format)

    def read_url(value: Any) -> time | None:
        # The URL form is the wire form: HH:MM, or HH:MM:SS when the step
        # has seconds (a minute step drops them), as 1.67 reads it.
        raw = value[-1] if isinstance(value, list) else value
        if raw == "":
            return None
        for fmt in ("%H:%M:%S", "%H:%M"):
            try:
                t = datetime.strptime(raw, fmt).time()
                return t if with_seconds else t.replace(second=0)
            except ValueError:
                continue
        raise ValueError(f"not a time: {raw!r}")

    reg = register_widget(
        dg, "time_input", key=key, default=parsed,
        # "now" stays "now" in the identity, or the widget would reset every minute.
        identity={"label": label, "value": parsed if isinstance(value, (datetime, time)) else value,
                  "help": help, "step": seconds, "width": width, "required": bool(required)},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
        explicit_default=value is not None and not (isinstance(value, str) and value == "now"),
        bind=bind, persist_state=persist_state,
        url=url_binding.UrlCodec(write=lambda t: serialize(t) or "", read=read_url, clearable=parsed is None),
    )
    wid, current = reg.id, reg.value
    if isinstance(current, datetime):  # set through session_state
        current = current.time()
    dg._write(TimeInputElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        value=serialize(current), step=seconds, format=format, required=bool(required), width=width,
        clearable=parsed is None or current is None,
    ))
    return current
