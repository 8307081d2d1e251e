"""``stc build``: the compiler's pipeline, one call per stage.

    discover  -> the app's files (discover.py)
    analyze   -> syntax check + imports -> Pyodide packages (analyze.py)
    resolve   -> the packages' closure over pyodide-lock.json, fetched and
                 verified into the local cache (stc/pyodide/)
    snapshot  -> Pyodide's memory with the runtime imported, made under
                 Node.js (snapshot.py; cached, shared by all apps)
    prerender -> each page's first run, as the default session sees it, in
                 the site's own Pyodide under Node.js, sandboxed: it sees
                 only what the site publishes (prerender.py)
    package   -> index.html, assets, runtime, Pyodide subset, app files
                 (package.py)

Magic (a bare expression shown as if passed to st.write) is no build stage:
the runtime applies it when it compiles each script in the worker
(stc_runtime/magic.py), with the options config.toml gives.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from . import assets, pyodide
from .analyze import analyze
from .discover import SECRETS, discover
from .errors import BuildError
from .package import check_output, write_site
from .prerender import PrerenderReport, SiteInputs, prerender_pages
from .snapshot import memory_snapshot


@dataclass(frozen=True)
class BuildResult:
    out_dir: Path
    packages: tuple[str, ...]
    app_files: int
    files: int
    total_bytes: int
    seconds: float
    #: size of the shipped memory snapshot (0: none, see snapshot.py)
    snapshot_bytes: int
    warnings: tuple[str, ...]
    #: how many pages carry their first run, and where it ran (prerender.py)
    prerendered: int = 0
    prerender_engine: str = ""


def build(
    app_path: Path,
    out_dir: Path | None = None,
    *,
    pyodide_version: str = pyodide.DEFAULT_VERSION,
    sources: Sequence[Path] = (),
    dev_reload: bool = False,
    prerender: bool = True,
    snapshot: bool = True,
    strict: bool = False,
    log: Callable[[str], None] = print,
) -> BuildResult:
    started = time.perf_counter()
    app_path = Path(app_path)
    out_dir = Path(out_dir) if out_dir is not None else app_path.resolve().parent / "dist"

    app = discover(app_path, out_dir, strict=strict)
    check_output(out_dir, app.root)
    for warning in app.warnings:
        log(f"warning: {warning}")
    if (app.root / SECRETS).is_file():
        log(f"note: {SECRETS} is not published: a static site has no secrets (everything in it is public).")

    try:
        lock = pyodide.load_lock(pyodide_version, sources)
        analysis = analyze(app.root, app.entrypoint, app.files, pyodide.import_map(lock), pyodide_version=pyodide_version,
                           pages=tuple(p.source for p in app.pages if p.source))
        packages = pyodide.closure(lock, analysis.packages)
        pyodide.ensure(pyodide_version, packages, sources, log=log)
        package_files = pyodide.package_files(lock, packages)
    except pyodide.DistributionError as exc:
        raise BuildError(str(exc)) from None

    # The site's lock lists only what it ships: smaller to download, and a
    # package the build did not vendor can never be requested.
    lock_json = lock.model_dump(mode="json", by_alias=True)
    lock_json["packages"] = {name: spec for name, spec in lock_json["packages"].items() if name in set(packages)}

    runtime_zip = assets.runtime_zip_bytes()
    pyodide_dir = pyodide.cache_dir(pyodide_version)
    snap = memory_snapshot(pyodide_dir, runtime_zip, log=log) if snapshot else None

    pages = [(p.url_path, p.source) for p in app.pages] or [("", app.entrypoint)]
    shipped = SiteInputs(app.root, app.entrypoint, app.files, tuple(packages), pyodide_dir, runtime_zip, snap)
    rendered = prerender_pages(shipped, pages, log=log) if prerender else PrerenderReport()

    site = write_site(
        out_dir,
        app,
        pyodide_dir=pyodide_dir,
        lock_json=lock_json,
        packages=packages,
        package_files=package_files,
        dev_reload=dev_reload,
        prerendered={url: r.messages for url, r in rendered.pages.items() if r.messages is not None},
        runtime_zip=runtime_zip,
        snapshot=snap,
    )
    return BuildResult(
        out_dir=site.out_dir,
        packages=tuple(packages),
        app_files=len(app.files),
        files=site.files,
        total_bytes=site.total_bytes,
        snapshot_bytes=site.snapshot_bytes,
        seconds=time.perf_counter() - started,
        warnings=app.warnings,
        prerendered=sum(r.messages is not None for r in rendered.pages.values()),
        prerender_engine=rendered.engine,
    )


__all__ = ["build", "BuildResult", "BuildError"]
