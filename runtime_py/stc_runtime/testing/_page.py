"""What the page shows, worked out from the worker's messages by the rules the
page's renderer (runtime_js/src/render.js) applies:

- a ``Delta`` puts its element at its path; an element of the same kind
  (and, for a widget, the same id) already there is updated in place, and a
  container keeps its children; anything else replaces it, children and all
  (a container of the same kind keeps them);
- a delta whose parent is missing or not a container is ignored (the page
  cannot place it);
- when a run finishes (other than by ``st.rerun()``), everything it did not
  write is removed, at every depth.

AppTest and the runtime tests read the page from this one model, so a test
cannot pass on an element the page would have removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

from ..protocol import Delta, RunFinished


@dataclass
class PageNode:
    #: renderer key: ``kind`` or ``block:<block>``; ``root`` for a root
    kind: str
    #: the element as the page received it (None for a root)
    element: dict[str, Any] | None
    #: the delta's binary attachments
    buffers: list[Any] = field(default_factory=list)
    #: the last run that wrote it (or an element inside it)
    run_id: int = 0
    #: children by position; only containers have any
    children: list["PageNode | None"] = field(default_factory=list)

    @property
    def is_container(self) -> bool:
        return self.kind == "root" or self.kind.startswith("block:")


def _key(element: dict[str, Any]) -> str:
    kind = element.get("kind", "")
    return f"block:{element.get('block')}" if kind == "block" else kind


class PageModel:
    def __init__(self) -> None:
        #: root id (``Delta.path[0]``) -> its root node
        self.roots: dict[int, PageNode] = {}

    def apply(self, msg: Any) -> None:
        if isinstance(msg, Delta):
            self._place(msg)
        elif isinstance(msg, RunFinished) and msg.status != "rerun":
            for root in self.roots.values():
                self._sweep(root, msg.run_id)

    def _place(self, delta: Delta) -> None:
        path = delta.path
        parent = self.roots.setdefault(path[0], PageNode("root", None))
        parent.run_id = delta.run_id
        for index in path[1:-1]:
            child = parent.children[index] if index < len(parent.children) else None
            if child is None or not child.is_container:
                return  # the page cannot place it either
            child.run_id = delta.run_id
            parent = child
        index = path[-1]
        while len(parent.children) <= index:
            parent.children.append(None)
        old = parent.children[index]
        kind = _key(delta.element)
        node = PageNode(kind, delta.element, list(delta.buffers), delta.run_id)
        if old is not None and old.kind == kind and (node.is_container or old.element.get("id") == delta.element.get("id")):
            node.children = old.children
        parent.children[index] = node

    def _sweep(self, node: PageNode, run_id: int) -> None:
        kept: list[PageNode | None] = []
        for child in node.children:
            if child is not None and child.run_id == run_id:
                self._sweep(child, run_id)
                kept.append(child)
        node.children = kept

    def walk(self) -> Iterator[tuple[tuple[int, ...], PageNode]]:
        """Every element on the page with its path, in page order (main
        area, sidebar, page settings, dialog; depth first)."""

        def visit(path: tuple[int, ...], node: PageNode) -> Iterator[tuple[tuple[int, ...], PageNode]]:
            for i, child in enumerate(node.children):
                if child is not None:
                    yield path + (i,), child
                    yield from visit(path + (i,), child)

        for root in sorted(self.roots):
            yield from visit((root,), self.roots[root])
