"""How a widget drawn with ``bind="query-params"`` keeps its value in the
page's URL: one codec per kind of value, used by the widget core
(widgets.py registers it, state.py seeds and writes the parameter).

A codec turns the widget's value (what the script gets back) into the
text of its query parameter, a list for repeated keys (``?k=a&k=b``), and
reads such text back. Reading raises ``ValueError`` for text the widget
cannot take; the core then drops the parameter from the URL, as Streamlit
does with a value it cannot seed from.

The forms are the ones Streamlit 1.67 writes: booleans as ``true`` and
``false``, numbers as JavaScript prints them (``5``, ``0.25``), options by
the label the visitor sees, dates as ISO ``YYYY-MM-DD``, times as
``HH:MM``, several values as repeated keys. A value equal to the widget's
default is never written (the URL stays clean); ``None`` on a widget that
can be cleared is written as an empty value (``?k=``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, Callable, Sequence

UrlValue = str | list[str]


@dataclass(frozen=True)
class UrlCodec:
    """One widget's URL form."""

    #: the value -> its parameter text (a list: one repeated key per item)
    write: Callable[[Any], UrlValue]
    #: parameter text (the last value, or every value for ``many``) -> value;
    #: raises ValueError for text the widget cannot take
    read: Callable[[UrlValue], Any]
    #: an empty parameter (``?k=``) means "no value" (None, or an empty
    #: selection); otherwise an empty parameter is dropped
    clearable: bool = False
    #: the parameter repeats (``?k=a&k=b``): ``read`` gets every value
    many: bool = False


def _last(value: UrlValue) -> str:
    return value[-1] if isinstance(value, list) else value


def _all(value: UrlValue) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [v for v in values if v != ""]


def js_number(x: float | int) -> str:
    """A number as JavaScript's ``String(x)`` prints it: ``5`` for 5.0,
    ``0.1`` for 0.1 (the page writes the URL in Streamlit)."""
    if isinstance(x, bool):
        raise ValueError(x)
    if isinstance(x, int):
        return str(x)
    if math.isnan(x) or math.isinf(x):
        raise ValueError(x)
    if x.is_integer() and abs(x) < 1e21:
        return str(int(x))
    return repr(x)


def boolean() -> UrlCodec:
    def read(value: UrlValue) -> bool:
        text = _last(value).lower()
        if text in ("true", "false"):
            return text == "true"
        raise ValueError(f"not a boolean: {text!r}")

    return UrlCodec(write=lambda v: "true" if v else "false", read=read)


def text(*, clearable: bool = True) -> UrlCodec:
    """A text input's value, as typed; ``None`` (``value=None``) is ``?k=``."""
    return UrlCodec(write=lambda v: "" if v is None else str(v), read=lambda value: _last(value),
                    clearable=clearable)


def number(*, integer: bool, clearable: bool = False) -> UrlCodec:
    def read(value: UrlValue) -> float | int | None:
        raw = _last(value)
        if raw == "":
            return None
        x = float(raw)
        if math.isnan(x) or math.isinf(x):
            raise ValueError(raw)
        if integer:
            if not x.is_integer():
                raise ValueError(raw)
            return int(x)
        return x

    return UrlCodec(write=lambda v: "" if v is None else js_number(v), read=read, clearable=clearable)


def option(labels: Sequence[str], options: Sequence[Any], *, clearable: bool) -> UrlCodec:
    """One option of a list, by its label (format_func's text)."""
    labels = list(labels)

    def write(v: Any) -> str:
        if v is None:
            return ""
        return _label_of(labels, options, v)

    def read(value: UrlValue) -> Any:
        raw = _last(value)
        if raw == "":
            return None
        if raw not in labels:
            raise ValueError(f"not an option: {raw!r}")
        return options[labels.index(raw)]

    return UrlCodec(write=write, read=read, clearable=clearable)


def options_list(labels: Sequence[str], options: Sequence[Any], *, max_length: int | None = None,
                 duplicates: bool = False) -> UrlCodec:
    """Several options (multiselect, multi pills), as repeated keys; labels
    that are not options are left out, repeats too unless ``duplicates``,
    and no more than ``max_length`` are taken."""
    labels = list(labels)

    def write(v: Any) -> list[str]:
        values = list(v or [])
        return [_label_of(labels, options, item) for item in values] or [""]

    def read(value: UrlValue) -> list[Any]:
        raw = _all(value)
        picked: list[Any] = []
        seen: set[str] = set()
        for text_ in raw:
            if text_ not in labels or (not duplicates and text_ in seen):
                continue
            seen.add(text_)
            picked.append(options[labels.index(text_)])
        if raw and not picked:
            raise ValueError("none of the values is an option")
        return picked[:max_length] if max_length else picked

    return UrlCodec(write=write, read=read, clearable=True, many=True)


def _label_of(labels: list[str], options: Sequence[Any], v: Any) -> str:
    for i, o in enumerate(options):
        try:
            if o is v or o == v:
                return labels[i]
        except Exception:  # noqa: BLE001 - an option that cannot be compared is not this one
            continue
    return str(v)


def iso_dates(*, is_range: bool, clearable: bool) -> UrlCodec:
    """date_input: ``YYYY-MM-DD``; a range as two repeated keys."""

    def write(v: Any) -> UrlValue:
        if v is None:
            return ""
        if is_range:
            return [d.isoformat() for d in v] or [""]
        return v.isoformat()

    def read(value: UrlValue) -> Any:
        raw = _all(value)
        if not raw:
            return () if is_range else None
        # ISO, or with slashes (2024/02/29), as 1.67 reads them.
        dates = [date.fromisoformat(t.replace("/", "-")) for t in raw]
        if is_range:
            if len(dates) > 2:
                raise ValueError("a range has at most two dates")
            return tuple(dates)
        return dates[-1]

    return UrlCodec(write=write, read=read, clearable=clearable, many=is_range)


def clock_time(*, clearable: bool) -> UrlCodec:
    """time_input: ``HH:MM``."""

    def write(v: Any) -> str:
        return "" if v is None else v.strftime("%H:%M")

    def read(value: UrlValue) -> time | None:
        raw = _last(value)
        if raw == "":
            return None
        # HH:MM, or HH:MM:SS with the seconds dropped (1.67's page keeps
        # minutes); fractions of a second are refused.
        if not re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", raw):
            raise ValueError(f"not a time: {raw!r}")
        return time.fromisoformat(raw).replace(second=0)

    return UrlCodec(write=write, read=read, clearable=clearable)


def numbers(*, integer: bool, count: int) -> UrlCodec:
    """A slider's value: one number, or a range as two repeated keys."""
    one = number(integer=integer)

    def write(v: Any) -> UrlValue:
        values = list(v) if isinstance(v, (list, tuple)) else [v]
        return [js_number(x) for x in values]

    def read(value: UrlValue) -> Any:
        raw = _all(value)
        if len(raw) != count:
            raise ValueError(f"expected {count} values")
        values = [one.read(t) for t in raw]
        return tuple(values) if count == 2 else values[0]

    return UrlCodec(write=write, read=read, many=True)


def iso_moments(kind: str, *, count: int) -> UrlCodec:
    """A date/time slider's value in ISO form (``2024-05-01``,
    ``2024-05-01T12:30``, ``12:30``; seconds are read too), one per
    repeated key."""
    parse: Callable[[str], Any] = {"date": date.fromisoformat, "datetime": datetime.fromisoformat,
                                   "time": time.fromisoformat}[kind]

    shown = {"date": "%Y-%m-%d", "datetime": "%Y-%m-%dT%H:%M", "time": "%H:%M"}[kind]

    def write(v: Any) -> UrlValue:
        values = list(v) if isinstance(v, (list, tuple)) else [v]
        return [x.strftime(shown) for x in values]

    def read(value: UrlValue) -> Any:
        raw = _all(value)
        if len(raw) != count:
            raise ValueError(f"expected {count} values")
        if kind == "datetime" and any(" " in t for t in raw):
            raise ValueError("a space instead of T")
        values = [parse(t) for t in raw]
        return tuple(values) if count == 2 else values[0]

    return UrlCodec(write=write, read=read, many=True)


def hex_color() -> UrlCodec:
    """color_picker: ``#rrggbb`` (a URL may leave out the ``#``, or give
    ``#rgb``)."""

    def read(value: UrlValue) -> str:
        raw = _last(value).strip()
        digits = raw[1:] if raw.startswith("#") else raw
        # #rgb or #rrggbb, kept as written (1.67 takes "bad" as "#bad").
        if len(digits) not in (3, 6) or any(c not in "0123456789abcdefABCDEF" for c in digits):
            raise ValueError(f"not a colour: {raw!r}")
        return "#" + digits

    return UrlCodec(write=lambda v: str(v), read=read)
