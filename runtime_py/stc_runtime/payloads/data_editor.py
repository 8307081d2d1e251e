"""Payloads of the data_editor family (elements/data_editor.py,
runtime_js/src/kinds/data.js, which draws every grid): ``st.data_editor``,
the grid of ``st.dataframe`` (payloads/data.py) made editable."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from . import WidgetPayload

# TableColumn: the inherited fields' annotations are read in this module's
# namespace (from_wire and protocol.js resolve a class's hints here).
from .data import GridPayload, TableColumn  # noqa: F401


@dataclass(frozen=True, kw_only=True)
class DataEditorEdits:
    """The visitor's edits (the widget's value, also what the page sends
    back), rows numbered by their position in the data the app passed."""

    #: row number (as text: a JSON object key) -> column name -> the new
    #: cell, in its JSON form (dates and times as ISO text)
    edited_rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: the rows added at the end, each column name -> its cell
    added_rows: list[dict[str, Any]] = field(default_factory=list)
    #: the row numbers deleted, ascending
    deleted_rows: list[int] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class DataEditorElement(WidgetPayload, GridPayload):
    """``st.data_editor``: the data grid, editable; every edit sends the
    widget's edits so far (``DataEditorEdits``)."""

    KIND: ClassVar[str] = "data_editor"
    #: every edit so far, after each change
    SENDS: ClassVar[Any] = DataEditorEdits
    #: the edits after this run (the page shows the data with them applied)
    value: DataEditorEdits = field(default_factory=DataEditorEdits)
    #: ``"fixed"``; ``"dynamic"``: the visitor may add and delete rows;
    #: ``"add"``: only add them; ``"delete"``: only delete them
    #: (``num_rows`` is the row count of the data, as in every table)
    num_rows_mode: Literal["fixed", "dynamic", "add", "delete"] = "fixed"
    #: true: no cell can be edited; a list: the names of the columns that
    #: cannot be
    disabled: bool | list[str] = False
