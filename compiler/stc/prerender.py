"""Build stage: prerender each page's first run (issue 8, points 1-3).

Each page of the site is run once in CPython with ``stc_runtime`` -- the same
code the worker runs -- as the default session would see it on that page's
URL. The run's messages (``Navigation`` and the ``Delta``s) are embedded in
the page's HTML, and ``runtime_js/src/main.js`` draws them with the same
renderer before Python has started in the browser. The live first run then
patches that tree like any rerun: unchanged elements keep their nodes, and
its sweep removes whatever it did not write again.

Every page runs in a child process of its own (a fresh interpreter is a
fresh default session; a timeout stops an app that hangs; a crash cannot
take the build down), with the app's folder as its working directory, no
secrets and no network (a static site has neither).

A page is skipped, with a note naming why, when its run fails, times out,
shows a page other than the one asked for (``st.navigation`` pages the
default session cannot reach must not leak into the HTML), or when the page
or the entrypoint carries a ``# stc: no-prerender`` comment (output that
depends on time, randomness or anything the build machine has and the
browser does not).
"""

from __future__ import annotations

import base64
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import tokenize
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

#: where the worker puts the app's files (runtime_js/src/worker.js APP_DIR):
#: a widget's id hashes the path of the script that drew it, so the
#: prerender names the scripts as the worker will, and its widget ids are
#: the live ones (a click queued before the worker is ready finds its widget).
WORKER_APP_DIR = "/home/pyodide/app"
#: seconds one page may take
TIMEOUT = 30.0
_MARKER = re.compile(r"#\s*stc:\s*no-prerender\b")


@dataclass(frozen=True)
class Prerendered:
    url_path: str
    #: the messages to replay (JSON-ready dicts); ``None``: skipped
    messages: list[dict] | None
    #: why it was skipped ("" when it was not)
    reason: str = ""


def has_no_prerender_marker(path: Path) -> bool:
    """Whether the file has a ``# stc: no-prerender`` comment (a real
    comment: the text inside a string does not count)."""
    try:
        source = path.read_bytes()
        for tok in tokenize.tokenize(io.BytesIO(source).readline):
            if tok.type == tokenize.COMMENT and _MARKER.match(tok.string):
                return True
    except (OSError, SyntaxError, tokenize.TokenError):
        return False
    return False


def prerender_pages(
    root: Path,
    entrypoint: str,
    pages: list[tuple[str, str | None]],
    *,
    timeout: float = TIMEOUT,
    log: Callable[[str], None] = print,
) -> dict[str, Prerendered]:
    """Prerender ``pages`` (``(url_path, source file or None)``) of the app
    at ``root``; returns one result per url_path and logs a note for each
    page skipped."""
    results: dict[str, Prerendered] = {}
    entry_marked = has_no_prerender_marker(root / entrypoint)
    for url_path, source in pages:
        label = f"/{url_path}/" if url_path else "/"
        if entry_marked:
            result = Prerendered(url_path, None, f"{entrypoint} has a '# stc: no-prerender' comment")
        elif source and has_no_prerender_marker(root / source):
            result = Prerendered(url_path, None, f"{source} has a '# stc: no-prerender' comment")
        else:
            result = _run_page(root, entrypoint, url_path, timeout)
        if result.messages is None:
            log(f"note: page {label} is not prerendered: {result.reason}.")
        results[url_path] = result
    return results


def _run_page(root: Path, entrypoint: str, url_path: str, timeout: float) -> Prerendered:
    with tempfile.TemporaryDirectory(prefix="stc-prerender-") as tmp:
        out = Path(tmp) / "out.json"
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        env["MPLBACKEND"] = "Agg"
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "stc.prerender", str(root), entrypoint, url_path, str(out)],
                cwd=root, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            return Prerendered(url_path, None, f"its first run took longer than {timeout:g} s")
        if proc.returncode != 0 or not out.is_file():
            tail = proc.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["no output"]
            return Prerendered(url_path, None, f"the prerender process failed ({tail[0]})")
        data = json.loads(out.read_text(encoding="utf-8"))
    if data["status"] == "error":
        return Prerendered(url_path, None, f"its first run raised {data.get('error') or 'an exception'}")
    if data.get("shown") != url_path:
        return Prerendered(url_path, None, "the default session does not see this page (it shows another one)")
    return Prerendered(url_path, data["messages"])


# --- the child process ------------------------------------------------------------


def _child(root: str, entrypoint: str, url_path: str, out_path: str) -> None:
    import socket

    def no_network(*args, **kwargs):
        raise OSError("no network during the build's prerender")

    socket.socket.connect = no_network  # type: ignore[method-assign]
    socket.create_connection = no_network  # type: ignore[assignment]
    socket.getaddrinfo = no_network  # type: ignore[assignment]

    from stc_runtime import install_as_streamlit, widget_id
    from stc_runtime.protocol import Delta, Navigation, Rerun, RunFinished, encode

    install_as_streamlit()
    root = os.path.abspath(root)
    original = widget_id.compute_widget_id

    def as_in_worker(kind, *, script_path, key, **params):
        if script_path == root or script_path.startswith(root + os.sep):
            script_path = WORKER_APP_DIR + script_path[len(root):].replace(os.sep, "/")
        return original(kind, script_path=script_path, key=key, **params)

    # Every module that took the function by name (widgets, chat_input...).
    import stc_runtime.elements  # noqa: F401  (imports every element module)

    for name, module in list(sys.modules.items()):
        if (name == "stc_runtime" or name.startswith("stc_runtime.")) and getattr(module, "compute_widget_id", None) is original:
            module.compute_widget_id = as_in_worker  # type: ignore[attr-defined]

    from stc_runtime.runner import AppSession

    script = os.path.join(root, entrypoint)
    if root not in sys.path:
        sys.path.insert(0, root)
    sys.argv = [script]
    messages: list[dict] = []
    finished: list[RunFinished] = []
    error: list[str] = []
    shown = [url_path]

    def emit(msg) -> None:
        if isinstance(msg, Delta):
            data = json.loads(encode(msg))
            if msg.buffers:
                data["buffers_b64"] = [base64.b64encode(bytes(b)).decode("ascii") for b in msg.buffers]
            if data["element"].get("kind") == "exception":
                el = data["element"]
                error[:] = [f"{el.get('type')}: {el.get('message')}"[:200]]
            messages.append(data)
        elif isinstance(msg, Navigation):
            shown[0] = msg.current if msg.not_found is None else f"\0not found: {msg.not_found}"
            messages.append(json.loads(encode(msg)))
        elif isinstance(msg, RunFinished):
            finished.append(msg)

    session = AppSession(script, emit, app_root=root)
    session.secrets = {}  # a static site has no secrets
    session.handle(Rerun(changes=[], page=url_path))
    status = finished[-1].status if finished else "error"
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump({"status": status, "error": error[0] if error else "", "shown": shown[0], "messages": messages}, f,
                  separators=(",", ":"), allow_nan=False)


if __name__ == "__main__":
    _child(*sys.argv[1:5])
