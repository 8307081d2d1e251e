"""Where ``st.cache_data`` keeps entries across reloads: the slot the worker's
bridge fills with the browser's IndexedDB store at boot. A module of its own,
free of imports, so filling it costs nothing; the caching package
(``caching/persist.py``) reads it when an app first caches something."""

from __future__ import annotations

from typing import Any, Protocol


class PersistentStore(Protocol):
    #: changes whenever a redeploy makes old entries wrong (data files,
    #: Pyodide and package versions): part of every persisted key
    fingerprint: str

    def read(self, key: str) -> bytes | None:
        """The entry's bytes, or None when absent or unreadable."""

    def write(self, key: str, data: bytes, meta: dict[str, Any]) -> None:
        """Store an entry (asynchronously). ``meta``: ``fn`` (function key),
        ``family`` (the function's name and file: entries of the same family
        with another ``fn`` are stale code and get pruned), ``created``,
        ``expires`` (epoch seconds or None), ``max_entries`` (None: no
        limit; the oldest entries of ``fn`` beyond it are pruned), ``size``."""

    def delete(self, key: str) -> None:
        """Forget one entry."""

    def delete_function(self, fn: str) -> None:
        """Forget every entry of one cached function."""

    def clear(self) -> None:
        """Forget every entry."""

    def problem(self, message: str) -> None:
        """Report a failure to the visitor (the store shows it once)."""


_store: "PersistentStore | None" = None


def install(store: PersistentStore | None) -> None:
    """Use ``store`` for ``st.cache_data`` entries from now on (None: memory only)."""
    global _store
    _store = store


def current() -> PersistentStore | None:
    return _store
