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
- time_input: ``"HH:MM"`` (Streamlit's form; steps are whole minutes), or None.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta, timezone
from numbers import Real
from typing import Any, Callable, Sequence

from .. import run_context
from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..errors import StreamlitAPIException
from ..payloads.inputs import (
    DateInputElement,
    NumberInputElement,
    SliderElement,
    TextAreaElement,
    TextInputElement,
    TimeInputElement,
)
from ..widgets import is_int, label_fields, register_widget


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
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> str | None:
    """Display a single-line text field.

    Returns its text: ``value`` until the visitor edits it, then what they
    entered (the page sends it on Enter or when the field loses focus);
    None while ``value=None`` and nothing was typed.

    Parameters:
        label: what the field is for (inline Markdown).
        value: the text shown at first; None: an empty field that returns None.
        max_chars: the most characters the field takes; None for no limit.
        key: a unique key for the widget (also its ``st.session_state`` key).
        type: "default", or "password" to mask what is typed.
        help: a tooltip shown next to the label (Markdown); None for none.
        autocomplete: the ``autocomplete`` attribute the browser gets for the
            field ("email", "username"...); None: none.
        on_change: a callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        placeholder: grey text shown while the field is empty; None for none.
        disabled: grey the field out, so it cannot be edited.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
    """
    if type not in ("default", "password"):
        raise StreamlitAPIException(f"'{type}' is not a valid text_input type. Valid types are 'default' and 'password'.")
    default = None if value is None else str(value)
    if default is not None and max_chars is not None and len(default) > max_chars:
        raise StreamlitAPIException(f"Default value '{default}' is longer than max_chars ({max_chars}).")
    reg = register_widget(
        dg, "text_input", key=key, default=default,
        identity={"label": label, "value": default, "max_chars": max_chars, "type": type,
                  "help": help, "placeholder": placeholder, "autocomplete": autocomplete},
        callback=on_change, args=args, kwargs=kwargs,
        deserialize=lambda v: None if v is None else str(v), explicit_default=value not in ("", None),
    )
    wid, current = reg.id, reg.value
    dg._write(TextInputElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        value=current, max_chars=max_chars, input_type=type,
        placeholder=placeholder, autocomplete=autocomplete,
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
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
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
        on_change: a callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        placeholder: grey text shown while the field is empty; None for none.
        disabled: grey the field out, so it cannot be changed.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
    """
    # With no number at all Streamlit makes a float input (``value=0.0``).
    kind = _numeric_kind(min_value, max_value, value, step, default="float")
    min_value, max_value, value, step = (_plain(v) for v in (min_value, max_value, value, step))
    cast = int if kind == "int" else float
    if step is None:
        step = 1 if kind == "int" else 0.01
    explicit_default = value != "min"
    if value == "min":
        value = min_value if min_value is not None else cast(0)
    if value is not None:
        if min_value is not None and value < min_value:
            raise StreamlitAPIException(f"The default `value` {value} must be greater than or equal to the `min_value` {min_value}.")
        if max_value is not None and value > max_value:
            raise StreamlitAPIException(f"The default `value` {value} must be less than or equal to the `max_value` {max_value}.")
    if format is None:
        format = "%d" if kind == "int" else "%0.2f"

    def deserialize(v: Any) -> Any:
        if v is None or v == "":
            return None
        number = cast(v)
        if min_value is not None:
            number = max(number, cast(min_value))
        if max_value is not None:
            number = min(number, cast(max_value))
        return number

    default = None if value is None else cast(value)
    reg = register_widget(
        dg, "number_input", key=key, default=default,
        identity={"label": label, "min_value": min_value, "max_value": max_value, "value": default,
                  "step": step, "format": format, "help": help, "placeholder": placeholder},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, explicit_default=explicit_default,
    )
    wid, current = reg.id, reg.value
    dg._write(NumberInputElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        value=current, min=min_value, max=max_value, step=step, format=format,
        is_int=kind == "int", placeholder=placeholder,
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
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
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
        on_change: a callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the slider out, so it cannot be moved.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
    """
    is_range = isinstance(value, (tuple, list))
    if value is None and key is not None:
        # No default: a pair preset through session_state makes a range
        # slider, as in Streamlit (the default is then min..max).
        state = run_context.current().session_state
        if str(key) in state and isinstance(state[str(key)], (tuple, list)):
            is_range = True
            value = [None, None]
    values = list(value) if is_range else [value]
    if is_range and len(values) != 2:
        raise StreamlitAPIException("A range slider's value must be a tuple or list of two numbers.")
    if _time_kind(min_value, max_value, *values) is not None:
        return _time_slider(dg, label, min_value, max_value, values, is_range, step, format, key, help,
                            on_change, args, kwargs, disabled, label_visibility)
    kind = _numeric_kind(min_value, max_value, step, *values, default="int")
    min_value, max_value, step = _plain(min_value), _plain(max_value), _plain(step)
    cast = int if kind == "int" else float
    if min_value is None:
        min_value = cast(0)
    if max_value is None:
        max_value = cast(100) if kind == "int" else cast(1)
    if step is None:
        step = 1 if kind == "int" else 0.01
    bounds = [min_value, max_value] if is_range else [min_value]
    values = [cast(b) if v is None else cast(v) for v, b in zip(values, bounds)]
    if min_value > max_value:
        raise StreamlitAPIException(f"Slider `min_value` {min_value} must be less than the `max_value` {max_value}.")
    for v in values:
        if not min_value <= v <= max_value:
            raise StreamlitAPIException(
                f"The default `value` of {v} must lie between the `min_value` of {min_value} "
                f"and the `max_value` of {max_value}, inclusively."
            )
    if format is None:
        format = "%d" if kind == "int" else "%0.2f"

    def clamp(v: Any) -> Any:
        number = cast(v)
        if kind == "float":
            # Snap to the step grid so 0.1 + 0.2 style noise never shows.
            number = round(number, max(0, -math.floor(math.log10(step))) + 2) if step else number
        return min(max(number, cast(min_value)), cast(max_value))

    def deserialize(v: Any) -> Any:
        if is_range:
            lo, hi = sorted(clamp(x) for x in v)
            return (lo, hi)
        return clamp(v)

    default = tuple(values) if is_range else values[0]
    reg = register_widget(
        dg, "slider", key=key, default=default,
        identity={"label": label, "min_value": min_value, "max_value": max_value, "value": default,
                  "step": step, "format": format, "help": help},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize,
        serialize=lambda v: list(v) if is_range else v,
    )
    wid, current = reg.id, reg.value
    dg._write(SliderElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        value=list(current) if is_range else current, min=min_value, max=max_value,
        step=step, format=format, is_range=is_range, data_type=kind,
    ))
    return tuple(current) if is_range else current



# Date/time sliders, as Streamlit's: the page sees microseconds since the
# epoch (dates at midnight, times on 2000-01-01, all read as UTC so the page
# shows them unshifted) and formats them with Moment.js-style ``format``.
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)



_TIME_DEFAULTS = {
    "date": (timedelta(days=1), "YYYY-MM-DD"),
    "datetime": (timedelta(days=1), "YYYY-MM-DD"),
    "time": (timedelta(minutes=15), "HH:mm"),
}



def _time_kind(*values: Any) -> str | None:
    """'datetime', 'date' or 'time' when any given value is one, else None."""
    for v in values:
        if isinstance(v, datetime):
            return "datetime"
        if isinstance(v, date):
            return "date"
        if isinstance(v, time):
            return "time"
    return None



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



def _time_slider(dg: DeltaGenerator, label: Any, min_value: Any, max_value: Any, values: list[Any], is_range: bool,
                 step: Any, format: str | None, key: Any, help: str | None, on_change: Any, args: Any, kwargs: Any,
                 disabled: bool, label_visibility: str) -> Any:
    kind = _time_kind(min_value, max_value, *values)
    if values == [None]:
        values = [min_value]
    given = [v for v in (min_value, max_value, *values) if v is not None]
    if any(_time_kind(v) != kind for v in given):
        raise StreamlitAPIException(
            "Slider value arguments must be of matching types. "
            + ", ".join(f"{v!r} is {type(v).__name__}" for v in given) + "."
        )
    # The defaults of min/max: the whole day for times, two weeks around
    # the (first) value for dates and datetimes.
    anchor = next(v for v in (*values, min_value, max_value) if v is not None)
    if min_value is None:
        min_value = time.min.replace(tzinfo=anchor.tzinfo) if kind == "time" else anchor - timedelta(days=14)
    if max_value is None:
        max_value = time.max.replace(tzinfo=anchor.tzinfo) if kind == "time" else anchor + timedelta(days=14)
    values = [b if v is None else v for v, b in zip(values, [min_value, max_value] if is_range else [min_value])]
    if is_range and values[0] > values[1]:
        values.reverse()
    if step is None:
        step = _TIME_DEFAULTS[kind][0]
        if kind != "time" and _to_micros(max_value, kind) - _to_micros(min_value, kind) < 86_400_000_000:
            step = timedelta(minutes=15)
    if not isinstance(step, timedelta):
        raise StreamlitAPIException(f"Slider `step` must be a datetime.timedelta for {kind} values, not {type(step).__name__}.")
    if step <= timedelta(0):
        raise StreamlitAPIException("Slider components cannot be passed a `step` of 0.")
    if format is None:
        format = _TIME_DEFAULTS[kind][1]
    lo, hi = _to_micros(min_value, kind), _to_micros(max_value, kind)
    if lo >= hi:
        raise StreamlitAPIException(
            f"Slider `min_value` must be less than the `max_value`.\nThe values were {min_value} and {max_value}."
        )
    for v in values:
        if not lo <= _to_micros(v, kind) <= hi:
            raise StreamlitAPIException(
                f"The default `value` of {v} must lie between the `min_value` of {min_value} "
                f"and the `max_value` of {max_value}, inclusively."
            )
    tz = getattr(values[0], "tzinfo", None)

    def deserialize(v: Any) -> Any:
        parts = sorted(min(max(int(round(float(x))), lo), hi) for x in (v if is_range else [v]))
        result = [_from_micros(x, kind, tz) for x in parts]
        return tuple(result) if is_range else result[0]

    def serialize(v: Any) -> Any:
        items = [_to_micros(x, kind) for x in (v if is_range else [v])]
        return items if is_range else items[0]

    default = tuple(values) if is_range else values[0]
    reg = register_widget(
        dg, "slider", key=key, default=default,
        identity={"label": label, "min_value": min_value, "max_value": max_value, "value": default,
                  "step": step, "format": format, "help": help},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
    )
    wid, current = reg.id, reg.value
    dg._write(SliderElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        value=serialize(current), min=lo, max=hi, step=_delta_micros(step),
        format=format, is_range=is_range, data_type=kind,
    ))
    return tuple(current) if is_range else current


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
    """Display a multi-line text field.

    Returns its text: ``value`` until the visitor edits it, then what they
    entered (the page sends it when the field loses focus or on
    Ctrl/Cmd+Enter); None while ``value=None`` and nothing was typed.

    Parameters:
        label: what the field is for (inline Markdown).
        value: the text shown at first; None: an empty field that returns None.
        height: the field's height in pixels (at least 68), "content" (as
            tall as its text) or "stretch" (its container's height); None:
            about three lines.
        max_chars: the most characters the field takes; None for no limit.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: a callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        placeholder: grey text shown while the field is empty; None for none.
        disabled: grey the field out, so it cannot be edited.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
    """
    if height is not None and height not in ("content", "stretch"):
        if isinstance(height, bool) or not isinstance(height, int):
            raise StreamlitAPIException(f"Invalid height value: {height!r}. Height must be a positive integer, 'content' or 'stretch'.")
        if height < 68:
            raise StreamlitAPIException(f"Invalid height {height}px for `st.text_area` - must be at least 68 pixels.")
    default = None if value is None else str(value)
    if default is not None and max_chars is not None and len(default) > max_chars:
        raise StreamlitAPIException(f"Default value '{default}' is longer than max_chars ({max_chars}).")
    reg = register_widget(
        dg, "text_area", key=key, default=default,
        identity={"label": label, "value": default, "height": height, "max_chars": max_chars,
                  "help": help, "placeholder": placeholder},
        callback=on_change, args=args, kwargs=kwargs,
        deserialize=lambda v: None if v is None else str(v), explicit_default=value not in ("", None),
    )
    wid, current = reg.id, reg.value
    dg._write(TextAreaElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        value=current, height=height, max_chars=max_chars, placeholder=placeholder,
    ))
    return current



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
    """Display a date field with a calendar picker.

    Returns a ``datetime.date``; a ``value`` that is a list or tuple (of 0,
    1 or 2 dates) makes a range input, which returns a tuple of the dates
    chosen so far (start, end). None while ``value=None`` and no date was
    picked.

    Parameters:
        label: what the field is for (inline Markdown).
        value: the date shown at first: "today" (the default: today, moved
            into ``min_value``..``max_value``), a date or datetime, a list or
            tuple of up to two for a range, or None for an empty field.
        min_value: the earliest date that may be picked; None: ten years
            before ``value`` (or today).
        max_value: the latest date that may be picked; None: ten years after
            ``value`` (or today).
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: a callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        format: how the date is written: "YYYY/MM/DD", "DD/MM/YYYY" or
            "MM/DD/YYYY", with "/", "." or "-" between the parts.
        disabled: grey the field out, so it cannot be changed.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
    """
    if not isinstance(format, str) or not _DATE_FORMAT.match(format):
        raise StreamlitAPIException(
            f"The provided format (`{format}`) is not valid. DateInput format should be one of "
            "`YYYY/MM/DD`, `DD/MM/YYYY`, or `MM/DD/YYYY` and can also use a period (.) or hyphen (-) as separators."
        )
    dates, is_range = _parse_dates(value)
    if value == _TODAY_DEFAULT and key is not None:
        # No value given: a range preset through session_state makes a range
        # input, as in Streamlit.
        state = run_context.current().session_state
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
    reg = register_widget(
        dg, "date_input", key=key, default=default,
        identity={"label": label, "value": None if value is None or isinstance(value, str) else serialize(default),
                  "min_value": None if min_value is None else _as_date(min_value),
                  "max_value": None if max_value is None else _as_date(max_value),
                  "help": help, "format": format},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
        explicit_default=value is not None and value != _TODAY_DEFAULT,
    )
    wid, current = reg.id, reg.value
    dg._write(DateInputElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        value=serialize(current), min=lo.isoformat(), max=hi.isoformat(),
        is_range=is_range, format=format,
    ))
    if is_range:
        return tuple(_as_date(d) for d in current) if isinstance(current, (list, tuple)) else current
    return _as_date(current)



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
    """Display a time-of-day field.

    Returns a ``datetime.time`` (hours and minutes); None while
    ``value=None`` and no time was picked.

    Parameters:
        label: what the field is for (inline Markdown).
        value: the time shown at first: "now" (the default: the current time,
            to the minute), a ``time`` or ``datetime``, or None for an empty
            field.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: a callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the field out, so it cannot be changed.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        step: how far apart the times the picker offers are: seconds (an
            int) or a ``timedelta``, from 60 seconds to 23 hours; 15 minutes
            by default.
    """
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

    reg = register_widget(
        dg, "time_input", key=key, default=parsed,
        # "now" stays "now" in the identity, or the widget would reset every minute.
        identity={"label": label, "value": value if value is None or isinstance(value, str) else parsed,
                  "help": help, "step": seconds},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=_time_text,
        explicit_default=value is not None and not isinstance(value, str),
    )
    wid, current = reg.id, reg.value
    if isinstance(current, datetime):  # set through session_state
        current = current.time()
    dg._write(TimeInputElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        value=_time_text(current), step=seconds,
    ))
    return current
