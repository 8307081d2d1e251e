"""The message protocol between the worker (runtime_py) and the page (runtime_js).

This module is the single source of truth for every message shape. The JS side
gets JSDoc typedefs generated from it (``protocol_js.py`` writes
``runtime_js/src/protocol.js``; a test regenerates and diffs), so the two sides
cannot drift apart. The element payloads a ``Delta`` carries are typed the
same way in the sibling package ``payloads`` (one dataclass per kind, and the
type of the value each widget sends back); this module re-exports its entry
points.

Rules (so that both sides read one shape, and an old page never misreads a
new worker):
- one frozen dataclass per message, tagged by its ``type`` field;
- the wire is JSON with snake_case keys everywhere;
- ``PROTOCOL_VERSION`` only ever grows and fields are only ever added. The
  worker announces it in ``Ready``; a page that expects another version reloads
  instead of failing deep in the renderer.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Literal, Optional, Union

from .payloads import ElementPayload, PayloadError, WidgetPayload, from_wire  # noqa: F401  (re-exported)

PROTOCOL_VERSION = 1

# ---------------------------------------------------------------------------
# constants both sides use (protocol.js gets them generated)
# ---------------------------------------------------------------------------

#: ``Delta.path[0]``: the main area, the sidebar, page settings
#: (``st.set_page_config``) and the open ``st.dialog`` (out of the flow of
#: the page, so it keeps its place whichever run draws it)
MAIN_ROOT = 0
SIDEBAR_ROOT = 1
PAGE_CONFIG_ROOT = 2
DIALOG_ROOT = 3
#: where the worker puts the app's files (the prerender names scripts as
#: the worker will, so widget ids match)
WORKER_APP_DIR = "/home/pyodide/app"
#: where the worker mounts the runtime archive before Python starts
WORKER_RUNTIME_ZIP = "/home/pyodide/.stc/stc_runtime.zip"
#: where the worker writes uploaded files for Python to read (once)
UPLOAD_DIR = "/tmp/stc-uploads"
#: the key of a prerendered ``Delta``'s binary attachments in the page's
#: HTML: base64 texts, since the page embeds JSON
PRERENDER_BUFFERS_KEY = "buffers_b64"

SHARED_CONSTANTS: tuple[tuple[str, Any, str], ...] = (
    ("MAIN_ROOT", MAIN_ROOT, "Delta.path[0] of the main area"),
    ("SIDEBAR_ROOT", SIDEBAR_ROOT, "Delta.path[0] of the sidebar"),
    ("PAGE_CONFIG_ROOT", PAGE_CONFIG_ROOT, "Delta.path[0] of page settings (st.set_page_config)"),
    ("DIALOG_ROOT", DIALOG_ROOT, "Delta.path[0] of the open st.dialog"),
    ("WORKER_APP_DIR", WORKER_APP_DIR, "where the worker puts the app's files"),
    ("WORKER_RUNTIME_ZIP", WORKER_RUNTIME_ZIP, "where the worker mounts the runtime archive"),
    ("UPLOAD_DIR", UPLOAD_DIR, "where the worker writes uploaded files for Python"),
    ("PRERENDER_BUFFERS_KEY", PRERENDER_BUFFERS_KEY, "a prerendered Delta's attachments, as base64 texts"),
)

# ---------------------------------------------------------------------------
# worker -> page
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BootProgress:
    """Sent by the worker while it boots, once per phase, so the page can say
    what it is waiting for instead of showing an endless spinner."""

    type: Literal["boot_progress"] = "boot_progress"
    #: short human-readable phase, e.g. "Loading Python", "Loading pandas"
    stage: str = ""


@dataclass(frozen=True)
class BootFailed:
    """Sent by the worker when it cannot boot (a file 404s, a package fails to
    load). The page shows ``message`` and offers a reload."""

    type: Literal["boot_failed"] = "boot_failed"
    message: str = ""


@dataclass(frozen=True)
class Ready:
    """Sent once, when the interpreter, packages, runtime and app files are in
    place and the worker accepts ``Rerun`` messages."""

    type: Literal["ready"] = "ready"
    protocol_version: int = PROTOCOL_VERSION
    #: whether Python was restored from the build's memory snapshot
    snapshot: bool = False
    #: when each boot step ended, in milliseconds since the Unix epoch
    #: (``performance.timeOrigin + performance.now()``: comparable across the
    #: page and the worker), for bench/boot.py and the browser console
    boot_phases: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class RunStarted:
    """A script run begins. Every ``Delta`` until the matching ``RunFinished``
    carries this ``run_id``."""

    type: Literal["run_started"] = "run_started"
    #: increases by one for each run of a session
    run_id: int = 0


@dataclass(frozen=True)
class Delta:
    """One element written by the script, sent as soon as it is written so a
    long script shows what it has produced so far.

    ``path`` addresses the element: ``[root, i, j, ...]`` where root 0 is the
    main area, 1 the sidebar, 2 page settings and 3 the open dialog, and each following index is the position in
    the enclosing container. A block element (columns, container, expander)
    at ``p`` holds its own children at ``p + [k]``.
    """

    type: Literal["delta"] = "delta"
    run_id: int = 0
    path: list[int] = field(default_factory=list)
    #: the wire form of one element payload (``payloads.<family>``: one
    #: dataclass per kind, ``ElementPayload`` in protocol.js); its ``kind``
    #: (``block:<block>`` for blocks) selects the renderer
    element: dict[str, Any] = field(default_factory=dict)
    #: binary attachments of ``element`` (tables: one per column, see
    #: elements/data.py), referred to from it by position
    #: (``{"buffer": i, ...}``). Not part of the JSON text: the worker posts
    #: them as ArrayBuffers beside it, transferred (never copied), and the
    #: page finds them in ``buffers``. Empty (the usual case): none.
    buffers: list[Any] = field(default_factory=list)


@dataclass(frozen=True)
class RunFinished:
    """The run ended. ``status``:
    - ``complete``: the script ran to its end;
    - ``stopped``: ``st.stop()`` ended it;
    - ``error``: an uncaught exception ended it (an ``exception`` element was
      sent where it happened);
    - ``rerun``: ``st.rerun()`` ended it and another run starts at once.
    The page drops elements this run did not write, except after ``rerun``.
    """

    type: Literal["run_finished"] = "run_finished"
    run_id: int = 0
    status: Literal["complete", "stopped", "error", "rerun"] = "complete"


@dataclass(frozen=True)
class QueryParamsChanged:
    """The app changed ``st.query_params``. Sent at once, during the run that
    made the change. The page puts ``query_string`` in its URL with
    ``history.replaceState`` (path and hash kept, no reload, no new history
    entry), so a reload or a shared link opens the app with them."""

    type: Literal["query_params_changed"] = "query_params_changed"
    #: URL-encoded, without the leading ``?``; empty: the URL has no query
    query_string: str = ""


@dataclass(frozen=True)
class Notice:
    """Something degraded without breaking the app, e.g. the cache fell back
    to memory because IndexedDB is unavailable, full or damaged. Sent by the
    worker (its cache store) once per distinct message, at any time; the page
    shows ``message`` in a small dismissible notice (the worker also logs it
    to the console)."""

    type: Literal["notice"] = "notice"
    message: str = ""


@dataclass(frozen=True)
class NavPage:
    """One page of a multipage app (not a message by itself)."""

    #: the page's URL pathname under the site's base; ``""``: the default page
    url_path: str = ""
    #: the label in the menu
    title: str = ""
    #: an emoji, ``":material/name:"`` or ``""`` (none)
    icon: str = ""
    #: the ``st.navigation`` section it is listed under; ``""``: none
    section: str = ""
    #: ``visibility="hidden"``: reachable, but not listed in the menu
    hidden: bool = False
    #: ``st.Page(help=)``: the item's tooltip in the menu; ``""``: none
    help: str = ""
    #: ``st.Page("https://...")``: the other site the item opens in a new
    #: tab; ``null``: a page of the app
    external_url: Optional[str] = None


@dataclass(frozen=True)
class Navigation:
    """The app's pages and the one this run shows. Sent during every run of
    a multipage app: at its start for a ``pages/`` app, when the entrypoint
    calls ``st.navigation`` otherwise (single-page apps send it only to say
    a page was not found). The page draws the menu and, when ``current``
    differs from its URL, puts ``current`` in the URL (``pushState``; a new
    history entry, so back returns to the page left)."""

    type: Literal["navigation"] = "navigation"
    #: every page of this run's navigation, in menu order
    pages: list[NavPage] = field(default_factory=list)
    #: ``"sidebar"``, ``"top"`` or ``"hidden"`` (no menu)
    position: Literal["sidebar", "top", "hidden"] = "sidebar"
    #: URL pathname of the page this run shows
    current: str = ""
    #: the shown page's title (the browser tab's, unless st.set_page_config
    #: sets one) and icon (its favicon, likewise)
    title: str = ""
    icon: str = ""
    #: the pathname the visitor asked for when it matched no page (the page
    #: shows "Page not found"); ``null``: it was found
    not_found: Optional[str] = None
    #: the query string the page's URL carries after a page switch
    #: (``st.switch_page(query_params=...)``), without ``?``
    query_string: str = ""
    #: ``st.navigation(expanded=True)``: the sidebar menu always lists every page
    expanded: bool = False
    #: ``st.navigation(expanded=<int>)``: how many pages a collapsed sidebar
    #: menu lists (it collapses from that many plus three); ``null``: 10
    visible_items: Optional[int] = None



ToMain = Union[BootProgress, BootFailed, Ready, RunStarted, Delta, RunFinished, QueryParamsChanged, Notice, Navigation]

# ---------------------------------------------------------------------------
# page -> worker
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class WidgetChange:
    """One widget value set by the visitor (not a message by itself).
    A file_uploader's value is ``{"files": [{file_id, name, type, size,
    data?|path?}]}``, every file the widget holds in order: the page puts a
    newly chosen file's bytes in ``data`` (an ArrayBuffer, transferred with
    the message, never JSON); the worker writes them to
    ``/tmp/stc-uploads/<file_id>`` and sends Python ``path`` instead (Python
    reads the file once, then deletes it). Files the app already holds carry
    neither; removing a file sends the list without it."""

    #: the id the widget's ``Delta`` carried
    id: str = ""
    #: the new value in the widget's wire form (``True`` for a button click;
    #: file_uploader: see above)
    value: Any = None


@dataclass(frozen=True)
class Rerun:
    """Ask for a run. Sent once after boot with no changes, then after every
    interaction. Changes sent while a run is in progress are applied in order
    before the next run (the page may batch several into one message)."""

    type: Literal["rerun"] = "rerun"
    changes: list[WidgetChange] = field(default_factory=list)
    #: the page URL's query string (no leading ``?``) when it changed
    #: without the app (back/forward); absent or ``null``: unchanged
    query_string: Optional[str] = None
    #: URL pathname of the page the visitor asked for (the URL at boot,
    #: the menu, ``st.page_link``, back/forward); ``""``: the default page;
    #: absent or ``null``: stay on the current page
    page: Optional[str] = None


@dataclass(frozen=True)
class StoreChanges:
    """Changes of widgets drawn with ``on_change="ignore"`` (their payload
    says ``quiet``): the worker stores them, so that ``st.session_state``
    and the next run see them, without running the script; a widget bound
    to the URL (``bind="query-params"``) updates its query parameter at once
    (``QueryParamsChanged``). Streamlit holds such changes in the browser
    until something else reruns; held by the worker instead, they are lost
    on a reload all the same, unless the widget is bound to the URL."""

    type: Literal["store_changes"] = "store_changes"
    changes: list[WidgetChange] = field(default_factory=list)


@dataclass(frozen=True)
class Boot:
    """The page's first message to the worker: what to load. Handled by the
    worker script itself (Python is not running yet). All URLs are absolute,
    resolved by the page against its own base URL, so the site works under
    any path prefix."""

    type: Literal["boot"] = "boot"
    #: folder holding pyodide.mjs, the lock and the package files
    pyodide_url: str = ""
    #: Pyodide package names to load while the interpreter starts
    packages: list[str] = field(default_factory=list)
    #: zip archive of the stc_runtime package
    runtime_url: str = ""
    #: gzip-compressed Pyodide memory snapshot with the runtime imported
    #: (compiler/stc/snapshot.py); empty: start Python from scratch
    snapshot_url: str = ""
    #: folder URL of the app's files
    app_url: str = ""
    #: every app file, relative to the app folder, "/"-separated
    app_files: list[str] = field(default_factory=list)
    #: the entrypoint, relative to the app folder
    entrypoint: str = ""
    #: the page URL's query string at boot, without the leading ``?``
    #: (``st.query_params`` of the first run); empty: none
    query_string: str = ""
    #: fingerprint of what makes stored st.cache_data entries wrong after a
    #: redeploy (app data files, Pyodide and package versions, the runtime),
    #: computed by the build; part of every stored entry's key. Empty: none
    cache_version: str = ""
    #: test-only switches of the worker's cache store (see
    #: runtime_js/src/cache_store.js), from localStorage["stc-cache-test"];
    #: empty in normal use
    cache_test_mode: str = ""


@dataclass(frozen=True)
class ClearCaches:
    """The visitor chose "Clear cache" in the app menu or pressed C outside
    an input. The worker empties st.cache_data and st.cache_resource (memory
    and the browser's store), then runs the script again, as a ``Rerun``
    without changes would."""

    type: Literal["clear_caches"] = "clear_caches"


@dataclass(frozen=True)
class ClientContext:
    """What the browser tells about itself (``st.context``), sent by the
    page once it starts and again when one of these facts changes (the
    visitor's colour scheme). The worker keeps the newest and hands it to
    Python before the next run; a run never waits for it."""

    type: Literal["client_context"] = "client_context"
    #: the site's root URL as the visitor opened it: scheme, host, port and
    #: path of the entrypoint page, no query string, fragment or page path
    #: (``st.context.url`` adds the page shown)
    url: str = ""
    #: the browser's language (``navigator.language``, e.g. ``"en-US"``)
    locale: str = ""
    #: the IANA time zone (``"Europe/Berlin"``)
    timezone: str = ""
    #: minutes to add to local time to get UTC (``Date#getTimezoneOffset``)
    timezone_offset: int = 0
    #: the colour scheme the page is drawn in: ``"light"`` or ``"dark"``
    theme: str = "light"
    #: the page's cookies (``document.cookie``), decoded, by name
    cookies: dict[str, str] = field(default_factory=dict)
    #: the page runs inside a frame, or its URL has ``embed=true``
    is_embedded: bool = False


ToWorker = Union[Boot, Rerun, StoreChanges, ClearCaches, ClientContext]

# ---------------------------------------------------------------------------
# encoding
# ---------------------------------------------------------------------------


def encode(msg: ToMain) -> str:
    """The JSON text of a message; ``Delta.buffers`` are left out (they
    travel beside it, see ``binary_attachments``)."""
    if isinstance(msg, Delta):
        data = dataclasses.asdict(dataclasses.replace(msg, buffers=[]))
        del data["buffers"]
        return json.dumps(data, separators=(",", ":"), allow_nan=False)
    return json.dumps(dataclasses.asdict(msg), separators=(",", ":"), allow_nan=False)


def binary_attachments(msg: ToMain) -> list[Any]:
    """The buffers (memoryviews) that travel beside ``encode(msg)``."""
    return list(msg.buffers) if isinstance(msg, Delta) else []


def decode_to_worker(data: dict[str, Any]) -> ToWorker:
    """Turn a page message (already a plain dict) into its dataclass."""
    kind = data.get("type")
    if kind == "rerun":
        changes = [WidgetChange(id=c["id"], value=c.get("value")) for c in data.get("changes", [])]
        query_string = data.get("query_string")
        page = data.get("page")
        return Rerun(changes=changes, query_string=query_string if isinstance(query_string, str) else None,
                     page=page if isinstance(page, str) else None)
    if kind == "store_changes":
        return StoreChanges(changes=[WidgetChange(id=c["id"], value=c.get("value")) for c in data.get("changes", [])])
    if kind == "clear_caches":
        return ClearCaches()
    if kind == "client_context":
        cookies = data.get("cookies")
        offset = data.get("timezone_offset")
        return ClientContext(
            url=str(data.get("url") or ""), locale=str(data.get("locale") or ""),
            timezone=str(data.get("timezone") or ""),
            timezone_offset=offset if isinstance(offset, int) and not isinstance(offset, bool) else 0,
            theme="dark" if data.get("theme") == "dark" else "light",
            cookies={str(k): str(v) for k, v in cookies.items()} if isinstance(cookies, dict) else {},
            is_embedded=data.get("is_embedded") is True)
    raise ValueError(f"unknown message type from page: {kind!r}")
