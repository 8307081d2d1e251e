"""The `stc` command: clear errors with exit code 1 and
no traceback, `stc pyodide fetch`, and `stc serve` for a built folder and for
an app script (rebuild on change, page reload over server-sent events).

Serve tests start the real command in a subprocess on a free 127.0.0.1 port
and stop it by its pid. Everything is offline; builds use the real Pyodide
0.27.7 cache and skip without it.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from stc import pyodide
from stc.cli import main

VERSION = "0.27.7"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def stc(*args: object, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args], env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


@pytest.fixture
def real_cache(monkeypatch):
    monkeypatch.delenv("STC_CACHE_DIR", raising=False)
    cache = pyodide.cache_dir(VERSION)
    if not (cache / "pyodide-lock.json").is_file():
        pytest.skip(f"no Pyodide {VERSION} cache at {cache} (run `stc pyodide fetch`)")
    return cache


# -- errors -----------------------------------------------------------------------


def test_missing_app_file(tmp_path, real_cache):
    result = stc("build", tmp_path / "nope.py")
    assert result.exit_code == 1
    assert "nope.py: no such file" in result.output
    assert "stc build app.py" in result.output


def test_non_python_app_file(tmp_path, real_cache):
    notes = write(tmp_path / "notes.txt", "hello")
    result = stc("build", notes)
    assert result.exit_code == 1
    assert "notes.txt" in result.output and ".py" in result.output
    assert not (tmp_path / "dist").exists()


def test_version_and_help():
    assert stc("--version").exit_code == 0
    result = stc("--help")
    assert result.exit_code == 0
    for command in ("build", "serve", "pyodide"):
        assert command in result.output


# -- stc pyodide fetch ----------------------------------------------------------------


def test_fetch_offline_with_the_real_cache(real_cache):
    result = stc("pyodide", "fetch", "--offline")
    assert result.exit_code == 0, result.output
    assert f"Pyodide {VERSION}" in result.output
    assert "verified" in result.output


def test_fetch_offline_with_a_package_already_cached(real_cache):
    result = stc("pyodide", "fetch", "--offline", "pandas")
    assert result.exit_code == 0, result.output
    assert "0 fetched" in result.output


def test_fetch_unknown_version_offline_fails_clearly(tmp_path):
    result = stc("pyodide", "fetch", "--version", "9.9.9", "--offline", env={"STC_CACHE_DIR": str(tmp_path / "cache")})
    assert result.exit_code == 1
    assert result.output.startswith("error: ")
    assert "9.9.9" in result.output and "offline" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "cache" / "pyodide" / "9.9.9").exists()


# -- stc serve ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stc_command() -> list[str]:
    exe = Path(sys.executable).with_name("stc")
    if exe.is_file():
        return [str(exe)]
    found = shutil.which("stc")
    return [found] if found else [sys.executable, "-c", "from stc.cli import main; main()"]


class Server:
    def __init__(self, args: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.proc = subprocess.Popen(
            [*stc_command(), *args, "--port", str(self.port)],
            cwd=cwd,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def wait_up(self, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"stc serve exited with {self.proc.returncode}:\n{self.proc.stdout.read()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise AssertionError("stc serve did not start listening")

    def get(self, path: str) -> tuple[bytes, str]:
        with urllib.request.urlopen(self.url + path, timeout=10) as resp:
            return resp.read(), resp.headers.get("Content-Type", "")

    def stop(self, sig: int = signal.SIGTERM) -> str:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.stdout.read()


@pytest.fixture
def servers():
    started: list[Server] = []

    def start(*args: str, cwd: Path, env: dict[str, str] | None = None) -> Server:
        server = Server(list(args), cwd, env)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def test_serve_a_built_folder(tmp_path, real_cache, servers):
    app = write(tmp_path / "proj" / "app.py", "import streamlit as st\nst.write('hello')\n")
    site = tmp_path / "site"
    assert stc("build", app, "-o", site).exit_code == 0

    server = servers("serve", str(site), cwd=tmp_path)
    server.wait_up()
    body, ctype = server.get("index.html")
    assert body == (site / "index.html").read_bytes()
    assert ctype.startswith("text/html")
    body, ctype = server.get("")
    assert body == (site / "index.html").read_bytes()
    body, ctype = server.get("pyodide/pyodide.asm.wasm")
    assert ctype == "application/wasm"
    assert body[:4] == b"\0asm"
    for js in ("assets/stc-main.js", "assets/stc-worker.js", "pyodide/pyodide.mjs"):
        assert server.get(js)[1].startswith("text/javascript"), js
    assert server.get("app/app.py")[0] == app.read_bytes()
    with pytest.raises(urllib.error.HTTPError) as info:
        server.get("missing.txt")
    assert info.value.code == 404
    server.stop()
    assert server.proc.returncode is not None


def test_serve_refuses_a_folder_without_a_site(tmp_path):
    (tmp_path / "empty").mkdir()
    result = stc("serve", tmp_path / "empty", "--port", free_port())
    assert result.exit_code == 1
    assert "index.html" in result.output


def test_serve_a_missing_target(tmp_path):
    result = stc("serve", tmp_path / "nothing", "--port", free_port())
    assert result.exit_code == 1
    assert "no such file or folder" in result.output


def test_serve_on_a_port_in_use(tmp_path, real_cache):
    app = write(tmp_path / "proj" / "app.py", "import streamlit as st\n")
    site = tmp_path / "site"
    assert stc("build", app, "-o", site).exit_code == 0
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        result = stc("serve", site, "--port", busy.getsockname()[1])
    assert result.exit_code == 1
    assert "--port" in result.output


class Events:
    """A client of the server-sent event stream, reading in a thread. A raw
    socket, so that close() ends a blocked read at once (urllib's would wait
    for the server's next ping)."""

    def __init__(self, port: int) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.sock.sendall(b"GET /__stc_events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.file = self.sock.makefile("rb")
        head = []
        while (line := self.file.readline().decode("latin-1").rstrip("\r\n")) != "":
            head.append(line)
        assert head[0].split()[1] == "200", head
        assert "content-type: text/event-stream" in [h.lower() for h in head], head
        self.sock.settimeout(None)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        try:
            for raw in self.file:
                self.lines.put(raw.decode().rstrip("\n"))
        except (OSError, ValueError):
            pass

    def received(self, timeout: float) -> list[str]:
        """Data lines (not pings) within timeout, up to the first reload."""
        got, deadline = [], time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line and not line.startswith(":"):
                got.append(line)
                if line == "data: reload":
                    break
        return got

    def close(self) -> None:
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()


def test_serve_an_app_rebuilds_on_change_and_reloads_the_page(tmp_path, real_cache, servers):
    proj = tmp_path / "proj"
    app = write(proj / "app.py", "import streamlit as st\nst.write('v1')\n")
    write(proj / ".gitignore", "*.log\n")
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    server = servers("serve", "app.py", cwd=proj, env={"TMPDIR": str(tmpdir)})
    server.wait_up()

    assert server.get("app/app.py")[0] == app.read_bytes()
    index = server.get("index.html")[0].decode()
    assert 'EventSource("__stc_events")' in index  # relative, like every other URL
    events = Events(server.port)
    try:
        time.sleep(0.3)  # let the server register the listener
        # A file the site does not publish changes: no rebuild, no reload
        # (a log written on every rebuild would loop forever).
        write(proj / "serve.log", "noise")
        assert events.received(timeout=1.5) == []

        write(app, "import streamlit as st\nst.write('v2')\n")
        deadline = time.monotonic() + 15
        while server.get("app/app.py")[0] != app.read_bytes():
            assert time.monotonic() < deadline, "the served app did not change after an edit"
            time.sleep(0.1)
        assert events.received(timeout=10) == ["data: reload"]
        assert "'v2'" in server.get("app/app.py")[0].decode()
        assert not (tmpdir / "serve.log").exists()
    finally:
        events.close()

    # A rebuild that fails keeps the last good site and says why.
    write(app, "import streamlit as st\nst.write('v3'\n")
    time.sleep(1.5)
    assert "'v2'" in server.get("app/app.py")[0].decode()

    output = server.stop(signal.SIGTERM)
    assert "app.py:2:" in output and "never closed" in output
    assert "Traceback" not in output
    assert list(tmpdir.iterdir()) == []  # the temporary site is removed on exit


def test_serve_an_app_whose_first_build_fails(tmp_path, real_cache):
    proj = tmp_path / "proj"
    write(proj / "app.py", "import notapackage_xyz\n")
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    proc = subprocess.run(
        [*stc_command(), "serve", "app.py", "--port", str(free_port())],
        cwd=proj, env={**os.environ, "TMPDIR": str(tmpdir)}, capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 1
    assert "app.py:1:" in proc.stderr and "notapackage_xyz" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert list(tmpdir.iterdir()) == []
