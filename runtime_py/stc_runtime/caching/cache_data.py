"""``st.cache_data``: cache what a function returns as data, a fresh copy
on every call.

The value is pickled once, when computed; every hit unpickles a new copy, so
the caller may mutate what it gets (the seed's "Copying behavior": its
``df.drop(..., inplace=True)`` runs on every rerun). The call that computes
the value gets the original object, as in Streamlit. A value pickle cannot
store is an error that points to ``st.cache_resource``.

In the browser every entry is also written to the visitor's browser
(IndexedDB, see ``persist.py``), so it is there after a reload and in other
tabs of the same site; ``persist="disk"`` is accepted and means exactly that.
"""

from __future__ import annotations

import math
import pickle
from datetime import timedelta
from typing import Any, Callable

from ..errors import StreamlitAPIException
from . import core, persist
from .errors import UnserializableReturnValueError

DECORATOR = "cache_data"


class CachedDataFunc(core.CachedFunc):
    def store_value(self, value: Any) -> bytes:
        try:
            return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # noqa: BLE001 - pickle raises many types
            raise UnserializableReturnValueError(self._func, value, exc) from None

    def load_value(self, entry: core.Entry) -> Any:
        try:
            return pickle.loads(entry.value)
        except Exception as exc:  # noqa: BLE001
            store = persist.current()
            if entry.stored_as is None or store is None:
                raise
            # Written by another version of the app's code or packages, or
            # damaged: forget it and compute the value again.
            store.problem(f"A cached result stored in this browser could not be read ({type(exc).__name__}: {exc}); it was computed again.")
            store.delete(entry.stored_as)
            cache = self._cache()
            for value_key in [k for k, e in cache.entries.items() if e is entry]:
                cache.remove(value_key)
            raise core.StaleEntry() from None

    def load_persisted(self, cache: core.FunctionCache, value_key: str) -> core.Entry | None:
        store = persist.current()
        if store is None:
            return None
        key = core.persisted_key(store, cache.key, value_key)
        data = store.read(key)
        if data is None:
            return None
        try:
            stored = persist.decode_entry(data)
        except persist.CorruptEntry as exc:
            store.problem(f"A cached result stored in this browser is damaged ({exc}); it was computed again.")
            store.delete(key)
            return None
        entry = core.Entry(stored.created, stored.value, stored.messages, stored_as=key)
        if cache.expired(entry):
            store.delete(key)
            return None
        cache.put(value_key, entry)
        return entry

    def persist(self, cache: core.FunctionCache, value_key: str, entry: core.Entry) -> None:
        store = persist.current()
        if store is None:
            return
        key = core.persisted_key(store, cache.key, value_key)
        data = persist.encode_entry(entry.created, entry.messages, entry.value)
        store.write(key, data, {
            "fn": cache.key,
            "family": cache.family,
            "created": entry.created,
            "expires": None if math.isinf(cache.ttl) else entry.created + cache.ttl,
            "max_entries": cache.max_entries,
            "size": len(data),
        })

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Clear this function's cached values (in the browser, the stored
        ones too); with arguments, only the value for those arguments."""
        cache = self._cache()
        store = persist.current()
        if args or kwargs:
            value_key = self._value_key(args, kwargs)
            cache.remove(value_key)
            if store is not None:
                store.delete(core.persisted_key(store, cache.key, value_key))
        else:
            cache.clear()
            if store is not None:
                store.delete_function(cache.key)


class CacheDataAPI:
    """``st.cache_data``: the decorator, and ``st.cache_data.clear()``."""

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: float | timedelta | str | None = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        persist: str | bool | None = None,
        experimental_allow_widgets: bool = False,
        hash_funcs: dict[Any, Callable[[Any], Any]] | None = None,
    ) -> Any:
        """Cache a function that returns data (DataFrames, arrays, str, int,
        lists, dicts...). Each call returns a copy of the cached value.

        ``ttl``: seconds, a ``timedelta`` or a string like ``"1h"``; older
        entries are computed again. ``max_entries``: the oldest entry goes
        first when a new one would exceed it. ``show_spinner``: True shows
        "Running `f(...)`." while the function runs, a string shows that
        text, False nothing. ``persist``: ``"disk"`` or None; a built site
        always keeps entries in the visitor's browser (IndexedDB).
        ``hash_funcs``: ``{type or "module.Type": function}`` to hash
        arguments Streamlit cannot hash. Parameters whose name starts with
        ``_`` are not hashed. Elements the function writes are shown again
        on every hit."""
        if persist is True:
            persist = "disk"
        elif persist is False:
            persist = None
        if persist not in (None, "disk"):
            raise StreamlitAPIException(f"Unsupported persist option '{persist}'. Valid values are 'disk' or None.")
        options = core.CacheOptions(
            decorator=DECORATOR,
            ttl=core.ttl_seconds(ttl),
            max_entries=core.check_max_entries(max_entries),
            show_spinner=show_spinner,
            hash_funcs=hash_funcs,
            allow_widgets=bool(experimental_allow_widgets),
        )

        def decorate(f: Callable[..., Any]) -> CachedDataFunc:
            plain, binding = core.unwrap(f)
            return CachedDataFunc(plain, options, binding=binding)

        return decorate if func is None else decorate(func)

    def clear(self) -> None:
        """Clear every ``st.cache_data`` cache (in the browser, the stored
        entries too)."""
        core.clear_caches(DECORATOR)
        store = persist.current()
        if store is not None:
            store.clear()

    def __repr__(self) -> str:
        return "st.cache_data"


cache_data = CacheDataAPI()
