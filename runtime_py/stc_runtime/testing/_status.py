"""AppTest wrappers of the status elements (see v1.register)."""

from __future__ import annotations

from ._tree import Block, Element, register


class Alert(Element):
    @property
    def icon(self) -> str | None:
        return self.proto.get("icon")


class Toast(Alert):
    pass


class Metric(Element):
    @property
    def label(self) -> str:
        return self.proto["label"]

    @property
    def value(self) -> str:
        return self.proto["value"]

    @property
    def delta(self) -> str:
        return self.proto["delta"]


class Progress(Element):
    @property
    def value(self) -> int:
        """The percentage shown (0..100), as Streamlit's proto holds it."""
        return self.proto["value"]

    @property
    def text(self) -> str | None:
        return self.proto.get("text")


class Status(Block):
    """``st.status``: an expander with a state."""

    @property
    def label(self) -> str:
        return self.proto["label"]

    @property
    def state(self) -> str:
        return self.proto["state"]

    @property
    def expanded(self) -> bool:
        return self.proto["expanded"]



class Celebration(Element):
    @property
    def value(self) -> str:
        return self.proto["effect"]


register("alert", Alert)
register("toast", Toast)
register("metric", Metric)
register("progress", Progress)
register("block:status", Status, category="status")
register("celebration", Celebration)
