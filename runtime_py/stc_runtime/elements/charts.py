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
from ..errors import StreamlitAPIException, StreamlitMissingRequiredParameterError, StreamlitValueError
from ..payloads.charts import VegaLiteElement
from ..payloads.media import ImageElement, ImageItem
from ..sizing import height as checked_height
from ..sizing import width as checked_width
from ._chart_specs import (
    DEFAULT_HEIGHT,
    MAP_HEIGHT,
    apply_size,
    chart_spec,
    is_multi_view,
    looks_like_frame,
    map_spec,
    to_frame,
    vega_lite_spec,
)
from .media import alt_text, deprecated, deprecated_name

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


def _chart_size(width: Any, height: Any, use_container_width: Any, how: str) -> tuple[int | str, int | str]:
    """``width`` and ``height`` checked as the Vega-Lite charts check them;
    the deprecated ``use_container_width`` wins over ``width`` (False keeps
    a pixel width, else shrinks to the content)."""
    if use_container_width is not None:
        deprecated(deprecated_name("use_container_width", "width", how))
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    return checked_width(width, allow_content=True), checked_height(height, allow_content=True)


_STRETCH_HOW = ("For `use_container_width=True`, use `width='stretch'`. For `use_container_width=False`, "
                "use `width='content'` or specify an integer width.")


def _with_alt(spec: dict[str, Any], alt: str | None) -> dict[str, Any]:
    # The spec's description is what Vega gives the drawn SVG as its
    # accessible name, so alt names the chart itself, not only its box.
    return {**spec, "description": alt} if alt is not None else spec


def _simple(dg: DeltaGenerator, data: Any, chart_type: str, width: Any, height: Any, use_container_width: Any,
            alt: Any, **options: Any) -> ChartHandle:
    df = to_frame(data)
    # The data is read (and its errors raised) before the sizes are checked, as in Streamlit.
    first = chart_spec(df, chart_type, **options)
    w, h = _chart_size(width, height, use_container_width, _STRETCH_HOW)
    name = alt_text(alt)

    def payload(spec: dict[str, Any]) -> VegaLiteElement:
        return VegaLiteElement(chart=chart_type, spec=_with_alt(spec, name), width=w, height=h, alt=name)  # type: ignore[arg-type]

    def rebuild(frame: Any) -> VegaLiteElement:
        return payload(chart_spec(frame, chart_type, width=w, height=h, **options))

    apply_size(first, w, h, DEFAULT_HEIGHT)
    return _appendable(dg._write(payload(first)), rebuild, df)


@element(needs=("pandas",))
def line_chart(dg: DeltaGenerator, data: Any = None, *, x: Any = None, y: Any = None, x_label: str | None = None,
               y_label: str | None = None, color: Any = None, width: Any = "stretch", height: Any = "content",
               use_container_width: bool | None = None, alt: str | None = None) -> ChartHandle:
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
        width: ``"stretch"`` (the container's width), ``"content"`` (the
            chart's own) or a width in pixels (at most the container's).
        height: ``"content"`` (the default 350 pixels of plot), ``"stretch"``
            (fill a container of fixed height) or the chart's whole height
            in pixels.
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``"content"`` (a pixel ``width`` stays).
        alt: the chart's accessible name for screen readers; None, empty
            or blank: a generic one.
    """
    return _simple(dg, data, "line", width, height, use_container_width, alt, x=x, y=y, color=color,
                   x_label=x_label, y_label=y_label)


@element(needs=("pandas",))
def area_chart(dg: DeltaGenerator, data: Any = None, *, x: Any = None, y: Any = None, x_label: str | None = None,
               y_label: str | None = None, color: Any = None, stack: Any = None, width: Any = "stretch",
               height: Any = "content", use_container_width: bool | None = None, alt: str | None = None) -> ChartHandle:
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
        width: ``"stretch"`` (the container's width), ``"content"`` (the
            chart's own) or a width in pixels (at most the container's).
        height: ``"content"`` (the default 350 pixels of plot), ``"stretch"``
            (fill a container of fixed height) or the chart's whole height
            in pixels.
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``"content"`` (a pixel ``width`` stays).
        alt: the chart's accessible name for screen readers; None, empty
            or blank: a generic one.
    """
    return _simple(dg, data, "area", width, height, use_container_width, alt, x=x, y=y, color=color,
                   x_label=x_label, y_label=y_label, stack=stack)


@element(needs=("pandas",))
def bar_chart(dg: DeltaGenerator, data: Any = None, *, x: Any = None, y: Any = None, x_label: str | None = None,
              y_label: str | None = None, color: Any = None, horizontal: bool = False, sort: Any = True, stack: Any = None,
              width: Any = "stretch", height: Any = "content", use_container_width: bool | None = None,
              alt: str | None = None) -> ChartHandle:
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
        width: ``"stretch"`` (the container's width), ``"content"`` (the
            chart's own) or a width in pixels (at most the container's).
        height: ``"content"`` (the default 350 pixels of plot), ``"stretch"``
            (fill a container of fixed height) or the chart's whole height
            in pixels.
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``"content"`` (a pixel ``width`` stays).
        alt: the chart's accessible name for screen readers; None, empty
            or blank: a generic one.
    """
    return _simple(dg, data, "bar", width, height, use_container_width, alt, x=x, y=y, color=color,
                   x_label=x_label, y_label=y_label, stack=stack, horizontal=bool(horizontal), sort=sort)


@element(needs=("pandas",))
def scatter_chart(dg: DeltaGenerator, data: Any = None, *, x: Any = None, y: Any = None, x_label: str | None = None,
                  y_label: str | None = None, color: Any = None, size: Any = None, width: Any = "stretch",
                  height: Any = "content", use_container_width: bool | None = None, alt: str | None = None) -> ChartHandle:
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
        width: ``"stretch"`` (the container's width), ``"content"`` (the
            chart's own) or a width in pixels (at most the container's).
        height: ``"content"`` (the default 350 pixels of plot), ``"stretch"``
            (fill a container of fixed height) or the chart's whole height
            in pixels.
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``"content"`` (a pixel ``width`` stays).
        alt: the chart's accessible name for screen readers; None, empty
            or blank: a generic one.
    """
    return _simple(dg, data, "scatter", width, height, use_container_width, alt, x=x, y=y, color=color,
                   size=size, x_label=x_label, y_label=y_label)


# --- map --------------------------------------------------------------------


@element(needs=("pandas",))
def map(dg: DeltaGenerator, data: Any = None, *, latitude: Any = None, longitude: Any = None, color: Any = None,
        size: Any = None, zoom: int | None = None, width: Any = "stretch", height: Any = MAP_HEIGHT,
        use_container_width: bool | None = None, alt: str | None = None) -> ChartHandle:
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
        width: ``"stretch"`` (the container's width) or a width in pixels
            (at most the container's).
        height: the map's height in pixels (500), or ``"stretch"`` (fill a
            container of fixed height).
        use_container_width: deprecated: True is ``width="stretch"``; False
            keeps ``width``.
        alt: the map's accessible name for screen readers; None, empty or
            blank: a generic one.
    """
    if use_container_width is not None:
        deprecated(deprecated_name("use_container_width", "width", (
            "For `use_container_width=True`, use `width='stretch'`. "
            "For `use_container_width=False`, specify an integer width.")))
        if use_container_width:
            width = "stretch"
    # A map has no size of its own to shrink to: no "content".
    w, h = checked_width(width), checked_height(height)
    df = to_frame(data)
    name = alt_text(alt)
    options = dict(latitude=latitude, longitude=longitude, color=color, size=size, zoom=zoom, width=w, height=h)

    def rebuild(frame: Any) -> VegaLiteElement:
        return VegaLiteElement(chart="map", spec=_with_alt(map_spec(frame, **options), name), width=w, height=h, alt=name)

    return _appendable(dg._write(rebuild(df)), rebuild, df)


# --- Vega-Lite and altair ---------------------------------------------------


def _check_selection(on_select: Any) -> None:
    if on_select not in ("ignore", None, False):
        raise StreamlitAPIException(
            "Chart selections (on_select) are not supported by stc yet: charts are display-only. "
            "Use widgets (st.selectbox, st.slider...) to filter the data instead."
        )

def _vega_size(spec: dict[str, Any], width: Any, height: Any, use_container_width: Any) -> tuple[int | str, int | str]:
    # No width: the container's, but multi-view charts (facets, side by
    # side, repeated) keep their own, which a container's width would break.
    if width is None and use_container_width is None:
        width = "content" if is_multi_view(spec) else "stretch"
    return _chart_size("stretch" if width is None else width, height, use_container_width, _STRETCH_HOW)


def _check_theme(theme: Any) -> None:
    if theme not in ("streamlit", None):
        raise StreamlitValueError("theme", ["'streamlit'", "None"])


@element(needs=("pandas",))
def vega_lite_chart(dg: DeltaGenerator, data: Any = None, spec: dict[str, Any] | None = None, *,
                    width: Any = None, height: Any = "content", use_container_width: bool | None = None,
                    theme: str | None = "streamlit", key: str | None = None, on_select: Any = "ignore",
                    selection_mode: Any = None, alt: str | None = None) -> ChartHandle:
    """Display a chart from a Vega-Lite spec (a dict), drawn by Vega-Lite in
    the page. With ``data``, returns a handle whose ``add_rows`` appends
    rows to it.

    Parameters:
        data: the chart's rows (a DataFrame or anything ``st.dataframe``
            takes), put in the spec's ``data.values``; a dict here is taken
            as the spec.
        spec: the Vega-Lite spec.
        width: ``"stretch"`` (the container's width: the spec's own is
            overridden), ``"content"`` (the spec's), a width in pixels (at
            most the container's); None: ``"stretch"``, but ``"content"``
            for facet, side-by-side and repeated charts.
        height: ``"content"`` (the spec's), ``"stretch"`` (fill a container
            of fixed height) or the chart's whole height in pixels.
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``"content"`` (a pixel ``width`` stays).
        theme: ``"streamlit"`` or None (the chart is drawn with Vega's
            defaults either way).
        key: accepted for compatibility (charts are not widgets here).
        on_select: only ``"ignore"``: chart selections are not reported to
            the app.
        selection_mode: accepted for compatibility (see ``on_select``).
        alt: the chart's accessible name for screen readers (it replaces
            the spec's ``description``); None, empty or blank: the spec's.
    """
    _check_theme(theme)
    _check_selection(on_select)
    if spec is None and isinstance(data, dict) and not looks_like_frame(data):
        spec, data = data, None
    spec = dict(spec or {})
    w, h = _vega_size(spec, width, height, use_container_width)
    if not spec:
        raise StreamlitMissingRequiredParameterError("spec", detail="Vega-Lite charts require a non-empty spec dict.")
    if data is None and isinstance(spec.get("data"), dict) and looks_like_frame(spec["data"].get("values")):
        data = spec["data"]["values"]
        spec = {k: v for k, v in spec.items() if k != "data"}
    name = alt_text(alt)

    def rebuild(frame: Any) -> VegaLiteElement:
        return VegaLiteElement(chart="vega_lite", spec=_with_alt(vega_lite_spec(frame, spec, width=w, height=h), name),
                               width=w, height=h, alt=name)

    df = to_frame(data) if data is not None else None
    path = dg._write(rebuild(df))
    return _appendable(path, rebuild, df) if df is not None else ChartHandle(path)


@element
def altair_chart(dg: DeltaGenerator, altair_chart: Any, *, width: Any = None, height: Any = "content",
                 use_container_width: bool | None = None, theme: str | None = "streamlit", key: str | None = None,
                 on_select: Any = "ignore", selection_mode: Any = None, alt: str | None = None) -> ChartHandle:
    """Display an Altair chart: any chart object whose ``to_dict()`` returns
    a Vega-Lite spec (altair itself, or a library built on it), drawn by
    Vega-Lite in the page.

    Parameters:
        altair_chart: the chart object.
        width: ``"stretch"`` (the container's width: the chart's own is
            overridden), ``"content"`` (the chart's), a width in pixels (at
            most the container's); None: ``"stretch"``, but ``"content"``
            for facet, side-by-side and repeated charts.
        height: ``"content"`` (the chart's), ``"stretch"`` (fill a
            container of fixed height) or the chart's whole height in pixels.
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``"content"`` (a pixel ``width`` stays).
        theme: ``"streamlit"`` or None (the chart is drawn with Vega's
            defaults either way).
        key: accepted for compatibility (charts are not widgets here).
        on_select: only ``"ignore"``: chart selections are not reported to
            the app.
        selection_mode: accepted for compatibility (see ``on_select``).
        alt: the chart's accessible name for screen readers (it replaces
            the chart's ``description``); None, empty or blank: the chart's.
    """
    to_dict = getattr(altair_chart, "to_dict", None)
    if not callable(to_dict):
        raise StreamlitAPIException(
            f"st.altair_chart expects an Altair chart (an object with to_dict()), not {type(altair_chart).__name__}."
        )
    _check_theme(theme)
    _check_selection(on_select)
    spec = to_dict()
    if not isinstance(spec, dict):
        raise StreamlitAPIException("The chart's to_dict() did not return a Vega-Lite spec (a dict).")
    w, h = _vega_size(spec, width, height, use_container_width)
    if not spec:
        raise StreamlitMissingRequiredParameterError("spec", detail="Vega-Lite charts require a non-empty spec dict.")
    name = alt_text(alt)
    return ChartHandle(dg._write(VegaLiteElement(
        chart="altair", spec=_with_alt(vega_lite_spec(None, spec, width=w, height=h), name), width=w, height=h, alt=name)))


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


_FIG_REQUIRED = """Passing `None` is not supported because Matplotlib's global figure object
is not thread-safe.

Pass a figure explicitly:

```python
fig, ax = plt.subplots()
ax.scatter([1, 2, 3], [1, 2, 3])
# other plotting actions...
st.pyplot(fig)
```"""

_SAVEFIG_KWARGS = """
Passing Matplotlib `savefig` keyword arguments to `st.pyplot` is
deprecated and will be removed in a future version.

`st.pyplot` already uses `bbox_inches="tight"` and `dpi=200` by
default. For other `savefig` options (for example `transparent=True`
or a custom `dpi`), save the figure yourself and display it with
`st.image`:

```python
import io

buf = io.BytesIO()
fig.savefig(buf, format="png", transparent=True, dpi=300)
st.image(buf)
```
"""


@element
def pyplot(dg: DeltaGenerator, fig: Any, clear_figure: bool = False, *, width: Any = "stretch",
           use_container_width: bool | None = None, alt: str | None = None, **kwargs: Any) -> DeltaGenerator:
    """Display a matplotlib figure, drawn in the worker (Agg backend) and
    shown as an image (PNG unless ``format`` says otherwise).

    Parameters:
        fig: the figure (required: matplotlib's global figure is not
            taken).
        clear_figure: clear the figure once drawn.
        width: ``"stretch"`` (the container's width), ``"content"`` (the
            figure's own) or a width in pixels (at most the container's).
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``"content"``.
        alt: the figure's text alternative for screen readers; ``""``: a
            decorative figure they skip; None or blank: none.
        **kwargs: deprecated: passed to ``fig.savefig`` (``dpi``,
            ``format``...).
    """
    if fig is None:
        raise StreamlitMissingRequiredParameterError("fig", detail=_FIG_REQUIRED)
    if use_container_width is not None:
        deprecated(deprecated_name("use_container_width", "width", (
            "For `use_container_width=True`, use `width='stretch'`. "
            "For `use_container_width=False`, use `width='content'`.")))
        width = "stretch" if use_container_width else "content"
    if kwargs:
        deprecated(_SAVEFIG_KWARGS, in_page=True)
    width = checked_width(width, allow_content=True)
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
    stretch = width == "stretch"
    size = png_size(raw)
    # Drawn at twice the resolution (dpi 200): shown at half its pixel width
    # when not stretched, so text keeps its size.
    shown = width if isinstance(width, int) else (size[0] // 2 if size else None)
    return dg._element(ImageElement(
        images=[ImageItem(src=data_url(raw, mime), caption=None, alt=alt_text(alt, allow_empty=True))],
        width=None if stretch else shown, stretch=stretch, testid="stPyplot",
    ))


#: plotly_chart's parameters that stc takes by name only until plotly can
#: run in the page (the packages issue adds them to the signature).
_PLOTLY_LATER = frozenset({"theme", "on_select", "selection_mode", "config"})


@element
def plotly_chart(dg: DeltaGenerator, figure_or_data: Any, use_container_width: bool | None = None, *,
                 width: Any = "stretch", height: Any = "content", key: str | None = None, alt: str | None = None,
                 **kwargs: Any) -> None:
    """Not available in stc: plotly cannot be bundled into the site, so
    this checks its arguments as Streamlit does, then raises an error that
    names the charts to use instead.

    Parameters:
        figure_or_data: the plotly figure (not drawn).
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``"content"`` (a pixel ``width`` stays).
        width: ``"stretch"``, ``"content"`` or a width in pixels.
        height: ``"content"``, ``"stretch"`` or a height in pixels.
        key: the chart's key.
        alt: the chart's accessible name.
        **kwargs: ``theme`` (``"streamlit"`` or None), ``on_select``,
            ``selection_mode`` and ``config``.
    """
    unknown = sorted(set(kwargs) - _PLOTLY_LATER)
    if unknown:
        raise TypeError(f"plotly_chart() got an unexpected keyword argument '{unknown[0]}'")
    if use_container_width is not None:
        deprecated(deprecated_name("use_container_width", "width", (
            "For `use_container_width=True`, use `width='stretch'`. "
            "For `use_container_width=False`, use `width='content'`.")))
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    checked_width(width, allow_content=True)
    checked_height(height, allow_content=True)
    _check_theme(kwargs.get("theme", "streamlit"))
    on_select = kwargs.get("on_select", "ignore")
    if not callable(on_select) and not (isinstance(on_select, str) and on_select in ("rerun", "ignore")):
        raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])
    alt_text(alt)
    raise StreamlitAPIException(
        "st.plotly_chart is not available in stc: plotly is not part of the Pyodide distribution stc bundles, "
        "so it cannot run in the browser. Draw the chart with st.vega_lite_chart (a Vega-Lite spec, as altair "
        "would write it), st.altair_chart with an object that has to_dict(), the simple charts "
        "(st.line_chart, st.bar_chart...) or st.pyplot with matplotlib."
    )
