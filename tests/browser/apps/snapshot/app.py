# stc: no-prerender (the draw is different on every visit)
# The browser tests of the build's memory snapshot (tests/browser/test_snapshot.py).
import random

import streamlit as st

st.write(f"Draw: {random.random():.12f}")
st.button("Draw again")
