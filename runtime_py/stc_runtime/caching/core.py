"""What ``st.cache_data`` and ``st.cache_resource`` share: keys, the
in-memory caches, expiry, the spinner, replay, and the decorated function.

A cached value is found by two keys (as Streamlit documents caching):

- the **function key**: the decorator, the function's module, qualified
  name and source code (its bytecode when the source cannot be read). Not the
  function object: the script defines a new one on every rerun, and a cached
  method (``MyResource.get_resource_manager``) must keep its value. Editing the
  function's code gives it a new key, so it never sees the old results;
- the **value key**: the arguments, bound to the function's parameters
  (defaults applied, so ``f(1)`` and ``f(x=1)`` are one call), hashed by
  ``hashing.py``; parameters whose name starts with ``_`` are left out.

Caches are process-wide, shared by every session of the process (two
AppTests, or two sessions in one CPython test, share them as two visitors of
one Streamlit server do). In the browser each tab is its own process;
``cache_data`` entries reach other tabs and later visits through the
persistent store (``persist.py``); ``cache_resource`` values stay in the tab.

Time comes from ``clock()`` (wall-clock seconds), replaceable with
``set_clock`` so tests of ``ttl`` need not sleep. Wall-clock, not monotonic:
an entry's age must survive a reload.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import itertools
import math
import re
import sys
import threading
import time
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Callable, Iterator

from .. import run_context
from ..errors import StreamlitAPIException
from . import hashing, persist
from .errors import BadTTLStringError, UnhashableParamError, UnhashableTypeError
from .replay import Record, Recorder, replay, widget_values

# --- time -------------------------------------------------------------------

_clock: Callable[[], float] = time.time


def clock() -> float:
    return _clock()


def set_clock(fn: Callable[[], float] | None) -> Callable[[], float]:
    """Use ``fn`` as the caches' clock (None: the real one); returns the
    previous clock."""
    global _clock
    previous = _clock
    _clock = fn or time.time
    return previous


_UNITS = {
    "w": 604800, "week": 604800, "weeks": 604800,
    "d": 86400, "day": 86400, "days": 86400,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "t": 60,
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "ms": 1e-3, "millisecond": 1e-3, "milliseconds": 1e-3,
    "us": 1e-6, "microsecond": 1e-6, "microseconds": 1e-6,
    "ns": 1e-9, "nanosecond": 1e-9, "nanoseconds": 1e-9,
}
_TTL_PART = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*([a-zA-Z]+)\s*,?")


def ttl_seconds(ttl: float | int | timedelta | str | None) -> float:
    """``ttl`` in seconds (``math.inf`` for None). Strings are durations as
    Streamlit (pandas) reads them: ``"1h"``, ``"1d"``, ``"30m"``,
    ``"1d2h34m"``, ``"2 days"``."""
    if ttl is None:
        return math.inf
    if isinstance(ttl, timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, str):
        text = ttl.strip()
        pos, total, matched = 0, 0.0, False
        while pos < len(text):
            m = _TTL_PART.match(text, pos)
            unit = m and _UNITS.get(m.group(2).lower())
            if not m or unit is None:
                break
            total += float(m.group(1)) * unit
            pos, matched = m.end(), True
        if matched and pos == len(text):
            return total
        try:  # anything else pandas understands ("01:30:00", "P1D"...)
            import pandas as pd

            seconds = pd.Timedelta(text).total_seconds()
            if not math.isnan(seconds):
                return seconds
        except Exception:  # noqa: BLE001 - pandas missing or the text is not a duration
            pass
        raise BadTTLStringError(ttl)
    if isinstance(ttl, bool) or not isinstance(ttl, (int, float)):
        raise StreamlitAPIException(f"ttl must be a number of seconds, a timedelta or a string like '1h', not {ttl!r}.")
    return float(ttl)


# --- the caches ---------------------------------------------------------------


@dataclass
class Entry:
    created: float
    #: cache_data: the encoded value (codec.py); cache_resource: the value itself
    value: Any
    #: elements to replay (see replay.py)
    messages: list[Record] = field(default_factory=list)
    #: the persisted key it was read from (None: computed in this process)
    stored_as: str | None = None


class StaleEntry(Exception):
    """A stored entry turned out unreadable; the call computes the value."""


@dataclass
class _WidgetEntries:
    """Widget replay: a call whose function drew widgets is keyed
    by its arguments, then by those widgets' values."""

    widget_ids: list[str]
    by_values: dict[str, Entry] = field(default_factory=dict)


class FunctionCache:
    """The entries of one cached function (one function key), oldest first."""

    def __init__(self, key: str, family: str, decorator: str) -> None:
        self.key = key
        self.family = family
        self.decorator = decorator
        self.ttl = math.inf
        self.max_entries: int | None = None
        #: cache_data's ``max_size``: the most bytes of encoded values kept;
        #: the least recently used go first. None: no limit
        self.max_size: int | None = None
        #: cache_resource's ``on_release``: called with each value that
        #: leaves the cache (evicted, expired, replaced, cleared)
        self.on_release: Callable[[Any], Any] | None = None
        #: refresh_mode="background": seconds past ``ttl`` an expired value
        #: is still handed out while a thread computes the new one
        self.grace = 0.0
        #: value keys being refreshed in the background now
        self.refreshing: set[str] = set()
        self.entries: OrderedDict[str, Entry | _WidgetEntries] = OrderedDict()
        self.lock = threading.RLock()

    def get(self, value_key: str) -> Entry | _WidgetEntries | None:
        with self.lock:
            entry = self.entries.get(value_key)
            if isinstance(entry, Entry) and clock() - entry.created > self.ttl + self.grace:
                self._drop(value_key)
                return None
            if entry is not None:
                self.entries.move_to_end(value_key)  # most recently used (max_size)
            return entry

    def _release(self, entry: Entry | _WidgetEntries | None) -> None:
        if entry is None or self.on_release is None:
            return
        for one in entry.by_values.values() if isinstance(entry, _WidgetEntries) else (entry,):
            try:
                self.on_release(one.value)
            except Exception as exc:  # noqa: BLE001 - a failing release must not lose the cache
                print(f"stc: on_release of a cached resource failed: {exc!r}", file=sys.stderr)

    def _drop(self, value_key: str) -> None:
        self._release(self.entries.pop(value_key, None))

    def expired(self, entry: Entry) -> bool:
        return clock() - entry.created > self.ttl

    def put(self, value_key: str, entry: Entry | _WidgetEntries) -> None:
        with self.lock:
            old = self.entries.pop(value_key, None)
            if old is not None and old is not entry:
                if isinstance(old, _WidgetEntries) and isinstance(entry, _WidgetEntries):
                    self._release(_WidgetEntries(old.widget_ids, {
                        k: e for k, e in old.by_values.items() if entry.by_values.get(k) is not e}))
                else:
                    self._release(old)
            self.entries[value_key] = entry
            self._evict()

    def _evict(self) -> None:
        now = clock()
        for k in [k for k, e in self.entries.items()
                  if isinstance(e, Entry) and now - e.created > self.ttl + self.grace and k not in self.refreshing]:
            self._drop(k)
        # "The oldest entry will be removed when a new entry is added to a
        # full cache" (Streamlit's docs on max_entries). Oldest by creation:
        # an entry read back from the browser's store may be older than
        # entries computed in this process.
        while self.max_entries is not None and len(self.entries) > self.max_entries:
            oldest = min(self.entries, key=lambda k: _created(self.entries[k]))
            self._drop(oldest)
        # max_size: least recently used first (``entries`` is in use order),
        # but the newest value stays even when it alone is larger.
        if self.max_size is not None:
            total = sum(_size(e) for e in self.entries.values())
            while total > self.max_size and len(self.entries) > 1:
                first = next(iter(self.entries))
                total -= _size(self.entries[first])
                self._drop(first)

    def remove(self, value_key: str) -> None:
        with self.lock:
            self._drop(value_key)

    def clear(self) -> None:
        with self.lock:
            for value_key in list(self.entries):
                self._drop(value_key)


def _size(entry: Entry | _WidgetEntries) -> int:
    """Bytes of an entry's encoded value(s) (cache_data values are bytes)."""
    entries = entry.by_values.values() if isinstance(entry, _WidgetEntries) else (entry,)
    return sum(len(e.value) for e in entries if isinstance(e.value, (bytes, bytearray, memoryview)))


def _created(entry: Entry | _WidgetEntries) -> float:
    if isinstance(entry, Entry):
        return entry.created
    return min((e.created for e in entry.by_values.values()), default=math.inf)


_caches: dict[str, FunctionCache] = {}
_caches_lock = threading.Lock()
# Per-call locks: two sessions asking for the same missing value compute it
# once (Streamlit does the same); different values compute in parallel.
# Each holds [lock, number of callers using it] and goes when unused.
_compute_locks: dict[tuple[str, str], list[Any]] = {}


def _function_cache(key: str, family: str, decorator: str) -> FunctionCache:
    with _caches_lock:
        cache = _caches.get(key)
        if cache is None:
            # A new version of a function's code: forget the old version's
            # entries (they can never be asked for again).
            for other in [k for k, c in _caches.items() if c.family == family and c.decorator == decorator]:
                del _caches[other]
            cache = _caches[key] = FunctionCache(key, family, decorator)
        return cache


@contextlib.contextmanager
def _computing(key: tuple[str, str]) -> Iterator[None]:
    with _caches_lock:
        slot = _compute_locks.setdefault(key, [threading.RLock(), 0])
        slot[1] += 1
    try:
        with slot[0]:
            yield
    finally:
        with _caches_lock:
            slot[1] -= 1
            if slot[1] == 0:
                _compute_locks.pop(key, None)


def clear_caches(decorator: str) -> None:
    """Empty every cache of one decorator (``st.cache_data.clear()``)."""
    with _caches_lock:
        for key in [k for k, c in _caches.items() if c.decorator == decorator]:
            _caches[key].clear()
            del _caches[key]


# --- session-scoped caches -------------------------------------------------------
# ``scope="session"``: each session has caches of its own (their keys end with
# the session's token), dropped -- and their resources released -- when the
# session object goes (a closed tab ends its worker; an AppTest, when it is
# collected).


#: Whether ``refresh_mode="background"`` can refresh in a thread: not in
#: Pyodide's worker (no threads), where it computes in the call instead.
BACKGROUND_THREADS = sys.platform != "emscripten"


def session_token(session: Any) -> str:
    token = getattr(session, "_stc_cache_token", None)
    if token is None:
        token = f"session-{next(_session_counter)}"
        session._stc_cache_token = token
        weakref.finalize(session, _drop_session_caches, token)
    return token


def _drop_session_caches(token: str) -> None:
    with _caches_lock:
        doomed = [k for k in _caches if k.endswith("@" + token)]
        caches = [_caches.pop(k) for k in doomed]
    for cache in caches:
        cache.clear()


_session_counter = itertools.count(1)

SESSION_SCOPE_OUTSIDE_RUN = (
    "A session-scoped cache was accessed outside of the app execution thread. Make sure all session-scoped "
    "caches are read during rendering and not read in background threads.")


# --- keys -----------------------------------------------------------------------


def function_source(func: Callable[..., Any]) -> str | None:
    try:
        return inspect.getsource(func)
    except (OSError, TypeError):
        return None


def make_function_key(decorator: str, func: Callable[..., Any]) -> str:
    h = hashing.new_hasher()
    for part in (decorator, func.__module__, func.__qualname__):
        h.update(f"{part}\0".encode())
    source = function_source(func)
    if source is not None:
        h.update(source.encode())
    else:
        h.update(hashing.code_fingerprint(func.__code__))
    return h.hexdigest()


def function_family(func: Callable[..., Any]) -> str:
    """Versions of "the same" function: its name and file. Entries of the
    family's other versions are stale code."""
    filename = getattr(getattr(func, "__code__", None), "co_filename", "")
    return f"{func.__module__}.{func.__qualname__}@{filename}"


def _arg_pairs(func: Callable[..., Any], signature: inspect.Signature | None, args: tuple, kwargs: dict):
    if signature is not None:
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError:
            pass  # the call itself will raise the right TypeError
        else:
            bound.apply_defaults()
            for name, value in bound.arguments.items():
                kind = signature.parameters[name].kind
                if kind is inspect.Parameter.VAR_KEYWORD:
                    yield from value.items()
                else:
                    yield name, value
            return
    for value in args:
        yield None, value
    yield from kwargs.items()


def make_value_key(decorator: str, func: Callable[..., Any], signature: inspect.Signature | None,
                   args: tuple, kwargs: dict, hash_funcs: hashing.HashFuncs | None) -> str:
    h = hashing.new_hasher()
    for name, value in _arg_pairs(func, signature, args, kwargs):
        if name is not None and name.startswith("_"):
            continue  # a leading underscore excludes a parameter from the key
        try:
            hashing.update_hash(name, h)
            hashing.update_hash(value, h, hash_funcs=hash_funcs, decorator=decorator)
        except UnhashableTypeError:
            raise UnhashableParamError(decorator, func, name, value) from None
    return h.hexdigest()


def persisted_key(store: persist.PersistentStore, function_key: str, value_key: str) -> str:
    h = hashing.new_hasher()
    h.update(f"{store.fingerprint}\0{function_key}\0{value_key}".encode())
    return h.hexdigest()


# --- the decorated function -----------------------------------------------------


@dataclass
class CacheOptions:
    decorator: str  # "cache_data" | "cache_resource"
    ttl: float = math.inf
    max_entries: int | None = None
    show_spinner: bool | str = True
    hash_funcs: hashing.HashFuncs | None = None
    allow_widgets: bool = False
    #: cache_resource: called with a cached value on a hit; False -> recompute
    validate: Callable[[Any], bool] | None = None
    #: cache_data: the most bytes of encoded values a function keeps
    max_size: int | None = None
    #: show the time elapsed next to the spinner's text
    show_time: bool = False
    #: "global" (shared by every session) or "session" (this session only,
    #: gone when it ends)
    scope: str = "global"
    #: "foreground" or "background" (see CacheDataAPI's docstring)
    refresh_mode: str = "foreground"
    #: cache_resource: called with each value that leaves the cache
    on_release: Callable[[Any], Any] | None = None


class CachedFunc:
    """What ``@st.cache_data``/``@st.cache_resource`` return. Subclasses say
    how a value is stored (``store_value``) and handed out (``load_value``)."""

    def __init__(self, func: Callable[..., Any], options: CacheOptions, *, binding: str = "method") -> None:
        self._func = func
        self._options = options
        #: "method" (bound to the instance), "static" or "class" (bound to the class)
        self._binding = binding
        self._key: str | None = None
        try:
            self._signature: inspect.Signature | None = inspect.signature(func)
        except (TypeError, ValueError):
            self._signature = None
        functools.update_wrapper(self, func)

    # Cached methods: ``obj.method(x)`` calls the function with ``obj`` first
    # (and hashes it, so each instance has its own entries); static methods
    # stay unbound.
    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if self._binding == "class":
            return functools.partial(self, owner if owner is not None else type(instance))
        if instance is None or self._binding == "static":
            return self
        return functools.partial(self, instance)

    def __repr__(self) -> str:
        return f"<st.{self._options.decorator} {self._func.__qualname__}>"

    # --- keys and cache ------------------------------------------------------

    @property
    def _function_key(self) -> str:
        if self._key is None:
            self._key = make_function_key(self._options.decorator, self._func)
        return self._key

    def _cache(self) -> FunctionCache:
        key, family = self._function_key, function_family(self._func)
        if self._options.scope == "session":
            ctx = run_context._current
            if ctx is None:
                raise StreamlitAPIException(SESSION_SCOPE_OUTSIDE_RUN,
                                            error_id="session-scoped-cache-outside-app-thread")
            token = session_token(ctx.session)
            key, family = f"{key}@{token}", f"{family}@{token}"
        cache = _function_cache(key, family, self._options.decorator)
        cache.ttl = self._options.ttl
        cache.max_entries = self._options.max_entries
        cache.max_size = self._options.max_size
        cache.on_release = self._options.on_release
        if self._options.refresh_mode == "background" and BACKGROUND_THREADS:
            # 1.67's default runner.cacheBackgroundRefreshTTLMultiplier (2.0):
            # an expired value is served for one more ttl.
            cache.grace = self._options.ttl
        return cache

    def _value_key(self, args: tuple, kwargs: dict) -> str:
        return make_value_key(self._options.decorator, self._func, self._signature, args, kwargs, self._options.hash_funcs)

    # --- calling ---------------------------------------------------------------

    def _spinner_text(self, args: tuple, kwargs: dict) -> str | None:
        show = self._options.show_spinner
        if isinstance(show, str):
            return show
        if show:
            # Streamlit's wording.
            name = self._func.__qualname__
            return f"Running `{name}()`." if not args and not kwargs else f"Running `{name}(...)`."
        return None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        cache = self._cache()
        value_key = self._value_key(args, kwargs)
        ctx = run_context._current
        spinner_text = self._spinner_text(args, kwargs) if ctx is not None else None

        found = self._lookup(cache, value_key, ctx)
        if found is not None:
            if cache.expired(found):
                self._refresh_in_background(cache, value_key, args, kwargs)
            try:
                return self._hit(found, spinner_text)
            except StaleEntry:
                pass  # an unreadable stored entry: compute it again
        with _computing((cache.key, value_key)):
            # Another session may have computed it while we waited.
            found = self._lookup(cache, value_key, ctx)
            if found is not None:
                try:
                    return self._hit(found, spinner_text)
                except StaleEntry:
                    pass
            if spinner_text is not None:
                from .. import delta_generator
                from ..elements.spinner import _spinner

                with _spinner(delta_generator.main, spinner_text, self._options.show_time, True):
                    return self._compute(cache, value_key, ctx, args, kwargs)
            return self._compute(cache, value_key, ctx, args, kwargs)

    def _refresh_in_background(self, cache: FunctionCache, value_key: str, args: tuple, kwargs: dict) -> None:
        """refresh_mode="background": the caller gets the expired value now;
        a thread computes the new one (once per value at a time)."""
        with cache.lock:
            if value_key in cache.refreshing:
                return
            cache.refreshing.add(value_key)

        def refresh() -> None:
            try:
                with _computing((cache.key, value_key)):
                    created = clock()
                    cache.put(value_key, Entry(created, self.store_value(self._func(*args, **kwargs))))
            except Exception as exc:  # noqa: BLE001 - the old value stays until it is too old
                print(f"stc: background refresh of {self._func.__qualname__}() failed: {exc!r}", file=sys.stderr)
            finally:
                with cache.lock:
                    cache.refreshing.discard(value_key)

        threading.Thread(target=refresh, name=f"stc-refresh-{self._func.__qualname__}", daemon=True).start()

    def _hit(self, found: Entry, spinner_text: str | None) -> Any:
        value = self.load_value(found)  # may raise StaleEntry
        if spinner_text is not None:
            # Keep the spinner's place (so the elements after it keep theirs
            # between a miss and a hit) without showing it.
            from ..elements.spinner import write_finished_spinner

            write_finished_spinner(spinner_text, cache=True)
        try:
            replay(found.messages, decorator=self._options.decorator, func=self._func)
        except Exception as exc:  # noqa: BLE001
            if found.stored_as is None:
                raise
            # Stored records passed replay.from_stored; should one still fail
            # to replay, the run goes on: the value is computed again (and the
            # elements written so far stay, once) rather than failing every visit.
            self.unusable(found, exc)
        return value

    def _lookup(self, cache: FunctionCache, value_key: str, ctx: run_context.RunContext | None) -> Entry | None:
        found = cache.get(value_key)
        if isinstance(found, _WidgetEntries):
            widget_key = hashing.hash_value(widget_values(ctx, found.widget_ids))
            found = found.by_values.get(widget_key)
            if found is not None and cache.expired(found):
                found = None
        if found is None:
            found = self.load_persisted(cache, value_key)
        if found is not None and not self.valid(found):
            cache.remove(value_key)
            found = None
        return found

    def _compute(self, cache: FunctionCache, value_key: str, ctx: run_context.RunContext | None,
                 args: tuple, kwargs: dict) -> Any:
        created = clock()
        if ctx is None:  # called outside a script run: nothing to record
            value = self._func(*args, **kwargs)
            entry = Entry(created, self.store_value(value))
            cache.put(value_key, entry)
            self.persist(cache, value_key, entry)
            return value
        with Recorder(ctx, allow_widgets=self._options.allow_widgets) as recorder:
            value = self._func(*args, **kwargs)
        entry = Entry(created, self.store_value(value), recorder.messages)
        if recorder.widget_ids:
            group = cache.get(value_key)
            if not isinstance(group, _WidgetEntries):
                group = _WidgetEntries(list(recorder.widget_ids))
            else:
                # A widget this call drew that earlier calls did not: the
                # widget key changes, earlier results are unreachable.
                group.widget_ids = sorted(set(group.widget_ids) | set(recorder.widget_ids))
            group.by_values[hashing.hash_value(widget_values(ctx, group.widget_ids))] = entry
            cache.put(value_key, group)
        else:
            cache.put(value_key, entry)
            self.persist(cache, value_key, entry)
        return value

    # --- storage (cache_data / cache_resource differ here) ------------------------

    def store_value(self, value: Any) -> Any:
        raise NotImplementedError

    def load_value(self, entry: Entry) -> Any:
        raise NotImplementedError

    def valid(self, entry: Entry) -> bool:
        return True

    def unusable(self, entry: Entry, exc: Exception) -> None:
        """A stored entry failed to load or replay: forget it and raise
        ``StaleEntry`` (the call computes the value)."""
        raise exc

    def load_persisted(self, cache: FunctionCache, value_key: str) -> Entry | None:
        return None

    def persist(self, cache: FunctionCache, value_key: str, entry: Entry) -> None:
        pass

    # --- clearing ---------------------------------------------------------------

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Clear this function's cache; with arguments, only the entry of
        those arguments."""
        cache = self._cache()
        if args or kwargs:
            cache.remove(self._value_key(args, kwargs))
        else:
            cache.clear()


def unwrap(func: Any) -> tuple[Callable[..., Any], str]:
    """The plain function and how it binds as a class attribute:
    ``@st.cache_resource`` over ``@staticmethod`` gives "static"."""
    if isinstance(func, staticmethod):
        return func.__func__, "static"
    if isinstance(func, classmethod):
        return func.__func__, "class"
    if not callable(func):
        raise StreamlitAPIException(f"st.cache_data and st.cache_resource decorate functions, not {type(func).__name__} objects.")
    return func, "method"


def check_max_entries(max_entries: Any) -> int | None:
    if max_entries is None:
        return None
    if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 0:
        raise StreamlitAPIException(f"max_entries must be a non-negative integer or None, not {max_entries!r}.")
    return max_entries


def check_scope(scope: Any) -> str:
    from ..errors import StreamlitValueError

    if scope not in ("global", "session"):
        raise StreamlitValueError("scope", ["'global'", "'session'"])
    return scope


def check_refresh_mode(refresh_mode: Any, ttl: Any) -> str:
    """1.67's checks: one of the two modes; "background" needs a positive
    ``ttl``."""
    from ..errors import StreamlitMissingRequiredParameterError, StreamlitValueError

    if refresh_mode not in ("foreground", "background"):
        raise StreamlitValueError("refresh_mode", ["foreground", "background"])
    if refresh_mode == "background":
        if ttl is None:
            raise StreamlitMissingRequiredParameterError(
                "ttl", detail='Set a positive `ttl` (for example `ttl="1h"`) or use `refresh_mode="foreground"`.')
        if ttl_seconds(ttl) <= 0:
            raise StreamlitValueError("ttl", ["a positive duration"], detail=(
                'Background refresh requires a positive `ttl` (for example `ttl="1h"`) or '
                '`refresh_mode="foreground"`.'))
    return refresh_mode


_BYTE_UNITS = {"b": 1, "kb": 1024, "kib": 1024, "mb": 1024**2, "mib": 1024**2, "gb": 1024**3, "gib": 1024**3,
               "tb": 1024**4, "tib": 1024**4}
_BYTE_SIZE = re.compile(r"(\d+(?:\.\d*)?|\.\d+) ?(b|kib|kb|mib|mb|gib|gb|tib|tb)", re.ASCII | re.IGNORECASE)
_MAX_SIZE_DETAIL = ('Use an integer number of bytes or a positive value with an explicit unit, such as "500MB", '
                    '"1.5GB", or "200KiB".')
_MAX_SIZE_TYPE_DETAIL = 'Pass an integer byte count such as int(5e8), or a unit string such as "500MB".'


def check_max_size(max_size: Any) -> int | None:
    """``max_size`` in bytes: an int, or a text with a binary unit
    (``"500MB"``: units are powers of 1024, fractions round down)."""
    import numbers

    from ..errors import StreamlitInvalidParameterTypeError, StreamlitValueError

    if max_size is None:
        return None
    if isinstance(max_size, bool) or not isinstance(max_size, (numbers.Integral, str)):
        raise StreamlitInvalidParameterTypeError("max_size", type(max_size).__name__, ["int", "str"],
                                                 detail=_MAX_SIZE_TYPE_DETAIL)
    if isinstance(max_size, str):
        match = _BYTE_SIZE.fullmatch(max_size)
        if match is None:
            raise StreamlitValueError("max_size", ["a positive byte size"], detail=_MAX_SIZE_DETAIL)
        whole, _, fraction = match.group(1).partition(".")
        digits = (whole or "0") + fraction
        if len(digits) > 100:
            raise StreamlitValueError("max_size", ["a positive byte size"],
                                      detail="Use a byte size with at most 100 digits.")
        size = int(digits) * _BYTE_UNITS[match.group(2).lower()] // 10 ** len(fraction)
    else:
        size = int(max_size)
    if size <= 0:
        raise StreamlitValueError("max_size", ["a positive byte size"], detail=_MAX_SIZE_DETAIL)
    return size


def check_release_callback(callback: Any, name: str) -> None:
    """``validate`` and ``on_release`` are called, never awaited."""
    if callback is not None and (inspect.iscoroutinefunction(callback)
                                 or inspect.iscoroutinefunction(getattr(callback, "__call__", None))):
        raise StreamlitAPIException(
            f"The `{name}` callback of `st.cache_resource` must be a synchronous function. Async callbacks are "
            "never awaited; call the coroutine from a synchronous wrapper instead.",
            error_id="cache-resource-async-lifecycle-callback")
