"""Where the browser-side assets and the runtime come from.

``runtime_js`` is bundled by esbuild into ``runtime_js/dist`` (never
committed). In a checkout, the first build after a change to its sources runs
the bundler by itself (``npm install`` first if needed), so a fresh clone
needs no separate step. A wheel carries the bundle as ``stc/_bundle`` (the
build hook in ``setup.py`` runs :func:`bundle_checkout` and copies the result
there), so an installed stc needs neither the checkout nor Node's npm
packages.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import stc_runtime

from .errors import BuildError

REPO = Path(__file__).resolve().parents[2]
RUNTIME_JS = REPO / "runtime_js"
RUNTIME_JS_DIST = RUNTIME_JS / "dist"
# The bundle an installed wheel carries (absent in a checkout: setup.py
# writes it into the wheel's build folder only).
PACKAGED_DIST = Path(__file__).resolve().with_name("_bundle")
# Entry files (the service worker goes to the site's root, the others to
# assets/); everything else in dist/ (chunks, KaTeX's CSS and fonts) is
# copied too, source maps excepted.
DIST_FILES = ("stc-main.js", "stc-worker.js", "stc-sw.js", "stc.css")
RUNTIME_PY = Path(stc_runtime.__file__).resolve().parent


def _newest_mtime(paths) -> float:
    return max((p.stat().st_mtime for p in paths), default=0.0)


def ensure_runtime_js(log=print) -> Path:
    """Return the folder with the bundled assets: the one installed with stc,
    else the checkout's, (re)built if it is missing or older than its
    sources."""
    if all((PACKAGED_DIST / f).is_file() for f in DIST_FILES):
        return PACKAGED_DIST
    return bundle_checkout(log)


def bundle_checkout(log=print) -> Path:
    """Bundle ``runtime_js`` unless ``runtime_js/dist`` is newer than its
    sources; return ``runtime_js/dist``."""
    dist_files = [RUNTIME_JS_DIST / f for f in DIST_FILES]
    sources = [*(RUNTIME_JS / "src").rglob("*"), RUNTIME_JS / "build.mjs", RUNTIME_JS / "package.json"]
    if all(f.is_file() for f in dist_files) and min(f.stat().st_mtime for f in dist_files) >= _newest_mtime(s for s in sources if s.is_file()):
        return RUNTIME_JS_DIST
    if not (RUNTIME_JS / "src").is_dir():
        raise BuildError(f"stc's browser assets are missing from {RUNTIME_JS_DIST} and cannot be built here (no sources). Reinstall stc.")
    npm = shutil.which("npm")
    node = shutil.which("node")
    if npm is None or node is None:
        raise BuildError("Building stc's browser assets needs Node.js and npm (https://nodejs.org). Install them and build again.")
    installed = RUNTIME_JS / "node_modules" / ".package-lock.json"
    lock = RUNTIME_JS / "package-lock.json"
    if not (RUNTIME_JS / "node_modules" / "esbuild").is_dir() or (
        lock.is_file() and (not installed.is_file() or lock.stat().st_mtime > installed.stat().st_mtime)
    ):
        log("stc: installing the browser side's npm packages (once)...")
        _run([npm, "ci" if (RUNTIME_JS / "package-lock.json").is_file() else "install", "--no-audit", "--no-fund"])
    log("stc: bundling the browser assets...")
    _run([node, "build.mjs"])
    return RUNTIME_JS_DIST


def _run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, cwd=RUNTIME_JS, capture_output=True, text=True)
    if proc.returncode != 0:
        raise BuildError(f"`{' '.join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))}` failed in {RUNTIME_JS}:\n{proc.stderr.strip() or proc.stdout.strip()}")


def runtime_zip_bytes() -> bytes:
    """The stc_runtime package as a zip for zipimport in the worker. Stored,
    not deflated: the server compresses on the wire anyway, and the worker
    reads it without inflating."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
        for path in sorted(RUNTIME_PY.rglob("*.py")):
            rel = path.relative_to(RUNTIME_PY.parent).as_posix()
            info = zipfile.ZipInfo(rel, date_time=(2020, 1, 1, 0, 0, 0))  # reproducible
            zf.writestr(info, path.read_bytes())
    return buf.getvalue()
