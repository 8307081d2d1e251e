"""Where the Pyodide cache lives and how a file gets into it verified.

Holds the cache's location and layout, the core files every site needs and
the sha256 pins of the default version's core, the atomic "write under a
temporary name, hash on the way, rename only if it matches" step every
fetched file goes through, and the error every part of ``stc.pyodide``
raises.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

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

# For versions without pins: hashes of the core files taken from a verified
# npm tarball, so the cached core can be re-verified offline later.
CORE_RECORD = "core-sha256.json"

FETCH_HINT = "stc pyodide fetch --from DIR_OR_WHEEL"

CHUNK = 1 << 20

# A version becomes a directory name: refuse anything that could escape it.
_VERSION_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.+_-]*$")

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
# Hashing and atomic installation


def sha256_of(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def install(
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
            while chunk := stream.read(CHUNK):
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


# --------------------------------------------------------------------------
# The expected hashes of the core


def pinned_core(version: str) -> dict[str, str] | None:
    return PINNED_CORE_SHA256.get(version)


def recorded_core(directory: Path) -> dict[str, str] | None:
    try:
        data = json.loads((directory / CORE_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or set(data) != set(CORE_FILES):
        return None
    return {str(k): str(v) for k, v in data.items()}


def write_core_record(directory: Path, hashes: dict[str, str]) -> None:
    data = json.dumps(hashes, indent=2, sort_keys=True).encode()
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{CORE_RECORD}.", suffix=".part")
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, directory / CORE_RECORD)


def is_core_cached(version: str = DEFAULT_VERSION) -> bool:
    """True if the cache holds a verified core of ``version``.

    Read-only (unlike ensure(), it never deletes a corrupt file) and never
    touches the network: for tests that want to use a real cache if present.
    """
    directory = cache_dir(version)
    expected = pinned_core(version) or recorded_core(directory)
    if expected is None:
        return False
    for name in CORE_FILES:
        path = directory / name
        try:
            if not path.is_file() or sha256_of(path) != expected[name]:
                return False
        except OSError:
            return False
    return True
