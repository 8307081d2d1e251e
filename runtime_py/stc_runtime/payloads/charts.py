"""Payloads of the charts family (elements/charts.py, runtime_js/src/kinds/charts.js).

Every chart but ``st.pyplot`` is one ``vega_lite`` element holding a
complete Vega-Lite spec; ``st.pyplot`` writes an ``image``
(payloads/media.py's ``ImageElement``, named ``stPyplot`` on the page).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from . import ElementPayload


@dataclass(frozen=True, kw_only=True)
class VegaLiteElement(ElementPayload):
    """A chart drawn by vega-embed from its spec: the simple charts,
    ``st.map``, ``st.vega_lite_chart`` and ``st.altair_chart``. A rewrite
    whose spec only appends rows to ``data.values`` (``add_rows``) adds them
    to the live chart instead of drawing it again."""

    KIND: ClassVar[str] = "vega_lite"
    #: which command drew it: ``"line"``, ``"area"``, ``"bar"``,
    #: ``"scatter"``, ``"map"``, ``"vega_lite"`` or ``"altair"`` (its CSS
    #: class, label and ``data-testid`` on the page)
    chart: Literal["line", "area", "bar", "scatter", "map", "vega_lite", "altair"]
    #: the Vega-Lite spec, rows inline in ``data.values`` (dates as ISO text
    #: without an offset); any Vega-Lite an app writes, so a plain object
    spec: dict[str, Any]
    #: the element's width (its box on the page): ``"stretch"`` (the
    #: container's), ``"content"`` (the chart's own) or pixels (never wider
    #: than the container); the spec is sized to fill the box
    width: int | Literal["stretch", "content"] = "stretch"
    #: the element's height: ``"content"`` (the spec's), ``"stretch"``
    #: (fills a container of fixed height) or pixels (the whole chart)
    height: int | Literal["stretch", "content"] = "content"
    #: the chart's accessible name (``alt``, also the spec's
    #: ``description``); null: a generic one ("line chart")
    alt: str | None = None
