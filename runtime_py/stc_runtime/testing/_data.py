"""AppTest accessors of the data family (elements/data.py): ``at.dataframe``
and ``at.table``, whose ``.value`` is the DataFrame shown."""

from __future__ import annotations

from ..payloads.data import TablePayload
from ._tree import Element, register


class Table(Element):
    payload: TablePayload

    @property
    def value(self):
        """The DataFrame shown, rebuilt from its columnar wire form."""
        from ..elements.data import decode_table

        return decode_table(self.payload, self.buffers)


register("dataframe", Table)
register("table", Table)
