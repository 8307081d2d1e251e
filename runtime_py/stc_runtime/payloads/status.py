"""Payloads of the status family (elements/status.py, runtime_js/src/kinds/status.js):
alerts, toasts, metrics, progress bars, status containers, balloons and snow.

``AlertElement`` is also what the runtime itself writes to warn the app's
author (a widget given a default and a session_state value, a widget inside a
cached function): a warning is an alert like ``st.warning``'s."""

from __future__ import annotations

import dataclasses

from dataclasses import dataclass
from typing import ClassVar, Literal

from . import ElementPayload, optional

#: the state a status container shows
StatusState = Literal["running", "complete", "error"]


@dataclass(frozen=True, kw_only=True)
class AlertElement(ElementPayload):
    """``st.success``, ``st.info``, ``st.warning`` and ``st.error``: a
    coloured box with a message."""

    KIND: ClassVar[str] = "alert"
    #: ``"success"``, ``"info"``, ``"warning"`` or ``"error"``: its colour,
    #: default icon, and whether screen readers are interrupted (errors)
    variant: Literal["success", "info", "warning", "error"]
    #: the message, Markdown
    body: str
    #: an emoji or ``":material/name:"`` shown instead of the variant's
    #: default icon; null: the default
    icon: str | None = None
    #: bold text above the body, inline Markdown; null (left out) or empty:
    #: none
    title: str | None = optional()
    #: "stretch" (the container's width) or pixels
    width: int | Literal["stretch"] = "stretch"


@dataclass(frozen=True, kw_only=True)
class ToastElement(ElementPayload):
    """``st.toast``: a notification in the corner of the page; the element
    itself takes no room."""

    KIND: ClassVar[str] = "toast"
    #: the message, inline Markdown
    body: str
    #: an emoji or ``":material/name:"`` shown before it; null: none
    icon: str | None = None
    #: how long it stays, in seconds; null: until the visitor closes it
    seconds: float | None = 4
    #: the run that wrote it: a new run shows the toast again, the same run
    #: (``.toast()`` on the returned slot) updates the one on screen
    run: int
    #: written by a container's own ``.toast()`` (``col.toast(...)``), not
    #: ``st.toast``: 1.67 keeps it in that container's place in the element
    #: tree (AppTest), where ``st.toast`` goes to the event root; the page
    #: shows both in its corner
    in_container: bool = False


@dataclass(frozen=True, kw_only=True)
class MetricElement(ElementPayload):
    """``st.metric``: a value in big type, with an optional change below."""

    KIND: ClassVar[str] = "metric"
    #: the label, plain text
    label: str
    #: the value as shown (already formatted; ``"—"`` for none)
    value: str
    #: the change as shown; ``""``: no change line
    delta: str = ""
    #: the change's arrow: ``"up"``, ``"down"`` or ``"none"``
    direction: Literal["up", "down", "none"] = "none"
    #: the change's (and the chart's) colour, already worked out from
    #: ``delta_color``
    color: Literal["green", "red", "gray", "orange", "yellow", "blue", "violet", "primary"] = "gray"
    #: the tooltip text (Markdown) of the "?" icon; null: no icon
    help: str | None = None
    #: ``"visible"``, ``"hidden"`` (keeps its space) or ``"collapsed"``
    label_visibility: str = "visible"
    #: drawn with a border around it
    border: bool = False
    #: an emoji or ``":material/name:"`` shown before the value; null: none
    icon: str | None = None
    #: ``"stretch"``, ``"content"`` or a width in pixels
    width: int | Literal["stretch", "content"] = "stretch"
    #: ``"content"``, ``"stretch"`` or a height in pixels
    height: int | Literal["stretch", "content"] = "content"
    #: numbers drawn as a small chart below the value; empty: no chart
    chart_data: list[float] = dataclasses.field(default_factory=list)
    #: that chart's kind
    chart_type: Literal["line", "bar", "area"] = "line"
    #: how the page shows numeric value and delta texts (a preset name such
    #: as ``"dollar"`` or a printf format); null: as they are
    format: str | None = None
    #: a short muted text after the delta; null: none
    delta_description: str | None = None


@dataclass(frozen=True, kw_only=True)
class ProgressElement(ElementPayload):
    """``st.progress``: a bar, moved in place by writing it again."""

    KIND: ClassVar[str] = "progress"
    #: how full the bar is, in percent (0 to 100)
    value: int
    #: a line of inline Markdown above the bar; null: none
    text: str | None = None


@dataclass(frozen=True, kw_only=True)
class StatusBlock(ElementPayload):
    """``st.status``: an expander whose header shows a task's state; written
    again (same path) when the state, label or expansion changes, and the
    page keeps its children."""

    KIND: ClassVar[str] = "block:status"
    #: the header's text, inline Markdown
    label: str
    #: open when first drawn, or opened/closed by ``.update(expanded=...)``
    #: (otherwise the visitor's choice stays)
    expanded: bool = False
    #: ``"running"`` (a spinner), ``"complete"`` (a tick) or ``"error"``
    state: StatusState = "running"
    #: ``"default"`` (a bordered box), ``"compact"`` (a minimal inline
    #: header, no border) or ``"step"`` (a timeline step: a connector line
    #: joins consecutive steps)
    type: Literal["default", "compact", "step"] = "default"


@dataclass(frozen=True, kw_only=True)
class CelebrationElement(ElementPayload):
    """``st.balloons`` and ``st.snow``: emoji drifting over the page for a
    few seconds; the element itself takes no room."""

    KIND: ClassVar[str] = "celebration"
    #: ``"balloons"`` or ``"snow"``
    effect: Literal["balloons", "snow"]
    #: the run that wrote it: a new run is a changed element, so the page
    #: plays the effect again
    run: int
