import pandas as pd
import streamlit as st

df = pd.DataFrame({"x": [1, 2, 3], "y": [3, 1, 2]})
st.line_chart(df)
st.bar_chart(df, x="x", y="y")
st.area_chart(df)
st.scatter_chart(df, x="x", y="y")
st.map(pd.DataFrame({"lat": [37.76, 37.77], "lon": [-122.4, -122.41]}))
st.vega_lite_chart(df, {"mark": "point", "encoding": {"x": {"field": "x"}, "y": {"field": "y"}}})
