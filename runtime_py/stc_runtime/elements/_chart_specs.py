"""The Vega-Lite specs of the charts family, built in plain Python (no
altair): the simple charts (``chart_spec``), ``st.map`` (``map_spec``) and
the specs an app gives ``st.vega_lite_chart``/``st.altair_chart``
(``vega_lite_spec``). elements/charts.py holds the element functions, which
put these specs in ``VegaLiteElement`` payloads.

Rows go inline in ``spec.data.values``. Dates travel as ISO strings without
an offset ("2024-01-10T10:30:00"): the browser reads and shows them as the
same wall time, so a chart shows the time as stored, never converted to the
visitor's zone (as Streamlit shows it).

The simple charts keep wide data and let Vega-Lite fold the ``y`` columns
into series, so ``add_rows`` appends rows at the end of ``data.values`` and
the page adds them to the live chart instead of drawing it again.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
from typing import Any

from ..errors import StreamlitAPIException

# Streamlit's categorical palette for series (its "streamlit" theme).
PALETTE = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"]
# Names of the folded columns; chosen not to clash with the app's columns.
SERIES = "stc--series"
VALUE = "stc--value"
DEFAULT_HEIGHT = 350
MAP_HEIGHT = 500
# The bundled world outline (world-atlas' countries-110m TopoJSON, copied
# into the site's assets by runtime_js/build.mjs); the page resolves this
# name to the asset's URL, so a map needs no tile server.
WORLD_URL = "stc:world-110m"


# --- values -----------------------------------------------------------------


def _iso(value: Any) -> str:
    # Wall time as stored: an aware timestamp loses its offset, not its hour.
    if getattr(value, "tzinfo", None) is not None:
        value = value.replace(tzinfo=None)
    if isinstance(value, _dt.datetime):
        return value.isoformat()
    if isinstance(value, _dt.date):
        # A bare date would be read as UTC midnight (and shown as the day
        # before west of Greenwich): give it a local midnight.
        return value.isoformat() + "T00:00:00"
    return str(value)


def json_value(value: Any) -> Any:
    """One cell as JSON: NaN/NaT/None -> null, numpy scalars -> Python,
    datetimes -> ISO without offset."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    name = type(value).__name__
    if name in ("NaTType", "NAType"):
        return None
    if name == "Timestamp":
        return _iso(value.to_pydatetime())
    if isinstance(value, (_dt.datetime, _dt.date)):
        return _iso(value)
    if isinstance(value, _dt.time):
        return value.isoformat()
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        if name.startswith("datetime64"):
            import pandas as pd

            return json_value(pd.Timestamp(value))
        return json_value(value.item())
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    return str(value)


def to_frame(data: Any):
    from .data import to_frame as table_frame

    return table_frame(data)


def records(df: Any) -> list[dict[str, Any]]:
    names = [str(c) for c in df.columns]
    columns = [[json_value(v) for v in df.iloc[:, i].tolist()] if not _is_datetime(df.iloc[:, i]) else [json_value(v) for v in df.iloc[:, i]] for i in range(df.shape[1])]
    return [dict(zip(names, row)) for row in zip(*columns)] if columns else [{} for _ in range(len(df))]


def _is_datetime(series: Any) -> bool:
    import pandas as pd

    return pd.api.types.is_datetime64_any_dtype(series.dtype)


def _vl_type(series: Any) -> str:
    import pandas as pd

    if _is_datetime(series):
        return "temporal"
    if pd.api.types.is_bool_dtype(series.dtype):
        return "nominal"
    if pd.api.types.is_numeric_dtype(series.dtype):
        return "quantitative"
    sample = series.dropna()
    if len(sample) and all(isinstance(v, (_dt.date, _dt.datetime)) for v in sample.head(20)):
        return "temporal"
    return "nominal"


def field(name: str) -> str:
    """A column name as a Vega-Lite field reference (dots and brackets would
    otherwise address nested values)."""
    return name.replace("\\", "\\\\").replace(".", "\\.").replace("[", "\\[").replace("]", "\\]")


# --- colors -----------------------------------------------------------------


def _is_color(value: Any) -> bool:
    if isinstance(value, str):
        v = value.strip()
        if v.startswith("#") and len(v) in (4, 5, 7, 9):
            return all(c in "0123456789abcdefABCDEF" for c in v[1:])
        return v.lower().startswith(("rgb(", "rgba(", "hsl(", "hsla("))
    if isinstance(value, (tuple, list)) and len(value) in (3, 4):
        return all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in value)
    return False


def css_color(value: Any) -> str:
    """A color as CSS Vega reads everywhere: "#rrggbbaa" and RGB(A) tuples
    (ints 0-255, floats 0-1, alpha either way) become rgba()."""
    if isinstance(value, str):
        v = value.strip()
        if v.startswith("#") and len(v) in (5, 9):
            digits = v[1:]
            if len(digits) == 4:
                digits = "".join(c * 2 for c in digits)
            r, g, b, a = (int(digits[i:i + 2], 16) for i in (0, 2, 4, 6))
            return f"rgba({r},{g},{b},{round(a / 255, 3)})"
        return v
    parts = list(value)
    rgb = [round(c * 255) if isinstance(c, float) and c <= 1 else int(c) for c in parts[:3]]
    if len(parts) == 3:
        return f"rgb({rgb[0]},{rgb[1]},{rgb[2]})"
    a = parts[3]
    alpha = a if isinstance(a, float) and a <= 1 else a / 255
    return f"rgba({rgb[0]},{rgb[1]},{rgb[2]},{round(alpha, 3)})"


# --- sizes ------------------------------------------------------------------


#: Spec keys of multi-view charts: Vega-Lite sizes their sub-views, so a
#: top-level ``width``/``height`` of "container" means nothing to them.
COMPOSITE = ("facet", "hconcat", "vconcat", "concat", "repeat")


def is_multi_view(spec: dict[str, Any]) -> bool:
    """The charts a default width leaves at their own size, since a
    container's width breaks their layout: facets (``facet``, or ``row``/
    ``column``/``facet`` encodings), side-by-side (``hconcat``) and repeated
    charts, and a ``vconcat`` of compositions."""
    encoding = spec.get("encoding")
    faceted = "facet" in spec or (isinstance(encoding, dict) and any(k in encoding for k in ("row", "column", "facet")))
    nested = isinstance(spec.get("vconcat"), list) and any(
        isinstance(v, dict) and any(k in v for k in ("hconcat", "vconcat", "concat", "layer", "facet", "repeat"))
        for v in spec["vconcat"])
    return faceted or nested or "hconcat" in spec or "repeat" in spec


def apply_size(spec: dict[str, Any], width: int | str, height: int | str, default_height: int | None) -> None:
    """Size ``spec`` by the element's checked ``width`` and ``height``.

    ``"stretch"`` and a pixel width both make the chart as wide as its box
    on the page (the page sets the box's width: the container's, or the
    pixels, never wider than the container); ``"content"`` keeps the spec's
    own width. A pixel height is the whole chart's height, axes and legend
    included; ``"stretch"`` fills a container of fixed height;
    ``"content"`` keeps the spec's height (or the chart's default). A
    multi-view chart keeps its own sizes: its sub-views are sized by it."""
    if is_multi_view(spec) or any(k in spec for k in COMPOSITE):
        return
    fit_x = width != "content"
    fit_y = height != "content"
    if fit_x:
        spec["width"] = "container"
    if isinstance(height, int):
        spec["height"] = height
    elif height == "stretch":
        spec["height"] = "container"
    elif "height" not in spec and default_height:
        spec["height"] = default_height
    if (fit_x or fit_y) and "autosize" not in spec:
        spec["autosize"] = {"type": "fit" if fit_x and fit_y else ("fit-x" if fit_x else "fit-y"), "contains": "padding"}


# --- the simple charts ------------------------------------------------------


def _columns_list(value: Any) -> list[Any] | None:
    if value is None:
        return None
    if isinstance(value, (str, int, float)) or not hasattr(value, "__iter__"):
        return [value]
    return list(value)


def _column(df: Any, name: Any, what: str) -> str:
    names = [str(c) for c in df.columns]
    if str(name) not in names:
        raise StreamlitAPIException(
            f'Data does not have a column named "{name}". Available columns are `{", ".join(names)}`'
        )
    return str(name)


def _prepare(df: Any, x: Any) -> tuple[Any, str, bool]:
    """Columns named as strings; ``x`` defaults to the index."""
    df = df.copy()
    df.columns = [str(c) for c in df.columns]
    if x is None:
        index_name = str(df.index.name) if df.index.name is not None else "index"
        if index_name in df.columns:
            index_name = f"{index_name} (index)"
        df.insert(0, index_name, df.index)
        df = df.reset_index(drop=True)
        return df, index_name, True
    return df, _column(df, x, "x"), False


_STACKS = (None, True, False, "normalize", "center", "layered")


def chart_spec(
    data: Any,
    chart_type: str,
    *,
    x: Any = None,
    y: Any = None,
    color: Any = None,
    size: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    stack: Any = None,
    horizontal: bool = False,
    sort: Any = True,
    width: int | str | None = None,
    height: int | str = "content",
) -> dict[str, Any]:
    """The Vega-Lite spec of a simple chart (``chart_type`` is "line",
    "area", "bar" or "scatter") of ``data``, sized by the element's checked
    ``width`` and ``height`` (``width`` None: not sized yet, see
    ``apply_size``)."""
    if stack not in _STACKS:
        raise StreamlitAPIException(
            f'Invalid value for stack parameter: {stack}. Stack must be one of True, False, "normalize", "center", "layered" or None.'
        )
    df, x_col, x_is_index = _prepare(to_frame(data), x)
    color_col = str(color) if isinstance(color, str) and str(color) in df.columns else None
    size_col = str(size) if isinstance(size, str) else None
    if isinstance(size, str):
        _column(df, size, "size")
    if isinstance(color, str) and color_col is None and not _is_color(color):
        _column(df, color, "color")  # neither a column nor a color: the column error
    y_list = _columns_list(y)
    if y_list is None:
        y_cols = [c for c in df.columns if c not in (x_col, color_col, size_col)]
    else:
        y_cols = [_column(df, c, "y") for c in y_list]
    folded = len(y_cols) != 1
    x_type = _vl_type(df[x_col]) if len(df) else ("quantitative" if x_is_index else "nominal")
    if chart_type == "bar" and x_type == "quantitative":
        x_type = "ordinal"  # bars stand on discrete positions
    y_type = _vl_type(df[y_cols[0]]) if (len(y_cols) == 1 and len(df)) else "quantitative"

    spec: dict[str, Any] = {"$schema": "https://vega.github.io/schema/vega-lite/v5.json"}
    spec["data"] = {"name": "stc_data", "values": records(df[[x_col, *[c for c in dict.fromkeys([*y_cols, *(c for c in (color_col, size_col) if c)]) if c != x_col]]])}
    if folded and y_cols:
        spec["transform"] = [{"fold": [field(c) for c in y_cols], "as": [SERIES, VALUE]}]
    x_enc: dict[str, Any] = {"field": field(x_col), "type": x_type, "title": x_label if x_label is not None else ("" if x_is_index else x_col)}
    y_enc: dict[str, Any] = {"field": VALUE if folded else field(y_cols[0]), "type": y_type,
                             "title": y_label if y_label is not None else ("" if folded else y_cols[0])}
    if chart_type == "bar" and x_type != "temporal" and sort is not True:
        if sort is False or sort is None:
            x_enc["sort"] = None
        elif isinstance(sort, str):
            descending = sort.startswith("-")
            name = _column(df, sort.lstrip("-") if descending else sort, "sort")
            x_enc["sort"] = {"field": field(name), "order": "descending" if descending else "ascending"}
    encoding: dict[str, Any] = {"x": x_enc, "y": y_enc}
    tooltip = [{"field": field(x_col), "type": x_type, "title": x_col}]
    if folded:
        tooltip.append({"field": SERIES, "type": "nominal", "title": "series"})
    tooltip.append({"field": y_enc["field"], "type": y_type, "title": "value" if folded else y_cols[0]})

    # Series colors: a column, one color per y column, or a single color.
    if color_col is not None:
        values = df[color_col].dropna()
        if len(values) and all(_is_color(v) for v in values):
            spec["data"]["values"] = [{**r, color_col: css_color(r[color_col]) if r.get(color_col) is not None else None} for r in spec["data"]["values"]]
            encoding["color"] = {"field": field(color_col), "type": "nominal", "scale": None, "legend": None}
        else:
            ctype = _vl_type(df[color_col]) if chart_type == "scatter" else "nominal"
            encoding["color"] = {"field": field(color_col), "type": ctype, "title": color_col}
            if ctype == "nominal":
                encoding["color"]["scale"] = {"range": PALETTE}
            tooltip.append({"field": field(color_col), "type": ctype, "title": color_col})
    elif color is not None:
        colors = [color] if _is_color(color) else list(color)
        if not all(_is_color(c) for c in colors):
            raise StreamlitAPIException(f"This does not look like a valid color argument: {color!r}.")
        if folded:
            if len(colors) != len(y_cols):
                raise StreamlitAPIException(
                    f"The list of colors `{colors}` must have the same length as the list of columns to be colored `{y_cols}`."
                )
            encoding["color"] = {"field": SERIES, "type": "nominal", "title": "",
                                 "scale": {"domain": y_cols, "range": [css_color(c) for c in colors]}}
        else:
            if len(colors) != 1:
                raise StreamlitAPIException(
                    f"The list of colors `{colors}` must have the same length as the list of columns to be colored `{y_cols}`."
                )
            encoding["color"] = {"value": css_color(colors[0])}
    elif folded:
        encoding["color"] = {"field": SERIES, "type": "nominal", "title": "", "scale": {"domain": y_cols, "range": PALETTE}}
    if folded:
        encoding.setdefault("color", {"field": SERIES, "type": "nominal", "title": ""})
        if "field" in encoding["color"] and encoding["color"]["field"] != SERIES:
            # A color column and several y columns: tell series apart by dash.
            encoding["strokeDash"] = {"field": SERIES, "type": "nominal", "title": ""}

    if chart_type == "scatter" and size is not None:
        if size_col is not None:
            encoding["size"] = {"field": field(size_col), "type": "quantitative", "title": size_col}
            tooltip.append({"field": field(size_col), "type": "quantitative", "title": size_col})
        elif isinstance(size, (int, float)) and not isinstance(size, bool):
            encoding["size"] = {"value": size}
        else:
            raise StreamlitAPIException(f"This does not look like a valid size: {size!r}")
    encoding["tooltip"] = tooltip

    if chart_type == "line":
        mark: dict[str, Any] = {"type": "line"}
    elif chart_type == "area":
        mark = {"type": "area", "line": True, "opacity": 0.7 if folded else 1}
    elif chart_type == "bar":
        mark = {"type": "bar"}
    else:
        mark = {"type": "circle", "opacity": 0.7}
        if "size" not in encoding:
            encoding["size"] = {"value": 100}
    if chart_type in ("area", "bar") and stack is not None:
        if stack is False and chart_type == "bar" and folded:
            encoding["xOffset"] = {"field": SERIES, "type": "nominal"}
        y_enc["stack"] = {True: "zero", False: None, "layered": None}[stack] if stack in (True, False, "layered") else stack
    if chart_type == "bar" and horizontal:
        encoding["x"], encoding["y"] = encoding["y"], encoding["x"]
        if "xOffset" in encoding:
            encoding["yOffset"] = encoding.pop("xOffset")
    if "color" not in encoding:
        mark["color"] = PALETTE[0]  # Streamlit's blue, not Vega's
    spec["mark"] = mark
    spec["encoding"] = encoding
    spec["config"] = {"legend": {"orient": "bottom"}}
    if width is not None:
        apply_size(spec, width, height, DEFAULT_HEIGHT)
    return spec



# --- map --------------------------------------------------------------------

_LAT_NAMES = ("lat", "latitude", "LAT", "LATITUDE")
_LON_NAMES = ("lon", "longitude", "LON", "LONGITUDE")
_DEFAULT_MAP_COLOR = "rgba(200,30,0,0.627)"
_DEFAULT_MAP_SIZE = 100  # meters
_EARTH_RADIUS = 6378137.0


def _find(df: Any, given: Any, names: tuple[str, ...], what: str) -> str:
    if given is not None:
        if str(given) not in df.columns:
            raise StreamlitAPIException(f'Map data must contain a column called "{given}" for the {what}.')
        return str(given)
    for name in names:
        if name in df.columns:
            return name
    raise StreamlitAPIException(
        f'Map data must contain a {what} column named: {", ".join(repr(n) for n in names)}. '
        f"Existing columns: {', '.join(repr(str(c)) for c in df.columns)}"
    )


def map_spec(data: Any, *, latitude: Any = None, longitude: Any = None, color: Any = None, size: Any = None,
             zoom: float | None = None, width: int | str = "stretch", height: int | str = MAP_HEIGHT) -> dict[str, Any]:
    """The Vega-Lite spec of ``st.map``: ``data``'s points as circles on a
    Web Mercator projection of the bundled world outline."""
    df = to_frame(data).copy()
    df.columns = [str(c) for c in df.columns]
    lat = _find(df, latitude, _LAT_NAMES, "latitude")
    lon = _find(df, longitude, _LON_NAMES, "longitude")
    for col in (lat, lon):
        if df[col].isnull().any():
            raise StreamlitAPIException(f'Column "{col}" is not allowed to contain null values, such as NaN, None, or NA.')
    keep = [lat, lon]
    point_enc: dict[str, Any] = {
        "latitude": {"field": field(lat), "type": "quantitative"},
        "longitude": {"field": field(lon), "type": "quantitative"},
    }
    tooltip = [{"field": field(lat), "type": "quantitative"}, {"field": field(lon), "type": "quantitative"}]
    if isinstance(color, str) and color in df.columns:
        keep.append(color)
        point_enc["color"] = {"field": field(color), "type": "nominal", "scale": None, "legend": None}
    elif color is not None:
        if not _is_color(color):
            raise StreamlitAPIException(f'Column "{color}" does not exist and is not a valid color.')
        point_enc["color"] = {"value": css_color(color)}
    else:
        point_enc["color"] = {"value": _DEFAULT_MAP_COLOR}
    size_expr: str
    if isinstance(size, str):
        if size not in df.columns:
            raise StreamlitAPIException(f'Map data must contain a column called "{size}" for the size.')
        keep.append(size)
        size_expr = f"datum[{json.dumps(size)}]"
    elif size is None:
        size_expr = str(_DEFAULT_MAP_SIZE)
    else:
        size_expr = str(float(size))
    values = records(df[list(dict.fromkeys(keep))])
    if isinstance(color, str) and color in df.columns:
        for r in values:
            if r.get(color) is not None and _is_color(r[color]):
                r[color] = css_color(r[color])

    # The view: Web Mercator centered on the points. ``zoom`` is a web map
    # zoom (512-pixel world at zoom 0, as deck.gl's); without it, the scale
    # fits the points' bounds to the chart's size, as Streamlit's map does.
    lats = [float(v) for v in df[lat]] or [0.0]
    lons = [float(v) for v in df[lon]] or [0.0]
    merc = [math.log(math.tan(math.pi / 4 + max(-85.0, min(85.0, p)) * math.pi / 360)) for p in lats]
    center_lon = (min(lons) + max(lons)) / 2
    center_lat = math.degrees(2 * math.atan(math.exp((min(merc) + max(merc)) / 2)) - math.pi / 2)
    if zoom is not None:
        scale = f"{512 * 2 ** float(zoom) / (2 * math.pi)!r}"
    else:
        span_x = max(math.radians(max(lons) - min(lons)), 1e-9)
        span_y = max(max(merc) - min(merc), 1e-9)
        max_scale = 512 * 2 ** 14 / (2 * math.pi)  # one point: a street's view
        min_scale = 512 / (2 * math.pi) / 2
        scale = f"clamp(0.8 * min(width / {span_x!r}, height / {span_y!r}), {min_scale!r}, {max_scale!r})"
    # Circles are ``size`` meters in radius (Streamlit's meaning), and never
    # under 3 pixels (deck.gl's radiusMinPixels in Streamlit's map).
    radius = f"max(3, ({size_expr}) * ({scale}) / ({_EARTH_RADIUS!r} * cos(datum[{json.dumps(lat)}] * PI / 180)))"
    spec: dict[str, Any] = {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "projection": {"type": "mercator", "center": [center_lon, center_lat], "scale": {"expr": scale}},
        "layer": [
            {
                "data": {"url": WORLD_URL, "format": {"type": "topojson", "feature": "countries"}},
                "mark": {"type": "geoshape", "fill": "#e8e9ec", "stroke": "#ffffff", "strokeWidth": 0.7, "clip": True},
            },
            {
                "data": {"name": "stc_data", "values": values},
                "transform": [{"calculate": f"PI * pow({radius}, 2)", "as": "stc--area"}],
                "mark": {"type": "circle", "opacity": 1, "clip": True},
                "encoding": {**point_enc, "size": {"field": "stc--area", "type": "quantitative", "scale": None, "legend": None},
                             "tooltip": tooltip},
            },
        ],
        "config": {"view": {"stroke": None}},
    }
    apply_size(spec, width, height, MAP_HEIGHT)
    return spec


# --- Vega-Lite and altair ---------------------------------------------------


def _json_spec(value: Any) -> Any:
    """A spec with DataFrames (anywhere data may appear) turned into records."""
    if looks_like_frame(value):
        return records(to_frame(value))
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k == "values" and not isinstance(v, (list, dict, str)) and v is not None:
                out[k] = records(to_frame(v))
            else:
                out[str(k)] = _json_spec(v)
        return out
    if isinstance(value, (list, tuple)):
        return [_json_spec(v) for v in value]
    return json_value(value)


def looks_like_frame(value: Any) -> bool:
    """Is ``value`` tabular data (a DataFrame, Series or numpy array) rather
    than part of a spec?"""
    module = type(value).__module__ or ""
    return (module.startswith("pandas") and type(value).__name__ in ("DataFrame", "Series")) or (
        module == "numpy" and type(value).__name__ == "ndarray"
    )


def vega_lite_spec(data: Any, spec: dict[str, Any], *, width: int | str, height: int | str) -> dict[str, Any]:
    """An app's Vega-Lite ``spec`` as JSON, ``data`` (if given) as its
    inline rows, sized by the element's checked ``width`` and ``height``."""
    spec = _json_spec(spec)
    if data is not None:
        spec["data"] = {"values": records(to_frame(data))}
    apply_size(spec, width, height, None)
    return spec
