"""st.cache_data and st.cache_resource in CPython (caching/core.py and what
it shares with cache_data.py and cache_resource.py): the examples of
Streamlit's "Caching overview" that run offline, plus the API around them
(ttl, max_entries, spinner, clear, validate, methods).

Call counts are kept in a local module (``calls.py``): the script's own
globals start over on every rerun, a module's do not.
"""

from __future__ import annotations

import sys
import textwrap

import pytest

from stc.testing import AppTest
from stc_runtime import caching
from stc_runtime.caching import core, persist

CALLS = {"calls.py": "log = []\n"}


# Streamlit's documented mutation example uses `inplace=True`, deprecated in pandas 3.
pytestmark = pytest.mark.filterwarnings("ignore:The inplace keyword")


def calls() -> list:
    return sys.modules["calls"].log


@pytest.fixture(autouse=True)
def fresh_caches():
    persist.install(None)
    caching.clear_all()
    yield
    core.set_clock(None)
    persist.install(None)
    caching.clear_all()


class FakeClock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# --- minimal example and basic behaviour -------------------------------------------


def test_minimal_example_runs_the_function_once_per_argument_value(app):
    a = app(
        """
        import streamlit as st
        import calls

        @st.cache_data
        def long_running_function(param1, param2):
            calls.log.append((param1, param2))
            return param1 + param2

        st.write(f"{long_running_function(1, 2)}")
        st.write(f"{long_running_function(1, 2)}")
        st.write(f"{long_running_function(2, 2)}")
        st.button("Rerun")
        """,
        files=CALLS,
    )
    a.run()
    assert a.markdown() == ["3", "3", "4"]
    a.click("Rerun")
    assert a.markdown() == ["3", "3", "4"]
    assert calls() == [(1, 2), (2, 2)]


def test_keyword_and_positional_calls_and_defaults_are_the_same_call(app):
    a = app(
        """
        import streamlit as st
        import calls

        @st.cache_data
        def f(a, b=2):
            calls.log.append(a)
            return a * b

        st.write(f"{f(1)} {f(a=1)} {f(1, 2)} {f(1, b=2)}")
        """,
        files=CALLS,
    ).run()
    assert a.markdown() == ["2 2 2 2"]
    assert calls() == [1]


def test_cache_data_returns_a_copy_and_cache_resource_the_object(app):
    a = app(
        """
        import streamlit as st

        @st.cache_data
        def data():
            return [1, 2, 3]

        @st.cache_resource
        def resource():
            return [1, 2, 3]

        first, second = data(), data()
        st.write(f"{first is second} {first == second}")
        st.write(f"{resource() is resource()}")
        """
    ).run()
    assert a.markdown() == ["False True", "True"]


# --- "Mutation and concurrency issues" (Streamlit's caching docs) -----------------------

MUTATION_APP = """
import pandas as pd
import streamlit as st

@st.{decorator}
def load_data(url):
    return pd.DataFrame({{"Lat": [40.7, 40.8], "Lon": [-73.9, -74.0]}})

df = load_data("uber-rides-data1.csv")
st.dataframe(df)
df.drop(columns=['Lat'], inplace=True)
st.button("Rerun")
"""


def test_mutating_a_cache_resource_value_breaks_the_second_run(app):
    a = app(MUTATION_APP.format(decorator="cache_resource")).run()
    assert a.status == "complete"
    a.click("Rerun")
    assert a.status == "error"
    [exc] = a.exceptions()
    assert exc["type"] == "KeyError" and "['Lat'] not found in axis" in exc["message"]


def test_mutating_a_cache_data_copy_does_not_touch_the_cache(app):
    a = app(MUTATION_APP.format(decorator="cache_data")).run()
    a.click("Rerun").click("Rerun")
    assert a.status == "complete" and not a.exceptions()
    assert [c["name"] for c in a.elements("dataframe")[0]["columns"]] == ["Lat", "Lon"]


CONCURRENCY_APP = """
import streamlit as st

@st.{decorator}
def create_list():
    l = [1, 2, 3]
    return l

l = create_list()
first_list_value = l[0]
l[0] = first_list_value + 1
st.write(f"l[0] is: {{l[0]}}")
"""


def test_two_sessions_share_a_cache_resource_object(tmp_path):
    (tmp_path / "app.py").write_text(CONCURRENCY_APP.format(decorator="cache_resource"))
    user_a = AppTest.from_file(tmp_path / "app.py").run()
    assert user_a.markdown[0].value == "l[0] is: 2"
    user_b = AppTest.from_file(tmp_path / "app.py").run()
    assert user_b.markdown[0].value == "l[0] is: 3"
    user_a.run()
    assert user_a.markdown[0].value == "l[0] is: 4"


def test_two_sessions_each_get_their_own_cache_data_copy(tmp_path):
    (tmp_path / "app.py").write_text(CONCURRENCY_APP.format(decorator="cache_data"))
    user_a = AppTest.from_file(tmp_path / "app.py").run()
    user_b = AppTest.from_file(tmp_path / "app.py").run()
    user_a.run()
    assert [user_a.markdown[0].value, user_b.markdown[0].value] == ["l[0] is: 2", "l[0] is: 2"]


def test_two_sessions_share_cache_data_entries(app):
    source = """
        import streamlit as st
        import calls

        @st.cache_data
        def load():
            calls.log.append("load")
            return 42

        st.write(f"{load()}")
        """
    first = app(source, files=CALLS).run()
    from stc_runtime.runner import AppSession

    second_msgs: list = []
    AppSession(str(first.script), second_msgs.append).handle(__import__("stc_runtime").protocol.Rerun())
    assert calls() == ["load"]
    bodies = [m.element.get("body") for m in second_msgs if type(m).__name__ == "Delta"]
    assert "42" in bodies


# --- ttl and max_entries ---------------------------------------------------------------


@pytest.mark.parametrize(
    "ttl, seconds",
    [(3600, 3600), (1.5, 1.5), ("1h", 3600), ("1d", 86400), ("30m", 1800), ("1d2h34m", 95640),
     ("2 days", 172800), ("10s", 10), ("1 hour 30 minutes", 5400), (None, float("inf"))],
)
def test_ttl_values(ttl, seconds):
    assert core.ttl_seconds(ttl) == seconds


def test_ttl_timedelta_and_bad_strings():
    import datetime

    assert core.ttl_seconds(datetime.timedelta(hours=1)) == 3600
    from stc_runtime.errors import StreamlitBadTimeStringError

    with pytest.raises(StreamlitBadTimeStringError, match="Time string doesn't look right"):
        core.ttl_seconds("soon")


@pytest.mark.parametrize("ttl", ["3600", "'1h'", "datetime.timedelta(hours=1)"])
def test_ttl_expires_entries_on_a_controllable_clock(app, ttl):
    clock = FakeClock()
    core.set_clock(clock)
    a = app(
        f"""
        import datetime
        import streamlit as st
        import calls

        @st.cache_data(ttl={ttl})  # Cache data for 1 hour (=3600 seconds)
        def get_api_data():
            calls.log.append("api")
            return len(calls.log)

        st.write(f"{{get_api_data()}}")
        st.button("Rerun")
        """,
        files=CALLS,
    ).run()
    clock.now += 3599
    a.click("Rerun")
    assert a.markdown() == ["1"]
    clock.now += 2
    a.click("Rerun")
    assert a.markdown() == ["2"]
    assert calls() == ["api", "api"]


def test_cache_resource_ttl_and_the_documented_static_method_pattern(app):
    # Streamlit's docs, "Pattern 4: Use caching to preserve your class": the class is
    # redefined on every rerun, the cached instance is not.
    clock = FakeClock()
    core.set_clock(clock)
    a = app(
        """
        import streamlit as st
        import calls

        class MyResource:
            def __init__(self, api_url: str):
                self._url = api_url

            @st.cache_resource(ttl=300)
            @staticmethod
            def get_resource_manager(api_url: str):
                return MyResource(api_url)

        resource_manager = MyResource.get_resource_manager("http://example.com/api/")
        calls.log.append(resource_manager)
        st.write(resource_manager._url)
        st.button("Rerun")
        """,
        files=CALLS,
    ).run()
    a.click("Rerun")
    assert a.markdown() == ["http://example.com/api/"]
    assert calls()[0] is calls()[1]
    clock.now += 301
    a.click("Rerun")
    assert calls()[2] is not calls()[1]


def test_max_entries_drops_the_oldest_entry_first(app):
    a = app(
        """
        import numpy as np
        import streamlit as st
        import calls

        @st.cache_data(max_entries=2)
        def get_large_array(seed):
            calls.log.append(seed)
            np.random.seed(seed)
            return np.random.rand(10)

        for seed in st.session_state.get("seeds", []):
            get_large_array(seed)
        """,
        files=CALLS,
    )
    a.session.state["seeds"] = [1, 2, 3]
    a.run()
    assert calls() == [1, 2, 3]
    a.session.state["seeds"] = [3, 2]
    a.run()
    assert calls() == [1, 2, 3]  # both still cached
    a.session.state["seeds"] = [1]
    a.run()
    assert calls() == [1, 2, 3, 1]  # 1 was the oldest: evicted when 3 came
    a.session.state["seeds"] = [3, 2]
    a.run()
    assert calls() == [1, 2, 3, 1, 2]  # adding 1 evicted 2 (now the oldest)


# --- spinner ------------------------------------------------------------------------


def test_spinner_names_the_function_while_it_computes_and_keeps_its_place_on_hits(app):
    a = app(
        """
        import streamlit as st

        @st.cache_data
        def load():
            return 1

        @st.cache_data
        def load_with(x):
            return x

        @st.cache_data(show_spinner="Fetching data from API...")
        def fetch():
            return 2

        @st.cache_data(show_spinner=False)
        def quiet():
            return 3

        load(); load_with(1); fetch(); quiet()
        st.write("end")
        st.button("Rerun")
        """
    ).run()
    first = a.paths("spinner")
    assert [e["text"] for _, e in first] == ["Running `load()`.", "Running `load_with(...)`.", "Fetching data from API..."]
    # On a miss the spinner is written, then marked done at the same place.
    deltas = [d for d in a.last.deltas if d.element["kind"] == "spinner"]
    assert [d.element["done"] for d in deltas] == [False, True] * 3
    assert all(e["cache"] for _, e in first)
    a.click("Rerun")
    again = a.paths("spinner")
    assert [p for p, _ in again] == [p for p, _ in first]
    assert [d.element["done"] for d in a.last.deltas if d.element["kind"] == "spinner"] == [True] * 3


# --- return values --------------------------------------------------------------------


def test_unpicklable_cache_data_value_suggests_cache_resource(app):
    a = app(
        """
        import threading
        import streamlit as st

        @st.cache_data
        def make_lock():
            return threading.Lock()

        make_lock()
        """
    ).run()
    [exc] = a.exceptions()
    assert exc["type"] == "UnserializableReturnValueError"
    assert "st.cache_resource" in exc["message"] and "_thread.lock" in exc["message"]


def test_an_exception_in_the_function_is_not_cached(app):
    a = app(
        """
        import streamlit as st
        import calls

        @st.cache_data
        def flaky():
            calls.log.append(1)
            if len(calls.log) == 1:
                raise ValueError("first time")
            return "ok"

        st.write(flaky())
        """,
        files=CALLS,
    ).run()
    assert a.exceptions()[0]["message"] == "first time"
    a.run()
    assert a.markdown() == ["ok"]
    a.run()
    assert calls() == [1, 1]


# --- code changes and clearing ---------------------------------------------------------------


def test_editing_the_function_invalidates_its_cache(app):
    a = app(
        """
        import streamlit as st
        import calls

        @st.cache_data
        def version():
            calls.log.append(1)
            return "one"

        st.write(f"{version()}")
        """,
        files=CALLS,
    ).run()
    a.run()
    assert a.markdown() == ["one"] and calls() == [1]
    a.write_script(
        """
        import streamlit as st
        import calls

        # a comment moves the function: that alone changes nothing
        @st.cache_data
        def version():
            calls.log.append(2)
            return "two"

        st.write(f"{version()}")
        """
    )
    a.run()
    assert a.markdown() == ["two"] and calls() == [1, 2]
    assert len([c for c in core._caches.values() if c.family.startswith("__main__.version")]) == 1


def test_moving_the_function_keeps_its_cache(app):
    source = """
        import streamlit as st
        import calls
        {padding}
        @st.cache_data
        def f():
            calls.log.append(1)
            return 1

        st.write(f"{{f()}}")
        """
    a = app(source.format(padding=""), files=CALLS).run()
    a.write_script(source.format(padding="\nx = 1\n\n"))
    a.run()
    assert calls() == [1]


def test_clear_functions(app):
    a = app(
        """
        import streamlit as st
        import calls

        @st.cache_data
        def data(x):
            calls.log.append(("data", x))
            return x

        @st.cache_resource
        def resource():
            calls.log.append("resource")
            return object()

        data(1); data(2); resource()
        action = st.session_state.pop("action", None)
        if action == "function":
            data.clear()
        elif action == "one":
            data.clear(2)
        elif action == "data":
            st.cache_data.clear()
        elif action == "resource":
            st.cache_resource.clear()
        """,
        files=CALLS,
    ).run()
    assert len(calls()) == 3

    def run_with(action):
        calls().clear()
        a.session.state["action"] = action
        a.run()  # clears at the end of this run
        calls().clear()
        a.run()
        return calls()

    assert run_with("one") == [("data", 2)]
    assert run_with("function") == [("data", 1), ("data", 2)]
    assert run_with("data") == [("data", 1), ("data", 2)]
    assert run_with("resource") == ["resource"]
    assert run_with(None) == []


def test_clear_all_is_the_menus_clear_cache(app):
    a = app(
        """
        import streamlit as st
        import calls

        @st.cache_data
        def d():
            calls.log.append("d")

        @st.cache_resource
        def r():
            calls.log.append("r")

        d(); r()
        """,
        files=CALLS,
    ).run()
    caching.clear_all()
    a.run()
    assert calls() == ["d", "r", "d", "r"]


def test_validate_recomputes_a_resource_that_is_no_longer_valid(app):
    a = app(
        """
        import streamlit as st
        import calls

        class Connection:
            def __init__(self):
                self.open = True

        @st.cache_resource(validate=lambda conn: conn.open)
        def connect():
            calls.log.append("connect")
            return Connection()

        conn = connect()
        if st.session_state.pop("close", False):
            conn.open = False
        """,
        files=CALLS,
    ).run()
    a.run()
    assert calls() == ["connect"]
    a.session.state["close"] = True
    a.run()
    a.run()
    assert calls() == ["connect", "connect"]


def test_decorator_argument_errors():
    from stc_runtime.errors import StreamlitValueError

    with pytest.raises(StreamlitValueError, match=r"Invalid `persist` value\. Supported values: 'disk', None\."):
        caching.cache_data(persist="memory")
    with pytest.raises(Exception, match="max_entries"):
        caching.cache_data(max_entries=-1)
    assert caching.cache_data(persist="disk")(lambda: 1)() == 1
    assert caching.cache_data(persist=True)(lambda: 2)() == 2


def test_decorated_function_keeps_its_name_and_works_outside_a_run():
    @caching.cache_data
    def add(arr1, arr2):
        """Add."""
        return arr1 + arr2

    assert add.__name__ == "add" and add.__doc__ == "Add." and add.__wrapped__ is not None
    assert add(1, 2) == 3 and add(1, 2) == 3


def test_classmethods_bind_the_class():
    class Loader:
        calls = 0

        @caching.cache_resource
        @classmethod
        def load(cls, x):
            cls.calls += 1
            return (cls.__name__, x)

    assert Loader.load(1) == ("Loader", 1) and Loader().load(1) == ("Loader", 1)
    assert Loader.calls == 1


def test_st_namespace_exposes_the_caching_api():
    import stc_runtime as st

    assert st.cache_data is caching.cache_data and st.cache_resource is caching.cache_resource
    assert callable(st.cache_data.clear) and callable(st.cache_resource.clear)
    assert textwrap.dedent(repr(st.cache_data)) == "st.cache_data"


def test_concurrent_callers_of_one_missing_value_compute_it_once():
    import threading
    import time

    seen = []

    @caching.cache_data
    def slow(x):
        seen.append(x)
        time.sleep(0.2)
        return x

    results = []
    threads = [threading.Thread(target=lambda: results.append(slow(1))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [1] and results == [1, 1, 1, 1]
    assert core._compute_locks == {}  # no lock left behind


# --- 1.67's parameters: max_size, show_time, scope, on_release, refresh_mode ----


def test_max_size_drops_the_least_recently_used_values(app):
    a = app(
        """
        import streamlit as st
        import calls

        @st.cache_data(max_size=2500)
        def blob(n):
            calls.log.append(n)
            return "x" * 1000

        for n in st.session_state.setdefault("order", [1, 2, 1, 3]):
            blob(n)
        """,
        files=CALLS,
    ).run()
    # 1 was read again before 3 came, so 2 (least recently used) went.
    assert calls() == [1, 2, 3]
    a.session.state["order"] = [1, 3, 2]
    a.run()
    assert calls() == [1, 2, 3, 2]


def test_max_size_accepts_units_and_checks_values():
    from stc_runtime.errors import StreamlitInvalidParameterTypeError, StreamlitValueError

    assert core.check_max_size("1.1KB") == 1126 and core.check_max_size("2 MiB") == 2 * 1024**2
    with pytest.raises(StreamlitValueError, match=r"Invalid `max_size` value\. Supported values: a positive byte"):
        caching.cache_data(max_size="500")
    with pytest.raises(StreamlitValueError):
        caching.cache_data(max_size=0)
    with pytest.raises(StreamlitInvalidParameterTypeError, match="Provided type: bool"):
        caching.cache_data(max_size=True)


def test_show_time_shows_the_elapsed_time_on_the_spinner(app):
    a = app(
        """
        import streamlit as st

        @st.cache_data(show_time=True)
        def slow():
            return 1

        slow()
        """
    ).run()
    (spinner,) = [d.element for d in a.last.deltas if d.element["kind"] == "spinner"][:1]
    assert spinner["show_time"] is True


def test_session_scope_is_not_shared_between_sessions(app):
    source = """
        import streamlit as st
        import calls

        @st.cache_resource(scope="session")
        def conn():
            calls.log.append("connect")
            return object()

        conn(); conn()
        """
    first = app(source, files=CALLS).run()
    first.run()
    assert calls() == ["connect"]
    from stc_runtime.runner import AppSession

    other = AppSession(str(first.script), lambda msg: None)
    other.handle(__import__("stc_runtime.protocol", fromlist=["Rerun"]).Rerun())
    assert calls() == ["connect", "connect"]


def test_session_scoped_entries_are_released_when_the_session_ends(app):
    import gc

    a = app(
        """
        import streamlit as st
        import calls

        @st.cache_resource(scope="session", on_release=lambda v: calls.log.append(f"release {v}"))
        def conn():
            return "db"

        conn()
        """,
        files=CALLS,
    ).run()
    assert calls() == []
    a.session = None
    gc.collect()
    assert calls() == ["release db"]


def test_session_scope_outside_a_run_raises():
    from stc_runtime.errors import StreamlitAPIException

    f = caching.cache_data(scope="session")(lambda: 1)
    with pytest.raises(StreamlitAPIException, match="A session-scoped cache was accessed outside"):
        f()


def test_on_release_is_called_for_evicted_and_cleared_values(app):
    a = app(
        """
        import streamlit as st
        import calls

        @st.cache_resource(max_entries=1, on_release=lambda v: calls.log.append(f"release {v}"))
        def res(n):
            return n

        res(1); res(2)
        if st.session_state.get("clear"):
            st.cache_resource.clear()
        """,
        files=CALLS,
    ).run()
    assert calls() == ["release 1"]
    a.session.state["clear"] = True
    a.run()
    assert calls() == ["release 1", "release 2", "release 1", "release 2"]


def test_scope_refresh_mode_and_callbacks_are_checked_as_1_67_does():
    from stc_runtime.errors import (StreamlitAPIException, StreamlitIncompatibleParametersError,
                                    StreamlitMissingRequiredParameterError, StreamlitValueError)

    with pytest.raises(StreamlitValueError, match=r"Invalid `scope` value\. Supported values: 'global', 'session'\."):
        caching.cache_data(scope="tab")
    with pytest.raises(StreamlitValueError, match="Invalid `refresh_mode` value. Supported values: foreground, bac"):
        caching.cache_resource(refresh_mode="later")
    with pytest.raises(StreamlitMissingRequiredParameterError, match="The `ttl` parameter is required."):
        caching.cache_data(refresh_mode="background")
    with pytest.raises(StreamlitIncompatibleParametersError, match="`refresh_mode='background'` and `persist='disk'`"):
        caching.cache_data(refresh_mode="background", ttl=60, persist="disk")

    async def release(value):
        pass

    with pytest.raises(StreamlitAPIException, match="The `on_release` callback of `st.cache_resource` must be"):
        caching.cache_resource(on_release=release)
    assert caching.cache_data(ttl=60, refresh_mode="background")(lambda: 5)() == 5


def test_background_refresh_serves_the_expired_value_while_a_thread_computes(app, monkeypatch):
    import time

    clock = FakeClock()
    core.set_clock(clock)
    a = app(
        """
        import streamlit as st
        import calls

        @st.cache_data(ttl=60, refresh_mode="background")
        def price():
            calls.log.append("fetch")
            return len(calls.log)

        st.write(f"price {price()}")
        """,
        files=CALLS,
    ).run()
    assert a.markdown() == ["price 1"]
    clock.now += 90  # expired, but within one more ttl: served, refreshed behind
    a.run()
    assert a.markdown() == ["price 1"]
    for _ in range(200):
        if calls() == ["fetch", "fetch"]:
            break
        time.sleep(0.01)
    time.sleep(0.05)
    a.run()
    assert a.markdown() == ["price 2"] and calls() == ["fetch", "fetch"]
    clock.now += 500  # far too old: the call waits for a new value
    a.run()
    assert a.markdown() == ["price 3"]
