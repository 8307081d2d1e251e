"""AppTest wrappers of the status elements (see v1.register)."""

from __future__ import annotations

from .v1 import Element, register


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


register("alert", Alert)
register("toast", Toast)
register("metric", Metric)
