"""A static-file HTTP server on a thread: what ``stc serve``, the benchmarks
and the tests serve built sites with.

One server class with the options each of them needs, so that they all send
the same MIME types and differ only where they mean to:

``prefix``          serve the folder under a path such as ``/repo/`` (as a
                    project site on GitHub Pages is); anything outside it is
                    404
``listings``        False: a folder without ``index.html`` is 404, never a
                    listing of its files
``not_found_page``  a file of the folder (``404.html``) sent, with status
                    404, for every path that has nothing, as GitHub Pages
                    does
``loopback_only``   answer only requests whose ``Host`` names this machine
                    (127.0.0.1, localhost, [::1]): a page of another site
                    whose DNS name was rebound to 127.0.0.1 sends its own
                    name and gets 403
``isolation``       send the cross-origin isolation headers (COOP/COEP), which
                    a page needs for SharedArrayBuffer
``cache_control``   a ``Cache-Control`` value for every response
``service_worker_script``
                    bytes answered to every request a browser makes for a
                    service-worker script (it says so in the
                    ``Service-Worker: script`` header), whatever its path
``link``            ``(mbit_per_s, rtt_ms)``: a slow network. Every response
                    body and header byte of every connection draws on one
                    shared budget of ``mbit_per_s`` (concurrent downloads
                    share the link as they would share a real one), and each
                    request waits ``rtt_ms`` before it is answered
``on_response``     called with a :class:`Served` record when the status and
                    headers of a response are final (just before they are
                    sent), e.g. to count bytes or to record which paths
                    were asked for

Usage::

    with StaticServer(site, prefix="/repo/") as server:
        open_in_browser(server.url)           # http://127.0.0.1:PORT/repo/

Logging to stderr is off: the terminal belongs to the caller.
"""

from __future__ import annotations

import http.server
import io
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

# The types the standard library gets wrong or leaves to the platform's
# mimetypes database: a module worker needs a JavaScript type for .mjs, and
# WebAssembly.instantiateStreaming refuses anything but application/wasm.
MIME_TYPES = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".whl": "application/octet-stream",
    ".zip": "application/zip",
}

# The names a browser on this machine uses for this server. Any port: a
# forwarded one (ssh -L, an editor's port forwarding) still says localhost.
_LOOPBACK_NAMES = {"127.0.0.1", "localhost", "[::1]"}

ISOLATION_HEADERS = {
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Embedder-Policy": "require-corp",
}


def is_loopback_host(host: str) -> bool:
    """Whether a ``Host`` header names this machine: 127.0.0.1, localhost
    or [::1], with or without a port."""
    host = host.strip().lower()
    if host.endswith("]") or ":" not in host:
        return host in _LOOPBACK_NAMES
    name, _, port = host.rpartition(":")
    return name in _LOOPBACK_NAMES and port.isdigit()


@dataclass(frozen=True)
class Served:
    """One response, as :attr:`StaticServer.on_response` sees it."""

    method: str
    #: the request's path, percent-decoded, without the query
    path: str
    status: int
    #: the Content-Length the response announced (None: none announced)
    content_length: int | None


class Link:
    """A shared link of ``mbit_per_s`` with ``rtt_ms`` of latency per request.

    The bandwidth is a token bucket that every connection draws on: a writer
    reserves the time its bytes take on the link after everything reserved
    before it, then waits until then. Writes are cut into small pieces so
    that concurrent responses interleave rather than queue whole.
    """

    PIECE = 16 * 1024

    def __init__(self, mbit_per_s: float, rtt_ms: float = 0.0) -> None:
        if mbit_per_s <= 0 or rtt_ms < 0:
            raise ValueError(f"a link needs a positive bandwidth and a latency >= 0, not {mbit_per_s}, {rtt_ms}")
        self.bytes_per_s = mbit_per_s * 1e6 / 8
        self.rtt_s = rtt_ms / 1000
        self._lock = threading.Lock()
        self._free_at = 0.0  # when the bytes reserved so far are through

    def send(self, n: int) -> None:
        """Wait until ``n`` more bytes have crossed the link."""
        with self._lock:
            start = max(time.monotonic(), self._free_at)
            self._free_at = start + n / self.bytes_per_s
            until = self._free_at
        delay = until - time.monotonic()
        if delay > 0:
            time.sleep(delay)

    def wait_latency(self) -> None:
        if self.rtt_s:
            time.sleep(self.rtt_s)


class _ThrottledWriter:
    """A handler's ``wfile`` whose writes go through a :class:`Link`."""

    def __init__(self, raw: Any, link: Link) -> None:
        self._raw = raw
        self._link = link

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        for start in range(0, len(view), Link.PIECE):
            piece = view[start:start + Link.PIECE]
            self._link.send(len(piece))
            self._raw.write(piece)
        return len(view)

    def __getattr__(self, name: str) -> Any:  # flush, close, ...
        return getattr(self._raw, name)


class StaticHandler(http.server.SimpleHTTPRequestHandler):
    """Serves ``server.root`` with the options of its :class:`StaticServer`.

    A subclass can add endpoints (``stc serve`` adds its reload events); the
    options are read from ``self.server``.
    """

    server: StaticServer
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def __init__(self, request: Any, client_address: Any, server: StaticServer) -> None:
        self._status = 0
        self._length: int | None = None
        # (The base class handles the request inside __init__.)
        super().__init__(request, client_address, server, directory=str(server.root))

    def setup(self) -> None:
        super().setup()
        if self.server.link is not None:
            self.wfile = _ThrottledWriter(self.wfile, self.server.link)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
        pass

    # -- every request -----------------------------------------------------

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        if self.server.link is not None:
            self.server.link.wait_latency()
        if self.server.loopback_only:
            hosts = self.headers.get_all("Host") or []
            if len(hosts) != 1 or not is_loopback_host(hosts[0]):
                # DNS rebinding: a page of evil.example whose name now resolves
                # to 127.0.0.1 is same-origin with this server, by its own name.
                self._refuse_host()
                return False
        return True

    def _refuse_host(self) -> None:
        body = f"{self.server.name} answers only requests to 127.0.0.1, localhost or [::1].\n".encode()
        self.close_connection = True
        self.send_response(403)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_response(self, code: int, message: str | None = None) -> None:
        self._status = code
        self._length = None
        super().send_response(code, message)

    def send_header(self, keyword: str, value: str) -> None:
        if keyword.lower() == "content-length":
            self._length = int(value)
        super().send_header(keyword, value)

    def end_headers(self) -> None:
        server = self.server
        if server.cache_control is not None:
            self.send_header("Cache-Control", server.cache_control)
        if server.isolation:
            for name, value in ISOLATION_HEADERS.items():
                self.send_header(name, value)
        if server.on_response is not None:
            # Before the headers go out: once they have, a client of a HEAD
            # (no body) may already have its answer and ask again, and the
            # hook would see the two responses in the wrong order.
            path = unquote(urlsplit(self.path).path) if hasattr(self, "path") else ""
            server.on_response(Served(getattr(self, "command", None) or "", path, self._status, self._length))
        super().end_headers()

    # -- what a path maps to -----------------------------------------------

    def _under_prefix(self) -> bool:
        return self.path.split("?", 1)[0].split("#", 1)[0].startswith(self.server.prefix)

    def translate_path(self, path: str) -> str:
        # The folder is the site's root: /PREFIX/x is root/x. (A path outside
        # the prefix never gets here from send_head; left as it is, it maps
        # into root like any other, for a subclass that asks.)
        prefix = self.server.prefix
        if prefix != "/" and path.startswith(prefix):
            path = "/" + path[len(prefix):]
        return super().translate_path(path)

    def send_head(self):
        if self.server.service_worker_script is not None and \
                self.headers.get("Service-Worker", "").strip().lower() == "script":
            script = self.server.service_worker_script
            self.send_response(200)
            self.send_header("Content-Type", "text/javascript")
            self.send_header("Content-Length", str(len(script)))
            self.end_headers()
            return io.BytesIO(script)
        if not self._under_prefix():
            self.send_error(404)
            return None
        if not self.server.listings:
            folder = Path(self.translate_path(self.path))
            if folder.is_dir() and not (folder / "index.html").is_file():
                # A folder without index.html is no page of the site.
                self.send_error(404)
                return None
        return super().send_head()

    def list_directory(self, path):
        if not self.server.listings:
            self.send_error(404)
            return None
        return super().list_directory(path)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = self.server.not_found_page
        if code == 404 and page is not None and (self.server.root / page).is_file():
            body = (self.server.root / page).read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


class StaticServer(http.server.ThreadingHTTPServer):
    """A threaded static server for ``root`` on ``host:port`` (0: any free
    port). See the module's docstring for the options.

    ``start()`` serves on a daemon thread, ``stop()`` shuts it down and frees
    the port; as a context manager it does both. ``serve_forever()`` serves
    on the calling thread instead.
    """

    daemon_threads = True

    def __init__(
        self,
        root: Path | str,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        prefix: str = "/",
        listings: bool = True,
        not_found_page: str | None = None,
        loopback_only: bool = False,
        isolation: bool = False,
        cache_control: str | None = None,
        service_worker_script: bytes | None = None,
        link: tuple[float, float] | Link | None = None,
        on_response: Callable[[Served], None] | None = None,
        name: str = "This server",
        handler: type[StaticHandler] = StaticHandler,
    ) -> None:
        if not (prefix.startswith("/") and prefix.endswith("/")):
            raise ValueError(f"a path prefix starts and ends with '/', not {prefix!r}")
        self.root = Path(root)
        self.prefix = prefix
        self.listings = listings
        self.not_found_page = not_found_page
        self.loopback_only = loopback_only
        self.isolation = isolation
        self.cache_control = cache_control
        self.service_worker_script = service_worker_script
        self.link = Link(*link) if isinstance(link, tuple) else link
        self.on_response = on_response
        #: how the server names itself when it refuses a Host
        self.name = name
        self._thread: threading.Thread | None = None
        super().__init__((host, port), handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A browser that stops reading (a reload, a cancelled download, a
        # page closed mid-response) is normal traffic, not a server error:
        # say nothing instead of printing a traceback per request.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        """The base URL of the site: ``http://HOST:PORT/PREFIX``."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}{self.prefix}"

    def start(self) -> StaticServer:
        # A short poll interval: stop() waits for the loop to see it, and
        # tests start and stop many servers.
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
            self._thread = None
        self.server_close()

    def __enter__(self) -> StaticServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
