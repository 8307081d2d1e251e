"""st.query_params (runtime_py/stc_runtime/query_params.py) in CPython:
Streamlit's semantics, the query string the page keeps in its URL, and
AppTest."""

from __future__ import annotations

import json
import sys

import pytest

from stc_runtime import protocol
from stc_runtime.errors import StreamlitAPIException
from stc_runtime.query_params import QueryParams

# --- QueryParams: Streamlit's semantics ------------------------------------


def test_values_are_strings_last_one_wins_and_get_all_lists_them():
    qp = QueryParams("a=1&a=2&b=&c=x%20y&embed=true")
    assert qp["a"] == "2"
    assert qp.get_all("a") == ["1", "2"]
    assert qp["b"] == "" and qp.get_all("b") == [""]
    assert qp["c"] == "x y"
    assert qp.get_all("missing") == []
    assert qp.get("missing") is None and qp.get("missing", "d") == "d"
    assert "a" in qp and "missing" not in qp
    # embed/embed_options belong to the page, not the app: hidden.
    assert "embed" not in qp and qp.get_all("embed") == [] and len(qp) == 3
    assert list(qp) == ["a", "b", "c"]
    assert qp.to_dict() == {"a": "2", "b": "", "c": "x y"}


def test_setting_values_and_the_query_string_they_make():
    changes = []
    qp = QueryParams("", on_change=changes.append)
    qp["n"] = 5
    assert qp["n"] == "5"
    qp["tags"] = ["x", 2]
    assert qp["tags"] == "2" and qp.get_all("tags") == ["x", "2"]
    assert changes == ["n=5", "n=5&tags=x&tags=2"]
    del qp["n"]
    assert changes[-1] == "tags=x&tags=2"
    with pytest.raises(KeyError, match='st.query_params has no key "n"'):
        del qp["n"]
    with pytest.raises(KeyError, match='st.query_params has no key "nope"'):
        qp["nope"]


def test_forbidden_values():
    qp = QueryParams("embed=true")
    with pytest.raises(StreamlitAPIException, match="cannot be set to a dictionary"):
        qp["d"] = {"a": 1}
    with pytest.raises(StreamlitAPIException, match="embed and embed_options"):
        qp["Embed"] = "false"
    with pytest.raises(KeyError):
        del qp["embed"]
    assert qp.query_string == "embed=true"


def test_update_from_dict_and_clear_change_the_url_once_each():
    changes = []
    qp = QueryParams("a=1&embed=true", on_change=changes.append)
    qp.update({"b": "2"}, c=["3", "4"])
    assert changes == ["a=1&embed=true&b=2&c=3&c=4"]
    qp.update([("d", "5")])
    assert qp["d"] == "5"
    qp.from_dict({"x": "1"})
    assert changes[-1] == "embed=true&x=1"
    with pytest.raises(StreamlitAPIException):
        qp.from_dict({"y": {"bad": 1}})
    assert qp.to_dict() == {"x": "1"}  # unchanged by the failed call
    qp.clear()
    assert changes[-1] == "embed=true" and len(qp) == 0
    assert len(changes) == 4


# --- st.query_params in a running app ---------------------------------------


APP = """\
import streamlit as st
st.write("name:", st.query_params.get("name", "nobody"))
st.write("all:", ",".join(st.query_params.get_all("tag")))
if st.button("Set"):
    st.query_params["page"] = 2
    st.query_params.tag = ["a", "b"]
if st.button("Clear"):
    st.query_params.clear()
"""


def changed(drv) -> list[str]:
    return [m.query_string for m in drv.messages if isinstance(m, protocol.QueryParamsChanged)]


def test_app_reads_the_boot_query_string(app):
    drv = app(APP)
    drv.session = type(drv.session)(str(drv.script), drv._emit, query_string="?name=Ada&tag=x&tag=y")
    drv.run()
    assert drv.markdown()[:2] == ["name: Ada", "all: x,y"]


def test_app_changes_reach_the_page_and_the_next_runs(app):
    drv = app(APP)
    drv.session = type(drv.session)(str(drv.script), drv._emit, query_string="name=Ada")
    drv.run()
    assert changed(drv) == []
    drv.click("Set")
    # Sent at once, one message per change, each the whole query string.
    assert changed(drv) == ["name=Ada&page=2", "name=Ada&page=2&tag=a&tag=b"]
    encoded = json.loads(protocol.encode(next(m for m in drv.messages if isinstance(m, protocol.QueryParamsChanged))))
    assert encoded == {"type": "query_params_changed", "query_string": "name=Ada&page=2"}
    drv.run()  # an unrelated rerun keeps what the app set
    assert drv.markdown()[:2] == ["name: Ada", "all: a,b"]
    drv.click("Clear")
    assert changed(drv)[-1] == ""
    drv.run()
    assert drv.markdown()[:2] == ["name: nobody", "all:"]


def test_back_and_forward_send_a_new_query_string(app):
    drv = app(APP).run()
    assert drv.markdown()[0] == "name: nobody"
    drv.session.handle(protocol.Rerun(query_string="name=Grace"))
    assert drv.markdown()[0] == "name: Grace"
    drv.session.handle(protocol.Rerun())  # no query_string: unchanged
    assert drv.markdown()[0] == "name: Grace"
    assert changed(drv) == []  # the page's own change is not echoed back


def test_attribute_access_and_errors_in_the_app(app):
    drv = app(
        """\
        import streamlit as st
        st.query_params.mode = "dark"
        st.write(st.query_params.mode, st.query_params["mode"], len(st.query_params), dict(st.query_params))
        del st.query_params.mode
        try:
            st.query_params.mode
        except AttributeError as e:
            st.write(str(e))
        st.query_params["d"] = {"no": 1}
        """
    ).run()
    assert drv.elements()[0]["body"] == "dark dark `1`"
    assert json.loads(drv.elements()[1]["body"]) == {"mode": "dark"}
    assert drv.markdown()[1] == 'st.query_params has no attribute "mode".'
    assert "cannot be set to a dictionary" in drv.exceptions()[0]["message"]


def test_query_params_outside_a_run_say_so():
    import stc_runtime as st

    with pytest.raises(StreamlitAPIException, match="while the app script runs"):
        st.query_params["x"]


def test_decode_rerun_with_and_without_query_string():
    assert protocol.decode_to_worker({"type": "rerun", "changes": []}).query_string is None
    assert protocol.decode_to_worker({"type": "rerun", "changes": [], "query_string": None}).query_string is None
    assert protocol.decode_to_worker({"type": "rerun", "changes": [], "query_string": "a=1"}).query_string == "a=1"


def test_bridge_passes_the_boot_query_string(tmp_path, monkeypatch):
    from stc_runtime import bridge

    (tmp_path / "app.py").write_text('import streamlit as st\nst.write("q:", st.query_params.get("q", "-"))\nst.query_params["seen"] = "1"\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    monkeypatch.setitem(sys.modules, "__main__", sys.modules["__main__"])
    posted: list[dict] = []
    bridge.start(str(tmp_path / "app.py"), lambda text: posted.append(json.loads(text)), "q=hi")
    bridge.handle(json.dumps({"type": "rerun", "changes": []}))
    bodies = [m["element"].get("body") for m in posted if m["type"] == "delta"]
    assert bodies == ["q: hi"]
    assert {"type": "query_params_changed", "query_string": "q=hi&seen=1"} in posted
    bridge.handle(json.dumps({"type": "rerun", "changes": [], "query_string": "q=back"}))
    assert [m["element"].get("body") for m in posted if m["type"] == "delta"][-1] == "q: back"


# --- AppTest ---------------------------------------------------------------


def test_apptest_query_params_in_and_out():
    from stc.testing import AppTest

    at = AppTest.from_string(APP)
    at.query_params["name"] = "Ada"
    at.query_params["tag"] = ["x", "y"]
    at.run()
    assert at.markdown[0].value == "name: Ada"
    assert at.markdown[1].value == "all: x,y"
    # After a run, as in Streamlit's AppTest: the URL parsed, values are lists.
    assert at.query_params == {"name": "Ada", "tag": ["x", "y"]}  # as 1.67: one value -> str
    at.button[0].click().run()
    assert at.query_params == {"name": "Ada", "page": "2", "tag": ["a", "b"]}
    at.run()
    assert at.markdown[1].value == "all: a,b"
