"""Charts in CPython: the Vega-Lite specs the simple charts build (data,
encodings, errors), add_rows, map, vega_lite/altair charts, pyplot and
plotly, and st.write's dispatch to them."""

from __future__ import annotations

import base64
import struct
import zlib

import pytest

from stc_runtime.elements import _chart_specs as specs


def _spec(driver, index: int = 0) -> dict:
    return driver.elements("vega_lite")[index]["spec"]


def _png(src: str) -> tuple[int, int, int, bytes]:
    """(width, height, color type, raw scanlines) of a PNG data URL."""
    assert src.startswith("data:image/png;base64,")
    data = base64.b64decode(src.split(",", 1)[1])
    width, height, _depth, color_type = struct.unpack(">IIBB", data[16:26])
    idat = data.index(b"IDAT")
    length = struct.unpack(">I", data[idat - 4:idat])[0]
    return width, height, color_type, zlib.decompress(data[idat + 4:idat + 4 + length])


def test_line_chart_of_a_wide_frame_folds_columns_into_series(app):
    d = app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"A": [1.0, 2.0, float("nan")], "B": [3, 4, 5]})
        st.line_chart(df)
    """).run()
    el = d.elements("vega_lite")[0]
    assert el["chart"] == "line"
    spec = el["spec"]
    assert spec["mark"]["type"] == "line"
    # x is the index; the rows travel as records, NaN as null
    assert spec["data"]["values"] == [{"index": 0, "A": 1.0, "B": 3}, {"index": 1, "A": 2.0, "B": 4}, {"index": 2, "A": None, "B": 5}]
    assert spec["transform"] == [{"fold": ["A", "B"], "as": [specs.SERIES, specs.VALUE]}]
    enc = spec["encoding"]
    assert enc["x"]["field"] == "index" and enc["x"]["type"] == "quantitative"
    assert enc["y"]["field"] == specs.VALUE and enc["y"]["title"] == ""
    assert enc["color"]["field"] == specs.SERIES and enc["color"]["scale"]["domain"] == ["A", "B"]
    assert spec["width"] == "container" and spec["height"] == specs.DEFAULT_HEIGHT


def test_x_y_labels_colors_and_sizes(app):
    d = app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"day": ["mon", "tue"], "sales": [3, 4], "cost": [1, 2], "w": [5, 9]})
        st.line_chart(df, x="day", y="sales", x_label="Day", y_label="Sales", color="#ff0000", width=300, height=200)
        st.line_chart(df, x="day", y=["sales", "cost"], color=["#ff0000", (0, 0, 255)])
        st.scatter_chart(df, x="sales", y="cost", size="w", color="day")
        st.scatter_chart(df, x="sales", y="cost", size=50)
    """).run()
    one = _spec(d, 0)
    assert "transform" not in one
    assert one["encoding"]["x"] == {"field": "day", "type": "nominal", "title": "Day"}
    assert one["encoding"]["y"]["field"] == "sales" and one["encoding"]["y"]["title"] == "Sales"
    assert one["encoding"]["color"] == {"value": "#ff0000"}
    # A pixel width sizes the element's box; the chart fills it (whole
    # chart, axes included, as tall as asked).
    assert one["width"] == "container" and one["height"] == 200
    assert one["autosize"] == {"type": "fit", "contains": "padding"}
    first = d.elements("vega_lite")[0]
    assert (first["width"], first["height"], first["alt"]) == (300, 200, None)
    assert set(one["data"]["values"][0]) == {"day", "sales"}
    two = _spec(d, 1)
    assert two["encoding"]["color"]["scale"] == {"domain": ["sales", "cost"], "range": ["#ff0000", "rgb(0,0,255)"]}
    scatter = _spec(d, 2)
    assert scatter["mark"]["type"] == "circle"
    assert scatter["encoding"]["size"]["field"] == "w"
    assert scatter["encoding"]["color"]["field"] == "day" and scatter["encoding"]["color"]["type"] == "nominal"
    assert _spec(d, 3)["encoding"]["size"] == {"value": 50}


def test_bar_chart_stacking_horizontal_and_sort(app):
    d = app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
        st.bar_chart(df)
        st.bar_chart(df, stack=False)
        st.bar_chart(df, horizontal=True, stack="normalize")
        st.bar_chart(df, y="a", sort="-a")
    """).run()
    stacked = _spec(d, 0)
    assert stacked["mark"]["type"] == "bar"
    assert stacked["encoding"]["x"]["type"] == "ordinal"  # bars stand on discrete positions
    assert "stack" not in stacked["encoding"]["y"]  # Vega-Lite's default: stacked
    grouped = _spec(d, 1)
    assert grouped["encoding"]["y"]["stack"] is None and grouped["encoding"]["xOffset"]["field"] == specs.SERIES
    horizontal = _spec(d, 2)
    assert horizontal["encoding"]["y"]["field"] == "index" and horizontal["encoding"]["x"]["field"] == specs.VALUE
    assert horizontal["encoding"]["x"]["stack"] == "normalize"
    assert _spec(d, 3)["encoding"]["x"]["sort"] == {"field": "a", "order": "descending"}


def test_area_chart_and_dates_keep_their_wall_time(app):
    d = app("""
        import pandas as pd
        import streamlit as st
        idx = pd.DatetimeIndex(["2024-01-10 10:30", "2024-01-11 10:30"]).tz_localize("America/New_York")
        df = pd.DataFrame({"v": [1, 2]}, index=idx)
        st.area_chart(df, stack=False)
        st.line_chart(pd.DataFrame({"d": [pd.Timestamp("2024-03-01").date()], "v": [1]}), x="d", y="v")
    """).run()
    area = _spec(d, 0)
    assert area["mark"]["type"] == "area"
    assert area["encoding"]["x"]["type"] == "temporal"
    assert [r["index"] for r in area["data"]["values"]] == ["2024-01-10T10:30:00", "2024-01-11T10:30:00"]
    dates = _spec(d, 1)
    assert dates["encoding"]["x"]["type"] == "temporal"
    assert dates["data"]["values"][0]["d"] == "2024-03-01T00:00:00"


def test_chart_errors(app):
    d = app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1], "b": [2]})
        for call in (
            lambda: st.line_chart(df, x="nope"),
            lambda: st.line_chart(df, y=["a", "b"], color=["#f00"]),
            lambda: st.bar_chart(df, stack="sideways"),
            lambda: st.plotly_chart({"data": []}),
            lambda: st.vega_lite_chart(df, {}),
            lambda: st.altair_chart(42),
        ):
            try:
                call()
            except st.errors.StreamlitAPIException as exc:
                st.text(str(exc))
    """).run()
    texts = [e["body"] for e in d.elements("text")]
    assert texts[0].startswith('Data does not have a column named "nope". Available columns are `a, b`')
    assert "must have the same length" in texts[1]
    assert texts[2].startswith("Invalid value for stack parameter: sideways.")
    assert "plotly" in texts[3] and "st.vega_lite_chart" in texts[3]
    assert texts[4] == "The `spec` parameter is required. Vega-Lite charts require a non-empty spec dict."
    assert "to_dict" in texts[5]
    assert len(texts) == 6


def test_add_rows_appends_and_rewrites_the_chart_in_place(app):
    d = app("""
        import pandas as pd
        import streamlit as st
        chart = st.line_chart(pd.DataFrame({"A": [1.0, 2.0], "B": [3.0, 4.0]}))
        for i in range(3):
            chart.add_rows(pd.DataFrame({"A": [10.0 + i], "B": [20.0 + i]}))
        st.write("done")
    """).run()
    at_chart = [dl for dl in d.last.deltas if dl.element["kind"] == "vega_lite"]
    assert len(at_chart) == 4 and len({tuple(dl.path) for dl in at_chart}) == 1
    sizes = [len(dl.element["spec"]["data"]["values"]) for dl in at_chart]
    assert sizes == [2, 3, 4, 5]
    values = at_chart[-1].element["spec"]["data"]["values"]
    # the default index goes on counting; old rows stay a prefix
    assert [r["index"] for r in values] == [0, 1, 2, 3, 4]
    assert values[:2] == at_chart[0].element["spec"]["data"]["values"]
    assert values[-1] == {"index": 4, "A": 12.0, "B": 22.0}
    assert d.markdown()[-1] == "done"


def test_vega_lite_and_altair_like_charts(app):
    d = app("""
        import pandas as pd
        import streamlit as st

        class FakeAltair:
            def to_dict(self):
                return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "mark": "point",
                        "data": {"values": [{"x": 1}]}, "encoding": {"x": {"field": "x", "type": "quantitative"}}}

        df = pd.DataFrame({"a": [1, 2]})
        st.vega_lite_chart(df, {"mark": "bar", "encoding": {"x": {"field": "a", "type": "ordinal"}}})
        c = st.vega_lite_chart({"mark": "point", "data": {"values": [{"a": 1}]}}, use_container_width=False)
        st.altair_chart(FakeAltair())
        st.write(FakeAltair())
        lv = st.vega_lite_chart(df, {"mark": "line"})
        lv.add_rows(pd.DataFrame({"a": [3]}))
    """).run()
    specs = [e["spec"] for e in d.elements("vega_lite")]
    assert specs[0]["data"] == {"values": [{"a": 1}, {"a": 2}]} and specs[0]["mark"] == "bar"
    assert specs[0]["width"] == "container"
    assert "width" not in specs[1]
    assert d.elements("vega_lite")[2]["chart"] == "altair" and specs[2]["mark"] == "point"
    assert d.elements("vega_lite")[3]["chart"] == "altair"  # st.write dispatched it
    assert specs[4]["data"]["values"] == [{"a": 1}, {"a": 2}, {"a": 3}]


def test_map_spec_draws_points_on_the_bundled_world(app):
    d = app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"lat": [48.85, 52.52], "lon": [2.35, 13.40], "c": ["#ff000080", "#0000ff"], "s": [1000, 2000]})
        st.map(df, color="c", size="s")
        st.map(df, latitude="lat", longitude="lon", zoom=4, color=(0, 128, 0, 0.5), size=500)
        try:
            st.map(pd.DataFrame({"x": [1]}))
        except st.errors.StreamlitAPIException as exc:
            st.text(str(exc))
        try:
            st.map(pd.DataFrame({"lat": [None, 1.0], "lon": [1.0, 2.0]}))
        except st.errors.StreamlitAPIException as exc:
            st.text(str(exc))
    """).run()
    m = d.elements("vega_lite")[0]
    assert m["chart"] == "map"
    world, points = m["spec"]["layer"]
    assert world["data"]["url"] == specs.WORLD_URL and world["data"]["format"]["type"] == "topojson"
    assert m["spec"]["projection"]["type"] == "mercator"
    assert [(r["lat"], r["lon"]) for r in points["data"]["values"]] == [(48.85, 2.35), (52.52, 13.40)]
    assert points["data"]["values"][0]["c"] == "rgba(255,0,0,0.502)"  # #rrggbbaa as rgba()
    assert points["encoding"]["latitude"]["field"] == "lat" and points["encoding"]["color"]["scale"] is None
    assert 'datum["s"]' in points["transform"][0]["calculate"]
    fixed = d.elements("vega_lite")[1]["spec"]
    assert fixed["layer"][1]["encoding"]["color"] == {"value": "rgba(0,128,0,0.5)"}
    assert "width" not in fixed["projection"]["scale"]["expr"]  # a zoom fixes the scale
    texts = [e["body"] for e in d.elements("text")]
    assert texts[0].startswith("Map data must contain a latitude column named: 'lat', 'latitude'")
    assert texts[1] == 'Column "lat" is not allowed to contain null values, such as NaN, None, or NA.'


def test_pyplot_renders_a_png(app):
    pytest.importorskip("matplotlib")
    d = app("""
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import streamlit as st
        fig, ax = plt.subplots(figsize=(2, 1))
        ax.plot([1, 2, 3])
        st.pyplot(fig)
        st.write(fig)
    """).run()
    imgs = d.elements("image")
    assert len(imgs) == 2 and imgs[0]["testid"] == "stPyplot"
    assert _png(imgs[0]["images"][0]["src"])[0] > 100


def test_plotly_import_is_a_build_error_with_a_way_out(tmp_path):
    from stc.analyze import analyze
    from stc.errors import BuildError

    (tmp_path / "app.py").write_text("import streamlit as st\nimport plotly.express as px\n")
    with pytest.raises(BuildError) as info:
        analyze(tmp_path, "app.py", ("app.py",), {}, pyodide_version="0.27.7")
    message = str(info.value)
    assert "app.py:2: `import plotly`" in message
    assert "plotly cannot be bundled" in message and "st.vega_lite_chart" in message


# --- typed payloads -------------------------------------------------------------


def test_chart_payloads_read_back_as_their_classes(app):
    from stc_runtime.payloads import from_wire
    from stc_runtime.payloads.charts import VegaLiteElement

    d = app("""
        import streamlit as st
        chart = st.line_chart({"y": [1, 2]})
        chart.add_rows({"y": [3]})
        st.bar_chart({"y": [1]})
        st.map({"lat": [1.0], "lon": [2.0]})
        st.vega_lite_chart({"mark": "point", "data": {"values": [{"a": 1}]}})
    """).run()
    charts = [from_wire(e) for e in d.elements("vega_lite")]
    assert all(isinstance(c, VegaLiteElement) for c in charts)
    assert [c.chart for c in charts] == ["line", "bar", "map", "vega_lite"]
    # add_rows wrote the line chart again at its place, with every row.
    assert len(charts[0].spec["data"]["values"]) == 3


def test_pyplot_writes_the_media_familys_image_payload():
    import dataclasses

    from stc_runtime.payloads.media import ImageElement, ImageItem
    from stc_runtime.testing.v1 import AppTest

    pytest.importorskip("matplotlib")
    at = AppTest.from_string("""
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import streamlit as st
        fig, ax = plt.subplots()
        ax.plot([1, 2])
        st.pyplot(fig, width=300)
    """).run()
    (image,) = at.get("image")
    payload = image.payload
    assert isinstance(payload, ImageElement) and payload.testid == "stPyplot"
    assert payload.width == 300 and not payload.stretch
    assert payload.images[0].src.startswith("data:image/png;base64,")
    assert {f.name for f in dataclasses.fields(ImageItem) if f.metadata.get("carries") == "url"} == {"src"}


@pytest.mark.parametrize("name", ["line_chart", "area_chart", "bar_chart", "scatter_chart", "map",
                                  "vega_lite_chart", "altair_chart", "pyplot", "plotly_chart"])
def test_chart_elements_document_their_parameters(name):
    import inspect

    import streamlit as st

    fn = getattr(st, name)
    doc = inspect.getdoc(fn) or ""
    assert "Parameters:" in doc
    params = [p.name for p in inspect.signature(fn).parameters.values()
              if p.name not in ("self", "dg") and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    assert all(f"{p}:" in doc for p in params), [p for p in params if f"{p}:" not in doc]
