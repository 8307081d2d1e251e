import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
st.dataframe(df)
st.dataframe(df, hide_index=True, key="frame")
st.table(df)
st.data_editor(df, key="editor")
st.data_editor(df, num_rows="dynamic")
st.write(df)
st.dataframe(df, column_config={"a": st.column_config.NumberColumn("A", format="%d")})
