"""Choice widgets: ``st.checkbox``, ``st.toggle``, ``st.radio``,
``st.selectbox``, ``st.multiselect``, ``st.select_slider``, ``st.pills``,
``st.segmented_control``, ``st.feedback`` and ``st.color_picker``. Their
payloads are in payloads/choice.py; the page draws them in
runtime_js/src/kinds/choice.js.

They follow the widget recipe of ``widgets.py`` (key -> policy checks -> id
-> register -> write -> return). Session state holds the Python values the
app passed as options (the objects themselves, as Streamlit returns them);
the page only ever sees option labels and indices:

    widget             session state            wire (page <-> worker)
    checkbox, toggle   bool                     bool
    selectbox          option | None            index | None
    radio              option | None            index | None
    multiselect        [option, ...]            [index | new-option str, ...]
    select_slider      option | (lo, hi)        [index] | [index, index]
    pills / segmented  option | None, or list   [index, ...]
    feedback           int | None               int | None
    color_picker       str                      "#rrggbb"

Errors use Streamlit 1.67's wording, so that an app (or its tests) that
catches or shows them sees what it would see under Streamlit.
"""

from __future__ import annotations

import re
from enum import Enum
from numbers import Integral
from typing import Any, Callable, Sequence

from .. import run_context, url_binding
from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..errors import (
    StreamlitAPIException,
    StreamlitDefaultNotInOptionsError,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitSelectionCountExceedsMaxError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from ..icons import MATERIAL_ICON, is_emoji, validate_icon_or_emoji
from ..sizing import width as checked_width
from ..payloads.choice import (
    ButtonGroupOption,
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
from ..widgets import label_fields, register_widget

# --- shared helpers -------------------------------------------------------------


def _invalid_value(parameter: str, supported: Sequence[str], detail: str | None = None) -> StreamlitValueError:
    return StreamlitValueError(parameter, supported, detail=detail)


def _invalid_type(parameter: str, value: Any, expected: Sequence[str]) -> StreamlitInvalidParameterTypeError:
    return StreamlitInvalidParameterTypeError(parameter, type(value).__name__, list(expected))


def _out_of_range(parameter: str, value: Any, low: Any, high: Any) -> StreamlitValueOutOfRangeError:
    return StreamlitValueOutOfRangeError(parameter, value, low, high)


def _labels(opts: list[Any], format_func: Callable[[Any], Any] | None) -> list[str]:
    fmt = format_func or str
    return [str(fmt(o)) for o in opts]


def _as_values(default: Any, opts: list[Any]) -> list[Any]:
    """A ``default`` given as one value or as an iterable of values."""
    if default is None:
        return []
    if isinstance(default, (str, bytes)) or not _iterable(default):
        return [default]
    if not isinstance(default, list) and _contains(opts, default):
        return [default]  # a tuple option given as the default of its own
    return _options_list(default)


def _iterable(x: Any) -> bool:
    try:
        iter(x)
    except TypeError:
        return False
    return True


def _contains(opts: list[Any], value: Any) -> bool:
    return _position(opts, value) is not None


def _position(opts: list[Any], value: Any) -> int | None:
    for i, o in enumerate(opts):
        try:
            if o is value or bool(o == value):
                return i
        except Exception:  # noqa: BLE001 - e.g. arrays that refuse bool()
            continue
    return None


def _default_indices(opts: list[Any], default: Any) -> list[int]:
    """Streamlit's check: every default must be one of the options."""
    indices = []
    for value in _as_values(default, opts):
        i = _position(opts, value)
        if i is None:
            raise StreamlitDefaultNotInOptionsError(value)
        indices.append(i)
    return indices


def _resolve(opts: list[Any], labels: list[str], value: Any, format_func: Callable[[Any], Any]) -> tuple[int | None, Any]:
    """Where a stored value is among this run's options, and what the widget
    returns for it: the stored object itself (Streamlit returns the object
    the widget was last set to, even when this run built new, unequal option
    objects), except an Enum member of an earlier run's class, which becomes
    this run's member (Streamlit's ``runner.enumCoercion``), as selectbox
    does."""
    i = _index_of(opts, labels, value, format_func)
    if i is None:
        return None, value
    return i, (opts[i] if _same_enum(opts[i], value) else value)


def _settle(wid: str, value: Any, *, store: bool) -> None:
    """Record what the widget returns this run. AppTest reads a widget's
    value from the state's per-run record, and when the stored value was
    corrected (an option that is gone, an Enum member coerced to this run's
    class) session_state must hold the correction too, as in Streamlit
    (``reset_state_value``)."""
    run_context.current().session_state.correct_widget_value(wid, value, stored=store)


def _changed(a: Any, b: Any) -> bool:
    if a is b:
        return False
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) != len(b) or any(_changed(x, y) for x, y in zip(a, b))
    return True


def _width(value: Any, *, allow_content: bool = True) -> Any:
    return checked_width(value, allow_content=allow_content)


def _wrap(value: Any) -> bool | None:
    """``wrap``: None lets the page decide from the layout (one line in a
    column or a horizontal container, wrapping elsewhere). 1.67 copies the
    argument into a protobuf bool field unchecked, so an int counts as its
    truth value and any other type fails with the TypeError protobuf raises."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, Integral):
        return bool(value)
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


#: ``filter_mode`` values: how the drop-down matches what the visitor types
_FILTER_MODES = ("fuzzy", "contains", "prefix", None)


def _filter_mode(value: Any, *, accept_new_options: bool) -> str | None:
    try:
        valid = value in _FILTER_MODES
    except TypeError:  # an unhashable or odd value is simply not one of them
        valid = False
    if not valid:
        raise StreamlitValueError("filter_mode", ["fuzzy", "contains", "prefix", "None"])
    if value is None and accept_new_options:
        # Typing is off without a filter, so nothing new could be typed in.
        raise StreamlitIncompatibleParametersError(
            "filter_mode=None", "accept_new_options=True",
            explanation="`filter_mode` cannot be `None` when `accept_new_options=True`. "
            "Set `filter_mode` to `fuzzy`, `contains`, or `prefix`.",
        )
    return value


def _placeholder(value: str | None) -> str | None:
    """None lets the page choose its contextual text; an explicit ``""``
    travels as one space, as in 1.67 (whose AppTest reports it so), which
    the page shows as an empty placeholder."""
    return " " if value == "" else value


# --- URL forms (bind="query-params") that url_binding.py has no general one for ---


def _typed_entries_codec(labels: list[str], opts: list[Any], *, many: bool, clearable: bool = True,
                         max_length: int | None = None) -> url_binding.UrlCodec:
    """accept_new_options: a label stands for its option, any other text is
    an entry of the visitor's own (so nothing is refused). A selectbox that
    may be cleared takes an empty ``?key=`` as the empty entry ``""``, as
    1.67 does (the text is not checked against the options)."""
    def one(text: str) -> Any:
        return opts[labels.index(text)] if text in labels else text

    def write(v: Any) -> url_binding.UrlValue:
        items = list(v or []) if many else [v]
        texts = ["" if item is None else _label_or_text(labels, opts, item) for item in items]
        return (texts or [""]) if many else texts[0]

    def read(value: url_binding.UrlValue) -> Any:
        texts = [t for t in (value if isinstance(value, list) else [value]) if t != ""]
        if many:
            picked: list[Any] = []
            for text in texts:
                if text not in picked:
                    picked.append(text)
            return [one(t) for t in picked][:max_length] if max_length else [one(t) for t in picked]
        return one(value[-1] if isinstance(value, list) else value)

    return url_binding.UrlCodec(write=write, read=read, clearable=clearable, many=many)


def _label_or_text(labels: list[str], opts: list[Any], value: Any) -> str:
    i = _position(opts, value)
    return labels[i] if i is not None else str(value)


def _labels_codec(labels: list[str], opts: list[Any], *, count: int) -> url_binding.UrlCodec:
    """A range select_slider: its two ends by label, as repeated keys."""
    def read(value: url_binding.UrlValue) -> Any:
        texts = [t for t in (value if isinstance(value, list) else [value]) if t != ""]
        if len(texts) != count or any(t not in labels for t in texts):
            raise ValueError(f"expected {count} option labels")
        ends = sorted(labels.index(t) for t in texts)
        return tuple(opts[i] for i in ends)

    return url_binding.UrlCodec(write=lambda v: [_label_or_text(labels, opts, end) for end in v], read=read, many=True)


def _first_option_codec(labels: list[str], opts: list[Any]) -> url_binding.UrlCodec:
    """Single-select pills/segmented_control: 1.67 keeps them in the URL as
    a list of at most one label, so of repeated keys the first option wins."""
    several = url_binding.options_list(labels, opts, max_length=1)
    return url_binding.UrlCodec(
        write=lambda v: several.write([] if v is None else [v]),
        read=lambda value: next(iter(several.read(value)), None),
        clearable=True, many=True,
    )


def _rating_codec(size: int) -> url_binding.UrlCodec:
    """st.feedback: the chosen index (``?key=2``); an empty value clears it."""
    def read(value: url_binding.UrlValue) -> int | None:
        text = value[-1] if isinstance(value, list) else value
        if text == "":
            return None
        rating = int(text)
        if not 0 <= rating < size:
            raise ValueError(f"not a rating from 0 to {size - 1}: {text!r}")
        return rating

    return url_binding.UrlCodec(write=lambda v: "" if v is None else str(int(v)), read=read, clearable=True)


def _not_an_option(value: Any, label: str) -> ValueError:
    # Raised by serialize, which only AppTest calls (set_value of a value the
    # widget cannot show).
    return ValueError(f"{value!r} is not one of the options of {label!r}")


# --- toggle -----------------------------------------------------------------------


@element
def toggle(
    dg: DeltaGenerator,
    label: str,
    value: bool = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> bool:
    """Display an on/off switch.

    Returns True while it is on.

    Parameters:
        label: what the switch is for (inline Markdown).
        value: whether it starts on.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the switch out, so it cannot be flipped.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        width: "content" (as wide as it needs), "stretch" (its container's
            width) or a width in pixels.
        wrap: True: a long label wraps onto more lines; False: it stays on
            one line, cut with an ellipsis (the full label in its tooltip);
            None: one line in a column or a horizontal container, wrapping
            elsewhere.
        bind: "query-params": the value lives in the page's URL under the
            key (``?key=true``), so a link or a reload shows it.
        persist_state: "page" or "session": keep the value while the
            switch is not drawn (on its page, or in the whole session).
    """
    shown_label = label_fields(label, help, disabled, label_visibility)
    reg = register_widget(
        dg, "toggle", key=key, default=bool(value),
        identity={"label": label, "value": bool(value), "help": help, "width": width},
        callback=on_change, args=args, kwargs=kwargs, deserialize=bool,
        explicit_default=value is not False,
        bind=bind, persist_state=persist_state, url=url_binding.boolean(),
    )
    wid, current = reg.id, reg.value
    dg._write(ToggleElement(id=wid, **shown_label, value=bool(current), width=_width(width), wrap=_wrap(wrap)))
    return bool(current)


# --- radio ------------------------------------------------------------------------


@element
def radio(
    dg: DeltaGenerator,
    label: str,
    options: Any,
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    horizontal: bool = False,
    captions: Sequence[str] | None = None,
    label_visibility: str = "visible",
    width: Any = "content",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display a group of radio buttons, one option chosen at a time.

    Returns the chosen option itself (not its label); None with
    ``index=None`` until the visitor picks one.

    Parameters:
        label: what the choice is about (inline Markdown).
        options: the choices: any iterable (a list, a dict's keys, a Series,
            a DataFrame's first column); the widget returns these objects.
        index: the position of the option chosen at first; None: none.
        format_func: turns an option into the text shown for it (``str`` by
            default); it changes the display only, not what is returned.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the buttons out, so the choice cannot change.
        horizontal: lay the options out in a row instead of a column.
        captions: a caption (inline Markdown) under each option, in the order
            of ``options``; None for none.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        width: "content" (as wide as it needs), "stretch" (its container's
            width) or a width in pixels.
        bind: "query-params": the value lives in the page's URL under the
            key (the chosen option's label), so a link or a reload shows it.
        persist_state: "page" or "session": keep the value while the
            radio group is not drawn (on its page, or in the whole session).
    """
    shown_label = label_fields(label, help, disabled, label_visibility)
    opts = _options_list(options)
    labels = _labels(opts, format_func)
    if index is not None and not isinstance(index, int):
        raise _invalid_type("index", index, ["int", "None"])
    if index is not None and opts and not 0 <= index < len(opts):
        raise _out_of_range("index", index, 0, len(opts) - 1)
    caption_texts: list[str] | None = None
    if captions is not None:
        caption_texts = []
        for caption in captions:
            if caption is not None and not isinstance(caption, str):
                raise _invalid_type("captions", caption, ["str", "None"])
            caption_texts.append(caption or "")
    default = opts[index] if index is not None and opts else None

    def deserialize(v: Any) -> Any:
        return opts[int(v)] if v is not None and 0 <= int(v) < len(opts) else None

    def serialize(v: Any) -> Any:
        if v is None:
            return None
        i = _index_of(opts, labels, v, format_func)
        if i is None:
            raise _not_an_option(v, str(label))
        return i

    reg = register_widget(
        dg, "radio", key=key, default=default,
        identity={"label": label, "options": labels, "index": index, "help": help,
                  "horizontal": bool(horizontal), "captions": caption_texts},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
        explicit_default=index not in (0, None),
        bind=bind, persist_state=persist_state, url=url_binding.option(labels, opts, clearable=index is None),
    )
    wid, stored = reg.id, reg.value
    current_index, current = _resolve(opts, labels, stored, format_func)
    if stored is not None and current_index is None:
        # Set through session_state to something that is not an option:
        # back to the default, as Streamlit resets it.
        current_index, current = (index if default is not None else None), default
    _settle(wid, current, store=_changed(current, stored))
    dg._write(RadioElement(
        id=wid, **shown_label, options=labels, value=current_index,
        horizontal=bool(horizontal), captions=caption_texts, width=_width(width),
    ))
    return current


# --- multiselect ------------------------------------------------------------------


#: ``select_all=True``: offered whatever the number of options left
_SELECT_ALL_ALWAYS = -1
#: the largest threshold 1.67 keeps (an int32); beyond it, always offered
_SELECT_ALL_MAX = 2**31 - 1


def _select_all(value: Any) -> int:
    """``select_all`` as the page reads it: -1 always, 0 never, N while at
    most N options are left to pick. A bool is checked first: True is
    "always", not a threshold of 1."""
    if isinstance(value, bool):
        return _SELECT_ALL_ALWAYS if value else 0
    if isinstance(value, int):
        if value < 0:
            raise StreamlitValueError(
                "select_all", ["True", "False", "a non-negative integer"],
                detail="When using an int, `select_all` must be a non-negative integer.",
            )
        return min(value, _SELECT_ALL_MAX)
    raise StreamlitInvalidParameterTypeError("select_all", type(value).__name__, ["bool", "int"])


@element
def multiselect(
    dg: DeltaGenerator,
    label: str,
    options: Any,
    default: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    max_selections: int | None = None,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    accept_new_options: bool = False,
    filter_mode: str | None = "fuzzy",
    select_all: bool | int = 1000,
    width: Any = "stretch",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> list[Any]:
    """Display a drop-down from which several options can be picked.

    Returns the list of picked options (the objects themselves), in the order
    the visitor picked them. With ``accept_new_options`` the visitor may also
    type entries of their own, returned as strings.

    Parameters:
        label: what the choice is about (inline Markdown).
        options: the choices: any iterable (a list, a dict's keys, a Series,
            a DataFrame's first column); the widget returns these objects.
        default: the option, or list of options, picked at first; None: none.
        format_func: turns an option into the text shown for it (``str`` by
            default); it changes the display only, not what is returned.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        max_selections: the most options that may be picked; None for no
            limit.
        placeholder: the text shown while nothing is picked; None: "Choose
            options" ("Choose or add options" with ``accept_new_options``; a
            note when there are no options).
        disabled: grey the widget out, so the choice cannot change.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        accept_new_options: let the visitor add entries that are not options
            (an entry that matches an option but for case picks the option).
        filter_mode: how the drop-down narrows its options to what the
            visitor types: "fuzzy" (the typed letters in order, best matches
            first), "contains", "prefix" (ignoring case); None: no typing.
        select_all: when the drop-down offers "Select all" (or "Select N
            matches" while filtering): True: whenever two or more options
            are left to pick; False or 0: never; a number: while at most
            that many are left.
        width: "stretch" (its container's width) or a width in pixels.
        wrap: True: the chosen chips wrap onto more rows; False: they stay on
            one row, which scrolls sideways; None: one row in a column or a
            horizontal container, more rows elsewhere.
        bind: "query-params": the value lives in the page's URL under the
            key (one ``?key=label`` per chosen option), so a link or a reload shows it.
        persist_state: "page" or "session": keep the value while the
            drop-down is not drawn (on its page, or in the whole session).
    """
    shown_label = label_fields(label, help, disabled, label_visibility)
    if max_selections is not None and (
        isinstance(max_selections, bool) or not isinstance(max_selections, Integral) or max_selections < 1
    ):
        zero = isinstance(max_selections, Integral) and not isinstance(max_selections, bool) and max_selections == 0
        raise _invalid_value(
            "max_selections", ["a positive integer"],
            "To disable `st.multiselect`, use `disabled=True`." if zero else None,
        )
    opts = _options_list(options)
    labels = _labels(opts, format_func)
    default_indices = _default_indices(opts, default)
    # None: the page shows the contextual text ("Choose options", "Add
    # options", ...) and, with nothing to pick or add, draws it disabled.
    placeholder = _placeholder(placeholder)
    filter_mode = _filter_mode(filter_mode, accept_new_options=accept_new_options)
    select_all_limit = _select_all(select_all)

    def from_wire(item: Any) -> tuple[bool, Any]:
        if isinstance(item, str):
            if item in labels:
                return True, opts[labels.index(item)]
            return accept_new_options, item
        if isinstance(item, Integral) and 0 <= int(item) < len(opts):
            return True, opts[int(item)]
        return False, None

    def deserialize(v: Any) -> Any:
        values = []
        for item in v or []:
            ok, value = from_wire(item)
            if ok:
                values.append(value)
        return values

    def to_wire(value: Any) -> Any:
        i = _index_of(opts, labels, value, format_func)
        if i is not None:
            return i
        if accept_new_options and isinstance(value, str):
            return value
        raise _not_an_option(value, str(label))

    def serialize(v: Any) -> Any:
        return [to_wire(value) for value in _as_values(v, opts)]

    reg = register_widget(
        dg, "multiselect", key=key, default=[opts[i] for i in default_indices],
        identity={"label": label, "options": labels, "default": default_indices, "help": help,
                  "max_selections": max_selections, "placeholder": placeholder,
                  "accept_new_options": bool(accept_new_options), "filter_mode": filter_mode,
                  "select_all": select_all_limit, "width": width},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
        explicit_default=default is not None,
        bind=bind, persist_state=persist_state, url=(_typed_entries_codec(labels, opts, many=True, max_length=max_selections) if accept_new_options
                                                else url_binding.options_list(labels, opts, max_length=max_selections)),
    )
    wid, stored = reg.id, reg.value
    stored_list = _as_values(stored, opts)
    if max_selections is not None and len(stored_list) > max_selections:
        raise StreamlitSelectionCountExceedsMaxError(len(stored_list), max_selections)
    current: list[Any] = []
    wire: list[Any] = []
    for value in stored_list:
        i, returned = _resolve(opts, labels, value, format_func)
        if i is not None:
            current.append(returned)
            wire.append(i)
        elif accept_new_options and isinstance(value, str):
            current.append(value)
            wire.append(value)
        # else: no longer an option (options changed, or session_state was
        # set to something else): dropped, as Streamlit filters it out.
    _settle(wid, current, store=_changed(current, stored))
    dg._write(MultiselectElement(
        id=wid, **shown_label, options=labels, value=wire,
        max_selections=max_selections, placeholder=placeholder,
        accept_new_options=bool(accept_new_options), filter_mode=filter_mode, select_all=select_all_limit,
        width=_width(width, allow_content=False), wrap=_wrap(wrap),
    ))
    return list(current)


# --- select_slider ----------------------------------------------------------------


@element
def select_slider(
    dg: DeltaGenerator,
    label: str,
    options: Any = (),
    value: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display a slider whose positions are a list of options of any type.

    Returns the option under the thumb; a ``value`` of two options (a tuple
    or list) makes a range slider, which returns a ``(low, high)`` tuple.

    Parameters:
        label: what the slider is for (inline Markdown).
        options: the positions, in order (at least one): any iterable.
        value: the option the thumb starts on, or the two ends of a range;
            None: the first option.
        format_func: turns an option into the text shown for it (``str`` by
            default); it changes the display only, not what is returned.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the slider out, so it cannot be moved.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        width: "stretch" (its container's width) or a width in pixels.
        bind: "query-params": the value lives in the page's URL under the
            key (the option's label, twice for a range), so a link or a reload shows it.
        persist_state: "page" or "session": keep the value while the
            slider is not drawn (on its page, or in the whole session).
    """
    shown_label = label_fields(label, help, disabled, label_visibility)
    opts = _options_list(options)
    if not opts:
        raise StreamlitMissingRequiredParameterError("options", detail="Provide at least one option.")
    labels = _labels(opts, format_func)
    is_range = isinstance(value, (list, tuple))
    if value is None and key is not None:
        # No default, but a pair preset through session_state: a range
        # slider (from the first to the last option by default).
        state = run_context.current().session_state
        if str(key) in state and isinstance(state[str(key)], (list, tuple)):
            is_range = True
    if is_range:
        ends = list(value) if value is not None else [opts[0], opts[-1]]
        indices = []
        for end in ends:
            i = _position(opts, end)
            if i is None:
                raise ValueError(f"{end} is not in iterable")
            indices.append(i)
        if len(indices) != 2:
            # 1.67 unpacks the two ends, so Python's own unpacking error is
            # what an app sees.
            raise ValueError(
                "too many values to unpack (expected 2)" if len(indices) > 2
                else f"not enough values to unpack (expected 2, got {len(indices)})"
            )
        indices.sort()
        default: Any = (opts[indices[0]], opts[indices[1]])
    else:
        i = 0 if value is None else _position(opts, value)
        if i is None:
            raise ValueError(f"{value} is not in iterable")
        indices = [i]
        default = opts[i]

    def deserialize(v: Any) -> Any:
        items = list(v) if isinstance(v, (list, tuple)) else [v]
        if len(items) != len(indices) or any(x is None for x in items):
            return default  # a range sent to a single slider or vice versa
        picked = sorted(min(max(int(x), 0), len(opts) - 1) for x in items)
        return (opts[picked[0]], opts[picked[1]]) if is_range else opts[picked[0]]

    def serialize(v: Any) -> Any:
        # A single option that is itself a tuple stays one value.
        if isinstance(v, (list, tuple)) and _index_of(opts, labels, v, format_func) is None:
            ends = list(v)
        else:
            ends = [v]
        out = []
        for end in ends:
            i = _index_of(opts, labels, end, format_func)
            if i is None:
                raise _not_an_option(end, str(label))
            out.append(i)
        return sorted(out)

    reg = register_widget(
        dg, "select_slider", key=key, default=default,
        identity={"label": label, "options": labels, "value": indices, "help": help},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
        explicit_default=value is not None,
        bind=bind, persist_state=persist_state, url=_labels_codec(labels, opts, count=2) if is_range else url_binding.option(labels, opts, clearable=False),
    )
    wid, stored = reg.id, reg.value
    if is_range:
        ends = list(stored) if isinstance(stored, (list, tuple)) and len(stored) == 2 else [None, None]
        resolved = [_resolve(opts, labels, end, format_func) for end in ends]
        if any(i is None for i, _ in resolved):
            current: Any = default  # not options any more: back to the default
            wire = list(indices)
        else:
            order = sorted(resolved, key=lambda r: r[0])
            current = (order[0][1], order[1][1])
            wire = [order[0][0], order[1][0]]
    else:
        i, current = _resolve(opts, labels, stored, format_func)
        if i is None:
            current, i = default, indices[0]
        wire = [i]
    _settle(wid, current, store=_changed(current, stored))
    dg._write(SelectSliderElement(
        id=wid, **shown_label, options=labels, value=wire,
        is_range=is_range, width=_width(width, allow_content=False),
    ))
    return current


# --- pills and segmented_control ------------------------------------------------------

def _split_icon(text: str) -> tuple[str | None, str]:
    """Streamlit shows a leading emoji or ``:material/name:`` token of a
    pills/segmented_control option as its icon."""
    first, _, rest = text.partition(" ")
    token = first.strip()
    if MATERIAL_ICON.match(token) or is_emoji(token):
        return token, rest
    return None, text


def _button_group(
    dg: DeltaGenerator,
    style: str,
    label: str,
    options: Any,
    *,
    selection_mode: str,
    default: Any,
    required: bool,
    format_func: Callable[[Any], Any] | None,
    key: Any,
    help: str | None,
    on_change: Callable[..., Any] | None,
    args: Any,
    kwargs: Any,
    disabled: bool,
    label_visibility: str,
    width: Any,
    wrap: bool | None,
    bind: str | None,
    persist_state: str | None,
) -> Any:
    shown_label = label_fields(label, help, disabled, label_visibility)
    if selection_mode not in ("single", "multi"):
        raise _invalid_value("selection_mode", ["'single'", "'multi'"])
    if required and selection_mode == "multi":
        raise StreamlitIncompatibleParametersError(
            "required=True", "selection_mode='multi'",
            explanation="`required` is only supported for single-select mode.",
        )
    opts = _options_list(options)
    labels = _labels(opts, format_func)
    fmt = format_func or str
    default_indices = _default_indices(opts, default)
    single = selection_mode == "single"
    if single and len(default_indices) > 1:
        raise StreamlitAPIException(
            f"The default argument to `st.{style}` must be a single value when `selection_mode='single'`."
        )

    def deserialize(v: Any) -> Any:
        items = [opts[int(x)] for x in (v or []) if x is not None and 0 <= int(x) < len(opts)]
        if single:
            return items[0] if items else None
        return items

    def serialize(v: Any) -> Any:
        values = ([] if v is None else [v]) if single else _as_values(v, opts)
        out = []
        for value in values:
            i = _index_of(opts, labels, value, fmt)
            if i is None:
                raise _not_an_option(value, str(label))
            out.append(i)
        return out

    default_value = (opts[default_indices[0]] if default_indices else None) if single else [opts[i] for i in default_indices]
    reg = register_widget(
        dg, style, key=key, default=default_value,
        identity={"label": label, "options": labels, "default": default_indices,
                  "selection_mode": selection_mode, "help": help},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
        explicit_default=bool(default_indices),
        bind=bind, persist_state=persist_state, url=(_first_option_codec(labels, opts) if single
                                                else url_binding.options_list(labels, opts)),
    )
    wid, stored = reg.id, reg.value
    if single:
        i, current = (None, None) if stored is None else _resolve(opts, labels, stored, fmt)
        if stored is not None and i is None:
            current = default_value
            i = default_indices[0] if default_indices else None
        wire = [] if i is None else [i]
    else:
        current, wire = [], []
        for value in _as_values(stored, opts):
            i, returned = _resolve(opts, labels, value, fmt)
            if i is not None:
                current.append(returned)
                wire.append(i)
    _settle(wid, current, store=_changed(current, stored))
    buttons = [ButtonGroupOption(*_split_icon(text)) for text in labels]
    payload_class = PillsElement if style == "pills" else SegmentedControlElement
    dg._write(payload_class(
        id=wid, **shown_label, options=buttons, value=wire,
        selection_mode=selection_mode, required=bool(required), width=_width(width), wrap=_wrap(wrap),
    ))
    return current if single else list(current)


@element
def pills(
    dg: DeltaGenerator,
    label: str,
    options: Any,
    *,
    selection_mode: str = "single",
    default: Any = None,
    required: bool = False,
    format_func: Callable[[Any], Any] | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display options as a row of rounded buttons to press.

    With ``selection_mode="single"`` returns the pressed option or None;
    with ``"multi"`` the list of pressed options.

    Parameters:
        label: what the buttons are for (inline Markdown).
        options: the choices: any iterable; an option whose text starts with
            an emoji or a ``:material/name:`` icon and a space shows it as the
            button's icon.
        selection_mode: "single" (one option, or None) or "multi" (a list).
        default: the option pressed at first, or (multi) a list of them;
            None: none.
        required: with "single", once an option is pressed it stays pressed
            until another is (the value is never None after a choice).
        format_func: turns an option into the text shown for it (``str`` by
            default; None is the same).
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the buttons out, so they cannot be pressed.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        width: "content" (as wide as it needs), "stretch" (its container's
            width) or a width in pixels.
        wrap: True: buttons that do not fit go on to more rows; False: they
            stay on one row, which scrolls sideways; None: one row in a
            column or a horizontal container, more rows elsewhere.
        bind: "query-params": the value lives in the page's URL under the
            key (the pressed options' labels), so a link or a reload shows it.
        persist_state: "page" or "session": keep the value while the
            group is not drawn (on its page, or in the whole session).
    """
    return _button_group(
        dg, "pills", label, options, selection_mode=selection_mode, default=default, required=required,
        format_func=format_func, key=key, help=help, on_change=on_change, args=args, kwargs=kwargs,
        disabled=disabled, label_visibility=label_visibility, width=width, wrap=wrap,
        bind=bind, persist_state=persist_state,
    )


@element
def segmented_control(
    dg: DeltaGenerator,
    label: str,
    options: Any,
    *,
    selection_mode: str = "single",
    default: Any = None,
    required: bool = False,
    format_func: Callable[[Any], Any] | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display options as a bar of joined buttons to press.

    With ``selection_mode="single"`` returns the pressed option or None;
    with ``"multi"`` the list of pressed options.

    Parameters:
        label: what the buttons are for (inline Markdown).
        options: the choices: any iterable; an option whose text starts with
            an emoji or a ``:material/name:`` icon and a space shows it as the
            button's icon.
        selection_mode: "single" (one option, or None) or "multi" (a list).
        default: the option pressed at first, or (multi) a list of them;
            None: none.
        required: with "single", once an option is pressed it stays pressed
            until another is (the value is never None after a choice).
        format_func: turns an option into the text shown for it (``str`` by
            default; None is the same).
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the buttons out, so they cannot be pressed.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        width: "content" (as wide as it needs), "stretch" (its container's
            width) or a width in pixels.
        wrap: True: buttons that do not fit go on to more rows; False: they
            stay on one row, which scrolls sideways; None: one row in a
            column or a horizontal container, more rows elsewhere.
        bind: "query-params": the value lives in the page's URL under the
            key (the pressed options' labels), so a link or a reload shows it.
        persist_state: "page" or "session": keep the value while the
            group is not drawn (on its page, or in the whole session).
    """
    return _button_group(
        dg, "segmented_control", label, options, selection_mode=selection_mode, default=default,
        required=required, format_func=format_func, key=key, help=help, on_change=on_change, args=args,
        kwargs=kwargs, disabled=disabled, label_visibility=label_visibility, width=width, wrap=wrap,
        bind=bind, persist_state=persist_state,
    )


# --- feedback -----------------------------------------------------------------------

_FEEDBACK_SIZES = {"thumbs": 2, "faces": 5, "stars": 5}


@element
def feedback(
    dg: DeltaGenerator,
    options: str = "thumbs",
    *,
    key: str | int | None = None,
    default: int | None = None,
    disabled: bool = False,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    width: Any = "content",
    bind: str | None = None,
    persist_state: str | None = None,
) -> int | None:
    """Display a row of rating buttons (thumbs, faces or stars), without a
    label.

    Returns the index of the chosen button, or None; choosing it again
    clears it.

    Parameters:
        options: "thumbs" (0: down, 1: up), "faces" (0: unhappy to 4: happy)
            or "stars" (0: one star to 4: five).
        key: a unique key for the widget (also its ``st.session_state`` key).
        default: the index chosen at first; None: none.
        disabled: grey the buttons out, so the rating cannot change.
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        width: "content" (as wide as it needs), "stretch" (its container's
            width) or a width in pixels.
        bind: "query-params": the value lives in the page's URL under the
            key (``?key=2``), so a link or a reload shows it.
        persist_state: "page" or "session": keep the value while the
            row is not drawn (on its page, or in the whole session).
    """
    if options not in _FEEDBACK_SIZES:
        raise _invalid_value("options", ["'thumbs'", "'faces'", "'stars'"])
    size = _FEEDBACK_SIZES[options]
    if default is not None and (
        isinstance(default, bool) or not isinstance(default, Integral) or not 0 <= default < size
    ):
        raise _out_of_range("default", default, 0, size - 1)
    default = None if default is None else int(default)

    def valid(v: Any) -> bool:
        return isinstance(v, Integral) and not isinstance(v, bool) and 0 <= int(v) < size

    def deserialize(v: Any) -> Any:
        if v is None or v == "":
            return None
        try:
            v = int(v)
        except (TypeError, ValueError):
            return default
        return v if valid(v) else default

    def serialize(v: Any) -> Any:
        if v is not None and not valid(v):
            raise ValueError(f"{v!r} is not a valid st.feedback({options!r}) value (an int from 0 to {size - 1}, or None)")
        return None if v is None else int(v)

    reg = register_widget(
        dg, "feedback", key=key, default=default,
        identity={"options": options, "default": default},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
        explicit_default=default is not None,
        bind=bind, persist_state=persist_state, url=_rating_codec(size),
    )
    wid, stored = reg.id, reg.value
    current = None if stored is None else (int(stored) if valid(stored) else default)
    _settle(wid, current, store=_changed(current, stored) and current != stored)
    dg._write(FeedbackElement(
        id=wid, options=options, value=current, disabled=bool(disabled), width=_width(width),
    ))
    return current


@element
def checkbox(
    dg: DeltaGenerator,
    label: str,
    value: bool = False,
    key: str | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> bool:
    """Display a checkbox.

    Returns True while it is checked.

    Parameters:
        label: what the box is for (inline Markdown).
        value: whether it starts checked.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the box out, so it cannot be (un)checked.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        width: "content" (as wide as it needs), "stretch" (its container's
            width) or a width in pixels.
        wrap: True: a long label wraps onto more lines; False: it stays on
            one line, cut with an ellipsis (the full label in its tooltip);
            None: one line in a column or a horizontal container, wrapping
            elsewhere.
        bind: "query-params": the value lives in the page's URL under the
            key (``?key=true``), so a link or a reload shows it.
        persist_state: "page" or "session": keep the value while the
            checkbox is not drawn (on its page, or in the whole session).
    """
    reg = register_widget(
        dg, "checkbox", key=key, default=bool(value),
        identity={"label": label, "value": bool(value), "help": help, "width": width},
        callback=on_change, args=args, kwargs=kwargs, deserialize=bool, explicit_default=value is not False,
        bind=bind, persist_state=persist_state, url=url_binding.boolean(),
    )
    wid, current = reg.id, reg.value
    dg._write(CheckboxElement(
        id=wid, **label_fields(label, help, disabled, label_visibility), value=bool(current),
        width=_width(width), wrap=_wrap(wrap),
    ))
    return bool(current)



@element
def selectbox(
    dg: DeltaGenerator,
    label: str,
    options: Any,
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: str | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    accept_new_options: bool = False,
    filter_mode: str | None = "fuzzy",
    width: Any = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display a drop-down from which one option can be picked; the visitor
    may type to narrow the list down.

    Returns the picked option itself (not its label); None with
    ``index=None`` until the visitor picks one. With ``accept_new_options``
    the visitor may also type an entry of their own, returned as a string.

    Parameters:
        label: what the choice is about (inline Markdown).
        options: the choices: any iterable (a list, a dict's keys, a Series,
            a DataFrame's first column); the widget returns these objects.
        index: the position of the option picked at first; None: none (the
            placeholder shows, and the visitor may clear the choice again).
        format_func: turns an option into the text shown for it (``str`` by
            default); it changes the display only, not what is returned.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        placeholder: the text shown while no option is picked; None: "Choose
            an option" ("Choose or add an option" with ``accept_new_options``;
            with no options "Add an option", or "No options to select" and
            the drop-down disabled).
        disabled: grey the drop-down out, so the choice cannot change.
        required: the choice cannot be cleared, and a form will not submit
            while nothing is picked ("(required)" shows by the label). The
            check runs in the visitor's browser: an app that depends on it
            checks the value too.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        icon: an emoji or ``":material/name:"`` icon drawn in the box, left
            of the value, or "spinner"; None for none.
        accept_new_options: let the visitor enter a choice that is not an
            option (it is not added to the list).
        filter_mode: how the list narrows to what the visitor types: "fuzzy"
            (the typed letters in order, best matches first), "contains",
            "prefix" (ignoring case); None: no typing, the list as it is.
        width: "stretch" (its container's width) or a width in pixels.
        bind: "query-params": the value lives in the page's URL under the
            key (the chosen option's label, or the typed entry), so a link or a reload shows it.
        persist_state: "page" or "session": keep the value while the
            drop-down is not drawn (on its page, or in the whole session).
    """
    shown_label = label_fields(label, help, disabled, label_visibility)
    opts = _options_list(options)
    if index is not None and not isinstance(index, int):
        raise _invalid_type("index", index, ["int", "None"])
    if index is not None and opts and not 0 <= index < len(opts):
        raise _out_of_range("index", index, 0, len(opts) - 1)
    placeholder = _placeholder(placeholder)
    filter_mode = _filter_mode(filter_mode, accept_new_options=accept_new_options)
    checked_icon = validate_icon_or_emoji(icon) or None
    labels = _labels(opts, format_func)
    identity = {"label": label, "options": labels, "index": index, "help": help, "placeholder": placeholder,
                "accept_new_options": bool(accept_new_options), "filter_mode": filter_mode, "width": width,
                "required": bool(required), "icon": icon}
    if key is not None:
        # A key whose state the app set to None starts the widget empty: its
        # default (what a reset returns to) is then no option, as in 1.67.
        state = run_context.current().session_state
        if str(key) in state and state[str(key)] is None:
            index = None
    # Only a selectbox that starts empty may be emptied again.
    clearable = index is None and not required
    default_index = index if opts else None
    default = None if default_index is None else opts[default_index]

    # Session state holds the option itself (what the app reads back from
    # ``st.session_state[key]``); the page sees an option's index, or the
    # text of an entry the visitor typed (accept_new_options).
    def deserialize(v: Any) -> Any:
        if v is None:
            return default
        if isinstance(v, str):
            if v in labels:
                return opts[labels.index(v)]
            return v if accept_new_options else default
        return opts[int(v)] if 0 <= int(v) < len(opts) else default

    def serialize(v: Any) -> Any:
        if v is None:
            return None
        i = _index_of(opts, labels, v, format_func)
        if i is not None:
            return i
        if accept_new_options:
            return _new_entry_text(v, format_func)
        raise _not_an_option(v, str(label))

    reg = register_widget(
        dg, "selectbox", key=key, default=default,
        identity=identity,
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
        explicit_default=index != 0,
        bind=bind, persist_state=persist_state, url=(_typed_entries_codec(labels, opts, many=False, clearable=index is None) if accept_new_options
                                                else url_binding.option(labels, opts, clearable=index is None)),
    )
    wid, stored = reg.id, reg.value
    current_index, current = _resolve(opts, labels, stored, format_func)
    wire: int | str | None = current_index
    if stored is not None and current_index is None:
        if accept_new_options:
            # An entry of the visitor's own (or anything the app stored):
            # kept as it is, shown as its text.
            current, wire = stored, _new_entry_text(stored, format_func)
        else:
            # No longer an option (the options changed, or session_state was
            # set to something else): back to the default, as 1.67 resets it.
            current, wire = default, default_index
    _settle(wid, current, store=_changed(current, stored))
    dg._write(SelectboxElement(
        id=wid, **shown_label, options=labels, value=wire, placeholder=placeholder,
        required=bool(required), clearable=clearable, icon=checked_icon,
        accept_new_options=bool(accept_new_options), filter_mode=filter_mode,
        width=_width(width, allow_content=False),
    ))
    return current


def _new_entry_text(value: Any, format_func: Callable[[Any], Any]) -> str:
    """The text the page shows for a selectbox value that is no option: a
    string as it is, anything else as ``format_func`` (else ``str``) shows it."""
    if isinstance(value, str):
        return value
    try:
        return str(format_func(value))
    except Exception:  # noqa: BLE001 - format_func may not accept it
        return str(value)



def _options_list(options: Any) -> list[Any]:
    module = type(options).__module__ or ""
    if module.startswith("pandas"):
        if type(options).__name__ == "DataFrame":
            return list(options.iloc[:, 0]) if options.shape[1] else []
        return list(options)
    if isinstance(options, dict):
        return list(options.keys())
    if options is None:
        return []
    return list(options)



def _index_of(opts: list[Any], labels: list[str], value: Any, format_func: Callable[[Any], Any]) -> int | None:
    """Where ``value`` is among ``opts``: the same object, else an equal
    one, else the same Enum member (by class and member name), else the one
    displayed alike. The widget id includes the displayed options, so a
    widget that kept its value shows the same labels as when it was set;
    matching by label keeps the selection of options whose class the run
    redefined (dataclasses, Enums)."""
    for i, o in enumerate(opts):
        if o is value:
            return i
    for i, o in enumerate(opts):
        try:
            if bool(o == value):
                return i
        except Exception:  # noqa: BLE001 - e.g. arrays that refuse bool()
            continue
    for i, o in enumerate(opts):
        if _same_enum(o, value):
            return i
    if value is None:  # None is only ever itself (an option, or no selection)
        return None
    try:
        return labels.index(str(format_func(value)))
    except Exception:  # noqa: BLE001 - format_func may not accept it
        return None



def _same_enum(option: Any, value: Any) -> bool:
    """Whether ``value`` (an Enum member, maybe of a class an earlier run
    defined) stands for ``option``, as Streamlit's ``runner.enumCoercion``
    decides: "nameOnly" (default) needs classes of the same qualified name
    and member names, "nameAndValue" also the same values, "off" never."""
    if not (isinstance(option, Enum) and isinstance(value, Enum)):
        return False
    new, old = type(option), type(value)
    if new.__qualname__ != old.__qualname__ or option.name != value.name:
        return False
    from ..config import get_option  # late: config reads the app's files

    mode = get_option("runner.enumCoercion")
    if new is old or mode == "nameOnly":
        return new is old or set(new.__members__) == set(old.__members__)
    if mode == "nameAndValue":
        return [(m.name, m.value) for m in new] == [(m.name, m.value) for m in old]
    return False  # "off"


_HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")



@element
def color_picker(
    dg: DeltaGenerator,
    label: str,
    value: str | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
    bind: str | None = None,
    persist_state: str | None = None,
) -> str:
    """Display a color swatch that opens a color picker.

    Returns the color as a hex string: as the app gave it ("#RGB" or
    "#RRGGBB") until the visitor picks one, then "#rrggbb".

    Parameters:
        label: what the color is for (inline Markdown).
        value: the color shown at first, "#RGB" or "#RRGGBB"; None: black.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: "rerun" (a change reruns the app), "ignore" (a change
            is kept for the next run, which it does not start) or a
            callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the picker out, so the color cannot change.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        width: "content" (as wide as it needs), "stretch" (its container's
            width) or a width in pixels.
        bind: "query-params": the value lives in the page's URL under the
            key (``?key=%23rrggbb``), so a link or a reload shows it.
        persist_state: "page" or "session": keep the value while the
            picker is not drawn (on its page, or in the whole session).
    """
    default = "#000000" if value is None else value
    if not isinstance(default, str):
        raise StreamlitInvalidParameterTypeError(
            "value", type(default).__name__, ["str"], detail="Pass a hex string like `'#00FFAA'` or `'#000'`."
        )
    if not _HEX_COLOR.match(default):
        raise StreamlitAPIException(
            f"'{default}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'.",
            error_id="color-picker-invalid-hex",
        )
    reg = register_widget(
        dg, "color_picker", key=key, default=default,
        identity={"label": label, "value": str(value), "help": help, "width": width},
        callback=on_change, args=args, kwargs=kwargs,
        deserialize=lambda v: default if v is None else str(v), explicit_default=value is not None,
        bind=bind, persist_state=persist_state, url=url_binding.hex_color(),
    )
    wid, current = reg.id, reg.value
    dg._write(ColorPickerElement(
        id=wid, **label_fields(label, help, disabled, label_visibility), value=current, width=_width(width),
    ))
    return current
