"""The prerender publishes nothing of the build machine.

The app below reports what it can see of the machine it runs on; the build
runs it with a secret in its environment and in its home folder, and a local
HTTP server waiting for a request. Whatever the app saw is published in
``index.html``, so the test reads it back from there and checks it is what a
visitor's browser worker would see (or the exceptions the worker raises),
that the server got no request, and that the secret is in no output file.
Both engines are checked: the site's Pyodide under Node.js, and the CPython
sandbox the build falls back to without Node.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from stc import prerender, pyodide
from stc.build import build
from stc.static_server import StaticServer

VERSION = "0.27.7"
SECRET = "sekrit-7f3a9c-not-for-publishing"

APP = '''\
import getpass, json, os, pathlib, socket, subprocess, urllib.request
import streamlit as st

def attempt(fn):
    try:
        return "ok: " + repr(fn())[:200]
    except BaseException as exc:
        return "raised " + type(exc).__name__

report = {
    "environ": dict(os.environ),
    "user": getpass.getuser(),
    "host": socket.gethostname(),
    "cwd": os.getcwd(),
    "root": attempt(lambda: sorted(os.listdir("/"))),
    "home": str(pathlib.Path.home()),
    "home_files": attempt(lambda: sorted(os.listdir(pathlib.Path.home()))),
    "subprocess": attempt(lambda: subprocess.run(["echo", "ran"], capture_output=True).stdout),
    "system": attempt(lambda: os.system("true")),
    "urlopen": attempt(lambda: urllib.request.urlopen(URL, timeout=5).read()),
    "socket": attempt(lambda: socket.create_connection(("127.0.0.1", PORT), timeout=5)),
    "listen": attempt(lambda: socket.create_server(("127.0.0.1", 0))),
    "planted_file": attempt(lambda: open(PLANTED).read()),
}
st.code(json.dumps(report, sort_keys=True), language=None)
'''


@pytest.fixture
def real_cache_root(monkeypatch):
    root = pyodide.cache_root()
    if not (root / "pyodide" / VERSION / "pyodide-lock.json").is_file():
        pytest.skip(f"no Pyodide {VERSION} cache (run `stc pyodide fetch`)")
    # The test moves HOME to plant a secret there; the cache stays where it is.
    monkeypatch.setenv("STC_CACHE_DIR", str(root))
    return root


@pytest.fixture
def listener(tmp_path):
    """A local HTTP server that records every request it gets (and would
    answer the app's request with the secret)."""
    served = tmp_path / "served"
    served.mkdir()
    (served / "leak").write_text(SECRET)
    hits: list[str] = []
    with StaticServer(served, on_response=lambda r: hits.append(r.path)) as server:
        yield server.server_port, hits


def seen_by_the_app(index_html: Path) -> dict:
    """The report the app drew, read back from the published page."""
    m = re.search(r'<script type="application/json" id="stc-prerender">(.*?)</script>',
                  index_html.read_text(encoding="utf-8"), re.S)
    assert m, "the page was not prerendered"
    code = [msg["element"] for msg in json.loads(m.group(1))["messages"]
            if msg["type"] == "delta" and msg["element"]["kind"] == "code"]
    return json.loads(code[0]["body"])


@pytest.mark.parametrize("engine", [prerender.PYODIDE, prerender.CPYTHON])
def test_the_prerender_sees_a_browser_worker_not_the_build_machine(tmp_path, monkeypatch, real_cache_root,
                                                                   listener, engine):
    port, hits = listener
    home = tmp_path / "author-home"
    planted = home / "credentials.txt"
    planted.parent.mkdir()
    planted.write_text(SECRET)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("MY_API_KEY", SECRET)
    if engine == prerender.CPYTHON:  # a build machine without Node.js on PATH
        which = shutil.which
        monkeypatch.setattr(prerender.shutil, "which", lambda name, *a, **k: None if name == "node" else which(name, *a, **k))

    app = tmp_path / "app" / "app.py"
    app.parent.mkdir()
    app.write_text(f"URL = 'http://127.0.0.1:{port}/leak'\nPORT = {port}\nPLANTED = {str(planted)!r}\n" + APP)
    out = tmp_path / "site"
    notes: list[str] = []
    result = build(app, out, snapshot=engine == prerender.PYODIDE, log=notes.append)
    assert result.prerender_engine == engine
    assert result.prerendered == 1, notes
    if engine == prerender.CPYTHON:
        assert any("Node.js is not on PATH" in n for n in notes), notes

    seen = seen_by_the_app(out / "index.html")
    # Emscripten's environment, as a browser worker has it; nothing of ours.
    assert seen["environ"]["USER"] == "web_user"
    assert "MY_API_KEY" not in seen["environ"]
    assert set(seen["environ"]) <= {"USER", "LOGNAME", "PATH", "PWD", "HOME", "LANG", "_", "MPLBACKEND",
                                    "LD_LIBRARY_PATH", "PYTHONINSPECT"}  # (the last two: Pyodide's own)
    assert seen["user"] == "web_user"
    assert seen["host"] == "emscripten"
    assert seen["subprocess"].startswith("raised ")
    assert seen["system"] != "ok: 0"  # a browser's system() runs nothing (-52, ENOSYS); here: not found or refused
    assert seen["urlopen"].startswith("raised ") and seen["socket"].startswith("raised ")
    assert seen["planted_file"].startswith("raised ")
    if engine == prerender.PYODIDE:
        # The worker's own file system: its paths, and nothing of the disk.
        assert seen["cwd"] == prerender.WORKER_APP_DIR
        assert seen["home"] == "/home/pyodide"
        assert seen["root"] == "ok: ['dev', 'home', 'lib', 'proc', 'tmp']"
        assert seen["home_files"] == "ok: ['.stc', 'app']"  # the runtime archive and the app, as in the worker
    else:
        # The sandbox runs on a copy of the published files, in a temporary home.
        assert str(app.parent) not in seen["cwd"] and seen["home"] != str(home)
        assert seen["home_files"] == "ok: []"  # an empty home, never the author's
        assert seen["root"] == "raised FileNotFoundError"  # nothing outside the published files and Python

    assert hits == []  # the local server was never reached
    published = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert [rel for rel, data in published.items() if SECRET.encode() in data] == []
    # (the app's own source names the planted file's path; nothing else does)
    assert [rel for rel, data in published.items() if str(home).encode() in data] == ["app/app.py"]
