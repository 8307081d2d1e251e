import pandas as pd
import streamlit as st

st.write({"a": 1, "b": [1, 2]})
st.write(["x", "y"])
st.write(pd.DataFrame({"n": [1, 2]}))
st.write("**markdown** text", 3.5)
st.write(ValueError("an error object"))
st.markdown("with help", help="markdown help")
st.code("plain code", language=None)
st.json({"deep": {"er": [1, {"x": 2}]}}, expanded=2)
st.badge("New", color="blue")
st.text("text with help", help="text help")
with st.echo():
    x = 1 + 1
st.write_stream(iter(["streamed ", "words"]))
