"""The element tree of one run, as AppTest shows it: a node per element or
container, read from the deltas the page received, with the accessor class
each element kind registers (testing/_<family>.py).

The tree has the shape, the ``type`` strings, the class names and the
collections of Streamlit 1.67's ``streamlit.testing.v1`` tree, so a test
written against one reads the same on the other:

- the root (``ElementTree``, type ``"root"``) holds ``main``, ``sidebar``
  and ``event`` (toasts, dialogs), and ``3``, a block of type
  ``"unknown"``, when a chat input is pinned to the bottom of the page;
- an element has no ``children``, a block has (a dict, position -> node);
- names an element class does not define are read from its payload, as
  1.67 reads them from the element's proto.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterator, NoReturn, Sequence

from ..payloads import from_wire

if TYPE_CHECKING:
    from .v1 import AppTest

_UNSET = object()


class AppTestError(Exception):
    """An AppTest action that cannot apply (as 1.67's
    ``streamlit.testing.v1.errors.AppTestError``)."""


# ---------------------------------------------------------------------------
# nodes
# ---------------------------------------------------------------------------


class Node:
    """What elements and blocks share: the page's element, its typed
    payload, and the run it came from."""

    def __init__(self, path: tuple[int, ...], element: dict[str, Any], root: "AppTest") -> None:
        self.path = path
        self.proto = element  # the element's payload, as sent to the page
        self.root = root
        self._payload: Any = None
        #: the delta's binary attachments (tables' columns, Delta.buffers)
        self.buffers: list[Any] = []
        #: the block holding it (None for the tree itself)
        self.parent: Block | None = None

    @property
    def payload(self) -> Any:
        """The element's typed payload (``stc_runtime.payloads``), read back
        from what the page received; accessors read their fields from it."""
        if self._payload is None:
            self._payload = from_wire(self.proto)
        return self._payload

    @property
    def type(self) -> str:
        """The node type, as 1.67's AppTest names it (``"title"``,
        ``"button"``, ``"flex_container"``...)."""
        return node_type(self)

    def run(self, *, timeout: float | None = None) -> "AppTest":
        """Run the app again (with the values set since the last run)."""
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(path={list(self.path)}, type={self.type!r})"


class Element(Node):
    """An element. It has no ``children``; attributes its class does not
    define are the payload's fields."""

    @property
    def value(self) -> Any:
        return self.proto.get("body")

    @property
    def key(self) -> str | None:
        """The app's key for it: its payload's, or, for an element with a
        widget id, its widget's."""
        key = self.proto.get("key")
        if key is None and isinstance(self.proto.get("id"), str):
            meta = self.root._session.state.widget_meta(self.proto["id"])
            key = None if meta is None else meta.user_key
        return key

    def __iter__(self) -> Iterator["Element"]:
        yield self

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in ("set_value", "click"):
            # 1.67: an element without that interaction says so when called.
            def unsupported(*_args: Any, **_kwargs: Any) -> NoReturn:
                self._raise_unsupported_interaction(name)

            return unsupported
        payload = self.payload
        if name in getattr(type(payload), "__dataclass_fields__", {}) and name not in type(self).NOT_FROM_PAYLOAD:
            return getattr(payload, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    #: payload fields 1.67's class of this element does not have (its
    #: ChatInput and Feedback have no ``label``)
    NOT_FROM_PAYLOAD: tuple[str, ...] = ()

    def _raise_unsupported_interaction(self, method: str) -> NoReturn:
        key_part = f" (key={self.key!r})" if self.key else ""
        if isinstance(self, Widget):
            raise AppTestError(
                f"{method}() is not supported for {self.type}{key_part}. "
                "Use set_value() or one of this widget's typed interaction methods."
            )
        raise AppTestError(
            f"{method}() is not supported for {self.type}{key_part}. "
            "AppTest can inspect this element but does not implement "
            "interactions for it. Set its value through at.session_state if it "
            "has a key, or use a Playwright e2e test."
        )


class UnknownElement(Element):
    """An element 1.67's AppTest has no class for (charts, audio, video,
    st.empty, balloons...): its ``value`` is its ``value``, ``body``,
    ``text`` or ``label`` field, whichever it has first, else None."""

    @property
    def value(self) -> Any:
        fields = getattr(type(self.payload), "__dataclass_fields__", {})
        for name in ("value", "body", "text", "label"):
            if name in fields:
                return getattr(self.payload, name)
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
    def help(self) -> str:
        return self.proto.get("help") or ""

    @property
    def disabled(self) -> bool:
        return bool(self.proto.get("disabled"))

    @property
    def form_id(self) -> str:
        """The ``st.form`` holding the widget; ``""`` outside forms."""
        return self.proto.get("form_id") or ""

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
        self._assert_can_interact()
        self.root._pending[self.id] = value
        return self

    def _assert_can_interact(self) -> None:
        # A visitor cannot change a disabled widget, so a test cannot either.
        if self.proto.get("disabled") is True:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget{key_part}. "
                "A browser user cannot interact with a disabled widget."
            )


# ---------------------------------------------------------------------------
# node types and collections
# ---------------------------------------------------------------------------


# kind -> its AppTest wrapper class; the family modules (testing/_<family>.py) fill it
_KIND_CLASSES: dict[str, type[Node]] = {}

# kind -> its 1.67 node type, when not the kind itself (or a function of the node)
_TYPES: dict[str, str | Callable[[Node], str]] = {}


def register(kind: str, cls: type[Node], type_: str | Callable[[Node], str] | None = None) -> None:
    """Register the AppTest wrapper of an element kind (family modules
    ``testing/_*.py`` call this) and, where it differs from the kind, the
    node type 1.67 gives it. Blocks register as ``"block:<type>"`` with a
    subclass of ``Block``."""
    _KIND_CLASSES[kind] = cls
    if type_ is not None:
        _TYPES[kind] = type_


def _kind_key(proto: dict[str, Any]) -> str:
    kind = proto.get("kind", "")
    return f"block:{proto.get('block')}" if kind == "block" else kind


def node_type(node: Node) -> str:
    key = _kind_key(node.proto)
    found = _TYPES.get(key)
    if callable(found):
        return found(node)
    if found is not None:
        return found
    return key[6:] if key.startswith("block:") else key


class ElementList(Sequence[Any]):
    """Elements in display order; ``lst(key)`` is the first with that key."""

    def __init__(self, nodes: Sequence[Any]) -> None:
        self._list = list(nodes)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return type(self)(self._list[i])
        return self._list[i]

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self._list)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._list)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ElementList):
            return self._list == other._list
        return self._list == other

    def __hash__(self) -> int:
        return hash(tuple(id(n) for n in self._list))

    def __call__(self, key: str) -> Any:
        for node in self._list:
            if getattr(node, "key", None) == key:
                return node
        raise KeyError(key)

    @property
    def values(self) -> list[Any]:
        return [n.value for n in self._list]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._list!r})"


class WidgetList(ElementList):
    """An ElementList of widgets."""


class BlockList(ElementList):
    """Containers in display order; ``lst(key)`` is the first with that key.
    (Blocks have no ``value``, so neither has a list of them.)"""

    @property
    def values(self) -> list[Any]:  # type: ignore[override]
        raise AttributeError("'BlockList' object has no attribute 'values'")


class Block(Node):
    """A container (main, sidebar, a column...): element lookups are
    restricted to what it holds."""

    def __init__(self, path: tuple[int, ...], element: dict[str, Any], root: "AppTest") -> None:
        super().__init__(path, element, root)
        #: position -> node, in the order the run wrote them
        self.children: dict[int, Node] = {}

    @property
    def key(self) -> str | None:
        """The key the app gave the container (a form: its key)."""
        p = self.proto
        if p.get("block") == "form":
            return p.get("form_id")
        return p.get("key")

    def __getattr__(self, name: str) -> Any:
        # As for elements: the payload's fields (a form's clear_on_submit,
        # a popover's label...).
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            payload = self.payload
        except Exception:  # noqa: BLE001 - the roots have no payload
            payload = None
        if name in getattr(type(payload), "__dataclass_fields__", {}):
            return getattr(payload, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __len__(self) -> int:
        return len(self.children)

    def __getitem__(self, k: int) -> Node:
        return self.children[k]

    def __iter__(self) -> Iterator[Node]:
        """This block, then everything in it in display order (as 1.67
        iterates a block)."""
        yield self
        yield from self.walk()

    def walk(self) -> Iterator[Node]:
        """Everything in this block, depth first, in display order."""
        for child in self.children.values():
            yield child
            if isinstance(child, Block):
                yield from child.walk()

    def get(self, element_type: str) -> ElementList:
        """The nodes an ``at.<name>`` collection lists, or the nodes of a
        node type (``"vega_lite_chart"``, ``"flex_container"``...); failing
        both, those of an stc element kind (``"celebration"``)."""
        special = _SPECIAL_COLLECTIONS.get(element_type)
        if special is not None:
            return ElementList(special(self))
        wanted = _TYPE_ALIASES.get(element_type, element_type)
        found = [n for n in self.walk() if n.type == wanted]
        if not found:
            found = [n for n in self.walk() if _kind_key(n.proto) == element_type]
        return ElementList(found)

    def get_by_key(self, key: str) -> Node:
        """The one node in this block with user key ``key``: KeyError when
        none has it, AppTestError when several do."""
        found = [n for n in self.walk() if getattr(n, "key", None) == key]
        if not found:
            raise KeyError(key)
        if len(found) > 1:
            raise AppTestError(
                f"Multiple elements have key {key!r}. "
                "Scope the query to a container or use a typed collection."
            )
        return found[0]


class SpecialBlock(Block):
    """A root of the page: ``main``, ``sidebar`` or ``event``."""

    def __init__(self, path: tuple[int, ...], name: str, root: "AppTest") -> None:
        super().__init__(path, {"kind": "block", "block": name}, root)
        self._name = name

    @property
    def type(self) -> str:
        return self._name

    @property
    def key(self) -> None:
        return None


class ElementTree(Block):
    """The whole page of the last run: ``children`` are its roots."""

    def __init__(self, root: "AppTest") -> None:
        super().__init__((), {"kind": "block", "block": "root"}, root)

    @property
    def type(self) -> str:
        return "root"

    @property
    def key(self) -> None:
        return None

    @property
    def main(self) -> Block:
        return self.children[0]  # type: ignore[return-value]

    @property
    def sidebar(self) -> Block:
        return self.children[1]  # type: ignore[return-value]


# AppTest collection names whose node type differs
_TYPE_ALIASES = {"datetime_input": "date_time_input", "help": "help_info"}


def _blocks_of(cls_name: str) -> Callable[[Block], list[Node]]:
    return lambda self: [n for n in self.walk() if isinstance(n, Block) and n.type == cls_name]


def _containers(self: Block) -> list[Node]:
    # st.container blocks, horizontal ones too, but not the row that
    # st.columns puts its columns in.
    return [
        n for n in self.walk()
        if isinstance(n, Block) and n.type == "flex_container"
        and not any(c.type == "column" for c in n.children.values())
    ]


def _data_editors(self: Block) -> list[Node]:
    return [n for n in self.get("dataframe") if getattr(n, "editing_mode", "read_only") != "read_only"]


def _button_groups(style: str) -> Callable[[Block], list[Node]]:
    return lambda self: [n for n in self.get("button_group") if getattr(n, "style", None) == style]


_SPECIAL_COLLECTIONS: dict[str, Callable[[Block], list[Node]]] = {
    "pills": _button_groups("pills"),
    "segmented_control": _button_groups("segmented_control"),
    "container": _containers,
    "form": _blocks_of("form"),
    "form_submit_button": lambda self: [b for b in self.get("button") if getattr(b, "form_id", "")],
    "data_editor": _data_editors,
    "chat_message": _blocks_of("chat_message"),
    "columns": _blocks_of("column"),
    "column": _blocks_of("column"),
    "expander": _blocks_of("expander"),
    "status": _blocks_of("status"),
    "tabs": _blocks_of("tab"),
    "tab": _blocks_of("tab"),
    "grid": _blocks_of("grid_container"),
    "popover": _blocks_of("popover"),
    "dialog": _blocks_of("dialog"),
}

#: every ``at.<name>`` collection 1.67 has, and the list class it returns
COLLECTIONS: dict[str, type[ElementList]] = {
    **{name: WidgetList for name in (
        "audio_input", "button", "button_group", "camera_input", "chat_input", "checkbox", "color_picker",
        "date_input", "datetime_input", "download_button", "feedback", "file_uploader", "form_submit_button",
        "menu_button", "multiselect", "number_input", "pagination", "pills", "radio", "segmented_control",
        "select_slider", "selectbox", "slider", "text_area", "text_input", "time_input", "toggle",
    )},
    **{name: ElementList for name in (
        "caption", "code", "data_editor", "dataframe", "divider", "error", "exception", "header", "help",
        "html", "image", "info", "json", "latex", "link_button", "markdown", "metric", "page_link",
        "progress", "space", "subheader", "success", "table", "text", "title", "toast", "warning",
    )},
    **{name: BlockList for name in ("chat_message", "columns", "container", "expander", "form", "grid", "status", "tabs")},
    # stc's own: 1.67 lists these blocks only through get("popover") and
    # get("dialog")
    "popover": BlockList,
    "dialog": BlockList,
}


def _collection(name: str, list_cls: type[ElementList]) -> property:
    def get(self: Block) -> ElementList:
        return list_cls(self.get(name))

    get.__name__ = name
    get.__doc__ = f"Every ``{name}`` in this block, in display order."
    return property(get)


for _name, _cls in COLLECTIONS.items():
    setattr(Block, _name, _collection(_name, _cls))
del _name, _cls
