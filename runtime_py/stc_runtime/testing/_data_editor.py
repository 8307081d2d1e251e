"""AppTest accessor of the data_editor family (elements/data_editor.py):
``at.data_editor``."""

from __future__ import annotations

import copy
from typing import Any

from ..payloads.data_editor import DataEditorElement
from ._data import Table
from ._tree import Widget, register


class DataEditor(Widget):
    """``.value`` is the edits (what ``st.session_state[key]`` holds);
    ``.data`` the data shown, before the edits; ``.edited`` the data with
    them, as the app's call returns it for a DataFrame. ``edit_cell``,
    ``add_row`` and ``delete_rows`` record edits that ``.run()`` sends."""

    payload: DataEditorElement

    @property
    def data(self):
        return Table.value.fget(self)  # type: ignore[attr-defined]

    @property
    def edited(self):
        from ..elements.data_editor import apply_edits

        p = self.payload
        kinds = {c.name: (c.kind, c.dtype) for c in p.columns}
        return apply_edits(self.data, self._state(), p.column_config, kinds)

    def _state(self) -> dict[str, Any]:
        from ..elements.data_editor import empty_state

        return copy.deepcopy(self.value or empty_state())

    def edit_cell(self, row: int, column: str, value: Any) -> "DataEditor":
        state = self._state()
        state["edited_rows"].setdefault(int(row), {})[str(column)] = value
        return self.set_value(state)  # type: ignore[return-value]

    def add_row(self, values: dict[str, Any] | None = None) -> "DataEditor":
        state = self._state()
        state["added_rows"].append(dict(values or {}))
        return self.set_value(state)  # type: ignore[return-value]

    def delete_rows(self, rows: list[int]) -> "DataEditor":
        state = self._state()
        state["deleted_rows"] = sorted(set(state["deleted_rows"]) | {int(r) for r in rows})
        return self.set_value(state)  # type: ignore[return-value]


register("data_editor", DataEditor)
