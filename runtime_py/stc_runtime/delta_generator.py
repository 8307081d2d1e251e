"""Containers the app writes into: ``st`` itself (the main area),
``st.sidebar``, columns, containers and expanders.

A ``DeltaGenerator`` is only an address (a container path). Element functions
are plain functions ``fn(dg, ...)`` registered by their family modules
(``elements/*.py``) with ``@element``; ``dg.<name>(...)`` looks them up, so
``st.sidebar.button`` and ``col.button`` run the same code as ``st.button``.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar

from . import context

F = TypeVar("F", bound=Callable[..., Any])

ELEMENTS: dict[str, Callable[..., Any]] = {}

MAIN_ROOT = 0
SIDEBAR_ROOT = 1


def element(fn: F) -> F:
    """Register ``fn(dg, ...)`` as the element ``dg.<fn.__name__>``."""
    ELEMENTS[fn.__name__] = fn
    return fn


class DeltaGenerator:
    def __init__(self, path: tuple[int, ...]) -> None:
        self._path = path

    def __getattr__(self, name: str) -> Any:
        fn = ELEMENTS.get(name)
        if fn is None:
            raise AttributeError(f"st has no attribute {name!r}")
        return functools.partial(fn, self)

    def __enter__(self) -> "DeltaGenerator":
        _with_stack.append(self)
        return self

    def __exit__(self, *exc: Any) -> None:
        _with_stack.pop()

    def __repr__(self) -> str:
        return f"DeltaGenerator(path={list(self._path)})"

    # --- writing ----------------------------------------------------------

    def _target(self) -> tuple[int, ...]:
        # ``st.x`` inside ``with col:`` writes into ``col``: the main-area
        # generator defers to the innermost ``with`` block.
        if self._path == (MAIN_ROOT,) and _with_stack:
            return _with_stack[-1]._target()
        return self._path

    def _write(self, element: dict[str, Any]) -> tuple[int, ...]:
        """Append an element to this container; return its path."""
        ctx = context.current()
        path = ctx.next_path(self._target())
        ctx.write(path, element)
        return path

    def _block(self, element: dict[str, Any]) -> "DeltaGenerator":
        return DeltaGenerator(self._write(element))


# ``with`` blocks entered during the current run (reset by the runner).
_with_stack: list[DeltaGenerator] = []


def reset_with_stack() -> None:
    _with_stack.clear()


main = DeltaGenerator((MAIN_ROOT,))
sidebar = DeltaGenerator((SIDEBAR_ROOT,))
