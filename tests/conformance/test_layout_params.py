"""st.container and st.columns check width, height, gap and alignment as
1.67 does: the same class and message for each bad value, and 1.67's gap
sizes and pixel gaps accepted (runs against real 1.67 too)."""

from __future__ import annotations

import pytest

from apptest_impl import AppTest, REAL, version_tuple

pytestmark = pytest.mark.skipif(REAL and version_tuple() < (1, 67), reason="1.67's layout parameters")

APP = """
import streamlit as st
cases = [
    lambda: st.columns(2, gap="huge"), lambda: st.container(gap="huge"), lambda: st.columns(2, gap=-1),
    lambda: st.columns(2, gap=12), lambda: st.container(gap=0), lambda: st.columns(2, gap="LARGE"),
    lambda: st.container(width="content", height="stretch"),
    lambda: st.container(height=0), lambda: st.container(height="x"), lambda: st.container(width="x"),
    lambda: st.container(width=0), lambda: st.container(horizontal_alignment="x"),
    lambda: st.container(vertical_alignment="x"), lambda: st.columns(2, vertical_alignment="x"),
    lambda: st.columns(2, width="content"), lambda: st.columns(2, width="x"), lambda: st.columns(2, width=300),
    lambda: st.columns(0), lambda: st.columns([1, -1]),
]
for case in cases:
    try:
        case()
        st.write("ok")
    except Exception as e:
        st.write(type(e).__name__ + ": " + str(e))
"""

EXPECTED = [
    "StreamlitValueError: Invalid `gap` value. Supported values: 'xxsmall', 'xsmall', 'small', 'medium', 'large', 'xlarge', 'xxlarge', None, a non-negative integer (pixels). Got 'huge'.",
    "StreamlitValueError: Invalid `gap` value. Supported values: 'xxsmall', 'xsmall', 'small', 'medium', 'large', 'xlarge', 'xxlarge', None, a non-negative integer (pixels). Got 'huge'.",
    "StreamlitValueError: Invalid `gap` value. Supported values: 'xxsmall', 'xsmall', 'small', 'medium', 'large', 'xlarge', 'xxlarge', None, a non-negative integer (pixels). Got -1.",
    'ok',
    'ok',
    'ok',
    'ok',
    "StreamlitInvalidHeightError: Invalid height value: 0. Height must be either a positive integer (pixels), 'stretch', or 'content'.",
    "StreamlitInvalidHeightError: Invalid height value: 'x'. Height must be either a positive integer (pixels), 'stretch', or 'content'.",
    "StreamlitInvalidWidthError: Invalid width value: 'x'. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
    "StreamlitInvalidWidthError: Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
    "StreamlitValueError: Invalid `horizontal_alignment` value. Supported values: 'left', 'center', 'right', 'distribute'. Got 'x'.",
    "StreamlitValueError: Invalid `vertical_alignment` value. Supported values: 'top', 'center', 'bottom', 'distribute'. Got 'x'.",
    "StreamlitValueError: Invalid `vertical_alignment` value. Supported values: 'top', 'center', 'bottom'. Got 'x'.",
    "StreamlitInvalidWidthError: Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.",
    "StreamlitInvalidWidthError: Invalid width value: 'x'. Width must be either a positive integer (pixels) or 'stretch'.",
    'ok',
    'StreamlitInvalidColumnSpecError: The `spec` argument to `st.columns` must be either a positive integer (number of columns) or a list of positive numbers (width ratios of the columns). See [documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) for more information.',
    'StreamlitInvalidColumnSpecError: The `spec` argument to `st.columns` must be either a positive integer (number of columns) or a list of positive numbers (width ratios of the columns). See [documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) for more information.',
]


def test_container_and_columns_check_their_layout_as_1_67():
    at = AppTest.from_string(APP).run()
    assert [m.value for m in at.markdown] == EXPECTED
