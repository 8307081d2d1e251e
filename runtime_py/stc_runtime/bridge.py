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

from .protocol import decode_to_worker, encode
from .runner import AppSession

_session: AppSession | None = None


def start(script_path: str, post: Callable[[str], Any], query_string: str = "") -> None:
    """Prepare the interpreter the way ``streamlit run`` does, then create the
    session. ``post`` sends one JSON message to the page; ``query_string`` is
    the page URL's query at boot (``Boot.query_string``)."""
    global _session
    from . import install_as_streamlit

    install_as_streamlit()
    script_path = os.path.abspath(script_path)
    app_root = os.path.dirname(script_path)
    os.chdir(app_root)
    if app_root not in sys.path:
        sys.path.insert(0, app_root)
    sys.argv = [script_path]
    _session = AppSession(script_path, lambda msg: post(encode(msg)), app_root=app_root, query_string=str(query_string or ""))


def handle(message_json: str) -> None:
    """Handle one message from the page (a JSON object)."""
    if _session is None:
        raise RuntimeError("bridge.start() was not called")
    _session.handle(decode_to_worker(json.loads(message_json)))  # type: ignore[arg-type]
