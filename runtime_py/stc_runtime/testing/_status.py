"""AppTest accessors of the status family (elements/status.py):
``at.success``, ``at.info``, ``at.warning``, ``at.error``, ``at.toast``,
``at.metric``, ``at.progress``, ``at.status`` and ``at.celebration``."""

from __future__ import annotations

from ..payloads.status import AlertElement, CelebrationElement, MetricElement, ProgressElement, StatusBlock, ToastElement
from ._tree import Block, Element, register


class Alert(Element):
    payload: AlertElement

    @property
    def value(self) -> str:
        """The message (Markdown)."""
        return self.payload.body

    @property
    def icon(self) -> str | None:
        return self.payload.icon


class Toast(Element):
    payload: ToastElement

    @property
    def value(self) -> str:
        """The message (Markdown)."""
        return self.payload.body

    @property
    def icon(self) -> str | None:
        return self.payload.icon


class Metric(Element):
    payload: MetricElement

    @property
    def label(self) -> str:
        return self.payload.label

    @property
    def value(self) -> str:
        return self.payload.value

    @property
    def delta(self) -> str:
        return self.payload.delta


class Progress(Element):
    payload: ProgressElement

    @property
    def value(self) -> int:
        """The percentage shown (0..100), as Streamlit's proto holds it."""
        return self.payload.value

    @property
    def text(self) -> str | None:
        return self.payload.text


class Status(Block):
    """``st.status``: an expander with a state."""

    payload: StatusBlock

    @property
    def label(self) -> str:
        return self.payload.label

    @property
    def state(self) -> str:
        return self.payload.state

    @property
    def expanded(self) -> bool:
        return self.payload.expanded


class Celebration(Element):
    payload: CelebrationElement

    @property
    def value(self) -> str:
        """``"balloons"`` or ``"snow"``."""
        return self.payload.effect


register("alert", Alert)
register("toast", Toast)
register("metric", Metric)
register("progress", Progress)
register("block:status", Status, category="status")
register("celebration", Celebration)
