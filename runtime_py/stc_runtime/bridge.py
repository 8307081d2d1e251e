"""The only module that runs inside the browser worker and knows about it.

The worker script (runtime_js/src/worker.js) calls ``start()`` once and then
``handle()`` for every message from the page. Values are converted at this
edge (JSON text in, JSON text out), so no JS proxy outlives a call and
everything behind this module is plain Python that CPython tests exercise.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any, Callable

from .protocol import ClearCaches, ClientContext, StoreChanges, binary_attachments, decode_to_worker, encode
from .runner import AppSession

_session: AppSession | None = None


def start(script_path: str, post: Callable[[str], Any], query_string: str = "") -> None:
    """Prepare the interpreter the way ``streamlit run`` does, then create the
    session. ``post`` sends one JSON message to the page; ``query_string`` is
    the page URL's query at boot (``Boot.query_string``)."""
    global _session
    from . import install_as_streamlit

    install_as_streamlit()
    # A memory snapshot (prepare_snapshot) freezes the state of `random`,
    # which every visitor would then share: draw a fresh seed per visit.
    if "random" in sys.modules:
        sys.modules["random"].seed()
    # matplotlib draws off screen in the worker (st.pyplot shows PNGs); its
    # Pyodide default would be a DOM backend, and a worker has no DOM.
    os.environ["MPLBACKEND"] = "Agg"
    script_path = os.path.abspath(script_path)
    app_root = os.path.dirname(script_path)
    os.chdir(app_root)
    if app_root not in sys.path:
        sys.path.insert(0, app_root)
    sys.argv = [script_path]
    _session = AppSession(script_path, lambda msg: _post(post, msg), app_root=app_root, query_string=str(query_string or ""))


def prepare_snapshot() -> None:
    """Import everything a run may need, then tidy up, before the build takes
    a memory snapshot of the interpreter (compiler/stc/snapshot.py). The
    worker restores the snapshot instead of starting Python and compiling
    the runtime on every visit, so what is imported here costs the visitor
    nothing; the element families that ``import streamlit`` leaves to first
    use (elements/_index.py) are therefore imported too. Nothing here may
    hold a JS object or depend on the app: the snapshot is shared by every
    app built with this runtime and Pyodide."""
    import gc
    import importlib
    import pkgutil

    import stc_runtime

    from . import install_as_streamlit

    install_as_streamlit()
    # Not pkgutil.walk_packages: it imports every package it walks into, and
    # AppTest (stc_runtime.testing) is for CPython test runs, never a site.
    packages = [stc_runtime]
    while packages:
        package = packages.pop()
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            if info.name != "stc_runtime.testing":
                module = importlib.import_module(info.name)
                if info.ispkg:
                    packages.append(module)
    # Bind what `st.<name>` resolves lazily (stc_runtime.__getattr__).
    for name in (*stc_runtime._LAZY, *stc_runtime.elements._index.INDEX):
        getattr(stc_runtime, name)
    # Emscripten's record of how the program was started: nothing an app
    # needs, and it is the build's, not the visitor's.
    os.environ.pop("_", None)
    gc.collect()


def _post(post: Callable[..., Any], msg: Any) -> None:
    """Send one message: its JSON text and, for a Delta with binary
    attachments, a JS array of Uint8Arrays beside it (``to_js`` copies each
    memoryview out of the Python heap; worker.js transfers them)."""
    buffers = binary_attachments(msg)
    if not buffers:
        post(encode(msg))
        return
    from pyodide.ffi import to_js

    post(encode(msg), to_js([to_js(b) for b in buffers]))


def handle(message_json: str) -> None:
    """Handle one message from the page (a JSON object)."""
    if _session is None:
        raise RuntimeError("bridge.start() was not called")
    message = decode_to_worker(json.loads(message_json))
    if isinstance(message, ClientContext):
        # What st.context reads from the next run on (context_proxy.py).
        _session.client_context = message  # type: ignore[attr-defined]
        return
    if isinstance(message, StoreChanges):
        _session.store_changes(message)  # type: ignore[attr-defined]
        return
    if isinstance(message, ClearCaches):
        from .caching import clear_all

        clear_all()  # the worker reruns the script next
        return
    _session.handle(message)  # type: ignore[arg-type]


def enable_cache_store(js_store: Any) -> None:
    """Keep ``st.cache_data`` entries in the browser (``js_store`` is the
    worker's CacheStore, runtime_js/src/cache_store.js; the contract is
    caching/persist.py). A read blocks on IndexedDB through JSPI when the run
    was entered with ``callPromising``; otherwise it takes what the store
    fetched before the run. Writes are handed over and not waited for."""
    from pyodide.ffi import can_run_sync, run_sync, to_js

    from . import persistence

    class BrowserStore:
        fingerprint = str(js_store.fingerprint)

        def read(self, key: str) -> bytes | None:
            try:
                data = run_sync(js_store.get(key)) if can_run_sync() else js_store.takePrefetched(key)
                return None if data is None else data.to_bytes()
            except Exception as exc:  # noqa: BLE001 - a failed read is a miss
                js_store.problem(f"A cached result could not be read from this browser ({exc}); it was computed again.")
                return None

        def write(self, key: str, data: bytes, meta: dict) -> None:
            js_store.put(key, to_js(data), json.dumps(meta))

        def delete(self, key: str) -> None:
            js_store.delete(key)

        def delete_function(self, fn: str) -> None:
            js_store.deleteFunction(fn)

        def clear(self) -> None:
            js_store.clear()

        def problem(self, message: str) -> None:
            js_store.problem(message)

    persistence.install(BrowserStore())
