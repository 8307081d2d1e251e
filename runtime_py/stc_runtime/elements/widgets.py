"""Input widgets. Every widget follows the same recipe (STYLE.md lesson 5):
normalize the key -> check policies -> compute the id (``widget_id``) ->
register with session state (which returns the current value) -> write the
element -> return the value."""

from __future__ import annotations

import math
import sys
from datetime import date, datetime, time, timedelta, timezone
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


FORM_DOCS_INFO = (
    " For more information, refer to the [documentation for forms]"
    "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
)
# Widgets Streamlit refuses inside st.form (seed, "Using forms": Limitations).
_NOT_IN_FORMS = {"button", "download_button", "chat_input"}


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
    explicit_default: bool = False,
) -> tuple[str, Any]:
    """The shared part of every widget: id, duplicate check, registration.

    ``explicit_default``: the app passed a default value (not the
    signature's); with a key also set through st.session_state that earns
    Streamlit's one-time warning."""
    ctx = context.current()
    user_key = None if key is None else str(key)
    form_id = dg._form_id()
    if form_id is not None:
        if kind in _NOT_IN_FORMS:
            article = "a" if kind == "chat_input" else "an"  # Streamlit's wording, each
            raise StreamlitAPIException(f"`st.{kind}()` can't be used in {article} `st.form()`." + FORM_DOCS_INFO)
        if callback is not None and kind != "form_submit_button":
            raise StreamlitAPIException(
                "Within a form, callbacks can only be defined on `st.form_submit_button`. "
                "Defining callbacks on other widgets inside a form is not allowed."
            )
        # The form is part of the identity (as in Streamlit): look-alike
        # widgets in two forms are two widgets.
        identity = {**identity, "form_id": form_id}
    # Only a dialog (elements/layout.py) changes callbacks; an app that never
    # opened one never loads that module.
    layout = sys.modules.get(f"{__package__}.layout")
    if layout is not None:
        callback = layout.keep_dialog_open(callback, in_form=form_id is not None and kind != "form_submit_button")
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
        form_id=form_id,
    )
    if explicit_default and ctx.session_state.should_warn_default_and_state(user_key):
        # Streamlit's check_session_state_rules: shown above the widget,
        # once per session, and only when the key was set by the app in this
        # run (including callbacks), not on every rerun.
        dg._write({
            "kind": "alert", "variant": "warning", "icon": None,
            "body": f'The widget with key "{user_key}" was created with a default value but also had its value set via the Session State API.',
        })
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
        callback=on_change, args=args, kwargs=kwargs, deserialize=bool, explicit_default=value is not False,
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
        deserialize=lambda v: None if v is None else str(v), explicit_default=value not in ("", None),
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
    explicit_default = value != "min"
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
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, explicit_default=explicit_default,
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
        explicit_default=index != 0,
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
    """Display a slider over ints, floats, dates, times or datetimes. A
    tuple/list ``value`` of two makes a range slider that returns a tuple."""
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
    if _time_kind(min_value, max_value, *values) is not None:
        return _time_slider(dg, label, min_value, max_value, values, is_range, step, format, key, help,
                            on_change, args, kwargs, disabled, label_visibility)
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
        "step": step, "format": format, "is_range": is_range, "data_type": kind,
    })
    return tuple(current) if is_range else current


# Date/time sliders, as Streamlit's: the page sees microseconds since the
# epoch (dates at midnight, times on 2000-01-01, all read as UTC so the page
# shows them unshifted) and formats them with Moment.js-style ``format``.
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_TIME_DEFAULTS = {
    "date": (timedelta(days=1), "YYYY-MM-DD"),
    "datetime": (timedelta(days=1), "YYYY-MM-DD"),
    "time": (timedelta(minutes=15), "HH:mm"),
}


def _time_kind(*values: Any) -> str | None:
    """'datetime', 'date' or 'time' when any given value is one, else None."""
    for v in values:
        if isinstance(v, datetime):
            return "datetime"
        if isinstance(v, date):
            return "date"
        if isinstance(v, time):
            return "time"
    return None


def _delta_micros(delta: timedelta) -> int:
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _to_micros(v: Any, kind: str) -> int:
    if kind == "date":
        v = datetime.combine(v, time())
    elif kind == "time":
        v = datetime.combine(date(2000, 1, 1), v)
    return _delta_micros(v.replace(tzinfo=timezone.utc) - _EPOCH)


def _from_micros(micros: int, kind: str, tz: Any) -> Any:
    dt = (_EPOCH + timedelta(microseconds=int(micros))).replace(tzinfo=tz)
    if kind == "date":
        return dt.date()
    if kind == "time":
        return dt.timetz()
    return dt


def _time_slider(dg: DeltaGenerator, label: Any, min_value: Any, max_value: Any, values: list[Any], is_range: bool,
                 step: Any, format: str | None, key: Any, help: str | None, on_change: Any, args: Any, kwargs: Any,
                 disabled: bool, label_visibility: str) -> Any:
    kind = _time_kind(min_value, max_value, *values)
    if values == [None]:
        values = [min_value]
    given = [v for v in (min_value, max_value, *values) if v is not None]
    if any(_time_kind(v) != kind for v in given):
        raise StreamlitAPIException(
            "Slider value arguments must be of matching types. "
            + ", ".join(f"{v!r} is {type(v).__name__}" for v in given) + "."
        )
    # The defaults of min/max: the whole day for times, two weeks around
    # the (first) value for dates and datetimes.
    anchor = next(v for v in (*values, min_value, max_value) if v is not None)
    if min_value is None:
        min_value = time.min.replace(tzinfo=anchor.tzinfo) if kind == "time" else anchor - timedelta(days=14)
    if max_value is None:
        max_value = time.max.replace(tzinfo=anchor.tzinfo) if kind == "time" else anchor + timedelta(days=14)
    values = [b if v is None else v for v, b in zip(values, [min_value, max_value] if is_range else [min_value])]
    if is_range and values[0] > values[1]:
        values.reverse()
    if step is None:
        step = _TIME_DEFAULTS[kind][0]
        if kind != "time" and _to_micros(max_value, kind) - _to_micros(min_value, kind) < 86_400_000_000:
            step = timedelta(minutes=15)
    if not isinstance(step, timedelta):
        raise StreamlitAPIException(f"Slider `step` must be a datetime.timedelta for {kind} values, not {type(step).__name__}.")
    if step <= timedelta(0):
        raise StreamlitAPIException("Slider components cannot be passed a `step` of 0.")
    if format is None:
        format = _TIME_DEFAULTS[kind][1]
    lo, hi = _to_micros(min_value, kind), _to_micros(max_value, kind)
    if lo >= hi:
        raise StreamlitAPIException(
            f"Slider `min_value` must be less than the `max_value`.\nThe values were {min_value} and {max_value}."
        )
    for v in values:
        if not lo <= _to_micros(v, kind) <= hi:
            raise StreamlitAPIException(
                f"The default `value` of {v} must lie between the `min_value` of {min_value} "
                f"and the `max_value` of {max_value}, inclusively."
            )
    tz = getattr(values[0], "tzinfo", None)

    def deserialize(v: Any) -> Any:
        parts = sorted(min(max(int(round(float(x))), lo), hi) for x in (v if is_range else [v]))
        result = [_from_micros(x, kind, tz) for x in parts]
        return tuple(result) if is_range else result[0]

    def serialize(v: Any) -> Any:
        items = [_to_micros(x, kind) for x in (v if is_range else [v])]
        return items if is_range else items[0]

    default = tuple(values) if is_range else values[0]
    wid, current = _register(
        dg, "slider", key=key, default=default,
        identity={"label": label, "min_value": min_value, "max_value": max_value, "value": default,
                  "step": step, "format": format, "help": help},
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
    )
    dg._write({
        "kind": "slider", "id": wid, **_common(label, help, disabled, label_visibility),
        "value": serialize(current), "min": lo, "max": hi, "step": _delta_micros(step),
        "format": format, "is_range": is_range, "data_type": kind,
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
