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
elif page == "big_eager":
    # eager above 150,000 rows: no sorting, as in Streamlit
    st.dataframe(pd.DataFrame({"a": np.arange(150_001)}), lazy=False)
    st.write("eager frame sent")
elif page == "lazy":
    n = 5_000
    st.dataframe(pd.DataFrame({"n": np.arange(n), "s": [f"row {i}" for i in range(n)]}), lazy=True, hide_index=True)
elif page == "config":
    # column config options drawn in the cells: alignment, placeholder,
    # chart and progress colours, format_func labels; alt; heights
    cfg = pd.DataFrame({
        "name": ["a", None, "c"],
        "score": [1.5, None, 3.0],
        "up": [[1, 2, 3], [3, 2, 1], [1, 1, 1]],
        "bars": [[1, 2], [2, 1], [0, 5]],
        "done": [45, 80, 10],
        "frac": [0.4567, 0.9, 0.1],
        "pick": ["st.a", "st.b", None],
    })
    st.dataframe(cfg, hide_index=True, placeholder="—", alt="Configured grid", row_height=40, column_config={
        "name": st.column_config.TextColumn(alignment="right"),
        "score": st.column_config.NumberColumn(alignment="center", step=0.01),
        "up": st.column_config.LineChartColumn(color="auto"),
        "bars": st.column_config.BarChartColumn(color="#0000ff"),
        "done": st.column_config.ProgressColumn(color="auto-inverse"),
        "frac": st.column_config.ProgressColumn(step=0.001, color="violet"),
        "pick": st.column_config.SelectboxColumn(options=["st.a", "st.b"], format_func=lambda o: o.upper()),
    })
    st.dataframe(cfg[["name"]], hide_index=True)  # the default placeholder
    rows = pd.DataFrame({"n": range(15)})
    st.dataframe(rows, height="content")
    st.dataframe(rows)  # "auto": ten rows
    st.dataframe(rows, height=150, width=200)
    with st.container(height=400):
        st.dataframe(rows, height="stretch")
    st.write("config done")
elif page == "editor_more":
    tags = pd.DataFrame({"tags": [["a"], ["b", "c"]], "pick": ["st.a", "st.b"]})
    out = st.data_editor(tags, key="tags", on_change="ignore", num_rows="add", column_config={
        "tags": st.column_config.ListColumn(default=["new"]),
        "pick": st.column_config.SelectboxColumn(options=["st.a", "st.b"], format_func=lambda o: o.upper()),
    })
    st.button("Apply")
    st.text("tags: " + json.dumps(out["tags"].tolist()) + " picks: " + json.dumps(out["pick"].tolist()))
    st.text(f"runs: {st.session_state.setdefault('runs', 0) + 1}")
    st.session_state["runs"] += 1
elif page == "animate":
    df = pd.DataFrame(np.arange(15 * 3).reshape(15, 3), columns=["A", "B", "C"])
    # the index shown, so that the test sees add_rows continue its range
    table = st.table(df, hide_index=False)
    for tick in range(10):
        time.sleep(0.3)
        table.add_rows(pd.DataFrame([[tick, tick, tick]], columns=["A", "B", "C"]))
    st.write("animation done")
