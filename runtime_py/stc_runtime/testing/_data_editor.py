"""AppTest accessor of the data_editor family (elements/data_editor.py):
``at.data_editor`` (also in ``at.dataframe``, as 1.67 lists them).

As in 1.67, an editor is a ``Dataframe`` whose ``editing_mode`` is its
``num_rows`` (``"fixed"``, ``"dynamic"``, ``"add"``, ``"delete"``), its
``.value`` the DataFrame shown (without edits), and ``set_value()`` raises
AppTestError. stc also lets a test edit it as a visitor would:
``edit_cell``, ``add_row`` and ``delete_rows`` record edits that ``.run()``
sends; ``.edits`` is the edit state (what ``st.session_state[key]`` holds)
and ``.edited`` the data with the edits, as the app's call returns it for a
DataFrame."""

from __future__ import annotations

import copy
from typing import Any, NoReturn

from ..payloads.data_editor import DataEditorElement
from . import _data
from ._tree import _UNSET, AppTestError, register


class Dataframe(_data.Dataframe):
    payload: DataEditorElement  # type: ignore[assignment]

    @property
    def id(self) -> str:
        return self.proto["id"]

    @property
    def key(self) -> str | None:
        meta = self.root._session.state.widget_meta(self.id)
        return None if meta is None else meta.user_key

    @property
    def editing_mode(self) -> str:
        return self.payload.num_rows_mode

    @property
    def data(self):
        """The data shown, before the edits (the same as ``value``)."""
        return self.value

    @property
    def edits(self) -> dict[str, Any]:
        """The edit state: recorded edits not yet sent, else the last run's."""
        pending = self.root._pending.get(self.id, _UNSET)
        if pending is not _UNSET:
            return pending
        return self.root._session.state.widget_value(self.id)

    @property
    def edited(self):
        from ..elements.data_editor import apply_edits

        p = self.payload
        kinds = {c.name: (c.kind, c.dtype) for c in p.columns}
        return apply_edits(self.data, self._state(), p.column_config, kinds)

    def _state(self) -> dict[str, Any]:
        from ..elements.data_editor import empty_state

        return copy.deepcopy(self.edits or empty_state())

    def _record(self, state: dict[str, Any]) -> "Dataframe":
        if self.payload.disabled is True:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot update a disabled data_editor widget{key_part}. "
                "A browser user cannot interact with a disabled widget."
            )
        self.root._pending[self.id] = state
        return self

    def _raise_unsupported_interaction(self, method: str) -> NoReturn:
        key_part = f" (key={self.key!r})" if self.key else ""
        note = (
            " Assign the edit state (edited_rows, added_rows, deleted_rows) on at.session_state before run()."
            if self.key else " Use a Playwright e2e test."
        )
        raise AppTestError(
            f"{method}() is not supported for data_editor{key_part}. "
            "AppTest can read the table and editing_mode, but it does not "
            f"apply cell edits through {method}().{note}"
        )

    def edit_cell(self, row: int, column: str, value: Any) -> "Dataframe":
        state = self._state()
        state["edited_rows"].setdefault(int(row), {})[str(column)] = value
        return self._record(state)

    def add_row(self, values: dict[str, Any] | None = None) -> "Dataframe":
        state = self._state()
        state["added_rows"].append(dict(values or {}))
        return self._record(state)

    def delete_rows(self, rows: list[int]) -> "Dataframe":
        state = self._state()
        state["deleted_rows"] = sorted(set(state["deleted_rows"]) | {int(r) for r in rows})
        return self._record(state)


register("data_editor", Dataframe, "dataframe")
