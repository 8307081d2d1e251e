"""Charts: the simple charts (``line_chart``, ``area_chart``, ``bar_chart``,
``scatter_chart``), ``map``, ``vega_lite_chart``, ``altair_chart``,
``pyplot`` and ``plotly_chart``.

Every chart but ``pyplot`` becomes one ``vega_lite`` element
(``VegaLiteElement``) holding a complete Vega-Lite spec, built by
elements/_chart_specs.py with its rows in ``spec.data.values``; the page
draws it with vega-embed (runtime_js/src/kinds/charts.js), loaded only by
pages that show a chart. ``pyplot`` shows the figure as an ``image``
(``ImageElement``, named ``stPyplot`` on the page).

A chart's ``add_rows`` writes the chart again at its place with every row
so far; the page sees that only rows were appended and adds them to the
live chart instead of drawing it again.
"""

from __future__ import annotations

import io
from typing import Any

from .. import run_context
from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..errors import StreamlitAPIException
from ..payloads.charts import VegaLiteElement
from ..payloads.media import ImageElement, ImageItem
from ._chart_specs import (
    chart_spec,
    looks_like_frame,
    map_spec,
    to_frame,
    vega_lite_spec,
)

# --- the element handle -----------------------------------------------------


class ChartHandle(DeltaGenerator):
    """What a chart command returns: the element's place. ``.add_rows(df)``
    (``elements/data.py``'s, which every appendable element shares) appends
    data and redraws the chart in place, so an app can animate it while it
    runs; writing another element through it replaces the chart, as in
    Streamlit."""

    def _next_path(self) -> tuple[int, ...]:
        return self._path

    def _container_path(self) -> tuple[int, ...]:
        return self._path[:-1]


def _appendable(path: tuple[int, ...], rebuild: Any, frame: Any) -> ChartHandle:
    """Register ``add_rows`` for the chart at ``path``: ``rebuild(frame)``
    makes its element again from all the rows so far."""
    from .data import register_add_rows

    state = {"frame": frame}

    def append(data: Any) -> None:
        state["frame"] = append_rows(state["frame"], data)
        run_context.current().write(path, rebuild(state["frame"]))

    register_add_rows(path, append)
    return ChartHandle(path)


def append_rows(old: Any, new: Any) -> Any:
    """``old`` followed by ``new`` (both frames). A default 0..n-1 index
    goes on counting, as Streamlit's add_rows does, so rows added to a chart
    indexed by position land after the existing ones."""
    import pandas as pd

    new_df = to_frame(new)
    if old is None or len(old.columns) == 0:
        return new_df.copy()
    if isinstance(old.index, pd.RangeIndex) and isinstance(new_df.index, pd.RangeIndex):
        step = old.index.step or 1
        start = old.index.start + step * len(old)
        new_df = new_df.set_axis(pd.RangeIndex(start, start + step * len(new_df), step), axis=0)
        return pd.concat([old, new_df]).set_axis(pd.RangeIndex(old.index.start, start + step * len(new_df), step), axis=0)
    return pd.concat([old, new_df])


# --- the simple charts ------------------------------------------------------


def _simple(dg: DeltaGenerator, data: Any, chart_type: str, **options: Any) -> ChartHandle:
    df = to_frame(data)

    def rebuild(frame: Any) -> VegaLiteElement:
        return VegaLiteElement(chart=chart_type, spec=chart_spec(frame, chart_type, **options))  # type: ignore[arg-type]

    return _appendable(dg._write(rebuild(df)), rebuild, df)


@element(needs=("pandas",))
def line_chart(dg: DeltaGenerator, data: Any = None, *, x: Any = None, y: Any = None, x_label: str | None = None,
               y_label: str | None = None, color: Any = None, width: Any = None, height: Any = None,
               use_container_width: bool | None = None) -> ChartHandle:
    """Display a line chart, one line per series. Returns a handle whose
    ``add_rows`` appends data to the chart.

    Parameters:
        data: the data (a DataFrame or anything ``st.dataframe`` takes),
            wide (a column per series) or long (with ``color`` naming the
            series column).
        x: the column on the x axis; None: the index.
        y: the column (or list of columns) on the y axis; None: every
            column but ``x`` (and ``color``/``size`` when they name columns).
        x_label: the x axis title; None: the column's name (none for the
            index).
        y_label: the y axis title; None: the column's name (none for
            several columns).
        color: a column (its values name the series, or are colors), a
            color ("#rrggbb[aa]", "rgb(...)" or an RGB(A) tuple), or a list
            of colors, one per ``y`` column.
        width: the width in pixels; None or ``"stretch"``: the container's
            width.
        height: the height in pixels; None: the default (350).
        use_container_width: stretch to the container's width (overrides
            ``width``).
    """
    return _simple(dg, data, "line", x=x, y=y, color=color, x_label=x_label, y_label=y_label,
                   width=width, height=height, use_container_width=use_container_width)


@element(needs=("pandas",))
def area_chart(dg: DeltaGenerator, data: Any = None, *, x: Any = None, y: Any = None, x_label: str | None = None,
               y_label: str | None = None, color: Any = None, stack: Any = None, width: Any = None, height: Any = None,
               use_container_width: bool | None = None) -> ChartHandle:
    """Display an area chart, one area per series. Returns a handle whose
    ``add_rows`` appends data to the chart.

    Parameters:
        data: the data (a DataFrame or anything ``st.dataframe`` takes),
            wide (a column per series) or long (with ``color`` naming the
            series column).
        x: the column on the x axis; None: the index.
        y: the column (or list of columns) on the y axis; None: every
            column but ``x`` (and ``color``/``size`` when they name columns).
        x_label: the x axis title; None: the column's name (none for the
            index).
        y_label: the y axis title; None: the column's name (none for
            several columns).
        color: a column (its values name the series, or are colors), a
            color ("#rrggbb[aa]", "rgb(...)" or an RGB(A) tuple), or a list
            of colors, one per ``y`` column.
        stack: how the areas of several series stack: True or None (on
            each other), False or ``"layered"`` (overlapping),
            ``"normalize"`` (to 100%) or ``"center"`` (around zero).
        width: the width in pixels; None or ``"stretch"``: the container's
            width.
        height: the height in pixels; None: the default (350).
        use_container_width: stretch to the container's width (overrides
            ``width``).
    """
    return _simple(dg, data, "area", x=x, y=y, color=color, x_label=x_label, y_label=y_label, stack=stack,
                   width=width, height=height, use_container_width=use_container_width)


@element(needs=("pandas",))
def bar_chart(dg: DeltaGenerator, data: Any = None, *, x: Any = None, y: Any = None, x_label: str | None = None,
              y_label: str | None = None, color: Any = None, horizontal: bool = False, sort: Any = True, stack: Any = None,
              width: Any = None, height: Any = None, use_container_width: bool | None = None) -> ChartHandle:
    """Display a bar chart. Returns a handle whose ``add_rows`` appends data
    to the chart.

    Parameters:
        data: the data (a DataFrame or anything ``st.dataframe`` takes),
            wide (a column per series) or long (with ``color`` naming the
            series column).
        x: the column on the x axis; None: the index.
        y: the column (or list of columns) on the y axis; None: every
            column but ``x`` (and ``color``/``size`` when they name columns).
        x_label: the x axis title; None: the column's name (none for the
            index).
        y_label: the y axis title; None: the column's name (none for
            several columns).
        color: a column (its values name the series, or are colors), a
            color ("#rrggbb[aa]", "rgb(...)" or an RGB(A) tuple), or a list
            of colors, one per ``y`` column.
        horizontal: draw the bars sideways (the axes swapped).
        sort: the order of the bars: True (by ``x``), False or None (as in
            the data), or a column name (``"-name"``: descending).
        stack: how the bars of several series stack: True or None (on each
            other), False (side by side), ``"layered"`` (overlapping),
            ``"normalize"`` (to 100%) or ``"center"`` (around zero).
        width: the width in pixels; None or ``"stretch"``: the container's
            width.
        height: the height in pixels; None: the default (350).
        use_container_width: stretch to the container's width (overrides
            ``width``).
    """
    return _simple(dg, data, "bar", x=x, y=y, color=color, x_label=x_label, y_label=y_label, stack=stack,
                   horizontal=bool(horizontal), sort=sort, width=width, height=height,
                   use_container_width=use_container_width)


@element(needs=("pandas",))
def scatter_chart(dg: DeltaGenerator, data: Any = None, *, x: Any = None, y: Any = None, x_label: str | None = None,
                  y_label: str | None = None, color: Any = None, size: Any = None, width: Any = None, height: Any = None,
                  use_container_width: bool | None = None) -> ChartHandle:
    """Display a scatter chart (a circle per row). Returns a handle whose
    ``add_rows`` appends data to the chart.

    Parameters:
        data: the data (a DataFrame or anything ``st.dataframe`` takes),
            wide (a column per series) or long (with ``color`` naming the
            series column).
        x: the column on the x axis; None: the index.
        y: the column (or list of columns) on the y axis; None: every
            column but ``x`` (and ``color``/``size`` when they name columns).
        x_label: the x axis title; None: the column's name (none for the
            index).
        y_label: the y axis title; None: the column's name (none for
            several columns).
        color: a column (its values name the series, or are colors), a
            color ("#rrggbb[aa]", "rgb(...)" or an RGB(A) tuple), or a list
            of colors, one per ``y`` column.
        size: a column of sizes, or a number: the points' area in pixels;
            None: the default.
        width: the width in pixels; None or ``"stretch"``: the container's
            width.
        height: the height in pixels; None: the default (350).
        use_container_width: stretch to the container's width (overrides
            ``width``).
    """
    return _simple(dg, data, "scatter", x=x, y=y, color=color, size=size, x_label=x_label, y_label=y_label,
                   width=width, height=height, use_container_width=use_container_width)


# --- map --------------------------------------------------------------------


@element(needs=("pandas",))
def map(dg: DeltaGenerator, data: Any = None, *, latitude: Any = None, longitude: Any = None, color: Any = None,
        size: Any = None, zoom: float | None = None, width: Any = None, height: Any = None,
        use_container_width: bool | None = None) -> ChartHandle:
    """Display points on a map. Returns a handle whose ``add_rows`` appends
    points.

    Offline by design: there is no tile server. The points are drawn with
    Vega-Lite on a Web Mercator projection over a world outline bundled with
    the site (the ``world-atlas`` package's 110m countries TopoJSON, copied
    into the assets when the browser bundle is built and fetched from the
    site only when a page shows a map).

    Parameters:
        data: the points (a DataFrame or anything ``st.dataframe`` takes),
            one row each.
        latitude: the latitude column; None: the first of ``lat``,
            ``latitude``, ``LAT``, ``LATITUDE``.
        longitude: the longitude column; None: the first of ``lon``,
            ``longitude``, ``LON``, ``LONGITUDE``.
        color: a color ("#rrggbb[aa]", "rgb(...)" or an RGB(A) tuple) or a
            column of colors; None: the default red.
        size: the points' radius in meters, a number or a column; None: 100.
        zoom: a web map zoom level; None: fitted to the points.
        width: the width in pixels; None or ``"stretch"``: the container's
            width.
        height: the height in pixels; None: the default (500).
        use_container_width: stretch to the container's width (overrides
            ``width``).
    """
    df = to_frame(data)
    options = dict(latitude=latitude, longitude=longitude, color=color, size=size, zoom=zoom,
                   width=width, height=height, use_container_width=use_container_width)

    def rebuild(frame: Any) -> VegaLiteElement:
        return VegaLiteElement(chart="map", spec=map_spec(frame, **options))

    return _appendable(dg._write(rebuild(df)), rebuild, df)


# --- Vega-Lite and altair ---------------------------------------------------


def _check_selection(on_select: Any) -> None:
    if on_select not in ("ignore", None, False):
        raise StreamlitAPIException(
            "Chart selections (on_select) are not supported by stc yet: charts are display-only. "
            "Use widgets (st.selectbox, st.slider...) to filter the data instead."
        )

@element(needs=("pandas",))
def vega_lite_chart(dg: DeltaGenerator, data: Any = None, spec: dict[str, Any] | None = None, *,
                    use_container_width: bool | None = None, theme: str | None = "streamlit", key: str | None = None,
                    on_select: Any = "ignore", selection_mode: Any = None, **kwargs: Any) -> ChartHandle:
    """Display a chart from a Vega-Lite spec (a dict), drawn by Vega-Lite in
    the page. With ``data``, returns a handle whose ``add_rows`` appends
    rows to it.

    Parameters:
        data: the chart's rows (a DataFrame or anything ``st.dataframe``
            takes), put in the spec's ``data.values``; a dict here is taken
            as the spec.
        spec: the Vega-Lite spec; keyword arguments are merged into it.
        use_container_width: stretch to the container's width unless the
            spec sets one (None: True).
        theme: accepted for compatibility; not used.
        key: accepted for compatibility (charts are not widgets here).
        on_select: only ``"ignore"``: chart selections are not reported to
            the app.
        selection_mode: accepted for compatibility (see ``on_select``).
    """
    if spec is None and isinstance(data, dict) and not looks_like_frame(data):
        spec, data = data, None
    spec = {**(spec or {}), **kwargs}
    if not spec:
        raise StreamlitAPIException("Vega-Lite charts require a non-empty spec dict.")
    _check_selection(on_select)
    if data is None and isinstance(spec.get("data"), dict) and looks_like_frame(spec["data"].get("values")):
        data = spec["data"]["values"]
        spec = {k: v for k, v in spec.items() if k != "data"}

    def rebuild(frame: Any) -> VegaLiteElement:
        return VegaLiteElement(chart="vega_lite", spec=vega_lite_spec(frame, spec, use_container_width=use_container_width))

    df = to_frame(data) if data is not None else None
    path = dg._write(rebuild(df))
    return _appendable(path, rebuild, df) if df is not None else ChartHandle(path)


@element
def altair_chart(dg: DeltaGenerator, altair_chart: Any, *, use_container_width: bool | None = None,
                 theme: str | None = "streamlit", key: str | None = None, on_select: Any = "ignore",
                 selection_mode: Any = None) -> ChartHandle:
    """Display an Altair chart: any chart object whose ``to_dict()`` returns
    a Vega-Lite spec (altair itself, or a library built on it), drawn by
    Vega-Lite in the page.

    Parameters:
        altair_chart: the chart object.
        use_container_width: stretch to the container's width unless the
            spec sets one (None: True).
        theme: accepted for compatibility; not used.
        key: accepted for compatibility (charts are not widgets here).
        on_select: only ``"ignore"``: chart selections are not reported to
            the app.
        selection_mode: accepted for compatibility (see ``on_select``).
    """
    to_dict = getattr(altair_chart, "to_dict", None)
    if not callable(to_dict):
        raise StreamlitAPIException(
            f"st.altair_chart expects an Altair chart (an object with to_dict()), not {type(altair_chart).__name__}."
        )
    _check_selection(on_select)
    spec = to_dict()
    if not isinstance(spec, dict):
        raise StreamlitAPIException("The chart's to_dict() did not return a Vega-Lite spec (a dict).")
    return ChartHandle(dg._write(VegaLiteElement(
        chart="altair", spec=vega_lite_spec(None, spec, use_container_width=use_container_width))))


def looks_like_vega_lite(obj: Any) -> bool:
    """Is ``obj`` a chart object (altair or alike) that ``st.write`` should
    hand to ``st.altair_chart``?"""
    module = type(obj).__module__ or ""
    if module.startswith("altair"):
        return True
    to_dict = getattr(obj, "to_dict", None)
    if not callable(to_dict) or looks_like_frame(obj) or isinstance(obj, dict):
        return False
    try:
        spec = to_dict()
    except Exception:  # noqa: BLE001 - not a chart, then
        return False
    return isinstance(spec, dict) and "vega-lite" in str(spec.get("$schema", ""))


# --- matplotlib and plotly --------------------------------------------------


@element
def pyplot(dg: DeltaGenerator, fig: Any = None, clear_figure: bool | None = None, *,
           use_container_width: bool = True, width: Any = "stretch", **kwargs: Any) -> DeltaGenerator:
    """Display a matplotlib figure, drawn in the worker (Agg backend) and
    shown as an image (PNG unless ``format`` says otherwise).

    Parameters:
        fig: the figure; None: matplotlib's current global figure.
        clear_figure: clear the figure once drawn; None: only when it is the
            global figure (``fig`` omitted).
        use_container_width: stretch the image to the container's width
            (when ``width`` is ``"stretch"``).
        width: ``"stretch"``, ``"content"`` (its own width) or a width in
            pixels.
        **kwargs: passed to ``fig.savefig`` (``dpi``, ``format``...).
    """
    if fig is None:
        import matplotlib.pyplot as plt

        fig = plt.gcf()
        if clear_figure is None:
            clear_figure = True
    if not hasattr(fig, "savefig"):
        raise StreamlitAPIException(f"st.pyplot expects a matplotlib Figure, not {type(fig).__name__}.")
    options = {"bbox_inches": "tight", "dpi": 200, "format": "png", **kwargs}
    buf = io.BytesIO()
    fig.savefig(buf, **options)
    if clear_figure:
        fig.clf()
    from .media import data_url, png_size

    raw = buf.getvalue()
    fmt = str(options["format"]).lower()
    mime = {"png": "image/png", "svg": "image/svg+xml", "jpg": "image/jpeg", "jpeg": "image/jpeg"}.get(fmt, f"image/{fmt}")
    stretch = bool(use_container_width) and width in ("stretch", None)
    size = png_size(raw)
    # Drawn at twice the resolution (dpi 200): shown at half its pixel width
    # when not stretched, as Streamlit does, so text keeps its size.
    shown = int(width) if isinstance(width, int) and not isinstance(width, bool) else (size[0] // 2 if size else None)
    return dg._element(ImageElement(
        images=[ImageItem(src=data_url(raw, mime), caption=None)],
        width=None if stretch else shown, stretch=stretch, testid="stPyplot",
    ))


@element
def plotly_chart(dg: DeltaGenerator, figure_or_data: Any = None, use_container_width: bool = True, *args: Any, **kwargs: Any) -> None:
    """Not available in stc: plotly cannot be bundled into the site, so this
    raises an error that names the charts to use instead.

    Parameters:
        figure_or_data: the plotly figure (not drawn).
        use_container_width: accepted for compatibility.
    """
    raise StreamlitAPIException(
        "st.plotly_chart is not available in stc: plotly is not part of the Pyodide distribution stc bundles, "
        "so it cannot run in the browser. Draw the chart with st.vega_lite_chart (a Vega-Lite spec, as altair "
        "would write it), st.altair_chart with an object that has to_dict(), the simple charts "
        "(st.line_chart, st.bar_chart...) or st.pyplot with matplotlib."
    )
