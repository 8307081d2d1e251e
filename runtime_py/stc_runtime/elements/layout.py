"""Layout containers: container, columns, expander, empty, tabs, popover,
chat_message, and the ``st.dialog`` decorator (forms are in forms.py).

Each returns DeltaGenerators addressing its slots, so ``col.button`` and
``with col:`` both write into it. Streamlit's nesting rules are checked
against the blocks around the write position (``_enclosing_blocks``).
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from .. import run_context
from ..delta_generator import DIALOG_ROOT, SIDEBAR_ROOT, DeltaGenerator, main
from ..element_registry import element
from .. import url_binding
from ..errors import (
    StreamlitAPIException, StreamlitDuplicateElementKey, StreamlitInvalidColumnSpecError, StreamlitInvalidFormCallbackError,
    StreamlitInvalidParameterTypeError, StreamlitMissingRequiredParameterError, StreamlitValueError,
)
from ..icons import validate_icon_or_emoji
from ..sizing import gap as checked_gap
from ..sizing import height as checked_height
from ..sizing import width as checked_width
from ..sizing import wrap as checked_wrap
from ..payloads.layout import (
    ColumnBlock, DialogBlock, EmptyElement, ExpanderBlock, HorizontalBlock, PopoverBlock, TabBlock,
    TabContainerBlock, VerticalBlock,
)
from ..widgets import Registered, callback_of, identify, register_widget

_EXPANDER_TYPES = ("default", "compact", "step")


def _check_choice(parameter: str, value: Any, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise StreamlitValueError(parameter, [f"'{a}'" for a in allowed], detail=f"Got {value!r}.")


def _pixels(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# --- expanders, tabs and popovers that track their state ----------------------
#
# As in 1.67, st.expander, st.tabs and st.popover are page state by default
# (on_change="ignore"): the visitor opens them without a rerun and the app
# never learns of it. With on_change="rerun", a callable, or (expander, tabs)
# bind="query-params", they are widgets: registered with the widget core,
# their value (open or not; the open tab's label) in st.session_state under
# their key, each change sent by the page and rerunning the app.


class ExpanderContainer(DeltaGenerator):
    """What ``st.expander`` returns: its container, and ``.open``: whether it
    is open (None when it does not track its state)."""

    def __init__(self, path: tuple[int, ...], open: bool | None = None) -> None:  # noqa: A002 - 1.67's name
        super().__init__(path)
        self.open = open


class PopoverContainer(DeltaGenerator):
    """What ``st.popover`` returns: its panel's container, and ``.open``:
    whether the panel is open (None when it does not track its state)."""

    def __init__(self, path: tuple[int, ...], open: bool | None = None) -> None:  # noqa: A002 - 1.67's name
        super().__init__(path)
        self.open = open


class TabContainer(DeltaGenerator):
    """One tab of ``st.tabs``: its panel's container, and ``.open``: whether
    it is the selected tab (None when the tabs do not track their state)."""

    def __init__(self, path: tuple[int, ...], open: bool | None = None) -> None:  # noqa: A002 - 1.67's name
        super().__init__(path)
        self.open = open


def _check_on_change(on_change: Any) -> None:
    # Checked before anything else, also when the container stays page state;
    # unlike a widget's on_change, None is refused (1.67's none_supported=False).
    if on_change is None:
        raise StreamlitValueError("on_change", ["'rerun'", "'ignore'", "a callback function"])
    callback_of(on_change)


def _check_bind(bind: Any) -> None:
    # The widget core checks bind too, but only for a container that tracks
    # its state, which an invalid bind would not make it: checked up front.
    if bind is not None and bind != "query-params":
        raise StreamlitValueError("bind", ["'query-params'", "None"])


def _claim_key(key: Any) -> None:
    """A keyed container that does not track its state still takes its key:
    another element with the same key is a duplicate, as in 1.67."""
    ctx = run_context.current()
    key = str(key)
    if key in ctx.widget_keys:
        raise StreamlitDuplicateElementKey(key)
    ctx.widget_keys.add(key)


def _register_stateful(dg: DeltaGenerator, kind: str, *, key: Any, default: Any, identity: dict[str, Any],
                       deserialize: Callable[[Any], Any], on_change: Any, args: Any, kwargs: Any,
                       bind: Any = None, url: Any = None) -> Registered:
    # A change always reruns: bound to the URL with on_change="ignore", the
    # container tracks its state all the same, and a rerun keeps .open and
    # st.session_state in step with the page (1.67's rule).
    callback = on_change if callable(on_change) else "rerun"
    who = identify(dg, kind, key=key, params=identity)
    if who.form_id is not None:
        if callable(on_change):
            raise StreamlitInvalidFormCallbackError()
        # Inside st.form, 1.67's page still sends an opening or a tab switch
        # at once (not with the form's submit): registered outside the form,
        # so its change applies in the run it causes.
        who = dataclasses.replace(who, form_id=None)
    return register_widget(
        dg, kind, key=key, default=default, identity=identity, callback=callback,
        args=args if callable(on_change) else None, kwargs=kwargs if callable(on_change) else None,
        deserialize=deserialize, bind=bind, url=url if bind is not None else None, who=who,
    )


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
        gap: the space between its elements: "xxsmall", "xsmall", "small",
            "medium", "large", "xlarge", "xxlarge", pixels, or None (none).
        autoscroll: with a fixed ``height``, keep the container scrolled to
            its bottom as content is added. True: always; False: never; None
            (the default): while it holds an ``st.chat_message``.
    """
    if height is None:
        height = "content"
    height = checked_height(height, allow_content=True)
    width = checked_width(width, allow_content=True)
    _check_choice("horizontal_alignment", horizontal_alignment, ("left", "center", "right", "distribute"))
    _check_choice("vertical_alignment", vertical_alignment, ("top", "center", "bottom", "distribute"))
    return dg._block(VerticalBlock(
        border=_pixels(height) is not None if border is None else bool(border),
        height=height, width=width, key=None if key is None else str(key),
        horizontal=bool(horizontal), horizontal_alignment=horizontal_alignment,
        vertical_alignment=vertical_alignment, gap=checked_gap(gap),
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
        gap: the space between the columns: "xxsmall", "xsmall", "small",
            "medium", "large", "xlarge", "xxlarge", pixels, or None (none).
        vertical_alignment: "top", "center" or "bottom": where the columns'
            contents sit.
        border: draw a border around each column.
        width: "stretch" or a width in pixels for the whole row.
        wrap: True (the default): in a narrow window the columns stack onto
            more rows; False: they stay in one row, which scrolls sideways
            once the columns reach their minimum width.
    """
    wrap = checked_wrap(wrap)
    if isinstance(spec, int) and not isinstance(spec, bool):
        if spec < 1:
            raise StreamlitInvalidColumnSpecError()
        weights = [1.0] * spec
    else:
        try:
            weights = [float(w) for w in spec]
        except (TypeError, ValueError):
            raise StreamlitInvalidColumnSpecError() from None
        if not weights or any(w <= 0 for w in weights):
            raise StreamlitInvalidColumnSpecError()
    gap = checked_gap(gap)
    _check_choice("vertical_alignment", vertical_alignment, ("top", "center", "bottom"))
    width = checked_width(width)
    depth = sum(1 for b in dg._enclosing_blocks() if b.get("block") == "column")
    if depth and dg._target()[0] == SIDEBAR_ROOT:
        raise StreamlitAPIException(
            "Columns cannot be placed inside other columns in the sidebar. This is only possible in the main area of the app."
        )
    if depth >= 2:
        raise StreamlitAPIException("Columns can only be placed inside other columns up to one level of nesting.")
    row = dg._block(HorizontalBlock(gap=gap, vertical_alignment=vertical_alignment, wrap=wrap, width=width))
    total = sum(weights)
    return [row._block(ColumnBlock(weight=w / total, border=bool(border))) for w in weights]


@element
def expander(
    dg: DeltaGenerator,
    label: str,
    expanded: bool = False,
    *,
    key: str | None = None,
    icon: str | None = None,
    type: str = "default",  # noqa: A002 - Streamlit's name
    width: int | str = "stretch",
    on_change: Any = "ignore",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    bind: str | None = None,
) -> "ExpanderContainer":
    """Insert a container the visitor can expand and collapse; returns it.

    By default it is page state: the visitor opens and closes it without a
    rerun, and ``.open`` of the returned container is None. With
    ``on_change="rerun"``, a callable or ``bind="query-params"`` it tracks
    its state: opening or closing it reruns the app (after the callback),
    ``.open`` says whether it is open, and ``st.session_state[key]`` reads
    and sets it, so an app can draw its content only while it is open.

    Parameters:
        label: the header's text (inline Markdown).
        expanded: open when first drawn.
        key: a name for it (the page gives it the CSS class
            ``st-key-<key>``); with state tracking, its
            ``st.session_state`` key.
        icon: an emoji or ``":material/name:"`` shown before the label.
        type: "default" (a bordered box), "compact" (a plain inline toggle,
            for reasoning or metadata) or "step" (a step of a timeline:
            consecutive steps are joined by a line).
        width: "stretch" or a width in pixels.
        on_change: "ignore" (no state tracking), "rerun" or a callable run
            before the rerun opening or closing it causes.
        args: positional arguments for the ``on_change`` callable.
        kwargs: keyword arguments for the ``on_change`` callable.
        bind: "query-params": keep whether it is open in the URL, under
            ``key`` (it then tracks its state and reruns on each change).
    """
    if label is None:
        raise StreamlitMissingRequiredParameterError("label")
    _check_on_change(on_change)
    if type not in _EXPANDER_TYPES:
        raise StreamlitValueError("type", [repr(t) for t in _EXPANDER_TYPES])
    _check_bind(bind)
    label = str(label)
    width = checked_width(width)
    stateful = on_change != "ignore" or bind is not None
    wid = None
    current = bool(expanded)
    if stateful:
        reg = _register_stateful(
            dg, "expander", key=key, default=bool(expanded),
            identity={"label": label, "expanded": bool(expanded), "icon": icon, "width": width, "type": type},
            deserialize=lambda v, d=bool(expanded): d if v is None else bool(v),
            on_change=on_change, args=args, kwargs=kwargs, bind=bind, url=url_binding.boolean(),
        )
        wid, current = reg.id, bool(reg.value)
    elif key is not None:
        _claim_key(key)
    box = dg._block(ExpanderBlock(
        label=label, expanded=current, icon=None if icon is None else validate_icon_or_emoji(icon),
        width=width, type=type, id=wid, key=None if key is None else str(key),
    ))
    return ExpanderContainer(box._path, current if stateful else None)


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
def tabs(
    dg: DeltaGenerator,
    tabs: Sequence[str],
    *,
    width: int | str = "stretch",
    height: int | str = "content",
    default: str | None = None,
    key: str | None = None,
    on_change: Any = "ignore",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    bind: str | None = None,
) -> tuple["TabContainer", ...]:
    """Insert a set of tabs; returns one container per tab, in order.

    By default the selected tab is page state: everything written into
    every tab runs in each run, the page shows the selected one, and each
    tab's ``.open`` is None. With ``on_change="rerun"``, a callable or
    ``bind="query-params"``, the tabs track their state: switching tabs
    reruns the app, ``.open`` is True for the selected tab only, and
    ``st.session_state[key]`` holds (and sets) the selected tab's label, so
    an app can compute only what the selected tab shows.

    Parameters:
        tabs: the tabs' labels (inline Markdown), at least one.
        width: "stretch" or a width in pixels.
        height: "content" (as tall as the selected tab's content),
            "stretch" or a height in pixels (the panel's content scrolls).
        default: the label of the tab selected when first drawn; None: the
            first.
        key: a name for it (the page gives it the CSS class
            ``st-key-<key>``); with state tracking, its
            ``st.session_state`` key.
        on_change: "ignore" (no state tracking), "rerun" or a callable run
            before the rerun switching tabs causes.
        args: positional arguments for the ``on_change`` callable.
        kwargs: keyword arguments for the ``on_change`` callable.
        bind: "query-params": keep the selected tab's label in the URL,
            under ``key`` (the tabs then track their state; labels must be
            non-empty and unique).
    """
    if not tabs:
        raise StreamlitMissingRequiredParameterError("tabs", detail="Provide at least one tab label.")
    labels = list(tabs) if not isinstance(tabs, str) else [tabs]
    if default and default not in labels:
        raise StreamlitValueError("default", ["a tab label from `tabs`"], detail=f"`{default}` is not in the list of tabs.")
    for label in labels:
        if not isinstance(label, str):
            raise StreamlitInvalidParameterTypeError("tabs", type(label).__name__, ["a string for each tab label"])
    _check_on_change(on_change)
    _check_bind(bind)
    if bind is not None:
        if any(not label for label in labels):
            raise StreamlitValueError("tabs", ["non-empty labels"], detail="Tab labels must be non-empty when bind='query-params'.")
        if len(set(labels)) != len(labels):
            raise StreamlitValueError("tabs", ["unique labels"], detail="Tab labels must be unique when bind='query-params'.")
    default_index = labels.index(default) if default else 0
    default_label = labels[default_index]
    stateful = on_change != "ignore" or bind is not None
    wid = None
    current = default_label
    if stateful:
        reg = _register_stateful(
            dg, "tab_container", key=key, default=default_label,
            identity={"tabs": tuple(labels), "width": width, "height": height, "default": default},
            deserialize=lambda v, d=default_label: d if v is None else str(v),
            on_change=on_change, args=args, kwargs=kwargs, bind=bind,
            url=url_binding.option(labels, labels, clearable=False),
        )
        wid, current = reg.id, reg.value
        if current not in labels:
            # A label set through st.session_state that is no tab: the
            # default tab, in st.session_state too (as 1.67 does).
            current = default_label
            run_context.current().session_state.correct_widget_value(wid, current)
    elif key is not None:
        _claim_key(key)
    width = checked_width(width)
    height = checked_height(height, allow_content=True)
    selected = labels.index(current)
    box = dg._block(TabContainerBlock(
        labels=labels, default=selected, width=width, height=height, id=wid,
        key=None if key is None else str(key),
    ))
    return tuple(
        # Compared by label, as 1.67 does: two tabs with the selected label
        # are both open.
        TabContainer(box._block(TabBlock(label=label, index=i))._path, (label == current) if stateful else None)
        for i, label in enumerate(labels)
    )


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
    key: str | None = None,
    on_change: Any = "ignore",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
) -> "PopoverContainer":
    """Insert a button that opens a floating panel; returns the panel's
    container (what is written into it is shown in the panel).

    The visitor closes the panel with Esc or a click outside. By default
    opening and closing it does not rerun the app and ``.open`` of the
    returned container is None; with ``on_change="rerun"`` or a callable,
    each opening and closing reruns the app, ``.open`` says whether the
    panel is open and ``st.session_state[key]`` reads and sets it.

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
        key: a name for it (the page gives it the CSS class
            ``st-key-<key>``); with state tracking, its
            ``st.session_state`` key.
        on_change: "ignore" (no state tracking), "rerun" or a callable run
            before the rerun opening or closing it causes.
        args: positional arguments for the ``on_change`` callable.
        kwargs: keyword arguments for the ``on_change`` callable.
    """
    if label is None:
        raise StreamlitMissingRequiredParameterError("label")
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
    _check_on_change(on_change)
    label = str(label)
    stateful = on_change != "ignore"
    wid = None
    current = False
    if stateful:
        reg = _register_stateful(
            dg, "popover", key=key, default=False,
            identity={"label": label, "type": type, "help": help, "icon": icon, "disabled": bool(disabled), "width": width},
            deserialize=lambda v: False if v is None else bool(v),
            on_change=on_change, args=args, kwargs=kwargs,
        )
        wid, current = reg.id, bool(reg.value)
    elif key is not None:
        _claim_key(key)
    box = dg._block(PopoverBlock(
        label=label, help=help, icon=None if icon is None else validate_icon_or_emoji(icon),
        disabled=bool(disabled), button_type=type,
        width=checked_width(width, allow_content=True), wrap=None if wrap is None else bool(wrap),
        id=wid, open=current, key=None if key is None else str(key),
    ))
    return PopoverContainer(box._path, current if stateful else None)



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
