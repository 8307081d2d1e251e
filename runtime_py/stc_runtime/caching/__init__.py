"""``st.cache_data`` and ``st.cache_resource`` (Streamlit's caching overview).

    hashing.py         argument hashing (Streamlit's rules, hash_funcs)
    core.py            keys, in-memory caches, ttl/max_entries, the decorated function
    replay.py          elements written inside a cached function, replayed on hits
    codec.py           how cache_data values are serialized (JSON/.npy, pickle for the rest)
    cache_data.py      copies through codec; persisted in the browser
    cache_resource.py  the same object every time; memory only
    persist.py         the browser's store (IndexedDB): entry format, read back as untrusted input
"""

from __future__ import annotations

from .cache_data import cache_data
from .cache_resource import cache_resource
from .core import set_clock
from .errors import (
    CacheReplayClosureError,
    UnhashableParamError,
    UnserializableReturnValueError,
    UserHashError,
)


def clear_all() -> None:
    """Clear both caches, in memory and in the browser's store (the app
    menu's "Clear cache")."""
    cache_data.clear()
    cache_resource.clear()


__all__ = [
    "cache_data", "cache_resource", "clear_all", "set_clock",
    "CacheReplayClosureError", "UnhashableParamError", "UnserializableReturnValueError", "UserHashError",
]
