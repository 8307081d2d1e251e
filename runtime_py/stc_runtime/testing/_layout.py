"""AppTest wrappers of the layout elements and forms (see v1.register).

As in Streamlit's AppTest: ``at.columns``, ``at.tabs`` (``.label``),
``at.expander`` (``.label``), ``at.chat_message`` (``.name``, ``.avatar``)
are blocks that can be searched like ``at`` itself; form submit buttons are
listed with the buttons; an ``st.empty`` placeholder lists nothing, only
what was written into it.
"""

from __future__ import annotations

from ._tree import Block, Element, register


class Column(Block):
    @property
    def weight(self) -> float:
        return self.proto["weight"]


class Tab(Block):
    @property
    def label(self) -> str:
        return self.proto["label"]


class Expander(Block):
    @property
    def label(self) -> str:
        return self.proto["label"]

    @property
    def icon(self) -> str | None:
        return self.proto.get("icon")


class Popover(Block):
    @property
    def label(self) -> str:
        return self.proto["label"]




class Dialog(Block):
    @property
    def title(self) -> str:
        return self.proto["title"]


register("block:column", Column, category="columns")
register("block:tab", Tab, category="tabs")
register("block:tab_container", Block, category="_tab_container")
register("block:expander", Expander, category="expander")
register("block:popover", Popover, category="popover")
register("block:dialog", Dialog, category="dialog")
register("empty", Element, category="_empty")
