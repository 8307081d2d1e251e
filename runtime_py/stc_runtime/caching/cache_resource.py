"""``st.cache_resource``: cache a global resource (a model, a connection),
the same object for every call, rerun and session.

Nothing is copied: a mutation of the returned object is a mutation of the
cached one (which is why Streamlit warns of concurrency issues). Values
stay in memory: in the browser that is one per tab (each tab runs its own
Python), and they are gone after a reload -- a connection or a model
cannot be stored anyway.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Callable

from . import core

DECORATOR = "cache_resource"


class CachedResourceFunc(core.CachedFunc):
    def store_value(self, value: Any) -> Any:
        return value

    def load_value(self, entry: core.Entry) -> Any:
        return entry.value

    def valid(self, entry: core.Entry) -> bool:
        validate = self._options.validate
        return validate is None or bool(validate(entry.value))


class CacheResourceAPI:
    """``st.cache_resource``: cache one shared object (a model, a connection)
    per function and arguments; ``st.cache_resource.clear()`` empties every
    such cache. Each call returns the same object, not a copy; values stay
    in memory.

    Parameters:
        func: the function to cache (when used without parentheses).
        ttl: how long an entry lives: seconds, a ``timedelta`` or a text
            such as ``"1h"``; None: for ever.
        max_entries: the most entries kept (the oldest go first); None: no limit.
        show_spinner: show a spinner while the function runs (True, False,
            or the text to show).
        show_time: show the time elapsed next to the spinner's text.
        validate: called with a cached value before it is returned; False
            makes the function run again.
        hash_funcs: type (or its full name) -> function, for arguments
            Streamlit cannot hash itself.
        on_release: called with a cached value when it leaves the cache
            (evicted by ``max_entries``, expired, replaced, cleared, or its
            session ended); must not be async.
        scope: "global" (default): one value for every session (in a built
            site, per tab); "session": this session's own, released when the
            session ends.
        refresh_mode: "foreground" (default) or "background" (needs a
            positive ``ttl``): as for ``st.cache_data``.
    """

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: float | timedelta | str | None = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        validate: Callable[[Any], bool] | None = None,
        hash_funcs: dict[Any, Callable[[Any], Any]] | None = None,
        on_release: Callable[[Any], Any] | None = None,
        scope: str = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        """Cache a function that returns a shared resource (ML model,
        database connection...). Every call returns the same object.

        ``ttl``, ``max_entries``, ``show_spinner``, ``show_time``,
        ``hash_funcs``, ``scope`` and ``refresh_mode`` as for
        ``st.cache_data``. ``validate``: called with the cached value before
        it is returned; if it returns False the function runs again.
        ``on_release``: called with each value that leaves the cache. In a
        built site cached resources live in the tab's memory only."""
        core.check_scope(scope)
        core.check_refresh_mode(refresh_mode, ttl)
        core.check_release_callback(validate, "validate")
        core.check_release_callback(on_release, "on_release")
        options = core.CacheOptions(
            decorator=DECORATOR,
            ttl=core.ttl_seconds(ttl),
            max_entries=core.check_max_entries(max_entries),
            show_spinner=show_spinner,
            hash_funcs=hash_funcs,
            validate=validate,
            show_time=bool(show_time),
            scope=scope,
            refresh_mode=refresh_mode,
            on_release=on_release,
        )

        def decorate(f: Callable[..., Any]) -> CachedResourceFunc:
            plain, binding = core.unwrap(f)
            return CachedResourceFunc(plain, options, binding=binding)

        return decorate if func is None else decorate(func)

    def clear(self) -> None:
        """Clear every ``st.cache_resource`` cache."""
        core.clear_caches(DECORATOR)

    def __repr__(self) -> str:
        return "st.cache_resource"


cache_resource = CacheResourceAPI()
