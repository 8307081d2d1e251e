"""Status elements: success, info, warning, error (alerts), toast, metric,
progress, status, balloons and snow.

Elements that update in place (``st.progress``, ``st.toast``) return the
single-element slot they were written to (as ``st.empty()`` does), so
``bar.progress(50)`` or ``msg.toast("Done")`` writes over them -- each call
is a delta sent to the page at once, which is what lets a loop with
``time.sleep`` animate.
"""

from __future__ import annotations

import dataclasses
import math
import re
import textwrap
from decimal import Decimal
from typing import Any

from .. import run_context
from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueError
from ..icons import is_emoji, validate_icon_or_emoji
from ..sizing import height as checked_height
from ..sizing import width as checked_width
from ..payloads.status import AlertElement, CelebrationElement, MetricElement, ProgressElement, StatusBlock, ToastElement


def _icon(icon: Any) -> str | None:
    """An element icon as Streamlit accepts it: one emoji or
    ``:material/icon_name:``."""
    if icon is None or icon == "":
        return None
    icon = str(icon).strip()
    if icon.startswith(":material"):
        if not re.fullmatch(r":material/[a-z0-9_]+:", icon):
            raise StreamlitAPIException(
                f'The value "{icon}" is not a valid Material icon. Please use a Material icon shortcode like **`:material/thumb_up:`**.'
            )
        return icon
    if not is_emoji(icon):
        raise StreamlitAPIException(
            f'The value "{icon}" is not a valid emoji. Shortcodes are not allowed, please use a single character instead.'
        )
    return icon


def _alert(dg: DeltaGenerator, variant: str, body: Any, icon: str | None, width: Any, title: Any = None) -> DeltaGenerator:
    # The title is cleaned as text bodies are (dedented, stripped).
    clean_title = None if title is None else textwrap.dedent(str(title)).strip()
    return dg._element(AlertElement(variant=variant, body=str(body), icon=_icon(icon), title=clean_title,
                                    width=checked_width(width)))


@element
def success(dg: DeltaGenerator, body: Any, *, icon: str | None = None, width: Any = "stretch",
            title: Any = None) -> DeltaGenerator:
    """Display a success message in a coloured box.

    Parameters:
        body: the message, Markdown (any other value is shown as ``str()``).
        icon: an emoji or ``":material/name:"`` shown instead of the box's
            default icon; None: the default.
        width: "stretch" (its container's width) or a width in pixels.
        title: bold text shown above the body (inline Markdown); None:
            no title.
    """
    return _alert(dg, "success", body, icon, width, title)


@element
def info(dg: DeltaGenerator, body: Any, *, icon: str | None = None, width: Any = "stretch",
         title: Any = None) -> DeltaGenerator:
    """Display an informational message in a coloured box.

    Parameters:
        body: the message, Markdown (any other value is shown as ``str()``).
        icon: an emoji or ``":material/name:"`` shown instead of the box's
            default icon; None: the default.
        width: "stretch" (its container's width) or a width in pixels.
        title: bold text shown above the body (inline Markdown); None:
            no title.
    """
    return _alert(dg, "info", body, icon, width, title)


@element
def warning(dg: DeltaGenerator, body: Any, *, icon: str | None = None, width: Any = "stretch",
            title: Any = None) -> DeltaGenerator:
    """Display a warning in a coloured box.

    Parameters:
        body: the message, Markdown (any other value is shown as ``str()``).
        icon: an emoji or ``":material/name:"`` shown instead of the box's
            default icon; None: the default.
        width: "stretch" (its container's width) or a width in pixels.
        title: bold text shown above the body (inline Markdown); None:
            no title.
    """
    return _alert(dg, "warning", body, icon, width, title)


@element
def error(dg: DeltaGenerator, body: Any, *, icon: str | None = None, width: Any = "stretch",
          title: Any = None) -> DeltaGenerator:
    """Display an error message in a coloured box.

    Parameters:
        body: the message, Markdown (any other value is shown as ``str()``).
        icon: an emoji or ``":material/name:"`` shown instead of the box's
            default icon; None: the default.
        width: "stretch" (its container's width) or a width in pixels.
        title: bold text shown above the body (inline Markdown); None:
            no title.
    """
    return _alert(dg, "error", body, icon, width, title)


@element
def toast(dg: DeltaGenerator, body: Any, *, icon: str | None = None, duration: Any = "short") -> DeltaGenerator:
    """Show a short notification in the corner of the page. Each call shows
    it again, also on reruns; ``.toast(...)`` on what it returns updates the
    same notification in place.

    Parameters:
        body: the message, inline Markdown.
        icon: an emoji or ``":material/name:"`` shown before it; None: none.
        duration: how long it stays: "short" (4 seconds), "long" (10
            seconds), "infinite" (until the visitor closes it) or a number
            of seconds.
    """
    seconds = {"short": 4, "long": 10, "infinite": None}.get(duration, duration) if isinstance(duration, str) else duration
    if seconds is not None and (not isinstance(seconds, (int, float)) or seconds <= 0):
        raise StreamlitAPIException(f"toast duration must be 'short', 'long', 'infinite' or a positive number of seconds, not {duration!r}.")
    # The run id makes each call a new element for the page, which shows it
    # anew (an unchanged element would be kept, and not shown again).
    # Calling .toast() on the returned slot rewrites the element in the same
    # run: the page updates the notification it shows instead.
    from ..delta_generator import Slot, main

    # st.toast (also under ``with col:``) and a toast updated through the
    # slot it returned go to the event root; col.toast() stays in col.
    return dg._element(ToastElement(body=str(body), icon=_icon(icon), seconds=seconds, run=run_context.current().run_id,
                                    in_container=dg is not main and not isinstance(dg, Slot)))


def _metric_text(value: Any, parameter: str) -> str:
    """The text 1.67 shows for a metric's value or delta: a string as it is
    (a delta dedented), a number in its shortest form; anything else is
    refused as 1.67 refuses it."""
    if isinstance(value, str):
        return textwrap.dedent(value) if parameter == "delta" else value
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise StreamlitInvalidParameterTypeError(parameter, type(value).__name__, ["int", "float", "Decimal", "NumPy number"],
                                                 detail="Convert the value to a number type.")
    return str(value)


_DELTA_COLORS = ("normal", "inverse", "off", "red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary")


def _delta_look(delta: Any, delta_text: str, delta_color: str, delta_arrow: str) -> tuple[str, str]:
    """The delta's arrow and colour, by 1.67's rules: only the literal "0"
    (or a numeric zero) has no arrow; a leading "-" points down; a named
    colour is used as it is, "normal"/"inverse" colour by direction."""
    forced = {"up": "up", "down": "down", "off": "none"}
    if not delta_text:  # no change line: grey, and only a forced arrow (as 1.67 records it)
        return forced.get(delta_arrow, "none"), "gray"
    if (delta_text == "0") if isinstance(delta, str) else delta == 0:
        direction = "none"
    else:
        direction = "down" if delta_text.startswith("-") else "up"
    if delta_color in ("normal", "inverse", "off"):
        if direction == "none" or delta_color == "off":
            color = "gray"
        else:
            color = "green" if (direction == "up") == (delta_color == "normal") else "red"
    else:
        color = "gray" if delta_color == "grey" else delta_color
    # delta_arrow forces the arrow, not the colour.
    direction = forced.get(delta_arrow, direction)
    return direction, color


def _chart_values(chart_data: Any) -> list[float]:
    if isinstance(chart_data, (str, bytes)):
        items: list[Any] = [chart_data]
    elif isinstance(chart_data, dict) or hasattr(chart_data, "iloc") or hasattr(chart_data, "ndim"):
        from .data import to_frame  # late: pandas only for dataframe-like data

        frame = to_frame(chart_data)
        items = list(frame.iloc[:, 0]) if frame.shape[1] else []
    else:
        items = list(chart_data)
    values = []
    for item in items:
        try:
            values.append(float(item))
        except Exception as exc:
            raise StreamlitAPIException(
                f"Only numeric values are supported for chart data sequence. The value '{item}' is of type "
                f"{type(item)} and cannot be converted to float.", error_id="metric-chart-data-not-numeric") from exc
    # NaN and infinities have no place on a chart (and no JSON form).
    return [v for v in values if math.isfinite(v)]


@element
def metric(
    dg: DeltaGenerator,
    label: str,
    value: Any,
    delta: Any = None,
    delta_color: str = "normal",
    *,
    help: str | None = None,
    icon: str | None = None,
    label_visibility: str = "visible",
    border: bool = False,
    width: int | str = "stretch",
    height: int | str = "content",
    chart_data: Any = None,
    chart_type: str = "line",
    delta_arrow: str = "auto",
    format: str | None = None,
    delta_description: str | None = None,
) -> DeltaGenerator:
    """Display a value in big bold type, with an optional change below it.

    Parameters:
        label: what the value is, shown above it.
        value: the value (a number or text); None shows "—".
        delta: the change, shown with an arrow: none for 0, down when its
            text starts with "-", else up; None or "": no change line.
        delta_color: "normal" (an increase is green, a decrease red),
            "inverse" (the reverse), "off" (grey), or a colour name: "red",
            "orange", "yellow", "green", "blue", "violet", "gray"/"grey",
            "primary".
        help: a tooltip (Markdown) shown on a "?" icon next to the label.
        icon: an emoji or ":material/name:" shown before the value.
        label_visibility: "visible", "hidden" (its space stays) or
            "collapsed".
        border: draw a border around the metric.
        width: "stretch", "content" or pixels.
        height: "content", "stretch" or pixels.
        chart_data: numbers drawn as a small chart below the value, in the
            delta's colour (the first column of dataframe-like data).
        chart_type: that chart's kind: "line", "bar" or "area".
        delta_arrow: "auto" (by the delta's sign), "up", "down" or "off".
        format: how numbers in value and delta are shown: "plain",
            "localized", "percent", "dollar", "euro", "yen", "accounting",
            "bytes", "compact", "scientific", "engineering" or a printf
            format such as "%.2f" (text that is not a number is left alone).
        delta_description: a short muted text after the delta.
    """
    if delta_color not in _DELTA_COLORS:
        raise StreamlitValueError("delta_color", [repr(c) for c in _DELTA_COLORS])
    if delta_arrow not in ("auto", "up", "down", "off"):
        raise StreamlitValueError("delta_arrow", ["'auto'", "'up'", "'down'", "'off'"])
    if chart_type not in ("line", "bar", "area"):
        raise StreamlitValueError("chart_type", ["'line'", "'bar'", "'area'"])
    value_text = "—" if value is None else _metric_text(value, "value")
    delta_text = "" if delta is None or delta == "" else _metric_text(delta, "delta")
    direction, color = _delta_look(delta, delta_text, delta_color, delta_arrow)
    return dg._element(MetricElement(
        label=str(label), value=value_text, delta=delta_text, direction=direction, color=color,
        help=help, label_visibility=label_visibility, border=bool(border),
        icon=None if icon is None else validate_icon_or_emoji(icon),
        width=checked_width(width, allow_content=True), height=checked_height(height, allow_content=True),
        chart_data=_chart_values(chart_data) if chart_data is not None else [], chart_type=chart_type,
        format=format, delta_description=delta_description,
    ))


# --- progress -----------------------------------------------------------------


def _progress_value(value: Any) -> int:
    # Streamlit's rules and messages: ints are percents, floats fractions.
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        value = value.item()
    if isinstance(value, int):
        if 0 <= value <= 100:
            return int(value)
        raise StreamlitAPIException("Progress Value has invalid value [0, 100]: %d" % value)
    if isinstance(value, float):
        if 0.0 <= value <= 1.0:
            return int(value * 100)
        raise StreamlitAPIException("Progress Value has invalid value [0.0, 1.0]: %f" % value)
    raise StreamlitAPIException("Progress Value has invalid type: %s" % type(value).__name__)


@element
def progress(dg: DeltaGenerator, value: Any, text: str | None = None, width: Any = "stretch") -> DeltaGenerator:
    """Display a progress bar. Call ``.progress(value, text)`` on what it
    returns to move the same bar, ``.empty()`` to remove it.

    Parameters:
        value: how far along: an int from 0 to 100 (percent) or a float from
            0.0 to 1.0.
        text: a line of inline Markdown shown above the bar; None: none.
        width: "stretch" or a width in pixels (the page draws the bar as
            wide as its container).
    """
    percent = _progress_value(value)
    if text is not None and not isinstance(text, str):
        raise StreamlitAPIException(
            f"Progress Text is of type {type(text)}, which is not an accepted type. "
            "Text only accepts: str. Please convert the text to an accepted type."
        )
    return dg._element(ProgressElement(value=percent, text=None if text is None else text.strip()))


# --- status -------------------------------------------------------------------

_STATES = ("running", "complete", "error")


def _check_state(state: Any) -> str:
    if state not in _STATES:
        raise StreamlitAPIException(f"Unknown state ({state}). Must be one of 'running', 'complete', or 'error'.")
    return state


class StatusContainer(DeltaGenerator):
    """What ``st.status`` returns: an expander-like container showing the
    state of a long task. As a context manager it turns "complete" at the
    end of the ``with`` block, or "error" if the block raised."""

    def __init__(self, path: tuple[int, ...], payload: StatusBlock) -> None:
        super().__init__(path)
        self._payload = payload

    def update(self, *, label: str | None = None, expanded: bool | None = None, state: str | None = None) -> None:
        """Change the label, the expanded state or the state ("running",
        "complete", "error") of the status container."""
        changes: dict[str, Any] = {}
        if label is not None:
            changes["label"] = str(label)
        if expanded is not None:
            changes["expanded"] = bool(expanded)
        if state is not None:
            changes["state"] = _check_state(state)
        payload = self._payload = dataclasses.replace(self._payload, **changes)
        ctx = run_context._current
        if ctx is not None:
            # The same block written again: the page keeps its children.
            ctx.write(self._path, payload)

    def __enter__(self) -> "StatusContainer":
        super().__enter__()
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            if self._payload.state == "running":
                self.update(state="error" if exc_type is not None else "complete")
        finally:
            super().__exit__(exc_type, exc, tb)


@element
def status(dg: DeltaGenerator, label: str, *, expanded: bool = False, state: str = "running", type: str = "default",  # noqa: A002 - 1.67's name
           width: Any = "stretch") -> StatusContainer:
    """Insert a status container (an expander with a state icon) showing
    the progress of a long task, and return it. ``with st.status(...):``
    writes into it and marks it "complete" at the end of the block ("error"
    if the block raised); ``.update(label=, expanded=, state=)`` changes it.

    Parameters:
        label: the header's text, inline Markdown.
        expanded: open when first drawn.
        state: "running" (a spinner), "complete" (a tick) or "error".
        type: "default" (a bordered box), "compact" (a minimal header with
            no border) or "step" (a step of a timeline: consecutive steps
            are joined by a line).
        width: "stretch" or a width in pixels (the page draws it as wide as
            its container).
    """
    # 1.67 checks the type first of all.
    if type not in ("default", "compact", "step"):
        raise StreamlitValueError("type", ["'default'", "'compact'", "'step'"])
    if label is None:
        raise StreamlitAPIException("A label is required for a status container")
    if any(b.get("block") in ("expander", "status") for b in dg._enclosing_blocks()):
        raise StreamlitAPIException("Expanders may not be nested inside other expanders.")
    payload = StatusBlock(label=str(label), expanded=bool(expanded), state=_check_state(state), type=type)
    return StatusContainer(dg._write(payload), payload)


# --- balloons and snow --------------------------------------------------------


@element
def balloons(dg: DeltaGenerator) -> DeltaGenerator:
    """Draw celebratory balloons."""
    # The run id makes each call a new element, which plays again.
    return dg._element(CelebrationElement(effect="balloons", run=run_context.current().run_id))


@element
def snow(dg: DeltaGenerator) -> DeltaGenerator:
    """Draw celebratory snowfall."""
    return dg._element(CelebrationElement(effect="snow", run=run_context.current().run_id))
