"""1.67's parameters of the choice widgets (selectbox's accept_new_options,
required, placeholder, filter_mode, icon and width; multiselect's
filter_mode, select_all and wrap; wrap and width elsewhere) as an app meets
them through AppTest: values, resets, what AppTest reports, and errors
(class and message). The same tests run against real Streamlit 1.67
(test_against_real_streamlit.py), so each expectation is 1.67's."""

from __future__ import annotations

import pytest

from apptest_impl import REAL, AppTest, version_tuple

pytestmark = pytest.mark.skipif(REAL and version_tuple() < (1, 67), reason="1.67's parameters")


def _class_name(exc) -> str:
    # The raised class, as each AppTest records it (1.67's proto names it
    # with its module).
    proto = exc.proto
    return (proto["type"] if isinstance(proto, dict) else proto.type).rsplit(".", 1)[-1]


def test_selectbox_placeholder_as_apptest_reports_it() -> None:
    at = AppTest.from_string("""
import streamlit as st
st.selectbox("Default", ["x", "y"])
st.selectbox("Empty", ["x", "y"], placeholder="")
st.selectbox("Own", ["x", "y"], placeholder="Pick one")
st.selectbox("Nothing", [])
""").run()
    # None: the page chooses its text ("Choose an option", ...), AppTest
    # reads no placeholder; an explicit "" travels as one space.
    assert [s.placeholder for s in at.selectbox] == ["", " ", "Pick one", ""]
    # No options: the page greys it out; the app did not, and AppTest says so.
    assert at.selectbox[3].disabled is False and at.selectbox[3].value is None


def test_selectbox_new_option_is_returned_as_a_string() -> None:
    at = AppTest.from_string("""
import streamlit as st
if st.button("Set"):
    st.session_state.mail = "me@example.org"
v = st.selectbox("Mail", ["foo@example.com", "bar@example.com"], index=None, accept_new_options=True, key="mail")
st.write(repr(v))
""").run()
    assert at.markdown[0].value == "None"
    at.button[0].click().run()
    # Not an option, but accept_new_options keeps it (and returns it as is).
    assert at.markdown[0].value == "'me@example.org'"
    assert at.session_state["mail"] == "me@example.org"


def test_selectbox_value_that_is_no_option_resets_to_the_default() -> None:
    at = AppTest.from_string("""
import streamlit as st
if st.button("Set"):
    st.session_state.s = "zzz"
v = st.selectbox("S", ["a", "b", "c"], index=1, key="s")
st.write(repr(v), repr(st.session_state.s))
""").run()
    at.button[0].click().run()
    assert at.markdown[0].value == "'b' 'b'"


def test_selectbox_key_set_to_none_starts_empty() -> None:
    at = AppTest.from_string("""
import streamlit as st
st.session_state.setdefault("s", None)
v = st.selectbox("S", ["a", "b"], key="s")
st.write(repr(v))
""").run()
    assert at.markdown[0].value == "None"
    at.selectbox[0].set_value("b").run()
    assert at.markdown[0].value == "'b'"


def test_required_selectbox_starts_on_its_index() -> None:
    at = AppTest.from_string("""
import streamlit as st
a = st.selectbox("A", ["x", "y"], required=True)
b = st.selectbox("B", ["x", "y"], index=None, required=True, icon=":material/search:", filter_mode="prefix", width=200)
st.write(repr(a), repr(b))
""").run()
    # required changes what the page lets the visitor do, not the value.
    assert at.markdown[0].value == "'x' None"
    at.selectbox[1].set_value("y").run()
    assert at.markdown[0].value == "'x' 'y'"


def test_multiselect_parameters_keep_the_value() -> None:
    at = AppTest.from_string("""
import streamlit as st
v = st.multiselect("M", ["a", "b", "c"], default=["a"], filter_mode="contains", select_all=True, wrap=False)
w = st.multiselect("N", ["a", "b"], filter_mode=None, select_all=0, wrap=True, placeholder="")
st.write(repr(v), repr(w))
""").run()
    assert at.markdown[0].value == "['a'] []"
    assert [m.placeholder for m in at.multiselect] == ["", " "]
    at.multiselect[0].select("c").run()
    assert at.markdown[0].value == "['a', 'c'] []"


def test_wrap_and_width_keep_the_value() -> None:
    at = AppTest.from_string("""
import streamlit as st
c = st.checkbox("C", value=True, wrap=False, width=120)
t = st.toggle("T", wrap=1, width="stretch")
p = st.pills("P", ["a", "b"], default="a", wrap=False)
s = st.segmented_control("S", ["a", "b"], wrap=True)
k = st.color_picker("K", "#123456", width="stretch")
st.write(repr(c), repr(t), repr(p), repr(s), repr(k))
""").run()
    assert not at.exception
    assert at.markdown[0].value == "True False 'a' None '#123456'"


@pytest.mark.parametrize(
    ("call", "exc_type", "message"),
    [
        ('st.selectbox("S", ["a"], filter_mode="exact")', "StreamlitValueError",
         "Invalid `filter_mode` value. Supported values: fuzzy, contains, prefix, None."),
        ('st.selectbox("S", ["a"], filter_mode=None, accept_new_options=True)', "StreamlitIncompatibleParametersError",
         "`filter_mode=None` and `accept_new_options=True` cannot be used together. `filter_mode` cannot be `None` "
         "when `accept_new_options=True`. Set `filter_mode` to `fuzzy`, `contains`, or `prefix`."),
        ('st.selectbox("S", ["a"], icon="x")', "StreamlitAPIException",
         'The value "x" is not a valid icon. Please use a single emoji or a Material icon shortcode like '
         "`:material\u200b/thumb_up:`."),
        ('st.selectbox("S", ["a"], index="1")', "StreamlitInvalidParameterTypeError",
         "Invalid `index` type. Expected one of: int, None. Provided type: str."),
        ('st.selectbox("S", ["a"], index=3)', "StreamlitValueOutOfRangeError",
         "The `index` parameter, set to 3, is outside the required range [0, 0]."),
        ('st.selectbox("S", ["a"], width="content")', "StreamlitInvalidWidthError",
         "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'."),
        ('st.multiselect("M", ["a"], select_all=-1)', "StreamlitValueError",
         "Invalid `select_all` value. Supported values: True, False, a non-negative integer. "
         "When using an int, `select_all` must be a non-negative integer."),
        ('st.multiselect("M", ["a"], select_all="all")', "StreamlitInvalidParameterTypeError",
         "Invalid `select_all` type. Expected one of: bool, int. Provided type: str."),
        ('st.checkbox("C", width=0)', "StreamlitInvalidWidthError",
         "Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'."),
        ('st.color_picker("K", 3)', "StreamlitInvalidParameterTypeError",
         "Invalid `value` type. Expected one of: str. Provided type: int. Pass a hex string like `'#00FFAA'` or `'#000'`."),
    ],
)
def test_choice_parameter_errors(call: str, exc_type: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
    (exc,) = at.exception
    assert (_class_name(exc), exc.message) == (exc_type, message)


# --- bind="query-params", persist_state, on_change -----------------------------------

BOUND = """
import streamlit as st
a = st.selectbox("S", ["a", "b", "c"], key="s", bind="query-params")
b = st.selectbox("N", ["x", "y"], key="n", index=None, accept_new_options=True, bind="query-params")
c = st.multiselect("M", ["a", "b", "c"], key="m", bind="query-params")
d = st.radio("R", ["Foo", "Bar"], key="r", bind="query-params")
e = st.select_slider("SS", ["Jan", "Feb", "Mar", "Apr"], value=("Jan", "Mar"), key="ss", bind="query-params")
f = st.pills("P", ["p", "q", "r"], selection_mode="multi", key="p", bind="query-params")
g = st.segmented_control("G", ["g1", "g2"], key="g", bind="query-params")
h = st.feedback("stars", key="f", bind="query-params")
i = st.color_picker("C", key="c", bind="query-params")
j = st.toggle("T", key="t", bind="query-params")
k = st.select_slider("One", ["lo", "hi"], key="one", bind="query-params")
st.write(repr([a, b, c, d, e, f, g, h, i, j, k]))
"""


def _bound(params: dict) -> AppTest:
    at = AppTest.from_string(BOUND)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def test_bound_choice_widgets_start_from_the_url() -> None:
    at = _bound({"s": "b", "n": "hello", "m": ["a", "c"], "r": "Bar", "ss": ["Feb", "Apr"], "p": ["r", "p"],
                 "g": "g2", "f": "2", "c": "#00ff00", "t": "true", "one": "hi"})
    # Options by their labels, several as repeated keys, a rating by its index.
    assert at.markdown[0].value == (
        "['b', 'hello', ['a', 'c'], 'Bar', ('Feb', 'Apr'), ['r', 'p'], 'g2', 2, '#00ff00', True, 'hi']")
    assert dict(at.query_params)["m"] == ["a", "c"]


def test_url_text_the_choice_widgets_cannot_take_leaves_the_url() -> None:
    at = _bound({"s": "zz", "n": "", "m": ["zz"], "r": "nope", "ss": ["Feb"], "p": ["zz"], "g": "", "f": "9",
                 "c": "red", "t": "maybe", "one": "zz"})
    # Every value falls back to its default; only the typed-entry selectbox
    # (any text is an entry, and it may be empty) keeps its parameter.
    assert at.markdown[0].value == "['a', '', [], 'Foo', ('Jan', 'Mar'), [], None, None, '#000000', False, 'lo']"
    assert dict(at.query_params) == {"n": ""}


def test_url_repeats_and_new_entries() -> None:
    at = _bound({"n": "x", "m": ["a", "a", "b"]})
    assert at.markdown[0].value == "['a', 'x', ['a', 'b'], 'Foo', ('Jan', 'Mar'), [], None, None, '#000000', False, 'lo']"
    assert at.query_params["n"] == "x"


def test_choice_widgets_need_a_key_to_bind_or_persist() -> None:
    at = AppTest.from_string('import streamlit as st\nst.selectbox("S", ["a"], bind="query-params")').run()
    assert at.exception[0].value.startswith("The `key` parameter is required. When using bind='query-params'")
    at = AppTest.from_string('import streamlit as st\nst.pills("P", ["a"], persist_state="session")').run()
    assert at.exception[0].value.startswith("The `key` parameter is required. When using persist_state")
    at = AppTest.from_string('import streamlit as st\nst.radio("R", ["a"], on_change="later")').run()
    assert at.exception[0].value == "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."


def test_persisted_choice_keeps_its_value_while_hidden() -> None:
    at = AppTest.from_string("""
import streamlit as st
if st.toggle("show", value=True, key="show"):
    st.selectbox("S", ["a", "b"], key="kept", persist_state="session", on_change="ignore")
    st.multiselect("M", ["a", "b"], key="gone")
""").run()
    at.selectbox(key="kept").set_value("b")
    at.multiselect(key="gone").set_value(["a"]).run()
    at.toggle(key="show").set_value(False).run()
    assert at.session_state["kept"] == "b" and "gone" not in at.session_state
    at.toggle(key="show").set_value(True).run()
    assert at.selectbox(key="kept").value == "b" and at.multiselect(key="gone").value == []


TYPED = """
import streamlit as st
c = st.multiselect("M", ["a", "b", "c"], key="m", accept_new_options=True, bind="query-params", max_selections=3)
d = st.selectbox("S", ["a", "b"], key="s", accept_new_options=True, bind="query-params")
p = st.pills("P", ["x", "y"], key="p", bind="query-params")
st.write(repr([c, d, p]))
"""


@pytest.mark.parametrize(
    ("params", "shown", "url"),
    [
        # New entries kept (repeats once, at most max_selections); a single
        # pill takes the first of several.
        ({"m": ["a", "zz", "zz", "A", "q", "r"], "s": "new", "p": ["x", "y"]},
         "[['a', 'zz', 'A'], 'new', 'x']", {"m": ["a", "zz", "A"], "s": "new", "p": "x"}),
        ({"m": [""], "s": "", "p": ""}, "[[], 'a', None]", {}),
        ({"m": ["zz"], "s": "a", "p": "y"}, "[['zz'], 'a', 'y']", {"m": "zz", "p": "y"}),
    ],
)
def test_url_forms_with_typed_entries(params: dict, shown: str, url: dict) -> None:
    at = AppTest.from_string(TYPED)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert at.markdown[0].value == shown
    assert dict(at.query_params) == url
