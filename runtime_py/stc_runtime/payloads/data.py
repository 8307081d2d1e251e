"""Payloads of the data family (elements/data.py, runtime_js/src/kinds/data.js):
``st.table`` and ``st.dataframe``, and the table part ``st.data_editor``
(payloads/data_editor.py) shares with them.

A table's cells are not in the payload: each column's values travel as one
binary attachment of the ``Delta`` (``Delta.buffers``), which the payload
refers to by position, so a large table costs no per-cell JSON work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from . import ElementPayload

#: What a column's values are; the page picks its formatting and editor by it.
ColumnKind = Literal["bool", "int", "float", "datetime", "date", "time", "string", "list", "object"]


@dataclass(frozen=True, kw_only=True)
class TableColumn:
    """One column of a table: what it holds and where its values are."""

    #: what its values are (``"int"``, ``"float"``, ``"bool"``, ``"datetime"``,
    #: ``"date"``, ``"time"``, ``"string"``, ``"list"`` or ``"object"``)
    kind: ColumnKind
    #: the pandas dtype, as text (``"int64"``, ``"datetime64[ns, UTC]"``...);
    #: AppTest rebuilds the column with it
    dtype: str
    #: where its values are: ``{"buffer": i, "type": "f8"}`` (attachment
    #: ``i`` holds a typed array: f8/f4/i4/i2/i1/u4/u2/u1) or ``{"json": i}``
    #: (attachment ``i`` holds the UTF-8 JSON list of its cells); a lazy
    #: grid's text adds ``"chunks": k, "chunk_rows": n``: attachments
    #: ``i`` .. ``i+k-1`` each hold the JSON list of ``n`` consecutive cells
    data: dict[str, int | str]
    #: the column's name as text (what ``column_config`` and
    #: ``column_order`` name it by)
    name: str
    #: the header shown: the column's label, a number kept as a number
    label: str | float


@dataclass(frozen=True, kw_only=True)
class TablePayload(ElementPayload):
    """What every table shares: its columns, its index and its size (no
    kind of its own)."""

    #: the columns, in order
    columns: list[TableColumn]
    #: the row labels, ``name`` (text or null) plus either ``{"kind": "int",
    #: "dtype": "range", "range": [start, step]}`` for a default 0..n-1
    #: style index, or a column's ``kind``/``dtype``/``data`` (as in
    #: ``TableColumn``) for any other index; the two shapes differ, so it
    #: stays a plain object
    index: dict[str, Any]
    #: the number of rows
    num_rows: int
    #: changes whenever the data does: the page compares payloads as JSON
    #: text, and the attachments are not part of it
    digest: str
    #: true: the index column (the row labels) is hidden; false or null: it
    #: is shown
    hide_index: bool | None = None


@dataclass(frozen=True, kw_only=True)
class TableElement(TablePayload):
    """``st.table``: a static table, every row on the page."""

    KIND: ClassVar[str] = "table"
    #: which lines are drawn: ``"all"`` (around the table and between
    #: cells), ``"horizontal"`` (between rows only) or ``"none"``
    border: Literal["all", "horizontal", "none"] = "all"
    #: true: the row of column names is not drawn
    hide_header: bool = False
    #: ``"stretch"``, ``"content"`` or a width in pixels
    width: int | Literal["stretch", "content"] = "stretch"
    #: ``"content"`` (every row), ``"stretch"`` or a height in pixels (the
    #: rows scroll inside it)
    height: int | Literal["stretch", "content"] = "content"
    #: a text alternative read by screen readers; null: none
    alt: str | None = None


@dataclass(frozen=True, kw_only=True)
class GridPayload(TablePayload):
    """What the interactive grid adds to a table (``st.dataframe`` and
    ``st.data_editor``; no kind of its own)."""

    #: the columns to show, in this order (names as text); null: all of them
    column_order: list[str] | None = None
    #: per column name (``"_index"`` for the index): its ``label``, ``width``,
    #: ``help``, ``disabled``, ``required``, ``pinned``, ``default``,
    #: ``hidden`` and ``type_config`` (``{"type": ..., <options>}``), as
    #: ``st.column_config`` writes them; an app may pass its own dicts, so
    #: the entries stay plain objects
    column_config: dict[str, dict[str, Any]]
    #: ``"stretch"`` (the container's width), ``"content"`` (the columns'
    #: width, at most the container's) or a width in pixels
    width: int | Literal["stretch", "content"] = "stretch"
    #: ``"auto"`` (up to ten rows), ``"content"`` (every row, at most
    #: 10,000 pixels), ``"stretch"`` (fills a container of fixed height,
    #: at least three rows) or a height in pixels
    height: int | Literal["auto", "stretch", "content"] = "auto"
    #: the height of each row in pixels; null: the page's default
    row_height: float | None = None
    #: the text shown in a cell with no value; null: "None"
    placeholder: str | None = None
    #: the grid's accessible name; null: none
    alt: str | None = None


@dataclass(frozen=True, kw_only=True)
class DataframeElement(GridPayload):
    """``st.dataframe``: the interactive grid (sort, resize, search,
    download); only the visible rows are in the page."""

    KIND: ClassVar[str] = "dataframe"
    #: true: the rows are read in chunks as the visitor scrolls to them
    #: (text columns travel chunked, see ``TableColumn.data``); no search
    #: or CSV download, which would need every row
    lazy: bool = False
