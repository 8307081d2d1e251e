"""What every widget shares (its registration): the disabled and
label_visibility flags reach the page, and a bad label_visibility is
refused."""

from __future__ import annotations


def test_disabled_and_label_visibility_reach_the_page(app):
    a = app("""
        import streamlit as st
        st.checkbox("C", disabled=True, label_visibility="collapsed")
    """).run()
    w = a.widget("checkbox", "C")
    assert (w["disabled"], w["label_visibility"]) == (True, "collapsed")


def test_bad_label_visibility_is_refused(app):
    a = app("""
        import streamlit as st
        st.checkbox("C", label_visibility="invisible")
    """).run()
    assert a.exceptions()[0]["type"] == "StreamlitAPIException"
