"""AppTest accessors of the layout family (elements/layout.py), in 1.67's
shape:

- ``st.container`` (vertical or horizontal) is a block of type
  ``"flex_container"``, and so is the row ``st.columns`` puts its columns
  in; ``at.container`` lists the former only;
- ``at.columns`` (``Column``: ``.weight``, ``.gap``), ``at.tabs`` (``Tab``:
  ``.label``, inside a ``"tab_container"`` block) and ``at.expander``
  (``Expander``: ``.label``, ``.icon``) are blocks that can be searched like
  ``at`` itself; popovers and dialogs are blocks of types ``"popover"`` and
  ``"dialog"`` (dialogs in the ``event`` root);
- ``st.empty`` is an element of type ``"empty"`` until something replaces it.

``at.chat_message`` is in _chat.py, ``at.form`` in _forms.py.
"""

from __future__ import annotations

from ..payloads.layout import ColumnBlock, ExpanderBlock, TabBlock
from ._tree import Block, UnknownElement, register


class Column(Block):
    payload: ColumnBlock

    @property
    def weight(self) -> float:
        """The column's share of the row's width (the row's weights add up to 1)."""
        return self.payload.weight

    @property
    def gap(self) -> str | None:
        """The gap between the row's columns (``"small"``...; None: none),
        which ``st.columns`` sets for the whole row."""
        row = self.parent
        gap = None if row is None else row.proto.get("gap", "small")
        return None if gap in (None, "none", 0) else gap


class Tab(Block):
    payload: TabBlock

    @property
    def label(self) -> str:
        return self.payload.label


class Expander(Block):
    payload: ExpanderBlock

    @property
    def label(self) -> str:
        return self.payload.label

    @property
    def icon(self) -> str:
        return self.payload.icon or ""


register("block:vertical", Block, "flex_container")
register("block:horizontal", Block, "flex_container")
register("block:column", Column)
register("block:tab_container", Block)
register("block:tab", Tab)
register("block:expander", Expander)
register("block:popover", Block)
register("block:dialog", Block)
register("empty", UnknownElement)
