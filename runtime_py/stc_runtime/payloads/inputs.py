"""Payloads of the inputs family (elements/inputs.py,
runtime_js/src/kinds/inputs.js): text_input, text_area, number_input,
slider, date_input and time_input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from . import LabeledWidgetPayload


@dataclass(frozen=True, kw_only=True)
class TextInputElement(LabeledWidgetPayload):
    """``st.text_input``: a single-line text field; the page sends the text
    when the visitor presses Enter or leaves the field."""

    KIND: ClassVar[str] = "text_input"
    #: the text in the box
    SENDS: ClassVar[Any] = str | None
    #: the text shown in the field; null: empty (the app gave ``value=None``
    #: and nothing was typed yet)
    value: str | None = ""
    #: the most characters the field takes; null: no limit
    max_chars: int | None = None
    #: the field's kind: ``"default"`` (text), ``"password"`` (masked, with
    #: a show/hide button), ``"email"``, ``"url"``, ``"phone"`` (the
    #: browser's ``tel`` field) or ``"search"`` (with a clear button)
    input_type: Literal["default", "password", "email", "url", "phone", "search"] = "default"
    #: the grey text shown while the field is empty; null: none
    placeholder: str | None = None
    #: the field's ``autocomplete`` attribute; ``""`` or null: none (the
    #: browser's default)
    autocomplete: str | None = None
    #: an emoji, ``":material/name:"`` or ``"spinner"`` drawn in the field,
    #: left of the text; null: none
    icon: str | None = None
    #: the field must not be left empty: the page shows "(required)" by
    #: the label, never sends an empty value and blocks its form's submit
    required: bool = False
    #: a JavaScript regular expression (compiled with the ``us`` flags) the
    #: text must match before the page sends it; empty text is not checked;
    #: null: no check
    validate_regex: str | None = None
    #: what the page says when the text does not match; null: "Invalid
    #: input. Must match pattern: /regex/us"
    validate_message: str | None = None
    #: send the text this many ms after the visitor stops typing (0: every
    #: change); null: only on Enter or leaving the field. Not in a form.
    live_debounce_ms: int | None = None
    #: ``"stretch"`` (the container's width) or a width in pixels
    width: int | Literal["stretch"] = "stretch"


@dataclass(frozen=True, kw_only=True)
class NumberInputElement(LabeledWidgetPayload):
    """``st.number_input``: a number field with step buttons; the page sends
    the number (clamped to ``min``/``max``), or null when it was emptied."""

    KIND: ClassVar[str] = "number_input"
    #: the number in the box; null: the box was emptied
    SENDS: ClassVar[Any] = float | None
    #: the number shown; null: empty
    value: float | None = None
    #: the smallest number accepted; null: no lower bound
    min: float | None = None
    #: the largest number accepted; null: no upper bound
    max: float | None = None
    #: what the step buttons add or take away
    step: float = 1
    #: the printf-style format the number is shown with (``"%d"``,
    #: ``"%0.2f"``...)
    format: str = "%d"
    #: the widget holds whole numbers (the page rounds what is typed)
    is_int: bool = True
    #: the grey text shown while the field is empty; null: none
    placeholder: str | None = None
    #: an emoji, ``":material/name:"`` or ``"spinner"`` drawn in the field,
    #: left of the number; null: none
    icon: str | None = None
    #: the field must not be left empty: the page shows "(required)" by
    #: the label, never sends an empty value and blocks its form's submit
    required: bool = False
    #: ``"stretch"`` (the container's width) or a width in pixels
    width: int | Literal["stretch"] = "stretch"


@dataclass(frozen=True, kw_only=True)
class SliderElement(LabeledWidgetPayload):
    """``st.slider``: one thumb, or two for a range; sent when a thumb is
    released. Dates and times travel as microseconds since the epoch, read
    as UTC (dates at midnight, times on 2000-01-01)."""

    KIND: ClassVar[str] = "slider"
    #: the thumb's value, or ``[low, high]`` for a range (dates and times as microseconds, as ``value``)
    SENDS: ClassVar[Any] = float | list[float]
    #: the thumb's position; a range slider: ``[low, high]``
    value: float | list[float]
    #: the left end of the track
    min: float
    #: the right end of the track
    max: float
    #: the distance between two positions (microseconds for dates and times)
    step: float
    #: how the readout shows a position: printf-style for numbers
    #: (``"%d"``), Moment.js-style for dates and times (``"YYYY-MM-DD"``)
    format: str
    #: two thumbs, and ``value`` is a pair
    is_range: bool = False
    #: what the positions stand for: ``"int"``, ``"float"``, ``"date"``,
    #: ``"datetime"`` or ``"time"`` (the last three are formatted as dates)
    data_type: Literal["int", "float", "date", "datetime", "time"] = "int"
    #: ``"stretch"`` (the container's width) or a width in pixels
    width: int | Literal["stretch"] = "stretch"


@dataclass(frozen=True, kw_only=True)
class TextAreaElement(LabeledWidgetPayload):
    """``st.text_area``: a multi-line text field; the page sends the text when
    the visitor leaves the field or presses Ctrl/Cmd+Enter."""

    KIND: ClassVar[str] = "text_area"
    #: the text in the box
    SENDS: ClassVar[Any] = str | None
    #: the text shown in the field; null: empty (the app gave ``value=None``
    #: and nothing was typed yet)
    value: str | None = ""
    #: the field's height in pixels, or ``"content"``/``"stretch"``; null:
    #: three lines
    height: int | Literal["content", "stretch"] | None = None
    #: the most characters the field takes; null: no limit
    max_chars: int | None = None
    #: the grey text shown while the field is empty; null: none
    placeholder: str | None = None
    #: the field must not be left empty: the page shows "(required)" by
    #: the label, never sends an empty value and blocks its form's submit
    required: bool = False
    #: ``"stretch"`` (the container's width) or a width in pixels
    width: int | Literal["stretch"] = "stretch"


@dataclass(frozen=True, kw_only=True)
class DateInputElement(LabeledWidgetPayload):
    """``st.date_input``: one date, or two for a range, as ISO dates
    (``"2019-07-06"``), the form ``<input type=date>`` reads and writes."""

    KIND: ClassVar[str] = "date_input"
    #: the chosen dates as ISO ``YYYY-MM-DD``: one, two for a range, none when cleared
    SENDS: ClassVar[Any] = list[str]
    #: the chosen dates: ``[]`` (none), ``[date]``, or ``[start, end]`` for a
    #: range
    value: list[str]
    #: the earliest date that may be chosen (ISO)
    min: str
    #: the latest date that may be chosen (ISO)
    max: str
    #: two fields (start and end), and ``value`` holds up to two dates
    is_range: bool = False
    #: how a date is shown: ``"YYYY/MM/DD"``, ``"DD.MM.YYYY"``... (the field
    #: itself follows the browser's locale; this is its tooltip)
    format: str = "YYYY/MM/DD"
    #: the field must not be left empty (a range: both ends): the page shows "(required)" by
    #: the label, never sends an empty value and blocks its form's submit
    required: bool = False
    #: ``"stretch"`` (the container's width) or a width in pixels
    width: int | Literal["stretch"] = "stretch"


@dataclass(frozen=True, kw_only=True)
class TimeInputElement(LabeledWidgetPayload):
    """``st.time_input``: a time of day, as ``"HH:MM"`` (``"HH:MM:SS"`` when
    ``step`` is not whole minutes)."""

    KIND: ClassVar[str] = "time_input"
    #: the chosen time as ``HH:MM`` (``HH:MM:SS`` when ``step`` is not whole
    #: minutes); null: cleared
    SENDS: ClassVar[Any] = str | None
    #: the chosen time (``"HH:MM"`` or ``"HH:MM:SS"``); null: empty
    value: str | None = None
    #: seconds the arrow keys move the time by; not whole minutes: the
    #: field shows seconds
    step: int = 900
    #: how the hour is shown: ``"24h"`` (0-23), ``"12h"`` (1-12 and AM/PM)
    #: or ``"localized"`` (as the browser's language does)
    format: Literal["12h", "24h", "localized"] = "24h"
    #: the widget has no default time (``value=None``): the visitor may empty
    #: the field (null is sent); otherwise emptying it puts the time back
    clearable: bool = False
    #: the field must not be left empty: the page shows "(required)" by
    #: the label, never sends an empty value and blocks its form's submit
    required: bool = False
    #: ``"stretch"`` (the container's width) or a width in pixels
    width: int | Literal["stretch"] = "stretch"
