"""Layout containers: container, columns, expander, empty, tabs, popover,
chat_message, and the ``st.dialog`` decorator (forms are in forms.py).

Each returns DeltaGenerators addressing its slots, so ``col.button`` and
``with col:`` both write into it. Streamlit's nesting rules are checked
against the blocks around the write position (``_enclosing_blocks``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from .. import run_context
from ..delta_generator import DIALOG_ROOT, SIDEBAR_ROOT, DeltaGenerator, main
from ..element_registry import element
from ..errors import StreamlitAPIException, StreamlitValueError
from ..icons import validate_icon_or_emoji
from ..sizing import width as checked_width
from ..sizing import wrap as checked_wrap
from ..payloads.layout import (
    ColumnBlock, DialogBlock, EmptyElement, ExpanderBlock, HorizontalBlock, PopoverBlock, TabBlock,
    TabContainerBlock, VerticalBlock,
)
from ..widgets import register_widget

_GAPS = ("small", "medium", "large", None)


def _check_gap(gap: Any, where: str) -> str:
    if gap not in _GAPS:
        raise StreamlitAPIException(
            f'The gap argument to {where} must be "small", "medium", or "large". \n'
            f"The argument passed was {gap}."
        )
    return "none" if gap is None else gap


def _pixels(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# --- container, columns, expander -------------------------------------------


@element
def container(
    dg: DeltaGenerator,
    *,
    border: bool | None = None,
    key: str | None = None,
    width: int | str = "stretch",
    height: int | str | None = "content",
    horizontal: bool = False,
    horizontal_alignment: str = "left",
    vertical_alignment: str = "top",
    gap: str | None = "small",
    autoscroll: bool | None = None,
) -> DeltaGenerator:
    """Insert a container that holds several elements, and return it.

    Elements written into it (``with c:`` or ``c.write(...)``), even later
    in the script, appear in its place on the page.

    Parameters:
        border: draw a border around it; None: a border only with a fixed
            ``height``.
        key: a name for it; the page gives it the CSS class ``st-key-<key>``.
        width: "stretch" (its parent's width), "content" or a width in pixels.
        height: "content" (as tall as what it holds), "stretch" or a height
            in pixels (the content then scrolls).
        horizontal: lay its elements out side by side (wrapping) instead of
            one below the other.
        horizontal_alignment: "left", "center", "right" or "distribute": where
            a horizontal container puts its elements.
        vertical_alignment: "top", "center", "bottom" or "distribute".
        gap: the space between its elements: "small", "medium", "large" or
            None (no space).
        autoscroll: with a fixed ``height``, keep the container scrolled to
            its bottom as content is added. True: always; False: never; None
            (the default): while it holds an ``st.chat_message``.
    """
    if height is None:
        height = "content"
    if _pixels(height) is None and height not in ("content", "stretch"):
        raise StreamlitAPIException(
            f"Invalid height value: {height}. Height must be either an integer (pixels), 'stretch', or 'content'."
        )
    if _pixels(height) is not None and height < 1:
        raise StreamlitAPIException(f"Invalid height value: {height}. Height must be a positive integer.")
    if horizontal_alignment not in ("left", "center", "right", "distribute"):
        raise StreamlitAPIException(
            f'The horizontal_alignment argument to st.container must be "left", "center", "right", or "distribute". \n'
            f"The argument passed was {horizontal_alignment}."
        )
    if vertical_alignment not in ("top", "center", "bottom", "distribute"):
        raise StreamlitAPIException(
            f'The vertical_alignment argument to st.container must be "top", "center", "bottom", or "distribute". \n'
            f"The argument passed was {vertical_alignment}."
        )
    return dg._block(VerticalBlock(
        border=_pixels(height) is not None if border is None else bool(border),
        height=_pixels(height), width=_pixels(width), key=None if key is None else str(key),
        horizontal=bool(horizontal), horizontal_alignment=horizontal_alignment,
        vertical_alignment=vertical_alignment, gap=_check_gap(gap, "st.container"),
        autoscroll=None if autoscroll is None else bool(autoscroll),
    ))


@element
def columns(
    dg: DeltaGenerator,
    spec: int | Sequence[float],
    *,
    gap: str | None = "small",
    vertical_alignment: str = "top",
    border: bool = False,
    width: int | str = "stretch",
    wrap: bool = True,
) -> list[DeltaGenerator]:
    """Insert a row of side-by-side columns; returns one container per column.

    Columns may be nested one level deep in the main area, not in the
    sidebar.

    Parameters:
        spec: the number of equal columns, or a list of their relative
            widths (``[2, 1]``: the first twice as wide as the second).
        gap: the space between the columns: "small", "medium", "large" or
            None (no space).
        vertical_alignment: "top", "center" or "bottom": where the columns'
            contents sit.
        border: draw a border around each column.
        width: "stretch" or a width in pixels for the whole row.
        wrap: True (the default): in a narrow window the columns stack onto
            more rows; False: they stay in one row, which scrolls sideways
            once the columns reach their minimum width.
    """
    wrap = checked_wrap(wrap)
    if isinstance(spec, int):
        if spec < 1:
            raise StreamlitAPIException("The input argument to st.columns must be a positive integer.")
        weights = [1.0] * spec
    else:
        weights = [float(w) for w in spec]
        if not weights or any(w <= 0 for w in weights):
            raise StreamlitAPIException("The input argument to st.columns must be a list of positive numbers.")
    gap = _check_gap(gap, "st.columns")
    if vertical_alignment not in ("top", "center", "bottom"):
        raise StreamlitAPIException(
            f'The vertical_alignment argument to st.columns must be "top", "center", or "bottom". \n'
            f"The argument passed was {vertical_alignment}."
        )
    depth = sum(1 for b in dg._enclosing_blocks() if b.get("block") == "column")
    if depth and dg._target()[0] == SIDEBAR_ROOT:
        raise StreamlitAPIException(
            "Columns cannot be placed inside other columns in the sidebar. This is only possible in the main area of the app."
        )
    if depth >= 2:
        raise StreamlitAPIException("Columns can only be placed inside other columns up to one level of nesting.")
    row = dg._block(HorizontalBlock(gap=gap, vertical_alignment=vertical_alignment, wrap=wrap))
    total = sum(weights)
    return [row._block(ColumnBlock(weight=w / total, border=bool(border))) for w in weights]


@element
def expander(dg: DeltaGenerator, label: str, expanded: bool = False, *, icon: str | None = None, width: int | str = "stretch") -> DeltaGenerator:
    """Insert a container the visitor can expand and collapse; returns it.

    Expanders cannot be nested.

    Parameters:
        label: the header's text (inline Markdown).
        expanded: start open; afterwards the visitor's choice stays across
            reruns.
        icon: an emoji or ``":material/name:"`` shown before the label.
        width: "stretch" or a width in pixels.
    """
    if label is None:
        raise StreamlitAPIException("A label is required for an expander")
    if any(b.get("block") == "expander" for b in dg._enclosing_blocks()):
        raise StreamlitAPIException("Expanders may not be nested inside other expanders.")
    return dg._block(ExpanderBlock(label=str(label), expanded=bool(expanded), icon=icon, width=checked_width(width)))


# --- empty --------------------------------------------------------------------


@element
def empty(dg: DeltaGenerator) -> DeltaGenerator:
    """Insert a placeholder that holds one element at a time, and return it.

    Each element written to it replaces the one before (handy for content
    updated in place, such as a progress message); ``.empty()`` on it clears
    it again. It takes no parameters.
    """
    return dg._element(EmptyElement())


# --- tabs, popover, chat_message --------------------------------------------


@element
def tabs(dg: DeltaGenerator, tabs: Sequence[str], *, width: int | str = "stretch", default: str | None = None) -> list[DeltaGenerator]:
    """Insert a set of tabs; returns one container per tab, in order.

    Everything written into every tab is computed in each run; the page only
    shows the selected one. Which tab is selected is the visitor's choice
    and stays across reruns.

    Parameters:
        tabs: the tabs' labels (inline Markdown), at least one.
        width: "stretch" or a width in pixels.
        default: the label of the tab selected when first drawn; None: the
            first.
    """
    labels = list(tabs) if not isinstance(tabs, str) else [tabs]
    if not labels:
        raise StreamlitAPIException("The input argument to st.tabs must contain at least one tab label.")
    if any(not isinstance(t, str) for t in labels):
        raise StreamlitAPIException("The tabs input list to st.tabs is only allowed to contain strings.")
    if default is not None and default not in labels:
        raise StreamlitAPIException(f"The default tab '{default}' is not one of the tabs: {labels}.")
    selected = 0 if default is None else labels.index(default)
    box = dg._block(TabContainerBlock(labels=labels, default=selected, width=checked_width(width)))
    return [box._block(TabBlock(label=label, index=i)) for i, label in enumerate(labels)]


@element
def popover(
    dg: DeltaGenerator,
    label: str,
    *,
    type: str = "secondary",  # noqa: A002 - Streamlit's name
    help: str | None = None,
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: int | str = "content",
    wrap: bool | None = None,
) -> DeltaGenerator:
    """Insert a button that opens a floating panel; returns the panel's
    container (what is written into it is shown in the panel).

    The visitor closes the panel with Esc or a click outside; opening and
    closing it does not rerun the app.

    Parameters:
        label: the button's text (inline Markdown).
        type: "primary", "secondary" (the default) or "tertiary": how much
            the button stands out.
        help: a tooltip shown on hover over the button.
        icon: an emoji or ``":material/name:"`` shown before the label.
        disabled: grey the button out, so the panel cannot be opened.
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``width="content"``; None: ``width`` decides.
        width: "content", "stretch" or a width in pixels for the button.
        wrap: True: a long label wraps onto more lines; False: it stays on
            one line, cut with an ellipsis; None: one line inside a column or
            horizontal container, wrapping elsewhere.
    """
    if label is None:
        raise StreamlitAPIException("A label is required for a popover")
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
    return dg._block(PopoverBlock(
        label=str(label), help=help, icon=icon, disabled=bool(disabled), button_type=type,
        width=checked_width(width, allow_content=True), wrap=None if wrap is None else bool(wrap),
    ))



# --- dialog -------------------------------------------------------------------


@dataclass(frozen=True)
class _DialogSpec:
    fn: Callable[..., Any]
    title: str
    width: str
    dismissible: bool
    on_dismiss: Any
    position: str = "center"
    icon: str | None = None

    @property
    def name(self) -> tuple[str, str]:
        # The script defines the function anew each run: compare by name.
        return (getattr(self.fn, "__module__", ""), getattr(self.fn, "__qualname__", repr(self.fn)))


def _draw_dialog(spec: _DialogSpec, args: tuple, kwargs: dict, *, kept_open: bool) -> None:
    if any(b.get("block") == "dialog" for b in main._enclosing_blocks()):
        raise StreamlitAPIException("Dialogs may not be nested inside other dialogs.")
    ctx = run_context.current()
    drawn = ctx.dialog
    if drawn is not None:
        if drawn.kept_open and drawn.name == spec.name:
            return  # already drawn again for the visitor in this run
        raise StreamlitAPIException(
            "Only one dialog is allowed to be opened at the same time. Please make sure to not call a "
            "dialog-decorated function more than once in a script run."
        )
    ctx.dialog = run_context.DialogDrawn(name=spec.name, kept_open=kept_open)
    root = DeltaGenerator((DIALOG_ROOT,))
    dismiss_id = None
    if spec.on_dismiss != "ignore":
        # Dismissing reruns the app (and runs the callback): a trigger the
        # page sends when the visitor closes the dialog.
        reg = register_widget(
            root, "dialog", key=None, default=False,
            identity={"title": spec.title, "width": spec.width, "function": ".".join(spec.name)},
            callback=spec.on_dismiss if callable(spec.on_dismiss) else None, args=None, kwargs=None,
            deserialize=bool, is_trigger=True,
        )
        dismiss_id = reg.id
    box = root._block(DialogBlock(
        title=spec.title, width=spec.width, dismissible=spec.dismissible, dismiss_id=dismiss_id,
        position=spec.position, icon=spec.icon,
        # A run that draws the dialog opens it again, even if the visitor
        # closed it since (the page reopens it when this changes).
        opened_in_run=ctx.run_id,
    ))
    previous, ctx.drawing_dialog = ctx.drawing_dialog, functools.partial(_draw_dialog, spec, args, kwargs, kept_open=True)
    try:
        with box:
            spec.fn(*args, **kwargs)
    finally:
        ctx.drawing_dialog = previous


def _dialog_icon(icon: str | None) -> str | None:
    if icon is None or icon == "spinner":  # 1.67 draws a spinner for this word
        return icon
    return validate_icon_or_emoji(icon)


def _dialog_decorator(fn: Callable[..., Any], title: Any, width: str, dismissible: bool, on_dismiss: Any,
                      position: str = "center", icon: str | None = None) -> Callable[..., None]:
    if title is None or title == "":
        raise StreamlitAPIException(
            'A non-empty `title` argument has to be provided for dialogs, for example `@st.dialog("Example Title")`.'
        )
    if width not in ("small", "medium", "large"):
        raise StreamlitAPIException(f'Invalid width "{width}" for st.dialog: use "small", "medium" or "large".')
    if on_dismiss not in ("ignore", "rerun") and not callable(on_dismiss):
        raise StreamlitAPIException(f"You have passed {on_dismiss!r} to `on_dismiss`. It should be either 'ignore', 'rerun', or a callable.")
    if position not in ("left", "center", "right"):
        raise StreamlitValueError("position", ["'left'", "'center'", "'right'"])
    spec = _DialogSpec(fn, str(title), width, bool(dismissible), on_dismiss, position, _dialog_icon(icon))

    @functools.wraps(fn)
    def open_dialog(*args: Any, **kwargs: Any) -> None:
        _draw_dialog(spec, args, kwargs, kept_open=False)

    return open_dialog


def dialog(title: Any, *, width: str = "small", position: str = "center", dismissible: bool = True,
           icon: str | None = None, on_dismiss: Any = "ignore") -> Any:
    """Function decorator to create a modal dialog.

    Calling the decorated function opens a modal dialog showing what the
    function writes::

        @st.dialog("Cast your vote")
        def vote(item):
            reason = st.text_input("Because...")
            if st.button("Submit"):
                st.session_state.vote = {"item": item, "reason": reason}
                st.rerun()

    The dialog stays open while the visitor uses the widgets in it, until
    the app calls ``st.rerun()`` or the visitor closes it (the close button,
    Esc or a click outside, when ``dismissible``). ``on_dismiss`` is
    ``"ignore"`` (no rerun on closing), ``"rerun"`` or a callback run before
    the rerun. ``width`` is ``"small"`` (500px), ``"medium"`` (750px) or
    ``"large"`` (1280px). Only one dialog may be opened per script run.

    Parameters:
        title: the dialog's title (inline Markdown); required.
        width: "small", "medium" or "large".
        position: "center" (the default: a modal in the middle of the
            window), "left" or "right" (a full-height drawer on that side).
        dismissible: the visitor may close it with the close button, Esc or
            a click outside; False: only the app closes it (``st.rerun()``).
        icon: an emoji, ``":material/name:"`` or ``"spinner"`` shown before
            the title; None for none.
        on_dismiss: "ignore", "rerun" or a callable run before the rerun the
            closing causes.
    """
    if callable(title):  # used bare, @st.dialog, which has no title
        return _dialog_decorator(title, "", width, dismissible, on_dismiss, position, icon)
    return lambda fn: _dialog_decorator(fn, title, width, dismissible, on_dismiss, position, icon)
