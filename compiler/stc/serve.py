"""``stc serve``: a static file server on 127.0.0.1, and the edit loop.

Given an app script, it builds into a temporary folder, serves it, watches
the app's folder and rebuilds on change; open pages reload through a
server-sent event (like ``streamlit run``'s run-on-save). A failed rebuild
keeps the last good site and prints why.

What it serves is for this machine's browser only: it
answers only requests addressed to a loopback name (a page on another site
cannot reach it by rebinding its own DNS name to 127.0.0.1), lists no
folders, and leaves no service worker behind (see ``_NO_SERVICE_WORKER``).
"""

from __future__ import annotations

import queue
import shutil
import signal
import tempfile
import threading
from pathlib import Path
from typing import Sequence

import click

from .errors import BuildError
from .static_server import StaticHandler, StaticServer, is_loopback_host

__all__ = ["is_loopback_host", "make_server", "serve_app", "serve_dir"]

# What `stc serve` answers for every service-worker script (the browser
# says so in the `Service-Worker: script` header). A site registers its
# worker (runtime_js/src/sw.js) after its first run; under a development
# server that worker would outlive the session and answer the next site
# served on the port from this one's cache. This one takes over from any
# worker already installed, removes itself and the stc caches
# (sw.js names them "stc-site <scope> <version>"), and reloads the pages
# the earlier worker served, from the network now. The page that
# registered it keeps running: it was loaded from the network.
_NO_SERVICE_WORKER = b"""// stc serve: no service worker stays (compiler/stc/serve.py).
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil((async () => {
  await self.registration.unregister();
  for (const name of await caches.keys()) if (name.startsWith("stc-site ")) await caches.delete(name);
  for (const client of await self.clients.matchAll({ type: "window" })) client.navigate(client.url).catch(() => {});
})()));
"""


class _Handler(StaticHandler):
    """The static server's handler plus the reload events open pages listen to."""

    listeners: list[queue.Queue] = []

    def do_GET(self) -> None:
        if self.path.rstrip("/").endswith("__stc_events"):
            self._events()
            return
        super().do_GET()

    def _events(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        q: queue.Queue = queue.Queue()
        self.listeners.append(q)
        try:
            while True:
                try:
                    msg = q.get(timeout=15)
                except queue.Empty:
                    msg = None
                self.wfile.write(b": ping\n\n" if msg is None else f"data: {msg}\n\n".encode())
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            self.listeners.remove(q)


def make_server(directory: Path, port: int) -> StaticServer:
    """The server `stc serve` runs: for this machine only (loopback Host
    check), no folder listings, the site's 404.html for what is not there,
    every response revalidated (the files change under it during
    development), and no service worker left behind."""
    try:
        return StaticServer(
            directory,
            port=port,
            listings=False,
            not_found_page="404.html",
            loopback_only=True,
            cache_control="no-cache",
            service_worker_script=_NO_SERVICE_WORKER,
            name="stc serve",
            handler=_Handler,
        )
    except OSError as exc:  # port taken or not allowed: a message, not a traceback
        raise BuildError(f"cannot serve on 127.0.0.1:{port}: {exc.strerror or exc}. Choose another port with --port.") from None


def serve_dir(directory: Path, port: int) -> None:
    server = make_server(directory, port)
    click.echo(f"Serving {directory} at http://127.0.0.1:{server.server_port}/  (Ctrl+C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


def serve_app(app: Path, port: int, *, sources: Sequence[Path] = ()) -> None:
    from watchfiles import watch

    from .build import build
    from .discover import discover
    from .summary import print_build_summary

    app = app.resolve()
    # `kill` (SIGTERM) should clean up like Ctrl+C, not leak the temp folder.
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, signal.default_int_handler)
    work = Path(tempfile.mkdtemp(prefix="stc-serve-"))
    site = work / "site"

    def fingerprint() -> object:
        # What a build would publish. A change elsewhere in the folder (a log
        # the app or the author writes, a virtualenv, .git, gitignored files)
        # must not rebuild and reload: a log file written on each rebuild
        # would loop forever.
        try:
            files = discover(app, site)
        except BuildError as exc:
            return str(exc)
        stats = []
        for rel in files.files:
            try:
                st = (files.root / rel).stat()
            except OSError:
                continue
            stats.append((rel, st.st_mtime_ns, st.st_size))
        return tuple(stats)

    def rebuild() -> bool:
        try:
            result = build(app, site, sources=sources, dev_reload=True, log=lambda m: click.echo(m, err=True))
        except BuildError as exc:
            click.echo(f"error: {exc}", err=True)
            return False
        print_build_summary(result)
        return True

    last = fingerprint()
    try:
        if not rebuild():
            raise BuildError("The first build failed; fix the error above and run `stc serve` again.")
        # Requests resolve paths afresh, so serving `site` survives the swap of
        # the folder on each rebuild.
        server = make_server(site, port)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    click.echo(f"Serving {app.name} at http://127.0.0.1:{server.server_port}/  (rebuilds on change; Ctrl+C to stop)")
    try:
        for _changes in watch(app.parent, watch_filter=lambda change, path: "/.git/" not in path and "__pycache__" not in path):
            now = fingerprint()
            if now == last:
                continue
            last = now
            click.echo("Change detected, rebuilding...")
            if rebuild():
                for q in list(_Handler.listeners):
                    q.put("reload")
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
