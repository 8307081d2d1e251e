"""Build stage: prerender each page's first run, sandboxed from the build machine.

Each page of the site is run once, as the default session would see it on
that page's URL. The run's messages (``Navigation`` and the ``Delta``s) are
embedded in the page's HTML, and ``runtime_js/src/main.js`` draws them with
the same renderer before Python has started in the browser. The live first
run then patches that tree like any rerun: unchanged elements keep their
nodes, and its sweep removes whatever it did not write again.

Whatever a page shows is published, so the prerender must see only what a
visitor's browser would, never the build machine (an ``os.environ`` key, the
user name, the home folder). It therefore runs **in the Pyodide the site
ships, under Node.js** (``prerender.mjs``; the snapshot stage runs the same
build there): the published files as its file system, at the worker's
paths; Emscripten's browser-like environment; no processes, no network; a
Node process with an empty environment, under Node's permission model
(reads limited to Pyodide, the runtime and the published files; no child
processes) and, where Linux allows it, in a network namespace of its own.
Apps whose packages the build machine's CPython lacks prerender too, and the
first paint is the browser's first run.

Without Node.js the build falls back to CPython in a sandbox that comes as
close as CPython can (``_child``): a copy of the published files as its
working folder, a browser-like ``os.environ`` with a temporary home,
processes and sockets refused. It cannot hide the machine's root folder, and
the build summary says which of the two ran.

A page is skipped, with a note naming why, when its run fails, times out,
shows a page other than the one asked for (``st.navigation`` pages the
default session cannot reach must not leak into the HTML), or when the page
or the entrypoint carries a ``# stc: no-prerender`` comment (output that
depends on time, randomness or anything else a later visit would not see).
"""

from __future__ import annotations

import io
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tokenize
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

from .snapshot import WORKER_RUNTIME_ZIP, Snapshot, jspi_flag

SCRIPT = Path(__file__).with_name("prerender.mjs")
#: where the worker puts the app's files (runtime_js/src/worker.js APP_DIR):
#: a widget's id hashes the path of the script that drew it, so the
#: prerender names the scripts as the worker will, and its widget ids are
#: the live ones (a click queued before the worker is ready finds its widget).
WORKER_APP_DIR = "/home/pyodide/app"
#: seconds one page may take (its packages' loading included)
TIMEOUT = 30.0
_MARKER = re.compile(r"#\s*stc:\s*no-prerender\b")

#: the two ways a page can be prerendered (PrerenderReport.engine)
PYODIDE = "site's own Pyodide, under Node.js"
CPYTHON = "CPython sandbox (no Node.js)"


@dataclass(frozen=True)
class Prerendered:
    url_path: str
    #: the messages to replay (JSON-ready dicts); ``None``: skipped
    messages: list[dict] | None
    #: why it was skipped ("" when it was not)
    reason: str = ""


@dataclass(frozen=True)
class SiteInputs:
    """What the site will ship, which is all a prerender may see."""

    root: Path
    entrypoint: str
    #: the published app files (relative, "/"-separated), as discover found them
    files: tuple[str, ...]
    #: the Pyodide packages the site loads
    packages: tuple[str, ...] = ()
    #: the verified Pyodide folder (stc.pyodide.cache_dir)
    pyodide_dir: Path | None = None
    #: the runtime archive the site ships (assets.runtime_zip_bytes)
    runtime_zip: bytes = b""
    snapshot: Snapshot | None = None


@dataclass(frozen=True)
class PrerenderReport:
    pages: dict[str, Prerendered] = field(default_factory=dict)
    #: PYODIDE, CPYTHON, or "" when no page needed running
    engine: str = ""


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
    site: SiteInputs,
    pages: Sequence[tuple[str, str | None]],
    *,
    timeout: float = TIMEOUT,
    use_node: bool = True,
    log: Callable[[str], None] = print,
) -> PrerenderReport:
    """Prerender ``pages`` (``(url_path, source file or None)``) of the
    site; returns one result per url_path and logs a note for each page
    skipped. ``use_node=False`` forces the CPython sandbox."""
    results: dict[str, Prerendered] = {}
    entry_marked = has_no_prerender_marker(site.root / site.entrypoint)
    to_run: list[str] = []
    for url_path, source in pages:
        if entry_marked:
            results[url_path] = Prerendered(url_path, None, f"{site.entrypoint} has a '# stc: no-prerender' comment")
        elif source and has_no_prerender_marker(site.root / source):
            results[url_path] = Prerendered(url_path, None, f"{source} has a '# stc: no-prerender' comment")
        else:
            to_run.append(url_path)
    engine = ""
    if to_run:
        node = shutil.which("node") if use_node and site.pyodide_dir is not None else None
        engine = PYODIDE if node else CPYTHON
        if use_node and not node:
            log("note: Node.js is not on PATH: pages are prerendered in a CPython sandbox instead of the site's "
                "own Pyodide (it cannot hide this machine's folder tree, and apps whose packages this Python "
                "lacks are not prerendered).")
        with tempfile.TemporaryDirectory(prefix="stc-prerender-") as tmp:
            files_dir = Path(tmp) / "files"
            stage_published_files(site.root, site.files, files_dir)
            if node:
                run = _run_in_pyodide(node, site, files_dir, to_run, timeout, Path(tmp))
            else:
                run = {url: _run_in_cpython(site, files_dir, url, timeout, Path(tmp)) for url in to_run}
        results.update(run)
    ordered = {url: results[url] for url, _ in pages}
    for url_path, result in ordered.items():
        if result.messages is None:
            log(f"note: page {'/' + url_path + '/' if url_path else '/'} is not prerendered: {result.reason}.")
    return PrerenderReport(ordered, engine)


def stage_published_files(root: Path, files: Sequence[str], dest: Path) -> None:
    """Put exactly the published app files under ``dest``, their contents as
    the site will carry them (a symlink is published as its target's bytes,
    so the prerender reads those, never the link)."""
    for rel in files:
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        source = os.path.realpath(root / rel)
        try:
            os.link(source, target)  # no copy where the disk allows; nothing writes to it
        except OSError:
            shutil.copyfile(source, target)


def _judge(url_path: str, data: dict) -> Prerendered:
    if data["status"] == "error":
        return Prerendered(url_path, None, f"its first run raised {data.get('error') or 'an exception'}")
    if data.get("shown") != url_path:
        return Prerendered(url_path, None, "the default session does not see this page (it shows another one)")
    return Prerendered(url_path, data["messages"])


# --- in the site's Pyodide, under Node.js ------------------------------------------


def _run_in_pyodide(node: str, site: SiteInputs, files_dir: Path, url_paths: list[str], timeout: float,
                    tmp: Path) -> dict[str, Prerendered]:
    assert site.pyodide_dir is not None
    (tmp / "runtime.zip").write_bytes(site.runtime_zip)
    snapshot_file = None
    if site.snapshot is not None:
        snapshot_file = tmp / "snapshot.bin.gz"
        snapshot_file.write_bytes(site.snapshot.data)
    results: dict[str, Prerendered] = {}
    remaining = list(url_paths)
    attempt = 0
    while remaining:
        # One Node process runs the pages in order, each in a new session
        # of one interpreter (prerender.mjs); a page that hangs or crashes
        # it is reported and the rest go on in a new process.
        attempt += 1
        out_dir = tmp / f"out-{attempt}"
        out_dir.mkdir()
        job = {
            "pyodide_dir": str(site.pyodide_dir), "runtime_zip": str(tmp / "runtime.zip"),
            "runtime_zip_path": WORKER_RUNTIME_ZIP, "snapshot": str(snapshot_file) if snapshot_file else None,
            "files_dir": str(files_dir), "app_files": list(site.files), "app_dir": WORKER_APP_DIR,
            "entrypoint": site.entrypoint, "packages": list(site.packages), "pages": remaining,
            "out_dir": str(out_dir), "show_output": False,
        }
        job_file = tmp / f"job-{attempt}.json"
        job_file.write_text(json.dumps(job), encoding="utf-8")
        command = [*_no_network_prefix(), node, *jspi_flag(node), *_permission_flags(node, site.pyodide_dir, tmp, out_dir),
                   str(SCRIPT), str(job_file)]
        done, failure = _follow(command, tmp, len(remaining), timeout)
        for index in range(done):
            data = json.loads((out_dir / f"{index}.json").read_text(encoding="utf-8"))
            results[remaining[index]] = _judge(remaining[index], data)
        if done < len(remaining):
            results[remaining[done]] = Prerendered(remaining[done], None, failure)
        remaining = remaining[done + 1:]
    return results


def _follow(command: list[str], cwd: Path, pages: int, timeout: float) -> tuple[int, str]:
    """Run the Node process; returns how many pages it finished and, if it
    stopped before the last, why."""
    proc = subprocess.Popen(command, cwd=cwd, env=_node_env(cwd), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines: queue.Queue[bytes] = queue.Queue()
    stderr: list[bytes] = []
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout] + [lines.put(b"")], daemon=True).start()  # type: ignore[union-attr]
    threading.Thread(target=lambda: stderr.extend(proc.stderr), daemon=True).start()  # type: ignore[union-attr]
    done = 0
    try:
        deadline = time.monotonic() + timeout
        while done < pages:
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                return done, f"its first run took longer than {timeout:g} s"
            if not line:  # the process ended
                proc.wait()
                time.sleep(0.05)  # let the stderr reader finish
                tail = [ln.decode(errors="replace").strip() for ln in stderr if ln.strip()][-1:] or [f"exit code {proc.returncode}"]
                return done, f"the prerender process failed ({tail[0]})"
            if line.startswith(b"done "):
                done += 1
                deadline = time.monotonic() + timeout
        return done, ""
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def _node_env(home: Path) -> dict[str, str]:
    # Nothing of the author's environment: Emscripten does not pass Node's
    # environment to Python, and this process has none to pass either.
    return {"HOME": str(home), "NODE_NO_WARNINGS": "1"}


@lru_cache(maxsize=None)
def _permission_flag(node: str) -> str | None:
    try:
        help_text = subprocess.run([node, "--help"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    for flag in ("--permission", "--experimental-permission"):
        if re.search(rf"^\s*{flag}\b", help_text, re.M):
            return flag
    return None


def _permission_flags(node: str, pyodide_dir: Path, tmp: Path, out_dir: Path) -> list[str]:
    """Node's permission model (Node 20 and newer): the process may read
    Pyodide, this script and the job's folder, write its results, and
    start neither processes nor workers."""
    flag = _permission_flag(node)
    if flag is None:
        return []
    return [flag, f"--allow-fs-read={pyodide_dir.resolve()}/", f"--allow-fs-read={SCRIPT.resolve()}",
            f"--allow-fs-read={tmp.resolve()}/", f"--allow-fs-write={out_dir.resolve()}/"]


@lru_cache(maxsize=None)
def _no_network_prefix() -> tuple[str, ...]:
    """``unshare`` into an empty network namespace where the system lets an
    unprivileged process do so (Linux): then not even a deliberate escape
    from the interpreter reaches the network. Elsewhere Pyodide's own lack
    of sockets and the offline fetch are what stop it."""
    unshare = shutil.which("unshare")
    if unshare is None or not sys.platform.startswith("linux"):
        return ()
    command = (unshare, "--user", "--map-root-user", "--net")
    try:
        ok = subprocess.run([*command, "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        ok = False
    return command if ok else ()


# --- the CPython sandbox (no Node.js) ----------------------------------------------

#: os.environ in the sandbox: what Pyodide's Emscripten gives a worker
#: (checked in Pyodide 0.27.7), with HOME replaced by a temporary folder.
BROWSER_ENVIRON = {"USER": "web_user", "LOGNAME": "web_user", "PATH": "/", "PWD": "/", "LANG": "C.UTF-8"}
_BOOTSTRAP = "import sys, json; a = json.loads(sys.argv[1]); sys.path[:0] = a['path']; from stc.prerender import _child; _child(a)"


def _run_in_cpython(site: SiteInputs, files_dir: Path, url_path: str, timeout: float, tmp: Path) -> Prerendered:
    home = Path(tempfile.mkdtemp(prefix="home-", dir=tmp))
    out = Path(tempfile.mkdtemp(prefix="out-", dir=tmp)) / "out.json"
    args = {"path": [p for p in sys.path if p], "root": str(files_dir), "entrypoint": site.entrypoint,
            "url_path": url_path, "out": str(out), "home": str(home)}
    try:
        # -I: no PYTHON* variables, no user site; the environment is empty
        # but for what the interpreter needs to start.
        proc = subprocess.run(
            [*_no_network_prefix(), sys.executable, "-I", "-c", _BOOTSTRAP, json.dumps(args)],
            cwd=files_dir, env={"HOME": str(home), "MPLBACKEND": "Agg"}, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return Prerendered(url_path, None, f"its first run took longer than {timeout:g} s")
    if proc.returncode != 0 or not out.is_file():
        tail = proc.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["no output"]
        return Prerendered(url_path, None, f"the prerender process failed ({tail[0]})")
    return _judge(url_path, json.loads(out.read_text(encoding="utf-8")))


def _refuse_processes_and_network() -> None:
    """What a browser worker lacks, refused as Pyodide refuses it."""
    import errno
    import socket
    import subprocess as sp

    def no_processes(*args, **kwargs):
        raise OSError(errno.ENOTSUP, "processes are not supported (the app runs in a browser)")

    def unreachable(*args, **kwargs):
        raise OSError(errno.EHOSTUNREACH, "Host is unreachable")

    sp.Popen.__init__ = no_processes  # type: ignore[method-assign]
    for name in ("system", "popen", "fork", "forkpty", "posix_spawn", "posix_spawnp", "execv", "execve", "execvp",
                 "execvpe", "execl", "execle", "execlp", "execlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe",
                 "spawnl", "spawnle", "spawnlp", "spawnlpe"):
        if hasattr(os, name):
            setattr(os, name, no_processes)
    socket.socket.connect = unreachable  # type: ignore[method-assign]
    socket.socket.connect_ex = unreachable  # type: ignore[method-assign]
    socket.socket.sendto = unreachable  # type: ignore[method-assign]
    socket.create_connection = unreachable  # type: ignore[assignment]
    socket.getaddrinfo = unreachable  # type: ignore[assignment]
    socket.gethostname = lambda: "emscripten"  # type: ignore[assignment]


def _confine_files(readable: list[str]) -> None:
    """Let the app open and list only what a worker could: the published
    files, its home, and the interpreter's own libraries (its imports).
    An audit hook (PEP 578) sees every open() and listing, the import
    system's included; a determined app can still get round it through
    ctypes, which is why Node.js is the engine of choice."""
    import sys as _sys

    roots = tuple(sorted({os.path.realpath(p) for p in readable if p}))
    devices = {"/dev/null", "/dev/urandom", "/dev/random"}

    def allowed(path: object) -> bool:
        if isinstance(path, int):  # an already open descriptor
            return True
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if not isinstance(path, str):
            path = os.fspath(path)  # type: ignore[arg-type]
        real = os.path.realpath(path)
        return real in devices or any(real == root or real.startswith(root + os.sep) for root in roots)

    def hook(event: str, event_args: tuple) -> None:
        if event in ("open", "os.listdir", "os.scandir") and event_args and event_args[0] is not None:
            if not allowed(event_args[0]):
                raise FileNotFoundError(2, "No such file or directory", str(event_args[0]))

    _sys.addaudithook(hook)


def _child(args: dict) -> None:
    import base64
    import sysconfig

    os.environ.clear()
    os.environ.update(BROWSER_ENVIRON, HOME=args["home"], MPLBACKEND="Agg")
    tempfile.tempdir = args["home"]  # not the machine's /tmp
    _refuse_processes_and_network()
    _confine_files([args["root"], args["home"], os.path.dirname(args["out"]), *sys.path, *sysconfig.get_paths().values(),
                    "/usr/share/zoneinfo"])

    from stc_runtime import install_as_streamlit
    from stc_runtime.protocol import Delta, Navigation, Rerun, RunFinished, encode

    install_as_streamlit()
    # Widget ids name the script relative to the app's folder, so the ids
    # drawn here are the ones the worker draws from its own folder.
    root = os.path.abspath(args["root"])

    from stc_runtime.runner import AppSession

    script = os.path.join(root, args["entrypoint"])
    sys.path.insert(0, root)
    sys.argv = [script]
    messages: list[dict] = []
    finished: list[RunFinished] = []
    error: list[str] = []
    shown = [args["url_path"]]

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
    session.handle(Rerun(changes=[], page=args["url_path"]))
    status = finished[-1].status if finished else "error"
    with open(args["out"], "w", encoding="utf-8") as f:
        json.dump({"status": status, "error": error[0] if error else "", "shown": shown[0], "messages": messages}, f,
                  separators=(",", ":"), allow_nan=False)
