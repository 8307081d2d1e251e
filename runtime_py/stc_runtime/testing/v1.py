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

from ..protocol import Rerun, WidgetChange
from ..runner import AppSession
from ..state import SessionStateProxy
from ._page import PageModel
from ._tree import _KIND_CLASSES, _UNSET, Block, Element, ElementList, Node, Widget  # noqa: F401  (families' base classes)

__all__ = ["AppTest", "AppTestError"]


class AppTestError(Exception):
    """An AppTest action that cannot apply (as 1.67's
    ``streamlit.testing.v1.errors.AppTestError``)."""

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

    def _rebuild_tree(self) -> None:
        # The tree is what the page shows after these messages (its rules:
        # testing/_page.py), as AppTest nodes.
        for msg in self._messages:
            self._page.apply(msg)
        root = Block((), {"kind": "root"}, self)
        nodes: dict[tuple[int, ...], Node] = {(): root}
        for root_id in sorted(self._page.roots):
            nodes[(root_id,)] = root.children[root_id] = Block((root_id,), {"kind": "block", "block": "root"}, self)
        for path, page_node in self._page.walk():
            kind = page_node.kind
            cls = _KIND_CLASSES.get(kind, Block if kind.startswith("block:") else Element)
            node: Node = cls(path, page_node.element or {}, self)
            node.buffers = page_node.buffers
            nodes[path] = nodes[path[:-1]].children[path[-1]] = node
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

    def get(self, element_type: str) -> ElementList:
        """Every element of ``element_type`` (an ``at.<name>`` collection
        name such as ``"button"``, or an element kind), in display order."""
        by_name = getattr(self._root, element_type)
        return by_name if len(by_name) else self._root.get(element_type)

    def get_by_key(self, key: str) -> Node:
        """The element, widget or container whose user key is ``key``:
        KeyError when none has it, AppTestError when several do."""
        found = [n for n in self._root.walk() if getattr(n, "key", None) == key]
        if not found:
            raise KeyError(key)
        if len(found) > 1:
            raise AppTestError(
                f"Multiple elements have key {key!r}. "
                "Scope the query to a container or use a typed collection."
            )
        return found[0]

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
        return getattr(self._root, name)

    get.__name__ = name
    get.__doc__ = f"Every ``{name}`` of the last run, in display order (an ElementList)."
    return property(get)


# 1.67's AppTest lists each element type as a property (at.button,
# at.text...); collections of kinds stc lacks are simply empty.
for _name in (
    "audio_input", "button", "button_group", "camera_input", "caption", "chat_input", "chat_message", "checkbox",
    "code", "color_picker", "columns", "container", "data_editor", "dataframe", "date_input", "datetime_input",
    "divider", "download_button", "error", "exception", "expander", "feedback", "file_uploader", "form",
    "form_submit_button", "grid", "header", "help", "html", "image", "info", "json", "latex", "link_button",
    "markdown", "menu_button", "metric", "multiselect", "number_input", "page_link", "pagination", "pills",
    "progress", "radio", "segmented_control", "select_slider", "selectbox", "slider", "space", "status",
    "subheader", "success", "table", "tabs", "text", "text_area", "text_input", "time_input", "title", "toast",
    "toggle", "warning",
):
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
