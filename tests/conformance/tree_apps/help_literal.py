import streamlit as st

st.help(3)
st.help("text")
