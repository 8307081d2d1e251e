"""``st.rerun(scope=...)``: "app" reruns; the fragment scopes raise as 1.67
does where no fragment is running (stc has no fragments yet)."""

from __future__ import annotations


def _outcome(app, call: str) -> list[str]:
    a = app(
        f"""
        import streamlit as st
        try:
            {call}
        except Exception as e:
            st.write(type(e).__name__ + ": " + str(e))
        """
    ).run()
    return a.markdown()


def test_scope_app_reruns(app):
    a = app(
        """
        import streamlit as st
        st.session_state.n = st.session_state.get("n", 0) + 1
        if st.session_state.n < 3:
            st.rerun(scope="app")
        st.write(f"runs {st.session_state.n}")
        """
    ).run()
    assert a.markdown() == ["runs 3"]


def test_scope_fragment_outside_a_fragment_raises(app):
    assert _outcome(app, 'st.rerun(scope="fragment")') == [
        'StreamlitInvalidLayoutContextError: scope="fragment" can only be specified from '
        "`@st.fragment`-decorated functions during fragment reruns."]


def test_a_fragment_key_from_the_script_body_raises(app):
    (text,) = _outcome(app, 'st.rerun("charts")')
    assert text.startswith("StreamlitAPIException: Passing a fragment key to `st.rerun()` is only allowed from a "
                           "widget callback")


def test_invalid_scopes(app):
    assert _outcome(app, 'st.rerun("")') == [
        "StreamlitValueError: Invalid `scope` value. Supported values: 'app', 'fragment', a fragment key, "
        "a list of keys. Got an empty string."]
    assert _outcome(app, "st.rerun([])")[0].endswith("Got an empty list.")
    assert _outcome(app, 'st.rerun(b"x")') == [
        "StreamlitInvalidParameterTypeError: Invalid `scope` type. Expected one of: str, int, list[str | int]. "
        "Provided type: bytes."]
    assert _outcome(app, 'st.rerun(["a", "app"])')[0].startswith(
        "StreamlitValueError: Invalid `scope` value. Supported values: fragment keys. 'app' is a reserved scope")
