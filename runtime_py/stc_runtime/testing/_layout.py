"""AppTest accessors of the layout family (elements/layout.py).

As in Streamlit's AppTest: ``at.columns``, ``at.tabs`` (``.label``),
``at.expander`` (``.label``) are blocks that can be searched like ``at``
itself; ``at.chat_message`` is in _chat.py, ``at.form`` in _forms.py; an
``st.empty`` placeholder lists nothing, only what was written into it.
"""

from __future__ import annotations

from ..payloads.layout import ColumnBlock, DialogBlock, ExpanderBlock, PopoverBlock, TabBlock
from ._tree import Block, Element, register


class Column(Block):
    payload: ColumnBlock

    @property
    def weight(self) -> float:
        return self.payload.weight


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
    def icon(self) -> str | None:
        return self.payload.icon


class Popover(Block):
    payload: PopoverBlock

    @property
    def label(self) -> str:
        return self.payload.label


class Dialog(Block):
    payload: DialogBlock

    @property
    def title(self) -> str:
        return self.payload.title


register("block:column", Column, category="columns")
register("block:tab", Tab, category="tabs")
register("block:tab_container", Block, category="_tab_container")
register("block:expander", Expander, category="expander")
register("block:popover", Popover, category="popover")
register("block:dialog", Dialog, category="dialog")
register("empty", Element, category="_empty")
