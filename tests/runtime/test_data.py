"""st.dataframe and st.table payloads: columnar, JSON-safe, and showing
values as the app holds them (seed: "Working with timezones")."""

from __future__ import annotations

import datetime as dt
import json
import math
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import pytest

from stc_runtime import protocol
from stc_runtime.elements.data import table_payload


def test_dataframe_payload_is_columnar(app):
    a = app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({
            "first column": [1, 2, 3, 4],
            "second column": [10.5, 20.0, 30.25, 40.0],
            "flag": [True, False, True, False],
            "name": ["a", "b", "c", "d"],
        })
        st.dataframe(df, hide_index=True, height=200)
    """).run()
    (d,) = a.elements("dataframe")
    assert d["column_names"] == ["first column", "second column", "flag", "name"]
    assert d["column_kinds"] == ["int", "float", "bool", "object"]
    assert d["columns"] == [[1, 2, 3, 4], [10.5, 20.0, 30.25, 40.0], [True, False, True, False], ["a", "b", "c", "d"]]
    assert d["index"] == [0, 1, 2, 3] and d["index_kind"] == "int" and d["index_name"] is None
    assert d["hide_index"] is True and d["height"] == 200 and d["num_rows"] == 4


def test_missing_values_become_null():
    df = pd.DataFrame({
        "f": [1.0, np.nan, math.inf],
        "o": ["x", None, np.nan],
        "i": pd.array([1, None, 3], dtype="Int64"),
        "t": pd.to_datetime(["2020-01-01", None, "2020-01-03"]),
    })
    p = table_payload(df)
    assert p["columns"] == [
        [1.0, None, None],
        ["x", None, None],
        [1, None, 3],
        ["2020-01-01 00:00:00", None, "2020-01-03 00:00:00"],
    ]
    assert p["column_kinds"] == ["float", "object", "int", "datetime"]
    json.dumps(p, allow_nan=False)


def test_numpy_scalars_become_python_values():
    df = pd.DataFrame({"i": np.array([1, 2], dtype=np.int8), "f": np.array([0.5, 1.5], dtype=np.float32)})
    p = table_payload(df)
    assert p["columns"] == [[1, 2], [0.5, 1.5]]
    assert all(type(v) is int for v in p["columns"][0])
    assert all(type(v) is float for v in p["columns"][1])


def test_timezone_aware_datetimes_keep_their_own_zone():
    naive = pd.DataFrame({"when": [dt.datetime(2020, 1, 10, 10, 30)]})
    est = pd.DataFrame({"when": [dt.datetime(2020, 1, 10, 10, 30, tzinfo=ZoneInfo("America/New_York"))]})
    tokyo = pd.DataFrame({"when": pd.to_datetime(["2020-01-10 10:30"]).tz_localize("Asia/Tokyo")})
    assert table_payload(naive)["columns"] == [["2020-01-10 10:30:00"]]
    assert table_payload(est)["columns"] == [["2020-01-10 10:30:00-05:00"]]
    assert table_payload(tokyo)["columns"] == [["2020-01-10 10:30:00+09:00"]]
    assert table_payload(tokyo)["column_kinds"] == ["datetime"]


def test_python_datetimes_in_object_columns_keep_their_zone():
    df = pd.DataFrame({"when": [dt.datetime(2020, 1, 10, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))), "x"]})
    assert table_payload(df)["columns"] == [["2020-01-10 10:30:00-05:00", "x"]]


def test_index_is_sent_with_its_name_and_kind():
    df = pd.DataFrame({"v": [1, 2]}, index=pd.Index(["r1", "r2"], name="row"))
    p = table_payload(df)
    assert (p["index"], p["index_kind"], p["index_name"]) == (["r1", "r2"], "object", "row")
    dated = pd.DataFrame({"v": [1]}, index=pd.DatetimeIndex(["2021-05-01"], tz="UTC"))
    assert table_payload(dated)["index"] == ["2021-05-01 00:00:00+00:00"]
    assert table_payload(dated)["index_kind"] == "datetime"


@pytest.mark.parametrize(
    ("data", "names", "columns"),
    [
        ({"a": [1, 2], "b": ["x", "y"]}, ["a", "b"], [[1, 2], ["x", "y"]]),
        ([[1, 2], [3, 4]], ["0", "1"], [[1, 3], [2, 4]]),
        (pd.Series([5, 6], name="s"), ["s"], [[5, 6]]),
        (np.array([[1.5], [2.5]]), ["0"], [[1.5, 2.5]]),
        (None, [], []),
    ],
)
def test_table_accepts_dataframe_like_data(data, names, columns):
    p = table_payload(data)
    assert p["column_names"] == names
    assert p["columns"] == columns


def test_styler_shows_its_data():
    pytest.importorskip("jinja2")
    styled = pd.DataFrame({"a": [1]}).style.highlight_max()
    assert table_payload(styled)["columns"] == [[1]]


def test_unconvertible_data_is_an_api_error(app):
    a = app("""
        import streamlit as st
        st.dataframe(42)
    """).run()
    assert a.status == "error"
    assert a.exceptions()[0]["type"] == "StreamlitAPIException"


def test_table_element_and_column_order(app):
    a = app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1], "b": [2], "c": [3]})
        st.table(df)
        st.dataframe(df, column_order=["c", "a"])
    """).run()
    assert a.kinds() == ["table", "dataframe"]
    t, d = a.elements()
    assert t["column_names"] == ["a", "b", "c"]
    assert d["column_names"] == ["c", "a"] and d["columns"] == [[3], [1]] and d["column_kinds"] == ["int", "int"]


def test_dataframe_delta_encodes_to_json(app):
    a = app("""
        import numpy as np
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"x": [np.nan, 1.0], "when": pd.to_datetime(["2020-01-01", None])}))
    """).run()
    delta = next(d for d in a.last.deltas if d.element["kind"] == "dataframe")
    back = json.loads(protocol.encode(delta))
    assert back["element"]["columns"] == [[None, 1.0], ["2020-01-01 00:00:00", None]]
