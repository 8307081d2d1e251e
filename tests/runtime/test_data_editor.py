"""st.data_editor: the edits as session_state holds them (Streamlit's docs,
"Access edited data"), return values of the input's type ("Edit common data
structures"), column-typed values, and AppTest access."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from stc_runtime import protocol
from stc_runtime.elements.data_editor import apply_edits, deserialize_state, parse_value
from stc_runtime.testing.v1 import AppTest

DOCS_APP = """
import pandas as pd
import streamlit as st
df = pd.DataFrame([
    {"command": "st.selectbox", "rating": 4, "is_widget": True},
    {"command": "st.balloons", "rating": 5, "is_widget": False},
    {"command": "st.time_input", "rating": 3, "is_widget": True},
])
edited = st.data_editor(df, key="my_key", num_rows="dynamic")
st.session_state["seen"] = st.session_state["my_key"]
st.session_state["returned"] = edited
"""


def edit(a, wire):
    wid = a.elements("data_editor")[0]["id"]
    return a.run(protocol.WidgetChange(id=wid, value=wire))


def test_session_state_holds_the_edits_in_the_documented_format(app):
    a = app(DOCS_APP).run()
    el = a.elements("data_editor")[0]
    assert el["value"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    assert el["num_rows_mode"] == "dynamic" and el["num_rows"] == 3
    assert a.state["my_key"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    edit(a, {
        "edited_rows": {"0": {"rating": 1}, "2": {"is_widget": False}},
        "added_rows": [{"command": "st.data_editor", "rating": 5}],
        "deleted_rows": [1],
    })
    # Row numbers are ints in Python (JSON keys on the wire), as in Streamlit.
    assert a.state["my_key"] == {
        "edited_rows": {0: {"rating": 1}, 2: {"is_widget": False}},
        "added_rows": [{"command": "st.data_editor", "rating": 5}],
        "deleted_rows": [1],
    }
    returned = a.state["returned"]
    assert returned["command"].tolist() == ["st.selectbox", "st.time_input", "st.data_editor"]
    assert returned["rating"].tolist() == [1, 3, 5]
    assert returned["is_widget"].tolist()[:2] == [True, False]
    assert returned.index.tolist() == [0, 2, 3]
    assert returned["rating"].dtype == np.int64
    # The page shows the app's data with the edits it sent back.
    assert a.elements("data_editor")[0]["value"]["edited_rows"] == {"0": {"rating": 1}, "2": {"is_widget": False}}


@pytest.mark.parametrize(
    ("data", "wire", "expected"),
    [
        (["red", "green", "blue"], {"added_rows": [{"value": "violet"}], "deleted_rows": [1]}, ["red", "blue", "violet"]),
        (("a", "b"), {"edited_rows": {"1": {"value": "z"}}}, ("a", "z")),
        ({"st.text_area": "widget", "st.markdown": "element"}, {"edited_rows": {"1": {"value": "x"}}},
         {"st.text_area": "widget", "st.markdown": "x"}),
        ([{"name": "st.text_area", "type": "widget"}], {"added_rows": [{"name": "st.json", "type": "element"}]},
         [{"name": "st.text_area", "type": "widget"}, {"name": "st.json", "type": "element"}]),
        ({"a": [1, 2]}, {"edited_rows": {"0": {"a": 7}}}, {"a": [7, 2]}),
    ],
)
def test_return_value_has_the_input_type(app, tmp_path, data, wire, expected):
    import pickle

    (tmp_path / "input.pkl").write_bytes(pickle.dumps(data))
    a = app("""
        import pickle
        import streamlit as st
        data = pickle.load(open("input.pkl", "rb"))
        st.session_state["out"] = st.data_editor(data, num_rows="dynamic")
    """)
    import os

    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        a.run()
        edit(a, {"edited_rows": {}, "added_rows": [], "deleted_rows": [], **wire})
    finally:
        os.chdir(cwd)
    out = a.state["out"]
    assert type(out) is type(expected)
    assert out == expected


def test_numpy_arrays_come_back_as_arrays(app):
    a = app("""
        import numpy as np
        import streamlit as st
        st.session_state["out"] = st.data_editor(np.array([["st.text_area", "widget", 4.92], ["st.markdown", "element", 47.22]]))
    """).run()
    el = a.elements("data_editor")[0]
    assert [c["name"] for c in el["columns"]] == ["0", "1", "2"]  # names are strings (a documented limitation)
    edit(a, {"edited_rows": {"1": {"2": "50"}}, "added_rows": [], "deleted_rows": []})
    out = a.state["out"]
    assert isinstance(out, np.ndarray) and out.shape == (2, 3)
    assert out[1].tolist() == ["st.markdown", "element", "50"]


def test_typed_columns_convert_edits(app):
    a = app("""
        import datetime as dt
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({
            "when": pd.to_datetime(["2020-01-10 10:30"]).tz_localize("Asia/Tokyo"),
            "day": [dt.date(2020, 1, 1)],
            "at": [dt.time(9, 0)],
            "x": [1.5],
        })
        st.session_state["out"] = st.data_editor(df, column_config={
            "day": st.column_config.DateColumn(min_value=dt.date(2019, 1, 1)),
            "at": st.column_config.TimeColumn(step=dt.timedelta(minutes=15)),
        })
    """).run()
    el = a.elements("data_editor")[0]
    assert el["column_config"]["day"]["type_config"]["min_value"] == "2019-01-01"
    assert el["column_config"]["at"]["type_config"]["step"] == 900
    edit(a, {"edited_rows": {"0": {"when": "2021-02-03T04:05:00", "day": "2022-03-04", "at": "10:15:00", "x": 2}}, "added_rows": [], "deleted_rows": []})
    out = a.state["out"]
    # A datetime edit is the wall time in the column's own zone (no conversion).
    assert out["when"][0] == pd.Timestamp("2021-02-03 04:05", tz="Asia/Tokyo")
    assert out["day"][0] == dt.date(2022, 3, 4) and out["at"][0] == dt.time(10, 15)
    assert out["x"][0] == 2.0


def test_payload_carries_validation_and_disabled(app):
    a = app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame(columns=["name", "age", "color"])
        colors = ["red", "orange", "yellow", "green", "blue", "indigo", "violet"]
        config = {
            "name": st.column_config.TextColumn("Full Name (required)", width="large", required=True, max_chars=20, validate="^[A-Z]"),
            "age": st.column_config.NumberColumn("Age (years)", min_value=0, max_value=122),
            "color": st.column_config.SelectboxColumn("Favorite Color", options=colors),
        }
        result = st.data_editor(df, column_config=config, num_rows="dynamic", disabled=["color"])
        st.session_state["out"] = result
    """).run()
    el = a.elements("data_editor")[0]
    cfg = el["column_config"]
    assert cfg["name"]["required"] is True and cfg["name"]["type_config"]["max_chars"] == 20
    assert cfg["name"]["type_config"]["validate"] == "^[A-Z]" and cfg["name"]["width"] == "large"
    assert cfg["age"]["type_config"]["min_value"] == 0 and cfg["age"]["type_config"]["max_value"] == 122
    assert cfg["age"]["type_config"]["integer"] is True  # an int bound makes an int column, as documented
    assert cfg["color"]["type_config"]["options"][0] == "red"
    assert el["disabled"] == ["color"]
    edit(a, {"edited_rows": {}, "added_rows": [{"name": "Ada", "age": 36, "color": "blue"}], "deleted_rows": []})
    out = a.state["out"]
    assert out.to_dict(orient="records") == [{"name": "Ada", "age": 36, "color": "blue"}]


def test_identity_follows_the_data(app):
    # Changing the data is changing a defining parameter: the edits reset
    # (as for every widget, changing its parameters resets it).
    a = app("""
        import streamlit as st
        more = st.checkbox("more")
        st.data_editor(["a", "c"] if more else ["a"], key="ed")
    """).run()
    first = a.elements("data_editor")[0]["id"]
    edit(a, {"edited_rows": {"0": {"0": "b"}}, "added_rows": [], "deleted_rows": []})
    assert a.elements("data_editor")[0]["id"] == first
    assert a.state["ed"]["edited_rows"] == {0: {"0": "b"}}
    a.set("checkbox", "more", True)
    assert a.elements("data_editor")[0]["id"] != first
    assert a.state["ed"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def test_num_rows_modes_as_1_67(app):
    # "add" and "delete" allow one of the two; any other text is "fixed"
    # (1.67 raises nothing for it). A default index is hidden when rows can
    # be added (the visitor could not type it), unless asked for.
    a = app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2]})
        for i, mode in enumerate(["add", "delete", "sometimes", "dynamic"]):
            st.data_editor(df, num_rows=mode, key=f"e{i}")
        st.data_editor(df, num_rows="add", hide_index=False, key="shown")
        st.data_editor(df.set_index(pd.Index(["x", "y"])), num_rows="add", key="named")
    """).run()
    assert not a.exceptions()
    eds = a.elements("data_editor")
    assert [e["num_rows_mode"] for e in eds] == ["add", "delete", "fixed", "dynamic", "add", "add"]
    assert [e["hide_index"] for e in eds] == [True, None, None, True, False, None]


def test_callback_runs_on_change(app):
    a = app("""
        import streamlit as st
        def changed():
            st.session_state["log"] = st.session_state.get("log", 0) + 1
        st.data_editor([1, 2], key="ed", on_change=changed)
    """).run()
    edit(a, {"edited_rows": {"0": {"0": 5}}, "added_rows": [], "deleted_rows": []})
    assert a.state["log"] == 1


def test_on_change_ignore_keeps_edits_for_the_next_run(app):
    a = app("""
        import streamlit as st
        st.session_state["runs"] = st.session_state.get("runs", 0) + 1
        out = st.data_editor({"n": [1, 2]}, key="ed", on_change="ignore")
        st.write(f"sum {sum(out['n'])}")
    """).run()
    el = a.elements("data_editor")[0]
    # The page sends a quiet widget's edits as StoreChanges: stored, no run.
    assert el["quiet"] is True
    runs = a.state["runs"]
    a.session.store_changes(protocol.StoreChanges(changes=[protocol.WidgetChange(
        id=el["id"], value={"edited_rows": {"0": {"n": 5}}, "added_rows": [], "deleted_rows": []})]))
    assert a.state["runs"] == runs and a.state["ed"]["edited_rows"] == {0: {"n": 5}}
    a.run()
    assert any("sum 7" in str(e.get("body")) for e in a.elements("markdown"))
    assert a.elements("data_editor")[0]["value"]["edited_rows"] == {"0": {"n": 5}}


def test_on_change_is_checked_as_1_67(app):
    a = app("""
        import streamlit as st
        st.data_editor([1], on_change="bogus")
    """).run()
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitValueError"
    assert exc["message"] == "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."


def test_state_wire_conversions():
    assert deserialize_state({"edited_rows": {"3": {"a": 1}}, "added_rows": [{}], "deleted_rows": [2, 0]}) == {
        "edited_rows": {3: {"a": 1}}, "added_rows": [{}], "deleted_rows": [0, 2]}
    assert deserialize_state(None) == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    assert parse_value("7", "int") == 7 and parse_value("", "float") is None
    assert parse_value("2020-01-02", "date") == dt.date(2020, 1, 2)


def test_apply_edits_keeps_a_named_index():
    df = pd.DataFrame({"v": [1, 2]}, index=pd.Index(["a", "b"], name="k"))
    out = apply_edits(df, {"edited_rows": {1: {"v": 9}}, "added_rows": [{"_index": "c", "v": 3}], "deleted_rows": []}, {}, {"v": ("int", "int64")})
    assert out["v"].tolist() == [1, 9, 3] and out.index.tolist() == ["a", "b", "c"]


def test_apptest_data_editor():
    at = AppTest.from_string(DOCS_APP).run()
    ed = at.data_editor[0]
    assert ed.key == "my_key"
    # as 1.67's accessor: .value is the data shown; the edits are .edits
    assert ed.edits == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    assert ed.value["rating"].tolist() == ed.data["rating"].tolist() == [4, 5, 3]
    ed.edit_cell(0, "rating", 2).add_row({"command": "st.json", "rating": 1}).delete_rows([2]).run()
    assert at.session_state["my_key"] == {
        "edited_rows": {0: {"rating": 2}},
        "added_rows": [{"command": "st.json", "rating": 1}],
        "deleted_rows": [2],
    }
    assert at.session_state["returned"]["rating"].tolist() == [2, 5, 1]
    assert at.data_editor[0].edited["command"].tolist() == ["st.selectbox", "st.balloons", "st.json"]


# --- typed payloads -------------------------------------------------------------


def test_data_editor_payload_reads_back_as_its_class(app):
    from stc_runtime.payloads import from_wire
    from stc_runtime.payloads.data_editor import DataEditorEdits, DataEditorElement

    a = app(DOCS_APP).run()
    edit(a, {"edited_rows": {"0": {"rating": 1}}, "added_rows": [], "deleted_rows": [2]})
    editor = from_wire(a.elements("data_editor")[0])
    assert isinstance(editor, DataEditorElement) and editor.num_rows_mode == "dynamic" and editor.num_rows == 3
    assert editor.value == DataEditorEdits(edited_rows={"0": {"rating": 1}}, deleted_rows=[2])
    assert [c.name for c in editor.columns] == ["command", "rating", "is_widget"] and editor.disabled is False


def test_apptest_reads_data_editor_payload_fields():
    from stc_runtime.payloads.data_editor import DataEditorElement

    at = AppTest.from_string(DOCS_APP.replace('num_rows="dynamic"', 'disabled=["command"]')).run()
    editor = at.data_editor[0]
    assert isinstance(editor.payload, DataEditorElement)
    assert editor.payload.disabled == ["command"] and editor.payload.num_rows_mode == "fixed"
    editor.edit_cell(1, "rating", 2).run()
    assert at.data_editor[0].edited["rating"].tolist() == [4, 2, 3]


def test_data_editor_documents_its_parameters():
    import inspect

    import streamlit as st

    doc = inspect.getdoc(st.data_editor) or ""
    params = [p for p in inspect.signature(st.data_editor).parameters if p not in ("self", "dg")]
    assert "Parameters:" in doc and all(f"{p}:" in doc for p in params), [p for p in params if f"{p}:" not in doc]
