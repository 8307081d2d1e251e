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
    .nojekyll               empty: GitHub Pages' Jekyll would drop every
                            file whose name starts with "_" (__init__.py)

The site is written into a temporary folder beside the target and moved into
place only when complete, so a failed build never leaves half a site. A
rebuild replaces only what the previous build wrote (the files its stc-sw.js
lists): a CNAME, the .git of a gh-pages worktree or any other file put there
by hand stays as it is: a build must never destroy what is not its own.
"""

from __future__ import annotations

import filecmp
import hashlib
import json
import os
import shutil
import stat
import tempfile
from dataclasses import dataclass, field
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
    previous = _check_target(out_dir, app.root)
    dist = assets.ensure_runtime_js()
    tmp = _temp_folder(out_dir)
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
        # without server-side routing (GitHub Pages). Every page boots the whole
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
        # Not in the manifest: the service worker must not precache it (many
        # hosts refuse dotfiles, and one failed download fails the install).
        # A rebuild therefore never counts it as stc's, and keeps any there.
        (tmp / _NOJEKYLL).write_bytes(b"")

        files, total, pyodide_bytes = 0, 0, 0
        for path in tmp.rglob("*"):
            if path.is_file():
                size = path.stat().st_size
                files += 1
                total += size
                if path.parent == pyo:
                    pyodide_bytes += size
        if previous is None:
            os.replace(tmp, out_dir)
        else:
            _install(tmp, out_dir, previous)
    except OSError as exc:
        # The disk is full, a folder became read-only...: say so in one line.
        ours = exc.filename is None or any(_within(exc.filename, d) for d in (tmp, out_dir)) or (
            Path(exc.filename).parent == out_dir.parent and Path(exc.filename).name.startswith(f".{out_dir.name}."))
        if not ours:
            raise  # a file we read (the Pyodide cache, the app) is not a problem of the output
        where = f" ({exc.filename})" if exc.filename else ""
        unchanged = " The earlier site is unchanged." if previous is not None else ""
        raise BuildError(f"cannot write the site to {out_dir}: {exc.strerror or exc}{where}.{unchanged} "
                         "Choose a folder you can write with -o.") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # gone already when it became the site
    return SiteReport(out_dir=out_dir, files=files, total_bytes=total, pyodide_bytes=pyodide_bytes,
                      snapshot_bytes=len(snapshot.data) if snapshot else 0)


_SW = "stc-sw.js"
_NOJEKYLL = ".nojekyll"
_MANIFEST_PREFIX = "self.__STC_MANIFEST="


def _within(path: str | os.PathLike, folder: Path) -> bool:
    return Path(path) == folder or Path(path).is_relative_to(folder)


def check_output(out_dir: Path, app_root: Path) -> None:
    """Refuse, before any slow stage runs, an output folder the site could
    not be written to (write_site checks again when it writes)."""
    out_dir = out_dir.resolve()
    _check_target(out_dir, app_root)
    _existing_ancestor(out_dir)
    if out_dir.parent.is_dir():  # (a failed build creates no folders)
        shutil.rmtree(_temp_folder(out_dir), ignore_errors=True)  # the parent is writable


def _check_target(out_dir: Path, app_root: Path) -> frozenset[str] | None:
    if out_dir == app_root or app_root.is_relative_to(out_dir):
        raise BuildError(f"The output folder {out_dir} would contain the app itself; choose another one with -o.")
    if out_dir.exists() and not out_dir.is_dir():
        raise BuildError(f"{out_dir} exists and is not a folder.")
    return _previous_build(out_dir)


def _previous_build(out_dir: Path) -> frozenset[str] | None:
    """What the build that wrote ``out_dir`` wrote, as "/"-separated paths:
    a rebuild replaces or removes exactly these and keeps everything else.
    None: there is no folder yet. Read from the manifest at the top of its
    stc-sw.js (every file but stc-sw.js itself), which every earlier site
    has; the folder is input, not truth (a gh-pages branch anyone with push
    access wrote), so a path that could leave the folder or reach into a
    .git is never taken as stc's."""
    if not out_dir.is_dir():
        return None
    if not is_stc_site(out_dir):
        # Only a folder stc wrote may receive a site: any index.html is not
        # enough (a hand-written website must not be mixed with one). What a
        # new gh-pages worktree holds (.git, .nojekyll, CNAME) is no site.
        if all(p.name.startswith(".") or p.name == "CNAME" for p in out_dir.iterdir()):
            return frozenset()
        raise BuildError(f"{out_dir} is not empty and is not a site stc built: refusing to replace it. Choose an empty or new folder.")
    try:
        first = (out_dir / _SW).read_text(encoding="utf-8").split("\n", 1)[0]
        if not first.startswith(_MANIFEST_PREFIX) or not first.endswith(";"):
            raise ValueError("no manifest")
        listed = json.loads(first[len(_MANIFEST_PREFIX):-1])["files"]
        if not isinstance(listed, dict):
            raise ValueError("no file list")
    except (OSError, ValueError, KeyError, TypeError):
        raise BuildError(f"{out_dir} looks like a site stc built, but its {_SW} does not list the files that build wrote, "
                         "so a rebuild cannot tell them from yours: refusing to replace it. "
                         "Move your own files out and delete the folder, or choose another with -o.") from None
    return frozenset(p for p in listed if _safe_path(p)) | {_SW}


def _safe_path(rel: object) -> bool:
    if not isinstance(rel, str) or rel.startswith("/") or "\\" in rel or "\0" in rel:
        return False
    return all(part not in ("", ".", "..", ".git") for part in rel.split("/"))


def _existing_ancestor(out_dir: Path) -> Path:
    """The nearest folder above ``out_dir`` that exists (a file there: an error)."""
    existing = next(p for p in out_dir.parents if p.exists())
    if not existing.is_dir():
        raise BuildError(f"cannot write the site to {out_dir}: {existing} is a file, not a folder. Choose another folder with -o.")
    return existing


def _temp_folder(out_dir: Path) -> Path:
    """The folder the new site is written into: beside ``out_dir``, so
    moving it (or its parts) into place is a rename on one file system."""
    parent = out_dir.parent
    _existing_ancestor(out_dir)
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.stc-", dir=parent))
    except OSError as exc:
        verb = "replace" if out_dir.exists() else "create"
        raise BuildError(f"cannot {verb} {out_dir}: creating a folder in {parent} failed ({exc.strerror or exc}). "
                         "Choose a folder you can write with -o.") from None
    tmp.chmod(0o755)  # mkdtemp makes it private; a site is for everyone to read
    return tmp


@dataclass
class _Plan:
    """How ``_install`` merges a new site into an existing folder: paths
    ("/"-separated, relative to both) to move from the new site into the
    folder, paths of the folder to move out of it, and the user's files the
    new site would overwrite (the install is refused)."""

    put: list[str] = field(default_factory=list)
    remove: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


def _kind(path: Path) -> str | None:
    """What is at ``path``: "dir" (a real folder, not a link to one), "file"
    (anything else), or None (nothing)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    return "dir" if stat.S_ISDIR(mode) else "file"


def _plan_install(new: Path, out: Path, ours: frozenset[str]) -> _Plan:
    """Compare the folders entry by entry. An entry of ``out`` is stc's when
    ``ours`` lists it, or it is a folder of nothing else; a folder holding
    both is walked into. What is stc's is replaced by the new site's entry
    or removed; what is not stays. A folder wholly stc's on both sides is
    moved as one, so a rebuild is a handful of renames."""
    parents = {rel.rsplit("/", 1)[0] + "/" for rel in ours if "/" in rel}
    parents |= {p[: i + 1] for p in list(parents) for i, c in enumerate(p) if c == "/"}

    def all_ours(rel: str) -> bool:
        kind = _kind(out / rel)
        if kind == "file":
            return rel in ours
        return f"{rel}/" in parents and all(all_ours(f"{rel}/{name}") for name in os.listdir(out / rel))

    plan = _Plan()

    def walk(prefix: str) -> None:
        here_new, here_out = new / prefix, out / prefix
        names = set(os.listdir(here_new) if here_new.is_dir() else ()) | set(os.listdir(here_out))
        for name in sorted(names):
            rel = prefix + name
            n, o = _kind(new / rel), _kind(out / rel)
            mixed = o == "dir" and f"{rel}/" in parents  # has stc's files in it, maybe others
            if o is None:
                plan.put.append(rel)
            elif all_ours(rel):
                plan.remove.append(rel)
                if n is not None:
                    plan.put.append(rel)
            elif n == "dir" and o == "dir" or n is None and mixed:
                walk(rel + "/")  # the user's folder, or one stc shares with the user
            elif n is None:
                pass  # the user's: it stays
            elif n == "file" and o == "file" and (rel == _NOJEKYLL or _same_file(new / rel, out / rel)):
                pass  # what the new site would write there already is: keep the user's copy
            else:
                plan.conflicts.append(rel)

    walk("")
    return plan


def _same_file(a: Path, b: Path) -> bool:
    return stat.S_ISREG(os.lstat(b).st_mode) and filecmp.cmp(a, b, shallow=False)


def _install(new: Path, out: Path, ours: frozenset[str]) -> None:
    """Move the finished site ``new`` into the existing folder ``out``,
    replacing what the previous build wrote (``ours``) and keeping the rest
    byte for byte (the folder itself too: its owner and mode stay).
    Every step is a rename: what is replaced goes to a trash folder beside
    ``out`` first, so an error on the way puts every moved entry back (the
    earlier site stays as it was), and the trash is deleted at the end.
    stc-sw.js, which lists what the site holds, moves last."""
    plan = _plan_install(new, out, ours)
    if plan.conflicts:
        first = plan.conflicts[0]
        more = f" (and {len(plan.conflicts) - 1} more)" if len(plan.conflicts) > 1 else ""
        raise BuildError(f"{out / first}{more}: the new site writes this path, but the previous build did not: "
                         "refusing to overwrite a file that is not stc's. Move it away (or delete it if it is a leftover) and build again.")
    trash = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    done: list[tuple[Path, Path]] = []

    def move(src: Path, dst: Path) -> None:
        os.replace(src, dst)
        done.append((src, dst))

    removed = set(plan.remove)
    order = [rel for rel in plan.put if rel != _SW] + [rel for rel in plan.remove if rel not in plan.put]
    order += [_SW] if _SW in plan.put else []
    try:
        for rel in order:
            if rel in removed:
                move(out / rel, trash / str(len(done)))
            if rel in plan.put:
                move(new / rel, out / rel)
    except BaseException:
        for src, dst in reversed(done):
            try:
                os.replace(dst, src)
            except OSError:
                raise BuildError(f"Writing {out} failed, and putting the earlier site back failed too: "
                                 f"its remaining files are in {trash}.") from None
        shutil.rmtree(trash, ignore_errors=True)
        raise
    shutil.rmtree(trash, ignore_errors=True)


def _write_service_worker(site: Path, script: Path) -> None:
    """stc-sw.js at the site's root: the deployment's manifest (every file
    of the site and its sha256; its version is their hash), then the
    service worker. A new deployment is thereby a new worker script, which
    browsers notice on the next visit."""
    files = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            files[path.relative_to(site).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    version = hashlib.sha256("".join(f"{p}\0{h}\n" for p, h in files.items()).encode()).hexdigest()[:20]
    code = "\n".join(line for line in script.read_text(encoding="utf-8").splitlines() if not line.startswith("//# sourceMappingURL="))
    manifest = json.dumps({"version": version, "files": files}, separators=(",", ":"))
    (site / _SW).write_text(f"{_MANIFEST_PREFIX}{manifest};\n{code}\n", encoding="utf-8")


def _link_or_copy(src: Path, dst: Path) -> None:
    # Hard links keep builds fast and small when the cache is on the same disk;
    # the files are immutable (verified by hash), so sharing them is safe.
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def cache_version(app: AppFiles, lock_json: dict, runtime_zip: bytes) -> str:
    """Fingerprint of what makes ``st.cache_data`` entries kept in a
    visitor's browser wrong after a redeploy: the app's
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
