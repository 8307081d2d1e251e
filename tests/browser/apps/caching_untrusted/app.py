# The browser tests of untrusted st.cache_data entries
# (tests/browser/test_caching_untrusted.py): a few cached values whose
# stored entries the test replaces with crafted ones. The page says how many
# were computed in this session, whether anything a payload would change
# changed, and whether the values read back equal freshly made ones.
import datetime

import marks
import numpy as np
import pandas as pd
import streamlit as st


def make(i):
    frame = pd.DataFrame(
        {
            "int8": np.array([1, -2, 3], dtype=np.int8),
            "float": [0.5, np.nan, -0.0],
            "text": ["a", None, "c"],
            "when": pd.date_range("2024-03-30", periods=3, freq="D", tz="Europe/Berlin"),
            "category": pd.Categorical(["lo", "hi", "lo"], categories=["lo", "hi"], ordered=True),
            "Int64": pd.array([1, None, 3], dtype="Int64"),
            "dates": pd.Series([datetime.date(2024, 1, d) for d in (1, 2, 3)], dtype=object),
        },
        index=pd.MultiIndex.from_tuples([("x", 1), ("x", 2), ("y", 1)], names=["k", "n"]),
    )
    return {"i": i, "frame": frame, "array": np.arange(6, dtype=">i2").reshape(2, 3, order="F"),
            "json": {"tuple": (1, "two"), "nested": [1.5, None, {"deep": [True]}], "bytes": b"\x00\xff"}}


def same(a, b):
    try:
        pd.testing.assert_frame_equal(a["frame"], b["frame"], check_exact=True, check_index_type=True)
    except AssertionError:
        return False
    arrays = a["array"].dtype == b["array"].dtype and a["array"].tobytes(order="A") == b["array"].tobytes(order="A")
    return arrays and a["json"] == b["json"] and type(a["json"]["tuple"]) is tuple and a["i"] == b["i"]


@st.cache_data(show_spinner=False)
def load(i):
    st.session_state["computed"] = st.session_state.get("computed", 0) + 1
    st.success(f"Loaded {i} inside the cached function")
    return make(i)


N = 6
values = [load(i) for i in range(N)]
st.markdown(f"Computed in this session: {st.session_state.get('computed', 0)}")
st.markdown(f"Marks: {marks.log}")
st.markdown(f"Round trip exact: {all(same(v, make(i)) for i, v in enumerate(values))}")
