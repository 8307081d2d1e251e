"""Containers the app writes into: ``st`` itself (the main area),
``st.sidebar``, columns, containers and expanders.

A ``DeltaGenerator`` is only an address (a container path). Element
functions are plain functions ``fn(dg, ...)`` registered by their family
modules (``elements/*.py``) with ``@element``; ``dg.<name>`` looks them up
(``element_registry``), so ``st.sidebar.button`` and ``col.button`` run the
same code as ``st.button``. What a run has written lives on its
``RunContext``, not here.
"""

from __future__ import annotations

import types
from typing import Any

from . import run_context, element_registry
from .protocol import DIALOG_ROOT, MAIN_ROOT, PAGE_CONFIG_ROOT, SIDEBAR_ROOT  # noqa: F401  (families import them from here)


class DeltaGenerator:
    def __init__(self, path: tuple[int, ...]) -> None:
        self._path = path

    def __getattr__(self, name: str) -> Any:
        fn = element_registry.lookup(name)
        if fn is None:
            raise AttributeError(f"st has no attribute {name!r}")
        # A bound method, so help(st.slider) shows the slider's docstring and
        # signature (without ``dg``).
        return types.MethodType(fn, self)

    def __dir__(self) -> list[str]:
        from .elements._index import INDEX

        return sorted({*super().__dir__(), *INDEX})

    def __enter__(self) -> "DeltaGenerator":
        run_context.current().with_stack.append(self)
        return self

    def __exit__(self, *exc: Any) -> None:
        ctx = run_context._current
        if ctx is not None and ctx.with_stack:
            ctx.with_stack.pop()

    def __repr__(self) -> str:
        return f"DeltaGenerator(path={list(self._path)})"

    # --- writing ----------------------------------------------------------

    def _resolve(self) -> "DeltaGenerator":
        # ``st.x`` inside ``with col:`` writes into ``col``: the main-area
        # generator defers to the innermost ``with`` block.
        if self._path == (MAIN_ROOT,):
            ctx = run_context._current
            if ctx is not None and ctx.with_stack:
                return ctx.with_stack[-1]._resolve()
        return self

    def _target(self) -> tuple[int, ...]:
        return self._resolve()._path

    def _next_path(self) -> tuple[int, ...]:
        """Where the next element goes: appended to this container (an
        ``st.empty`` slot overrides this: it writes over itself)."""
        return run_context.current().next_path(self._path)

    def _container_path(self) -> tuple[int, ...]:
        """The container the next element lands in."""
        return self._path

    def _enclosing_blocks(self) -> list[Any]:
        """Payloads of the blocks (written in this run) around the next
        element, outermost first: forms, columns, dialogs... enforce their
        rules with it."""
        return run_context.current().enclosing_blocks(self._resolve()._container_path())

    def _form_id(self) -> str | None:
        """The ``st.form`` the next element lands in, if any."""
        forms = [b["form_id"] for b in self._enclosing_blocks() if b.get("block") == "form"]
        return forms[-1] if forms else None

    def _write(self, element: Any, buffers: list[Any] | None = None) -> tuple[int, ...]:
        """Append an element to this container; return its path.
        ``buffers``: its binary attachments (``Delta.buffers``)."""
        path = self._resolve()._next_path()
        run_context.current().write(path, element, buffers)
        return path

    def _block(self, element: Any) -> "DeltaGenerator":
        return DeltaGenerator(self._write(element))

    def _element(self, element: Any, buffers: list[Any] | None = None) -> "Slot":
        """Write an element and return what Streamlit's element calls
        return: a generator bound to the element's place, so that
        ``msg = st.text("Loading..."); msg.text("Done")`` replaces it there."""
        return Slot(self._write(element, buffers))


class Slot(DeltaGenerator):
    """A place holding one element at a time: what ``st.empty()`` and every
    element call return. Every element written to it replaces the one
    before, and a container written to it starts empty: the place holds the
    container alone, not what the container it replaces held."""

    def _next_path(self) -> tuple[int, ...]:
        ctx = run_context.current()
        written = ctx.slots_written
        if self._path in written:
            n = len(self._path)
            for p in [p for p in ctx.cursors if p[:n] == self._path]:
                del ctx.cursors[p]
            if self._path in ctx.blocks:
                # A container must not keep the children of the one it
                # replaces: writing a plain element first makes the page
                # (and AppTest) drop them, as any change of kind does.
                from .payloads.layout import EmptyElement

                ctx.write(self._path, EmptyElement())
        written.add(self._path)
        return self._path

    def _container_path(self) -> tuple[int, ...]:
        return self._path[:-1]


main = DeltaGenerator((MAIN_ROOT,))
sidebar = DeltaGenerator((SIDEBAR_ROOT,))
