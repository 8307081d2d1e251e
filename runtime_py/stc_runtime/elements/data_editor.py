"""``st.data_editor``: an editable grid (drawn by runtime_js/src/kinds/data.js,
as every grid is; its payload is payloads/data_editor.py's).

The widget's value is the visitor's edits, not the data: ``{"edited_rows":
{row: {column: value}}, "added_rows": [{column: value}], "deleted_rows":
[row]}`` with rows numbered by their position in the data the app passed
(as Streamlit numbers them, so an app reading the edits from session state
behaves the same). It is what ``st.session_state[key]`` holds;
on the wire the row numbers of ``edited_rows`` are JSON object keys (text).
The page shows the app's data with the edits applied; Python applies them to
a copy of the data and returns it in the type the app passed (DataFrame,
Series, list, dict, numpy array...). Cell values arrive in their JSON form
(dates and times as ISO text) and are converted to the column's type.
"""

from __future__ import annotations

import datetime as _dt
import math
from typing import Any, Callable

from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..payloads.data_editor import DataEditorEdits, DataEditorElement
from ..widgets import callback_of, register_widget
from . import data as _data


def empty_state() -> dict[str, Any]:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def deserialize_state(wire: Any) -> dict[str, Any]:
    """Wire (JSON) -> the session_state dict (row numbers as ints)."""
    if not isinstance(wire, dict):
        return empty_state()
    edited = {}
    for row, changes in dict(wire.get("edited_rows") or {}).items():
        try:
            edited[int(row)] = dict(changes)
        except (TypeError, ValueError):
            continue
    return {
        "edited_rows": edited,
        "added_rows": [dict(r) for r in wire.get("added_rows") or []],
        "deleted_rows": sorted(int(r) for r in wire.get("deleted_rows") or []),
    }


def serialize_state(state: Any) -> dict[str, Any]:
    state = state or empty_state()
    return {
        "edited_rows": {str(r): dict(c) for r, c in dict(state.get("edited_rows") or {}).items()},
        "added_rows": [dict(r) for r in state.get("added_rows") or []],
        "deleted_rows": [int(r) for r in state.get("deleted_rows") or []],
    }


# ---------------------------------------------------------------------------
# applying the edits
# ---------------------------------------------------------------------------


def _column_type(kind: str, config: dict[str, Any] | None) -> str:
    configured = ((config or {}).get("type_config") or {}).get("type")
    if configured in ("number",):
        return "int" if (config or {}).get("type_config", {}).get("integer") or kind == "int" else "float"
    if configured == "checkbox":
        return "bool"
    if configured in ("date", "time", "datetime"):
        return configured
    if configured in ("text", "link", "selectbox"):
        return kind if configured == "selectbox" and kind in ("int", "float", "bool") else "string"
    return kind


def parse_value(value: Any, kind: str, dtype: str = "") -> Any:
    """One edited cell (JSON form) as the column holds it."""
    import pandas as pd

    if value is None or (isinstance(value, str) and value == "" and kind not in ("string", "object")):
        return None
    try:
        if kind == "int":
            number = float(value)
            return None if math.isnan(number) else int(number)
        if kind == "float":
            return float(value)
        if kind == "bool":
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
        if kind == "datetime":
            stamp = pd.Timestamp(value)
            if "," in dtype:  # the column's own zone: times are never converted to the visitor's
                tz = dtype.split(",", 1)[1].strip(" ]")
                stamp = stamp.tz_localize(tz) if stamp.tzinfo is None else stamp.tz_convert(tz)
            return stamp
        if kind == "date":
            return _dt.date.fromisoformat(str(value)[:10])
        if kind == "time":
            return _dt.time.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None
    return value


def apply_edits(df: Any, state: dict[str, Any], column_config: dict[str, dict[str, Any]], kinds: dict[str, tuple[str, str]]):
    """A copy of ``df`` with the visitor's edits, additions and deletions
    (in that order; rows are numbered by their position in ``df``)."""
    import pandas as pd

    out = df.copy()
    names = [str(c) for c in out.columns]

    def convert(name: str, value: Any) -> Any:
        kind, dtype = kinds.get(name, ("object", "object"))
        return parse_value(value, _column_type(kind, column_config.get(name)), dtype)

    for row, changes in state["edited_rows"].items():
        if not 0 <= row < len(df):
            continue
        for name, value in changes.items():
            if name == "_index" or name not in names:
                continue
            col = names.index(name)
            new = convert(name, value)
            try:
                out.iat[row, col] = new
            except (TypeError, ValueError):
                out[out.columns[col]] = out[out.columns[col]].astype(object)
                out.iat[row, col] = new
    if state["added_rows"]:
        rows = []
        for added in state["added_rows"]:
            record = {}
            for i, name in enumerate(names):
                default = (column_config.get(name) or {}).get("default")
                record[out.columns[i]] = convert(name, added[name]) if name in added else (convert(name, default) if default is not None else None)
            rows.append(record)
        new_rows = pd.DataFrame(rows, columns=out.columns)
        if isinstance(out.index, pd.RangeIndex):
            start = out.index.stop if len(out) else 0
            new_rows.index = pd.RangeIndex(start, start + len(rows))
        else:
            labels = [added.get("_index") for added in state["added_rows"]]
            if all(label is not None for label in labels):
                new_rows.index = pd.Index(labels)
        for col in out.columns:
            # keep the column's type where the new values allow it
            if new_rows[col].isna().any() and pd.api.types.is_integer_dtype(out[col].dtype) and not pd.api.types.is_extension_array_dtype(out[col].dtype):
                continue
            try:
                new_rows[col] = new_rows[col].astype(out[col].dtype)
            except (TypeError, ValueError):
                pass
        out = pd.concat([out, new_rows]) if len(out) else new_rows
    deleted = [r for r in state["deleted_rows"] if 0 <= r < len(df)]
    if deleted:
        keep = [i for i in range(len(out)) if i not in set(deleted)]
        out = out.iloc[keep]
    return out


def _return_value(edited: Any, fmt: str, original: Any) -> Any:
    import numpy as np

    value = _data.from_frame(edited, fmt, original)
    if fmt in ("numpy_matrix", "numpy_list") and getattr(original, "dtype", None) is not None and original.dtype != object:
        try:
            return np.array(value.tolist())
        except (TypeError, ValueError):
            return value
    return value


# ---------------------------------------------------------------------------
# the widget
# ---------------------------------------------------------------------------


@element(needs=("pandas",))
def data_editor(
    dg: DeltaGenerator,
    data: Any,
    *,
    width: int | str = "stretch",
    height: int | str = "auto",
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Any = None,
    column_config: Any = None,
    num_rows: str = "fixed",
    disabled: bool | Any = False,
    key: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Any = None,
    kwargs: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    alt: str | None = None,
) -> Any:
    """Display an editable grid and return the data with the visitor's
    edits applied, in the type of ``data`` (DataFrame, Series, list, dict,
    list of records, numpy array...). The visitor double-clicks (or presses
    Enter on) a cell to edit it. With a ``key``, ``st.session_state[key]``
    holds the edits: ``{"edited_rows", "added_rows", "deleted_rows"}``.

    Parameters:
        data: the data to edit (anything ``st.dataframe`` shows).
        width: ``"stretch"`` (the container's width, the default),
            ``"content"`` (the columns' width, at most the container's) or
            a width in pixels.
        height: ``"auto"`` (tall enough for up to ten rows, the default),
            ``"content"`` (every row, at most 10,000 pixels), ``"stretch"``
            (the height of a container of fixed height) or pixels.
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``width="content"`` (unless the width is in pixels).
        hide_index: True hides the index column; False shows it; None: shown,
            except a default 0, 1, 2, … index when rows can be added.
        column_order: the names of the columns to show, in order; None: all.
        column_config: column name (``"_index"`` for the index) -> a label,
            None (hide it) or an ``st.column_config`` column, which also sets
            how its cells are edited and checked (``required``,
            ``min_value``, ``max_value``, ``max_chars``, ``validate``,
            ``options``...).
        num_rows: ``"fixed"`` (the default; any other text too, as in
            1.67), ``"dynamic"``: the visitor may also add rows (the +
            button) and delete selected rows, ``"add"``: only add them,
            ``"delete"``: only delete them.
        disabled: True: no cell can be edited; a list of column names: those
            columns cannot be.
        key: the widget's key in ``st.session_state`` (its edits).
        on_change: "rerun" (an edit reruns the app, the default), "ignore"
            (edits are kept for the next run and start none) or a callback
            run before the rerun an edit causes.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        row_height: the height of each row in pixels; None: the default.
        placeholder: the text shown in cells with no value; None: "None";
            "" leaves them empty.
        alt: a short name for the grid, read by screen readers; empty or
            blank: none.
    """
    import pandas as pd

    callback_of(on_change)  # checked first, as 1.67 checks it (registration uses it)
    layout = {
        **_data._layout(width, height, use_container_width),
        "row_height": row_height,
        "placeholder": _data._placeholder(placeholder),
        "alt": _data._alt(alt),
    }
    # 1.67 takes any other text as "fixed"
    mode = num_rows if num_rows in ("dynamic", "add", "delete") else "fixed"
    fmt = _data.data_format(data)
    df = _data.to_frame(data)
    if fmt in ("numpy_matrix", "numpy_list", "list_of_rows", "list_of_values", "tuple_of_values", "set_of_values"):
        # Streamlit casts these columns' names to strings; an app that
        # reads the edited data back by name expects that.
        df = df.rename(columns=str)
    if hide_index is None and mode in ("dynamic", "add") and isinstance(df.index, pd.RangeIndex):
        # As 1.67: the visitor cannot type a default 0, 1, 2, … index for the
        # rows they add, so it is not shown unless asked for.
        hide_index = True
    if hide_index is None and fmt in _data._INDEXLESS_FORMATS:
        hide_index = True  # an index pandas made up for data that had none
    fields, buffers = _data.encode_table(df, hide_index=hide_index)
    config = _data.column_config_payload(column_config, df)
    disabled_payload = bool(disabled) if isinstance(disabled, bool) else [str(c) for c in disabled]
    columns = fields["columns"]
    identity = {
        "data": fields["digest"],
        "columns": [c.name for c in columns],
        "column_config": repr(sorted(config.items())),
        "column_order": _data._order(column_order),
        "num_rows": mode,
        "hide_index": hide_index,
        **{k: v for k, v in layout.items()},
    }
    kinds = {c.name: (c.kind, c.dtype) for c in columns}
    reg = register_widget(
        dg, "data_editor", key=key, default=empty_state(), identity=identity,
        callback=on_change, args=args, kwargs=kwargs,
        deserialize=deserialize_state, serialize=serialize_state,
    )
    wid, state = reg.id, reg.value
    state = state or empty_state()
    dg._write(DataEditorElement(
        **fields,
        id=wid,
        value=DataEditorEdits(**serialize_state(state)),
        column_order=_data._order(column_order),
        column_config=config,
        # the table part's num_rows is the row count; the mode is apart
        num_rows_mode=mode,  # type: ignore[arg-type]
        disabled=disabled_payload,
        **layout,
    ), buffers=buffers)
    edited = apply_edits(df, state, config, kinds)
    return _return_value(edited, fmt, data)

