"""Argument hashing of st.cache_data/st.cache_resource (caching/hashing.py):
what is equal, what differs, what cannot be hashed, and that hashes do not
depend on the process (entries persist across page reloads)."""

from __future__ import annotations

import collections
import dataclasses
import datetime
import decimal
import enum
import functools
import io
import re
import subprocess
import sys
import uuid

import numpy as np
import pandas as pd
import pytest

from stc.testing import AppTest
from stc_runtime import caching
from stc_runtime.caching import core, persist
from stc_runtime.caching.errors import UnhashableTypeError, UserHashError
from stc_runtime.caching.hashing import hash_value


class Color(enum.Enum):
    RED = 1
    BLUE = 2


@dataclasses.dataclass
class Point:
    x: int
    y: int


class Plain:
    def __init__(self, v):
        self.v = v


def double(x):
    return 2 * x


def triple(x):
    return 3 * x


SAME = [
    (1, 1),
    ("a", "a"),
    (b"x", b"x"),
    (bytearray(b"x"), bytearray(b"x")),
    (1.5, 1.5),
    (float("nan"), float("nan")),
    ([1, [2, {"a": (3, None)}]], [1, [2, {"a": (3, None)}]]),
    ({"x", "y", "z"}, {"z", "y", "x"}),
    (frozenset({1, 2}), frozenset({2, 1})),
    (datetime.date(2024, 1, 2), datetime.date(2024, 1, 2)),
    (datetime.datetime(2024, 1, 2, 3, tzinfo=datetime.timezone.utc), datetime.datetime(2024, 1, 2, 3, tzinfo=datetime.timezone.utc)),
    (datetime.timedelta(hours=1), datetime.timedelta(seconds=3600)),
    (decimal.Decimal("1.10"), decimal.Decimal("1.10")),
    (uuid.UUID(int=5), uuid.UUID(int=5)),
    (Color.RED, Color.RED),
    (Point(1, 2), Point(1, 2)),
    (re.compile("a+", re.I), re.compile("a+", re.I)),
    (range(3), range(3)),
    (collections.deque([1, 2]), collections.deque([1, 2])),
    (pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}), pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})),
    (pd.Series([1.0, 2.0], name="s"), pd.Series([1.0, 2.0], name="s")),
    (pd.Index(["a", "b"]), pd.Index(["a", "b"])),
    (np.arange(6).reshape(2, 3), np.arange(6).reshape(2, 3)),
    (np.array(["be", "a"], dtype=object), np.array(["be", "a"], dtype=object)),
    (np.int64(3), np.int64(3)),
    (double, double),
    (lambda x: x + 1, lambda x: x + 1),
    (functools.partial(double, 2), functools.partial(double, 2)),
    (len, len),
    (Plain, Plain),
    (io.BytesIO(b"data"), io.BytesIO(b"data")),
    (pd.Timestamp("2024-01-01"), pd.Timestamp("2024-01-01")),
]

DIFFERENT = [
    (1, 1.0),
    (1, True),
    (1, "1"),
    (0, None),
    ("", b""),
    ([1, 2], (1, 2)),
    ([1, 2], [2, 1]),
    ({"a": 1}, {"a": 2}),
    (Color.RED, Color.BLUE),
    (Point(1, 2), Point(2, 1)),
    (datetime.datetime(2024, 1, 2, 3), datetime.datetime(2024, 1, 2, 3, tzinfo=datetime.timezone.utc)),
    (pd.DataFrame({"a": [1, 2]}), pd.DataFrame({"a": [1, 3]})),
    (pd.DataFrame({"a": [1, 2]}), pd.DataFrame({"b": [1, 2]})),
    (pd.DataFrame({"a": [1, 2]}), pd.DataFrame({"a": [1.0, 2.0]})),
    (np.arange(6).reshape(2, 3), np.arange(6).reshape(3, 2)),
    (np.arange(3, dtype="int32"), np.arange(3, dtype="int64")),
    (np.array(["be", "a"], dtype=object), np.array(["be", "c"], dtype=object)),
    (double, triple),
    (io.BytesIO(b"data"), io.BytesIO(b"date")),
]


@pytest.mark.parametrize("a, b", SAME)
def test_equal_values_hash_equal(a, b):
    assert hash_value(a) == hash_value(b)


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different_values_hash_differently(a, b):
    assert hash_value(a) != hash_value(b)


def test_closures_hash_what_they_captured():
    def make(k):
        return lambda x: x * k

    assert hash_value(make(2)) == hash_value(make(2))
    assert hash_value(make(2)) != hash_value(make(3))


def test_self_referencing_values_hash():
    a: list = [1]
    a.append(a)
    b: list = [1]
    b.append(b)
    assert hash_value(a) == hash_value(b)


def test_large_frames_are_sampled_but_still_hash_by_content():
    df = pd.DataFrame({"a": np.arange(200_000)})
    assert hash_value(df) == hash_value(df.copy())
    assert hash_value(df) != hash_value(df.assign(a=df.a + 1))


@pytest.mark.parametrize("value", [Plain(1), object(), __import__("threading").Lock()])
def test_instances_of_ordinary_classes_are_unhashable(value):
    with pytest.raises(UnhashableTypeError):
        hash_value(value)


def test_hash_funcs_by_type_and_by_name_apply_to_that_exact_type():
    seen = []

    def by_value(p):
        seen.append(p.v)
        return p.v

    assert hash_value(Plain(1), hash_funcs={Plain: by_value}) == hash_value(Plain(1), hash_funcs={Plain: by_value})
    assert hash_value(Plain(1), hash_funcs={Plain: by_value}) != hash_value(Plain(2), hash_funcs={Plain: by_value})
    name = f"{Plain.__module__}.Plain"
    assert hash_value([Plain(1)], hash_funcs={name: by_value}) == hash_value([Plain(1)], hash_funcs={Plain: by_value})
    assert seen == [1, 1, 1, 2, 1, 1]


def test_hash_funcs_override_builtin_rules():
    # The documented ``hash_funcs={np.ndarray: str}``: the function is used.
    used = []

    def as_text(arr):
        used.append(1)
        return str(arr)

    a = np.array([1, 2, 3])
    assert hash_value(a, hash_funcs={np.ndarray: as_text}) == hash_value(np.array([1, 2, 3]), hash_funcs={np.ndarray: as_text})
    assert used == [1, 1]


def test_failing_hash_funcs_raise_user_hash_error():
    def broken(_):
        raise ValueError("bad")

    with pytest.raises(UserHashError, match="broken"):
        hash_value(Plain(1), hash_funcs={Plain: broken})


def test_hashes_are_the_same_in_another_process():
    # Keys of entries stored in the browser must survive a reload: no id(),
    # no str hash seed, no set order.
    code = (
        "import datetime, numpy as np, pandas as pd\n"
        "from stc_runtime.caching.hashing import hash_value\n"
        "print(hash_value([{'b', 'a', 'c'}, {'k': frozenset({'x', 'y'})}, 1.5, 'text', None, "
        "datetime.date(2024, 1, 1), pd.DataFrame({'a': ['x', 'y']}), np.array(['p', 'q'], dtype=object)]))\n"
    )
    out = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    }
    assert len(out) == 1 and len(out.pop().strip()) == 32


CALLS = {"calls.py": "log = []\n"}


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


# --- excluding parameters, hash_funcs, UnhashableParamError ---------------------------------


def test_underscore_parameters_are_not_hashed(app):
    a = app(
        """
        import streamlit as st
        import calls

        class Connection:
            def fetch(self, n):
                return list(range(n))

        @st.cache_data
        def fetch_data(_db_connection, num_rows):  # Don't hash _db_connection
            calls.log.append(num_rows)
            data = _db_connection.fetch(num_rows)
            return data

        connection = Connection()
        st.write(fetch_data(connection, 10))
        st.write(fetch_data(Connection(), 10))
        st.write(fetch_data(connection, 3))
        """,
        files=CALLS,
    ).run()
    assert a.status == "complete"
    assert calls() == [10, 3]


CUSTOM_CLASS_APP = """
import streamlit as st
import calls

class MyCustomClass:
    def __init__(self, initial_score: int):
        self.my_score = initial_score
{hash_func}
@st.cache_data{decorator_args}
def multiply_score(obj: MyCustomClass, multiplier: int) -> int:
    calls.log.append(obj.my_score)
    return obj.my_score * multiplier

initial_score = st.number_input("Enter initial score", value=15)
score = MyCustomClass(initial_score)
multiplier = 2
st.write(f"{{multiply_score(score, multiplier)}}")
"""


def test_custom_class_argument_raises_unhashable_param_error(app):
    a = app(CUSTOM_CLASS_APP.format(hash_func="", decorator_args=""), files=CALLS).run()
    [exc] = a.exceptions()
    assert exc["type"] == "UnhashableParamError"
    first_line = exc["message"].splitlines()[0]
    assert first_line == "Cannot hash argument 'obj' (of type __main__.MyCustomClass) in 'multiply_score'."
    # ... and says how to fix it.
    assert "def multiply_score(_obj, ...):" in exc["message"]
    assert "hash_funcs" in exc["message"]


def test_hash_funcs_by_type_hashes_a_custom_class(app):
    a = app(
        CUSTOM_CLASS_APP.format(
            hash_func="\ndef hash_func(obj: MyCustomClass) -> int:\n    return obj.my_score\n",
            decorator_args="(hash_funcs={MyCustomClass: hash_func})",
        ),
        files=CALLS,
    ).run()
    assert a.markdown() == ["30"]
    a.run()  # MyCustomClass is a new class object on this run: still a hit
    a.set("number_input", "Enter initial score", 20)
    a.set("number_input", "Enter initial score", 15)
    assert a.markdown() == ["30"]
    assert calls() == [15, 20]


METHOD_APP = """
import streamlit as st
import calls

class MyCustomClass:
    def __init__(self, initial_score: int):
        self.my_score = initial_score

    @st.cache_data{decorator_args}
    def multiply_score(self, multiplier: int) -> int:
        calls.log.append(self.my_score)
        return self.my_score * multiplier

initial_score = st.number_input("Enter initial score", value=15)
score = MyCustomClass(initial_score)
multiplier = 2
st.write(f"{{score.multiply_score(multiplier)}}")
st.button("Rerun")
"""


def test_cached_method_hashes_self(app):
    a = app(METHOD_APP.format(decorator_args=""), files=CALLS).run()
    [exc] = a.exceptions()
    assert "Cannot hash argument 'self' (of type __main__.MyCustomClass) in 'multiply_score'." in exc["message"]


def test_cached_method_with_hash_funcs_by_qualified_name(app):
    a = app(
        METHOD_APP.format(decorator_args='(hash_funcs={"__main__.MyCustomClass": lambda x: hash(x.my_score)})'),
        files=CALLS,
    ).run()
    assert a.markdown() == ["30"]
    a.click("Rerun").click("Rerun")
    assert calls() == [15]


def test_hash_funcs_id_recomputes_on_every_run(app):
    a = app(METHOD_APP.format(decorator_args='(hash_funcs={"__main__.MyCustomClass": id})'), files=CALLS).run()
    a.click("Rerun").click("Rerun")
    assert calls() == [15, 15, 15]


def test_pydantic_model_example():
    pytest.importorskip("pydantic")
    source = """
        import streamlit as st
        from pydantic import BaseModel

        class Person(BaseModel):
            name: str

        @st.cache_data{args}
        def identity(person: Person):
            return person

        person = identity(Person(name="Lee"))
        st.write(f"The person is {{person.name}}")
        """
    at = AppTest.from_string(source.format(args="")).run()
    assert "Cannot hash argument 'person' (of type __main__.Person) in 'identity'." in at.exception[0].value
    at = AppTest.from_string(source.format(args="(hash_funcs={Person: lambda p: p.name})")).run()
    assert at.markdown[0].value == "The person is Lee"


def test_ml_model_example_with_a_stand_in_model_class(app):
    # Streamlit's documented TensorFlow example; a small class stands in for keras'
    # Functional (no TensorFlow offline).
    source = """
        import streamlit as st
        import calls

        class Functional:
            def __init__(self, name, layers):
                self.name = name
                self.layers = [type("Layer", (), {{"name": n}})() for n in layers]

        @st.cache_resource
        def load_base_model(option):
            if option == 1:
                return Functional("resnet50", ["conv1", "pool1"])
            else:
                return Functional("mobilenetv2", ["conv_a", "conv_b", "head"])

        @st.cache_resource{args}
        def load_layers({param}):
            calls.log.append({param}.name)
            return [layer.name for layer in {param}.layers]

        option = st.radio("Model 1 or 2", [1, 2])
        base_model = load_base_model(option)
        layers = load_layers(base_model)
        st.write(layers)
        """
    a = app(source.format(args="", param="base_model"), files=CALLS).run()
    assert "Cannot hash argument 'base_model' (of type __main__.Functional) in 'load_layers'." in a.exceptions()[0]["message"]

    # An underscore silences the error, and shows the same layers for both
    # models: the bug Streamlit's docs describe.
    caching.clear_all()
    b = app(source.format(args="", param="_base_model"), files=CALLS).run()
    b.set("radio", "Model 1 or 2", 1)
    assert b.elements("json")[0]["body"] == b.run().elements("json")[0]["body"]

    caching.clear_all()
    c = app(source.format(args="(hash_funcs={Functional: lambda x: x.name})", param="base_model"), files=CALLS).run()
    first = c.elements("json")[0]["body"]
    c.set("radio", "Model 1 or 2", 1)
    assert c.elements("json")[0]["body"] != first
    c.set("radio", "Model 1 or 2", 0)
    assert c.elements("json")[0]["body"] == first
    assert calls()[-2:] == ["resnet50", "mobilenetv2"]


def test_hash_funcs_override_datetime_hashing(app):
    # Streamlit's docs, "Example 4": with the hash function below, a naive and an aware
    # datetime of the same minute are the same argument.
    a = app(
        """
        from datetime import datetime, timedelta, timezone
        import streamlit as st
        import calls

        tz = timezone(timedelta(hours=1), "Europe/Berlin")

        @st.cache_data(hash_funcs={datetime: lambda x: x.strftime("%a %d %b %Y, %I:%M%p")})
        def load_data(dt):
            calls.log.append(dt)
            return dt

        now = datetime(2024, 5, 1, 12, 30)
        st.text(load_data(dt=now))
        now_tz = now.replace(tzinfo=tz)
        st.text(load_data(dt=now_tz))
        """,
        files=CALLS,
    ).run()
    assert [e["body"] for e in a.elements("text")] == ["2024-05-01 12:30:00"] * 2
    assert len(calls()) == 1


def test_hash_funcs_override_numpy_array_hashing(app):
    a = app(
        """
        import numpy as np
        import pandas as pd
        import streamlit as st
        import calls

        @st.cache_data
        def get_data():
            df = pd.DataFrame({"num": [112, 112, 2, 3], "str": ["be", "a", "be", "c"]})
            return df

        @st.cache_data(hash_funcs={np.ndarray: str})
        def show_data(data):
            calls.log.append(list(data))
            return data

        df = get_data()
        data = df["str"].unique()
        st.dataframe(show_data(data))
        st.button("Re-run")
        """,
        files=CALLS,
    ).run()
    a.click("Re-run")
    assert calls() == [["be", "a", "c"]]
    from stc_runtime.elements.data import decode_table

    shown = next(d for d in a.last.deltas if d.element["kind"] == "dataframe")
    assert decode_table(shown.element, shown.buffers).iloc[:, 0].tolist() == ["be", "a", "c"]


def test_hash_function_errors_name_the_hash_function(app):
    a = app(
        """
        import streamlit as st

        class Thing:
            pass

        def bad_hash(obj):
            raise RuntimeError("nope")

        @st.cache_data(hash_funcs={Thing: bad_hash})
        def f(thing):
            return 1

        f(Thing())
        """
    ).run()
    [exc] = a.exceptions()
    assert exc["type"] == "UserHashError" and "bad_hash" in exc["message"] and "nope" in exc["message"]
