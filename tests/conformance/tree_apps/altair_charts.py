import altair as alt
import pandas as pd
import streamlit as st

df = pd.DataFrame({"x": [1, 2, 3], "y": [2, 1, 3]})
st.altair_chart(alt.Chart(df).mark_line().encode(x="x", y="y"))
with st.sidebar:
    st.altair_chart(alt.Chart(df).mark_bar().encode(x="x", y="y"), use_container_width=True)
