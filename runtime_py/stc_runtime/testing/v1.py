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
from typing import Any, Callable, Sequence
from urllib import parse

from ..protocol import Delta, Rerun, WidgetChange
from ..runner import AppSession
from ..state import SessionStateProxy
from ..protocol import DIALOG_ROOT, MAIN_ROOT, PAGE_CONFIG_ROOT, SIDEBAR_ROOT
from ._page import PageModel
from ._tree import (  # noqa: F401  (families' base classes)
    _KIND_CLASSES, _UNSET, COLLECTIONS, AppTestError, Block, Element, ElementList, ElementTree, Node, SpecialBlock,
    UnknownElement, Widget,
)

__all__ = ["AppTest", "AppTestError"]


#: kinds the page draws but 1.67's tree leaves out: the spinner is a
#: transient there (it never stays after its block), and the page settings
#: are not an element
_NOT_IN_TREE = {"spinner", "page_config"}

#: the root 1.67 puts toasts and dialogs in, and the one it pins a
#: top-level chat input to (the page floats both; stc writes them in place)
EVENT_ROOT = 2
BOTTOM_ROOT = 3

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
        self._page = PageModel()
        self._pending: dict[str, Any] = {}
        #: chat input id -> files ChatInput.upload attached for the next run
        self._chat_files: dict[str, list[dict[str, Any]]] = {}
        self._tree = self._empty_tree()
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
        # A chat input with attachments sends its text and files together,
        # as the page does; a run sends them once.
        for wid, files in self._chat_files.items():
            text = self._pending.get(wid)
            self._pending[wid] = {"text": "" if text is None else text, "files": files}
        self._chat_files = {}
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
            # folder is importable while the script runs, so an app can
            # define its classes in a module next to it.
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

    def _empty_tree(self) -> ElementTree:
        tree = ElementTree(self)
        for root_id, name in ((MAIN_ROOT, "main"), (SIDEBAR_ROOT, "sidebar"), (EVENT_ROOT, "event")):
            tree.children[root_id] = SpecialBlock((root_id,), name, self)
            tree.children[root_id].parent = tree
        return tree

    def _rebuild_tree(self) -> None:
        # The tree is what the page shows after these messages (its rules:
        # testing/_page.py), as AppTest nodes in 1.67's shape.
        for msg in self._messages:
            self._page.apply(msg)
        tree = self._empty_tree()
        event = tree.children[EVENT_ROOT]
        nodes: dict[tuple[int, ...], Block] = {(MAIN_ROOT,): tree.children[MAIN_ROOT], (SIDEBAR_ROOT,): tree.children[SIDEBAR_ROOT]}
        # The roots stc does not have (event, bottom) list what they hold in
        # the order the run wrote it, as 1.67's do.
        written = {}
        for seq, msg in enumerate(self._messages):
            if isinstance(msg, Delta):
                written.setdefault(tuple(msg.path), seq)
        floating: dict[int, list[tuple[float, Node]]] = {EVENT_ROOT: [], BOTTOM_ROOT: []}
        for path, page_node in self._page.walk():
            kind = page_node.kind
            if path[0] == PAGE_CONFIG_ROOT or kind in _NOT_IN_TREE:
                continue
            cls = _KIND_CLASSES.get(kind, Block if kind.startswith("block:") else UnknownElement)
            node: Node = cls(path, page_node.element or {}, self)
            node.buffers = page_node.buffers
            moved_to = None
            if path[0] == DIALOG_ROOT and len(path) == 2 or (kind == "toast" and not node.proto.get("in_container")):
                moved_to = EVENT_ROOT
            elif kind == "chat_input" and path[0] == MAIN_ROOT and len(path) == 2 and node.proto.get("position") == "bottom":
                moved_to = BOTTOM_ROOT
            if moved_to is not None:
                floating[moved_to].append((written.get(path, float("inf")), node))
            else:
                parent = nodes.get(path[:-1])
                if parent is None:
                    continue  # inside something the tree leaves out
                parent.children[path[-1]] = node
                node.parent = parent
            if isinstance(node, Block):
                nodes[path] = node
                if kind == "block:dialog":
                    # 1.67 gives a dialog's content a container of its own.
                    inner = _KIND_CLASSES["block:vertical"](path, {"kind": "block", "block": "vertical"}, self)
                    node.children[0] = inner
                    inner.parent = node  # type: ignore[assignment]
                    nodes[path] = inner  # type: ignore[assignment]
        for root_id, items in floating.items():
            if not items:
                continue
            if root_id not in tree.children:
                tree.children[root_id] = Block((root_id,), {"kind": "block", "block": "unknown"}, self)
                tree.children[root_id].parent = tree
            holder = tree.children[root_id]
            for seq, node in sorted(items, key=lambda item: item[0]):
                holder.children[len(holder.children)] = node
                node.parent = holder  # type: ignore[assignment]
        self._tree = tree

    @property
    def _root(self) -> ElementTree:
        return self._tree

    # --- inspection ---------------------------------------------------------

    @property
    def session_state(self) -> SessionStateProxy:
        return SessionStateProxy(lambda: self._session.state)

    @property
    def main(self) -> Block:
        return self._tree.main

    @property
    def sidebar(self) -> Block:
        return self._tree.sidebar

    def get(self, element_type: str) -> ElementList:
        """Every node of an ``at.<name>`` collection (``"button"``,
        ``"form_submit_button"``...) or of a node type (``"vega_lite_chart"``),
        in display order."""
        return self._tree.get(element_type)

    def get_by_key(self, key: str) -> Node:
        """The element, widget or container whose user key is ``key``:
        KeyError when none has it, AppTestError when several do."""
        return self._tree.get_by_key(key)

    def switch_page(self, page_path: str) -> "AppTest":
        """Show the page whose script is ``page_path`` (relative to the main
        script) from the next ``run()`` on; returns this AppTest."""
        main_dir = Path(self._script_path).parent
        full = main_dir / page_path
        if not full.is_file():
            raise ValueError(
                f"Could not find page {page_path!r} relative to the main script "
                f"{self._script_path!r}. Resolved page path: {str(full.resolve())!r}."
            )
        wanted = str(full.resolve())
        self._session.request_page(self._url_path_of(wanted))
        return self

    def _url_path_of(self, script: str) -> str:
        # The url path the session knows the page script under: the pages/
        # folder's naming, or the st.navigation registry of the last run.
        from ..navigation import pages_directory

        session = self._session
        if session.uses_pages_directory or not getattr(session, "nav_pages", None):
            if script == self._script_path:
                return ""
            for page in pages_directory(self._script_path):
                if str(Path(page.path).resolve()) == script:
                    return page.url_path
            return Path(script).stem
        known = []
        for page in session.nav_pages:
            source = page._page if isinstance(page._page, str) else None
            if source is not None:
                full = str((Path(self._script_path).parent / source).resolve())
                if full == script:
                    return page.url_path
                known.append(full)
            else:
                known.append(page.url_path)
        raise ValueError(
            f"Could not find a navigation page for {script!r}. "
            "AppTest.switch_page() matches registered script paths. "
            "If page registration depends on Session State, call "
            "AppTest.run() after updating the state and before switching. "
            f"Known pages: {known}."
        )

    def __repr__(self) -> str:
        return f"AppTest({self._script_path!r})"


def _collection(name: str) -> property:
    def get(self: AppTest) -> ElementList:
        return getattr(self._tree, name)

    get.__name__ = name
    get.__doc__ = f"Every ``{name}`` of the last run, in display order."
    return property(get)


# 1.67's AppTest lists each element type as a property (at.button,
# at.text...); collections of kinds stc lacks are simply empty.
for _name in COLLECTIONS:
    setattr(AppTest, _name, _collection(_name))
del _name


# Wrappers of the other element families register themselves.
def _load_families() -> None:
    import importlib
    import pkgutil

    from .. import testing

    for module in pkgutil.iter_modules(testing.__path__):
        if module.name.startswith("_"):
            importlib.import_module(f"{testing.__name__}.{module.name}")


_load_families()
