"""The state of the run in progress: where the next element goes, which widgets
were drawn, which blocks are open, and where messages are sent.

There is one `RunContext` per script run; `current()` returns it. Element
functions only ever talk to the run through it, which is what lets the same
code run in the worker, in the build-time prerender and in AppTest. What
lives as long as the session (session state, config, the app's folder) is
read from ``session``, never copied here.

Every element reaches the page through ``RunContext.write``: it keeps the
record of the blocks this run wrote (forms, dialogs and columns check their
nesting rules against it) and stamps widgets inside a form with the form's
id, whatever wrote the element (a family module, a spinner finishing, a
cached function replaying what it drew).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator

from .errors import StreamlitAPIException
from .payloads import ElementPayload
from .protocol import Delta

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator
    from .runner import AppSession
    from .state import SessionState


@dataclass
class DialogDrawn:
    """The dialog a run has drawn (at most one per run)."""

    #: (module, qualified name) of the dialog function
    name: tuple[str, str]
    #: drawn again because the visitor used a widget in it (not by the script)
    kept_open: bool


@dataclass
class RunContext:
    run_id: int
    session: "AppSession"
    emit: Callable[[Delta], None]
    #: absolute path of the script file running now: the entrypoint, or the
    #: page file ``st.navigation`` / a ``pages/`` app runs
    script_path: str
    #: URL pathname of the callable page ``st.navigation`` runs now (a
    #: function has no file of its own, so its URL names it); None: none
    callable_page: str | None = None
    #: next free index of each container, by container path
    cursors: dict[tuple[int, ...], int] = field(default_factory=dict)
    #: widget ids drawn in this run, in order
    widget_ids: list[str] = field(default_factory=list)
    #: user keys of the widgets drawn in this run
    widget_keys: set[str] = field(default_factory=set)
    #: the form each widget drawn in this run is in (None: none), by id,
    #: decided once when the widget registers
    widget_forms: dict[str, str | None] = field(default_factory=dict)
    #: widgets drawn this run with ``on_change="ignore"`` (outside forms)
    widget_quiet: set[str] = field(default_factory=set)
    #: payloads of the blocks this run wrote, by path
    blocks: dict[tuple[int, ...], Any] = field(default_factory=dict)
    #: the ``with`` blocks entered and not yet left, innermost last
    with_stack: list["DeltaGenerator"] = field(default_factory=list)
    #: ``st.form`` keys used in this run
    form_keys: set[str] = field(default_factory=set)
    #: ``st.empty`` slots written in this run, by path
    slots_written: set[tuple[int, ...]] = field(default_factory=set)
    #: how ``.add_rows()`` appends to the element at a path (tables, charts)
    add_rows: dict[tuple[int, ...], Callable[[Any], None]] = field(default_factory=dict)
    #: the dialog drawn in this run, if any
    dialog: DialogDrawn | None = None
    #: set while a dialog function runs: how to draw that dialog again
    drawing_dialog: Callable[[], None] | None = None
    #: True while a widget's callback runs (``st.rerun`` with a fragment key
    #: is allowed only there); the runner sets it around the callbacks
    in_callback: bool = False
    #: ``st.set_page_config`` settings made in this run so far (None-valued
    #: arguments keep them, as 1.67's calls add up)
    page_config: dict[str, Any] = field(default_factory=dict)

    @property
    def session_state(self) -> "SessionState":
        return self.session.state

    @property
    def app_root(self) -> str:
        """Folder of the app; tracebacks are trimmed to files under it."""
        return self.session.app_root

    def widget_source(self) -> str:
        """What names the script that draws a widget, as part of its
        identity: the script's path relative to the app's folder ("/"
        separated), so the same app gives the same ids wherever it runs (the
        worker's folder, the build machine's, a test's), plus the page's URL
        for a callable page."""
        source = os.path.relpath(self.script_path, self.app_root).replace(os.sep, "/")
        return source if self.callable_page is None else f"{source}#page={self.callable_page}"

    @contextlib.contextmanager
    def running_page(self, script_path: str, callable_page: str | None = None) -> Iterator[None]:
        """While a page of ``st.navigation`` runs: its file (or, for a
        function, the entrypoint's file and the page's URL)."""
        outer = (self.script_path, self.callable_page)
        self.script_path, self.callable_page = script_path, callable_page
        try:
            yield
        finally:
            self.script_path, self.callable_page = outer

    def next_path(self, container: tuple[int, ...]) -> tuple[int, ...]:
        index = self.cursors.get(container, 0)
        self.cursors[container] = index + 1
        return container + (index,)

    def enclosing_blocks(self, container: tuple[int, ...]) -> list[Any]:
        """Payloads of the blocks this run wrote around ``container`` (the
        container itself included), outermost first."""
        return [self.blocks[container[:i]] for i in range(2, len(container) + 1) if container[:i] in self.blocks]

    def write(self, path: tuple[int, ...], element: Any, buffers: list[Any] | None = None, *,
              emit: Callable[[Delta], None] | None = None) -> None:
        """Send ``element`` to the page at ``path`` (a new element, or one
        written again in place). The only way an element reaches the page.
        ``emit``: send past the taps on ``self.emit`` (a cached function's
        recorder uses it for what must not be recorded)."""
        if isinstance(element, ElementPayload):
            element = element.wire()
        wid = element.get("id") if element.get("kind") != "block" else None
        form_id = self.widget_forms.get(wid) if isinstance(wid, str) else None
        if form_id is not None:
            # Widgets carry their form: the page holds their changes back
            # until the form is submitted.
            element = {**element, "form_id": form_id}
            shown = self.session_state.value_shown_after_submit(wid)
            if shown is not None:
                # A changed payload makes the page reset what the visitor
                # typed, even when the default equals the last run's value.
                element.update(value=shown[0], cleared_in_run=self.run_id)
        if element.get("id") in self.widget_quiet:  # widgets and stateful blocks (tabs, expanders)
            element = {**element, "quiet": True}
        if element.get("kind") == "block":
            self.blocks[path] = element
        else:
            self.blocks.pop(path, None)
        (emit or self.emit)(Delta(run_id=self.run_id, path=list(path), element=element, buffers=list(buffers or [])))


_current: RunContext | None = None


def current() -> RunContext:
    if _current is None:
        raise StreamlitAPIException(
            "Streamlit commands can only be used while the app script runs."
        )
    return _current


def activate(ctx: RunContext | None) -> None:
    global _current
    _current = ctx
