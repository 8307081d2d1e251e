"""The charts' layout and accessibility parameters in CPython, as 1.67 has
them: ``width``/``height`` (defaults, accepted values, errors, the
deprecated ``use_container_width``) and how they size the Vega-Lite spec,
``alt`` as the chart's accessible name, ``st.pyplot``'s and
``st.plotly_chart``'s signatures."""

from __future__ import annotations

import pytest


def _errors(d) -> list[str]:
    return [e["body"] for e in d.elements("text")]


def test_simple_charts_default_to_the_containers_width_and_350_pixels(app):
    d = app("""
        import streamlit as st
        data = {"y": [1, 2, 3]}
        st.line_chart(data)
        st.area_chart(data, width="content")
        st.bar_chart(data, width=320, height=200)
        st.scatter_chart(data, height="stretch")
    """).run()
    line, area, bar, scatter = d.elements("vega_lite")
    assert (line["width"], line["height"]) == ("stretch", "content")
    assert line["spec"]["width"] == "container" and line["spec"]["height"] == 350
    assert line["spec"]["autosize"] == {"type": "fit-x", "contains": "padding"}
    # "content": the chart's own width, so the spec sets none.
    assert area["width"] == "content" and "width" not in area["spec"] and "autosize" not in area["spec"]
    # Pixels: the box is that wide and the chart fills it; the height is the whole chart's.
    assert (bar["width"], bar["height"]) == (320, 200)
    assert bar["spec"]["width"] == "container" and bar["spec"]["height"] == 200
    assert bar["spec"]["autosize"] == {"type": "fit", "contains": "padding"}
    assert scatter["height"] == "stretch" and scatter["spec"]["height"] == "container"


def test_use_container_width_is_the_deprecated_width(app):
    d = app("""
        import streamlit as st
        data = {"y": [1, 2]}
        st.line_chart(data, use_container_width=False)
        st.line_chart(data, use_container_width=False, width=250)
        st.line_chart(data, use_container_width=True, width=250)
        st.map({"lat": [1.0], "lon": [2.0]}, use_container_width=False, width=300)
        st.map({"lat": [1.0], "lon": [2.0]}, use_container_width=True, width=300)
        st.vega_lite_chart({"mark": "point", "data": {"values": [{"a": 1}]}}, use_container_width=False)
    """).run()
    widths = [e["width"] for e in d.elements("vega_lite")]
    assert widths == ["content", 250, "stretch", 300, "stretch", "content"]


def test_bad_sizes_raise_1_67s_errors(app):
    d = app("""
        import streamlit as st
        data = {"lat": [1.0], "lon": [2.0]}
        for call in (lambda: st.line_chart(data, width="wide"), lambda: st.bar_chart(data, height=0),
                     lambda: st.map(data, width="content"), lambda: st.map(data, height="content"),
                     lambda: st.vega_lite_chart(data, {"mark": "point"}, width=-3),
                     lambda: st.vega_lite_chart(data, {"mark": "point"}, theme="dark"),
                     lambda: st.vega_lite_chart(data, {}), lambda: st.scatter_chart(data, width=2**32)):
            try:
                call()
            except st.errors.StreamlitAPIException as exc:
                st.text(f"{type(exc).__name__}: {exc}")
    """).run()
    assert _errors(d) == [
        "StreamlitInvalidWidthError: Invalid width value: 'wide'. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        "StreamlitInvalidHeightError: Invalid height value: 0. Height must be either a positive integer (pixels), 'stretch', or 'content'.",
        "StreamlitInvalidWidthError: Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.",
        "StreamlitInvalidHeightError: Invalid height value: 'content'. Height must be either a positive integer (pixels) or 'stretch'.",
        "StreamlitInvalidWidthError: Invalid width value: -3. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        "StreamlitValueError: Invalid `theme` value. Supported values: 'streamlit', None.",
        "StreamlitMissingRequiredParameterError: The `spec` parameter is required. Vega-Lite charts require a non-empty spec dict.",
        "StreamlitValueOutOfRangeError: " + _errors(d)[-1].split(": ", 1)[1],
    ]
    assert "4294967296" in _errors(d)[-1]


def test_map_is_500_pixels_tall_and_takes_a_pixel_width(app):
    d = app("""
        import streamlit as st
        data = {"lat": [48.85, 52.52], "lon": [2.35, 13.40]}
        st.map(data)
        st.map(data, width=400, height=300)
    """).run()
    default, sized = d.elements("vega_lite")
    assert (default["width"], default["height"]) == ("stretch", 500)
    assert default["spec"]["height"] == 500 and default["spec"]["width"] == "container"
    assert default["spec"]["autosize"] == {"type": "fit", "contains": "padding"}
    assert (sized["width"], sized["height"]) == (400, 300) and sized["spec"]["height"] == 300


def test_vega_lite_width_defaults_by_the_kind_of_chart(app):
    d = app("""
        import streamlit as st
        rows = {"values": [{"a": 1, "b": "x"}]}
        st.vega_lite_chart({"mark": "point", "data": rows, "width": 400})
        st.vega_lite_chart({"mark": "point", "data": rows, "width": 400}, width="content")
        st.vega_lite_chart({"data": rows, "facet": {"field": "b"}, "spec": {"mark": "point"}})
        st.vega_lite_chart({"data": rows, "mark": "point", "encoding": {"row": {"field": "b"}}})
        st.vega_lite_chart({"data": rows, "hconcat": [{"mark": "point"}, {"mark": "bar"}]})
        st.vega_lite_chart({"data": rows, "vconcat": [{"mark": "point"}, {"mark": "bar"}]})
        st.vega_lite_chart({"data": rows, "mark": "point"}, height=250)
    """).run()
    charts = d.elements("vega_lite")
    # "stretch" overrides the spec's own width; "content" keeps it.
    assert charts[0]["width"] == "stretch" and charts[0]["spec"]["width"] == "container"
    assert charts[1]["width"] == "content" and charts[1]["spec"]["width"] == 400
    # Facets and side-by-side charts keep their own width by default.
    assert [c["width"] for c in charts[2:6]] == ["content", "content", "content", "stretch"]
    assert "width" not in charts[3]["spec"] and "width" not in charts[5]["spec"]  # sub-views size themselves
    assert charts[6]["spec"]["height"] == 250 and charts[6]["spec"]["autosize"]["type"] == "fit"


def test_alt_names_the_chart_and_becomes_its_description(app):
    d = app("""
        import pandas as pd
        import streamlit as st

        class Chart:
            def to_dict(self):
                return {"mark": "point", "description": "the chart's own", "data": {"values": [{"a": 1}]}}

        chart = st.line_chart({"y": [1, 2]}, alt="  Sales by day ")
        chart.add_rows({"y": [3]})
        st.bar_chart({"y": [1]}, alt="   ")
        st.map({"lat": [1.0], "lon": [2.0]}, alt="Two offices")
        st.vega_lite_chart({"mark": "point", "data": {"values": [{"a": 1}]}}, alt="Points")
        st.altair_chart(Chart())
        st.altair_chart(Chart(), alt="Replaced")
    """).run()
    line, bar, world, vega, own, replaced = d.elements("vega_lite")
    assert line["alt"] == "Sales by day" and line["spec"]["description"] == "Sales by day"
    assert len(line["spec"]["data"]["values"]) == 3  # add_rows keeps the name
    assert bar["alt"] is None and "description" not in bar["spec"]  # blank: none
    assert world["alt"] == "Two offices" and world["spec"]["description"] == "Two offices"
    assert vega["alt"] == "Points"
    assert own["alt"] is None and own["spec"]["description"] == "the chart's own"
    assert replaced["spec"]["description"] == "Replaced"


# --- pyplot -------------------------------------------------------------------


PYPLOT = """
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import streamlit as st
    fig, ax = plt.subplots(figsize=(2, 1))
    ax.plot([1, 2, 3])
"""


def test_pyplot_needs_a_figure_and_keeps_it_unless_asked(app):
    pytest.importorskip("matplotlib")
    d = app(PYPLOT + """
    try:
        st.pyplot()
    except TypeError as exc:
        st.text("TypeError")
    try:
        st.pyplot(None)
    except st.errors.StreamlitMissingRequiredParameterError as exc:
        st.text(str(exc))
    st.pyplot(fig)
    st.text(f"axes kept: {len(fig.axes)}")
    st.pyplot(fig, clear_figure=True)
    st.text(f"axes after clear_figure: {len(fig.axes)}")
    """).run()
    texts = _errors(d)
    assert texts[0] == "TypeError"
    assert texts[1].startswith("The `fig` parameter is required. Passing `None` is not supported because Matplotlib's")
    assert texts[1].endswith("st.pyplot(fig)\n```")
    assert texts[2:] == ["axes kept: 1", "axes after clear_figure: 0"]


def test_pyplot_width_alt_and_deprecated_arguments(app):
    pytest.importorskip("matplotlib")
    d = app(PYPLOT + """
    st.pyplot(fig)
    st.pyplot(fig, width="content")
    st.pyplot(fig, use_container_width=False)
    st.pyplot(fig, width=150, alt=" A rising line ")
    st.pyplot(fig, alt="")
    st.pyplot(fig, dpi=50)
    try:
        st.pyplot(fig, width="wide")
    except st.errors.StreamlitInvalidWidthError as exc:
        st.text(str(exc))
    """).run()
    imgs = d.elements("image")
    assert imgs[0]["stretch"] is True and imgs[0]["width"] is None
    assert imgs[1]["stretch"] is False and imgs[1]["width"] > 100  # its own (half its pixels)
    assert imgs[2]["stretch"] is False and imgs[2]["width"] == imgs[1]["width"]
    assert imgs[3]["width"] == 150 and imgs[3]["images"][0]["alt"] == "A rising line"
    assert imgs[4]["images"][0]["alt"] == ""  # decorative
    assert imgs[0]["images"][0]["alt"] is None
    # savefig arguments still work, with 1.67's deprecation warning in the page.
    (warning,) = d.elements("alert")
    assert warning["variant"] == "warning"
    assert warning["body"].lstrip().startswith("Passing Matplotlib `savefig` keyword arguments to `st.pyplot` is")
    assert d.elements("text")[0]["body"].startswith("Invalid width value: 'wide'.")


# --- plotly -------------------------------------------------------------------


def test_plotly_chart_checks_its_arguments_as_1_67_then_says_it_is_unavailable(app):
    d = app("""
        import streamlit as st
        calls = [
            lambda: st.plotly_chart(),
            lambda: st.plotly_chart({}, width="x"),
            lambda: st.plotly_chart({}, height=-1),
            lambda: st.plotly_chart({}, theme="dark"),
            lambda: st.plotly_chart({}, on_select="bogus"),
            lambda: st.plotly_chart({}, on_select=None),
            lambda: st.plotly_chart({}, colour="red"),
            lambda: st.plotly_chart({}, True, width=300, height=200, key="k", alt="A chart", theme=None,
                                    on_select="rerun", selection_mode="points", config={}),
        ]
        for call in calls:
            try:
                call()
            except (TypeError, st.errors.StreamlitAPIException) as exc:
                st.text(f"{type(exc).__name__}: {exc}")
    """).run()
    texts = _errors(d)
    assert texts[0].startswith("TypeError:") and "figure_or_data" in texts[0]
    assert texts[1] == "StreamlitInvalidWidthError: Invalid width value: 'x'. Width must be either a positive integer (pixels), 'stretch', or 'content'."
    assert texts[2].startswith("StreamlitInvalidHeightError: Invalid height value: -1.")
    assert texts[3] == "StreamlitValueError: Invalid `theme` value. Supported values: 'streamlit', None."
    assert texts[4] == texts[5] == "StreamlitValueError: Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function."
    assert texts[6] == "TypeError: plotly_chart() got an unexpected keyword argument 'colour'"
    assert texts[7].startswith("StreamlitAPIException: st.plotly_chart is not available in stc")
