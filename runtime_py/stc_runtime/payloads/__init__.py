"""Element payloads: what ``Delta.element`` carries, one frozen dataclass per
element kind, in one module per family (``payloads/<family>.py``, mirroring
``elements/<family>.py`` and ``runtime_js/src/kinds/<family>.js``).

Element functions build a payload; ``RunContext.write`` turns it into its
wire form (``wire()``: ``{"kind": ..., **fields}``) for the page; AppTest and
the cache's replay turn a wire form back into the payload (``from_wire``),
which also checks it: a stored or hand-made element that does not match its
dataclass is refused. The JS typedefs in ``runtime_js/src/protocol.js`` are
generated from these classes, comments included, and the renderers are type
checked against them.

Rules for a payload class:
- ``KIND`` names the renderer: the element's ``kind``, or ``block:<name>``
  for a container (the wire form then says ``kind: "block", block: <name>``);
- every field has a ``#:`` comment saying what it means on the wire;
- a field the page may put in a URL attribute is declared with ``url()``, one
  it may insert as HTML with ``html()`` (the URL policy and its tests list
  them from here);
- a field declared with ``optional()`` is left out of the wire form while it
  is None (the page reads "absent"), every other field is always sent.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
import types
import typing
from dataclasses import dataclass, field
from typing import Any, ClassVar

#: the family modules of this package (each defines its payload classes)
FAMILIES = (
    "text", "inputs", "choice", "buttons", "chat", "media", "layout", "forms",
    "status", "spinner", "data", "data_editor", "charts", "navigation",
)

#: renderer key -> payload class, for the families imported so far
PAYLOADS: dict[str, type["ElementPayload"]] = {}


def optional(default: Any = None, **kw: Any) -> Any:
    """A field left out of the wire form while it is None."""
    return field(default=default, metadata={"omit_none": True, **kw.pop("metadata", {})}, **kw)


def url(default: Any = None, *, omit_none: bool = False) -> Any:
    """A field the page puts in a URL attribute (``src``, ``href``...): it
    passes the page's URL policy there."""
    return field(default=default, metadata={"carries": "url", "omit_none": omit_none})


def html(default: Any = None, *, omit_none: bool = False) -> Any:
    """A field the page inserts as HTML (already sanitised, or allowed by
    ``unsafe_allow_html``)."""
    return field(default=default, metadata={"carries": "html", "omit_none": omit_none})


@dataclass(frozen=True, kw_only=True)
class ElementPayload:
    """Base of every element payload."""

    KIND: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        kind = cls.__dict__.get("KIND")
        if kind:
            if kind in PAYLOADS and PAYLOADS[kind].__qualname__ != cls.__qualname__:
                raise TypeError(f"two payload classes for {kind!r}: {PAYLOADS[kind].__name__}, {cls.__name__}")
            PAYLOADS[kind] = cls

    def wire(self) -> dict[str, Any]:
        """The JSON-ready dict the page receives (nested payloads too)."""
        kind = type(self).KIND
        out: dict[str, Any] = {"kind": "block", "block": kind[6:]} if kind.startswith("block:") else {"kind": kind}
        for name, omit in _wire_fields(type(self)):
            value = getattr(self, name)
            if value is None and omit:
                continue
            out[name] = _wire_value(value)
        return out


@dataclass(frozen=True, kw_only=True)
class WidgetPayload(ElementPayload):
    """Base of every widget's payload."""

    #: the type of the value the page sends back for the widget
    #: (``WidgetChange.value``), in the same terms as the fields; a change
    #: of another type is ignored. Each widget class declares its own.
    SENDS: ClassVar[Any] = Any
    #: the app may set the value through ``st.session_state`` (Streamlit
    #: refuses it for widgets whose value only the visitor can give)
    SETTABLE: ClassVar[bool] = True
    #: the widget may be drawn inside ``st.form`` (Streamlit refuses the ones
    #: that act on their own, at once)
    IN_FORMS: ClassVar[bool] = True
    #: the widget's id; the page sends it back with each change
    id: str
    #: the ``st.form`` holding the widget (the page keeps its changes until
    #: the form's submit button is clicked); set by ``RunContext.write``
    form_id: str | None = optional()
    #: the run in which a form's ``clear_on_submit`` reset the widget (the
    #: page then drops what the visitor typed); set by ``RunContext.write``
    cleared_in_run: int | None = optional()
    #: drawn with ``on_change="ignore"``: the page sends its changes as
    #: ``StoreChanges`` (stored, no run); set by ``RunContext.write``
    quiet: bool | None = optional()


@dataclass(frozen=True, kw_only=True)
class LabeledWidgetPayload(WidgetPayload):
    """Base of the widgets that show a label."""

    #: the label, inline Markdown
    label: str
    #: the tooltip text (Markdown) of the "?" icon; null: no icon
    help: str | None = None
    #: drawn greyed out, and the visitor cannot change it
    disabled: bool = False
    #: ``"visible"``, ``"hidden"`` (keeps its space) or ``"collapsed"``
    label_visibility: str = "visible"


def _wire_value(value: Any) -> Any:
    if isinstance(value, ElementPayload):
        return value.wire()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _wire_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_wire_value(v) for v in value]
    return value


_FIELDS: dict[type, list[tuple[str, bool]]] = {}


def _wire_fields(cls: type) -> list[tuple[str, bool]]:
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = _FIELDS[cls] = [(f.name, bool(f.metadata.get("omit_none"))) for f in dataclasses.fields(cls)]
    return fields


def load_all() -> dict[str, type[ElementPayload]]:
    """Import every family's payloads; the registry of all of them."""
    for family in FAMILIES:
        importlib.import_module(f"{__name__}.{family}")
    return PAYLOADS


def renderer_key(element: Any) -> str | None:
    """The renderer key of a wire-form element (``kind`` or ``block:<name>``)."""
    if not isinstance(element, dict) or not isinstance(element.get("kind"), str):
        return None
    kind = element["kind"]
    return f"block:{element.get('block')}" if kind == "block" else kind


def widget_class(kind: str) -> type[ElementPayload] | None:
    """The payload class of a widget of ``kind`` (the name ``register_widget``
    gets: an element kind, or a block's name for blocks that act as
    triggers, such as a dialog's dismissal). A widget's family module has
    imported its payloads already, so this is a lookup on every run; only an
    unknown name imports the rest."""
    cls = PAYLOADS.get(kind) or PAYLOADS.get(f"block:{kind}")
    if cls is None:
        load_all()
        cls = PAYLOADS.get(kind) or PAYLOADS.get(f"block:{kind}")
    return cls


def nested_types(cls: type) -> dict[str, type]:
    """The plain (non-payload) dataclasses ``cls``'s fields hold, at any
    depth, by name: the shapes a payload's lists and objects have (and
    those of the value a widget sends)."""
    found: dict[str, type] = {}
    stack = [*hints(cls).values(), getattr(cls, "SENDS", Any)]
    while stack:
        tp = stack.pop()
        stack.extend(typing.get_args(tp))
        if isinstance(tp, type) and dataclasses.is_dataclass(tp) and not issubclass(tp, ElementPayload) \
                and tp.__name__ not in found:
            found[tp.__name__] = tp
            stack.extend(hints(tp).values())
    return found


def fields_carrying(what: str) -> set[tuple[str, str]]:
    """``(class name, field)`` for every field of every payload (and of the
    dataclasses payloads hold) declared with ``url()`` (``what="url"``) or
    ``html()`` (``what="html"``)."""
    classes: dict[str, type] = {}
    for cls in load_all().values():
        classes[cls.__name__] = cls
        classes.update(nested_types(cls))
    return {(name, f.name) for name, cls in classes.items() for f in dataclasses.fields(cls)
            if f.metadata.get("carries") == what}


class PayloadError(ValueError):
    """A wire-form element that does not match its payload class."""


def from_wire(element: Any) -> ElementPayload:
    """The payload a wire-form element stands for. Raises ``PayloadError``
    when it names no kind, lacks a required field, has a field its class
    does not declare, or a field of the wrong type."""
    key = renderer_key(element)
    if key is None:
        raise PayloadError("not an element: no kind")
    if key not in PAYLOADS:
        load_all()
    cls = PAYLOADS.get(key)
    if cls is None:
        raise PayloadError(f"unknown element kind {key!r}")
    data = {k: v for k, v in element.items() if k not in ("kind", "block") or (k == "block" and key == "block")}
    known = {f.name: f for f in dataclasses.fields(cls)}
    extra = set(data) - set(known)
    if extra:
        raise PayloadError(f"{key}: unknown field(s) {sorted(extra)}")
    types_ = hints(cls)
    values = {}
    for name, value in data.items():
        if not matches(value, types_[name]):
            raise PayloadError(f"{key}.{name}: {type(value).__name__} is not {_type_name(types_[name])}")
        values[name] = _decode(value, types_[name])
    try:
        return cls(**values)
    except TypeError as exc:
        raise PayloadError(f"{key}: {exc}") from None


def _type_name(tp: Any) -> str:
    """``str | None``, ``list[HelpMember]``: a field type as its source says it."""
    if isinstance(tp, type) and not typing.get_args(tp):
        return tp.__name__
    return re.sub(r"\b(?:[A-Za-z_]\w*\.)+(\w+)", r"\1", str(tp))


_HINTS: dict[type, dict[str, Any]] = {}
_UNIONS = (typing.Union, types.UnionType)


def hints(cls: type) -> dict[str, Any]:
    """The resolved annotations of a payload (or nested) dataclass."""
    found = _HINTS.get(cls)
    if found is None:
        # Each class's annotations are read in its own module (a base's
        # ``ClassVar[Any]`` is not in scope where a subclass is defined).
        importlib.import_module(cls.__module__)
        found = _HINTS[cls] = typing.get_type_hints(cls)
    return found


def matches(value: Any, tp: Any) -> bool:
    """Whether a JSON value (as it arrives from the page or from storage)
    has type ``tp``: the field types payloads use, plain dataclasses as
    objects with exactly their fields."""
    origin = typing.get_origin(tp)
    if tp is Any:
        return True
    if origin in _UNIONS:
        return any(matches(value, a) for a in typing.get_args(tp))
    if origin is typing.Literal:
        return value in typing.get_args(tp)
    if tp is type(None):
        return value is None
    if tp is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if tp in (str, bool):
        return isinstance(value, tp)
    if origin is list:
        (inner,) = typing.get_args(tp) or (Any,)
        # A tuple is the same array (AppTest hands the values over as Python
        # builds them; JSON turns both into lists).
        return isinstance(value, (list, tuple)) and all(matches(v, inner) for v in value)
    if origin is dict or tp is dict:
        return isinstance(value, dict)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            return False
        if issubclass(tp, ElementPayload):
            return True  # from_wire checks it as an element of its own
        fields = {f.name: f for f in dataclasses.fields(tp)}
        types_ = hints(tp)
        required = {n for n, f in fields.items()
                    if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
        return (set(value) <= set(fields) and required <= set(value)
                and all(matches(v, types_[k]) for k, v in value.items()))
    return True


def _decode(value: Any, tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in _UNIONS:
        for a in typing.get_args(tp):
            if a is not type(None) and matches(value, a):
                return _decode(value, a)
        return value
    if origin is list:
        (inner,) = typing.get_args(tp) or (Any,)
        return [_decode(v, inner) for v in value]
    if isinstance(tp, type) and dataclasses.is_dataclass(tp) and isinstance(value, dict):
        if issubclass(tp, ElementPayload):
            return from_wire(value)
        names = {f.name for f in dataclasses.fields(tp)}
        if set(value) - names:
            raise PayloadError(f"{tp.__name__}: unknown field(s) {sorted(set(value) - names)}")
        types_ = hints(tp)
        return tp(**{k: _decode(v, types_[k]) for k, v in value.items()})
    return value
