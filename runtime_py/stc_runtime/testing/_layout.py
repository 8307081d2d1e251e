"""AppTest wrappers of the layout elements and forms (see v1.register).

As in Streamlit's AppTest: ``at.columns``, ``at.tabs`` (``.label``),
``at.expander`` (``.label``), ``at.chat_message`` (``.name``, ``.avatar``)
are blocks that can be searched like ``at`` itself; form submit buttons are
listed with the buttons; an ``st.empty`` placeholder lists nothing, only
what was written into it.
"""

from __future__ import annotations

from .v1 import Block, Button, Element, register


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


class ChatMessage(Block):
    @property
    def name(self) -> str:
        return self.proto["name"]

    @property
    def avatar(self) -> str:
        return self.proto["avatar"]


class Form(Block):
    @property
    def form_id(self) -> str:
        return self.proto["form_id"]

    @property
    def clear_on_submit(self) -> bool:
        return self.proto["clear_on_submit"]


class Dialog(Block):
    @property
    def title(self) -> str:
        return self.proto["title"]


register("block:column", Column, category="columns")
register("block:tab", Tab, category="tabs")
register("block:tab_container", Block, category="_tab_container")
register("block:expander", Expander, category="expander")
register("block:popover", Popover, category="popover")
register("block:chat_message", ChatMessage, category="chat_message")
register("block:form", Form, category="form")
register("block:dialog", Dialog, category="dialog")
register("form_submit_button", Button, category="button")
register("empty", Element, category="_empty")
