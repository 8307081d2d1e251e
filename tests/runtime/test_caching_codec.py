"""Stored st.cache_data entries are untrusted input (caching/codec.py and
the entry format of caching/persist.py), in CPython.

Any site on the visitor's origin can write the app's IndexedDB. Here a dict
plays the store (as in test_caching_persist.py) and the tests write crafted
entries where the app's real entry is, then "reload" (a new process: the
in-memory caches forgotten): the function must be computed again, the
payload must never run, the app's output must be what it always is, and the
visitor gets at most one notice. Values the store does keep (DataFrames,
arrays, JSON-like values) must come back exactly, without pickle.
"""

from __future__ import annotations

import datetime
import io
import json
import os
import pickle
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from stc_runtime import caching, payloads, protocol
from stc_runtime.caching import codec, core, persist, replay
from stc_runtime.caching.errors import UNUSABLE_STORED_ENTRY

REPO = Path(__file__).resolve().parents[2]
CALLS = {"calls.py": "log = []\n"}

APP = """
import streamlit as st
import calls

@st.cache_data
def load(n):
    calls.log.append(n)
    st.success(f"loaded {n}")
    return {"rows": list(range(n)), "name": "data"}

data = load(3)
st.write(f"rows: {len(data['rows'])} {data['name']}; log: {calls.log}")
"""


class Store:
    """The persistent store's contract in a dict (what IndexedDB is in the
    browser), recording what the runtime reported."""

    fingerprint = "site-v1"

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}
        self.meta: dict[str, dict] = {}
        self.problems: list[str] = []

    def read(self, key):
        return self.data.get(key)

    def write(self, key, data, meta):
        self.data[key] = bytes(data)
        self.meta[key] = meta

    def delete(self, key):
        self.data.pop(key, None)
        self.meta.pop(key, None)

    def delete_function(self, fn):
        for key in [k for k, m in self.meta.items() if m["fn"] == fn]:
            self.delete(key)

    def clear(self):
        self.data.clear()
        self.meta.clear()

    def problem(self, message):
        self.problems.append(message)


@pytest.fixture
def store():
    s = Store()
    persist.install(s)
    caching.clear_all()
    yield s
    persist.install(None)
    caching.clear_all()


def reload_page() -> None:
    """What a reload does to the worker: a new Python, empty caches."""
    core._caches.clear()


def calls() -> list:
    return sys.modules["calls"].log


def no_pickle(monkeypatch) -> None:
    """From here on, anything that unpickles fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("pickle was used to read a stored entry")

    monkeypatch.setattr(pickle, "loads", refuse)
    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "Unpickler", refuse)


# --- crafting entries --------------------------------------------------------


def raw_entry(header: dict, tail: bytes = b"", magic: bytes = persist.MAGIC) -> bytes:
    """An entry laid out as persist.py writes one (MAGIC, u32 size, header
    JSON, then buffers and the value), with whatever header we like."""
    head = json.dumps(header, allow_nan=True).encode()
    return magic + struct.pack("<I", len(head)) + head + tail


def raw_tree(value_node, parts: list[bytes] = ()) -> bytes:
    head = json.dumps({"parts": [len(p) for p in parts], "value": value_node}).encode()
    return codec.TREE + struct.pack("<I", len(head)) + head + b"".join(parts)


class RunsShell:
    def __init__(self, command: str) -> None:
        self.command = command

    def __reduce__(self):
        return (os.system, (self.command,))


class RunsPython:
    def __init__(self, code: str) -> None:
        self.code = code

    def __reduce__(self):
        return (exec, (self.code,))


PWN = "import calls; calls.log.append('pwned')"


def with_value(good: bytes, value: bytes) -> bytes:
    stored = persist.decode_entry(good)
    return persist.encode_entry(stored.created, stored.messages, value)


def with_element(good: bytes, element: dict, ref=("main",)) -> bytes:
    stored = persist.decode_entry(good)
    extra = replay.Record(list(ref), element)
    return persist.encode_entry(stored.created, [*stored.messages, extra], bytes(stored.value))


def with_elements(good: bytes, extra: list) -> bytes:
    stored = persist.decode_entry(good)
    records = [*stored.messages, *(replay.Record(list(ref), element) for ref, element in extra)]
    return persist.encode_entry(stored.created, records, bytes(stored.value))


def nested(depth: int):
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


def with_header(good: bytes, **changes) -> bytes:
    stored = persist.decode_entry(good)
    header = {"created": stored.created, "messages": [r.to_json() for r in stored.messages],
              "buffers": [[] for _ in stored.messages], **changes}
    return raw_entry(header, bytes(stored.value))


def object_npy(obj) -> bytes:
    buf = io.BytesIO()
    np.save(buf, np.array([obj], dtype=object), allow_pickle=True)
    return buf.getvalue()


def crafted_cases(marker: Path):
    shell = f"touch {marker}"
    return {
        # Pickles: whatever the entry says about them, never unpickled.
        "pickle running a shell command": lambda g: with_value(g, codec.PICKLE + pickle.dumps(RunsShell(shell))),
        "pickle appending to the app's list": lambda g: with_value(g, codec.PICKLE + pickle.dumps(RunsPython(PWN))),
        "pickle tagged as the safe format": lambda g: with_value(g, codec.TREE + pickle.dumps(RunsPython(PWN))),
        "pickle with no tag": lambda g: with_value(g, pickle.dumps(RunsPython(PWN))),
        "object .npy holding a pickle": lambda g: with_value(g, raw_tree({"ndarray": 0}, [object_npy(RunsPython(PWN))])),
        "object .npy inside a frame": lambda g: with_value(g, raw_tree({"frame": {
            "index": {"range": [0, 1, 1], "name": None}, "columns": {"range": [0, 1, 1], "name": None},
            "data": [{"npy": 0}], "attrs": {"dict": {}}}}, [object_npy(RunsShell(shell))])),
        # Elements: only kinds the runtime writes, never script.
        "unknown element kind": lambda g: with_element(g, {"kind": "script", "body": "alert(1)"}),
        "unknown block": lambda g: with_element(g, {"kind": "block", "block": "iframe"}),
        "html with unsafe_allow_javascript": lambda g: with_element(
            g, {"kind": "html", "body": "<script>pwned()</script>", "unsafe_allow_javascript": True}),
        "html with a truthy non-bool flag": lambda g: with_element(
            g, {"kind": "html", "body": "<script>pwned()</script>", "unsafe_allow_javascript": []}),
        "markdown with raw html": lambda g: with_element(
            g, {"kind": "markdown", "body": "<img src=x onerror=pwned()>", "unsafe_allow_html": True, "help": None, "variant": "body"}),
        "a widget": lambda g: with_element(g, {"kind": "button", "id": "w-1", "label": "Go"}),
        "element body of the wrong type": lambda g: with_element(g, {"kind": "markdown", "body": {"x": 1}}),
        "element that is not an object": lambda g: with_element(g, ["kind", "markdown"]),
        "reference to a later element": lambda g: with_element(g, {"kind": "divider"}, ref=("in", 5)),
        "reference into a non-block": lambda g: with_element(g, {"kind": "divider"}, ref=("in", 0)),
        "fixed path in the main area": lambda g: with_element(g, {"kind": "divider"}, ref=("at", [0, 0])),
        "reference outside the function": lambda g: with_element(g, {"kind": "divider"}, ref=("outside",)),
        "form without its id, with a child": lambda g: with_elements(
            g, [(("main",), {"kind": "block", "block": "form", "clear_on_submit": False}), (("in", 1), {"kind": "divider"})]),
        "NaN in an element": lambda g: with_header(g, messages=[[["main"], {"kind": "progress", "value": float("nan"), "text": None}]],
                                                  buffers=[[]]),
        "element nested too deeply": lambda g: with_element(g, {"kind": "json", "body": "{}", "expanded": nested(900)}),
        # Malformed bytes.
        "truncated header": lambda g: g[:len(persist.MAGIC) + 10],
        "truncated value": lambda g: g[:-3],
        "bytes appended": lambda g: g + b"\0",
        "not an entry": lambda g: b"\x80\x04garbage",
        "empty": lambda g: b"",
        # Wrong types in the header and the value.
        "creation time a string": lambda g: with_header(g, created="yesterday"),
        "creation time NaN": lambda g: raw_entry({"created": float("nan"), "messages": [], "buffers": []}, bytes(persist.decode_entry(g).value)),
        "element list not a list": lambda g: with_header(g, messages={"0": 1}),
        "buffer sizes past the end": lambda g: with_header(g, buffers=[[10**9]]),
        "value node of another type": lambda g: with_value(g, raw_tree({"frame": 3})),
        "value node unknown": lambda g: with_value(g, raw_tree({"eval": "1+1"})),
        "value part missing": lambda g: with_value(g, raw_tree({"bytes": 4})),
        "value parts shorter than said": lambda g: with_value(g, raw_tree({"bytes": 0}, [b"abc"])[:-1]),
        "npy of a huge shape": lambda g: with_value(g, raw_tree({"ndarray": 0}, [npy_claiming((10**12,))])),
        "unhashable dict key": lambda g: with_value(g, raw_tree({"items": [[[1], 2]]})),
        "deep nesting": lambda g: with_value(g, codec.TREE + deep_json(100_000)),
    }


def npy_claiming(shape) -> bytes:
    buf = io.BytesIO()
    np.save(buf, np.zeros(2))
    data = buf.getvalue()
    return data.replace(b"(2,)", repr(shape).encode().ljust(4), 1)


def deep_json(depth: int) -> bytes:
    head = ('{"parts":[],"value":' + "[" * depth + "]" * depth + "}").encode()
    return struct.pack("<I", len(head)) + head


@pytest.fixture
def cases(tmp_path):
    marker = tmp_path / "payload-ran"
    return marker, crafted_cases(marker)


CASE_NAMES = list(crafted_cases(Path("/nonexistent")))


@pytest.mark.parametrize("case", CASE_NAMES)
def test_a_crafted_entry_is_computed_again_and_its_payload_never_runs(app, store, cases, case):
    marker, crafts = cases
    a = app(APP, files=CALLS).run()
    first = a.paths()
    [key] = store.data
    good = store.data[key]
    store.data[key] = crafts[case](good)

    reload_page()  # the payloads are live: were one unpickled, it would run
    b = app(APP, files=CALLS).run()
    assert b.status == "complete" and b.exceptions() == []
    assert calls() == [3, 3]  # computed again; "pwned" would be in the list
    assert b.markdown()[-1] == "rows: 3 data; log: [3, 3]"
    assert b.paths()[:-1] == first[:-1]  # the replayed alert and spinner, in place
    assert not marker.exists()
    assert [e for e in b.elements() if e["kind"] in ("html", "button")] == []
    # One notice, the same text whatever the reason (the page shows each
    # text once).
    assert store.problems == [UNUSABLE_STORED_ENTRY]
    # The entry was replaced by the real one: the next reload is a hit.
    assert persist.decode_entry(store.data[key]).messages[0].element["kind"] == "alert"
    reload_page()
    c = app(APP, files=CALLS).run()
    assert calls() == [3, 3] and c.paths() == b.paths()
    assert store.problems == [UNUSABLE_STORED_ENTRY]


def test_a_pickled_entry_would_really_run_its_payload(tmp_path):
    # The payloads above are live: unpickling one runs it (so the test above
    # would see it if the runtime ever unpickled a stored entry).
    marker = tmp_path / "ran"
    pickle.loads(pickle.dumps(RunsShell(f"touch {marker}")))
    assert marker.exists()


def test_several_bad_entries_give_one_notice_text(app, store):
    source = APP.replace("data = load(3)", "load(1); load(2)\ndata = load(3)")
    app(source, files=CALLS).run()
    assert len(store.data) == 3
    for key in store.data:
        store.data[key] = b"damaged"
    reload_page()
    b = app(source, files=CALLS).run()
    assert b.status == "complete" and calls() == [1, 2, 3, 1, 2, 3]
    assert set(store.problems) == {UNUSABLE_STORED_ENTRY}


def test_an_entry_of_the_previous_format_is_computed_again_quietly(app, store):
    app(APP, files=CALLS).run()
    [key] = store.data
    # stc-cache-1: a JSON header, then the pickled value.
    header = json.dumps({"created": 1.0, "messages": [[["main"], {"kind": "alert", "variant": "success", "icon": None, "body": "old"}]]}).encode()
    store.data[key] = b"stc-cache-1\n" + struct.pack("<I", len(header)) + header + pickle.dumps({"rows": [], "name": "old"})
    reload_page()
    b = app(APP, files=CALLS).run()
    assert calls() == [3, 3] and b.markdown()[-1] == "rows: 3 data; log: [3, 3]"
    assert store.problems == []
    assert persist.decode_entry(store.data[key])


# --- what is kept, and how exactly ---------------------------------------------


ROUND_TRIP = """
import datetime
import numpy as np
import pandas as pd
import streamlit as st
import calls

@st.cache_data
def load():
    calls.log.append(1)
    return calls.make()

value = load()
calls.seen.append(value)
st.write("done")
"""

MAKE = '''
import datetime
import numpy as np
import pandas as pd

log = []
seen = []


def make():
    index = pd.MultiIndex.from_tuples([("a", 1), ("a", 2), ("b", 1), ("b", 2)], names=["key", "n"])
    frame = pd.DataFrame({
        "int8": np.array([1, -2, 3, 127], dtype=np.int8),
        "uint64": np.array([0, 1, 2, 2**64 - 1], dtype=np.uint64),
        "float32": np.array([1.5, np.nan, -0.0, np.inf], dtype=np.float32),
        "bool": [True, False, True, False],
        "text": ["x", "y", None, "\\u00e9\\ud83d\\ude00"],
        "mixed": pd.Series([1, "one", None, (1, 2)], dtype=object),
        "dates": pd.Series([datetime.date(2024, 1, d) for d in (1, 2, 3, 4)], dtype=object),
        "category": pd.Categorical(["lo", "hi", "lo", None], categories=["lo", "hi"], ordered=True),
        "berlin": pd.date_range("2024-03-30 12:00", periods=4, freq="D", tz="Europe/Berlin"),
        "utc": pd.date_range("2024-01-01", periods=4, freq="h", tz="UTC"),
        "naive": pd.to_datetime(["2024-01-01", None, "2024-01-03 04:05:06.789", "1970-01-01"], format="ISO8601"),
        "delta": pd.to_timedelta([1, 2, None, 4], unit="s"),
        "Int64": pd.array([1, None, 3, -4], dtype="Int64"),
        "boolean": pd.array([True, None, False, True], dtype="boolean"),
        "Float64": pd.array([0.5, None, 2.0, 3.0], dtype="Float64"),
        "string": pd.array(["p", None, "q", "r"], dtype="string"),
    }, index=index)
    frame.attrs = {"source": "test"}
    wide = pd.DataFrame(np.arange(12).reshape(3, 4), columns=pd.MultiIndex.from_product([["x", "y"], [1, 2]]),
                        index=pd.date_range("2020-01-01", periods=3, freq="MS", name="month"))
    dup = pd.DataFrame([[1, 2.5], [3, 4.5]], columns=["a", "a"], index=pd.Index(["r", "r"], name="row"))
    return {
        "frame": frame,
        "wide": wide,
        "dup": dup,
        "empty": pd.DataFrame(),
        "series": pd.Series([1.5, 2.5], index=pd.CategoricalIndex(["u", "v"]), name=("s", 1)),
        "index": pd.TimedeltaIndex(["1 day", "2 days"], name="td"),
        "array": np.arange(24, dtype=">i2").reshape(2, 3, 4, order="F"),
        "records": np.array([(1, 2.0, b"ab")], dtype=[("a", "<i4"), ("b", "<f8"), ("c", "S2")]),
        "strings": np.array(["a", "bcd"]),
        "objects": np.array([[1, "a"], [None, 2.5]], dtype=object),
        "fortran objects": np.asfortranarray(np.array([[1, "a", None], [2.5, (1,), "b"]], dtype=object)),
        "scalars": [np.float64(1.25), np.int8(-3), np.bool_(True), np.datetime64("2024-01-01T00:00", "m"), np.str_("s")],
        "json": {"nested": [1, 2.0, None, True, "s", [], {}, {"deep": [[["x"]]]}], "big": 2**100, "nan": float("nan"),
                 "neg0": -0.0, "inf": float("-inf")},
        "keys": {1: "int", 1.5: "float", None: "none", (1, "t"): "tuple", True: "bool"},
        "tuple": (1, (2, [3]), ()),
        "sets": [{1, 2}, frozenset({"a"})],
        "bytes": b"\\x00\\xff" * 10,
        "when": [datetime.datetime(2024, 5, 6, 7, 8, 9, 10), datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc),
                 datetime.date(1999, 12, 31), datetime.time(23, 59, 59, 999999), datetime.timedelta(days=-1, microseconds=3)],
        "missing": [pd.NA, pd.NaT],
    }
'''


def same(a, b, where="value") -> None:
    """Equal with the same types all the way down (and NaN equal to NaN)."""
    assert type(a) is type(b), f"{where}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, pd.DataFrame):
        pd.testing.assert_frame_equal(a, b, check_exact=True, check_index_type=True, check_column_type=True,
                                      check_frame_type=True, check_flags=True, check_freq=True)
        assert list(a.dtypes) == list(b.dtypes) and a.attrs == b.attrs, where
        assert type(a.index) is type(b.index) and type(a.columns) is type(b.columns), where
    elif isinstance(a, pd.Series):
        pd.testing.assert_series_equal(a, b, check_exact=True, check_index_type=True, check_freq=True)
    elif isinstance(a, pd.Index):
        pd.testing.assert_index_equal(a, b, exact=True, check_exact=True)
        assert getattr(a, "freq", None) == getattr(b, "freq", None), where
    elif isinstance(a, np.ndarray):
        assert a.dtype == b.dtype and a.shape == b.shape and a.flags.f_contiguous == b.flags.f_contiguous, where
        if a.dtype == object:
            for i, (x, y) in enumerate(zip(a.ravel(), b.ravel())):
                same(x, y, f"{where}[{i}]")
        else:
            assert a.tobytes() == b.tobytes(), where
        assert b.flags.writeable and b.flags.owndata or b.base is not None, where
    elif isinstance(a, dict):
        assert list(a) == list(b), where
        for (k1, v1), (k2, v2) in zip(a.items(), b.items()):
            same(k1, k2, f"{where} key")
            same(v1, v2, f"{where}[{k1!r}]")
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{where}[{i}]")
    elif isinstance(a, float) and a != a:
        assert b != b, where
    elif a is pd.NA or a is pd.NaT:
        assert a is b, where
    elif isinstance(a, float):
        assert repr(a) == repr(b), where  # -0.0 stays -0.0
    elif isinstance(a, datetime.datetime):
        assert a == b and a.tzinfo == b.tzinfo, where
    else:
        assert a == b, where


def test_frames_arrays_and_json_values_come_back_exactly_without_pickle(app, store, monkeypatch):
    a = app(ROUND_TRIP, files={"calls.py": MAKE}).run()
    assert a.status == "complete", a.exceptions()
    [key] = store.data
    value = persist.decode_entry(store.data[key]).value
    assert codec.is_tree(value)
    expected = sys.modules["calls"].make()
    computed = calls()[:]

    reload_page()
    no_pickle(monkeypatch)
    b = app(ROUND_TRIP, files={"calls.py": MAKE}).run()
    assert b.status == "complete", b.exceptions()
    assert calls() == computed == [1]  # not computed again: read from the store
    restored = sys.modules["calls"].seen[-1]
    same(expected, restored)
    assert store.problems == []
    # A fresh copy on every hit, as with pickle.
    restored["frame"].iloc[0, 0] = 99
    restored["json"]["nested"].append("changed")
    b.run()
    same(expected, sys.modules["calls"].seen[-1])


@pytest.mark.parametrize("value, why", [
    ("Custom()", "an object of the app's own class"),
    ("collections.OrderedDict(a=1)", "a dict subclass"),
    ("pd.Timestamp('2024-01-01')", "a pandas scalar"),
    ("pd.Series([1], index=pd.period_range('2024', periods=1, freq='M'))", "a PeriodIndex"),
    ("[shared, shared]", "one list twice"),
    ("datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))", "a fixed offset"),
    ("datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z0'))", "a named zero offset"),
])
def test_values_that_need_pickle_stay_in_memory(app, store, value, why):
    source = f"""
    import collections, datetime
    import pandas as pd
    import streamlit as st
    import calls

    class Custom:
        def __eq__(self, other):
            return type(other).__name__ == "Custom"

    shared = [1]

    @st.cache_data
    def load():
        calls.log.append(1)
        return {value}

    load(); load()
    """
    a = app(source, files=CALLS).run()
    assert a.status == "complete", a.exceptions()
    assert calls() == [1], why  # a hit in this tab
    assert store.data == {}, why  # but nothing written for others to read
    reload_page()
    app(source, files=CALLS).run()
    assert calls() == [1, 1] and store.problems == []


ELEMENTS_APP = """
import numpy as np
import pandas as pd
import streamlit as st
import calls

@st.cache_data
def report(n):
    calls.log.append(n)
    st.title("Report")
    st.header("Header", divider=True)
    st.markdown("**bold**")
    st.caption("caption")
    st.code("x = 1", language="python")
    st.latex("x^2")
    st.json({"a": [1, 2]})
    st.text("text")
    st.html("<b>sanitized</b>")
    st.success("ok")
    st.warning("careful", icon=":material/warning:")
    st.metric("Metric", 3, delta=1, help="h")
    st.progress(40, text="Progress")
    st.divider()
    left, right = st.columns(2)
    left.write("left")
    with right.expander("More", expanded=True):
        st.write("inside")
        st.dataframe(pd.DataFrame({"a": np.arange(3), "b": list("xyz")}))
    tab1, tab2 = st.tabs(["One", "Two"])
    tab1.table(pd.DataFrame({"c": [1.5, 2.5]}))
    with st.container(border=True):
        st.line_chart(pd.DataFrame({"y": [1, 3, 2]}))
    st.sidebar.write("sidebar")
    slot = st.empty()
    slot.write("first")
    slot.write("second")
    return n

report(1)
st.write("after")
"""


def test_elements_with_tables_and_blocks_replay_the_same_from_the_store(app, store, monkeypatch):
    a = app(ELEMENTS_APP, files=CALLS).run()
    assert a.status == "complete", a.exceptions()
    first = [(d.path, d.element, [bytes(b) for b in d.buffers]) for d in a.last.deltas if d.element["kind"] != "spinner"]
    assert any(buffers for _, _, buffers in first)  # the tables' columns
    assert len(store.data) == 1

    reload_page()
    no_pickle(monkeypatch)
    b = app(ELEMENTS_APP, files=CALLS).run()
    assert calls() == [1] and store.problems == []
    again = [(d.path, d.element, [bytes(b) for b in d.buffers]) for d in b.last.deltas if d.element["kind"] != "spinner"]
    assert again == first


@pytest.mark.parametrize("call", [
    'st.html("<script>window.x = 1</script>", unsafe_allow_javascript=True)',
    'st.markdown("<b>raw</b>", unsafe_allow_html=True)',
    'st.write("<b>raw</b>", unsafe_allow_html=True)',
])
def test_script_enabling_elements_are_replayed_in_the_tab_but_never_stored(app, store, call):
    source = f"""
    import streamlit as st
    import calls

    @st.cache_data
    def load():
        calls.log.append(1)
        {call}
        return 1

    load(); load()
    """
    a = app(source, files=CALLS).run()
    flagged = [e for e in a.elements() if e.get("unsafe_allow_javascript") or e.get("unsafe_allow_html")]
    assert len(flagged) == 2  # written on the miss, replayed on the hit
    assert calls() == [1] and store.data == {}


def test_the_stored_element_check():
    ok = {"kind": "markdown", "body": "x", "unsafe_allow_html": False, "help": None, "variant": "body"}
    assert replay.check_stored_element(ok) is None
    assert replay.check_stored_element({"kind": "block", "block": "column", "weight": 0.5, "border": False}) is None
    assert replay.check_stored_element({"kind": "html", "body": "<b>", "unsafe_allow_javascript": False}) is None
    refused = {
        "unknown element kind 'iframe'": {"kind": "iframe"},
        "not an element: no kind": {"body": "x"},
        "unknown element kind 'block:None'": {"kind": "block", "block": None},
        "html with unsafe_allow_javascript": {"kind": "html", "body": "", "unsafe_allow_javascript": True},
        "markdown with unsafe_allow_html": {**ok, "unsafe_allow_html": True},
        "html.unsafe_allow_javascript: int is not bool": {"kind": "html", "body": "", "unsafe_allow_javascript": 1},
        "a widget": {"kind": "checkbox", "id": "x", "label": "c"},
        "json nested too deeply": {"kind": "json", "body": "{}", "expanded": nested(70)},
        "markdown.body: list is not str": {**ok, "body": ["x"]},
        "alert.icon: int is not str | None": {"kind": "alert", "variant": "info", "body": "x", "icon": 3},
        "markdown: unknown field(s) ['onclick']": {**ok, "onclick": "alert(1)"},
    }
    for reason, element in refused.items():
        assert replay.check_stored_element(element) == reason
    # A form block without the id the runtime reads back while replaying.
    assert replay.check_stored_element({"kind": "block", "block": "form"}).startswith("block:form: ")


def test_the_element_kinds_are_the_renderers():
    # The payload classes are what runtime_js draws (kinds/index.js KINDS,
    # without its "unknown" fallback): a stored element of a kind the page
    # cannot draw is refused, and one it can draw is never.
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed")
    script = (
        "globalThis.document = { baseURI: 'http://x/a/', addEventListener() {}, createElement() { return { style: {} }; } };"
        "globalThis.window = globalThis; globalThis.location = new URL('http://x/a/'); globalThis.history = {};"
        f"const {{ KINDS }} = await import({json.dumps(str(REPO / 'runtime_js/src/kinds/index.js'))});"
        "console.log(JSON.stringify(Object.keys(KINDS)));"
    )
    out = subprocess.run([node, "--input-type=module", "-e", script], capture_output=True, text=True, check=True)
    assert set(json.loads(out.stdout)) - {"unknown"} == set(payloads.load_all())
