import streamlit as st

st.button("OK", key="privacy")
st.button("OK", key="terms")
