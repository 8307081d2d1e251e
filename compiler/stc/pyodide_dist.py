"""A verified local cache of the Pyodide distribution.

A built site loads the Pyodide core (the interpreter and its standard library)
and exactly the packages the app needs.  All of those bytes come from this
cache, one directory per Pyodide version::

    cache_root()/pyodide/<version>/pyodide.mjs
                                  /pyodide-lock.json
                                  /numpy-2.0.2-cp312-cp312-pyodide_2024_0_wasm32.whl
                                  ...

The layout is flat, with the file names the lock uses, so the directory can be
copied (or served) as Pyodide's ``indexURL`` without renaming anything.

Trust model
-----------
* The core files of ``DEFAULT_VERSION`` have their sha256 pinned below, so any
  source of bytes (a directory, a wheel that bundles them, the npm tarball) is
  acceptable once the bytes match.  For any other version stc has no pins, so
  the core is only accepted from the npm tarball whose sha512 matches the
  ``integrity`` the npm registry publishes; the hashes of the files taken from
  it are then recorded next to them (``core-sha256.json``) so later runs can
  re-verify the cache offline.
* ``pyodide-lock.json`` is part of the core, hence verified as above, and it
  in turn names the sha256 of every package file.
* Every file is written under a temporary name, hashed while it is written,
  and only renamed into place when the hash matches.  The cache therefore
  never exposes a partial or unverified file, even with concurrent runs.
* Files already in the cache are fully re-hashed whenever they are used.
  sha256 runs at roughly 0.5 GB/s here, so checking the core plus numpy and
  pandas costs a few tens of milliseconds; in exchange a truncated or
  bit-flipped cache file is always detected (a size/mtime manifest would miss
  an in-place edit that keeps both).

Where bytes come from, in order: the ``sources`` the caller names, the cache
itself (checked first in practice: a verified cached file is byte-identical to
whatever a source would give), then the network (the npm registry for the
core, the official CDN for packages) unless ``offline`` is set.
"""

from __future__ import annotations

import base64
import contextlib
import difflib
import hashlib
import http.client
import json
import os
import re
import tarfile
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from pyodide_lock import PyodideLockSpec

__all__ = [
    "CORE_FILES",
    "DEFAULT_VERSION",
    "DistributionError",
    "FetchReport",
    "cache_dir",
    "cache_root",
    "closure",
    "ensure",
    "import_map",
    "is_core_cached",
    "load_lock",
    "package_files",
]

DEFAULT_VERSION = "0.27.7"

LOCK_FILE = "pyodide-lock.json"

# Everything a page needs before it can load any package.  pyodide.js (the
# classic-script build) is tiny and lets a classic worker use importScripts
# where a module worker is not an option.
CORE_FILES: tuple[str, ...] = (
    "pyodide.mjs",
    "pyodide.js",
    "pyodide.asm.js",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    LOCK_FILE,
)

# sha256 of the core files of the pinned versions, computed from the official
# npm tarball pyodide-0.27.7.tgz (itself checked against the registry's
# sha512 integrity).  Pinning lets the core come from any source offline.
PINNED_CORE_SHA256: dict[str, dict[str, str]] = {
    "0.27.7": {
        "pyodide.mjs": "04c052c815abb0bf2981fa38c2dfa58e3120ee5288c956df2b2a15e301782c5f",
        "pyodide.js": "b4cb23a53aba19c221659b9fb40a2f18281d685691dc06647fb0afd0681baf98",
        "pyodide.asm.js": "6b4c90de5b7172873f04f21884d0e9d2274e305fe32116558fe3e4fbe3618d51",
        "pyodide.asm.wasm": "a50dd1843f805a0b7c45b61037ee0d7b26dfe85efe0e18ef95a34ad24e401f5f",
        "python_stdlib.zip": "16611534726e5d8ac2bd8f926410b2dcb8d6f49aa24913463533b457a2115c16",
        "pyodide-lock.json": "9c45b916001a750f4102fc287494f3eab215909c7535c626a20db80fd6333e2c",
    },
}

NPM_METADATA_URL = "https://registry.npmjs.org/pyodide/{version}"
CDN_URL = "https://cdn.jsdelivr.net/pyodide/v{version}/full/{file_name}"

# Short on purpose: without internet a DNS failure is instant, but a
# black-holed connection would otherwise hang a build for minutes.
NETWORK_TIMEOUT = 10.0

FETCH_HINT = "stc pyodide fetch --from DIR_OR_WHEEL"

# For versions without pins: hashes of the core files taken from a verified
# npm tarball, so the cached core can be re-verified offline later.
CORE_RECORD = "core-sha256.json"

_CHUNK = 1 << 20

# Archive suffixes whose members are searched by base name.
_ZIP_SUFFIXES = (".whl", ".zip")
_TAR_SUFFIXES = (".tgz", ".tar.gz", ".tar", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")

# A version becomes a directory name: refuse anything that could escape it.
_VERSION_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.+_-]*$")

# Errors that mean "this source's bytes could not be read", as opposed to a
# bug: a corrupt archive, a truncated gzip stream, an unreadable file.
_READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, zlib.error)

# Errors urllib and http.client raise for any network trouble.  URLError and
# socket timeouts are OSError subclasses.
_NET_ERRORS = (OSError, http.client.HTTPException, ValueError)

Log = Callable[[str], None]


class DistributionError(Exception):
    """A Pyodide file is missing, unverifiable or unreachable.

    The message is meant for the user as it is: it names the file and says
    how to provide it (for example ``stc pyodide fetch --from DIR``).
    """


# --------------------------------------------------------------------------
# Cache location


def cache_root() -> Path:
    """Root of stc's cache: ``$STC_CACHE_DIR`` if set, else ``~/.cache/stc``."""
    env = os.environ.get("STC_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    return Path.home() / ".cache" / "stc"


def cache_dir(version: str = DEFAULT_VERSION) -> Path:
    """Directory holding the cached distribution of one Pyodide version."""
    if not _VERSION_RE.match(version):
        raise DistributionError(f"invalid Pyodide version {version!r}")
    return cache_root() / "pyodide" / version


# --------------------------------------------------------------------------
# Lock queries


def _canonical(name: str) -> str:
    # PEP 503 normalisation; the lock's keys are already in this form, so
    # "Python_DateUtil" finds "python-dateutil".
    return re.sub(r"[-_.]+", "-", name).lower()


def _resolve(lock: PyodideLockSpec, name: str) -> str | None:
    if name in lock.packages:
        return name
    canon = _canonical(name)
    if canon in lock.packages:
        return canon
    for key in lock.packages:
        if _canonical(key) == canon:
            return key
    return None


def _unknown_names_error(lock: PyodideLockSpec, unknown: Sequence[str]) -> DistributionError:
    # Users often write the import name ("sklearn", "PIL"); point them at the
    # package that provides it, or at close spellings.
    imports = import_map(lock)
    lines = []
    for name in unknown:
        hint = ""
        if name in imports:
            hint = f" (the import {name!r} is provided by package {imports[name]!r})"
        else:
            close = difflib.get_close_matches(_canonical(name), list(lock.packages), n=3)
            if close:
                hint = f" (did you mean {', '.join(repr(c) for c in close)}?)"
        lines.append(f"  - {name!r}{hint}")
    return DistributionError(
        f"Pyodide {lock.info.version} has no package named:\n"
        + "\n".join(lines)
        + "\nPackages must be listed in its pyodide-lock.json."
    )


def _as_names(names: Iterable[str] | str) -> list[str]:
    # A bare string is one name, not an iterable of one-letter names.
    return [names] if isinstance(names, str) else list(names)


def import_map(lock: PyodideLockSpec) -> dict[str, str]:
    """Map each import name declared in the lock to the package providing it.

    Keys are the lock's ``imports`` entries as written (a few are dotted, e.g.
    ``arro3.compute``).  Packages are visited in name order so that the result
    is deterministic if two ever claim the same import.  An entry that is not
    a valid module name because it contains ``-`` (0.27.7 lists
    ``matplotlib-inline``) is also mapped in its ``_`` spelling, which is
    what Python code actually imports.
    """
    result: dict[str, str] = {}
    for pkg_name in sorted(lock.packages):
        for imp in lock.packages[pkg_name].imports:
            result.setdefault(imp, pkg_name)
            if "-" in imp:
                result.setdefault(imp.replace("-", "_"), pkg_name)
    return result


def closure(lock: PyodideLockSpec, names: Iterable[str]) -> list[str]:
    """The named packages plus all their transitive ``depends``, sorted.

    Names are matched after PEP 503 normalisation and returned as the lock's
    keys.  An unknown name raises :class:`DistributionError`.
    """
    requested = _as_names(names)
    resolved: list[str] = []
    unknown: list[str] = []
    for name in requested:
        key = _resolve(lock, name)
        if key is None:
            unknown.append(name)
        else:
            resolved.append(key)
    if unknown:
        raise _unknown_names_error(lock, unknown)

    seen: set[str] = set()
    stack = list(resolved)
    while stack:
        key = stack.pop()
        if key in seen:
            continue
        seen.add(key)
        for dep in lock.packages[key].depends:
            dep_key = _resolve(lock, dep)
            if dep_key is None:
                # A dependency missing from its own lock means a broken lock,
                # not a user mistake; still say which package asked for it.
                raise DistributionError(
                    f"pyodide-lock.json of Pyodide {lock.info.version} is inconsistent: "
                    f"package {key!r} depends on {dep!r}, which it does not list"
                )
            if dep_key not in seen:
                stack.append(dep_key)
    return sorted(seen)


def package_files(lock: PyodideLockSpec, names: Iterable[str]) -> list[str]:
    """The lock's ``file_name`` of each named package, in the given order."""
    requested = _as_names(names)
    keys = [_resolve(lock, n) for n in requested]
    unknown = [n for n, k in zip(requested, keys, strict=True) if k is None]
    if unknown:
        raise _unknown_names_error(lock, unknown)
    return [lock.packages[k].file_name for k in keys if k is not None]


# --------------------------------------------------------------------------
# Report


def _human(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.1f} kB"


@dataclass(frozen=True)
class FetchReport:
    """What :func:`ensure` did.

    ``core_fetched`` holds core file names and ``packages_fetched`` package
    names (lock keys) that were copied or downloaded into the cache by this
    call.  ``already_cached`` holds both kinds (core file names and package
    names) whose cached copy was verified and kept.  ``replaced`` names the
    entries whose cached copy was corrupt and got deleted; each also appears
    in a ``*_fetched`` list when a good copy was found (with
    ``packages=None``, one that no source holds is just dropped).
    ``origins`` maps each fetched file name to where its bytes came from.
    """

    version: str
    directory: Path
    core_fetched: list[str] = field(default_factory=list)
    packages_fetched: list[str] = field(default_factory=list)
    already_cached: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    origins: dict[str, str] = field(default_factory=dict)
    bytes_fetched: int = 0
    # Size of every file this call guarantees (fetched or already cached).
    total_bytes: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        """One line for the CLI."""
        n_fetched = len(self.core_fetched) + len(self.packages_fetched)
        n_files = n_fetched + len(self.already_cached)
        parts = [
            f"Pyodide {self.version}: {n_files} files verified in {self.directory}",
            f"{n_fetched} fetched ({_human(self.bytes_fetched)})",
            f"{len(self.already_cached)} already cached",
        ]
        if self.replaced:
            parts.append(f"{len(self.replaced)} corrupt cached file(s) replaced")
        parts.append(f"{_human(self.total_bytes)} in total, {self.seconds:.1f} s")
        return ", ".join(parts)


@dataclass
class _Progress:
    """Mutable twin of FetchReport, filled while ensure() runs."""

    core_fetched: list[str] = field(default_factory=list)
    packages_fetched: list[str] = field(default_factory=list)
    already_cached: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    origins: dict[str, str] = field(default_factory=dict)
    bytes_fetched: int = 0
    total_bytes: int = 0


@dataclass
class _Want:
    """One file ensure() must place in the cache, and what it has learned
    about it so far (for the error message if it never arrives)."""

    file_name: str  # base name in the cache and in sources
    sha256: str | None  # None: accept and record (npm-verified core only)
    label: str  # report key: core file name or package name
    is_core: bool
    required: bool = True
    url: str | None = None  # where the network would have it
    rejections: list[str] = field(default_factory=list)
    net_failure: str | None = None


# --------------------------------------------------------------------------
# Hashing and atomic installation


def _sha256_of(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _install(
    stream: IO[bytes], directory: Path, name: str, expected: str | None
) -> tuple[bool, str, int]:
    """Copy ``stream`` to ``directory/name`` only if its sha256 is ``expected``.

    The bytes go to a temporary file in the same directory (so the final
    rename is atomic) and are hashed on the way.  Returns (accepted, actual
    sha256, size).  On mismatch or error nothing is left behind.
    """
    fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".part")
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        size = 0
        with os.fdopen(fd, "wb") as out:
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
        actual = digest.hexdigest()
        if expected is not None and actual != expected:
            tmp.unlink()
            return False, actual, size
        # mkstemp creates 0600 files; cache files are meant to be copied into
        # sites and served, so make them readable like any downloaded file.
        os.chmod(tmp, 0o644)
        os.replace(tmp, directory / name)
        return True, actual, size
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _check_cached(directory: Path, want: _Want, progress: _Progress, log: Log) -> bool:
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
        actual = _sha256_of(path)
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


# --------------------------------------------------------------------------
# Sources: directories and archives searched by file base name


class _Source:
    """Somewhere the user told us to look for files, matched by base name."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.label = str(path)

    def supply(self, wanted: dict[str, _Want]) -> Iterator[tuple[str, IO[bytes]]]:
        """Yield (base name, stream) for wanted files this source holds.

        ``wanted`` is read lazily: the consumer removes names it accepted, so
        a later duplicate of an accepted file is not offered again, while a
        duplicate of a rejected one is.
        """
        raise NotImplementedError


class _DirectorySource(_Source):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.label = f"{path} (directory)"
        # First match in sorted walk order wins, so results do not depend
        # on the file system's listing order.
        self._index: dict[str, Path] = {}
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for fname in sorted(files):
                self._index.setdefault(fname, Path(root) / fname)

    def supply(self, wanted: dict[str, _Want]) -> Iterator[tuple[str, IO[bytes]]]:
        for name in sorted(set(wanted) & set(self._index)):
            if name not in wanted:
                continue
            try:
                fh = self._index[name].open("rb")
            except FileNotFoundError:
                # Gone since indexing, e.g. the source is the cache itself
                # and this was a corrupt copy that was just removed.
                continue
            with fh:
                yield name, fh


class _FileSource(_Source):
    """A single file, offered under its own name (e.g. one package wheel)."""

    def supply(self, wanted: dict[str, _Want]) -> Iterator[tuple[str, IO[bytes]]]:
        if self.path.name in wanted:
            with self.path.open("rb") as fh:
                yield self.path.name, fh


class _ZipSource(_FileSource):
    """A .whl/.zip: offered as itself, and each member by its base name
    (the provisa wheel keeps the distribution under a deep folder)."""

    def supply(self, wanted: dict[str, _Want]) -> Iterator[tuple[str, IO[bytes]]]:
        yield from super().supply(wanted)
        if not wanted:  # e.g. the archive was itself the wanted file
            return
        try:
            with zipfile.ZipFile(self.path) as zf:
                index: dict[str, zipfile.ZipInfo] = {}
                for info in zf.infolist():
                    if not info.is_dir():
                        index.setdefault(info.filename.rsplit("/", 1)[-1], info)
                for name in sorted(set(wanted) & set(index)):
                    if name in wanted:
                        with zf.open(index[name]) as fh:
                            yield name, fh
        except zipfile.BadZipFile as exc:
            raise DistributionError(
                f"cannot read source {self.path} as a zip archive: {exc}"
            ) from exc


class _TarSource(_FileSource):
    """A tarball (the npm package): members matched by base name in one
    sequential pass, since seeking in a compressed tar means decompressing
    again from the start."""

    def supply(self, wanted: dict[str, _Want]) -> Iterator[tuple[str, IO[bytes]]]:
        yield from super().supply(wanted)
        if not wanted:  # e.g. the archive was itself the wanted file
            return
        try:
            with tarfile.open(self.path, "r|*") as tf:
                for member in tf:
                    name = member.name.rsplit("/", 1)[-1]
                    if member.isfile() and name in wanted:
                        fh = tf.extractfile(member)
                        if fh is not None:
                            yield name, fh
        except (tarfile.TarError, EOFError, zlib.error) as exc:
            raise DistributionError(
                f"cannot read source {self.path} as a tar archive: {exc}"
            ) from exc


def _open_source(path: Path) -> _Source:
    path = Path(path).expanduser()
    if path.is_dir():
        return _DirectorySource(path)
    if not path.is_file():
        raise DistributionError(
            f"source {path} does not exist (expected a directory, .whl, .zip or .tgz)"
        )
    lower = path.name.lower()
    if lower.endswith(_ZIP_SUFFIXES):
        return _ZipSource(path)
    if lower.endswith(_TAR_SUFFIXES):
        return _TarSource(path)
    return _FileSource(path)


def _take_from(
    source: _Source, directory: Path, wanted: dict[str, _Want], progress: _Progress, log: Log
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
                ok, actual, size = _install(stream, directory, name, want.sha256)
            except _READ_ERRORS as exc:
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
    want: _Want, actual: str, size: int, origin: str, progress: _Progress, log: Log
) -> None:
    if want.sha256 is None:
        want.sha256 = actual  # recorded for the core record of unpinned versions
    (progress.core_fetched if want.is_core else progress.packages_fetched).append(want.label)
    progress.origins[want.file_name] = origin
    progress.bytes_fetched += size
    progress.total_bytes += size
    log(f"fetched {want.file_name} ({_human(size)}) from {origin}")


# --------------------------------------------------------------------------
# Network


class _NetworkDown(Exception):
    """The network as a whole is unusable (no route, DNS, timeout)."""


class _Network:
    """urllib with a short timeout, turning failures into messages.

    After the first connection-level failure the network is considered down
    for the rest of the call, so 40 missing packages cost one timeout, not 40.
    """

    def __init__(self, offline: bool) -> None:
        self.offline = offline
        self.down: str | None = "offline mode" if offline else None

    def open(self, url: str, accept: str | None = None) -> IO[bytes]:
        if self.down is not None:
            raise _NetworkDown(self.down)
        request = urllib.request.Request(url, headers={"User-Agent": "stc"})
        if accept:
            request.add_header("Accept", accept)
        try:
            response: IO[bytes] = urllib.request.urlopen(request, timeout=NETWORK_TIMEOUT)
            return response
        except urllib.error.HTTPError as exc:
            # The server answered: only this URL is bad (404 and the like).
            raise DistributionError(f"{url} answered HTTP {exc.code} {exc.reason}") from exc
        except _NET_ERRORS as exc:
            reason = getattr(exc, "reason", exc)
            self.down = f"{url.split('/')[2]} could not be reached: {reason}"
            raise _NetworkDown(self.down) from exc


def _download_want(
    net: _Network, want: _Want, directory: Path, progress: _Progress, log: Log
) -> bool:
    assert want.url is not None
    try:
        with net.open(want.url) as response:
            ok, actual, size = _install(response, directory, want.file_name, want.sha256)
    except _NetworkDown as exc:
        want.net_failure = str(exc)
        return False
    except DistributionError as exc:
        want.net_failure = str(exc)
        return False
    except _NET_ERRORS as exc:
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


def _integrity_sha512(integrity: str) -> bytes | None:
    # npm's "integrity" is a Subresource Integrity list: "sha512-<base64> ...".
    for token in integrity.split():
        algo, _, b64 = token.partition("-")
        if algo == "sha512":
            try:
                return base64.b64decode(b64, validate=True)
            except ValueError:
                return None
    return None


def _npm_tarball(
    version: str, directory: Path, sources: Sequence[_Source], net: _Network, log: Log
) -> tuple[Path, bool, str]:
    """A local path to the npm tarball of ``version``, verified against the
    registry's sha512 integrity.  Returns (path, is_temporary, origin).

    A .tgz among the sources with the right sha512 is used as is, which is
    how an unpinned version can be installed from a tarball the user already
    has (the registry lookup itself is a few kB).
    """
    meta_url = NPM_METADATA_URL.format(version=version)
    try:
        with net.open(meta_url, accept="application/json") as response:
            meta = json.load(response)
        tarball_url = meta["dist"]["tarball"]
        integrity = meta["dist"]["integrity"]
    except _NetworkDown as exc:
        raise DistributionError(
            f"the npm registry is needed for the Pyodide {version} core but {exc}"
        ) from exc
    except DistributionError as exc:  # the registry answered with an HTTP error
        raise DistributionError(
            f"Pyodide {version} is not available from the npm registry: {exc}"
        ) from exc
    except (KeyError, TypeError, json.JSONDecodeError) as exc:
        raise DistributionError(
            f"{meta_url} did not describe a Pyodide {version} tarball ({exc!r})"
        ) from exc
    except _NET_ERRORS as exc:
        raise DistributionError(f"could not read {meta_url}: {exc}") from exc
    expected = _integrity_sha512(str(integrity))
    if expected is None:
        raise DistributionError(
            f"{meta_url} gives no usable sha512 integrity ({integrity!r}); refusing the tarball"
        )

    for src in sources:
        if isinstance(src, _TarSource):
            with src.path.open("rb") as fh:
                if hashlib.file_digest(fh, "sha512").digest() == expected:
                    return src.path, False, f"{src.path} (npm integrity verified)"

    fd, tmp_name = tempfile.mkstemp(
        dir=directory, prefix=f".pyodide-{version}.", suffix=".tgz.part"
    )
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha512()
        with os.fdopen(fd, "wb") as out, net.open(tarball_url) as response:
            log(f"downloading {tarball_url}")
            while chunk := response.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
    except _NetworkDown as exc:
        tmp.unlink(missing_ok=True)
        raise DistributionError(f"could not download the Pyodide {version} core: {exc}") from exc
    except (DistributionError, *_NET_ERRORS) as exc:
        tmp.unlink(missing_ok=True)
        raise DistributionError(f"could not download {tarball_url}: {exc}") from exc
    if digest.digest() != expected:
        tmp.unlink(missing_ok=True)
        raise DistributionError(
            f"{tarball_url} does not match the sha512 integrity the npm registry gives "
            f"({integrity}); refusing it"
        )
    return tmp, True, tarball_url


# --------------------------------------------------------------------------
# ensure()


def _pinned_core(version: str) -> dict[str, str] | None:
    return PINNED_CORE_SHA256.get(version)


def _recorded_core(directory: Path) -> dict[str, str] | None:
    try:
        data = json.loads((directory / CORE_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or set(data) != set(CORE_FILES):
        return None
    return {str(k): str(v) for k, v in data.items()}


def _write_core_record(directory: Path, hashes: dict[str, str]) -> None:
    data = json.dumps(hashes, indent=2, sort_keys=True).encode()
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{CORE_RECORD}.", suffix=".part")
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, directory / CORE_RECORD)


def _ensure_core(
    version: str,
    directory: Path,
    sources: Sequence[_Source],
    net: _Network,
    progress: _Progress,
    log: Log,
) -> None:
    expected = _pinned_core(version) or _recorded_core(directory)
    wants = {
        name: _Want(name, expected[name] if expected else None, name, is_core=True)
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
            tar_path, temporary, origin = _npm_tarball(version, directory, sources, net, log)
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
            src = _TarSource(tar_path)
            src.label = origin
            _take_from(src, directory, missing, progress, log)
        finally:
            if temporary:
                tar_path.unlink(missing_ok=True)
        if expected is None and not missing:
            # Remember what the integrity-checked tarball held, so the next
            # run can verify this cache without the registry.
            _write_core_record(directory, {name: w.sha256 or "" for name, w in wants.items()})

    if missing:
        raise _missing_error(version, directory, sources, missing.values(), net, core=True)


def _missing_error(
    version: str,
    directory: Path,
    sources: Sequence[_Source],
    wants: Iterable[_Want],
    net: _Network,
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


def _read_lock(version: str, directory: Path) -> PyodideLockSpec:
    try:
        lock = PyodideLockSpec.from_json(directory / LOCK_FILE)
    except (
        Exception
    ) as exc:  # pydantic/json errors: the bytes were verified, so the parser disagrees
        raise DistributionError(f"cannot parse {directory / LOCK_FILE}: {exc}") from exc
    if lock.info.version != version:
        raise DistributionError(
            f"{directory / LOCK_FILE} describes Pyodide {lock.info.version}, not {version}"
        )
    return lock


def _package_wants(
    lock: PyodideLockSpec, version: str, names: list[str], required: bool
) -> dict[str, _Want]:
    wants: dict[str, _Want] = {}
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
            base, _Want(base, spec.sha256, key, is_core=False, required=required, url=url)
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
    opened = [_open_source(Path(p)) for p in sources]
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
    opened: list[_Source],
    offline: bool,
    log: Log,
    with_deps: bool,
    started: float,
) -> FetchReport:
    net = _Network(offline)
    progress = _Progress()

    _ensure_core(version, directory, opened, net, progress, log)
    lock = _read_lock(version, directory)

    if packages is None:
        wants = _package_wants(lock, version, sorted(lock.packages), required=False)
    else:
        requested = _as_names(packages)
        if with_deps:
            names = closure(lock, requested)
        else:
            unknown = [n for n in requested if _resolve(lock, n) is None]
            if unknown:
                raise _unknown_names_error(lock, unknown)
            names = [k for k in (_resolve(lock, n) for n in requested) if k is not None]
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
    return _read_lock(version, cache_dir(version))


def is_core_cached(version: str = DEFAULT_VERSION) -> bool:
    """True if the cache holds a verified core of ``version``.

    Read-only (unlike ensure(), it never deletes a corrupt file) and never
    touches the network: for tests that want to use a real cache if present.
    """
    directory = cache_dir(version)
    expected = _pinned_core(version) or _recorded_core(directory)
    if expected is None:
        return False
    for name in CORE_FILES:
        path = directory / name
        try:
            if not path.is_file() or _sha256_of(path) != expected[name]:
                return False
        except OSError:
            return False
    return True
