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
    # The seed's ``hash_funcs={np.ndarray: str}``: the function is used.
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
