import pandas as pd
import streamlit as st

st.dataframe({"a": [1, 2]})
st.dataframe(pd.DataFrame({"a": [1, 2]}), key="frame", on_select="rerun")
