# 50 cached entries of 5 MB each; `?pick=i` then asks for one of them
# (tests/browser/test_caching.py checks that only that one is read back).
import time

import streamlit as st

SIZE = 5 * 1024 * 1024


@st.cache_data(show_spinner=False)
def blob(i):
    st.session_state["computed"] = st.session_state.get("computed", 0) + 1
    return i.to_bytes(4, "little") * (SIZE // 4)


pick = st.query_params.get("pick")
if pick is None:
    for i in range(int(st.query_params.get("n", "50"))):
        blob(i)
    st.markdown("Stored all")
else:
    started = time.perf_counter()
    data = blob(int(pick))
    ms = (time.perf_counter() - started) * 1000
    st.markdown(f"Picked {pick}: {len(data)} bytes, first {int.from_bytes(data[:4], 'little')}")
    st.markdown(f"Computed in this session: {st.session_state.get('computed', 0)}")
    st.caption(f"read in {ms:.0f} ms")
