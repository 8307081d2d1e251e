"""Build stage: a memory snapshot of Pyodide with the runtime imported.

Starting the interpreter and compiling ``stc_runtime`` from source is most of
what a visitor waits for on a small app (about 1.7 s here, on top of the
downloads). A Pyodide memory snapshot is the interpreter's whole wasm memory
after that work; the worker hands it to ``loadPyodide({_loadSnapshot})`` and
is ready in about a third of the time. Measured figures: bench/README.md.

The snapshot is made by running Pyodide under Node.js (``snapshot.mjs``):
the same wasm build as the browser's, so its memory is valid there too
(Pyodide checks the build id when restoring). It depends only on the
Pyodide core and the runtime archive, never on the app, so it is cached
under the stc cache and shared by every build with the same two inputs.
Binary packages (numpy, pandas) cannot be in a snapshot; the worker loads
them after the restore, as it would without one.

Two start-up probes are recorded in the snapshot and must match the
browser: whether the engine can switch stacks (JSPI, which st.cache_data's
IndexedDB reads need), so Node runs with JSPI enabled and a snapshot without
it is refused; and CPython's call trampoline, which Node 20 cannot set up,
so the worker re-applies the browser's own after the restore (worker.js).

Without Node.js, or if making the snapshot fails, the build goes on without
one and says so: the site then starts Python from scratch, as it always can
(the worker also falls back to that if a restore fails in the browser).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from .pyodide import cache_root

SCRIPT = Path(__file__).with_name("snapshot.mjs")
#: where the worker mounts the runtime archive (runtime_js/src/worker.js,
#: RUNTIME_ZIP); zipimport in the snapshot remembers this path.
WORKER_RUNTIME_ZIP = "/home/pyodide/.stc/stc_runtime.zip"
#: seconds Node may take (about 2 s here)
TIMEOUT = 120.0


@dataclass(frozen=True)
class Snapshot:
    #: gzip-compressed snapshot, as the site serves it
    data: bytes
    #: short content hash, for the file name
    digest: str


def memory_snapshot(pyodide_dir: Path, runtime_zip: bytes, *, log: Callable[[str], None] = print) -> Snapshot | None:
    """The gzip-compressed snapshot for this Pyodide and runtime (from the
    cache, or made now), or None after logging why there is none."""
    key = hashlib.sha256()
    # pyodide.asm.js carries the build id the restore checks; the stdlib and
    # wasm are fixed by it. The script and the archive decide what is imported.
    for part in ((pyodide_dir / "pyodide.asm.js").read_bytes(), runtime_zip, SCRIPT.read_bytes(), WORKER_RUNTIME_ZIP.encode()):
        key.update(hashlib.sha256(part).digest())
    cached = cache_root() / "snapshots" / f"{key.hexdigest()[:32]}.bin.gz"
    if cached.is_file():
        data = cached.read_bytes()
        return Snapshot(data, hashlib.sha256(data).hexdigest()[:16])

    node = shutil.which("node")
    if node is None:
        log("note: no memory snapshot (Node.js 18 or newer is not on PATH): visitors' browsers will start Python from scratch, about 1 s slower.")
        return None
    with tempfile.TemporaryDirectory(prefix="stc-snapshot-") as tmp:
        archive = Path(tmp) / "stc_runtime.zip"
        archive.write_bytes(runtime_zip)
        raw = Path(tmp) / "snapshot.bin"
        try:
            proc = subprocess.run(
                [node, *jspi_flag(node), str(SCRIPT), str(pyodide_dir), str(archive), WORKER_RUNTIME_ZIP, str(raw)],
                capture_output=True, text=True, timeout=TIMEOUT, env={**os.environ, "NODE_NO_WARNINGS": "1"},
            )
        except subprocess.TimeoutExpired:
            log(f"note: no memory snapshot (Node.js took over {TIMEOUT:.0f} s): the site starts Python from scratch, about 1 s slower.")
            return None
        if proc.returncode != 0 or not raw.is_file():
            last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            log(f"note: no memory snapshot (Node.js failed: {last}): the site starts Python from scratch, about 1 s slower.")
            return None
        # Mostly free heap and code objects: gzip takes 21 MB to about 5 MB,
        # and the worker inflates it with DecompressionStream as it arrives.
        data = gzip.compress(raw.read_bytes(), compresslevel=6, mtime=0)
    try:
        stats = json.loads(proc.stdout.strip().splitlines()[-1])
        log(f"memory snapshot made in {(stats['load_ms'] + stats['import_ms'] + stats['snapshot_ms']) / 1000:.1f} s "
            f"({stats['bytes'] / 1e6:.0f} MB, {len(data) / 1e6:.1f} MB compressed); later builds reuse it")
    except (ValueError, KeyError, IndexError):
        pass
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.with_name(f".{cached.name}.{os.getpid()}")
    partial.write_bytes(data)
    os.replace(partial, cached)  # concurrent builds never see half a file
    return Snapshot(data, hashlib.sha256(data).hexdigest()[:16])


@lru_cache(maxsize=None)
def jspi_flag(node: str) -> tuple[str, ...]:
    """The V8 flag that turns on WebAssembly stack switching in this Node.js
    (its name changed across versions; none is needed where it is on by
    default)."""
    try:
        options = subprocess.run([node, "--v8-options"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ()
    for flag in ("--experimental-wasm-jspi", "--experimental-wasm-stack-switching"):
        if flag in options:
            return (flag,)
    return ()
