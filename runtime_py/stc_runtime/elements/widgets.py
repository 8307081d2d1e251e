"""Input widgets. Every widget follows the same recipe (STYLE.md lesson 5):
normalize the key -> check policies -> compute the id (``widget_id``) ->
register with session state (which returns the current value) -> write the
element -> return the value."""

from __future__ import annotations

import math
from enum import Enum
from numbers import Integral, Real
from typing import Any, Callable, Sequence

from .. import context
from ..delta_generator import DeltaGenerator, element
from ..errors import DuplicateWidgetID, StreamlitAPIException
from ..state import WidgetMeta
from ..widget_id import compute_widget_id


def _identity(x: Any) -> Any:
    return x


def _register(
    dg: DeltaGenerator,
    kind: str,
    *,
    key: Any,
    default: Any,
    identity: dict[str, Any],
    callback: Callable[..., Any] | None,
    args: Any,
    kwargs: Any,
    deserialize: Callable[[Any], Any] = _identity,
    serialize: Callable[[Any], Any] = _identity,
    is_trigger: bool = False,
) -> tuple[str, Any]:
    """The shared part of every widget: id, duplicate check, registration."""
    ctx = context.current()
    user_key = None if key is None else str(key)
    wid = compute_widget_id(kind, script_path=ctx.script_path, key=user_key, **identity)
    # A key names one widget per run, whatever its kind and parameters: two
    # different widgets with one key are duplicates too, as in Streamlit.
    if wid in ctx.widget_ids or user_key in ctx.widget_keys:
        label = identity.get("label", "")
        raise DuplicateWidgetID(
            f"There are multiple `{kind}` elements with the same auto-generated ID"
            + (f" (label {label!r})" if label else "")
            + ". When this element is created, it is assigned an internal ID based on "
            "the element type and provided parameters. Multiple elements with the same "
            "type and parameters will cause this error. To fix this error, please pass "
            "a unique `key` argument to the element."
            if user_key is None
            else f"There are multiple widgets with the same `key='{user_key}'`. "
            "To fix this, please make sure that the `key` argument is unique for each widget you create."
        )
    ctx.widget_ids.append(wid)
    if user_key is not None:
        ctx.widget_keys.add(user_key)
    meta = WidgetMeta(
        id=wid,
        kind=kind,
        state_key=user_key if user_key is not None else wid,
        user_key=user_key,
        default=default,
        deserialize=deserialize,
        serialize=serialize,
        callback=callback,
        args=tuple(args or ()),
        kwargs=dict(kwargs or {}),
        is_trigger=is_trigger,
    )
    value = ctx.session_state.register_widget(meta)
    return wid, value


def _common(label: Any, help: str | None, disabled: bool, label_visibility: str) -> dict[str, Any]:
    if label_visibility not in ("visible", "hidden", "collapsed"):
        raise StreamlitAPIException(
            f"Unsupported label_visibility option '{label_visibility}'. "
            "Valid values are 'visible', 'hidden' or 'collapsed'."
        )
    return {"label": str(label), "help": help, "disabled": bool(disabled), "label_visibility": label_visibility}


@element
def button(
    dg: DeltaGenerator,
    label: str,
    key: str | None = None,
    help: str | None = None,
    on_click: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
) -> bool:
    """Display a button. Returns True only in the run caused by its click."""
    wid, clicked = _register(
        dg, "button", key=key, default=False,
        identity={"label": label, "help": help, "type": type, "icon": icon},
        callback=on_click, args=args, kwargs=kwargs, deserialize=bool, is_trigger=True,
    )
    dg._write({
        "kind": "button", "id": wid, **_common(label, help, disabled, "visible"),
        "button_type": type, "icon": icon, "use_container_width": bool(use_container_width),
    })
    return bool(clicked)


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
    """Display a checkbox; returns whether it is checked."""
    wid, current = _register(
        dg, "checkbox", key=key, default=bool(value),
        identity={"label": label, "value": bool(value), "help": help},
        callback=on_change, args=args, kwargs=kwargs, deserialize=bool,
    )
    dg._write({"kind": "checkbox", "id": wid, **_common(label, help, disabled, label_visibility), "value": bool(current)})
    return bool(current)


@element
def text_input(
    dg: DeltaGenerator,
    label: str,
    value: str | None = "",
    max_chars: int | None = None,
    key: str | None = None,
    type: str = "default",
    help: str | None = None,
    autocomplete: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> str | None:
    """Display a single-line text input; returns its text (``None`` when
    ``value=None`` and nothing was entered)."""
    if type not in ("default", "password"):
        raise StreamlitAPIException(f"'{type}' is not a valid text_input type. Valid types are 'default' and 'password'.")
    default = None if value is None else str(value)
    if default is not None and max_chars is not None and len(default) > max_chars:
        raise StreamlitAPIException(f"Default value '{default}' is longer than max_chars ({max_chars}).")
    wid, current = _register(
        dg, "text_input", key=key, default=default,
        identity={"label": label, "value": default, "max_chars": max_chars, "type": type,
                  "help": help, "placeholder": placeholder, "autocomplete": autocomplete},
        callback=on_change, args=args, kwargs=kwargs,
        deserialize=lambda v: None if v is None else str(v),
    )
    dg._write({
        "kind": "text_input", "id": wid, **_common(label, help, disabled, label_visibility),
        "value": current, "max_chars": max_chars, "input_type": type,
        "placeholder": placeholder, "autocomplete": autocomplete,
    })
    return current


def _is_int(x: Any) -> bool:
    return isinstance(x, Integral) and not isinstance(x, bool)


def _numeric_kind(*values: Any, default: str) -> str:
    """'int' when every given number is an int, 'float' when every one is a
    float, ``default`` when none is given (Streamlit refuses mixed types, and
    so do we)."""
    present = [v for v in values if v is not None and v != "min"]
    for v in present:
        if isinstance(v, bool) or not isinstance(v, Real):
            raise StreamlitAPIException(f"Number widgets accept int or float values, not {type(v).__name__} ({v!r}).")
    kinds = {"int" if _is_int(v) else "float" for v in present}
    if len(kinds) > 1:
        raise StreamlitAPIException(
            "All numerical arguments must be of the same type. "
            + ", ".join(f"{v!r} is {'an int' if _is_int(v) else 'a float'}" for v in present)
            + "."
        )
    return kinds.pop() if kinds else default


def _plain(x: Any) -> Any:
    # numpy scalars (a DataFrame column's min(), say) become Python numbers:
    # the element must reach the page as JSON.
    if x is None or isinstance(x, str):
        return x
    return int(x) if _is_int(x) else float(x)


@element
def number_input(
    dg: DeltaGenerator,
    label: str,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    value: int | float | None | str = "min",
    step: int | float | None = None,
    format: str | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> int | float | None:
    """Display a numeric input with step buttons; returns an int when every
    number given is an int, else a float."""
    # With no number at all Streamlit makes a float input (``value=0.0``).
    kind = _numeric_kind(min_value, max_value, value, step, default="float")
    min_value, max_value, value, step = (_plain(v) for v in (min_value, max_value, value, step))
    cast = int if kind == "int" else float
    if step is None:
        step = 1 if kind == "int" else 0.01
    if value == "min":
        value = min_value if min_value is not None else cast(0)
    if value is not None:
        if min_value is not None and value < min_value:
            raise StreamlitAPIException(f"The default `value` {value} must be greater than or equal to the `min_value` {min_value}.")
        if max_value is not None and value > max_value:
            raise StreamlitAPIException(f"The default `value` {value} must be less than or equal to the `max_value` {max_value}.")
    if format is None:
        format = "%d" if kind == "int" else "%0.2f"

    def deserialize(v: Any) -> Any:
        if v is None or v == "":
            return None
        number = cast(v)
        if min_value is not None:
            number = max(number, cast(min_value))
        if max_value is not None:
            number = min(number, cast(max_value))
        return number

    default = None if value is None else cast(value)
    wid, current = _register(
        dg, "number_input", key=key, default=default,
        identity={"label": label, "min_value": min_value, "max_value": max_value, "value": default,
                  "step": step, "format": format, "help": help, "placeholder": placeholder},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize,
    )
    dg._write({
        "kind": "number_input", "id": wid, **_common(label, help, disabled, label_visibility),
        "value": current, "min": min_value, "max": max_value, "step": step, "format": format,
        "is_int": kind == "int", "placeholder": placeholder,
    })
    return current


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
    """Display a select widget; returns the selected option object itself."""
    opts = _options_list(options)
    if index is not None:
        if not _is_int(index):
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

    wid, current = _register(
        dg, "selectbox", key=key, default=None if default_index is None else opts[default_index],
        identity={"label": label, "options": labels, "index": default_index, "help": help, "placeholder": placeholder},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
    )
    current_index = _index_of(opts, labels, current, format_func)
    dg._write({
        "kind": "selectbox", "id": wid, **_common(label, help, disabled, label_visibility),
        "options": labels, "value": current_index, "placeholder": placeholder,
    })
    if current_index is None:
        return None
    if _same_enum(opts[current_index], current):
        # The seed's enumCoercion: an Enum redefined by this run returns
        # the member of this run's class.
        return opts[current_index]
    # Otherwise the stored option itself, as Streamlit returns it: after an
    # interaction that is the object of the run that drew the widget (seed,
    # "How Streamlit widgets store options"), even when an option class
    # redefined by this run no longer compares equal to it.
    return current


@element
def slider(
    dg: DeltaGenerator,
    label: str,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    value: Any = None,
    step: int | float | None = None,
    format: str | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> Any:
    """Display a slider over ints or floats. A tuple/list ``value`` of two
    numbers makes a range slider that returns a tuple."""
    is_range = isinstance(value, (tuple, list))
    if value is None and key is not None:
        # No default: a pair preset through session_state makes a range
        # slider, as in Streamlit (the default is then min..max).
        state = context.current().session_state
        if str(key) in state and isinstance(state[str(key)], (tuple, list)):
            is_range = True
            value = [None, None]
    values = list(value) if is_range else [value]
    if is_range and len(values) != 2:
        raise StreamlitAPIException("A range slider's value must be a tuple or list of two numbers.")
    kind = _numeric_kind(min_value, max_value, step, *values, default="int")
    min_value, max_value, step = _plain(min_value), _plain(max_value), _plain(step)
    cast = int if kind == "int" else float
    if min_value is None:
        min_value = cast(0)
    if max_value is None:
        max_value = cast(100) if kind == "int" else cast(1)
    if step is None:
        step = 1 if kind == "int" else 0.01
    bounds = [min_value, max_value] if is_range else [min_value]
    values = [cast(b) if v is None else cast(v) for v, b in zip(values, bounds)]
    if min_value > max_value:
        raise StreamlitAPIException(f"Slider `min_value` {min_value} must be less than the `max_value` {max_value}.")
    for v in values:
        if not min_value <= v <= max_value:
            raise StreamlitAPIException(
                f"The default `value` of {v} must lie between the `min_value` of {min_value} "
                f"and the `max_value` of {max_value}, inclusively."
            )
    if format is None:
        format = "%d" if kind == "int" else "%0.2f"

    def clamp(v: Any) -> Any:
        number = cast(v)
        if kind == "float":
            # Snap to the step grid so 0.1 + 0.2 style noise never shows.
            number = round(number, max(0, -math.floor(math.log10(step))) + 2) if step else number
        return min(max(number, cast(min_value)), cast(max_value))

    def deserialize(v: Any) -> Any:
        if is_range:
            lo, hi = sorted(clamp(x) for x in v)
            return (lo, hi)
        return clamp(v)

    default = tuple(values) if is_range else values[0]
    wid, current = _register(
        dg, "slider", key=key, default=default,
        identity={"label": label, "min_value": min_value, "max_value": max_value, "value": default,
                  "step": step, "format": format, "help": help},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize,
        serialize=lambda v: list(v) if is_range else v,
    )
    dg._write({
        "kind": "slider", "id": wid, **_common(label, help, disabled, label_visibility),
        "value": list(current) if is_range else current, "min": min_value, "max": max_value,
        "step": step, "format": format, "is_range": is_range,
    })
    return tuple(current) if is_range else current


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
    return (
        isinstance(option, Enum)
        and isinstance(value, Enum)
        and type(option).__qualname__ == type(value).__qualname__
        and option.name == value.name
    )
