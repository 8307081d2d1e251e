"""AppTest: run a Streamlit app in CPython, inspect what it shows, and act
as a visitor would -- without a browser.

It drives the same ``AppSession`` the browser worker drives, so the rerun
semantics under test are exactly those of the built site. Elements are read
from the deltas of the last run, in display order (depth-first by position,
so a container created early lists what was written into it later).

    at = AppTest.from_file("app.py").run()
    at.number_input[0].increment().run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Beans counted: 1"
"""

from __future__ import annotations

import inspect
import sys
import tempfile
import textwrap
import threading
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence
from urllib import parse

from ..protocol import Delta, Rerun, WidgetChange
from ..runner import AppSession
from ..state import SessionStateProxy

__all__ = ["AppTest"]

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
        self.children: dict[int, Node] = {}
        #: the delta's binary attachments (tables' columns, Delta.buffers)
        self.buffers: list[Any] = []

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


class Text(Element):
    """title, header, subheader, markdown, caption, text, code, latex..."""


class Divider(Element):
    @property
    def value(self) -> str:
        return "---"  # Streamlit's divider is the Markdown rule; AppTest shows its body


class Latex(Element):
    @property
    def value(self) -> str:
        # Streamlit sends st.latex as display math in Markdown.
        return f"$$\n{self.proto['body']}\n$$"


class Exception_(Element):
    @property
    def value(self) -> str:
        return f"{self.proto['type']}: {self.proto['message']}"

    @property
    def message(self) -> str:
        return self.proto["message"]

    @property
    def stack_trace(self) -> list[str]:
        return list(self.proto["traceback"])


class Json(Element):
    @property
    def value(self) -> str:
        import json

        return json.dumps(json.loads(self.proto["body"]))

    @property
    def expanded(self) -> bool | int:
        return self.proto["expanded"]


class Table(Element):
    @property
    def value(self):
        """The DataFrame shown, rebuilt from its columnar wire form."""
        from ..elements.data import decode_table

        return decode_table(self.proto, self.buffers)


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


class Button(Widget):
    def click(self) -> "Button":
        return self.set_value(True)  # type: ignore[return-value]


class Checkbox(Widget):
    def check(self) -> "Checkbox":
        return self.set_value(True)  # type: ignore[return-value]

    def uncheck(self) -> "Checkbox":
        return self.set_value(False)  # type: ignore[return-value]


class TextInput(Widget):
    def input(self, value: str) -> "TextInput":
        return self.set_value(value)  # type: ignore[return-value]


class NumberInput(Widget):
    def increment(self) -> "NumberInput":
        return self._step(1)

    def decrement(self) -> "NumberInput":
        return self._step(-1)

    def _step(self, direction: int) -> "NumberInput":
        current = self.value
        step = self.proto["step"]
        new = (self.proto["min"] if self.proto["min"] is not None else 0) if current is None else current + direction * step
        if self.proto["max"] is not None:
            new = min(new, self.proto["max"])
        if self.proto["min"] is not None:
            new = max(new, self.proto["min"])
        return self.set_value(new)  # type: ignore[return-value]


class Selectbox(Widget):
    @property
    def options(self) -> list[str]:
        return list(self.proto["options"])

    @property
    def placeholder(self) -> str:
        return self.proto.get("placeholder") or ""

    @property
    def index(self) -> int | None:
        meta = self.root._session.state.widget_meta(self.id)
        value = self.value
        if meta is None or value is None:
            return None
        return meta.serialize(value)

    def select(self, value: Any) -> "Selectbox":
        return self.set_value(value)  # type: ignore[return-value]

    def select_index(self, index: int | None) -> "Selectbox":
        meta = self.root._session.state.widget_meta(self.id)
        return self.set_value(None if index is None else meta.deserialize(index))  # type: ignore[return-value,union-attr]


class Slider(Widget):
    @property
    def min(self) -> Any:
        return self.proto["min"]

    @property
    def max(self) -> Any:
        return self.proto["max"]

    @property
    def step(self) -> Any:
        return self.proto["step"]

    def set_range(self, lower: Any, upper: Any) -> "Slider":
        return self.set_value((lower, upper))  # type: ignore[return-value]


_KIND_CLASSES: dict[str, type[Node]] = {
    "heading": Text,
    "markdown": Text,
    "text": Text,
    "code": Text,
    "divider": Divider,
    "json": Json,
    "latex": Latex,
    "exception": Exception_,
    "dataframe": Table,
    "table": Table,
    "button": Button,
    "checkbox": Checkbox,
    "text_input": TextInput,
    "number_input": NumberInput,
    "selectbox": Selectbox,
    "slider": Slider,
}


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


class AppTest:
    """Simulate a running app: run the script, read its elements, set widget
    values and run it again."""

    def __init__(self, script_path: str | Path, *, default_timeout: float = 3, cleanup: Callable[[], None] | None = None) -> None:
        from .. import install_as_streamlit

        install_as_streamlit()
        self._script_path = str(Path(script_path).resolve())
        self.default_timeout = default_timeout
        self._messages: list[Any] = []
        self._session = AppSession(self._script_path, self._messages.append)
        self._pending: dict[str, Any] = {}
        self._root = Block((), {"kind": "root"}, self)
        self._file_secrets = dict(self._session.secrets)  # .streamlit/secrets.toml, if any
        self.secrets: dict[str, Any] = {}
        self.query_params: dict[str, Any] = {}
        self._cleanup = cleanup

    # --- construction -----------------------------------------------------

    @classmethod
    def from_file(cls, script_path: str | Path, *, default_timeout: float = 3) -> "AppTest":
        """``script_path`` is absolute, or relative to the calling test file's
        folder (falling back to the current directory)."""
        path = Path(script_path)
        if not path.is_absolute():
            caller = Path(inspect.stack()[1].filename).resolve().parent
            path = caller / script_path if (caller / script_path).exists() else Path.cwd() / script_path
        if not path.is_file():
            raise FileNotFoundError(f"AppTest.from_file: no such app script: {path}")
        return cls(path, default_timeout=default_timeout)

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> "AppTest":
        folder = tempfile.mkdtemp(prefix="stc-apptest-")
        path = Path(folder) / "app.py"
        path.write_text(textwrap.dedent(script), encoding="utf-8")
        return cls(path, default_timeout=default_timeout)

    @classmethod
    def from_function(cls, script: Callable[..., Any], *, default_timeout: float = 3, args: Sequence[Any] | None = None, kwargs: dict[str, Any] | None = None) -> "AppTest":
        source = textwrap.dedent(inspect.getsource(script))
        call = f"\n{script.__name__}(*{tuple(args or ())!r}, **{dict(kwargs or {})!r})\n"
        return cls.from_string(source + call, default_timeout=default_timeout)

    # --- running ----------------------------------------------------------

    def run(self, *, timeout: float | None = None) -> "AppTest":
        """Run the script once (applying pending widget values) and wait for
        it to finish; raise RuntimeError if it takes longer than ``timeout``
        seconds (default: ``default_timeout``)."""
        timeout = self.default_timeout if timeout is None else timeout
        changes = []
        for wid, value in self._pending.items():
            meta = self._session.state.widget_meta(wid)
            if meta is not None:
                changes.append(WidgetChange(id=wid, value=meta.serialize(value)))
        self._pending = {}
        self._session.secrets = {**self._file_secrets, **self.secrets}
        # at.query_params is what the page's URL holds before the run (a
        # list value is a repeated key) and, after it, the URL as the app
        # left it, parsed like Streamlit's AppTest does (every value a list).
        query_string = parse.urlencode(self.query_params, doseq=True)
        self._messages.clear()
        failure: list[BaseException] = []

        def target() -> None:
            # Like `streamlit run` (and Streamlit's AppTest), the app's
            # folder is importable while the script runs (seed: "Define
            # your class in a separate module").
            folder = self._session.app_root
            added = folder not in sys.path
            if added:
                sys.path.insert(0, folder)
            try:
                self._session.handle(Rerun(changes=changes, query_string=query_string))
            except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
                failure.append(exc)
            finally:
                if added and folder in sys.path:
                    sys.path.remove(folder)

        thread = threading.Thread(target=target, daemon=True, name="AppTest script run")
        thread.start()
        thread.join(timeout)
        if thread.is_alive():
            raise RuntimeError(f"AppTest script run timed out after {timeout}(s)")
        if failure:
            raise failure[0]
        self._rebuild_tree()
        # As Streamlit 1.67's AppTest: one value -> str, repeated -> list.
        parsed = parse.parse_qs(self._session.query_string, keep_blank_values=True)
        self.query_params = {k: v[0] if len(v) == 1 else v for k, v in parsed.items()}
        return self

    def _rebuild_tree(self) -> None:
        # Only the last run counts (st.rerun() makes several in one .run()).
        last_start = max((i for i, m in enumerate(self._messages) if type(m).__name__ == "RunStarted"), default=0)
        root = Block((), {"kind": "root"}, self)
        for msg in self._messages[last_start:]:
            if not isinstance(msg, Delta):
                continue
            parent: Node = root
            path = tuple(msg.path)
            for depth in range(1, len(path)):
                prefix = path[:depth]
                if prefix[-1] not in parent.children:
                    cls = Block
                    parent.children[prefix[-1]] = cls(prefix, {"kind": "block", "block": "root" if depth == 1 else "vertical"}, self)
                parent = parent.children[prefix[-1]]
            element = msg.element
            kind = element.get("kind", "")
            cls = _KIND_CLASSES.get(f"block:{element.get('block')}", Block) if kind == "block" else _KIND_CLASSES.get(kind, Element)
            node = cls(path, element, self)
            node.buffers = msg.buffers
            old = parent.children.get(path[-1])
            if old is not None and isinstance(node, Block):
                node.children = old.children
            parent.children[path[-1]] = node
        self._root = root

    # --- inspection ---------------------------------------------------------

    @property
    def session_state(self) -> SessionStateProxy:
        return SessionStateProxy(lambda: self._session.state)

    @property
    def main(self) -> Block:
        return self._root.children.get(0) or Block((0,), {"kind": "block", "block": "root"}, self)  # type: ignore[return-value]

    @property
    def sidebar(self) -> Block:
        return self._root.children.get(1) or Block((1,), {"kind": "block", "block": "root"}, self)  # type: ignore[return-value]

    def __getattr__(self, name: str) -> ElementList:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._root, name)

    def get(self, kind: str) -> ElementList:
        return self._root.get(kind)

    def __repr__(self) -> str:
        return f"AppTest({self._script_path!r})"


# Wrappers of the other element families register themselves.
def _load_families() -> None:
    import importlib
    import pkgutil

    from .. import testing

    for module in pkgutil.iter_modules(testing.__path__):
        if module.name.startswith("_"):
            importlib.import_module(f"{testing.__name__}.{module.name}")


_load_families()
