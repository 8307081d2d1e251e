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
* The core files of ``DEFAULT_VERSION`` have their sha256 pinned (in
  ``cache.py``), so any source of bytes (a directory, a wheel that bundles
  them, the npm tarball) is acceptable once the bytes match.  For any other
  version stc has no pins, so the core is only accepted from the npm tarball
  whose sha512 matches the ``integrity`` the npm registry publishes; the
  hashes of the files taken from it are then recorded next to them
  (``core-sha256.json``) so later runs can re-verify the cache offline.
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

The modules, each depending only on those above it:

``cache``    the cache's location, the core files and their pins, the atomic
             verified write, :class:`DistributionError`
``lock``     queries on ``pyodide-lock.json``: imports, dependency closure, files
``sources``  directories and archives the user names, searched by base name
``network``  the npm registry (core) and the CDN (packages)
``report``   what a fetch wants and what it did (:class:`FetchReport`)
``fetch``    :func:`ensure` and :func:`load_lock`, which tie the others together

The rest of stc imports from this package only, never from its modules.
"""

from __future__ import annotations

from .cache import (
    CORE_FILES,
    CORE_RECORD,
    DEFAULT_VERSION,
    LOCK_FILE,
    PINNED_CORE_SHA256,
    DistributionError,
    cache_dir,
    cache_root,
    is_core_cached,
)
from .fetch import ensure, load_lock
from .lock import closure, import_map, package_files
from .network import CDN_URL, NPM_METADATA_URL
from .report import FetchReport

__all__ = [
    "CDN_URL",
    "CORE_FILES",
    "CORE_RECORD",
    "DEFAULT_VERSION",
    "DistributionError",
    "FetchReport",
    "LOCK_FILE",
    "NPM_METADATA_URL",
    "PINNED_CORE_SHA256",
    "cache_dir",
    "cache_root",
    "closure",
    "ensure",
    "import_map",
    "is_core_cached",
    "load_lock",
    "package_files",
]
