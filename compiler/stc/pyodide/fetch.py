"""``ensure()``: put the core and the wanted packages into the cache, verified.

For each file it decides where the bytes come from (the cache, then the
user's sources, then the network), checks them against the pinned, recorded
or locked sha256, and, when a file cannot be provided, raises one error that
names every missing file and says how to provide it.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from pyodide_lock import PyodideLockSpec

from .cache import (
    CORE_FILES,
    DEFAULT_VERSION,
    FETCH_HINT,
    DistributionError,
    Log,
    cache_dir,
    install,
    pinned_core,
    recorded_core,
    sha256_of,
    write_core_record,
)
from .lock import as_names, closure, read_lock, resolve, unknown_names_error
from .network import CDN_URL, NET_ERRORS, Network, NetworkDown, npm_tarball
from .report import FetchReport, Progress, Want, human
from .sources import READ_ERRORS, Source, TarSource, open_source


def _check_cached(directory: Path, want: Want, progress: Progress, log: Log) -> bool:
    """True if the cached copy of ``want`` is present and verified.

    A cached file with the wrong hash (truncated, edited, left by an older
    bug) is deleted so it can never be served, and noted as replaced.
    """
    path = directory / want.file_name
    if not path.exists():
        return False
    if not path.is_file():
        raise DistributionError(
            f"{path} is in the way of the cached Pyodide file {want.file_name}: "
            "it is not a regular file; remove it and try again"
        )
    try:
        actual = sha256_of(path)
    except OSError as exc:
        actual = f"unreadable ({exc})"
    if want.sha256 is not None and actual == want.sha256:
        progress.already_cached.append(want.label)
        progress.total_bytes += path.stat().st_size
        return True
    log(
        f"cached {want.file_name} is corrupt (sha256 {actual}, expected {want.sha256}); removing it"
    )
    path.unlink(missing_ok=True)
    progress.replaced.append(want.label)
    return False


def _take_from(
    source: Source, directory: Path, wanted: dict[str, Want], progress: Progress, log: Log
) -> None:
    """Install every wanted file ``source`` holds with the right hash.

    Accepted files leave ``wanted``; a wrong hash is remembered on the want
    (and logged) but the search goes on, because another source may hold the
    right bytes: the provisa wheel, for one, carries a trimmed
    pyodide-lock.json of its own next to official package files.
    """
    try:
        for name, stream in source.supply(wanted):
            want = wanted[name]
            try:
                ok, actual, size = install(stream, directory, name, want.sha256)
            except READ_ERRORS as exc:
                want.rejections.append(f"could not be read from {source.label}: {exc}")
                log(f"could not read {name} from {source.label}: {exc}")
                continue
            if ok:
                _accepted(want, actual, size, source.label, progress, log)
                del wanted[name]
            else:
                want.rejections.append(
                    f"sha256 mismatch in {source.label}: expected {want.sha256}, got {actual}"
                )
                log(
                    f"ignoring {name} from {source.label}: "
                    f"sha256 {actual} is not the expected {want.sha256}"
                )
    except OSError as exc:
        raise DistributionError(f"cannot read source {source.path}: {exc}") from exc


def _accepted(
    want: Want, actual: str, size: int, origin: str, progress: Progress, log: Log
) -> None:
    if want.sha256 is None:
        want.sha256 = actual  # recorded for the core record of unpinned versions
    (progress.core_fetched if want.is_core else progress.packages_fetched).append(want.label)
    progress.origins[want.file_name] = origin
    progress.bytes_fetched += size
    progress.total_bytes += size
    log(f"fetched {want.file_name} ({human(size)}) from {origin}")


def _download_want(
    net: Network, want: Want, directory: Path, progress: Progress, log: Log
) -> bool:
    assert want.url is not None
    try:
        with net.open(want.url) as response:
            ok, actual, size = install(response, directory, want.file_name, want.sha256)
    except NetworkDown as exc:
        want.net_failure = str(exc)
        return False
    except DistributionError as exc:
        want.net_failure = str(exc)
        return False
    except NET_ERRORS as exc:
        # Broke off mid-transfer: the temporary file is gone already.
        net.down = f"download of {want.url} failed: {exc}"
        want.net_failure = net.down
        return False
    if not ok:
        want.rejections.append(
            f"sha256 mismatch in {want.url}: expected {want.sha256}, got {actual}"
        )
        return False
    _accepted(want, actual, size, want.url, progress, log)
    return True


def _ensure_core(
    version: str,
    directory: Path,
    sources: Sequence[Source],
    net: Network,
    progress: Progress,
    log: Log,
) -> None:
    expected = pinned_core(version) or recorded_core(directory)
    wants = {
        name: Want(name, expected[name] if expected else None, name, is_core=True)
        for name in CORE_FILES
    }
    missing = {
        name: w
        for name, w in wants.items()
        if w.sha256 is None or not _check_cached(directory, w, progress, log)
    }
    if not missing:
        return

    if expected is not None:
        # Any source will do: the bytes are checked against known hashes.
        for src in sources:
            if missing:
                _take_from(src, directory, missing, progress, log)
        if not missing:
            return

    if net.down is not None and expected is None:
        raise DistributionError(
            f"Pyodide {version} is not pinned by stc, so its core can only be taken from the "
            f"npm tarball checked against the npm registry, which cannot be used ({net.down}). "
            f"Run once with network access, or use the default version {DEFAULT_VERSION}."
        )
    if net.down is None:
        try:
            tar_path, temporary, origin = npm_tarball(version, directory, sources, net, log)
        except DistributionError as exc:
            if expected is None:
                raise
            # Keep the usual "missing file" message, which says how to
            # provide the files, and add why the registry did not help.
            for w in missing.values():
                w.net_failure = str(exc)
            raise _missing_error(
                version, directory, sources, missing.values(), net, core=True
            ) from exc
        try:
            src = TarSource(tar_path)
            src.label = origin
            _take_from(src, directory, missing, progress, log)
        finally:
            if temporary:
                tar_path.unlink(missing_ok=True)
        if expected is None and not missing:
            # Remember what the integrity-checked tarball held, so the next
            # run can verify this cache without the registry.
            write_core_record(directory, {name: w.sha256 or "" for name, w in wants.items()})

    if missing:
        raise _missing_error(version, directory, sources, missing.values(), net, core=True)


def _missing_error(
    version: str,
    directory: Path,
    sources: Sequence[Source],
    wants: Iterable[Want],
    net: Network,
    *,
    core: bool,
) -> DistributionError:
    where = ", ".join(s.label for s in sources) if sources else "no sources given"
    lines = []
    for w in sorted(wants, key=lambda w: w.file_name):
        what = (
            f"{w.file_name} (Pyodide core file)"
            if w.is_core
            else f"{w.file_name} (package {w.label!r})"
        )
        problems = list(w.rejections)
        if not w.rejections:
            problems.append(f"not found in: {where}; not in the cache {directory}")
        if w.net_failure:
            problems.append(f"network: {w.net_failure}")
        elif net.down:
            problems.append(f"network not used ({net.down})")
        lines.append(f"  - {what}: " + "; ".join(problems))
    kind = "core file(s)" if core else "package file(s)"
    online = "the npm registry" if core else CDN_URL.format(version=version, file_name="")
    return DistributionError(
        f"Pyodide {version}: {len(lines)} {kind} could not be provided with the expected sha256:\n"
        + "\n".join(lines)
        + f"\nProvide them with `{FETCH_HINT}` (a directory or archive that holds these files), "
        f"or run with network access so stc can download them from {online}."
    )


def _package_wants(
    lock: PyodideLockSpec, version: str, names: list[str], required: bool
) -> dict[str, Want]:
    wants: dict[str, Want] = {}
    for key in names:
        spec = lock.packages[key]
        if not spec.sha256:
            raise DistributionError(
                f"pyodide-lock.json of Pyodide {version} gives no sha256 for {spec.file_name} "
                f"(package {key!r}); stc refuses unverifiable files"
            )
        # file_name may be a URL in custom locks; the cache keeps base names.
        base = spec.file_name.rsplit("/", 1)[-1]
        url = (
            spec.file_name
            if "://" in spec.file_name
            else CDN_URL.format(version=version, file_name=spec.file_name)
        )
        wants.setdefault(
            base, Want(base, spec.sha256, key, is_core=False, required=required, url=url)
        )
    return wants


def ensure(
    version: str = DEFAULT_VERSION,
    packages: Iterable[str] | None = (),
    sources: Sequence[Path] = (),
    *,
    offline: bool = False,
    log: Log = print,
    with_deps: bool = True,
) -> FetchReport:
    """Make sure the core and the named packages of ``version`` are cached and verified.

    ``packages`` are package names; with ``with_deps`` (the default) their
    transitive dependencies are included, since a package cannot load
    without them.  ``packages=None`` means every package of the lock whose
    file the ``sources`` hold (what ``stc pyodide fetch --from X`` imports);
    the network is not used for packages then.

    Bytes come from ``sources`` (directories searched recursively by file
    name; .whl/.zip/.tgz archives whose members are matched by base name),
    the cache, then the network unless ``offline``.  Raises
    :class:`DistributionError` naming every file that could not be provided.
    """
    started = time.monotonic()
    directory = cache_dir(version)
    opened = [open_source(Path(p)) for p in sources]
    created = not directory.exists()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DistributionError(
            f"cannot create the Pyodide cache {directory}: {exc} (set STC_CACHE_DIR)"
        ) from exc
    try:
        return _ensure_in(version, directory, packages, opened, offline, log, with_deps, started)
    except DistributionError:
        # A failed first attempt (say, a mistyped version) should not leave
        # an empty version directory behind that looks like a cache entry.
        if created:
            # Not empty: keep whatever was verified so far.
            with contextlib.suppress(OSError):
                directory.rmdir()
        raise


def _ensure_in(
    version: str,
    directory: Path,
    packages: Iterable[str] | None,
    opened: list[Source],
    offline: bool,
    log: Log,
    with_deps: bool,
    started: float,
) -> FetchReport:
    net = Network(offline)
    progress = Progress()

    _ensure_core(version, directory, opened, net, progress, log)
    lock = read_lock(version, directory)

    if packages is None:
        wants = _package_wants(lock, version, sorted(lock.packages), required=False)
    else:
        requested = as_names(packages)
        if with_deps:
            names = closure(lock, requested)
        else:
            unknown = [n for n in requested if resolve(lock, n) is None]
            if unknown:
                raise unknown_names_error(lock, unknown)
            names = [k for k in (resolve(lock, n) for n in requested) if k is not None]
        wants = _package_wants(lock, version, sorted(set(names)), required=True)

    missing = {
        name: w for name, w in wants.items() if not _check_cached(directory, w, progress, log)
    }
    for src in opened:
        if missing:
            _take_from(src, directory, missing, progress, log)
    for name, want in sorted(missing.items()):
        if want.required and _download_want(net, want, directory, progress, log):
            del missing[name]

    # Optional wants (packages=None) that no source held are simply not part
    # of this fetch; but bytes a source offered with the wrong hash are an
    # error in every mode, as stc never silently drops a bad file.
    failed = [w for w in missing.values() if w.required or w.rejections]
    if failed:
        raise _missing_error(version, directory, opened, failed, net, core=False)

    return FetchReport(
        version=version,
        directory=directory,
        core_fetched=sorted(progress.core_fetched, key=CORE_FILES.index),
        packages_fetched=sorted(progress.packages_fetched),
        already_cached=progress.already_cached,
        replaced=progress.replaced,
        origins=progress.origins,
        bytes_fetched=progress.bytes_fetched,
        total_bytes=progress.total_bytes,
        seconds=time.monotonic() - started,
    )


def load_lock(
    version: str = DEFAULT_VERSION,
    sources: Sequence[Path] = (),
    *,
    offline: bool = False,
    log: Log = print,
) -> PyodideLockSpec:
    """The parsed ``pyodide-lock.json`` of ``version``, fetching the core if needed."""
    ensure(version, packages=(), sources=sources, offline=offline, log=log)
    return read_lock(version, cache_dir(version))
