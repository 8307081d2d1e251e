"""st.dataframe and st.table: columnar payloads with binary attachments,
values shown as the app holds them (Streamlit's docs, "Working with
timezones"), column configuration, and add_rows ("Animate and update
elements")."""

from __future__ import annotations

import datetime as dt
import json
import math
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import pytest

from stc_runtime import protocol
from stc_runtime.elements.data import decode_table, table_payload
from stc_runtime.testing.v1 import AppTest


def values(data, **kw) -> list[list]:
    """Each column's values as the page gets them (typed arrays -> lists)."""
    payload, buffers = table_payload(data, **kw)
    out = []
    for col in payload["columns"]:
        ref = col["data"]
        if "json" in ref:
            out.append(json.loads(bytes(buffers[ref["json"]])))
        else:
            arr = np.frombuffer(bytes(buffers[ref["buffer"]]), dtype=ref["type"])
            out.append([None if isinstance(v, float) and math.isnan(v) else v for v in arr.tolist()])
    return out


def shown(a, kind="dataframe"):
    delta = [d for d in a.last.deltas if d.element["kind"] == kind][-1]
    return delta


def test_numbers_travel_as_typed_buffers_strings_as_json(app):
    a = app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({
            "first column": [1, 2, 3, 4],
            "second column": [10.5, 20.0, 30.25, 40.0],
            "flag": [True, False, True, False],
            "name": ["a", "b", "c", "d"],
            "small": pd.array([1, 2, 3, 4], dtype="int16"),
        })
        st.dataframe(df, hide_index=True, height=200)
    """).run()
    delta = shown(a)
    el = delta.element
    assert [c["name"] for c in el["columns"]] == ["first column", "second column", "flag", "name", "small"]
    assert [c["kind"] for c in el["columns"]] == ["int", "float", "bool", "string", "int"]
    # int64 -> float64 (exact below 2**53), float64 and int16 as they are, bool as u1
    assert [c["data"].get("type") for c in el["columns"]] == ["f8", "f8", "u1", None, "i2"]
    assert "json" in el["columns"][3]["data"]
    assert all(isinstance(b, memoryview) for b in delta.buffers)
    assert bytes(delta.buffers[el["columns"][1]["data"]["buffer"]]) == np.array([10.5, 20.0, 30.25, 40.0]).tobytes()
    assert el["index"]["range"] == [0, 1] and el["num_rows"] == 4
    assert el["hide_index"] is True and el["height"] == 200
    # The JSON text leaves the buffers out; the cells never appear in it.
    text = protocol.encode(delta)
    assert "buffers" not in json.loads(text) and "30.25" not in text
    assert protocol.binary_attachments(delta) == delta.buffers
    pd.testing.assert_frame_equal(decode_table(el, delta.buffers)[["first column", "name"]],
                                  pd.DataFrame({"first column": [1, 2, 3, 4], "name": list("abcd")}))


def test_missing_values_become_null():
    df = pd.DataFrame({
        "f": [1.0, np.nan, math.inf],
        "o": ["x", None, np.nan],
        "i": pd.array([1, None, 3], dtype="Int64"),
        "t": pd.to_datetime(["2020-01-01", None, "2020-01-03"]),
        "b": pd.array([True, None, False], dtype="boolean"),
    })
    assert values(df) == [
        [1.0, None, math.inf],
        ["x", None, None],
        [1.0, None, 3.0],
        ["2020-01-01 00:00:00", None, "2020-01-03 00:00:00"],
        [1, 2, 0],  # 2: missing
    ]
    payload, buffers = table_payload(df)
    assert [c["kind"] for c in payload["columns"]] == ["float", "string", "int", "datetime", "bool"]
    back = decode_table(payload, buffers)
    assert back["i"].dtype == "Int64" and back["i"].isna().tolist() == [False, True, False]
    assert back["b"].dtype == "boolean" and back["b"].isna().tolist() == [False, True, False]


def test_big_integers_keep_their_digits():
    df = pd.DataFrame({"id": [2**60, 1]})
    assert values(df) == [[2**60, 1]]
    payload, buffers = table_payload(df)
    assert decode_table(payload, buffers)["id"].tolist() == [2**60, 1]


def test_timezone_aware_datetimes_keep_their_own_zone():
    naive = pd.DataFrame({"when": [dt.datetime(2020, 1, 10, 10, 30)]})
    est = pd.DataFrame({"when": [dt.datetime(2020, 1, 10, 10, 30, tzinfo=ZoneInfo("America/New_York"))]})
    tokyo = pd.DataFrame({"when": pd.to_datetime(["2020-01-10 10:30"]).tz_localize("Asia/Tokyo")})
    assert values(naive) == [["2020-01-10 10:30:00"]]
    assert values(est) == [["2020-01-10 10:30:00-05:00"]]
    assert values(tokyo) == [["2020-01-10 10:30:00+09:00"]]
    payload, buffers = table_payload(tokyo)
    assert payload["columns"][0]["kind"] == "datetime"
    pd.testing.assert_frame_equal(decode_table(payload, buffers), tokyo)


def test_python_objects_in_object_columns():
    df = pd.DataFrame({
        "when": [dt.datetime(2020, 1, 10, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))), "x"],
        "day": [dt.date(2020, 1, 2), None],
        "at": [dt.time(9, 5), dt.time(23, 0)],
        "tags": [["a", "b"], []],
        "spark": [np.array([1, 2, 3]), [4, 5]],
    })
    assert values(df) == [
        ["2020-01-10 10:30:00-05:00", "x"],
        ["2020-01-02", None],
        ["09:05:00", "23:00:00"],
        [["a", "b"], []],
        [[1, 2, 3], [4, 5]],
    ]
    payload, _ = table_payload(df)
    assert [c["kind"] for c in payload["columns"]] == ["object", "date", "time", "list", "list"]


def test_index_is_sent_with_its_name_and_kind():
    df = pd.DataFrame({"v": [1, 2]}, index=pd.Index(["r1", "r2"], name="row"))
    payload, buffers = table_payload(df)
    assert payload["index"]["name"] == "row" and payload["index"]["kind"] == "string"
    assert json.loads(bytes(buffers[payload["index"]["data"]["json"]])) == ["r1", "r2"]
    dated = pd.DataFrame({"v": [1]}, index=pd.DatetimeIndex(["2021-05-01"], tz="UTC"))
    payload, buffers = table_payload(dated)
    assert json.loads(bytes(buffers[payload["index"]["data"]["json"]])) == ["2021-05-01 00:00:00+00:00"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"a": [1, 2], "b": ["x", "y"]}, pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})),
        ([[1, 2], [3, 4]], pd.DataFrame([[1, 2], [3, 4]])),
        (pd.Series([5, 6], name="s"), pd.DataFrame({"s": [5, 6]})),
        (np.array([[1.5], [2.5]]), pd.DataFrame([[1.5], [2.5]])),
        ([{"name": "st.text_area", "type": "widget"}], pd.DataFrame([{"name": "st.text_area", "type": "widget"}])),
        ({"st.text_area": "widget"}, pd.DataFrame({"value": {"st.text_area": "widget"}})),
        (["red", "green"], pd.DataFrame({"value": ["red", "green"]})),  # one column of values: "value", as 1.67
        (None, pd.DataFrame()),
    ],
)
def test_dataframe_accepts_dataframe_like_data(data, expected):
    payload, buffers = table_payload(data)
    got = decode_table(payload, buffers)
    assert got.equals(expected), (got, expected)
    assert list(got.columns) == list(expected.columns)


def test_styler_shows_its_data():
    pytest.importorskip("jinja2")
    styled = pd.DataFrame({"a": [1]}).style.highlight_max()
    assert values(styled) == [[1.0]]


def test_unconvertible_data_is_an_api_error(app):
    a = app("""
        import streamlit as st
        st.dataframe(42)
    """).run()
    assert a.status == "error"
    assert a.exceptions()[0]["type"] == "StreamlitAPIException"


def test_table_column_order_and_layout(app):
    a = app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1], "b": [2], "c": [3]})
        st.table(df)
        st.dataframe(df, column_order=["c", "a"], width=300, use_container_width=False)
        st.dataframe(df, column_order="b", height="auto")
    """).run()
    assert a.kinds() == ["table", "dataframe", "dataframe"]
    t, d, e = a.elements()
    assert [c["name"] for c in t["columns"]] == ["a", "b", "c"]
    assert d["column_order"] == ["c", "a"] and d["width"] == 300 and "use_container_width" not in d
    assert e["column_order"] == ["b"] and e["height"] == "auto"


def test_table_layout_parameters_as_1_67(app):
    a = app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2]})
        st.table(df)
        st.table(df.set_index(pd.Index(["x", "y"])), border="horizontal", width="content", height=120, alt=" Scores ")
        st.table([[1, 2], [3, 4]], border=False, hide_index=False)
        st.table({"k": 1}, hide_header=False, width=300)
    """).run()
    plain, named, rows, mapping = a.elements("table")
    # A default 0, 1, … index is hidden unless asked for; named rows are shown.
    assert (plain["hide_index"], named["hide_index"], rows["hide_index"]) == (True, False, False)
    # Data without column names of its own gets no header row.
    assert (plain["hide_header"], rows["hide_header"], mapping["hide_header"]) == (False, True, False)
    assert [t["border"] for t in (plain, named, rows)] == ["all", "horizontal", "none"]
    assert [(t["width"], t["height"]) for t in (plain, named, mapping)] == [("stretch", "content"), ("content", 120), (300, "content")]
    assert (plain["alt"], named["alt"]) == (None, "Scores")


@pytest.mark.parametrize("call, error", [
    ('st.table([1], border="all")', "StreamlitValueError"),
    ('st.table([1], width=0)', "StreamlitInvalidWidthError"),
    ('st.table([1], height="tall")', "StreamlitInvalidHeightError"),
])
def test_table_refuses_what_1_67_refuses(app, call, error):
    a = app(f"""
        import streamlit as st
        {call}
    """).run()
    assert a.exceptions()[0]["type"] == error


def test_column_config_payloads(app):
    a = app("""
        import datetime as dt
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"price": [1.5], "url": ["https://x.org/a"], "sales": [[1, 2, 3]], "done": [0.3], "day": [dt.date(2024, 1, 1)]})
        st.dataframe(df, hide_index=True, column_config={
            "price": st.column_config.NumberColumn("Price", format="$%.2f", min_value=0, help="in USD"),
            "url": st.column_config.LinkColumn("Site", display_text=r"https://(.*?)/", width="medium"),
            "sales": st.column_config.LineChartColumn("Sales", y_min=0, y_max=5),
            "done": st.column_config.ProgressColumn("Done", min_value=0, max_value=1, format="%.0f"),
            "day": st.column_config.DateColumn("Day", format="MMM D, YYYY", min_value=dt.date(2020, 1, 1)),
            "_index": None,
            2: "Sales!",
        })
    """).run()
    (el,) = a.elements("dataframe")
    cfg = el["column_config"]
    assert cfg["price"]["label"] == "Price" and cfg["price"]["help"] == "in USD"
    assert cfg["price"]["type_config"] == {"type": "number", "format": "$%.2f", "min_value": 0, "max_value": None, "step": None, "integer": True}
    assert cfg["url"]["type_config"]["display_text"] == r"https://(.*?)/" and cfg["url"]["width"] == "medium"
    assert cfg["done"]["type_config"]["type"] == "progress"
    assert cfg["day"]["type_config"]["min_value"] == "2020-01-01"
    assert cfg["_index"]["hidden"] is True
    assert cfg["sales"]["label"] == "Sales!"  # a position, then a plain label


def test_column_widths_and_alignments_are_not_checked_by_the_constructors():
    # As 1.67: the page ignores what it does not know (the column keeps its
    # own width, its type's alignment); only chart colours are refused.
    import streamlit as st

    assert st.column_config.TextColumn(width="huge")["width"] == "huge"
    assert st.column_config.Column(alignment="diagonal")["alignment"] == "diagonal"


def test_apptest_reads_values_as_dataframes():
    at = AppTest.from_string("""
        import numpy as np
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"x": [1, 2], "y": ["a", "b"]}, index=["p", "q"]))
        st.table(np.array([[1.5, 2.5]]))
    """).run()
    assert at.dataframe[0].value.equals(pd.DataFrame({"x": [1, 2], "y": ["a", "b"]}, index=["p", "q"]))
    assert at.table[0].value.equals(pd.DataFrame([[1.5, 2.5]]))


def test_add_rows_streams_each_append_to_the_same_place(app):
    a = app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"A": [1.0, 2.0], "B": [3.0, 4.0]})
        t = st.table(df)
        d = st.dataframe(df)
        for i in range(3):
            t.add_rows(pd.DataFrame({"A": [10.0 + i], "B": [20.0 + i]}))
        d.add_rows(pd.DataFrame({"A": [5.0], "B": [6.0]})).add_rows(pd.DataFrame({"A": [7.0], "B": [8.0]}))
        st.write("after")
    """).run()
    tables = [d for d in a.last.deltas if d.element["kind"] == "table"]
    assert [d.element["num_rows"] for d in tables] == [2, 3, 4, 5]
    assert len({tuple(d.path) for d in tables}) == 1
    final = decode_table(tables[-1].element, tables[-1].buffers)
    assert final["A"].tolist() == [1.0, 2.0, 10.0, 11.0, 12.0]
    assert final.index.tolist() == [0, 1, 2, 3, 4]  # a default index keeps counting
    frames = [d for d in a.last.deltas if d.element["kind"] == "dataframe"]
    assert [d.element["num_rows"] for d in frames] == [2, 3, 4]
    assert a.kinds() == ["table", "dataframe", "markdown"]


def test_add_rows_needs_matching_columns_and_a_table(app):
    a = app("""
        import pandas as pd
        import streamlit as st
        t = st.table(pd.DataFrame({"A": [1]}))
        t.add_rows(pd.DataFrame({"Z": [1]}))
    """).run()
    assert "columns" in a.exceptions()[0]["message"]
    b = app("""
        import streamlit as st
        st.container().add_rows({"a": [1]})
    """).run()
    assert b.exceptions()[0]["type"] == "StreamlitAPIException"


def test_apptest_sees_rows_added_by_add_rows():
    at = AppTest.from_string("""
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"A": [1]})).add_rows(pd.DataFrame({"A": [2]}))
    """).run()
    assert at.dataframe[0].value["A"].tolist() == [1, 2]


def test_digest_changes_with_the_data():
    p1, _ = table_payload(pd.DataFrame({"a": [1.0, 2.0]}))
    p2, _ = table_payload(pd.DataFrame({"a": [1.0, 3.0]}))
    p3, _ = table_payload(pd.DataFrame({"a": [1.0, 2.0]}))
    assert p1["digest"] != p2["digest"] and p1["digest"] == p3["digest"]


# --- typed payloads -------------------------------------------------------------


def test_table_payloads_read_back_as_their_classes(app):
    from stc_runtime.payloads import from_wire
    from stc_runtime.payloads.data import DataframeElement, TableColumn, TableElement

    d = app("""
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"a": [1, 2], 3: ["x", "y"]}), column_order=["a"], row_height=40)
        st.table(pd.DataFrame({"v": [1.5]}, index=pd.Index(["r"], name="row")))
    """).run()
    grid = from_wire(d.elements("dataframe")[0])
    assert isinstance(grid, DataframeElement) and grid.num_rows == 2 and grid.column_order == ["a"]
    assert grid.columns[0] == TableColumn(kind="int", dtype="int64", data={"buffer": 0, "type": "f8"}, name="a", label="a")
    # A numeric header stays a number (AppTest rebuilds the DataFrame with it).
    assert grid.columns[1].name == "3" and grid.columns[1].label == 3
    assert grid.index == {"kind": "int", "dtype": "range", "range": [0, 1], "name": None}
    assert grid.row_height == 40 and grid.column_config == {}
    table = from_wire(d.elements("table")[0])
    assert isinstance(table, TableElement) and not isinstance(table, DataframeElement)
    assert table.index["name"] == "row" and table.index["kind"] == "string" and "range" not in table.index


def test_apptest_reads_table_payload_fields():
    from stc_runtime.payloads.data import DataframeElement, TableElement

    at = AppTest.from_string("""
        import streamlit as st
        st.dataframe({"n": [1, 2, 3]}, hide_index=True)
        st.table([[1, 2]])
    """).run()
    payload = at.dataframe[0].payload
    assert isinstance(payload, DataframeElement) and payload.hide_index is True
    assert [c.name for c in payload.columns] == ["n"] and at.dataframe[0].value["n"].tolist() == [1, 2, 3]
    assert isinstance(at.table[0].payload, TableElement) and at.table[0].value.shape == (1, 2)


def test_a_table_column_of_the_wrong_shape_is_refused():
    from stc_runtime import payloads

    wire, _ = table_payload(pd.DataFrame({"a": [1]}))
    bad = {**wire, "columns": [{**wire["columns"][0], "style": "color: red"}]}
    with pytest.raises(payloads.PayloadError, match="TableColumn"):
        payloads.from_wire(bad)
    with pytest.raises(payloads.PayloadError, match="num_rows"):
        payloads.from_wire({**wire, "num_rows": "1"})


@pytest.mark.parametrize("name", ["dataframe", "table", "add_rows"])
def test_data_elements_document_their_parameters(name):
    import inspect

    import streamlit as st

    fn = getattr(st, name)
    doc = inspect.getdoc(fn) or ""
    assert "Parameters:" in doc
    params = [p.name for p in inspect.signature(fn).parameters.values()
              if p.name not in ("self", "dg") and p.kind is not p.VAR_KEYWORD]
    assert all(f"{p}:" in doc for p in params), [p for p in params if f"{p}:" not in doc]


def test_grid_sizes_placeholder_and_alt_as_1_67(app):
    a = app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1.0, None]})
        st.dataframe(df)
        st.dataframe(df, "content", "content", placeholder="-", alt="  Scores  ")
        st.dataframe(df, width=250, height="stretch", placeholder="", alt=" ")
        st.dataframe(df, width=250, use_container_width=True)
        st.dataframe(df, use_container_width=False)
        st.dataframe(df, width=250, use_container_width=False)
        st.data_editor(df, height=300, width="content", placeholder="n/a", alt="Edit me")
    """).run()
    grids = a.elements("dataframe")
    assert [(g["width"], g["height"]) for g in grids] == [
        ("stretch", "auto"), ("content", "content"), (250, "stretch"), ("stretch", "auto"), ("content", "auto"), (250, "auto")]
    assert [g["placeholder"] for g in grids[:3]] == [None, "-", ""]
    assert [g["alt"] for g in grids[:3]] == [None, "Scores", None]
    (editor,) = a.elements("data_editor")
    assert (editor["width"], editor["height"], editor["placeholder"], editor["alt"]) == ("content", 300, "n/a", "Edit me")


@pytest.mark.parametrize("call, error, message", [
    ('st.dataframe([1], height="tall")', "StreamlitInvalidHeightError",
     "Invalid height value: 'tall'. Height must be either a positive integer (pixels), 'stretch', or 'content'."),
    ('st.dataframe([1], width=0)', "StreamlitInvalidWidthError",
     "Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'."),
    ('st.data_editor([1], height="tall")', "StreamlitInvalidHeightError",
     "Invalid height value: 'tall'. Height must be either a positive integer (pixels), 'stretch', or 'content'."),
    ('st.data_editor([1], width="wide")', "StreamlitInvalidWidthError",
     "Invalid width value: 'wide'. Width must be either a positive integer (pixels), 'stretch', or 'content'."),
    ('st.dataframe(pd.DataFrame({"a": [1]}).style, lazy=True)', "StreamlitAPIException",
     "`lazy=True` is not supported for `pandas.Styler` objects. Styler output is tied to the fully materialized "
     "table. Remove `lazy=True` or pass the underlying dataframe instead."),
    ('st.dataframe([1], lazy=True, on_select="rerun")', "StreamlitIncompatibleParametersError",
     "`lazy=True` and `on_select` cannot be used together. Lazy dataframes cannot use position-based selection in "
     'this version. Set `on_select="ignore"` or remove `lazy=True`.'),
    ('st.dataframe(pd.DataFrame([[1, 2]], columns=pd.MultiIndex.from_tuples([("a", "x"), ("a", "y")])), lazy=True)',
     "StreamlitAPIException",
     "`lazy=True` is not supported for dataframes with multi-level (`MultiIndex`) column headers. Flatten the "
     "column headers or set `lazy=False`."),
])
def test_grids_refuse_what_1_67_refuses(app, call, error, message):
    a = app(f"""
        import pandas as pd
        import streamlit as st
        {call}
    """).run()
    (exc,) = a.exceptions()
    assert exc["type"] == error and exc["message"] == message


def test_lazy_is_decided_as_1_67_and_chunks_text_columns(app):
    a = app("""
        import numpy as np
        import pandas as pd
        import streamlit as st
        small = pd.DataFrame({"n": range(1000)})
        big = pd.DataFrame({"n": np.arange(2500), "s": [f"row {i}" for i in range(2500)]})
        huge = pd.DataFrame({"n": np.arange(150_001)})
        st.dataframe(small, lazy=True)                 # 1,000 rows or fewer stay eager
        st.dataframe(big, lazy=True)
        st.dataframe(big)                              # lazy=None: eager up to 150,000 rows
        st.dataframe(huge)                             # ... lazy above
        st.dataframe(huge, lazy=False)
        st.dataframe(huge.to_dict("list"))             # only a DataFrame switches by itself
        st.dataframe(huge.style, hide_index=True)      # a Styler stays eager
        st.dataframe(huge, on_select="rerun")          # so does a selection
    """).run()
    grids = a.elements("dataframe")
    assert [g["lazy"] for g in grids] == [False, True, False, True, False, False, False, False]
    lazy = [d for d in a.last.deltas if d.element["kind"] == "dataframe"][1]
    text = lazy.element["columns"][1]["data"]
    assert text["chunks"] == 3 and text["chunk_rows"] == 1000
    first = json.loads(bytes(lazy.buffers[text["json"]]))
    last = json.loads(bytes(lazy.buffers[text["json"] + 2]))
    assert (len(first), first[0], len(last), last[-1]) == (1000, "row 0", 500, "row 2499")
    # numbers stay one typed array: any row of it is read as it is
    assert "buffer" in lazy.element["columns"][0]["data"]
    shown = decode_table(lazy.element, lazy.buffers)
    assert shown["s"].tolist() == [f"row {i}" for i in range(2500)] and shown["n"].tolist() == list(range(2500))


def test_apptest_values_are_whole_for_lazy_grids():
    at = AppTest.from_string("""
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"s": [str(i) for i in range(3000)]}), lazy=True)
    """).run()
    assert at.dataframe[0].value["s"].tolist() == [str(i) for i in range(3000)]
