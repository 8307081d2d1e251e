"""Data elements: ``st.dataframe`` (interactive) and ``st.table`` (static).

Tables travel column by column (``columns`` holds one list per column), never
as a list of row objects. Values are converted here to JSON-safe forms with
the same text Streamlit shows: datetimes keep their own time zone (no
conversion to the visitor's), NaN/None become null.
"""

from __future__ import annotations

import math
from typing import Any

from ..delta_generator import DeltaGenerator, element
from ..errors import StreamlitAPIException


def _to_frame(data: Any):
    # pandas is imported only when a table is shown, so apps without pandas
    # never pay for it.
    import pandas as pd

    if data is None:
        return pd.DataFrame()
    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, (pd.Series, pd.Index)):
        return data.to_frame()
    if type(data).__name__ == "Styler":
        return data.data
    if isinstance(data, dict):
        try:
            return pd.DataFrame(data)
        except ValueError:
            return pd.DataFrame({"value": data}) if data else pd.DataFrame()
    try:
        return pd.DataFrame(data)
    except Exception as exc:  # noqa: BLE001 - reported to the author as-is
        raise StreamlitAPIException(f"Unable to convert object of type {type(data).__name__} to a table: {exc}") from None


def _cell(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    type_name = type(value).__name__
    if type_name in ("bool_",):
        return bool(value)
    if hasattr(value, "item") and type(value).__module__ == "numpy":
        return _cell(value.item())
    if type_name == "NaTType" or type_name == "NAType":
        return None
    if type_name == "Timestamp":
        # str() keeps the wall time and offset as stored: no tz conversion.
        return str(value)
    return str(value)


def _plain(label: Any) -> Any:
    return label.item() if type(label).__module__ == "numpy" and hasattr(label, "item") else label


def _column(series: Any) -> tuple[str, list[Any]]:
    import pandas as pd

    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        kind = "bool"
    elif pd.api.types.is_integer_dtype(dtype):
        kind = "int"
    elif pd.api.types.is_float_dtype(dtype):
        kind = "float"
    elif pd.api.types.is_datetime64_any_dtype(dtype):
        kind = "datetime"
    else:
        kind = "object"
    return kind, [_cell(v) for v in series.tolist()] if kind != "datetime" else [_cell(v) for v in series]


def table_payload(data: Any, *, hide_index: bool | None = None) -> dict[str, Any]:
    df = _to_frame(data)
    columns, kinds, values = [], [], []
    for i in range(df.shape[1]):
        kind, col = _column(df.iloc[:, i])
        columns.append(str(df.columns[i]))
        kinds.append(kind)
        values.append(col)
    index_kind, index_values = _column(df.index.to_series())
    return {
        "column_names": columns,
        # The labels themselves where JSON keeps their type (AppTest rebuilds
        # the DataFrame with them: 0 stays 0, not "0").
        "column_labels": [c if isinstance(c, (int, float, bool)) and not isinstance(c, bool) else str(c) for c in (_plain(l) for l in df.columns)],
        "column_kinds": kinds,
        "columns": values,
        "index": index_values,
        "index_kind": index_kind,
        "index_name": None if df.index.name is None else str(df.index.name),
        "hide_index": bool(hide_index),
        "num_rows": int(df.shape[0]),
    }


@element
def dataframe(
    dg: DeltaGenerator,
    data: Any = None,
    width: int | None = None,
    height: int | None = None,
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Any = None,
    column_config: Any = None,
    key: str | None = None,
    on_select: Any = "ignore",
    selection_mode: Any = "multi-row",
) -> None:
    """Display a DataFrame (or anything convertible to one) as an interactive
    table: columns sort when their header is clicked."""
    payload = table_payload(data, hide_index=hide_index)
    if column_order is not None:
        order = [str(c) for c in column_order]
        keep = [payload["column_names"].index(c) for c in order if c in payload["column_names"]]
        for field in ("column_names", "column_labels", "column_kinds", "columns"):
            payload[field] = [payload[field][i] for i in keep]
    dg._write({"kind": "dataframe", **payload, "width": width, "height": height,
               "use_container_width": use_container_width})


@element
def table(dg: DeltaGenerator, data: Any = None) -> None:
    """Display a static table."""
    dg._write({"kind": "table", **table_payload(data)})
