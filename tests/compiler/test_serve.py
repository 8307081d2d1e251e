"""`stc serve`'s file server against real HTTP requests: it is for this
machine's browser only, so it answers only requests addressed to a loopback name (DNS rebinding), lists
no folder, and answers a browser's service-worker script request with a
worker that removes itself (tests/browser/test_serve_sw.py runs it in
Chromium).

The server is `stc.serve.make_server`, the one `stc serve` runs, on a
thread; the site is built once, offline, from the real Pyodide 0.27.7 cache
(skipped when it is not filled: `stc pyodide fetch`).
"""

from __future__ import annotations

import http.client
import threading
from pathlib import Path

import pytest
from stc import pyodide
from stc.build import build
from stc.serve import make_server

VERSION = "0.27.7"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    if not (pyodide.cache_dir(VERSION) / "pyodide-lock.json").is_file():
        pytest.skip(f"no Pyodide {VERSION} cache (run `stc pyodide fetch`)")
    root = tmp_path_factory.mktemp("serve")
    app = root / "proj" / "app.py"
    app.parent.mkdir()
    app.write_text("import streamlit as st\nst.write('home')\n", encoding="utf-8")
    (root / "proj" / "pages").mkdir()
    (root / "proj" / "pages" / "about.py").write_text("import streamlit as st\nst.write('about')\n", encoding="utf-8")
    (root / "proj" / "data").mkdir()
    (root / "proj" / "data" / "numbers.csv").write_text("a\n1\n", encoding="utf-8")
    out = root / "site"
    build(app, out, log=lambda m: None)
    (out / "mine").mkdir()  # a folder put beside the site by hand
    (out / "mine" / "notes.txt").write_text("notes", encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def port(site) -> int:
    server = make_server(site, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_port
    server.shutdown()
    server.server_close()


def request(port: int, path: str, host: str | None, *, method: str = "GET",
            headers: dict[str, str] | None = None, hosts: list[str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """One request with exactly the Host header(s) given (None: none)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for value in hosts if hosts is not None else ([] if host is None else [host]):
            conn.putheader("Host", value)
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        conn.endheaders()
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


# -- DNS rebinding -------------------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LocalHost:{port}", "[::1]:{port}",
                                  "localhost", "127.0.0.1", "[::1]", "localhost:9000"])
def test_loopback_names_are_served(site, port, host):
    status, _, body = request(port, "/", host.format(port=port))
    assert status == 200
    assert body == (site / "index.html").read_bytes()


@pytest.mark.parametrize("host", ["evil.example:{port}", "evil.example", "127.0.0.1.nip.io:{port}",
                                  "localhost.evil.example:{port}", "127.0.0.2:{port}", "0.0.0.0:{port}",
                                  "::1", "localhost:", "localhost:x", "[::1]evil", ""])
def test_other_host_names_are_refused(site, port, host):
    # A page of evil.example whose DNS name now resolves to 127.0.0.1 sends
    # its own name: it must not read the site (nor its app's sources).
    for path in ("/", "/index.html", "/app/pages/about.py", "/stc-site.json"):
        status, headers, body = request(port, path, host.format(port=port))
        assert status == 403, (host, path)
        assert headers["content-type"].startswith("text/plain")
        assert body.decode().strip() == "stc serve answers only requests to 127.0.0.1, localhost or [::1]."
    status, _, body = request(port, "/", host.format(port=port), method="HEAD")
    assert status == 403 and body == b""


def test_a_request_without_a_host_or_with_two_is_refused(port):
    assert request(port, "/", None)[0] == 403
    assert request(port, "/", None, hosts=[f"127.0.0.1:{port}", "evil.example"])[0] == 403
    assert request(port, "/", None, hosts=[f"127.0.0.1:{port}", f"127.0.0.1:{port}"])[0] == 403


def test_the_reload_events_are_refused_to_other_hosts(port):
    # Answered at once, not held open as an event stream.
    status, headers, _ = request(port, "/__stc_events", f"evil.example:{port}")
    assert status == 403 and "event-stream" not in headers["content-type"]


# -- no folder listings ----------------------------------------------------------


@pytest.mark.parametrize("folder", ["/assets/", "/pyodide/", "/app/", "/app/data/", "/mine/"])
def test_a_folder_without_index_html_is_not_found(site, port, folder):
    status, headers, body = request(port, folder, f"127.0.0.1:{port}")
    assert status == 404
    assert body == (site / "404.html").read_bytes()  # the site's own "Page not found"
    assert b"Directory listing" not in body and b"stc-worker.js</a>" not in body


def test_files_and_pages_in_folders_are_still_served(site, port):
    host = f"127.0.0.1:{port}"
    assert request(port, "/about/", host)[2] == (site / "about" / "index.html").read_bytes()
    assert request(port, "/app/data/numbers.csv", host)[2] == b"a\n1\n"
    assert request(port, "/mine/notes.txt", host)[2] == b"notes"


# -- the service worker -------------------------------------------------------------


def test_a_service_worker_script_request_gets_one_that_removes_itself(site, port):
    host = f"127.0.0.1:{port}"
    status, headers, body = request(port, "/stc-sw.js", host, headers={"Service-Worker": "script"})
    assert status == 200
    assert headers["content-type"] == "text/javascript"
    script = body.decode()
    assert "self.registration.unregister()" in script
    assert "__STC_MANIFEST" not in script and "precache" not in script  # not the site's worker
    # Any worker script: one an earlier site registered under another name too.
    assert request(port, "/other/sw.js", host, headers={"Service-Worker": "script"})[2] == body
    # Fetched as a file (not by the browser's service-worker machinery), it is the site's.
    assert request(port, "/stc-sw.js", host)[2] == (site / "stc-sw.js").read_bytes()
