"""How ``st.cache_data`` values are serialized: in a format that cannot run
code wherever the value allows it, with pickle only for the rest: what comes
back from the browser's store may have been written by anyone (below).

Entries stored in the visitor's browser are input, not truth: every site of
one GitHub Pages user shares the origin, so any of them (or any script an
``unsafe_allow_html`` payload brings) can write the app's IndexedDB, and a
static site has no secret to sign entries with. Unpickling such an entry
would run whatever Python it names. So a value is written as a **tree**
(JSON plus ``.npy`` arrays) when every part of it is one of the types below;
decoding a tree only ever builds those types. Any other value is pickled,
and a pickled value stays in this tab's memory: ``persist.py`` never writes
one and refuses one it reads.

    value = b"tree\\n" + u32 size + JSON {"parts": [bytes, ...], "value": node} + parts
          | b"pickle\\n" + pickle            (memory only)

Tree nodes:

    null, true, 1, 1.5, NaN, "s"     None, bool, int, float, str (int and float stay apart)
    [node, ...]                      list
    {"dict": {"k": node}}            dict whose keys are all str (order kept)
    {"items": [[node, node], ...]}   dict with other keys (1, (1, 2), None...)
    {"tuple"|"set"|"frozenset": [node, ...]}
    {"bytes": part}
    {"date"|"datetime"|"time": iso}  naive, or UTC (other time zones: pickle)
    {"timedelta": [days, seconds, microseconds]}
    {"ndarray": part}                numpy array without Python objects: ``.npy``
                                     (``np.save(allow_pickle=False)``)
    {"objects": {"shape", "items"}}  numpy object array, item by item (nodes)
    {"numpy": part}                  numpy scalar (a 0-d ``.npy``)
    {"pandas": "NA"|"NaT"}
    {"frame"|"series"|"index": ...}  pandas objects, see ``_Encoder._frame``

DataFrames: Arrow IPC would need pyarrow, a 10.8 MB wheel in Pyodide 0.27.7
that the worker loads only for apps that import it; Parquet needs it (or
fastparquet with cramjam) too; ``to_json(orient="table")`` loses dtypes
(int8 and float32 come back 64-bit, datetime units as ns, dates as text). So a
frame is its index, its column labels (both Index nodes) and one array node
per column, in a closed set of layouts that each round-trip exactly: numpy
dtypes as ``.npy``; categoricals as codes + categories + ordered; time zone
aware datetimes as UTC ``.npy`` + the zone's name (when the name gives the
same zone object back); nullable Int/Float/boolean as values + mask;
pandas' Python-backed string dtypes and object columns item by item. Index
types: RangeIndex, Index, DatetimeIndex (with its freq), TimedeltaIndex,
CategoricalIndex, MultiIndex. Everything else (subclasses, PeriodIndex,
Interval, Sparse, pyarrow-backed columns, ``flags.allows_duplicate_labels``
off) is pickled whole, never half-converted.

Exactness rules: types are matched exactly (an OrderedDict, an IntEnum or a
pd.Timestamp is not a dict, an int or a datetime), and a value that holds the
same list, dict, array or frame twice (or a cycle) is pickled, since only
pickle keeps that sharing. Decoding a tree checks every node and raises
``Undecodable`` on anything else; it never falls back to pickle.
"""

from __future__ import annotations

import datetime
import io
import json
import pickle
import struct
import sys
from typing import Any

TREE = b"tree\n"
PICKLE = b"pickle\n"

# npy headers np.save writes: versions 1.0 and 2.0 (3.0 only for structured
# dtypes with non-Latin-1 field names: pickled, see _npy).
_NPY_VERSIONS = ((1, 0), (2, 0))
_NPY_HEADER_MAX = 1 << 17


# Items of object arrays that are JSON as they are.
_SCALARS = frozenset({str, int, float, bool, type(None)})


class Undecodable(ValueError):
    """Stored bytes that are not a value this module wrote."""


class _NeedsPickle(Exception):
    pass


def encode(value: Any) -> bytes:
    """The value as a tree when it can be one, else pickled (pickle's own
    errors propagate: the caller names the value that cannot be cached)."""
    try:
        return _Encoder().encode(value)
    except Exception:  # noqa: BLE001 - any part outside the tree's types, a cycle, a huge int
        return PICKLE + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def is_tree(data: bytes | memoryview) -> bool:
    """Whether ``data`` (from ``encode``) may leave this process."""
    return bytes(data[:len(TREE)]) == TREE


def decode(data: bytes | memoryview, *, allow_pickle: bool) -> Any:
    """A new copy of the value. ``allow_pickle``: only for values this
    process encoded itself (never for bytes read from the browser)."""
    view = memoryview(data)
    if bytes(view[:len(TREE)]) == TREE:
        return _Decoder(view[len(TREE):]).value()
    if bytes(view[:len(PICKLE)]) == PICKLE:
        if not allow_pickle:
            raise Undecodable("a pickled value from storage")
        return pickle.loads(view[len(PICKLE):])
    raise Undecodable("unknown value format")


# --- encoding ------------------------------------------------------------------


def _modules() -> tuple[Any, Any]:
    # Never import numpy or pandas for a value that has neither: an app that
    # caches a list does not pay for them.
    return sys.modules.get("numpy"), sys.modules.get("pandas")


class _Encoder:
    def __init__(self) -> None:
        self.parts: list[bytes | memoryview] = []
        self._seen: set[int] = set()
        self._np, self._pd = _modules()

    def encode(self, value: Any) -> bytes:
        root = self.node(value)
        # Unescaped and "surrogatepass": json.loads would join an escaped
        # surrogate pair (two code points) into one character.
        head = json.dumps({"parts": [len(p) for p in self.parts], "value": root},
                          separators=(",", ":"), ensure_ascii=False).encode("utf-8", "surrogatepass")
        return b"".join([TREE, struct.pack("<I", len(head)), head, *self.parts])

    def _part(self, data: bytes | memoryview) -> int:
        self.parts.append(data)
        return len(self.parts) - 1

    def _once(self, obj: Any) -> None:
        # Shared mutable objects (and cycles) keep their identity only in pickle.
        if id(obj) in self._seen:
            raise _NeedsPickle()
        self._seen.add(id(obj))

    def node(self, obj: Any) -> Any:
        t = type(obj)
        if obj is None or t is bool or t is int or t is float or t is str:
            return obj
        if t is list:
            self._once(obj)
            return [self.node(x) for x in obj]
        if t is tuple:
            return {"tuple": [self.node(x) for x in obj]}
        if t is dict:
            self._once(obj)
            if all(type(k) is str for k in obj):
                return {"dict": {k: self.node(v) for k, v in obj.items()}}
            return {"items": [[self.node(k), self.node(v)] for k, v in obj.items()]}
        if t is set or t is frozenset:
            self._once(obj)
            return {t.__name__: [self.node(x) for x in obj]}
        if t is bytes:
            return {"bytes": self._part(obj)}
        if t is datetime.date:
            return {"date": obj.isoformat()}
        if t is datetime.datetime or t is datetime.time:
            if obj.fold or (obj.tzinfo is not None and obj.tzinfo is not datetime.timezone.utc):
                raise _NeedsPickle()  # (by identity: a named zero offset is not UTC)
            return {t.__name__: obj.isoformat()}
        if t is datetime.timedelta:
            return {"timedelta": [obj.days, obj.seconds, obj.microseconds]}
        np, pd = self._np, self._pd
        if np is not None:
            if t is np.ndarray:
                self._once(obj)
                if obj.dtype.hasobject:
                    if obj.dtype != np.dtype(object):
                        raise _NeedsPickle()  # structured dtypes with object fields
                    fortran = bool(obj.flags.f_contiguous and not obj.flags.c_contiguous)
                    return {"objects": {"shape": list(obj.shape), "fortran": fortran,
                                        "items": self._objects(obj.reshape(-1, order="F" if fortran else "C"))}}
                return {"ndarray": self._npy(obj)}
            if isinstance(obj, np.generic) and t.__module__ == "numpy" and not obj.dtype.hasobject:
                return {"numpy": self._npy(np.asarray(obj))}
        if pd is not None:
            if obj is pd.NA or obj is pd.NaT:
                return {"pandas": "NA" if obj is pd.NA else "NaT"}
            if t is pd.DataFrame:
                self._once(obj)
                return {"frame": self._frame(obj)}
            if t is pd.Series:
                self._once(obj)
                return {"series": self._series(obj)}
            if isinstance(obj, pd.Index):
                return {"index": self._index(obj)}
        raise _NeedsPickle()

    def _objects(self, flat: Any) -> list[Any]:
        items = flat.tolist()
        if set(map(type, items)) <= _SCALARS:
            return items  # JSON as it is (the common case: a text column)
        return [self.node(x) for x in items]

    def _npy(self, array: Any) -> int:
        buf = io.BytesIO()
        self._np.save(buf, array, allow_pickle=False)
        data = buf.getbuffer()
        if (data[6], data[7]) not in _NPY_VERSIONS:
            raise _NeedsPickle()
        return self._part(data)

    # pandas ---------------------------------------------------------------

    def _plain(self, obj: Any) -> None:
        if not obj.flags.allows_duplicate_labels:
            raise _NeedsPickle()

    def _frame(self, df: Any) -> dict[str, Any]:
        self._plain(df)
        return {
            "index": self._index(df.index),
            "columns": self._index(df.columns),
            "data": [self._array(df.iloc[:, i]) for i in range(df.shape[1])],
            "attrs": self.node(df.attrs),
        }

    def _series(self, s: Any) -> dict[str, Any]:
        self._plain(s)
        return {"index": self._index(s.index), "values": self._array(s), "name": self.node(s.name),
                "attrs": self.node(s.attrs)}

    def _index(self, idx: Any) -> dict[str, Any]:
        pd = self._pd
        t = type(idx)
        if t is pd.RangeIndex:
            return {"range": [idx.start, idx.stop, idx.step], "name": self.node(idx.name)}
        if t is pd.MultiIndex:
            return {"multi": {
                "levels": [self._index(level) for level in idx.levels],
                "codes": [self._npy(self._np.asarray(c)) for c in idx.codes],
                "names": [self.node(n) for n in idx.names],
                "sortorder": None if idx.sortorder is None else int(idx.sortorder),
            }}
        if t not in (pd.Index, pd.DatetimeIndex, pd.TimedeltaIndex, pd.CategoricalIndex):
            raise _NeedsPickle()
        out = {"type": t.__name__, "values": self._array(idx), "name": self.node(idx.name)}
        freq = getattr(idx, "freqstr", None)
        if freq is not None:
            out["freq"] = freq
        return out

    def _array(self, values: Any) -> dict[str, Any]:
        """A column (Series) or an Index's values, by dtype."""
        np, pd = self._np, self._pd
        dtype = values.dtype
        if isinstance(dtype, np.dtype):
            array = values.to_numpy()
            if dtype.hasobject:
                return {"objects": self._objects(array)}
            return {"npy": self._npy(array)}
        if isinstance(dtype, pd.CategoricalDtype):
            return {"categorical": {"codes": self._npy(values.array.codes), "categories": self._index(dtype.categories),
                                    "ordered": bool(dtype.ordered)}}
        # The other layouts name their dtype: it must come back the same.
        name = str(dtype)
        if pd.api.types.pandas_dtype(name) != dtype:
            raise _NeedsPickle()
        if isinstance(dtype, pd.DatetimeTZDtype):
            if type(pd.api.types.pandas_dtype(name).tz) is not type(dtype.tz):
                raise _NeedsPickle()  # e.g. a pytz zone that would come back a zoneinfo one
            return {"datetimetz": {"dtype": name, "utc": self._npy(values.array.tz_convert(None).to_numpy())}}
        if type(dtype) in _masked_types(pd):
            fill = False if dtype.kind == "b" else 0
            data = values.array.to_numpy(dtype=dtype.numpy_dtype, na_value=fill)
            return {"masked": {"dtype": name, "data": self._npy(data),
                               "mask": self._npy(np.asarray(values.isna(), dtype=bool))}}
        if isinstance(dtype, pd.StringDtype) and dtype.storage == "python":
            mask = np.asarray(values.isna(), dtype=bool)
            items = values.to_numpy(dtype=object)
            return {"string": {"dtype": name, "items": [None if m else v for v, m in zip(items.tolist(), mask.tolist())]}}
        raise _NeedsPickle()


def _masked_types(pd: Any) -> tuple[type, ...]:
    return (pd.Int8Dtype, pd.Int16Dtype, pd.Int32Dtype, pd.Int64Dtype, pd.UInt8Dtype, pd.UInt16Dtype,
            pd.UInt32Dtype, pd.UInt64Dtype, pd.Float32Dtype, pd.Float64Dtype, pd.BooleanDtype)


# --- decoding ------------------------------------------------------------------


def _check(condition: Any, what: str = "malformed value") -> None:
    if not condition:
        raise Undecodable(what)


def _typed(value: Any, t: type | tuple[type, ...]) -> Any:
    _check(isinstance(value, t) and not (t is int and isinstance(value, bool)), "wrong type")
    return value


class _Decoder:
    """Builds a value from a tree, checking every node (the bytes may come
    from anywhere)."""

    def __init__(self, body: memoryview) -> None:
        _check(len(body) >= 4, "truncated")
        (size,) = struct.unpack_from("<I", body)
        _check(4 + size <= len(body), "truncated")
        head = json.loads(bytes(body[4:4 + size]).decode("utf-8", "surrogatepass"))
        _check(isinstance(head, dict) and isinstance(head.get("parts"), list) and "value" in head)
        self.parts: list[memoryview] = []
        offset = 4 + size
        for n in head["parts"]:
            _check(type(n) is int and 0 <= n <= len(body) - offset, "truncated")
            self.parts.append(body[offset:offset + n])
            offset += n
        _check(offset == len(body), "trailing bytes")
        self._root = head["value"]
        self._np, self._pd = None, None

    def value(self) -> Any:
        return self.node(self._root)

    def _part(self, index: Any) -> memoryview:
        _check(type(index) is int and 0 <= index < len(self.parts), "bad part")
        return self.parts[index]

    def _numpy(self) -> Any:
        if self._np is None:
            import numpy

            self._np = numpy
        return self._np

    def _pandas(self) -> Any:
        if self._pd is None:
            import pandas

            self._pd = pandas
        return self._pd

    def node(self, n: Any) -> Any:
        if n is None or type(n) in (bool, int, float, str):
            return n
        if type(n) is list:
            return [self.node(x) for x in n]
        _check(type(n) is dict and len(n) == 1, "unknown node")
        ((tag, body),) = n.items()
        if tag == "dict":
            return {k: self.node(v) for k, v in _typed(body, dict).items()}
        if tag == "items":
            out = {}
            for pair in _typed(body, list):
                _check(type(pair) is list and len(pair) == 2)
                out[self.node(pair[0])] = self.node(pair[1])
            return out
        if tag == "tuple":
            return tuple(self.node(x) for x in _typed(body, list))
        if tag == "set":
            return {self.node(x) for x in _typed(body, list)}
        if tag == "frozenset":
            return frozenset(self.node(x) for x in _typed(body, list))
        if tag == "bytes":
            return bytes(self._part(body))
        if tag == "date":
            return datetime.date.fromisoformat(_typed(body, str))
        if tag == "datetime":
            return datetime.datetime.fromisoformat(_typed(body, str))
        if tag == "time":
            return datetime.time.fromisoformat(_typed(body, str))
        if tag == "timedelta":
            _check(type(body) is list and len(body) == 3 and all(type(x) is int for x in body))
            return datetime.timedelta(days=body[0], seconds=body[1], microseconds=body[2])
        if tag == "ndarray":
            return self._npy(body)
        if tag == "objects":
            _typed(body, dict)
            shape = _typed(body.get("shape"), list)
            _check(all(type(d) is int and d >= 0 for d in shape))
            order = "F" if _typed(body.get("fortran"), bool) else "C"
            return self._objects(body.get("items")).reshape(shape, order=order)
        if tag == "numpy":
            array = self._npy(body)
            _check(array.ndim == 0)
            return array[()]
        if tag == "pandas":
            pd = self._pandas()
            _check(body in ("NA", "NaT"))
            return pd.NA if body == "NA" else pd.NaT
        if tag == "frame":
            return self._frame(_typed(body, dict))
        if tag == "series":
            return self._series(_typed(body, dict))
        if tag == "index":
            return self._index(body)
        raise Undecodable(f"unknown node {tag!r}")

    def _npy(self, index: Any) -> Any:
        """An array from a ``.npy`` part, read without pickle: the header is
        checked against the part's size before anything is allocated."""
        np = self._numpy()
        data = self._part(index)
        head = io.BytesIO(bytes(data[:_NPY_HEADER_MAX]))
        version = np.lib.format.read_magic(head)
        _check(version in _NPY_VERSIONS, "npy version")
        read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = read_header(head)
        _check(not dtype.hasobject, "object array in npy")
        count = 1
        for d in shape:
            count *= d
        offset = head.tell()
        _check(len(data) - offset == count * dtype.itemsize, "npy size")
        flat = np.frombuffer(data, dtype=dtype, count=count, offset=offset)
        # A copy: the caller owns (and may change) what it gets.
        return flat.reshape(shape, order="F" if fortran else "C").copy(order="K")

    def _objects(self, items: Any) -> Any:
        np = self._numpy()
        values = _typed(items, list)
        if set(map(type, values)) <= _SCALARS:
            return np.array(values, dtype=object)  # 1-D: scalars only
        values = [self.node(x) for x in values]
        out = np.empty(len(values), dtype=object)
        for i, v in enumerate(values):
            out[i] = v
        return out

    # pandas ---------------------------------------------------------------

    def _frame(self, body: dict[str, Any]) -> Any:
        pd = self._pandas()
        index = self._index(body.get("index"))
        columns = self._index(body.get("columns"))
        arrays = [self._array(a) for a in _typed(body.get("data"), list)]
        _check(len(columns) == len(arrays) and all(len(a) == len(index) for a in arrays), "frame shape")
        series = {i: pd.Series(a, index=index, dtype=a.dtype, copy=False) for i, a in enumerate(arrays)}
        df = pd.DataFrame(series, index=index, copy=False) if series else pd.DataFrame(index=index)
        df.columns = columns
        df.attrs = _typed(self.node(body.get("attrs")), dict)
        return df

    def _series(self, body: dict[str, Any]) -> Any:
        pd = self._pandas()
        index = self._index(body.get("index"))
        values = self._array(body.get("values"))
        _check(len(values) == len(index), "series length")
        s = pd.Series(values, index=index, dtype=values.dtype, name=self._label(body.get("name")), copy=False)
        s.attrs = _typed(self.node(body.get("attrs")), dict)
        return s

    def _label(self, n: Any) -> Any:
        label = self.node(n)
        hash(label)  # an index or column name must be hashable (TypeError otherwise)
        return label

    def _index(self, body: Any) -> Any:
        pd = self._pandas()
        _typed(body, dict)
        if "range" in body:
            r = _typed(body["range"], list)
            _check(len(r) == 3 and all(type(x) is int for x in r) and r[2] != 0)
            return pd.RangeIndex(r[0], r[1], r[2], name=self._label(body.get("name")))
        if "multi" in body:
            m = _typed(body["multi"], dict)
            sortorder = m.get("sortorder")
            _check(sortorder is None or type(sortorder) is int)
            return pd.MultiIndex(
                levels=[self._index(level) for level in _typed(m.get("levels"), list)],
                codes=[self._npy(c) for c in _typed(m.get("codes"), list)],
                names=[self._label(n) for n in _typed(m.get("names"), list)],
                sortorder=sortorder, verify_integrity=True,
            )
        kind = body.get("type")
        _check(kind in ("Index", "DatetimeIndex", "TimedeltaIndex", "CategoricalIndex"), "index type")
        values = self._array(body.get("values"))
        name = self._label(body.get("name"))
        freq = body.get("freq")
        if freq is not None:
            _check(kind in ("DatetimeIndex", "TimedeltaIndex") and type(freq) is str)
            idx = getattr(pd, kind)(values, freq=freq, name=name)
        else:
            idx = pd.Index(values, dtype=values.dtype, name=name, copy=False)
        _check(type(idx).__name__ == kind, "index type")
        return idx

    def _array(self, body: Any) -> Any:
        """A column's or an index's values: an ndarray or a pandas array."""
        np = self._numpy()
        _typed(body, dict)
        _check(len(body) == 1, "unknown array")
        ((layout, spec),) = body.items()
        if layout == "npy":
            array = self._npy(spec)
            _check(array.ndim == 1)
            return array
        if layout == "objects":
            return self._objects(spec)
        pd = self._pandas()
        _typed(spec, dict)
        if layout == "categorical":
            codes = self._npy(spec.get("codes"))
            _check(codes.ndim == 1 and codes.dtype.kind == "i")
            categories = self._index(spec.get("categories"))
            ordered = _typed(spec.get("ordered"), bool)
            return pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(categories, ordered=ordered))
        dtype = pd.api.types.pandas_dtype(_typed(spec.get("dtype"), str))
        if layout == "datetimetz":
            _check(isinstance(dtype, pd.DatetimeTZDtype))
            utc = self._npy(spec.get("utc"))
            _check(utc.ndim == 1 and utc.dtype.kind == "M")
            out = pd.DatetimeIndex(utc).tz_localize("UTC").tz_convert(dtype.tz).array
        elif layout == "masked":
            _check(type(dtype) in _masked_types(pd))
            data, mask = self._npy(spec.get("data")), self._npy(spec.get("mask"))
            _check(data.ndim == 1 and data.dtype == dtype.numpy_dtype and mask.dtype == np.bool_ and mask.shape == data.shape)
            out = dtype.construct_array_type()(data, mask)
        elif layout == "string":
            _check(isinstance(dtype, pd.StringDtype) and dtype.storage == "python")
            items = _typed(spec.get("items"), list)
            _check(set(map(type, items)) <= {str, type(None)})
            out = pd.array(items, dtype=dtype)
        else:
            raise Undecodable(f"unknown array layout {layout!r}")
        _check(out.dtype == dtype, "dtype")
        return out
