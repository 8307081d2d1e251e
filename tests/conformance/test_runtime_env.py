"""The app-environment APIs of Streamlit 1.67 (st.context, st.user, st.login,
st.rerun's scope, st.set_page_config's checks, the cache decorators' new
parameters), compared through AppTest."""

from __future__ import annotations

import pytest

from apptest_impl import REAL, AppTest, version_tuple

pytestmark = pytest.mark.skipif(REAL and version_tuple() < (1, 67), reason="APIs of Streamlit 1.67")


def _texts() -> dict[str, str]:
    at = AppTest.from_file("apps/runtime_env.py").run()
    assert not at.exception
    out = {}
    for t in at.text:
        label, _, rest = t.value.partition(": ")
        out[label] = rest
    return out


def test_without_a_browser_the_context_is_empty():
    t = _texts()
    assert t["context"] == "None None None None None None"
    assert t["context mappings"] == "{} {} ContextProxy True"
    assert t["runtime exists"] == "True"


def test_errors_match():
    t = _texts()
    assert t["rerun fragment"] == (
        'StreamlitInvalidLayoutContextError: scope="fragment" can only be specified from '
        "`@st.fragment`-decorated functions during fragment reruns.")
    assert t["rerun empty"].startswith("StreamlitValueError: Invalid `scope` value.")
    assert t["rerun key"].startswith("StreamlitAPIException: Passing a fragment key to `st.rerun()`")
    assert t["layout"] == "StreamlitValueError: Invalid `layout` value. Supported values: 'centered', 'wide'."
    assert t["sidebar"].endswith("a positive integer (width in pixels). Got -1.")
    assert t["scope"] == "StreamlitValueError: Invalid `scope` value. Supported values: 'global', 'session'."
    assert t["refresh"].startswith("StreamlitMissingRequiredParameterError: The `ttl` parameter is required.")
    assert t["max_size"].startswith("StreamlitValueError: Invalid `max_size` value. Supported values: a positive")
    assert t["allow widgets"].startswith("TypeError: ")
    assert t["login"].startswith(("StreamlitMissingAuthlibError: ", "StreamlitAuthError: "))
    assert t["user key"] == "KeyError: 'st.user has no key \"nope\".'"
    assert t["user set"] == "StreamlitAPIException: st.user cannot be modified"
    assert t["context key"].startswith("KeyError: 'st.context has no key \"nope\". Valid keys are: cookies")


def test_cache_parameters_work():
    t = _texts()
    assert t["released"] == "[1]"
    assert t["data"] == "42"
