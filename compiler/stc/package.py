"""Stage 5 of the build: write the static site.

Layout of the output folder (every URL in it is relative, so the folder works
under any path prefix):

    index.html              the page, with the boot configuration inline
    <url_path>/index.html   the same for each other page of a multipage app
                            (with a <base> for its depth)
    404.html                what a static host serves for unknown paths: it
                            finds the site's root by probing for
                            stc-site.json, then shows "Page not found"
    stc-site.json           marks the site's root (and lists its pages)
    stc-sw.js               the service worker (runtime_js/src/sw.js) with the
                            manifest of every other file and its sha256
                            prepended; at the root, as a worker's scope is
                            its folder
    assets/                 stc-main.js, stc-worker.js, stc.css, stc_runtime.zip,
                            and stc-snapshot-<hash>.bin: the interpreter's
                            memory with the runtime imported (snapshot.py),
                            gzip-compressed
    pyodide/                the Pyodide core, a lock trimmed to the app's
                            packages, and exactly those package files
    app/                    the app's own files, as in its folder

The site is written into a temporary folder beside the target and moved into
place only when complete, so a failed build never leaves half a site.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import jinja2

from . import assets
from .discover import AppFiles, SitePage, is_stc_site
from .errors import BuildError
from .snapshot import Snapshot

_env = jinja2.Environment(
    loader=jinja2.PackageLoader("stc", "templates"),
    autoescape=jinja2.select_autoescape(["html", "j2"]),
    keep_trailing_newline=True,
)


@dataclass(frozen=True)
class SiteReport:
    out_dir: Path
    files: int
    total_bytes: int
    pyodide_bytes: int
    #: size of the shipped memory snapshot (0: none)
    snapshot_bytes: int = 0


def _inline_json(data: object) -> str:
    # Safe inside <script type="application/json">: no "</script>" can close it.
    return json.dumps(data, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def write_site(
    out_dir: Path,
    app: AppFiles,
    *,
    pyodide_dir: Path,
    lock_json: dict,
    packages: list[str],
    package_files: list[str],
    dev_reload: bool = False,
    prerendered: dict[str, list[dict]] | None = None,
    runtime_zip: bytes,
    snapshot: Snapshot | None = None,
) -> SiteReport:
    """Write the site. ``runtime_zip`` is the runtime archive
    (assets.runtime_zip_bytes) and ``snapshot`` the memory snapshot made
    with it (snapshot.memory_snapshot); None: the site starts Python from
    scratch."""
    out_dir = out_dir.resolve()
    if out_dir == app.root or app.root.is_relative_to(out_dir):
        raise BuildError(f"The output folder {out_dir} would contain the app itself; choose another one with -o.")
    if out_dir.exists() and not out_dir.is_dir():
        raise BuildError(f"{out_dir} exists and is not a folder.")
    # Only a folder stc wrote may be replaced: any index.html is not enough
    # (a hand-written website would be deleted).
    if out_dir.is_dir() and any(out_dir.iterdir()) and not is_stc_site(out_dir):
        raise BuildError(f"{out_dir} is not empty and is not a site stc built: refusing to replace it. Choose an empty or new folder.")
    dist = assets.ensure_runtime_js()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.stc-", dir=out_dir.parent))
    tmp.chmod(0o755)  # mkdtemp makes it private; a site is for everyone to read
    try:
        (tmp / "assets").mkdir()
        shutil.copytree(dist, tmp / "assets", dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.map", "stc-sw.js"))
        (tmp / "assets" / "stc_runtime.zip").write_bytes(runtime_zip)
        # Named by content: an HTTP cache can never pair a page with
        # another build's snapshot.
        snapshot_file = f"assets/stc-snapshot-{snapshot.digest}.bin" if snapshot else None
        if snapshot:
            (tmp / snapshot_file).write_bytes(snapshot.data)

        pyo = tmp / "pyodide"
        pyo.mkdir()
        for name in ("pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip"):
            _link_or_copy(pyodide_dir / name, pyo / name)
        (pyo / "pyodide-lock.json").write_text(json.dumps(lock_json, separators=(",", ":")), encoding="utf-8")
        for name in package_files:
            _link_or_copy(pyodide_dir / name, pyo / name)

        for rel in app.files:
            target = tmp / "app" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(app.root / rel, target)

        config = {
            "worker": "assets/stc-worker.js",
            "pyodide": "pyodide/",
            "runtime": "assets/stc_runtime.zip",
            "snapshot": snapshot_file,
            "app": "app/",
            "app_files": list(app.files),
            "entrypoint": app.entrypoint,
            "packages": packages,
            "cache_version": cache_version(app, lock_json, runtime_zip),
            # `stc serve` rebuilds on every change: no precache there.
            "service_worker": None if dev_reload else "stc-sw.js",
        }
        config_markup = jinja2.utils.markupsafe.Markup(_inline_json(config))
        template = _env.get_template("index.html.j2")
        pages = app.pages or (SitePage("", Path(app.entrypoint).stem.replace("_", " "), app.entrypoint),)
        # One file per page URL, so a deep link or a reload works on hosts
        # without server-side routing (issue 6). Every page boots the whole
        # app; the router asks for the page its URL names.
        for page in pages:
            target = tmp / page.url_path / "index.html" if page.url_path else tmp / "index.html"
            if page.url_path and target.exists():
                raise BuildError(f"The page URL /{page.url_path}/ collides with the site's own {page.url_path}/index.html; give the page another url_path.")
            target.parent.mkdir(parents=True, exist_ok=True)
            # The page's first run, drawn before Python starts (prerender.py).
            messages = (prerendered or {}).get(page.url_path)
            prerender_markup = jinja2.utils.markupsafe.Markup(_inline_json({"messages": messages})) if messages else None
            html = template.render(title=page.title, config_json=config_markup, dev_reload=dev_reload,
                                   depth=len(page.url_path.split("/")) if page.url_path else 0, probe=False,
                                   prerender_json=prerender_markup)
            target.write_text(html, encoding="utf-8")
        html = template.render(title=pages[0].title, config_json=config_markup, dev_reload=dev_reload, depth=0, probe=True)
        (tmp / "404.html").write_text(html, encoding="utf-8")
        (tmp / "stc-site.json").write_text(json.dumps({"stc_site": 1, "pages": [p.url_path for p in pages]}), encoding="utf-8")
        _write_service_worker(tmp, dist / "stc-sw.js")

        files, total, pyodide_bytes = 0, 0, 0
        for path in tmp.rglob("*"):
            if path.is_file():
                size = path.stat().st_size
                files += 1
                total += size
                if path.parent == pyo:
                    pyodide_bytes += size
        # Swap the finished site into place.
        if out_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
            os.replace(out_dir, old / "site")
            os.replace(tmp, out_dir)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return SiteReport(out_dir=out_dir, files=files, total_bytes=total, pyodide_bytes=pyodide_bytes,
                      snapshot_bytes=len(snapshot.data) if snapshot else 0)


def _write_service_worker(site: Path, script: Path) -> None:
    """stc-sw.js at the site's root: the deployment's manifest (every file
    of the site and its sha256; its version is their hash), then the
    service worker. A new deployment is thereby a new worker script, which
    browsers notice on the next visit (issue 8, points 7-8)."""
    files = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            files[path.relative_to(site).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    version = hashlib.sha256("".join(f"{p}\0{h}\n" for p, h in files.items()).encode()).hexdigest()[:20]
    code = "\n".join(line for line in script.read_text(encoding="utf-8").splitlines() if not line.startswith("//# sourceMappingURL="))
    manifest = json.dumps({"version": version, "files": files}, separators=(",", ":"))
    (site / "stc-sw.js").write_text(f"self.__STC_MANIFEST={manifest};\n{code}\n", encoding="utf-8")


def _link_or_copy(src: Path, dst: Path) -> None:
    # Hard links keep builds fast and small when the cache is on the same disk;
    # the files are immutable (verified by hash), so sharing them is safe.
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def cache_version(app: AppFiles, lock_json: dict, runtime_zip: bytes) -> str:
    """Fingerprint of what makes ``st.cache_data`` entries kept in a
    visitor's browser wrong after a redeploy (issue 5, point 7): the app's
    data files (not its .py files: a function's own source is already in
    its key), the Pyodide version and every shipped package's version and
    hash (a pickle from another pandas must never be loaded), and the
    runtime itself (it writes the replayed elements)."""
    h = hashlib.sha256()
    info = lock_json.get("info", {})
    h.update(f"pyodide {info.get('version')} python {info.get('python')}\n".encode())
    for name, spec in sorted(lock_json.get("packages", {}).items()):
        h.update(f"{name} {spec.get('version')} {spec.get('sha256')}\n".encode())
    h.update(hashlib.sha256(runtime_zip).digest())
    for rel in sorted(app.files):
        if not rel.endswith(".py"):
            h.update(f"{rel}\0".encode() + hashlib.sha256((app.root / rel).read_bytes()).digest())
    return h.hexdigest()[:32]
