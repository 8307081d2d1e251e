"""What st.write (and magic) makes of each kind of object, as 1.67 does:
numpy arrays as tables, functions, modules, classes and dataclass
instances as st.help (named by the code that wrote them), StringIO as
Markdown, generators as a stream, and LaTeX dedented (runs against real
1.67 too)."""

from __future__ import annotations

import pytest

from apptest_impl import AppTest, REAL, version_tuple

pytestmark = pytest.mark.skipif(REAL and version_tuple() < (1, 67), reason="1.67's st.write")

APP = '''
import dataclasses
import io

import numpy as np
import pandas
import streamlit as st


@dataclasses.dataclass
class Point:
    x: int = 1


pandas.read_csv
st
st.write(np.array([[1, 2], [3, 4]]))
st.write(Point())
st.write(io.StringIO("**bold**"))
st.write(len)
st.help(3)


def words():
    yield "a"
    yield "b"


st.write(words())
st.latex(r"""
    a + b
    """)
'''


def test_write_dispatches_each_kind_of_object_as_1_67():
    at = AppTest.from_string(APP).run()
    assert not at.exception
    kinds = [node.type for node in list(at.main)[1:]]  # iterating a block yields it first
    assert kinds == ["help_info", "help_info", "dataframe", "help_info", "markdown", "help_info", "help_info",
                     "markdown", "latex"]
    helps = [(h.proto.name, h.proto.type) if REAL else (h.proto["name"], h.proto["type"]) for h in at.get("help_info")]
    assert helps == [("pandas.read_csv", "function"), ("st", "module"), ("Point()", "Point"),
                     ("len", "builtin_function_or_method"), ("", "int")]
    assert at.dataframe[0].value.values.tolist() == [[1, 2], [3, 4]]
    assert [m.value for m in at.markdown] == ["**bold**", "ab"]
    assert at.latex[0].value == "$$\na + b\n$$"
