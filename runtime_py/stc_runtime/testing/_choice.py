"""AppTest wrappers of the choice elements (see v1.register), with the
properties and actions of Streamlit's ``streamlit.testing.v1``:

    at.toggle[0].set_value(True).run()
    at.radio[0].index; at.radio[0].set_value("Foo").run()
    at.multiselect[0].select("baz").unselect("foo").run()
    at.select_slider[0].set_range("Apr", "Jun").run()
    at.pills[0].select("North").run(); at.button_group  (pills + segmented_control)
    at.feedback[0].set_value(1).run()

Values are the Python objects the app passed as options; ``.run()`` turns
them into what the page would send (``meta.serialize``). Everything else is
read from the element's typed payload (payloads/choice.py).
"""

from __future__ import annotations

from typing import Any

from ..payloads.choice import (
    CheckboxElement,
    ColorPickerElement,
    FeedbackElement,
    MultiselectElement,
    PillsElement,
    RadioElement,
    SegmentedControlElement,
    SelectboxElement,
    SelectSliderElement,
    ToggleElement,
)
from ._tree import Widget, register


def _copy(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else ([] if value is None else [value])


class _Options(Widget):
    payload: RadioElement | MultiselectElement | SelectSliderElement | PillsElement | SegmentedControlElement

    @property
    def options(self) -> list[str]:
        """The options as the page shows them (formatted labels; a button
        group's without the icon it shows apart)."""
        return [o if isinstance(o, str) else o.content for o in self.payload.options]

    def _wire(self) -> Any:
        # Where the current value (pending or from the last run) is among the
        # options, as the page would send it.
        meta = self.root._session.state.widget_meta(self.id)
        return None if meta is None else meta.serialize(self.value)


class Toggle(Widget):
    """``st.toggle``."""

    payload: ToggleElement


class Radio(_Options):
    """``st.radio``."""

    payload: RadioElement

    @property
    def horizontal(self) -> bool:
        return self.payload.horizontal

    @property
    def captions(self) -> list[str] | None:
        return self.payload.captions

    @property
    def index(self) -> int | None:
        """Index of the current selection among ``options`` (None if none)."""
        return None if self.value is None else self._wire()


class _MultiValue(_Options):
    """Shared by multiselect and multi-select button groups."""

    @property
    def indices(self) -> list[int]:
        return [i for i in self._wire() if isinstance(i, int)]

    @property
    def values(self) -> list[str]:
        """The selected options as the page shows them."""
        return [self.options[i] if isinstance(i, int) else i for i in self._wire()]

    def select(self, value: Any) -> "_MultiValue":
        """Add ``value`` to the selection (nothing if already selected)."""
        current = _copy(self.value)
        if value in current:
            return self
        return self.set_value(current + [value])  # type: ignore[return-value]

    def unselect(self, value: Any) -> "_MultiValue":
        """Remove ``value`` from the selection (nothing if not selected)."""
        current = _copy(self.value)
        if value not in current:
            return self
        return self.set_value([v for v in current if v != value])  # type: ignore[return-value]


class Multiselect(_MultiValue):
    """``st.multiselect``."""

    payload: MultiselectElement

    @property
    def max_selections(self) -> int:
        """0: no limit (1.67's proto default)."""
        return self.payload.max_selections or 0

    @property
    def placeholder(self) -> str:
        # None (the page's contextual text) reads as "", as 1.67's AppTest
        # reads the unset field.
        return self.payload.placeholder or ""


class SelectSlider(_Options):
    """``st.select_slider``."""

    payload: SelectSliderElement

    def set_range(self, lower: Any, upper: Any) -> "SelectSlider":
        """Select the range from ``lower`` to ``upper`` (a range slider)."""
        return self.set_value([lower, upper])  # type: ignore[return-value]


class ButtonGroup(_MultiValue):
    """``st.pills`` and ``st.segmented_control``: a single option (or None)
    with ``selection_mode="single"``, a list with ``"multi"``."""

    payload: PillsElement | SegmentedControlElement

    @property
    def style(self) -> str:
        """``"pills"`` or ``"segmented_control"``."""
        return type(self.payload).KIND

    @property
    def selection_mode(self) -> str:
        return self.payload.selection_mode

    @property
    def formatted_values(self) -> list[str]:
        """The selected options as the page shows them."""
        return self.values

    @property
    def _single(self) -> bool:
        return self.selection_mode == "single"

    def select(self, value: Any) -> "ButtonGroup":
        if self._single:
            return self.set_value(value)  # type: ignore[return-value]
        return super().select(value)  # type: ignore[return-value]

    def unselect(self, value: Any) -> "ButtonGroup":
        if self._single:
            return self.set_value(None) if self.value == value else self  # type: ignore[return-value]
        return super().unselect(value)  # type: ignore[return-value]


class Feedback(Widget):
    """``st.feedback``: the index of the chosen option, or None."""

    NOT_FROM_PAYLOAD = ("label",)

    @property
    def label(self) -> str:  # 1.67's Feedback has no label
        raise AttributeError(f"{type(self).__name__!r} object has no attribute 'label'")

    payload: FeedbackElement

    @property
    def options(self) -> str:
        return self.payload.options


register("toggle", Toggle)
register("radio", Radio)
register("multiselect", Multiselect)
register("select_slider", SelectSlider)
# 1.67 lists both as node type "button_group" (``style`` tells them apart;
# at.pills and at.segmented_control list each)
register("pills", ButtonGroup, "button_group")
register("segmented_control", ButtonGroup, "button_group")
register("feedback", Feedback)


class Checkbox(Widget):
    payload: CheckboxElement

    def check(self) -> "Checkbox":
        return self.set_value(True)  # type: ignore[return-value]

    def uncheck(self) -> "Checkbox":
        return self.set_value(False)  # type: ignore[return-value]



class Selectbox(Widget):
    payload: SelectboxElement

    @property
    def options(self) -> list[str]:
        return list(self.payload.options)

    @property
    def placeholder(self) -> str:
        return self.payload.placeholder or ""

    @property
    def index(self) -> int | None:
        meta = self.root._session.state.widget_meta(self.id)
        value = self.value
        if meta is None or value is None:
            return None
        return meta.serialize(value)

    def select(self, value: Any) -> "Selectbox":
        return self.set_value(value)  # type: ignore[return-value]

    def select_index(self, index: int | None) -> "Selectbox":
        meta = self.root._session.state.widget_meta(self.id)
        return self.set_value(None if index is None else meta.deserialize(index))  # type: ignore[return-value,union-attr]


class ColorPicker(Widget):
    payload: ColorPickerElement

    def pick(self, color: str) -> "ColorPicker":
        """Pick a hex color; the leading "#" may be left out."""
        return self.set_value(color if color.startswith("#") else f"#{color}")  # type: ignore[return-value]


register("checkbox", Checkbox)
register("selectbox", Selectbox)
register("color_picker", ColorPicker)
