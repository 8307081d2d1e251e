"""Hashing of a cached function's arguments into its cache key.

The rules are Streamlit's (its ``st.cache_data``/``st.cache_resource`` docs,
including excluded parameters and ``hash_funcs``):

- None, bool, int, float, str, bytes, UUIDs, dates, times and datetimes
  (by ISO text, time zone included), timedeltas, Decimals, Enums (by their
  ``str``), regular expressions, ranges;
- lists, tuples, dicts (in insertion order), sets (in any order),
  dataclass instances (their fields), ``functools.partial``;
- pandas DataFrames, Series, Index and extension arrays, numpy arrays and
  scalars, PIL images: by content (more than 100 000 rows / 10^6 array items are
  sampled, as Streamlit does);
- in-memory files (``BytesIO``/``StringIO``, uploaded files) by content and
  position, files on disk by name, modification time and position;
- functions by module, qualified name and code (stc hashes them; Streamlit
  1.67 refuses plain functions), builtins and classes by name, modules by name;
- anything else only if it reduces (``__reduce__``) to a class or a builtin
  and hashable arguments, which covers e.g. ``collections.deque`` but not an
  instance of a user-defined class: that is an ``UnhashableTypeError``
  (becoming ``UnhashableParamError``), exactly as Streamlit's docs show
  for a custom class or a Pydantic model.

``hash_funcs`` maps a type, or its fully-qualified name (``"__main__.Foo"``),
to a function whose result is hashed instead; it applies to values of exactly
that type. Names rather than type objects are compared because the app's
classes are redefined on every rerun.

Keys must be stable across processes (entries persist in the browser across
reloads), so nothing here depends on ``id()``, ``hash()`` of str or set order.

Two deliberate differences from Streamlit 1.67: numpy arrays of dtype
``object`` are hashed by their items (Streamlit hashes their pointers, which is
why such a cached function misses on every run), and functions are
hashable.
"""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import enum
import fractions
import functools
import hashlib
import inspect
import io
import os
import re
import struct
import types
import uuid
from typing import Any, Callable, Mapping

from .errors import UnhashableTypeError, UserHashError, qualified_name, type_name

HashFuncs = Mapping[Any, Callable[[Any], Any]]

_PANDAS_ROWS_LARGE = 100_000
_PANDAS_SAMPLE_SIZE = 10_000
_NP_SIZE_LARGE = 1_000_000
_NP_SAMPLE_SIZE = 100_000

# Marks where a value refers to itself (``l = []; l.append(l)``).
_CYCLE = b"stc-cycle"


def new_hasher() -> "hashlib._Hash":
    return hashlib.md5(usedforsecurity=False)


def update_hash(value: Any, hasher: Any, *, hash_funcs: HashFuncs | None = None, decorator: str = "cache_data") -> None:
    """Feed ``value`` into ``hasher`` (a hashlib object). Raises
    ``UnhashableTypeError`` for values it cannot hash and ``UserHashError``
    when a ``hash_funcs`` function fails."""
    hasher.update(_Hasher(hash_funcs, decorator).to_bytes(value))


def hash_value(value: Any, *, hash_funcs: HashFuncs | None = None) -> str:
    h = new_hasher()
    update_hash(value, h, hash_funcs=hash_funcs)
    return h.hexdigest()


def _is_type(value: Any, fqn: str) -> bool:
    cls = type(value)
    return f"{cls.__module__}.{cls.__qualname__}" == fqn


def _is_instance_of(value: Any, module_prefix: str, names: tuple[str, ...]) -> bool:
    # Recognize third-party types without importing their packages (pandas
    # alone takes seconds to import in the browser).
    for cls in type(value).__mro__:
        if (cls.__module__ or "").startswith(module_prefix) and cls.__name__ in names:
            return True
    return False


def _int_bytes(i: int) -> bytes:
    return i.to_bytes((i.bit_length() + 8) // 8, "little", signed=True)


class _Hasher:
    def __init__(self, hash_funcs: HashFuncs | None, decorator: str) -> None:
        self._funcs: dict[str, Callable[[Any], Any]] = {
            (k if isinstance(k, str) else qualified_name(k)): v for k, v in (hash_funcs or {}).items()
        }
        self._decorator = decorator
        self._in_progress: set[int] = set()

    def to_bytes(self, value: Any) -> bytes:
        key = id(value)
        if key in self._in_progress:
            return _CYCLE
        self._in_progress.add(key)
        try:
            # The type's name is part of every hash: 1, 1.0, "1" and True differ.
            return type(value).__qualname__.encode() + b":" + self._to_bytes(value)
        finally:
            self._in_progress.discard(key)

    def _digest(self, *parts: Any) -> bytes:
        h = new_hasher()
        for part in parts:
            h.update(self.to_bytes(part))
        return h.digest()

    def _to_bytes(self, value: Any) -> bytes:  # noqa: C901 - one rule per branch
        if self._funcs:
            func = self._funcs.get(type_name(value))
            if func is not None:
                try:
                    output = func(value)
                except Exception as exc:  # noqa: BLE001 - reported with the value's type
                    raise UserHashError(exc, value, func, self._decorator) from exc
                return self.to_bytes(output)

        if value is None:
            return b"0"
        if isinstance(value, (bytes, bytearray, memoryview)):
            return bytes(value)
        if isinstance(value, bool):
            return b"1" if value else b"0"
        if isinstance(value, int) and not isinstance(value, enum.Enum):
            return _int_bytes(int(value))
        if isinstance(value, float):
            return struct.pack("<d", value)
        if isinstance(value, str):
            return value.encode("utf-8", "surrogatepass")
        if isinstance(value, complex):
            return struct.pack("<dd", value.real, value.imag)
        if isinstance(value, (decimal.Decimal, fractions.Fraction)):
            return str(value).encode()
        if isinstance(value, uuid.UUID):
            return value.bytes
        if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
            # pandas.Timestamp is a datetime: the same rule.
            return value.isoformat().encode()
        if isinstance(value, datetime.timedelta):
            return self._digest(value.days, value.seconds, value.microseconds)
        if isinstance(value, enum.Enum):
            # By name, not by value or identity: the app's Enum class is
            # redefined on every rerun.
            return str(value).encode()
        if isinstance(value, (list, tuple)):
            return self._digest(*value)
        if isinstance(value, (set, frozenset)):
            # Set order depends on the process' string hash seed: sort.
            return b"".join(sorted(self.to_bytes(v) for v in value))
        if isinstance(value, dict):
            return self._digest(*value.items())
        if isinstance(value, (types.MappingProxyType,)):
            return self.to_bytes(dict(value))
        if isinstance(value, range):
            return self._digest(value.start, value.stop, value.step)
        if isinstance(value, re.Pattern):
            return self._digest(value.pattern, value.flags)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return self.to_bytes({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
        if _is_instance_of(value, "pandas", ("DataFrame", "Series", "Index")):
            return self._pandas(value)
        if _is_instance_of(value, "pandas", ("ExtensionArray",)):
            # e.g. what ``Series.unique()`` returns for strings in pandas 3
            import pandas as pd

            return self._pandas(pd.Series(value, copy=False))
        if _is_instance_of(value, "numpy", ("ndarray",)):
            return self._ndarray(value)
        if _is_instance_of(value, "numpy", ("generic",)):
            return self._digest(str(value.dtype), value.tobytes() if value.dtype != object else value.item())
        if _is_instance_of(value, "numpy", ("dtype",)) or _is_type(value, "numpy.ufunc"):
            return str(value).encode()
        if _is_instance_of(value, "PIL", ("Image",)):
            return self._digest(value.mode, value.size, value.tobytes())
        if isinstance(value, functools.partial):
            return self._digest(value.func, value.args, value.keywords)
        if isinstance(value, (types.FunctionType, types.MethodType)):
            return self._function(value)
        if inspect.isbuiltin(value) or isinstance(value, (types.MethodDescriptorType, types.WrapperDescriptorType,
                                                          types.GetSetDescriptorType, types.MemberDescriptorType)):
            return f"{getattr(value, '__module__', '') or ''}.{getattr(value, '__qualname__', value.__name__)}".encode()
        if inspect.ismodule(value):
            return value.__name__.encode()
        if inspect.isclass(value):
            return qualified_name(value).encode()
        if self._is_mock(value):
            # Mocks answer every attribute: don't walk into them.
            return _int_bytes(id(value))
        if hasattr(value, "getvalue") and hasattr(value, "tell") and (
            isinstance(value, (io.BytesIO, io.StringIO)) or type(value).__name__ == "UploadedFile"
        ):
            # In-memory files (st.file_uploader's UploadedFile is a BytesIO
            # with a name): by content and position.
            return self._digest(getattr(value, "name", None), value.tell(), value.getvalue())
        if isinstance(value, io.IOBase) and isinstance(getattr(value, "name", None), str):
            name = value.name
            mtime = os.path.getmtime(name) if os.path.exists(name) else None
            return self._digest(name, mtime, value.tell())
        return self._reduced(value)

    # --- rules that need more than a line ---------------------------------------

    @staticmethod
    def _is_mock(value: Any) -> bool:
        return _is_instance_of(value, "unittest.mock", ("NonCallableMock",))

    def _pandas(self, value: Any) -> bytes:
        import pandas as pd

        h = new_hasher()
        h.update(self.to_bytes(type(value).__name__))
        h.update(self.to_bytes(tuple(getattr(value, "shape", (len(value),)))))
        if isinstance(value, pd.DataFrame):
            h.update(self.to_bytes([str(c) for c in value.columns]))
            h.update(self.to_bytes([str(t) for t in value.dtypes]))
        else:
            h.update(self.to_bytes(str(value.dtype)))
        sample = value
        if len(value) >= _PANDAS_ROWS_LARGE:
            if isinstance(value, pd.Index):
                sample = value.to_series().sample(n=_PANDAS_SAMPLE_SIZE, random_state=0)
            else:
                sample = value.sample(n=_PANDAS_SAMPLE_SIZE, random_state=0)
        try:
            h.update(pd.util.hash_pandas_object(sample).to_numpy().tobytes())
        except TypeError:
            # Unhashable cells (lists, dicts): hash them one by one.
            h.update(self.to_bytes(sample.to_numpy().tolist()))
            h.update(self.to_bytes([str(i) for i in sample.index]))
        return h.digest()

    def _ndarray(self, value: Any) -> bytes:
        h = new_hasher()
        h.update(self.to_bytes(tuple(value.shape)))
        h.update(self.to_bytes(str(value.dtype)))
        flat = value
        if value.size >= _NP_SIZE_LARGE:
            import numpy as np

            flat = np.random.RandomState(0).choice(value.ravel(), size=_NP_SAMPLE_SIZE)
        if value.dtype.hasobject:
            # The buffer of an object array holds pointers; hash the items.
            h.update(self.to_bytes(flat.ravel().tolist()))
        else:
            import numpy as np

            h.update(np.ascontiguousarray(flat).tobytes())
        return h.digest()

    def _function(self, func: Any) -> bytes:
        if isinstance(func, types.MethodType):
            return self._digest(func.__func__, func.__self__)
        parts: list[Any] = [func.__module__, func.__qualname__, code_fingerprint(func.__code__), func.__defaults__]
        # Values a closure captured are part of what the function computes.
        for cell in func.__closure__ or ():
            try:
                parts.append(self.to_bytes(cell.cell_contents))
            except (ValueError, UnhashableTypeError):  # empty cell, or unhashable
                parts.append("?")
        return self._digest(*parts)

    def _reduced(self, value: Any) -> bytes:
        # Streamlit's last resort, with its effective limits: a value that
        # reduces to a plain Python function (copyreg's reconstructor for
        # instances of ordinary classes, pytz's time zones, Pydantic models)
        # is unhashable.
        try:
            reduced = value.__reduce__()
        except Exception as exc:  # noqa: BLE001
            raise UnhashableTypeError(type_name(value)) from exc
        if isinstance(reduced, str) or not isinstance(reduced, tuple) or not reduced:
            raise UnhashableTypeError(type_name(value))
        constructor = reduced[0]
        if not (inspect.isclass(constructor) or inspect.isbuiltin(constructor)):
            raise UnhashableTypeError(type_name(value))
        return self._digest(*reduced)


def code_fingerprint(code: types.CodeType) -> bytes:
    """What a code object computes, without where it sits in its file (line
    numbers, file name), so moving a function does not change its hash."""
    h = new_hasher()
    h.update(code.co_code)
    h.update(repr((code.co_names, code.co_varnames, code.co_freevars, code.co_cellvars, code.co_argcount,
                   code.co_kwonlyargcount, code.co_flags)).encode())
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            h.update(code_fingerprint(const))
        elif isinstance(const, frozenset):
            h.update(repr(sorted(repr(c) for c in const)).encode())
        else:
            h.update(repr(const).encode())
    return h.digest()
