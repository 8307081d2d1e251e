"""AppTest accessors of the data family (elements/data.py and
elements/data_editor.py), as 1.67 has them: ``st.dataframe`` and
``st.data_editor`` are both ``Dataframe`` elements (node type
``"dataframe"``; ``editing_mode`` is ``"read_only"`` for st.dataframe, the
editor's ``num_rows`` otherwise; ``at.data_editor`` lists the editors), and
``st.table`` is a ``Table``. Their ``.value`` is the DataFrame shown."""

from __future__ import annotations

import json
from typing import Any

from ..payloads.data import TablePayload
from ._tree import Element, register


class Table(Element):
    payload: TablePayload

    @property
    def value(self):
        """The DataFrame shown, rebuilt from its columnar wire form."""
        from ..elements.data import decode_table

        return decode_table(self.payload, self.buffers)


class Dataframe(Table):
    """``st.dataframe`` (read-only) and ``st.data_editor`` (see
    _data_editor.py for the editor's actions)."""

    @property
    def editing_mode(self) -> str:
        return "read_only"

    @property
    def columns(self) -> str:
        """The column configuration as JSON, as 1.67's proto field holds it:
        the settings the app gave (unset ones left out), and ``"_index"``
        hidden when the index is."""
        config = {name: _given(c) for name, c in (getattr(self.payload, "column_config", None) or {}).items()}
        if getattr(self.payload, "hide_index", None) is True:
            config.setdefault("_index", {})["hidden"] = True
        return json.dumps(config)


def _given(value: Any) -> Any:
    # A column setting the app left unset travels as None; 1.67 omits it.
    if isinstance(value, dict):
        return {k: _given(v) for k, v in value.items() if v is not None}
    return value


register("dataframe", Dataframe)
register("table", Table)
