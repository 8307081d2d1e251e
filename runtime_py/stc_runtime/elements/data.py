"""Data elements: ``st.dataframe`` (interactive grid), ``st.table`` (static)
and ``.add_rows()`` on what they return.

Wire form: the element payload (payloads/data.py) holds only metadata;
every column's values travel as one binary attachment of the ``Delta``
(``Delta.buffers``), so a large table costs the worker and the page no
per-cell JSON work:

- numbers and booleans: the numpy array itself (``{"buffer": i, "type":
  "f8"|"f4"|"i4"|"i2"|"i1"|"u4"|"u2"|"u1"}``), handed to the page as a
  typed array without per-cell work; 64-bit integers travel as float64
  (exact up to 2**53, beyond that as text), nullable ones with NaN;
  nullable booleans as u1 with 2 for "missing";
- everything else: the UTF-8 JSON text of the list of cells
  (``{"json": i}``), converted with the same text Streamlit shows:
  datetimes keep their own time zone (Streamlit shows the wall time as
  stored, not converted to the visitor's zone), NaN/None become null,
  lists stay lists.

``decode_table`` turns a payload and its buffers back into a DataFrame
(AppTest reads ``.value`` with it). pandas is imported only when a table is
shown, so apps without pandas never pay for it. The page draws every table
in runtime_js/src/kinds/data.js.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import math
import zlib
from typing import Any, Callable

from .. import run_context
from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..errors import StreamlitAPIException, StreamlitIncompatibleParametersError, StreamlitValueError
from ..payloads import from_wire
from ..sizing import height as checked_height
from ..sizing import width as checked_width
from ..payloads.data import DataframeElement, TableColumn, TableElement, TablePayload

_TYPED = {"float64": "f8", "float32": "f4", "int32": "i4", "int16": "i2", "int8": "i1", "uint32": "u4", "uint16": "u2", "uint8": "u1"}
_EXACT = 2**53


# ---------------------------------------------------------------------------
# input data -> DataFrame (and back)
# ---------------------------------------------------------------------------


def data_format(data: Any) -> str:
    """What the app passed, so st.data_editor can hand back the same type."""
    if data is None:
        return "empty"
    name = type(data).__name__
    module = type(data).__module__
    if module.startswith("pandas"):
        return {"DataFrame": "pandas_dataframe", "Series": "pandas_series", "Index": "pandas_index", "Styler": "pandas_styler"}.get(name, "pandas_dataframe")
    if module == "numpy" and name == "ndarray":
        return "numpy_list" if data.ndim == 1 else "numpy_matrix"
    if isinstance(data, dict):
        values = list(data.values())
        if values and all(isinstance(v, (list, tuple)) or type(v).__module__ == "numpy" for v in values):
            return "column_value_mapping"
        return "key_value_dict"
    if isinstance(data, (list, tuple, set, frozenset)):
        items = list(data)
        kind = {list: "list", tuple: "tuple", set: "set", frozenset: "set"}.get(type(data), "list")
        if items and all(isinstance(r, dict) for r in items):
            return "list_of_records"
        if items and all(isinstance(r, (list, tuple)) for r in items):
            return "list_of_rows"
        return kind + "_of_values"
    return "other"


#: data whose 0, 1, 2, … index pandas made up: 1.67's st.dataframe and
#: st.data_editor hide it unless hide_index says otherwise
_INDEXLESS_FORMATS = {"set_of_values", "tuple_of_values", "list_of_values", "numpy_list", "numpy_matrix",
                      "list_of_records", "list_of_rows", "column_value_mapping", "pandas_index"}

#: what the app passes without column names of its own: 1.67 shows no
#: header row for these
_NO_HEADER_FORMATS = {"key_value_dict", "list_of_rows", "list_of_values", "tuple_of_values", "set_of_values",
                      "numpy_list", "numpy_matrix"}


def to_frame(data: Any):
    import pandas as pd

    if data is None:
        return pd.DataFrame()
    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, (pd.Series, pd.Index)):
        return data.to_frame() if isinstance(data, pd.Series) else data.to_frame(index=False)
    if type(data).__name__ == "Styler":
        return data.data
    if isinstance(data, dict):
        try:
            return pd.DataFrame(data)
        except ValueError:
            # {"st.text_area": "widget", ...}: keys become the index, as Streamlit shows it
            return pd.DataFrame({"value": data}) if data else pd.DataFrame()
    if isinstance(data, (set, frozenset)):
        data = list(data)
    if data_format(data) in ("list_of_values", "tuple_of_values", "set_of_values", "numpy_list"):
        # One column of values: 1.67 names it "value".
        return pd.DataFrame({"value": list(data)})
    if isinstance(data, (str, bytes, int, float)):
        raise StreamlitAPIException(f"Unable to convert object of type {type(data).__name__} to a table.")
    try:
        return pd.DataFrame(data)
    except Exception as exc:  # noqa: BLE001 - reported to the author as-is
        raise StreamlitAPIException(f"Unable to convert object of type {type(data).__name__} to a table: {exc}") from None


def from_frame(df: Any, fmt: str, original: Any = None) -> Any:
    """The edited DataFrame in the type the app passed in."""
    if fmt in ("pandas_dataframe", "empty", "other"):
        return df
    if fmt == "pandas_styler":
        return df
    if fmt == "pandas_series":
        return df.iloc[:, 0]
    if fmt == "pandas_index":
        import pandas as pd

        return pd.Index(df.iloc[:, 0])
    if fmt == "numpy_list":
        return df.iloc[:, 0].to_numpy()
    if fmt == "numpy_matrix":
        return df.to_numpy()
    if fmt == "column_value_mapping":
        return {k: list(v) for k, v in df.to_dict(orient="list").items()}
    if fmt == "key_value_dict":
        return {k: _py(v) for k, v in df.iloc[:, 0].items()} if df.shape[1] else {}
    if fmt == "list_of_records":
        return [{k: _py(v) for k, v in r.items()} for r in df.to_dict(orient="records")]
    if fmt == "list_of_rows":
        return [[_py(v) for v in r] for r in df.itertuples(index=False)]
    values = [_py(v) for v in df.iloc[:, 0]] if df.shape[1] else []
    if fmt == "tuple_of_values":
        return tuple(values)
    if fmt == "set_of_values":
        return set(values)
    return values


def _py(v: Any) -> Any:
    if type(v).__module__ == "numpy" and hasattr(v, "item"):
        return v.item()
    try:
        import pandas as pd

        if v is pd.NA or v is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    return v


# ---------------------------------------------------------------------------
# cells and columns
# ---------------------------------------------------------------------------


def cell(value: Any) -> Any:
    """One value in its JSON form (the text Streamlit shows for non-JSON types)."""
    if value is None or isinstance(value, (str, bool)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    type_name = type(value).__name__
    if type_name in ("NaTType", "NAType"):
        return None
    if type(value).__module__ == "numpy":
        if type_name == "ndarray":
            return [cell(v) for v in value.tolist()]
        if hasattr(value, "item"):
            return cell(value.item())
    if isinstance(value, (list, tuple)):
        return [cell(v) for v in value]
    if isinstance(value, _dt.datetime) or type_name == "Timestamp":
        # str() keeps the wall time and offset as stored: no tz conversion.
        return str(value)
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, dict):
        return json.dumps(value, default=str)
    return str(value)


def _object_kind(values: list[Any]) -> str:
    seen = [v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    if not seen:
        return "string"
    if all(isinstance(v, str) for v in seen):
        return "string"
    if all(isinstance(v, bool) for v in seen):
        return "bool"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in seen):
        return "int"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in seen):
        return "float"
    if all(isinstance(v, _dt.datetime) for v in seen):
        return "datetime"
    if all(isinstance(v, _dt.date) and not isinstance(v, _dt.datetime) for v in seen):
        return "date"
    if all(isinstance(v, _dt.time) for v in seen):
        return "time"
    if all(isinstance(v, (list, tuple)) or type(v).__name__ == "ndarray" for v in seen):
        return "list"
    return "object"


#: the rows in each chunk of a lazy grid's text columns
LAZY_CHUNK_ROWS = 1_000


def _json_buffer(values: list[Any], buffers: list[Any], chunk_rows: int | None = None) -> dict[str, Any]:
    """The JSON text of ``values`` as one attachment or, for a lazy grid
    (``chunk_rows``), as consecutive attachments of ``chunk_rows`` cells
    each, which the page parses only when a row of theirs is needed."""
    def dump(part: list[Any]) -> None:
        buffers.append(memoryview(json.dumps(part, separators=(",", ":"), allow_nan=False).encode()))

    if not chunk_rows or len(values) <= chunk_rows:
        dump(values)
        return {"json": len(buffers) - 1}
    first = len(buffers)
    for start in range(0, len(values), chunk_rows):
        dump(values[start:start + chunk_rows])
    return {"json": first, "chunks": len(buffers) - first, "chunk_rows": chunk_rows}


def _array_buffer(array: Any, buffers: list[Any]) -> dict[str, Any]:
    import numpy as np

    array = np.ascontiguousarray(array)
    buffers.append(memoryview(array).cast("B"))
    return {"buffer": len(buffers) - 1, "type": _TYPED[array.dtype.name]}


def encode_column(series: Any, buffers: list[Any], chunk_rows: int | None = None) -> dict[str, Any]:
    """``{"kind", "dtype", "data"}`` of one column; its values go to
    ``buffers`` (text in chunks of ``chunk_rows`` cells, if given: typed
    arrays need no chunks, the page reads any row of them as it is)."""
    import numpy as np
    import pandas as pd

    dtype = series.dtype
    api = pd.api.types
    out: dict[str, Any] = {"dtype": str(dtype)}
    if api.is_bool_dtype(dtype):
        out["kind"] = "bool"
        if dtype == np.dtype(bool):
            out["data"] = _array_buffer(series.to_numpy().view(np.uint8), buffers)
        else:  # nullable "boolean": 2 marks a missing value
            mask = series.isna().to_numpy()
            out["data"] = _array_buffer(np.where(mask, 2, series.fillna(False).to_numpy(dtype=bool)).astype(np.uint8), buffers)
        return out
    if api.is_integer_dtype(dtype) or api.is_float_dtype(dtype):
        out["kind"] = "int" if api.is_integer_dtype(dtype) else "float"
        if isinstance(dtype, np.dtype) and dtype.name in _TYPED:
            out["data"] = _array_buffer(series.to_numpy(), buffers)
            return out
        values = series.to_numpy(dtype="float64", na_value=np.nan)
        finite = values[np.isfinite(values)]
        if out["kind"] == "int" and finite.size and np.abs(finite).max() >= _EXACT:
            out["data"] = _json_buffer([None if v is pd.NA else int(v) for v in series.tolist()], buffers, chunk_rows)
            return out
        out["data"] = _array_buffer(values, buffers)
        return out
    if api.is_datetime64_any_dtype(dtype):
        out["kind"] = "datetime"
        text = _datetime_text(series)
        out["data"] = _json_buffer(text.tolist(), buffers, chunk_rows)
        return out
    values = series.tolist()
    kind = _object_kind(values)
    out["kind"] = kind
    if kind == "string" and all(isinstance(v, str) for v in values):
        out["data"] = _json_buffer(values, buffers, chunk_rows)
    else:
        out["data"] = _json_buffer([cell(v) for v in values], buffers, chunk_rows)
    return out


def _datetime_text(series: Any):
    """str(Timestamp) of every value (wall time and its own offset, never
    converted), vectorized: "2020-01-10 10:30:00+09:00"."""
    import numpy as np

    missing = series.isna().to_numpy()
    present = series[~missing]
    if len(present) and ((present.dt.microsecond != 0) | (present.dt.nanosecond != 0)).any():
        text = np.array([None if m else str(v) for v, m in zip(series, missing)], dtype=object)
        return text
    text = series.dt.strftime("%Y-%m-%d %H:%M:%S").to_numpy(dtype=object)
    if getattr(series.dt, "tz", None) is not None:
        offsets = series.dt.strftime("%z").to_numpy(dtype=object)
        text = np.array([f"{t}{o[:3]}:{o[3:]}" if isinstance(t, str) and isinstance(o, str) else t for t, o in zip(text, offsets)], dtype=object)
    text[missing] = None
    return text


def _label(label: Any) -> Any:
    label = _py(label)
    if isinstance(label, (int, float)) and not isinstance(label, bool):
        return label  # AppTest rebuilds the DataFrame with it: 0 stays 0
    return str(label)


def encode_table(df: Any, *, hide_index: bool | None = None, chunk_rows: int | None = None) -> tuple[dict[str, Any], list[Any]]:
    """The fields every table payload shares (``TablePayload``'s, as
    keyword arguments) for ``df``, and the binary attachments its columns'
    values travel in (text columns in chunks of ``chunk_rows``, if given)."""
    import pandas as pd

    buffers: list[Any] = []
    columns = [
        TableColumn(**encode_column(df.iloc[:, i], buffers, chunk_rows), name=str(df.columns[i]), label=_label(df.columns[i]))
        for i in range(df.shape[1])
    ]
    index = df.index
    if isinstance(index, pd.RangeIndex):
        # The index's two shapes differ (a range, or a column's encoding),
        # so it is a plain object, not a payload class.
        index_payload: dict[str, Any] = dict(kind="int", dtype="range", range=[int(index.start), int(index.step)])
    else:
        if isinstance(index, pd.MultiIndex):
            index = pd.Index([", ".join(str(p) for p in t) for t in index])
        index_payload = encode_column(index.to_series(), buffers, chunk_rows)
    index_payload["name"] = None if df.index.name is None else str(df.index.name)
    digest = 0
    for b in buffers:
        digest = zlib.crc32(b, digest)
    fields = {
        "columns": columns,
        "index": index_payload,
        "num_rows": int(df.shape[0]),
        # Changes whenever the data does (the renderer compares payloads as
        # JSON text; the buffers are not part of it).
        "digest": f"{digest:08x}-{sum(b.nbytes for b in buffers)}",
        "hide_index": hide_index,
    }
    return fields, buffers


def table_payload(data: Any, *, hide_index: bool | None = None, frame: Any = None) -> tuple[dict[str, Any], list[Any]]:
    """The wire form of ``data`` shown by ``st.table`` and its binary
    attachments (what the page receives; tests read its columns)."""
    df = to_frame(data) if frame is None else frame
    fields, buffers = encode_table(df, hide_index=hide_index)
    return TableElement(**fields).wire(), buffers


# ---------------------------------------------------------------------------
# wire -> DataFrame (AppTest, tests)
# ---------------------------------------------------------------------------


def _decode_values(col: dict[str, Any], buffers: list[Any], num_rows: int):
    import numpy as np

    data = col.get("data")
    if "range" in col:
        start, step = col["range"]
        return np.arange(start, start + step * num_rows, step) if num_rows else np.array([], dtype="int64")
    if "buffer" in data:
        values = np.frombuffer(bytes(buffers[data["buffer"]]), dtype=np.dtype(data["type"]))
        return values
    first = data["json"]
    out: list[Any] = []
    for i in range(first, first + int(data.get("chunks", 1))):
        out.extend(json.loads(bytes(buffers[i]).decode()))
    return out


def decode_column(col: TableColumn | dict[str, Any], buffers: list[Any], num_rows: int):
    """The pandas Series (without name/index) a column describes: a
    ``TableColumn``, or the index's plain object (which has the same
    ``kind``/``dtype``/``data``, or a ``range``)."""
    import numpy as np
    import pandas as pd

    if isinstance(col, TableColumn):
        col = dataclasses.asdict(col)
    values = _decode_values(col, buffers, num_rows)
    dtype = col.get("dtype", "object")
    kind = col.get("kind")
    if dtype == "range":
        return pd.Series(values, dtype="int64")
    if kind == "bool" and isinstance(values, np.ndarray):
        if dtype == "bool":
            return pd.Series(values.astype(bool))
        return pd.Series(pd.array([None if v == 2 else bool(v) for v in values], dtype="boolean"))
    if kind == "datetime" and dtype.startswith("datetime64"):
        parsed = pd.to_datetime(pd.Series(values, dtype="object"), utc="," in dtype or "UTC" in dtype or None)
        if "," in dtype:
            parsed = parsed.dt.tz_convert(dtype.split(",", 1)[1].strip(" ]"))
        return parsed
    if isinstance(values, np.ndarray):
        try:
            return pd.Series(values.astype(dtype) if dtype not in ("object",) else values)
        except (TypeError, ValueError):
            return pd.Series(pd.array(values, dtype=dtype))
    try:
        return pd.Series(values, dtype=dtype if dtype != "object" else "object")
    except (TypeError, ValueError):
        return pd.Series(values, dtype="object")


def decode_table(payload: TablePayload | dict[str, Any], buffers: list[Any]):
    """The DataFrame a table payload shows (what AppTest's ``.value``
    reads); ``payload`` is the typed payload or its wire form."""
    import pandas as pd

    if isinstance(payload, dict):
        payload = from_wire(payload)  # type: ignore[assignment]
    assert isinstance(payload, TablePayload), payload
    n = payload.num_rows
    idx = payload.index
    if "range" in idx:
        start, step = idx["range"]
        index: Any = pd.RangeIndex(start, start + step * n, step, name=idx.get("name"))
    else:
        index = pd.Index(decode_column(idx, buffers, n), name=idx.get("name"))
    data = {}
    for col in payload.columns:
        series = decode_column(col, buffers, n)
        series.index = index
        data[col.label] = series
    df = pd.DataFrame(data, index=index)
    if not payload.columns:
        df = pd.DataFrame(index=index)
    return df


# ---------------------------------------------------------------------------
# column configuration and layout parameters
# ---------------------------------------------------------------------------


def column_config_payload(column_config: Any, df: Any) -> dict[str, dict[str, Any]]:
    """``column_config`` as the page reads it: one entry per column name
    (``"_index"`` for the index) holding ``label``/``width``/``help``/
    ``disabled``/``required``/``default``/``hidden`` and ``type_config``."""
    from ..column_config import normalize

    if not column_config:
        return {}
    names = [str(c) for c in df.columns]
    out: dict[str, dict[str, Any]] = {}
    for key, config in dict(column_config).items():
        name = str(key)
        if name not in names and name != "_index" and isinstance(key, int) and 0 <= key < len(names):
            name = names[key]  # a position
        out[name] = normalize(config)
    return out


def _order(column_order: Any) -> list[str] | None:
    if column_order is None:
        return None
    if isinstance(column_order, str):
        return [column_order]
    return [str(c) for c in column_order]


def _layout(width: Any, height: Any, use_container_width: Any) -> dict[str, Any]:
    """``width`` and ``height`` of a grid, checked as 1.67 checks them; the
    deprecated ``use_container_width`` decides the width when given (True:
    ``"stretch"``; False: ``"content"`` unless the width is in pixels)."""
    if use_container_width is not None:
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    return {
        "width": checked_width(width, allow_content=True),
        "height": checked_height(height, allow_content=True, also=("auto",)),
    }


def _alt(alt: Any) -> str | None:
    """``alt`` as 1.67 keeps it: stripped text; empty or blank is none."""
    return None if alt is None else (str(alt).strip() or None)


def _placeholder(placeholder: Any) -> str | None:
    return None if placeholder is None else str(placeholder)


#: ``lazy=None`` loads a table of more rows than this lazily, ``lazy=True``
#: one of more than ``_FORCED_LAZY_MIN_ROWS`` (1.67's thresholds: below them
#: lazy loading only costs features)
_AUTO_LAZY_ROWS = 150_000
_FORCED_LAZY_MIN_ROWS = 1_000


def _lazy(data: Any, df: Any, lazy: Any, selecting: bool) -> bool:
    """Whether the grid loads its rows lazily, decided and refused as 1.67
    does. Lazy rows cannot be searched, downloaded or selected by position,
    so a Styler (whose styles are the whole table's), a selection, or
    column headers of several levels refuse ``lazy=True`` and keep a
    ``lazy=None`` grid eager."""
    import pandas as pd

    if data is None or lazy is False:
        return False
    if data_format(data) == "pandas_styler":
        if lazy is True:
            raise StreamlitAPIException(
                "`lazy=True` is not supported for `pandas.Styler` objects. Styler output is tied to the fully "
                "materialized table. Remove `lazy=True` or pass the underlying dataframe instead.")
        return False
    if selecting:
        if lazy is True:
            raise StreamlitIncompatibleParametersError(
                "lazy=True", "on_select",
                explanation="Lazy dataframes cannot use position-based selection in this version. "
                            'Set `on_select="ignore"` or remove `lazy=True`.')
        return False
    if isinstance(df.columns, pd.MultiIndex):
        if lazy is True:
            raise StreamlitAPIException(
                "`lazy=True` is not supported for dataframes with multi-level (`MultiIndex`) column headers. "
                "Flatten the column headers or set `lazy=False`.")
        return False
    if lazy is True:
        return len(df) > _FORCED_LAZY_MIN_ROWS
    # lazy=None: only a DataFrame the app holds is switched automatically
    return isinstance(data, pd.DataFrame) and len(df) > _AUTO_LAZY_ROWS


# ---------------------------------------------------------------------------
# add_rows
# ---------------------------------------------------------------------------

# Element path -> function appending rows to it, for the run in progress
# (other families, e.g. charts, register theirs with ``register_add_rows``).
def register_add_rows(path: tuple[int, ...], append: Callable[[Any], None]) -> None:
    """Let ``.add_rows(data)`` on the element at ``path`` call ``append``."""
    run_context.current().add_rows[tuple(path)] = append


@element(needs=("pandas",))
def add_rows(dg: DeltaGenerator, data: Any = None, **kwargs: Any) -> DeltaGenerator:
    """Append rows to the ``st.dataframe``, ``st.table`` or chart this object
    was returned by, in place: the page shows them at once, while the script
    goes on running (how an app animates a table or a chart). Returns the
    same object.

    Parameters:
        data: the rows to append (a DataFrame or anything ``st.dataframe``
            takes), with the same columns as the element's data; a single
            keyword argument (``add_rows(name=df)``) is taken as ``data``.
    """
    append = run_context.current().add_rows.get(tuple(dg._path))
    if append is None:
        raise StreamlitAPIException("add_rows() can only be called on the object returned by st.dataframe, st.table or a chart.")
    if data is None and len(kwargs) == 1:
        (data,) = kwargs.values()  # add_rows(name=df), as Streamlit allows
    if data is not None:
        append(data)
    return dg


def _appendable(dg: DeltaGenerator, path: tuple[int, ...], frame: Any, write: Callable[[Any], None]) -> DeltaGenerator:
    state = {"frame": frame}

    def append(data: Any) -> None:
        import pandas as pd

        new = to_frame(data)
        old = state["frame"]
        if list(map(str, new.columns)) != list(map(str, old.columns)) and old.shape[1] and new.shape[1]:
            raise StreamlitAPIException("The columns of the rows passed to add_rows() must match the columns of the table.")
        if isinstance(old.index, pd.RangeIndex) and isinstance(new.index, pd.RangeIndex):
            # As Streamlit: a default index keeps counting on.
            new = new.set_axis(pd.RangeIndex(old.shape[0], old.shape[0] + new.shape[0]), axis=0)
        combined = pd.concat([old, new.set_axis(old.columns, axis=1) if old.shape[1] else new])
        state["frame"] = combined
        write(combined)

    register_add_rows(path, append)
    return DeltaGenerator(path)


# ---------------------------------------------------------------------------
# the elements
# ---------------------------------------------------------------------------


def _dataframe_element(df: Any, *, hide_index: Any, column_order: Any, column_config: Any, layout: dict[str, Any]) -> tuple[DataframeElement, list[Any]]:
    fields, buffers = encode_table(df, hide_index=hide_index, chunk_rows=LAZY_CHUNK_ROWS if layout.get("lazy") else None)
    payload = DataframeElement(
        **fields,
        column_order=_order(column_order),
        column_config=column_config_payload(column_config, df),
        **layout,
    )
    return payload, buffers


@element(needs=("pandas",))
def dataframe(
    dg: DeltaGenerator,
    data: Any = None,
    width: int | str = "stretch",
    height: int | str = "auto",
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Any = None,
    column_config: Any = None,
    key: str | None = None,
    on_select: Any = "ignore",
    selection_mode: Any = "multi-row",
    row_height: int | None = None,
    placeholder: str | None = None,
    lazy: bool | None = None,
    alt: str | None = None,
) -> DeltaGenerator:
    """Display data as an interactive grid: the visitor sorts by clicking a
    header, resizes columns, searches, downloads it as CSV and copies
    selected cells. Only the visible rows are in the page, so millions of
    rows scroll smoothly. Returns an object whose ``.add_rows(data)``
    appends rows in place.

    Parameters:
        data: what to show: a DataFrame, Series, Index, Styler (its data),
            numpy array, list, list of records or dict; None: an empty grid.
        width: ``"stretch"`` (the container's width, the default),
            ``"content"`` (the columns' width, at most the container's) or
            a width in pixels.
        height: ``"auto"`` (tall enough for up to ten rows, the default),
            ``"content"`` (every row, at most 10,000 pixels), ``"stretch"``
            (the height of a container of fixed height) or pixels.
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``width="content"`` (unless the width is in pixels).
        hide_index: True hides the index column (the row labels); False or
            None shows it.
        column_order: the names of the columns to show, in order; None: all.
        column_config: column name (``"_index"`` for the index) -> a label,
            None (hide the column) or an ``st.column_config`` column.
        key: accepted for compatibility: the grid is not a widget here.
        on_select: accepted for compatibility; selections are not reported
            to the app.
        selection_mode: accepted for compatibility (see ``on_select``).
        row_height: the height of each row in pixels; None: the default.
        placeholder: the text shown in cells with no value; None: "None";
            "" leaves them empty.
        lazy: True: the page reads the rows in chunks of 1,000 as the
            visitor scrolls to them (more than 1,000 rows; search and CSV
            download are then not offered, sorting is); None: so for a
            DataFrame of more than 150,000 rows; False: every row at once.
            A Styler, a selection or multi-level column headers refuse
            ``lazy=True``.
        alt: a short name for the grid, read by screen readers; empty or
            blank: none.
    """
    df = to_frame(data)
    layout = {
        **_layout(width, height, use_container_width),
        "row_height": row_height,
        "placeholder": _placeholder(placeholder),
        "alt": _alt(alt),
        "lazy": _lazy(data, df, lazy, selecting=on_select != "ignore"),
    }

    if hide_index is None and data_format(data) in _INDEXLESS_FORMATS:
        hide_index = True

    def write(frame: Any, path: tuple[int, ...] | None = None) -> tuple[int, ...]:
        payload, buffers = _dataframe_element(frame, hide_index=hide_index, column_order=column_order, column_config=column_config, layout=layout)
        if path is None:
            return dg._write(payload, buffers=buffers)
        run_context.current().write(path, payload, buffers)  # the same element, with the rows added
        return path

    path = write(df)
    return _appendable(dg, path, df, lambda frame: write(frame, path))


@element(needs=("pandas",))
def table(dg: DeltaGenerator, data: Any = None, *, border: bool | str = True, width: int | str = "stretch",
          height: int | str = "content", hide_index: bool | None = None, hide_header: bool | None = None,
          alt: str | None = None) -> DeltaGenerator:
    """Display a static table: every row on the page, no sorting of its
    own. Returns an object whose ``.add_rows(data)`` appends rows in place.

    Parameters:
        data: what to show: a DataFrame, Series, Index, Styler (its data),
            numpy array, list, list of records or dict; None: an empty table.
        border: True: lines around the table and between cells; False: none;
            "horizontal": only between rows.
        width: "stretch" (the container's width), "content" or pixels.
        height: "content" (every row), "stretch" or pixels (rows scroll).
        hide_index: hide the row labels; None: hidden for a default
            0, 1, 2, … index, shown otherwise.
        hide_header: hide the column names; None: hidden for data that has
            none of its own (plain lists, rows, arrays, key-value dicts).
        alt: a text alternative for screen readers.
    """
    if isinstance(border, bool):
        border_mode = "all" if border else "none"
    elif border == "horizontal":
        border_mode = "horizontal"
    else:
        raise StreamlitValueError("border", ["True", "False", "'horizontal'"])
    width = checked_width(width, allow_content=True)
    height = checked_height(height, allow_content=True)
    source = data.data if data_format(data) == "pandas_styler" else data
    df = to_frame(data)
    import pandas as pd

    # As 1.67: a default 0, 1, 2, … index says nothing, so it is hidden;
    # data without column names of its own shows no header row.
    index_hidden = hide_index if hide_index is not None else isinstance(to_frame(source).index, pd.RangeIndex)
    header_hidden = hide_header if hide_header is not None else data_format(data) in _NO_HEADER_FORMATS
    alt_text = None if alt is None else (str(alt).strip() or None)

    def payload_of(frame: Any) -> tuple[TableElement, list[Any]]:
        fields, buffers = encode_table(frame, hide_index=index_hidden)
        return TableElement(**fields, border=border_mode, hide_header=bool(header_hidden), width=width,
                            height=height, alt=alt_text), buffers

    payload, buffers = payload_of(df)
    path = dg._write(payload, buffers=buffers)

    def rewrite(frame: Any) -> None:
        p, b = payload_of(frame)
        run_context.current().write(path, p, b)

    return _appendable(dg, path, df, rewrite)
