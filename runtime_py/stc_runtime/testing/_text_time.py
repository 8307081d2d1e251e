"""AppTest wrappers of the text and time widgets (see v1.register):
``at.text_area``, ``at.date_input``, ``at.time_input``, ``at.color_picker``,
``at.chat_input``, with Streamlit's AppTest actions."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from .v1 import _UNSET, Widget, register


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
    @property
    def max_chars(self) -> int | None:
        return self.proto.get("max_chars")

    @property
    def placeholder(self) -> str | None:
        return self.proto.get("placeholder")

    def input(self, value: str) -> "TextArea":
        """Type ``value``, unless it is longer than ``max_chars`` (the page
        would not take it either)."""
        if self.max_chars and len(value) > self.max_chars:
            return self
        return self.set_value(value)  # type: ignore[return-value]


class DateInput(_Normalized):
    @property
    def min(self) -> date:
        return date.fromisoformat(self.proto["min"])

    @property
    def max(self) -> date:
        return date.fromisoformat(self.proto["max"])

    @property
    def is_range(self) -> bool:
        return bool(self.proto["is_range"])

    @property
    def format(self) -> str:
        return self.proto["format"]


class TimeInput(_Normalized):
    @property
    def step(self) -> int:
        """Seconds between two choices."""
        return self.proto["step"]

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


class ColorPicker(Widget):
    def pick(self, color: str) -> "ColorPicker":
        """Pick a hex color; the leading "#" may be left out."""
        return self.set_value(color if color.startswith("#") else f"#{color}")  # type: ignore[return-value]


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


register("text_area", TextArea)
register("date_input", DateInput)
register("time_input", TimeInput)
register("color_picker", ColorPicker)
register("chat_input", ChatInput)
