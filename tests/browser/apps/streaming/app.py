"""A long script: the page shows what it wrote before it finishes."""
import time

# stc: no-prerender (the tests watch the live run stream its output)

import streamlit as st

st.write("first line")
st.button("Again")
start = time.time()
while time.time() - start < 3:
    pass  # busy wait: time.sleep blocks the worker the same way
st.write("second line")
