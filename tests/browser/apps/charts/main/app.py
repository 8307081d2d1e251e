# Charts and media in the page (tests/browser/test_charts_media.py): each
# element's count of marks is known, so the test can count them in the SVG.
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import streamlit as st

st.line_chart(pd.DataFrame({"A": [1, 3, 2, 4], "B": [2, 2, 3, 1], "C": [0, 1, 0, 1]}))
st.bar_chart(pd.DataFrame({"fruit": ["apple", "pear", "fig", "kiwi", "plum"], "n": [3, 1, 4, 1, 5]}), x="fruit", y="n")
st.map(pd.DataFrame({"lat": [48.85, 52.52, 40.42], "lon": [2.35, 13.40, -3.70]}), size=20000)
st.image(np.tile(np.linspace(0, 1, 64), (32, 1)), caption="A gradient")

fig, ax = plt.subplots(figsize=(3, 2))
ax.plot([1, 2, 3], [1, 4, 9])
st.pyplot(fig)
