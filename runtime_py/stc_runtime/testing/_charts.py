"""AppTest node types of the charts family (elements/charts.py): 1.67's
AppTest has no class for charts, so they are ``UnknownElement`` nodes of
the type of the element Streamlit sends: ``"vega_lite_chart"`` for the
built-in charts, st.vega_lite_chart and st.altair_chart, and
``"deck_gl_json_chart"`` for st.map (``at.get("vega_lite_chart")``)."""

from __future__ import annotations

from typing import Any

from ._tree import UnknownElement, register


def _chart_type(node: Any) -> str:
    return "deck_gl_json_chart" if node.proto.get("chart") == "map" else "vega_lite_chart"


register("vega_lite", UnknownElement, _chart_type)
