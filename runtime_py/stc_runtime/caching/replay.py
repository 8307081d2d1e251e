"""Replay of the elements a cached function writes (Streamlit replays
static elements too): recorded while the function runs on a miss, written
again, at the caller's position, on every hit.

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

A ``Record`` holds the ref, the element, its binary attachments (a table's
columns) and, for widgets replayed with ``experimental_allow_widgets``, the
widget's metadata. Records without widgets are what ``cache_data`` entries
persist (``persist.py`` writes ``to_json`` and the buffers).

Records read back from the browser are untrusted (see codec.py):
``from_stored`` accepts only refs the recorder writes and elements that
``check_stored_element`` passes, so a crafted or damaged entry is computed
again instead of drawing what it likes (or breaking every run).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from .. import run_context, delta_generator, payloads
from ..delta_generator import MAIN_ROOT, SIDEBAR_ROOT, DeltaGenerator
from ..payloads.status import AlertElement
from ..protocol import Delta
from .errors import CACHED_WIDGET_WARNING, CacheReplayClosureError


@dataclass(frozen=True)
class Record:
    """One delta a cached function wrote, relative to where it was called."""

    #: ``["main"]``, ``["sidebar"]``, ``["in", j]``, ``["update", j]``,
    #: ``["at", path]`` or ``["outside"]`` (see above)
    ref: list[Any]
    element: dict[str, Any]
    #: the delta's binary attachments (``Delta.buffers``), copied
    buffers: tuple[bytes, ...] = ()
    #: the widget's ``state.WidgetMeta`` (never leaves the process)
    widget: Any = None

    def to_json(self) -> list[Any]:
        return [self.ref, self.element]


# Flags that let an element run script in the page: an html element's
# scripts, Markdown's raw HTML (its event handlers run: it is not
# sanitized). Only an app's own run may set them, never a stored entry.
_SCRIPT_FLAGS = ("unsafe_allow_javascript", "unsafe_allow_html")
# Deeper payloads are refused: reading one must not exhaust the stack.
_MAX_DEPTH = 64


def check_stored_element(element: Any) -> str | None:
    """Why an element read from storage must not be drawn, or None.

    It must read back into its payload class (a kind the runtime writes,
    every field of its type, none the class lacks), be no widget (widgets
    never persist), and enable no script: a flag that does is present only
    as exactly ``False`` (the page tests JavaScript truthiness)."""
    if _depth(element) > _MAX_DEPTH:
        kind = element.get("kind") if isinstance(element, dict) else None
        return f"{kind} nested too deeply"
    try:
        payload = payloads.from_wire(element)
    except payloads.PayloadError as exc:
        return str(exc)
    if isinstance(payload, payloads.WidgetPayload):
        return "a widget"
    for flag in _SCRIPT_FLAGS:
        if getattr(payload, flag, False) is not False:
            return f"{payload.KIND} with {flag}"
    return None


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > _MAX_DEPTH:
            break
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest


def storable(records: list[Record]) -> bool:
    """Whether records may be written to the browser: no widgets (their
    metadata holds callbacks), nothing that cannot replay, and nothing that
    ``check_stored_element`` would refuse on the way back (an app that
    writes script-enabling HTML in a cached function keeps that entry in
    memory, rather than storing one every visit that is refused)."""
    return all(r.widget is None and r.ref[0] != "outside" and check_stored_element(r.element) is None
               for r in records)


def from_stored(raw: Any, buffers: list[bytes]) -> list[Record]:
    """Records from a stored entry's JSON (``to_json`` of each) and their
    attachments (``buffers[i]`` belongs to record ``i``). Raises ValueError
    naming the first thing wrong."""
    if not isinstance(raw, list) or len(raw) != len(buffers):
        raise ValueError("malformed element list")
    records: list[Record] = []
    for i, item in enumerate(raw):
        if not isinstance(item, list) or len(item) != 2:
            raise ValueError("malformed element record")
        ref, element = item
        _check_ref(ref, records)
        problem = check_stored_element(element)
        if problem is not None:
            raise ValueError(problem)
        records.append(Record(ref, element, tuple(buffers[i])))
    return records


def _check_ref(ref: Any, earlier: list[Record]) -> None:
    # The refs Recorder._ref writes: "in" and "update" point back at a record
    # already replayed ("in": one that created a block).
    ok = isinstance(ref, list) and bool(ref) and (
        ref in (["main"], ["sidebar"])
        or (len(ref) == 2 and ref[0] in ("in", "update") and type(ref[1]) is int and 0 <= ref[1] < len(earlier)
            and (ref[0] == "update" or earlier[ref[1]].element.get("kind") == "block"))
        or (len(ref) == 2 and ref[0] == "at" and isinstance(ref[1], list) and len(ref[1]) == 2
            and all(type(x) is int and x >= 0 for x in ref[1]) and ref[1][0] not in (MAIN_ROOT, SIDEBAR_ROOT))
    )
    if not ok:
        raise ValueError(f"malformed element reference {ref!r}")


class Recorder:
    """Records the deltas of one cached-function call (nested calls each
    have their own recorder; inner ones pass what they see outward)."""

    def __init__(self, ctx: run_context.RunContext, *, allow_widgets: bool) -> None:
        self.ctx = ctx
        self.allow_widgets = allow_widgets
        self.messages: list[Record] = []
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
        # Copies: a table's buffers may view the caller's arrays.
        self.messages.append(Record(ref, element, tuple(bytes(b) for b in msg.buffers), meta))

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
        warning = AlertElement(variant="warning", body=CACHED_WIDGET_WARNING)
        # Straight to the page: a warning about this miss is not replayed.
        assert self._emit is not None
        ctx.write(ctx.next_path(container), warning, emit=self._emit)


def replay(messages: list[Record], *, decorator: str, func: Callable[..., Any]) -> None:
    """Write recorded elements again, at the caller's position."""
    ctx = run_context._current
    if ctx is None or not messages:
        return
    paths: list[tuple[int, ...]] = []
    for record in messages:
        ref, element, buffers = record.ref, record.element, list(record.buffers)
        if record.widget is not None:
            _register_widget(ctx, record.widget)
        kind = ref[0]
        if kind == "main":
            path = delta_generator.main._write(element, buffers)
        elif kind == "sidebar":
            path = delta_generator.sidebar._write(element, buffers)
        elif kind == "in":
            path = DeltaGenerator(paths[ref[1]])._write(element, buffers)
        elif kind == "update":
            path = paths[ref[1]]
            ctx.write(path, element, buffers)
        elif kind == "at":
            path = tuple(ref[1])
            ctx.write(path, element, buffers)
        else:
            raise CacheReplayClosureError(decorator, func)
        paths.append(path)


def _register_widget(ctx: run_context.RunContext, meta: Any) -> None:
    # A widget replayed from the cache is drawn in this run like any other
    # (its value kept, its key usable through st.session_state).
    ctx.widget_ids.append(meta.id)
    if meta.user_key is not None:
        ctx.widget_keys.add(meta.user_key)
    ctx.session_state.register_widget(meta)


def widget_values(ctx: run_context.RunContext | None, widget_ids: list[str]) -> list[tuple[str, Any]]:
    """The current values of widgets a cached function drew, which act as
    extra arguments (Streamlit's docs: "Streamlit treats the slider like an
    additional input parameter"). Widgets without a value yet are left out."""
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
