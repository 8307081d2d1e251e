"""A Vega-Lite chart whose marks link to a `javascript:` URL (an `href`
channel): clicking a bar must not run it (tests/browser/test_url_policy.py)."""

import pandas as pd
import streamlit as st

rows = pd.DataFrame({"name": ["a", "b"], "value": [3, 5],
                     "link": ["javascript:window.__stcPwned=1", "data:text/html,<script>parent.__stcPwned=1</script>"]})
st.vega_lite_chart(rows, {
    "mark": {"type": "bar"},
    "encoding": {"x": {"field": "name", "type": "nominal"}, "y": {"field": "value", "type": "quantitative"},
                 "href": {"field": "link", "type": "nominal"}},
}, key="linked")
st.write("chart written")
