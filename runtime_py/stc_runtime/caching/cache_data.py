"""``st.cache_data``: cache what a function returns as data, a fresh copy
on every call.

The value is serialized once, when computed (``codec.py``: JSON and
``.npy`` for JSON-like values, arrays and DataFrames, pickle for the rest);
every hit decodes a new copy, so the caller may mutate what it gets
(Streamlit documents this copying behaviour: a ``df.drop(..., inplace=True)``
on the result runs again on every rerun). The call that computes the value
gets the original object, as in Streamlit. A value pickle cannot store is
an error that points to ``st.cache_resource``.

In the browser every entry whose value and elements are safe to read back
(see ``persist.py``) is also written to the visitor's browser (IndexedDB),
so it is there after a reload and in other tabs of the same site;
``persist="disk"`` is accepted and means exactly that. What comes back is
checked like any input: an entry that is damaged, crafted or of another
format is deleted and computed again, with one notice.
"""

from __future__ import annotations

import math
import sys
from datetime import timedelta
from typing import Any, Callable

from . import codec, core, persist, replay
from .errors import UNUSABLE_STORED_ENTRY, UnserializableReturnValueError

DECORATOR = "cache_data"


class CachedDataFunc(core.CachedFunc):
    def store_value(self, value: Any) -> bytes:
        try:
            return codec.encode(value)
        except Exception as exc:  # noqa: BLE001 - pickle raises many types
            raise UnserializableReturnValueError(self._func, value, exc) from None

    def load_value(self, entry: core.Entry) -> Any:
        if entry.stored_as is None:
            # Encoded by this process: pickle is as trusted as the app.
            return codec.decode(entry.value, allow_pickle=True)
        try:
            return codec.decode(entry.value, allow_pickle=False)
        except Exception as exc:  # noqa: BLE001 - any failure: compute it again
            self.unusable(entry, exc)

    def unusable(self, entry: core.Entry, exc: Exception) -> None:
        assert entry.stored_as is not None
        self._forget_stored(entry.stored_as, exc)
        cache = self._cache()
        for value_key in [k for k, e in cache.entries.items() if e is entry]:
            cache.remove(value_key)
        raise core.StaleEntry() from None

    def _forget_stored(self, key: str, exc: Exception) -> None:
        # One text for every reason, so the visitor sees one notice however
        # many entries were bad; the reason goes to the console only.
        store = persist.current()
        if store is None:
            return
        print(f"stc: ignored a stored st.cache_data entry of {self._func.__qualname__}(): {exc}", file=sys.stderr)
        store.problem(UNUSABLE_STORED_ENTRY)
        store.delete(key)

    def load_persisted(self, cache: core.FunctionCache, value_key: str) -> core.Entry | None:
        # Session-scoped entries are never stored: the browser's store is
        # shared by every tab of the site.
        store = persist.current() if self._options.scope == "global" else None
        if store is None:
            return None
        key = core.persisted_key(store, cache.key, value_key)
        data = store.read(key)
        if data is None:
            return None
        try:
            stored = persist.decode_entry(data)
        except persist.OtherVersion:
            store.delete(key)
            return None
        except persist.CorruptEntry as exc:
            self._forget_stored(key, exc)
            return None
        entry = core.Entry(stored.created, stored.value, stored.messages, stored_as=key)
        if cache.expired(entry):
            store.delete(key)
            return None
        cache.put(value_key, entry)
        return entry

    def persist(self, cache: core.FunctionCache, value_key: str, entry: core.Entry) -> None:
        store = persist.current() if self._options.scope == "global" else None
        if store is None:
            return
        if not codec.is_tree(entry.value) or not replay.storable(entry.messages):
            return  # kept in this tab's memory only (see persist.py)
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
    """``st.cache_data``: cache what a function returns, keyed by its code
    and its arguments; ``st.cache_data.clear()`` empties every such cache.
    Used as ``@st.cache_data`` or ``@st.cache_data(...)``. Each call returns
    a copy of the cached value, so the caller may change it freely. In a
    built site the values also survive reloads (the browser's IndexedDB).

    Parameters:
        func: the function to cache (when used without parentheses).
        ttl: how long an entry lives: seconds, a ``timedelta`` or a text
            such as ``"1h"``; None: for ever.
        max_entries: the most entries kept (the oldest go first); None: no limit.
        max_size: the most bytes of encoded values the function keeps in
            memory: an int, or a text with a unit (``"500MB"``, ``"1.5GiB"``;
            powers of 1024). The least recently used go first; a value larger
            than the limit on its own stays until the next one. None: no limit.
        show_spinner: show a spinner while the function runs (True, False,
            or the text to show).
        show_time: show the time elapsed next to the spinner's text.
        persist: ``"disk"`` (or True) keeps entries where the site can read
            them back after a reload; None/False: memory only.
        hash_funcs: type (or its full name) -> function, for arguments
            Streamlit cannot hash itself.
        scope: "global" (default): entries are shared by every session (in
            a built site, every tab of the site through the browser's store);
            "session": this session's own, never stored, dropped when the
            session ends.
        refresh_mode: "foreground" (default): an expired entry is computed
            again by the call that finds it. "background" (needs a positive
            ``ttl``, not with ``persist``): the call gets the expired value
            (for one more ``ttl``) while a thread computes the new one; the
            browser worker has no threads, so there the call computes it.
    """

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: float | timedelta | str | None = None,
        max_entries: int | None = None,
        max_size: int | str | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        persist: str | bool | None = None,
        hash_funcs: dict[Any, Callable[[Any], Any]] | None = None,
        scope: str = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        """Cache a function that returns data (DataFrames, arrays, str, int,
        lists, dicts...). Each call returns a copy of the cached value.

        ``ttl``: seconds, a ``timedelta`` or a string like ``"1h"``; older
        entries are computed again. ``max_entries``: the oldest entry goes
        first when a new one would exceed it. ``max_size``: the most bytes
        kept (``"500MB"``), least recently used first. ``show_spinner``: True
        shows "Running `f(...)`." while the function runs, a string shows
        that text, False nothing; ``show_time`` adds the elapsed time.
        ``persist``: ``"disk"`` or None; a built site always keeps global
        entries in the visitor's browser (IndexedDB). ``hash_funcs``:
        ``{type or "module.Type": function}`` to hash arguments Streamlit
        cannot hash. ``scope``: "global" or "session" (per session, never
        stored). ``refresh_mode``: "foreground" or "background" (the
        expired value while a thread refreshes it; not in the browser). Parameters whose name starts with
        ``_`` are not hashed. Elements the function writes are shown again
        on every hit."""
        from ..errors import StreamlitIncompatibleParametersError, StreamlitValueError

        given_persist = persist
        if persist is True:
            persist = "disk"
        elif persist is False:
            persist = None
        if persist not in (None, "disk"):
            raise StreamlitValueError("persist", ["'disk'", "None"])
        core.check_scope(scope)
        size = core.check_max_size(max_size)
        core.check_refresh_mode(refresh_mode, ttl)
        if refresh_mode == "background" and persist is not None:
            raise StreamlitIncompatibleParametersError(
                "refresh_mode='background'", f"persist={given_persist!r}", explanation=(
                    "Persisted (disk) caches do not support TTL-based expiration, which background refresh "
                    'requires. Use `persist=None` with `refresh_mode="background"`, or use '
                    '`refresh_mode="foreground"`.'))
        options = core.CacheOptions(
            decorator=DECORATOR,
            ttl=core.ttl_seconds(ttl),
            max_entries=core.check_max_entries(max_entries),
            show_spinner=show_spinner,
            hash_funcs=hash_funcs,
            max_size=size,
            show_time=bool(show_time),
            scope=scope,
            refresh_mode=refresh_mode,
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
