# Sizes and names of charts and media in the page
# (tests/browser/test_charts_media.py): each element's width, height and
# alt are known, so the test can measure and find them as a visitor would.
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import streamlit as st

df = pd.DataFrame({"A": [1, 3, 2, 4], "B": [2, 2, 3, 1]})
st.line_chart(df, width=300, height=200, alt="Sales by day")
st.line_chart(df, height="content")
st.bar_chart(df, width="content", alt="Narrow bars")
st.area_chart(df, height="stretch", alt="Stretched alone")
with st.container(height=300):
    st.area_chart(df, height="stretch", alt="Stretched in a box")
st.map(pd.DataFrame({"lat": [48.85, 52.52], "lon": [2.35, 13.40]}), width=400, height=250, alt="Two offices")
st.vega_lite_chart(df, {"mark": "point", "encoding": {"x": {"field": "A", "type": "quantitative"}}},
                   width=350, height=180, alt="Points")

bgr = np.zeros((4, 4, 3), dtype=np.uint8)
bgr[..., 0] = 255  # blue first, as OpenCV orders channels
st.image(bgr, channels="BGR", width=40, link="https://example.com/full.png", alt="A blue square", output_format="PNG")
st.image(np.tile(np.arange(0, 256, 4, dtype=np.uint8), (16, 1)), output_format="JPEG", alt="")
st.image(np.array([[400, -20]]), clamp=True, width=20, alt="Clipped", output_format="PNG")

fig, ax = plt.subplots(figsize=(3, 2))
ax.plot([1, 2, 3], [1, 4, 9])
st.pyplot(fig, width=200, alt="A rising line")

st.audio(b"ID3", format="audio/mpeg", alt="A cat purring", width=300)
st.video(b"\x00\x00\x00\x18ftypmp42", alt="A timelapse")
