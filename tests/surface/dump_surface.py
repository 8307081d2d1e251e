"""Prints the public surface of whichever ``streamlit`` this interpreter
imports, as JSON: every public callable with its parameters (name, kind,
default, the ``Literal`` values its annotation allows), the DeltaGenerator
methods, ``st.column_config``, ``st.components.v1``/``v2``,
``streamlit.errors`` and AppTest with its element classes.

    <venv>/bin/python dump_surface.py          # real Streamlit, in its venv
    python dump_surface.py --stc               # stc's runtime as ``streamlit``

The same script reads both, so the two tables differ only where the two
surfaces do. ``test_surface.py`` commits the first and compares the second
against it.
"""

from __future__ import annotations

import enum
import inspect
import json
import re
import sys
import types
import typing
from typing import Any

# What a value of these types prints as is what a user would type; anything
# else (a sentinel, a function) is recorded by its type only.
_PLAIN = (type(None), bool, int, float, str)


def _default(value: Any) -> str | None:
    if value is inspect.Parameter.empty:
        return None  # required
    if isinstance(value, _PLAIN):
        return repr(value)
    if isinstance(value, (tuple, list, frozenset, set)) and all(isinstance(v, _PLAIN) for v in value):
        return repr(type(value)(sorted(value, key=repr)) if isinstance(value, (set, frozenset)) else value)
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    return f"<{type(value).__name__}>"


def _literals_of(annotation: Any, into: list[Any], depth: int = 0) -> None:
    if depth > 8:
        return
    if typing.get_origin(annotation) is typing.Literal:
        for value in typing.get_args(annotation):
            if isinstance(value, _PLAIN) and value not in into:
                into.append(value)
        return
    for arg in typing.get_args(annotation):
        _literals_of(arg, into, depth + 1)


_LITERAL_TEXT = re.compile(r"Literal\[([^\[\]]*)\]")


def _literals(fn: Any, name: str, annotation: Any) -> list[Any]:
    found: list[Any] = []
    try:
        hints = typing.get_type_hints(fn, include_extras=True)
    except Exception:
        hints = {}
    if name not in hints and isinstance(annotation, str):
        # One unresolvable name (a TYPE_CHECKING import) fails the whole
        # get_type_hints; this parameter's own annotation may still resolve.
        # A name imported only for type checkers is looked up in the modules
        # of the library that are loaded.
        namespace = {**vars(typing), **getattr(inspect.unwrap(fn), "__globals__", {})}
        for _ in range(6):
            try:
                hints = {name: eval(annotation, namespace)}  # noqa: S307 (an annotation of the library under test)
                break
            except NameError as missing:
                found_in = [m for k, m in list(sys.modules.items())
                            if k.startswith(("streamlit", "stc_runtime")) and m is not None
                            and not isinstance(getattr(m, missing.name, types), types.ModuleType)]
                if not found_in:
                    break
                namespace[missing.name] = getattr(found_in[0], missing.name)
            except Exception:
                break
    if name in hints:
        _literals_of(hints[name], found)
    elif isinstance(annotation, str):
        # Unresolvable string annotation: read the Literal[...] parts of it.
        import ast

        for group in _LITERAL_TEXT.findall(annotation):
            try:
                values = ast.literal_eval(f"({group},)")
            except Exception:
                continue
            found.extend(v for v in values if v not in found)
    return found


def signature(fn: Any, *, drop_self: bool = False) -> list[dict[str, Any]] | None:
    target = fn.__init__ if isinstance(fn, type) else fn
    try:
        sig = inspect.signature(target)
    except (TypeError, ValueError):
        return None
    params = list(sig.parameters.values())
    if (drop_self or isinstance(fn, type)) and params and params[0].name in ("self", "cls"):
        params = params[1:]
    out = []
    for p in params:
        entry: dict[str, Any] = {"name": p.name, "kind": p.kind.name}
        default = _default(p.default)
        if default is not None:
            entry["default"] = default
        values = _literals(target, p.name, p.annotation)
        if values:
            entry["literals"] = values
        out.append(entry)
    return out


def _public(obj: Any) -> list[str]:
    return sorted(n for n in dir(obj) if not n.startswith("_"))


def dump() -> dict[str, Any]:
    import streamlit as st

    table: dict[str, Any] = {"version": st.__version__}

    names: dict[str, Any] = {}
    for name in _public(st):
        value = getattr(st, name)
        if isinstance(value, types.ModuleType):
            continue
        if callable(value) and not hasattr(value, "_is_proxy_object"):
            names[name] = {"kind": "class" if isinstance(value, type) else "callable", "params": signature(value)}
        else:
            names[name] = {"kind": "object", "type": type(value).__name__}
    table["st"] = names

    # What a container offers, read from one (``st.sidebar``): its methods
    # are bound, so the signatures have no ``self``.
    table["DeltaGenerator"] = {
        name: signature(getattr(st.sidebar, name))
        for name in _public(st.sidebar)
        if callable(getattr(st.sidebar, name, None))
    }

    import streamlit.column_config as cc

    table["column_config"] = {name: signature(getattr(cc, name)) for name in _public(cc)
                              if name[0].isupper() and callable(getattr(cc, name))}

    components: dict[str, Any] = {}
    for version, wanted in (("v1", ("html", "iframe", "declare_component")), ("v2", ("component",))):
        try:
            module = __import__(f"streamlit.components.{version}", fromlist=["_"])
        except ImportError:
            continue
        for name in wanted:
            if hasattr(module, name):
                components[f"{version}.{name}"] = signature(getattr(module, name))
    table["components"] = components

    import streamlit.errors as errors

    table["errors"] = {
        name: {"bases": [b.__name__ for b in cls.__mro__[1:] if b.__module__.startswith(("streamlit", "stc_runtime"))]}
        for name in _public(errors)
        if isinstance(cls := getattr(errors, name), type) and issubclass(cls, BaseException)
    }

    from streamlit.testing.v1 import AppTest

    apptest: dict[str, Any] = {}
    for name in _public(AppTest):
        member = inspect.getattr_static(AppTest, name)
        if isinstance(member, property):
            apptest[name] = "property"
        elif callable(getattr(AppTest, name)):
            apptest[name] = signature(getattr(AppTest, name), drop_self=not isinstance(member, (classmethod, staticmethod)))
    table["AppTest"] = apptest

    return table


def main() -> None:
    if "--stc" in sys.argv:
        import stc_runtime

        stc_runtime.install_as_streamlit()
    json.dump(dump(), sys.stdout, indent=1, sort_keys=True, default=repr)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
