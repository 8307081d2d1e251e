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
# Root 2 holds page settings (set_page_config); an open st.dialog lives in
# root 3, out of the flow of the page, so it keeps its place (and its
# widgets their DOM) whichever run draws it.
DIALOG_ROOT = 3


def element(fn: F) -> F:
    """Register ``fn(dg, ...)`` as the element ``dg.<fn.__name__>``."""
    ELEMENTS[fn.__name__] = fn
    return fn


class DeltaGenerator:
    def __init__(self, path: tuple[int, ...]) -> None:
        self._path = path

    def __getattr__(self, name: str) -> Any:
        fn = ELEMENTS.get(name)
        if fn is None and not name.startswith("_"):
            from . import elements  # families load on first use

            if elements.load(name):
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

    def _resolve(self) -> "DeltaGenerator":
        # ``st.x`` inside ``with col:`` writes into ``col``: the main-area
        # generator defers to the innermost ``with`` block.
        if self._path == (MAIN_ROOT,) and _with_stack:
            return _with_stack[-1]._resolve()
        return self

    def _target(self) -> tuple[int, ...]:
        return self._resolve()._path

    def _next_path(self) -> tuple[int, ...]:
        """Where the next element goes: appended to this container (an
        ``st.empty`` slot overrides this: it writes over itself)."""
        return context.current().next_path(self._path)

    def _container_path(self) -> tuple[int, ...]:
        """The container the next element lands in."""
        return self._path

    def _enclosing_blocks(self) -> list[dict[str, Any]]:
        """Payloads of the blocks (written in this run) around the next
        element, outermost first: forms, columns, dialogs... enforce their
        rules with it."""
        target = self._resolve()._container_path()
        blocks = run_data().get("blocks", {})
        return [blocks[target[:i]] for i in range(2, len(target) + 1) if target[:i] in blocks]

    def _form_id(self) -> str | None:
        """The ``st.form`` the next element lands in, if any."""
        forms = [b["form_id"] for b in self._enclosing_blocks() if b.get("block") == "form"]
        return forms[-1] if forms else None

    def _write(self, element: dict[str, Any], buffers: list[Any] | None = None) -> tuple[int, ...]:
        """Append an element to this container; return its path.
        ``buffers``: its binary attachments (``Delta.buffers``)."""
        ctx = context.current()
        target = self._resolve()
        form_id = target._form_id()
        path = target._next_path()
        if form_id is not None and "id" in element and element.get("kind") != "block":
            # Widgets carry their form: the page holds their changes back
            # until the form is submitted (seed, "Using forms").
            element = {**element, "form_id": form_id}
            shown = ctx.session_state.value_shown_after_submit(element["id"])
            if shown is not None:
                # A changed payload makes the page reset what the visitor
                # typed, even when the default equals the last run's value.
                element.update(value=shown[0], cleared_in_run=ctx.run_id)
        blocks = run_data().setdefault("blocks", {})
        if element.get("kind") == "block":
            blocks[path] = element
        else:
            blocks.pop(path, None)
        ctx.write(path, element, buffers)
        return path

    def _block(self, element: dict[str, Any]) -> "DeltaGenerator":
        return DeltaGenerator(self._write(element))


# ``with`` blocks entered during the current run (reset by the runner).
_with_stack: list[DeltaGenerator] = []

# Scratch space of the run in progress (see run_data).
_run_data: tuple[Any, dict[str, Any]] = (None, {})


def run_data() -> dict[str, Any]:
    """A dict that lives as long as the current run: the blocks it wrote
    (by path), its open dialog... A new run starts with an empty one."""
    global _run_data
    ctx = context.current()
    if _run_data[0] is not ctx:
        _run_data = (ctx, {})
    return _run_data[1]


def reset_with_stack() -> None:
    _with_stack.clear()


main = DeltaGenerator((MAIN_ROOT,))
sidebar = DeltaGenerator((SIDEBAR_ROOT,))
