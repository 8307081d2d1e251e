"""Payloads of the choice family (elements/choice.py,
runtime_js/src/kinds/choice.js): checkbox, toggle, radio, selectbox,
multiselect, select_slider, pills, segmented_control, feedback and
color_picker.

The page only sees option labels and indices: the worker keeps the app's
option objects and maps what the page sends back to them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from . import LabeledWidgetPayload, WidgetPayload

#: a width in pixels, or ``"content"`` (as wide as it needs) / ``"stretch"``
#: (the container's width)
Width = int | Literal["content", "stretch"]
#: a width in pixels or ``"stretch"`` (widgets that cannot shrink to fit)
StretchWidth = int | Literal["stretch"]
#: how a drop-down narrows its options to the typed text: ``"fuzzy"`` (the
#: typed letters in order, best matches first), ``"contains"``, ``"prefix"``
#: (ignoring case); null: typing is off
FilterMode = Literal["fuzzy", "contains", "prefix"] | None


@dataclass(frozen=True, kw_only=True)
class CheckboxElement(LabeledWidgetPayload):
    """``st.checkbox``: the page sends ``true``/``false``."""

    KIND: ClassVar[str] = "checkbox"
    #: checked
    SENDS: ClassVar[Any] = bool
    #: checked
    value: bool = False
    #: ``"content"``, ``"stretch"`` or a width in pixels
    width: Width = "content"
    #: whether a long label wraps onto more lines (false: one line, cut with
    #: an ellipsis); null: the layout decides (one line in a column or a
    #: horizontal container)
    wrap: bool | None = None


@dataclass(frozen=True, kw_only=True)
class ToggleElement(LabeledWidgetPayload):
    """``st.toggle``: a switch; the page sends ``true``/``false``."""

    KIND: ClassVar[str] = "toggle"
    #: switched on
    SENDS: ClassVar[Any] = bool
    #: switched on
    value: bool = False
    #: ``"content"``, ``"stretch"`` or a width in pixels
    width: Width = "content"
    #: whether a long label wraps onto more lines (false: one line, cut with
    #: an ellipsis); null: the layout decides (one line in a column or a
    #: horizontal container)
    wrap: bool | None = None


@dataclass(frozen=True, kw_only=True)
class RadioElement(LabeledWidgetPayload):
    """``st.radio``: the page sends the index of the chosen option."""

    KIND: ClassVar[str] = "radio"
    #: the index of the chosen option
    SENDS: ClassVar[Any] = int | None
    #: the option labels (inline Markdown), in order
    options: list[str]
    #: the index of the chosen option; null: none chosen yet
    value: int | None = None
    #: the options in a row instead of a column
    horizontal: bool = False
    #: a caption (inline Markdown) under each option, by index (``""``: no
    #: caption for that one); null: no captions
    captions: list[str] | None = None
    #: ``"content"``, ``"stretch"`` or a width in pixels
    width: Width = "content"


@dataclass(frozen=True, kw_only=True)
class SelectboxElement(LabeledWidgetPayload):
    """``st.selectbox``: a drop-down the visitor may type into to narrow it;
    the page sends the index of the chosen option, or the text of an entry
    the visitor typed (``accept_new_options``)."""

    KIND: ClassVar[str] = "selectbox"
    #: the chosen option's index, the text of a new entry, or null: cleared
    SENDS: ClassVar[Any] = int | str | None
    #: the option labels (plain text), in order
    options: list[str]
    #: the chosen option's index, or the text of an entry that is no option;
    #: null: none chosen (the placeholder shows)
    value: int | str | None = None
    #: the text shown while no option is chosen; null: the page's own
    #: ("Choose an option", "Choose or add an option", "Add an option", or
    #: "No options to select" with the box disabled)
    placeholder: str | None = None
    #: the choice cannot be cleared, and its form does not submit while
    #: nothing is chosen
    required: bool = False
    #: the visitor may clear the choice (``index=None`` and not required)
    clearable: bool = False
    #: an emoji, ``":material/name:"`` or ``"spinner"`` drawn in the box;
    #: null: none
    icon: str | None = None
    #: the visitor may enter a choice that is no option
    accept_new_options: bool = False
    #: how the list narrows to what the visitor types: "fuzzy", "contains",
    #: "prefix"; null: no typing
    filter_mode: FilterMode = "fuzzy"
    #: ``"stretch"`` or a width in pixels
    width: StretchWidth = "stretch"


@dataclass(frozen=True, kw_only=True)
class MultiselectElement(LabeledWidgetPayload):
    """``st.multiselect``: the page sends the chosen items in the order they
    were picked."""

    KIND: ClassVar[str] = "multiselect"
    #: the chosen items in the order picked: option indices, or the text of entries the visitor added
    SENDS: ClassVar[Any] = list[int | str]
    #: the option labels (plain text), in order
    options: list[str]
    #: the chosen items: an option's index, or the text of an entry the
    #: visitor added (``accept_new_options``)
    value: list[int | str]
    #: the most items that may be chosen; null: no limit
    max_selections: int | None = None
    #: the text shown while nothing is chosen; null: the page's own
    #: ("Choose options", "Choose or add options", "Add options", or "No
    #: options to select" with the widget disabled)
    placeholder: str | None = None
    #: the visitor may add entries that are not options
    accept_new_options: bool = False
    #: how the list narrows to what the visitor types: "fuzzy", "contains",
    #: "prefix"; null: no typing
    filter_mode: FilterMode = "fuzzy"
    #: when the drop-down offers "Select all" ("Select N matches" while
    #: filtering): -1 always, 0 never, N while at most N options are left
    #: to pick (never for fewer than two)
    select_all: int = 1000
    #: ``"stretch"`` or a width in pixels
    width: StretchWidth = "stretch"
    #: whether the chosen chips wrap onto more rows (false: one row that
    #: scrolls sideways); null: the layout decides (one row in a column or a
    #: horizontal container)
    wrap: bool | None = None


@dataclass(frozen=True, kw_only=True)
class SelectSliderElement(LabeledWidgetPayload):
    """``st.select_slider``: a slider over the options; the page sends the
    chosen indices, sorted."""

    KIND: ClassVar[str] = "select_slider"
    #: the thumbs' option indices
    SENDS: ClassVar[Any] = list[int]
    #: the option labels (plain text), in order (at least one)
    options: list[str]
    #: the thumbs' option indices: ``[i]``, or ``[low, high]`` for a range
    value: list[int]
    #: two thumbs
    is_range: bool = False
    #: ``"stretch"`` or a width in pixels
    width: StretchWidth = "stretch"


@dataclass(frozen=True)
class ButtonGroupOption:
    """One button of ``st.pills`` / ``st.segmented_control``."""

    #: an emoji or ``":material/name:"`` the option's label began with; null:
    #: none
    icon: str | None
    #: the rest of the label (inline Markdown); ``""``: the icon alone
    content: str


@dataclass(frozen=True, kw_only=True)
class _ButtonGroupPayload(LabeledWidgetPayload):
    """The fields ``st.pills`` and ``st.segmented_control`` share (they
    differ in looks only)."""

    #: the buttons, in order
    options: list[ButtonGroupOption]
    #: the indices of the pressed buttons (at most one with ``"single"``)
    value: list[int]
    #: ``"single"``: pressing a button releases the others; ``"multi"``: each
    #: button toggles on its own
    selection_mode: Literal["single", "multi"] = "single"
    #: (single selection) the pressed button cannot be released
    required: bool = False
    #: ``"content"``, ``"stretch"`` or a width in pixels
    width: Width = "content"
    #: whether buttons that do not fit go on to more rows (false: one row
    #: that scrolls sideways); null: the layout decides (one row in a column
    #: or a horizontal container)
    wrap: bool | None = None


@dataclass(frozen=True, kw_only=True)
class PillsElement(_ButtonGroupPayload):
    """``st.pills``: options as rounded buttons; the page sends the indices
    of the pressed ones."""

    KIND: ClassVar[str] = "pills"
    #: the indices of the pressed buttons
    SENDS: ClassVar[Any] = list[int]


@dataclass(frozen=True, kw_only=True)
class SegmentedControlElement(_ButtonGroupPayload):
    """``st.segmented_control``: options as a row of joined buttons; the page
    sends the indices of the pressed ones."""

    KIND: ClassVar[str] = "segmented_control"
    #: the indices of the pressed buttons
    SENDS: ClassVar[Any] = list[int]


@dataclass(frozen=True, kw_only=True)
class FeedbackElement(WidgetPayload):
    """``st.feedback``: a row of rating buttons, without a label; the page
    sends the chosen rating, or null when the visitor clears it."""

    KIND: ClassVar[str] = "feedback"
    #: the chosen option's index; null: cleared (the chosen one clicked again)
    SENDS: ClassVar[Any] = int | None
    #: the set of buttons: ``"thumbs"`` (0 down, 1 up), ``"faces"`` or
    #: ``"stars"`` (0 to 4)
    options: Literal["thumbs", "faces", "stars"] = "thumbs"
    #: the chosen rating; null: none
    value: int | None = None
    #: drawn greyed out, and the visitor cannot change it
    disabled: bool = False
    #: ``"content"``, ``"stretch"`` or a width in pixels
    width: Width = "content"


@dataclass(frozen=True, kw_only=True)
class ColorPickerElement(LabeledWidgetPayload):
    """``st.color_picker``: the page sends the picked color as
    ``"#rrggbb"``."""

    KIND: ClassVar[str] = "color_picker"
    #: the colour as ``#rrggbb``
    SENDS: ClassVar[Any] = str
    #: the color, ``"#RGB"`` or ``"#RRGGBB"``
    value: str = "#000000"
    #: ``"content"``, ``"stretch"`` or a width in pixels
    width: Width = "content"
