"""Payloads of the layout family (elements/layout.py; the page draws them in
runtime_js/src/kinds/layout.js)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from . import ElementPayload

#: the space between the elements of a container or a row of columns
#: a named size, "none", or pixels
Gap = Literal["xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge", "none"] | int


@dataclass(frozen=True, kw_only=True)
class VerticalBlock(ElementPayload):
    """``st.container``: elements written into it later appear in its place
    (also the page's root containers, which AppTest shows as this)."""

    KIND: ClassVar[str] = "block:vertical"
    #: drawn with a border around it
    border: bool = False
    #: "content" (as tall as what it holds), "stretch" (fills a container of
    #: fixed height) or pixels (the content scrolls)
    height: int | Literal["content", "stretch"] = "content"
    #: "stretch" (its parent's width), "content" or pixels
    width: int | Literal["stretch", "content"] = "stretch"
    #: the app's key for it (the page gives it the CSS class
    #: ``st-key-<key>``); null: none
    key: str | None = None
    #: its elements flow side by side (wrapping) instead of one below the other
    horizontal: bool = False
    #: where a horizontal container puts its elements: ``"left"``,
    #: ``"center"``, ``"right"`` or ``"distribute"`` (the space between them)
    horizontal_alignment: Literal["left", "center", "right", "distribute"] = "left"
    #: ``"top"``, ``"center"``, ``"bottom"`` or ``"distribute"``
    vertical_alignment: Literal["top", "center", "bottom", "distribute"] = "top"
    #: the space between its elements: a named size, ``"none"`` or pixels
    gap: Gap = "small"
    #: with a fixed ``height``: keep it scrolled to the bottom as content is
    #: added; null: only while it holds a chat message; false: never
    autoscroll: bool | None = None


@dataclass(frozen=True, kw_only=True)
class HorizontalBlock(ElementPayload):
    """The row holding the columns of one ``st.columns`` call."""

    KIND: ClassVar[str] = "block:horizontal"
    #: the space between the columns: a named size, ``"none"`` or pixels
    gap: Gap = "small"
    #: "stretch" (the container's width) or pixels, for the whole row
    width: int | Literal["stretch"] = "stretch"
    #: where the columns' contents sit: ``"top"``, ``"center"`` or ``"bottom"``
    vertical_alignment: Literal["top", "center", "bottom"] = "top"
    #: the columns may stack onto more rows in a narrow window; false: one
    #: row, scrolling sideways once the columns reach their minimum width
    wrap: bool = True


@dataclass(frozen=True, kw_only=True)
class ColumnBlock(ElementPayload):
    """One column of ``st.columns``, inside its ``block:horizontal`` row."""

    KIND: ClassVar[str] = "block:column"
    #: its share of the row's width (the row's weights add up to 1)
    weight: float
    #: drawn with a border around it
    border: bool = False


@dataclass(frozen=True, kw_only=True)
class ExpanderBlock(ElementPayload):
    """``st.expander``: a container the visitor opens and closes."""

    KIND: ClassVar[str] = "block:expander"
    #: under ``id``: ``true`` when the visitor opened it, ``false`` when they
    #: closed it
    SENDS: ClassVar[Any] = bool
    #: the header's text, inline Markdown
    label: str
    #: open when first drawn; with ``id``: whether it is open now (the page
    #: opens or closes it when this changes, as the app may set it)
    expanded: bool = False
    #: an emoji or ``":material/name:"`` shown before the label; null: none
    icon: str | None = None
    #: ``"stretch"`` (the container's width) or a width in pixels
    width: int | Literal["stretch"] = "stretch"
    #: ``"default"`` (a bordered box), ``"compact"`` (a plain inline toggle)
    #: or ``"step"`` (a timeline step: consecutive steps are joined by a line)
    type: Literal["default", "compact", "step"] = "default"
    #: the widget id the page sends each opening and closing to (it tracks
    #: its state: ``on_change`` or ``bind``); null: page state only
    id: str | None = None
    #: the app's key (the CSS class ``st-key-<key>``); null: none
    key: str | None = None


@dataclass(frozen=True, kw_only=True)
class EmptyElement(ElementPayload):
    """``st.empty``: a placeholder that shows nothing until an element is
    written over it; also written over a container in such a place, so the
    container that replaces it starts with no children."""

    KIND: ClassVar[str] = "empty"


@dataclass(frozen=True, kw_only=True)
class TabContainerBlock(ElementPayload):
    """``st.tabs``: the tab bar; its children are the ``block:tab`` panels,
    in the order of ``labels``."""

    KIND: ClassVar[str] = "block:tab_container"
    #: under ``id``: the label of the tab the visitor selected
    SENDS: ClassVar[Any] = str
    #: the tabs' labels, inline Markdown each
    labels: list[str]
    #: the index of the tab shown when first drawn (afterwards the visitor's
    #: choice stays); with ``id``: the selected tab now (the page selects it
    #: when this changes, as the app may set it)
    default: int = 0
    #: ``"stretch"`` (the container's width) or a width in pixels
    width: int | Literal["stretch"] = "stretch"
    #: ``"content"``, ``"stretch"`` or a height in pixels (the selected
    #: panel's content scrolls)
    height: int | Literal["content", "stretch"] = "content"
    #: the widget id the page sends the selected tab's label to (the tabs
    #: track their state: ``on_change`` or ``bind``); null: page state only
    id: str | None = None
    #: the app's key (the CSS class ``st-key-<key>``); null: none
    key: str | None = None


@dataclass(frozen=True, kw_only=True)
class TabBlock(ElementPayload):
    """One tab's panel, inside its ``block:tab_container``."""

    KIND: ClassVar[str] = "block:tab"
    #: the tab's label, inline Markdown
    label: str
    #: its position among the tabs, from 0
    index: int


@dataclass(frozen=True, kw_only=True)
class PopoverBlock(ElementPayload):
    """``st.popover``: a button that opens a panel holding the container's
    elements."""

    KIND: ClassVar[str] = "block:popover"
    #: under ``id``: ``true`` when the visitor opened the panel, ``false``
    #: when it closed
    SENDS: ClassVar[Any] = bool
    #: the button's label, inline Markdown
    label: str
    #: the button's tooltip text; null: none
    help: str | None = None
    #: an emoji or ``":material/name:"`` shown before the label; null: none
    icon: str | None = None
    #: the button is greyed out and does not open the panel
    disabled: bool = False
    #: the button's look: ``"primary"``, ``"secondary"`` or ``"tertiary"``
    button_type: Literal["primary", "secondary", "tertiary"] = "secondary"
    #: the button's width: ``"content"``, ``"stretch"`` or pixels
    width: int | Literal["content", "stretch"] = "content"
    #: whether the button's label may wrap onto more lines; null: the layout
    #: decides (one line with an ellipsis in a column or horizontal container)
    wrap: bool | None = None
    #: the widget id the page sends each opening and closing to (it tracks
    #: its state: ``on_change``); null: page state only
    id: str | None = None
    #: with ``id``: whether the panel is open now (the page opens or closes
    #: it when this changes, as the app may set it)
    open: bool = False
    #: the app's key (the CSS class ``st-key-<key>``); null: none
    key: str | None = None


@dataclass(frozen=True, kw_only=True)
class DialogBlock(ElementPayload):
    """A modal dialog drawn by an ``st.dialog`` function (in the dialog
    root, outside the page's flow)."""

    KIND: ClassVar[str] = "block:dialog"
    #: ``true`` under ``dismiss_id``: the visitor closed the dialog
    SENDS: ClassVar[Any] = bool
    #: the dialog's title, inline Markdown
    title: str
    #: ``"small"`` (500px), ``"medium"`` (750px) or ``"large"`` (1280px)
    width: Literal["small", "medium", "large"] = "small"
    #: the visitor may close it (close button, Esc, a click outside)
    dismissible: bool = True
    #: ``"center"`` (a modal in the middle), ``"left"`` or ``"right"`` (a
    #: full-height drawer on that side)
    position: Literal["left", "center", "right"] = "center"
    #: an emoji, ``":material/name:"`` or ``"spinner"`` shown before the
    #: title; null: none
    icon: str | None = None
    #: the widget id the page sends ``true`` to when the visitor closes it
    #: (``on_dismiss`` reruns the app); null: closing sends nothing
    dismiss_id: str | None = None
    #: the run that drew it; a new number makes the page open it again
    opened_in_run: int = 0
