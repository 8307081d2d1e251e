"""st.dataframe, st.data_editor and add_rows, driven by tests/browser/test_data.py and test_data_editor.py."""

import json
import time

import numpy as np
import pandas as pd
import streamlit as st

page = st.query_params.get("page", "grid")

if page == "grid":
    cities = pd.DataFrame({
        "city": ["Oslo", "Cairo", "Lima", "Tokyo", "Bern"],
        "population": [0.7, 9.5, 10.0, 37.4, 0.13],
        "founded": [1040, 969, 1535, 1603, 1191],
        "when": pd.to_datetime(["2020-01-10 10:30"] * 5).tz_localize("Asia/Tokyo"),
    })
    st.dataframe(cities, hide_index=True, column_config={"population": st.column_config.NumberColumn("Population (M)", format="%.1f")})
elif page == "editor":
    df = pd.DataFrame([
        {"command": "st.selectbox", "rating": 4, "is_widget": True},
        {"command": "st.balloons", "rating": 5, "is_widget": False},
        {"command": "st.time_input", "rating": 3, "is_widget": True},
    ])
    edited = st.data_editor(
        df, key="my_key", num_rows="dynamic",
        column_config={"rating": st.column_config.NumberColumn(min_value=0, max_value=10)},
    )
    st.write("Here's the value in Session State:")
    st.write(st.session_state["my_key"])
    state = st.session_state["my_key"]
    st.text("state: " + json.dumps(state, sort_keys=True))
    st.text(f"edited row keys: {list(state['edited_rows'])}")
    st.write(f"Rows returned: {len(edited)}; total rating: {int(edited['rating'].sum())}")
elif page == "big":
    n = 1_000_000
    rng = np.random.default_rng(0)
    big = pd.DataFrame({"a": np.arange(n), "b": rng.random(n), "c": rng.random(n) * 100, "d": np.arange(n, dtype=np.int32) % 7})
    st.dataframe(big)
    st.write("big frame sent")
elif page == "animate":
    df = pd.DataFrame(np.arange(15 * 3).reshape(15, 3), columns=["A", "B", "C"])
    # the index shown, so that the test sees add_rows continue its range
    table = st.table(df, hide_index=False)
    for tick in range(10):
        time.sleep(0.3)
        table.add_rows(pd.DataFrame([[tick, tick, tick]], columns=["A", "B", "C"]))
    st.write("animation done")
