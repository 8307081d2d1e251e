# The browser tests of st.cache_data (tests/browser/test_caching.py): a slow
# cached function whose body leaves a mark in session state only when it
# really runs (elements it writes would be replayed on hits; this is not).
import time

import numpy as np
import pandas as pd
import streamlit as st


@st.cache_data
def load_data(rows):
    time.sleep(2)
    st.session_state["computed"] = st.session_state.get("computed", 0) + 1
    st.success(f"Built {rows} rows")
    rng = np.random.default_rng(0)
    return pd.DataFrame({"id": np.arange(rows), "value": rng.random(rows).round(4), "label": [f"row {i}" for i in range(rows)]})


df = load_data(100_000)
st.markdown(f"Computed in this session: {st.session_state.get('computed', 0)}")
st.markdown(f"Rows: {len(df)}")
# The whole frame goes through the cache (pickle, IndexedDB); the page shows
# its last rows (the table renderer is not what is tested here).
st.dataframe(df.tail(20))
st.text_input("Note")
st.button("Rerun")
