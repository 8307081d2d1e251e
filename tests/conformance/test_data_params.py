"""1.67's parameters of st.dataframe, st.data_editor and st.column_config
(width/height keywords, placeholder, alt, lazy, on_change, num_rows' modes,
chart colours) as an app meets them through AppTest: what is returned, what
AppTest lists, and errors (class and message). The same tests run against
real Streamlit 1.67 (test_against_real_streamlit.py), so each expectation is
1.67's."""

from __future__ import annotations

import pytest

from apptest_impl import REAL, AppTest, version_tuple

pytestmark = pytest.mark.skipif(REAL and version_tuple() < (1, 67), reason="1.67's parameters")


def _class_name(exc) -> str:
    proto = exc.proto
    return (proto["type"] if isinstance(proto, dict) else proto.type).rsplit(".", 1)[-1]


def test_grids_take_1_67s_size_keywords_placeholder_and_alt() -> None:
    at = AppTest.from_string("""
import pandas as pd
import streamlit as st
df = pd.DataFrame({"a": [1.0, None]})
st.dataframe(df, "content", "content", placeholder="-", alt="Scores")
st.dataframe(df, width=300, height="stretch", use_container_width=False, alt=" ")
out = st.data_editor(df, width="content", height="auto", placeholder="", alt="Edit")
st.write(f"editor returned {len(out)} rows")
""").run()
    assert not at.exception
    assert len(at.dataframe) == 3  # the editor is listed with the grids
    assert at.markdown[0].value == "editor returned 2 rows"
    assert at.dataframe[0].value["a"].tolist()[0] == 1.0


@pytest.mark.parametrize("call, error, message", [
    ('st.dataframe(df, height="tall")', "StreamlitInvalidHeightError",
     "Invalid height value: 'tall'. Height must be either a positive integer (pixels), 'stretch', or 'content'."),
    ('st.data_editor(df, width=0)', "StreamlitInvalidWidthError",
     "Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'."),
    ('st.data_editor(df, on_change="bogus")', "StreamlitValueError",
     "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
    ('st.dataframe(df.style, lazy=True)', "StreamlitAPIException",
     "`lazy=True` is not supported for `pandas.Styler` objects. Styler output is tied to the fully materialized "
     "table. Remove `lazy=True` or pass the underlying dataframe instead."),
    ('st.dataframe(df, lazy=True, on_select="rerun")', "StreamlitIncompatibleParametersError",
     "`lazy=True` and `on_select` cannot be used together. Lazy dataframes cannot use position-based selection "
     'in this version. Set `on_select="ignore"` or remove `lazy=True`.'),
    ('st.column_config.BarChartColumn(color="darkblue")', "StreamlitValueError",
     "Invalid `color` value. Supported values: auto, auto-inverse, red, blue, green, yellow, violet, orange, gray, "
     "grey, primary, a valid hex color, an rgb() or rgba() color."),
])
def test_grids_refuse_what_1_67_refuses(call, error, message) -> None:
    at = AppTest.from_string(f"""
import pandas as pd
import streamlit as st
df = pd.DataFrame({{"a": [1, 2]}})
{call}
""").run()
    (exc,) = at.exception
    assert _class_name(exc) == error and exc.message == message


def test_num_rows_modes_and_quiet_editors_return_the_data() -> None:
    at = AppTest.from_string("""
import pandas as pd
import streamlit as st
df = pd.DataFrame({"a": [1, 2]})
for i, mode in enumerate(["add", "delete", "sometimes"]):
    out = st.data_editor(df, num_rows=mode, key=f"e{i}", on_change="ignore")
    st.write(f"{mode}: {out['a'].tolist()}")
""").run()
    assert not at.exception
    assert [m.value for m in at.markdown] == ["add: [1, 2]", "delete: [1, 2]", "sometimes: [1, 2]"]


def test_lazy_grids_show_every_row_in_apptest() -> None:
    at = AppTest.from_string("""
import pandas as pd
import streamlit as st
st.dataframe(pd.DataFrame({"s": [str(i) for i in range(2500)]}), lazy=True)
""").run()
    assert at.dataframe[0].value["s"].tolist() == [str(i) for i in range(2500)]


def test_column_options_do_not_disturb_the_grid() -> None:
    at = AppTest.from_string("""
import pandas as pd
import streamlit as st
df = pd.DataFrame({"n": [1, 2], "p": [0.2, 0.9], "l": [["a"], ["b"]], "c": [[1, 2], [2, 1]], "s": ["x", "y"]})
out = st.data_editor(df, column_config={
    "n": st.column_config.NumberColumn(alignment="center", step=1),
    "p": st.column_config.ProgressColumn(step=0.01, color="auto"),
    "l": st.column_config.ListColumn(default=["z"], required=True, disabled=False),
    "c": st.column_config.LineChartColumn(color="#ff0000"),
    "s": st.column_config.SelectboxColumn(options=["x", "y"], format_func=str.upper),
})
st.write(f"picked {out['s'].tolist()}")
""").run()
    assert not at.exception
    assert at.markdown[0].value == "picked ['x', 'y']"
