"""Prerender test app: the build and the browser draw different things below
the title, so the live first run must remove what only the prerender drew.
Both run in Pyodide; the build's worker-like global object has no
``location`` (a page has no URL while it is built)."""

import js

import streamlit as st

st.title("Prerender check")
if hasattr(js, "location"):
    st.write("Drawn in the browser")
else:
    st.write("Drawn at build time")
    st.button("Build-time button")
st.write("The end")
