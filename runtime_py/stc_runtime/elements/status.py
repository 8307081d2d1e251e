"""Status elements: success, info, warning, error (alerts), toast, metric."""

from __future__ import annotations

from typing import Any

from .. import context
from ..delta_generator import DeltaGenerator, element
from ..errors import StreamlitAPIException


def _alert(dg: DeltaGenerator, variant: str, body: Any, icon: str | None, width: Any) -> None:
    dg._write({"kind": "alert", "variant": variant, "body": str(body), "icon": icon})


@element
def success(dg: DeltaGenerator, body: Any, *, icon: str | None = None, width: Any = "stretch") -> None:
    """Display a success message (Markdown allowed)."""
    _alert(dg, "success", body, icon, width)


@element
def info(dg: DeltaGenerator, body: Any, *, icon: str | None = None, width: Any = "stretch") -> None:
    """Display an informational message (Markdown allowed)."""
    _alert(dg, "info", body, icon, width)


@element
def warning(dg: DeltaGenerator, body: Any, *, icon: str | None = None, width: Any = "stretch") -> None:
    """Display a warning message (Markdown allowed)."""
    _alert(dg, "warning", body, icon, width)


@element
def error(dg: DeltaGenerator, body: Any, *, icon: str | None = None, width: Any = "stretch") -> None:
    """Display an error message (Markdown allowed)."""
    _alert(dg, "error", body, icon, width)


@element
def toast(dg: DeltaGenerator, body: Any, *, icon: str | None = None, duration: Any = "short") -> None:
    """Show a short notification in the corner of the page. Each call shows
    it again, also on reruns."""
    seconds = {"short": 4, "long": 10, "infinite": None}.get(duration, duration) if isinstance(duration, str) else duration
    if seconds is not None and (not isinstance(seconds, (int, float)) or seconds <= 0):
        raise StreamlitAPIException(f"toast duration must be 'short', 'long', 'infinite' or a positive number of seconds, not {duration!r}.")
    # The run id makes each call a new element for the page, which shows it
    # anew (an unchanged element would be kept, and not shown again).
    dg._write({"kind": "toast", "body": str(body), "icon": icon, "seconds": seconds, "run": context.current().run_id})


def _metric_text(value: Any) -> str:
    if value is None:
        return "—"
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        value = value.item()
    return str(value)


@element
def metric(
    dg: DeltaGenerator,
    label: str,
    value: Any,
    delta: Any = None,
    delta_color: str = "normal",
    help: str | None = None,
    label_visibility: str = "visible",
    border: bool = False,
) -> None:
    """Display a metric in big bold font, with an optional change indicator."""
    if delta_color not in ("normal", "inverse", "off"):
        raise StreamlitAPIException(
            f"'{delta_color}' is not an accepted value. delta_color only accepts: 'normal', 'inverse', or 'off'"
        )
    delta_text = "" if delta is None or delta == "" else _metric_text(delta)
    direction = "none"
    if delta_text:
        direction = "down" if delta_text.lstrip().startswith("-") else "up"
    # Streamlit colours an increase green and a decrease red ("normal"),
    # the reverse with "inverse", grey with "off".
    color = "gray"
    if direction != "none" and delta_color != "off":
        good = (direction == "up") == (delta_color == "normal")
        color = "green" if good else "red"
    dg._write({
        "kind": "metric", "label": str(label), "value": _metric_text(value), "delta": delta_text,
        "direction": direction, "color": color, "help": help, "label_visibility": label_visibility, "border": bool(border),
    })
