"""Prerender test app: the build (CPython) and the browser (Pyodide) draw
different things below the title, so the live first run must remove what
only the prerender drew."""

import sys

import streamlit as st

st.title("Prerender check")
if sys.platform == "emscripten":
    st.write("Drawn in the browser")
else:
    st.write("Drawn at build time")
    st.button("Build-time button")
st.write("The end")
