"""stc.static_server against real HTTP requests: the path prefix, the
loopback Host check, folders without listings, the not-found page, headers
and MIME types, the service-worker answer, the response hook, and the
throttled link (checked by bytes, with only loose lower bounds on time)."""

from __future__ import annotations

import http.client
import socket
import struct
import threading
import time
from pathlib import Path

import pytest
from stc.static_server import Served, StaticServer, is_loopback_host


@pytest.fixture
def root(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "page").mkdir(parents=True)
    (site / "page" / "index.html").write_text("the page", encoding="utf-8")
    (site / "files").mkdir()
    (site / "files" / "a.txt").write_text("a", encoding="utf-8")
    (site / "index.html").write_text("home", encoding="utf-8")
    (site / "404.html").write_text("not found page", encoding="utf-8")
    for name in ("m.mjs", "w.wasm", "s.js", "d.json", "p.whl", "z.zip"):
        (site / name).write_bytes(b"x")
    return site


def get(server: StaticServer, path: str, *, method: str = "GET", host: str | None = "default",
        headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    port = server.server_port
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        if host is not None:
            conn.putheader("Host", f"127.0.0.1:{port}" if host == "default" else host)
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        conn.endheaders()
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def test_serves_the_folder_at_the_root_by_default(root: Path) -> None:
    with StaticServer(root) as server:
        assert server.url == f"http://127.0.0.1:{server.server_port}/"
        assert get(server, "/")[2] == b"home"
        assert get(server, "/files/a.txt")[2] == b"a"
        assert get(server, "/page/")[2] == b"the page"
        status, _, body = get(server, "/nothing-here")
        assert status == 404 and body != b"not found page"  # no not-found page unless asked


def test_a_prefix_serves_the_folder_under_it_and_nothing_outside(root: Path) -> None:
    with StaticServer(root, prefix="/some/prefix/") as server:
        assert server.url == f"http://127.0.0.1:{server.server_port}/some/prefix/"
        assert get(server, "/some/prefix/")[2] == b"home"
        assert get(server, "/some/prefix/files/a.txt?v=1")[2] == b"a"
        for outside in ("/", "/files/a.txt", "/some/files/a.txt", "/some/prefixfiles/a.txt"):
            assert get(server, outside)[0] == 404, outside
        # A folder without its slash is redirected within the prefix.
        status, headers, _ = get(server, "/some/prefix/page")
        assert status == 301 and headers["location"] == "/some/prefix/page/"


def test_a_prefix_must_start_and_end_with_a_slash(root: Path) -> None:
    for bad in ("prefix/", "/prefix", ""):
        with pytest.raises(ValueError):
            StaticServer(root, prefix=bad)


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST:8000", "127.0.0.1", "[::1]:1"])
def test_loopback_names(host: str) -> None:
    assert is_loopback_host(host)


@pytest.mark.parametrize("host", ["evil.example", "127.0.0.2", "::1", "localhost:", "localhost:x", ""])
def test_other_names(host: str) -> None:
    assert not is_loopback_host(host)


def test_the_loopback_check_refuses_other_host_names(root: Path) -> None:
    with StaticServer(root, loopback_only=True, name="Test server") as server:
        assert get(server, "/")[0] == 200
        assert get(server, "/", host=f"localhost:{server.server_port}")[0] == 200
        status, headers, body = get(server, "/", host="evil.example")
        assert status == 403 and headers["content-type"].startswith("text/plain")
        assert body == b"Test server answers only requests to 127.0.0.1, localhost or [::1].\n"
        assert get(server, "/", host=None)[0] == 403
        assert get(server, "/", method="HEAD", host="evil.example")[2] == b""
    with StaticServer(root) as server:  # off by default
        assert get(server, "/", host="evil.example")[0] == 200


def test_without_listings_a_folder_without_index_html_is_not_found(root: Path) -> None:
    with StaticServer(root) as server:
        status, _, body = get(server, "/files/")
        assert status == 200 and b"a.txt" in body  # the standard library's listing
    with StaticServer(root, listings=False, not_found_page="404.html") as server:
        for path in ("/files/", "/files"):
            status, _, body = get(server, path)
            assert status == 404 and body == b"not found page", path
        assert get(server, "/files/a.txt")[2] == b"a"
        assert get(server, "/page/")[2] == b"the page"
        assert get(server, "/page")[0] == 301


def test_the_not_found_page_answers_every_missing_path(root: Path) -> None:
    with StaticServer(root, prefix="/repo/", not_found_page="404.html") as server:
        for path in ("/repo/no/such/page", "/repo/missing.js", "/elsewhere"):
            status, headers, body = get(server, path)
            assert (status, body) == (404, b"not found page"), path
            assert headers["content-type"] == "text/html; charset=utf-8"
        status, _, body = get(server, "/repo/missing", method="HEAD")
        assert status == 404 and body == b""


def test_mime_types(root: Path) -> None:
    with StaticServer(root) as server:
        types = {name: get(server, f"/{name}")[1]["content-type"]
                 for name in ("m.mjs", "w.wasm", "s.js", "d.json", "p.whl", "z.zip")}
    assert types == {"m.mjs": "text/javascript", "w.wasm": "application/wasm", "s.js": "text/javascript",
                     "d.json": "application/json", "p.whl": "application/octet-stream", "z.zip": "application/zip"}


def test_isolation_and_cache_headers_are_options(root: Path) -> None:
    with StaticServer(root) as server:
        _, headers, _ = get(server, "/")
        assert "cross-origin-opener-policy" not in headers and "cache-control" not in headers
    with StaticServer(root, isolation=True, cache_control="no-cache", not_found_page="404.html") as server:
        for path in ("/", "/missing"):
            _, headers, _ = get(server, path)
            assert headers["cross-origin-opener-policy"] == "same-origin"
            assert headers["cross-origin-embedder-policy"] == "require-corp"
            assert headers["cache-control"] == "no-cache"


def test_the_service_worker_script_answers_a_browsers_worker_requests_only(root: Path) -> None:
    with StaticServer(root, service_worker_script=b"// none") as server:
        status, headers, body = get(server, "/any/sw.js", headers={"Service-Worker": "script"})
        assert (status, headers["content-type"], body) == (200, "text/javascript", b"// none")
        assert get(server, "/s.js")[2] == b"x"


def test_the_response_hook_sees_every_response(root: Path) -> None:
    seen: list[Served] = []
    with StaticServer(root, prefix="/p/", on_response=seen.append, loopback_only=True) as server:
        get(server, "/p/files/a.txt?x=1")
        get(server, "/p/files/a%20b.txt")
        get(server, "/p/", method="HEAD")
        get(server, "/p/", host="evil.example")
    assert seen == [
        Served("GET", "/p/files/a.txt", 200, 1),
        Served("GET", "/p/files/a b.txt", 404, seen[1].content_length),
        Served("HEAD", "/p/", 200, 4),
        Served("GET", "/p/", 403, seen[3].content_length),
    ]


def test_a_throttled_link_slows_a_transfer_and_keeps_its_bytes(root: Path) -> None:
    data = bytes(range(256)) * 4096  # 1 MiB
    (root / "big.bin").write_bytes(data)
    with StaticServer(root, link=(8, 0)) as server:  # 8 Mbit/s: about 1 s for 1 MiB
        started = time.monotonic()
        status, headers, body = get(server, "/big.bin")
        took = time.monotonic() - started
    assert status == 200 and body == data and int(headers["content-length"]) == len(data)
    assert took >= 0.5, took


def test_concurrent_transfers_share_one_link(root: Path) -> None:
    half = b"y" * (512 * 1024)
    (root / "one.bin").write_bytes(half)
    (root / "two.bin").write_bytes(half)
    bodies: dict[str, bytes] = {}
    with StaticServer(root, link=(8, 0)) as server:
        def fetch(name: str) -> None:
            bodies[name] = get(server, f"/{name}")[2]

        threads = [threading.Thread(target=fetch, args=(n,)) for n in ("one.bin", "two.bin")]
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        took = time.monotonic() - started
    assert bodies == {"one.bin": half, "two.bin": half}
    # Each alone would take about 0.5 s; together they share the 8 Mbit/s.
    assert took >= 0.5, took


def test_a_link_adds_latency_to_each_request(root: Path) -> None:
    with StaticServer(root, link=(1000, 300)) as server:
        started = time.monotonic()
        assert get(server, "/files/a.txt")[2] == b"a"
        assert get(server, "/files/a.txt")[2] == b"a"
        took = time.monotonic() - started
    assert took >= 0.5, took


def test_a_link_needs_a_bandwidth(root: Path) -> None:
    with pytest.raises(ValueError):
        StaticServer(root, link=(0, 10))


def test_a_client_that_stops_reading_is_no_server_error(root: Path, capfd: pytest.CaptureFixture[str]) -> None:
    # A reload or a closed tab cuts a response short; the server goes on and
    # prints no traceback for it.
    (root / "big.bin").write_bytes(b"x" * (64 << 20))
    with StaticServer(root) as server:
        sock = socket.create_connection(("127.0.0.1", server.server_port))
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close = reset
        sock.sendall(f"GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1:{server.server_port}\r\n\r\n".encode())
        assert sock.recv(1024).startswith(b"HTTP/1.0 200")
        sock.close()
        time.sleep(0.5)  # the server meets the closed socket while writing
        assert get(server, "/files/a.txt")[2] == b"a"
    assert "Traceback" not in capfd.readouterr().err
