import streamlit as st

st.text("before")
raise RuntimeError("this app fails")
