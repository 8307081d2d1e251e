"""The element tree of one run, as AppTest shows it: a node per element or
container, read from the deltas the page received, with the accessor class
each element kind registers (testing/_<family>.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator, Sequence

from ..payloads import from_wire

if TYPE_CHECKING:
    from .v1 import AppTest

_UNSET = object()


# ---------------------------------------------------------------------------
# the element tree of one run
# ---------------------------------------------------------------------------


class Node:
    """One element or container of the last run."""

    def __init__(self, path: tuple[int, ...], element: dict[str, Any], root: "AppTest") -> None:
        self.path = path
        self.proto = element  # the element's payload, as sent to the page
        self.root = root
        self._payload: Any = None
        self.children: dict[int, Node] = {}
        #: the delta's binary attachments (tables' columns, Delta.buffers)
        self.buffers: list[Any] = []

    @property
    def payload(self) -> Any:
        """The element's typed payload (``stc_runtime.payloads``), read back
        from what the page received; accessors read their fields from it."""
        if self._payload is None:
            self._payload = from_wire(self.proto)
        return self._payload

    @property
    def type(self) -> str:
        """Blocks: their block type; elements: the ``at.<attribute>`` that
        lists them (``"title"``, ``"button"``...), as Streamlit's AppTest."""
        kind = self.proto.get("kind", "")
        return self.proto.get("block", kind) if kind == "block" else _category(self)

    def walk(self) -> Iterator["Node"]:
        for index in sorted(self.children):
            child = self.children[index]
            yield child
            yield from child.walk()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(path={list(self.path)}, type={self.type!r})"


class Element(Node):
    @property
    def value(self) -> Any:
        return self.proto.get("body")

    @property
    def key(self) -> str | None:
        return None




class Widget(Element):
    """An input widget. Actions record a new value; ``.run()`` sends it."""

    @property
    def id(self) -> str:
        return self.proto["id"]

    @property
    def label(self) -> str:
        return self.proto.get("label", "")

    @property
    def help(self) -> str | None:
        return self.proto.get("help")

    @property
    def disabled(self) -> bool:
        return bool(self.proto.get("disabled"))

    @property
    def key(self) -> str | None:
        meta = self.root._session.state.widget_meta(self.id)
        return None if meta is None else meta.user_key

    @property
    def value(self) -> Any:
        pending = self.root._pending.get(self.id, _UNSET)
        if pending is not _UNSET:
            return pending
        return self.root._session.state.widget_value(self.id)

    def set_value(self, value: Any) -> "Widget":
        self.root._pending[self.id] = value
        return self

    def run(self, *, timeout: float | None = None) -> "AppTest":
        return self.root.run(timeout=timeout)




# kind -> its AppTest wrapper class; the family modules (testing/_<family>.py) fill it
_KIND_CLASSES: dict[str, type[Node]] = {}


# kind -> the AppTest attribute it is listed under, when not the kind itself
_CATEGORIES: dict[str, str] = {}


def register(kind: str, cls: type[Node], category: str | None = None) -> None:
    """Register the AppTest wrapper of an element kind (family modules
    ``testing/_*.py`` call this). Blocks register as ``"block:<type>"``
    with a subclass of ``Block``."""
    _KIND_CLASSES[kind] = cls
    if category is not None:
        _CATEGORIES[kind] = category


def _category(node: Node) -> str:
    """The AppTest attribute an element is listed under (``at.title``...)."""
    p = node.proto
    kind = p.get("kind")
    key = f"block:{p.get('block')}" if kind == "block" else kind
    if key in _CATEGORIES:
        return _CATEGORIES[key]
    if kind == "heading":
        return {1: "title", 2: "header", 3: "subheader"}[p["level"]]
    if kind == "markdown":
        return "caption" if p.get("variant") == "caption" else "markdown"
    if kind == "alert":
        return p["variant"]  # at.success, at.info, at.warning, at.error
    if kind == "block":
        return {"column": "columns", "vertical": "container", "expander": "expander", "horizontal": "_horizontal"}.get(p["block"], p["block"])
    return kind


class ElementList(Sequence[Any]):
    """Elements of one kind in display order; ``lst(key="k")`` finds by key."""

    def __init__(self, nodes: list[Node]) -> None:
        self._nodes = nodes

    def __getitem__(self, i):  # type: ignore[override]
        return self._nodes[i]

    def __len__(self) -> int:
        return len(self._nodes)

    def __call__(self, key: str) -> Any:
        for node in self._nodes:
            if getattr(node, "key", None) == key:
                return node
        raise KeyError(f"no element with key {key!r}")

    @property
    def values(self) -> list[Any]:
        return [n.value for n in self._nodes]

    def __repr__(self) -> str:
        return f"ElementList({self._nodes!r})"


class Block(Node):
    """A container (main, sidebar, a column...): element lookups are
    restricted to what it holds."""

    def __getattr__(self, name: str) -> ElementList:
        if name.startswith("_"):
            raise AttributeError(name)
        return ElementList([n for n in self.walk() if _category(n) == name])

    def __iter__(self) -> Iterator[Node]:
        """This block, then everything in it in display order (as
        Streamlit's AppTest iterates a block)."""
        yield self
        yield from self.walk()

    def get(self, kind: str) -> ElementList:
        return ElementList([n for n in self.walk() if n.proto.get("kind") == kind])


# ---------------------------------------------------------------------------
# AppTest
# ---------------------------------------------------------------------------
