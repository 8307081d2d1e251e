"""Replay of the elements a cached function writes (the seed's "Static
elements"): recorded while the function runs on a miss, written again, at the
caller's position, on every hit.

A run writes elements as ``Delta(path, element)``. While a cached function
runs, a ``Recorder`` sits in front of the run's ``emit`` and notes each delta
relative to where the function was called, not by absolute path:

    ["main"]           appended to the container ``st.*`` writes to at the
                       call (the main area, or the innermost ``with`` block)
    ["sidebar"]        appended to the sidebar
    ["in", j]          appended to the block that recorded message j created
    ["update", j]      rewrites what recorded message j wrote (a progress
                       bar advancing, an ``st.empty`` refilled)
    ["at", path]       written at a fixed path (``st.set_page_config``)
    ["outside"]        written into a block created outside the function: it
                       cannot be replayed (``CacheReplayClosureError`` on a
                       hit, as in Streamlit)

Records are JSON (``[ref, element]``, plus the widget's metadata for widgets
replayed with ``experimental_allow_widgets``), so ``cache_data`` entries
persist with their elements.
"""

from __future__ import annotations

from typing import Any, Callable

from .. import context, delta_generator
from ..delta_generator import MAIN_ROOT, SIDEBAR_ROOT, DeltaGenerator
from ..protocol import Delta
from .errors import CACHED_WIDGET_WARNING, CacheReplayClosureError


class Recorder:
    """Records the deltas of one cached-function call (nested calls each
    have their own recorder; inner ones pass what they see outward)."""

    def __init__(self, ctx: context.RunContext, *, allow_widgets: bool) -> None:
        self.ctx = ctx
        self.allow_widgets = allow_widgets
        self.messages: list[list[Any]] = []
        #: widget ids drawn during the call (their values join the cache key)
        self.widget_ids: list[str] = []
        #: recorded path -> index of the message that last wrote it
        self._by_path: dict[tuple[int, ...], int] = {}
        self._main = delta_generator.main._target()
        self._cursors = dict(ctx.cursors)
        self._first_widget = len(ctx.widget_ids)
        self._warned = False
        self._emit: Callable[[Any], None] | None = None

    def __enter__(self) -> "Recorder":
        self._emit = self.ctx.emit
        self.ctx.emit = self._record
        return self

    def __exit__(self, *exc: Any) -> None:
        self.ctx.emit = self._emit  # type: ignore[assignment]

    def _record(self, msg: Any) -> None:
        assert self._emit is not None
        self._emit(msg)
        if not isinstance(msg, Delta):
            return
        path = tuple(msg.path)
        element = msg.element
        wid = element.get("id")
        meta = None
        if wid is not None and wid in self.ctx.widget_ids[self._first_widget:]:
            if not self.allow_widgets:
                # Drawn now, on the miss, but never replayed.
                self._warn_widget(path)
                return
            meta = self.ctx.session_state.widget_meta(wid)
            self.widget_ids.append(wid)
        ref = self._ref(path)
        self._by_path[path] = len(self.messages)
        self.messages.append([ref, element] if meta is None else [ref, element, meta])

    def _ref(self, path: tuple[int, ...]) -> list[Any]:
        if path in self._by_path:
            return ["update", self._by_path[path]]
        if path == self._main:
            return ["main"]  # called inside ``with st.empty():``, which writes over itself
        container = path[:-1]
        if container in self._by_path:
            return ["in", self._by_path[container]]
        if len(container) == 1 and container[0] not in (MAIN_ROOT, SIDEBAR_ROOT):
            return ["at", list(path)]
        # Appended (not an element that existed before the call)?
        fresh = path[-1] >= self._cursors.get(container, 0)
        if fresh and container == self._main:
            return ["main"]
        if fresh and container == (SIDEBAR_ROOT,):
            return ["sidebar"]
        return ["outside"]

    def _warn_widget(self, path: tuple[int, ...]) -> None:
        if self._warned:
            return
        self._warned = True
        ctx = self.ctx
        container = path[:-1]
        warning = {"kind": "alert", "variant": "warning", "icon": None, "body": CACHED_WIDGET_WARNING}
        # Straight to the page: a warning about this miss is not replayed.
        assert self._emit is not None
        self._emit(Delta(run_id=ctx.run_id, path=list(ctx.next_path(container)), element=warning))

    def persistable(self) -> bool:
        """Widget metadata (callbacks...) cannot leave the process."""
        return not self.widget_ids


def replay(messages: list[list[Any]], *, decorator: str, func: Callable[..., Any]) -> None:
    """Write recorded elements again, at the caller's position."""
    ctx = context._current
    if ctx is None or not messages:
        return
    paths: list[tuple[int, ...]] = []
    for record in messages:
        ref, element = record[0], record[1]
        if len(record) > 2:
            _register_widget(ctx, record[2])
        kind = ref[0]
        if kind == "main":
            path = delta_generator.main._write(element)
        elif kind == "sidebar":
            path = delta_generator.sidebar._write(element)
        elif kind == "in":
            path = DeltaGenerator(paths[ref[1]])._write(element)
        elif kind == "update":
            path = paths[ref[1]]
            ctx.write(path, element)
        elif kind == "at":
            path = tuple(ref[1])
            ctx.write(path, element)
        else:
            raise CacheReplayClosureError(decorator, func)
        paths.append(path)


def _register_widget(ctx: context.RunContext, meta: Any) -> None:
    # A widget replayed from the cache is drawn in this run like any other
    # (its value kept, its key usable through st.session_state).
    ctx.widget_ids.append(meta.id)
    if meta.user_key is not None:
        ctx.widget_keys.add(meta.user_key)
    ctx.session_state.register_widget(meta)


def widget_values(ctx: context.RunContext | None, widget_ids: list[str]) -> list[tuple[str, Any]]:
    """The current values of widgets a cached function drew, which act as
    extra arguments (seed: "Streamlit treats the slider like an additional
    input parameter"). Widgets without a value yet are left out."""
    if ctx is None:
        return []
    state = ctx.session_state
    values = []
    missing = object()
    for wid in sorted(set(widget_ids)):
        # The value the visitor set for this run, before the widget is drawn.
        value = state.stored_widget_value(wid, missing)
        if value is not missing:
            values.append((wid, value))
    return values
