"""AppTest accessors of the inputs family (elements/inputs.py):
``at.text_input``, ``at.number_input``, ``at.slider``, ``at.text_area``,
``at.date_input``, ``at.time_input``. They read the element's typed payload
(payloads/inputs.py)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from ..payloads.inputs import (
    DateInputElement,
    NumberInputElement,
    SliderElement,
    TextAreaElement,
    TextInputElement,
    TimeInputElement,
)
from ._tree import _UNSET, Widget, register


class TextInput(Widget):
    payload: TextInputElement

    @property
    def max_chars(self) -> int:
        """0: no limit (1.67's proto default)."""
        return self.payload.max_chars or 0

    @property
    def placeholder(self) -> str:
        return self.payload.placeholder or ""

    @property
    def autocomplete(self) -> str:
        """What the browser may fill in; a password field says "new-password"
        unless the app chose."""
        p = self.payload
        if p.autocomplete is not None:
            return p.autocomplete
        return "new-password" if p.input_type == "password" else ""

    def input(self, value: str) -> "TextInput":
        return self.set_value(value)  # type: ignore[return-value]



class NumberInput(Widget):
    payload: NumberInputElement

    @property
    def min(self) -> float | None:
        return None if self.payload.min is None else float(self.payload.min)

    @property
    def max(self) -> float | None:
        return None if self.payload.max is None else float(self.payload.max)

    @property
    def step(self) -> float:
        # A float, whatever the input's type, as 1.67's proto holds it.
        return float(self.payload.step)

    def increment(self) -> "NumberInput":
        return self._step(1)

    def decrement(self) -> "NumberInput":
        return self._step(-1)

    def _step(self, direction: int) -> "NumberInput":
        current = self.value
        low, high = self.min, self.max
        new = (low if low is not None else 0) if current is None else current + direction * self.step
        if high is not None:
            new = min(new, high)
        if low is not None:
            new = max(new, low)
        return self.set_value(new)  # type: ignore[return-value]



class Slider(Widget):
    """``min``, ``max`` and ``step`` are floats, as 1.67's proto holds them
    (for date and time sliders: microseconds since the epoch)."""

    payload: SliderElement

    @property
    def min(self) -> float:
        return float(self.payload.min)

    @property
    def max(self) -> float:
        return float(self.payload.max)

    @property
    def step(self) -> float:
        return float(self.payload.step)

    def set_range(self, lower: Any, upper: Any) -> "Slider":
        return self.set_value((lower, upper))  # type: ignore[return-value]


class _Normalized(Widget):
    """A pending value reads back as the widget will return it (a datetime
    set on a date input reads as its date, say)."""

    @property
    def value(self) -> Any:
        pending = self.root._pending.get(self.id, _UNSET)
        if pending is _UNSET:
            return super().value
        meta = self.root._session.state.widget_meta(self.id)
        return pending if meta is None else meta.deserialize(meta.serialize(pending))



class TextArea(Widget):
    payload: TextAreaElement

    @property
    def max_chars(self) -> int:
        """0: no limit (1.67's proto default)."""
        return self.payload.max_chars or 0

    @property
    def placeholder(self) -> str:
        return self.payload.placeholder or ""

    def input(self, value: str) -> "TextArea":
        """Type ``value``, unless it is longer than ``max_chars`` (the page
        would not take it either)."""
        if self.max_chars and len(value) > self.max_chars:
            return self
        return self.set_value(value)  # type: ignore[return-value]



class DateInput(_Normalized):
    payload: DateInputElement

    @property
    def min(self) -> date:
        return date.fromisoformat(self.payload.min)

    @property
    def max(self) -> date:
        return date.fromisoformat(self.payload.max)

    @property
    def is_range(self) -> bool:
        return self.payload.is_range

    @property
    def format(self) -> str:
        return self.payload.format



class TimeInput(_Normalized):
    payload: TimeInputElement

    @property
    def step(self) -> int:
        """Seconds between two choices."""
        return self.payload.step

    def set_value(self, value: time | datetime | None) -> "TimeInput":
        return super().set_value(value.time() if isinstance(value, datetime) else value)  # type: ignore[return-value]

    def increment(self) -> "TimeInput":
        """The next time by ``step`` (wrapping around midnight)."""
        return self._step(1)

    def decrement(self) -> "TimeInput":
        return self._step(-1)

    def _step(self, direction: int) -> "TimeInput":
        if self.value is None:
            return self
        moved = datetime.combine(date.today(), self.value) + direction * timedelta(seconds=self.step)
        return self.set_value(moved.time())


register("text_input", TextInput)
register("number_input", NumberInput)
register("slider", Slider)
register("text_area", TextArea)
register("date_input", DateInput)
register("time_input", TimeInput)
