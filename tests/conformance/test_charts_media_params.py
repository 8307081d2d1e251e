"""The charts' and media elements' parameter checks as an app sees them
(the error each bad value raises, the deprecation warnings shown in the
page), the same against real Streamlit 1.67 and ours: width, height, alt,
theme, spec, channels, link and use_column_width."""

from __future__ import annotations

import pytest

from apptest_impl import AppTest, version_tuple

pytestmark = pytest.mark.skipif(version_tuple() < (1, 67), reason="these parameters are 1.67's")

ERRORS_APP = """
import numpy as np
import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2], "lat": [1.0, 2.0], "lon": [3.0, 4.0]})
px = np.zeros((2, 2), dtype=np.uint8)
calls = [
    lambda: st.line_chart(df, width="wide"),
    lambda: st.area_chart(df, height=0),
    lambda: st.bar_chart(df, width=-1),
    lambda: st.scatter_chart(df, height="auto"),
    lambda: st.map(df, width="content"),
    lambda: st.map(df, height="content"),
    lambda: st.vega_lite_chart(df, {"mark": "point"}, width="x"),
    lambda: st.vega_lite_chart(df, {"mark": "point"}, theme="dark"),
    lambda: st.vega_lite_chart(df, {}),
    lambda: st.image(px, width=0),
    lambda: st.image(px, channels="BGR"),
    lambda: st.image(np.zeros((2, 2, 2))),
    lambda: st.image(np.zeros((1, 2, 2, 2, 2))),
    lambda: st.image(np.array([[300]])),
    lambda: st.image(np.array([[1.5]])),
    lambda: st.image([px, px], link="https://example.com"),
    lambda: st.image([px, px], alt="one"),
    lambda: st.image([px, px], alt=["one"]),
    lambda: st.image([px, px], caption=["one"]),
    lambda: st.audio(b"ID3", width="content"),
    lambda: st.video(b"x", width=0),
]
for call in calls:
    try:
        call()
        st.text("no error")
    except Exception as exc:
        st.text(f"{type(exc).__name__}: {exc}")
"""


def test_bad_sizes_and_images_raise_1_67s_errors():
    at = AppTest.from_string(ERRORS_APP).run()
    assert not at.exception
    assert [t.value for t in at.text] == [
        "StreamlitInvalidWidthError: Invalid width value: 'wide'. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        "StreamlitInvalidHeightError: Invalid height value: 0. Height must be either a positive integer (pixels), 'stretch', or 'content'.",
        "StreamlitInvalidWidthError: Invalid width value: -1. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        "StreamlitInvalidHeightError: Invalid height value: 'auto'. Height must be either a positive integer (pixels), 'stretch', or 'content'.",
        "StreamlitInvalidWidthError: Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.",
        "StreamlitInvalidHeightError: Invalid height value: 'content'. Height must be either a positive integer (pixels) or 'stretch'.",
        "StreamlitInvalidWidthError: Invalid width value: 'x'. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        "StreamlitValueError: Invalid `theme` value. Supported values: 'streamlit', None.",
        "StreamlitMissingRequiredParameterError: The `spec` parameter is required. Vega-Lite charts require a non-empty spec dict.",
        "StreamlitInvalidWidthError: Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        'StreamlitAPIException: When using `channels="BGR"`, the input image should have exactly 3 color channels',
        "StreamlitAPIException: Channel can only be 1, 3, or 4 got 2. Shape is (2, 2, 2)",
        "StreamlitValueError: Invalid `image` value. Supported values: a 2D or 3D NumPy array.",
        "StreamlitAPIException: Data is outside [0, 255] and clamp is not set.",
        "StreamlitAPIException: Data is outside [0.0, 1.0] and clamp is not set.",
        "StreamlitAPIException: The `link` parameter is only supported when displaying a single image. You passed 2 images.",
        "StreamlitAPIException: A single `alt` string can only be used with a single image. You passed 2 images; "
        "provide a sequence of 2 alt values (use None to skip an image).",
        "StreamlitAPIException: Cannot pair 1 alt values with 2 images.",
        "StreamlitAPIException: Cannot pair 1 captions with 2 images.",
        "StreamlitInvalidWidthError: Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.",
        "StreamlitInvalidWidthError: Invalid width value: 0. Width must be either a positive integer (pixels) or 'stretch'.",
    ]


def test_good_values_draw_and_use_column_width_only_warns():
    at = AppTest.from_string("""
import numpy as np
import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2], "lat": [1.0, 2.0], "lon": [3.0, 4.0]})
px = np.zeros((2, 2, 3), dtype=np.uint8)
st.line_chart(df, width="content", height=200, alt="A line", use_container_width=False)
st.bar_chart(df, width=300, height="stretch")
st.map(df, width=400, height=300, alt="Points", use_container_width=True)
st.vega_lite_chart(df, {"mark": "point"}, width="content", height="stretch", alt="Dots", theme=None)
st.image(px, channels="BGR", clamp=True, output_format="JPEG", link="https://example.com", alt="", width="stretch")
st.image([px, px], alt=["one", None], output_format="PNG", use_container_width=False)
st.image(px, use_column_width=True)
st.audio(b"ID3", format="audio/mpeg", alt="A sound", width=300)
st.video(b"x", alt="A film", width=320)
st.text("done")
""").run()
    assert not at.exception
    assert at.text[-1].value == "done"
    # use_column_width does nothing but say so (client.showErrorDetails is "full").
    assert [w.value for w in at.warning] == [
        "`use_column_width` was removed and has no effect. "
        "Use `width='stretch'`, `width='content'`, or an integer pixel value instead."
    ]
