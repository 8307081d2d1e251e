"""st.cache_data with a persistent store (caching/persist.py), in CPython.

In the browser the store is IndexedDB (runtime_js/src/cache_store.js, through
bridge.enable_cache_store); here a dict plays its part, and "a reload" is
a process that forgot its in-memory caches. What is tested is the Python
side's contract: what it writes, that it reads only the entry it needs, and
that unreadable entries fall back to computing.
"""

from __future__ import annotations

import pickle
import sys

import pytest

from stc_runtime import caching
from stc_runtime.caching import core, persist

CALLS = {"calls.py": "log = []\n"}

APP = """
import streamlit as st
import calls

@st.cache_data{args}
def load(n):
    calls.log.append(n)
    st.success(f"loaded {{n}}")
    return list(range(n))

st.title("Data")
data = load(st.session_state.get("n", 3))
st.write(f"rows: {{len(data)}}")
"""


class DictStore:
    """The store's contract, kept in a dict, with a log of what was asked."""

    def __init__(self, fingerprint: str = "site-v1") -> None:
        self.fingerprint = fingerprint
        self.data: dict[str, bytes] = {}
        self.meta: dict[str, dict] = {}
        self.reads: list[str] = []
        self.deleted: list[str] = []
        self.problems: list[str] = []
        self.cleared = 0

    def read(self, key):
        self.reads.append(key)
        return self.data.get(key)

    def write(self, key, data, meta):
        self.data[key] = bytes(data)
        self.meta[key] = meta

    def delete(self, key):
        self.deleted.append(key)
        self.data.pop(key, None)
        self.meta.pop(key, None)

    def delete_function(self, fn):
        for key in [k for k, m in self.meta.items() if m["fn"] == fn]:
            self.delete(key)

    def clear(self):
        self.cleared += 1
        self.data.clear()
        self.meta.clear()

    def problem(self, message):
        self.problems.append(message)


@pytest.fixture
def store():
    s = DictStore()
    persist.install(s)
    caching.clear_all()
    s.cleared = 0
    yield s
    persist.install(None)
    caching.clear_all()
    core.set_clock(None)


def reload_page() -> None:
    """What a reload does to the worker: a new Python, empty caches."""
    core._caches.clear()


def calls() -> list:
    return sys.modules["calls"].log


def test_a_miss_writes_the_entry_and_a_reload_hits_it_without_running_the_function(app, store):
    a = app(APP.format(args=""), files=CALLS).run()
    assert calls() == [3]
    [(key, meta)] = store.meta.items()
    assert meta["fn"] and meta["family"].startswith("__main__.load@")
    assert meta["expires"] is None and meta["max_entries"] is None
    assert meta["size"] == len(store.data[key])
    first = a.paths()

    reload_page()
    b = app(APP.format(args=""), files=CALLS)
    b.run()
    assert calls() == [3]  # not run again
    assert b.paths() == first  # the success message replayed, in place
    assert b.markdown()[-1] == "rows: 3"
    spinners = [d.element for d in b.last.deltas if d.element["kind"] == "spinner"]
    assert [s["done"] for s in spinners] == [True]  # no spinner shown on the hit
    # Only the entry asked for was read.
    assert store.reads[-1:] == [key]


def test_only_the_requested_entry_is_read(app, store):
    a = app(APP.format(args=""), files=CALLS)
    for n in range(1, 6):
        a.session.state["n"] = n
        a.run()
    assert len(store.data) == 5
    reload_page()
    store.reads.clear()
    a.session.state["n"] = 4
    a.run()
    assert calls() == [1, 2, 3, 4, 5]
    assert len(store.reads) == 1 and store.reads[0] in store.data


def test_entries_are_keyed_by_the_sites_fingerprint(app, store):
    app(APP.format(args=""), files=CALLS).run()
    reload_page()
    # A redeploy with other data files or packages: other keys.
    store.fingerprint = "site-v2"
    app(APP.format(args=""), files=CALLS).run()
    assert calls() == [3, 3]
    assert len(store.data) == 2


def test_ttl_holds_across_reloads(app, store):
    clock = type("Clock", (), {"now": 5_000.0, "__call__": lambda self: self.now})()
    core.set_clock(clock)
    app(APP.format(args="(ttl='1h')"), files=CALLS).run()
    [meta] = store.meta.values()
    assert meta["created"] == 5_000.0 and meta["expires"] == 5_000.0 + 3600

    reload_page()
    clock.now += 3000
    app(APP.format(args="(ttl='1h')"), files=CALLS).run()
    assert calls() == [3]
    reload_page()
    clock.now += 700  # 3700 s old
    app(APP.format(args="(ttl='1h')"), files=CALLS).run()
    assert calls() == [3, 3]
    assert store.deleted  # the expired entry was dropped from the store


def test_max_entries_counts_creation_time_of_entries_read_back(app, store):
    clock = type("Clock", (), {"now": 100.0, "__call__": lambda self: self.now})()
    core.set_clock(clock)
    a = app(APP.format(args="(max_entries=2)"), files=CALLS)

    def call(n):
        a.session.state["n"] = n
        a.run()
        clock.now += 10

    call(1)  # created at 100
    call(2)  # 110
    assert {m["max_entries"] for m in store.meta.values()} == {2}
    reload_page()
    call(3)  # computed at 120
    call(2)  # read back: created at 110
    call(4)  # computed at 130: the oldest entry goes, which is 2, not 3
    assert calls() == [1, 2, 3, 4]
    call(3)
    assert calls() == [1, 2, 3, 4]
    reload_page()
    store.data.clear()
    call(3)
    assert calls() == [1, 2, 3, 4, 3]


def test_a_damaged_entry_is_reported_and_computed_again(app, store):
    app(APP.format(args=""), files=CALLS).run()
    [key] = store.data
    store.data[key] = b"\x00garbage"
    reload_page()
    b = app(APP.format(args=""), files=CALLS).run()
    assert b.status == "complete" and b.markdown()[-1] == "rows: 3"
    assert calls() == [3, 3]
    assert len(store.problems) == 1 and "damaged" in store.problems[0]
    assert persist.decode_entry(store.data[key]).value  # rewritten


def test_an_entry_that_does_not_unpickle_is_reported_and_computed_again(app, store):
    app(APP.format(args=""), files=CALLS).run()
    [key] = store.data
    entry = persist.decode_entry(store.data[key])
    # E.g. pickled by another version of a package.
    store.data[key] = persist.encode_entry(entry.created, entry.messages, pickle.dumps(1)[:-3])
    reload_page()
    b = app(APP.format(args=""), files=CALLS).run()
    assert b.status == "complete" and b.markdown()[-1] == "rows: 3"
    assert calls() == [3, 3]
    assert len(store.problems) == 1 and "could not be read" in store.problems[0]


def test_clear_reaches_the_store(app, store):
    a = app(
        """
        import streamlit as st

        @st.cache_data
        def f(x):
            return x

        f(1); f(2)
        action = st.session_state.pop("action", None)
        if action == "one":
            f.clear(1)
        elif action == "function":
            f.clear()
        elif action == "all":
            st.cache_data.clear()
        """
    ).run()
    assert len(store.data) == 2
    a.session.state["action"] = "one"
    a.run()
    assert len(store.data) == 1
    a.run()  # f(1) computed and stored again
    a.session.state["action"] = "function"
    a.run()
    assert store.data == {}
    a.run()
    a.session.state["action"] = "all"
    a.run()
    assert store.cleared == 1 and store.data == {}


def test_cache_resource_and_session_scoped_entries_stay_in_memory(app, store):
    # The browser's store is shared by every tab: a session's own entries
    # must never reach it.
    a = app(
        """
        import streamlit as st

        @st.cache_resource
        def model():
            return object()

        @st.cache_data(scope="session")
        def mine():
            return {"rows": 3}

        model(); st.write(mine()["rows"])
        """
    ).run()
    assert store.data == {} and a.markdown() == ["`3`"]


def test_persisted_entries_hold_json_elements_and_a_value_that_cannot_run_code():
    from stc_runtime.caching import codec, replay

    data = persist.encode_entry(12.5, [replay.Record(["main"], {"kind": "alert", "variant": "info", "body": "x", "icon": None})], codec.encode({"a": 1}))
    entry = persist.decode_entry(data)
    assert entry.created == 12.5 and entry.messages[0].element == {"kind": "alert", "variant": "info", "body": "x", "icon": None}
    assert codec.decode(entry.value, allow_pickle=False) == {"a": 1}
    with pytest.raises(persist.CorruptEntry):
        persist.decode_entry(data[:10])


def test_the_pages_clear_caches_message_empties_both_caches(tmp_path, monkeypatch, store):
    # What the worker does for the app menu's "Clear cache" (protocol
    # ClearCaches): bridge.handle clears, then the worker sends a Rerun.
    import json

    from stc_runtime import bridge, protocol

    assert protocol.decode_to_worker({"type": "clear_caches"}) == protocol.ClearCaches()
    (tmp_path / "calls.py").write_text("log = []\n")
    (tmp_path / "app.py").write_text(
        "import streamlit as st\nimport calls\n\n"
        "@st.cache_data\ndef d():\n    calls.log.append('d')\n\n"
        "@st.cache_resource\ndef r():\n    calls.log.append('r')\n\n"
        "d(); r()\n"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    main = sys.modules.get("__main__")
    posted: list[str] = []
    try:
        bridge.start(str(tmp_path / "app.py"), posted.append)
        bridge.handle(json.dumps({"type": "rerun", "changes": []}))
        bridge.handle(json.dumps({"type": "rerun", "changes": []}))
        assert sys.modules["calls"].log == ["d", "r"]
        bridge.handle(json.dumps({"type": "clear_caches"}))
        assert store.cleared == 1
        bridge.handle(json.dumps({"type": "rerun", "changes": []}))
        assert sys.modules["calls"].log == ["d", "r", "d", "r"]
    finally:
        sys.modules["__main__"] = main  # type: ignore[assignment]
        sys.modules.pop("calls", None)
        bridge._session = None


def test_the_builds_cache_version_covers_data_files_and_packages_not_code(tmp_path):
    from stc.discover import AppFiles
    from stc.package import cache_version

    (tmp_path / "app.py").write_text("print(1)\n")
    (tmp_path / "data.csv").write_text("a\n1\n")
    app_files = AppFiles(root=tmp_path, entrypoint="app.py", files=("app.py", "data.csv"), total_bytes=0)
    lock = {"info": {"version": "0.27.7", "python": "3.12.7"},
            "packages": {"pandas": {"version": "2.2.3", "sha256": "aa"}}}
    base = cache_version(app_files, lock, b"runtime")
    assert len(base) == 32 and base == cache_version(app_files, lock, b"runtime")
    (tmp_path / "app.py").write_text("print(2)\n")  # code: covered by function keys
    assert cache_version(app_files, lock, b"runtime") == base
    (tmp_path / "data.csv").write_text("a\n2\n")
    changed_data = cache_version(app_files, lock, b"runtime")
    assert changed_data != base
    other_pandas = {**lock, "packages": {"pandas": {"version": "2.2.4", "sha256": "bb"}}}
    assert cache_version(app_files, other_pandas, b"runtime") != changed_data
    assert cache_version(app_files, {**lock, "info": {"version": "0.28.0"}}, b"runtime") != changed_data
    assert cache_version(app_files, lock, b"runtime 2") != changed_data
