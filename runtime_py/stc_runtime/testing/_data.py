"""AppTest accessors of the data family (elements/data.py)."""

from __future__ import annotations

from ._tree import Element, register


class Table(Element):
    @property
    def value(self):
        """The DataFrame shown, rebuilt from its columnar wire form."""
        from ..elements.data import decode_table

        return decode_table(self.proto, self.buffers)


register("dataframe", Table)
register("table", Table)
