"""AppTest accessors of the status family (elements/status.py):
``at.success``, ``at.info``, ``at.warning``, ``at.error``, ``at.toast``,
``at.metric``, ``at.progress`` and ``at.status``, with 1.67's classes
(``Success``, ``Info``...). Balloons and snow are elements 1.67 has no
class for (``at.get("balloons")``)."""

from __future__ import annotations

from typing import Any

from ..payloads.status import AlertElement, MetricElement, ProgressElement, StatusBlock, ToastElement
from ._tree import Block, Element, UnknownElement, register


class AlertBase(Element):
    payload: AlertElement

    @property
    def value(self) -> str:
        """The message (Markdown)."""
        return self.payload.body

    @property
    def icon(self) -> str:
        return self.payload.icon or ""


class Success(AlertBase):
    pass


class Info(AlertBase):
    pass


class Warning(AlertBase):  # noqa: A001 - 1.67's class name
    pass


class Error(AlertBase):
    pass


_ALERTS = {"success": Success, "info": Info, "warning": Warning, "error": Error}


def _alert(path: Any, element: dict[str, Any], root: Any) -> AlertBase:
    return _ALERTS[element["variant"]](path, element, root)


class Toast(Element):
    payload: ToastElement

    @property
    def value(self) -> str:
        """The message (Markdown)."""
        return self.payload.body

    @property
    def icon(self) -> str:
        return self.payload.icon or ""


# 1.67's AppTest reports a metric's colour as its proto enum's number.
_METRIC_COLORS = {"red": 0, "green": 1, "gray": 2, "orange": 3, "yellow": 4, "blue": 5, "violet": 6, "primary": 7}


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

    @property
    def color(self) -> int:
        """The delta's colour, as the number 1.67's proto gives it (0 red,
        1 green, 2 gray, 3 orange, 4 yellow, 5 blue, 6 violet, 7 primary)."""
        return _METRIC_COLORS[self.payload.color]

    @property
    def help(self) -> str:
        return self.payload.help or ""


class Progress(Element):
    payload: ProgressElement

    @property
    def value(self) -> int:
        """The percentage shown (0..100), as Streamlit's proto holds it."""
        return self.payload.value

    @property
    def text(self) -> str:
        return self.payload.text or ""


# The icon each state shows (1.67's AppTest reports it as the block's icon).
_STATE_ICONS = {"running": "spinner", "complete": ":material/check:", "error": ":material/error:"}


class Status(Block):
    """``st.status``: an expander with a state."""

    payload: StatusBlock

    @property
    def label(self) -> str:
        return self.payload.label

    @property
    def icon(self) -> str:
        return _STATE_ICONS.get(self.payload.state, "")

    @property
    def state(self) -> str:
        return self.payload.state

    @property
    def expanded(self) -> bool:
        return self.payload.expanded


register("alert", _alert, lambda node: node.proto["variant"])  # type: ignore[arg-type]
register("toast", Toast)
register("metric", Metric)
register("progress", Progress)
register("block:status", Status)
# st.balloons and st.snow: node types "balloons" and "snow"
register("celebration", UnknownElement, lambda node: node.proto["effect"])
