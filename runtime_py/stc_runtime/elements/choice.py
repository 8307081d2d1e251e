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

from .. import run_context
from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..errors import StreamlitAPIException
from ..icons import MATERIAL_ICON, is_emoji
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
from ..widgets import is_int, label_fields, register_widget

# --- shared helpers -------------------------------------------------------------


def _invalid_value(parameter: str, supported: Sequence[str], detail: str | None = None) -> StreamlitAPIException:
    message = f"Invalid `{parameter}` value. Supported values: {', '.join(supported)}."
    return StreamlitAPIException(message + (f" {detail}" if detail else ""))


def _invalid_type(parameter: str, value: Any, expected: Sequence[str]) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"Invalid `{parameter}` type. Expected one of: {', '.join(expected)}. "
        f"Provided type: {type(value).__name__}."
    )


def _out_of_range(parameter: str, value: Any, low: Any, high: Any) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"The `{parameter}` parameter, set to {value}, is outside the required range [{low}, {high}]."
    )


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
            raise StreamlitAPIException(
                f"The default value '{value}' is not part of the options. "
                "Please make sure that every default value also exists in the options."
            )
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


def _width(width: Any, *, allow_content: bool = True) -> Any:
    if width == "stretch" or (width == "content" and allow_content):
        return width
    if isinstance(width, Integral) and not isinstance(width, bool) and width > 0:
        return int(width)
    supported = ["'stretch'", "'content'", "a positive integer"] if allow_content else ["'stretch'", "a positive integer"]
    raise _invalid_value("width", supported)


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
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
) -> bool:
    """Display an on/off switch.

    Returns True while it is on.

    Parameters:
        label: what the switch is for (inline Markdown).
        value: whether it starts on.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: a callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the switch out, so it cannot be flipped.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        width: "content" (as wide as it needs), "stretch" (its container's
            width) or a width in pixels.
    """
    shown_label = label_fields(label, help, disabled, label_visibility)
    reg = register_widget(
        dg, "toggle", key=key, default=bool(value),
        identity={"label": label, "value": bool(value), "help": help},
        callback=on_change, args=args, kwargs=kwargs, deserialize=bool,
        explicit_default=value is not False,
    )
    wid, current = reg.id, reg.value
    dg._write(ToggleElement(id=wid, **shown_label, value=bool(current), width=_width(width)))
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
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    horizontal: bool = False,
    captions: Sequence[str] | None = None,
    label_visibility: str = "visible",
    width: Any = "content",
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
        on_change: a callback run before the rerun a change causes.
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


def _count_noun(n: int) -> str:
    return "option" if n == 1 else "options"


@element
def multiselect(
    dg: DeltaGenerator,
    label: str,
    options: Any,
    default: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    max_selections: int | None = None,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    accept_new_options: bool = False,
    width: Any = "stretch",
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
        on_change: a callback run before the rerun a change causes.
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
        accept_new_options: let the visitor add entries that are not options.
        width: "stretch" (its container's width) or a width in pixels.
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
    if placeholder is None:
        # Streamlit's contextual placeholders (and no options to pick: disabled).
        if opts:
            placeholder = "Choose or add options" if accept_new_options else "Choose options"
        else:
            placeholder = "Add options" if accept_new_options else "No options to select"
            disabled = disabled or not accept_new_options
            shown_label["disabled"] = bool(disabled)

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
                  "accept_new_options": bool(accept_new_options)},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
        explicit_default=default is not None,
    )
    wid, stored = reg.id, reg.value
    stored_list = _as_values(stored, opts)
    if max_selections is not None and len(stored_list) > max_selections:
        raise StreamlitAPIException(
            f"Multiselect has {len(stored_list)} {_count_noun(len(stored_list))} selected but "
            f"`max_selections` is set to {max_selections}. This happened because you either gave "
            "too many options to `default` or you manipulated the widget's state through "
            "`st.session_state`. Note that the latter can happen before the line indicated in the "
            f"traceback. Please select at most {max_selections} {_count_noun(max_selections)}."
        )
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
        accept_new_options=bool(accept_new_options), width=_width(width, allow_content=False),
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
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "stretch",
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
        on_change: a callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the slider out, so it cannot be moved.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        width: "stretch" (its container's width) or a width in pixels.
    """
    shown_label = label_fields(label, help, disabled, label_visibility)
    opts = _options_list(options)
    if not opts:
        raise StreamlitAPIException("The `options` parameter is required. Provide at least one option.")
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
        if len(ends) != 2:
            raise StreamlitAPIException(
                f"A range select_slider needs a `value` of two options (got {len(ends)})."
            )
        indices = []
        for end in ends:
            i = _position(opts, end)
            if i is None:
                raise ValueError(f"{end} is not in iterable")
            indices.append(i)
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
) -> Any:
    shown_label = label_fields(label, help, disabled, label_visibility)
    if selection_mode not in ("single", "multi"):
        raise _invalid_value("selection_mode", ["'single'", "'multi'"])
    if required and selection_mode == "multi":
        raise StreamlitAPIException(
            "`required=True` and `selection_mode='multi'` cannot be used together. "
            "`required` is only supported for single-select mode."
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
        selection_mode=selection_mode, required=bool(required), width=_width(width),
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
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
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
        on_change: a callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the buttons out, so they cannot be pressed.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        width: "content" (as wide as it needs), "stretch" (its container's
            width) or a width in pixels.
    """
    return _button_group(
        dg, "pills", label, options, selection_mode=selection_mode, default=default, required=required,
        format_func=format_func, key=key, help=help, on_change=on_change, args=args, kwargs=kwargs,
        disabled=disabled, label_visibility=label_visibility, width=width,
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
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
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
        on_change: a callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the buttons out, so they cannot be pressed.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
        width: "content" (as wide as it needs), "stretch" (its container's
            width) or a width in pixels.
    """
    return _button_group(
        dg, "segmented_control", label, options, selection_mode=selection_mode, default=default,
        required=required, format_func=format_func, key=key, help=help, on_change=on_change, args=args,
        kwargs=kwargs, disabled=disabled, label_visibility=label_visibility, width=width,
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
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    width: Any = "content",
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
        on_change: a callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        width: "content" (as wide as it needs), "stretch" (its container's
            width) or a width in pixels.
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
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> bool:
    """Display a checkbox.

    Returns True while it is checked.

    Parameters:
        label: what the box is for (inline Markdown).
        value: whether it starts checked.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: a callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the box out, so it cannot be (un)checked.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
    """
    reg = register_widget(
        dg, "checkbox", key=key, default=bool(value),
        identity={"label": label, "value": bool(value), "help": help},
        callback=on_change, args=args, kwargs=kwargs, deserialize=bool, explicit_default=value is not False,
    )
    wid, current = reg.id, reg.value
    dg._write(CheckboxElement(id=wid, **label_fields(label, help, disabled, label_visibility), value=bool(current)))
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
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str = "Choose an option",
    disabled: bool = False,
    label_visibility: str = "visible",
) -> Any:
    """Display a drop-down from which one option can be picked.

    Returns the picked option itself (not its label); None with
    ``index=None`` until the visitor picks one.

    Parameters:
        label: what the choice is about (inline Markdown).
        options: the choices: any iterable (a list, a dict's keys, a Series,
            a DataFrame's first column); the widget returns these objects.
        index: the position of the option picked at first; None: none (the
            placeholder shows).
        format_func: turns an option into the text shown for it (``str`` by
            default); it changes the display only, not what is returned.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: a callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        placeholder: the text shown while no option is picked.
        disabled: grey the drop-down out, so the choice cannot change.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
    """
    opts = _options_list(options)
    if index is not None:
        if not is_int(index):
            raise StreamlitAPIException(f"Selectbox Value has invalid type: {type(index).__name__}")
        if opts and not 0 <= index < len(opts):
            raise StreamlitAPIException("Selectbox index must be greater than or equal to 0 and less than the length of options.")
    labels = [str(format_func(o)) for o in opts]
    default_index = index if opts else None

    # Session state holds the option itself (what the app reads back from
    # ``st.session_state[key]``); the page only ever sees indices.
    def deserialize(v: Any) -> Any:
        return None if v is None or not 0 <= int(v) < len(opts) else opts[int(v)]

    def serialize(v: Any) -> Any:
        return _index_of(opts, labels, v, format_func)

    reg = register_widget(
        dg, "selectbox", key=key, default=None if default_index is None else opts[default_index],
        identity={"label": label, "options": labels, "index": default_index, "help": help, "placeholder": placeholder},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
        explicit_default=index != 0,
    )
    wid, current = reg.id, reg.value
    current_index = _index_of(opts, labels, current, format_func)
    dg._write(SelectboxElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        options=labels, value=current_index, placeholder=placeholder,
    ))
    if current_index is None:
        return None
    if _same_enum(opts[current_index], current):
        # Streamlit's ``runner.enumCoercion``: an Enum redefined by this run
        # returns the member of this run's class.
        return opts[current_index]
    # Otherwise the stored option itself, as Streamlit returns it: after an
    # interaction that is the object of the run that drew the widget, even
    # when an option class redefined by this run no longer compares equal to
    # it (Streamlit keeps the value it deserialized then, not a fresh one).
    return current



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
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> str:
    """Display a color swatch that opens a color picker.

    Returns the color as a hex string: as the app gave it ("#RGB" or
    "#RRGGBB") until the visitor picks one, then "#rrggbb".

    Parameters:
        label: what the color is for (inline Markdown).
        value: the color shown at first, "#RGB" or "#RRGGBB"; None: black.
        key: a unique key for the widget (also its ``st.session_state`` key).
        help: a tooltip shown next to the label (Markdown); None for none.
        on_change: a callback run before the rerun a change causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        disabled: grey the picker out, so the color cannot change.
        label_visibility: "visible", "hidden" (no label, its space kept) or
            "collapsed" (no label and no space).
    """
    default = "#000000" if value is None else value
    if not isinstance(default, str):
        raise StreamlitAPIException(
            f"Color Picker Value has invalid type: {type(default).__name__}. Expects a hex string like '#00FFAA' or '#000'."
        )
    if not _HEX_COLOR.match(default):
        raise StreamlitAPIException(f"'{default}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'.")
    reg = register_widget(
        dg, "color_picker", key=key, default=default,
        identity={"label": label, "value": str(value), "help": help},
        callback=on_change, args=args, kwargs=kwargs,
        deserialize=lambda v: default if v is None else str(v), explicit_default=value is not None,
    )
    wid, current = reg.id, reg.value
    dg._write(ColorPickerElement(id=wid, **label_fields(label, help, disabled, label_visibility), value=current))
    return current
