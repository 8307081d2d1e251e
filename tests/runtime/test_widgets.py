"""What every widget shares (its registration): the disabled and
label_visibility flags reach the page, a bad label_visibility is refused,
and a value the page sends is applied only if it has the type the widget's
payload class declares (``SENDS``)."""

from __future__ import annotations

import typing

from stc_runtime import protocol_js


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


# --- the values the page sends are typed --------------------------------------


def test_a_change_of_another_type_than_the_widget_sends_is_ignored(app):
    # A button sends `true`; before the check a crafted "no" counted as a
    # click (bool("no") is True).
    a = app("""
        import streamlit as st
        st.write("clicked" if st.button("Go") else "idle")
    """).run()
    a.set("button", "Go", "no")
    assert "idle" in a.markdown()
    a.set("button", "Go", True)
    assert "clicked" in a.markdown()


def test_a_file_list_of_the_wrong_shape_leaves_the_uploader_as_it_was(app):
    a = app("""
        import streamlit as st
        f = st.file_uploader("File")
        st.write("none" if f is None else f.name)
    """).run()
    for bad in ({"files": [{"name": "x.txt"}]},  # no file_id, type, size
                {"files": [{"file_id": "1", "name": "x", "type": "", "size": "3"}]},
                {"files": [], "extra": 1}, ["x.txt"]):
        a.set("file_uploader", "File", bad)
        assert "none" in a.markdown() and not a.exceptions()


def test_every_typed_widget_declares_what_it_sends():
    from stc_runtime import payloads

    for kind, cls in payloads.load_all().items():
        if issubclass(cls, payloads.WidgetPayload):
            assert cls.SENDS is not typing.Any, f"{cls.__name__} does not declare SENDS"
            assert "SENDS" in protocol_js.field_comments(cls), f"{cls.__name__}.SENDS has no #: comment"


def test_the_page_gets_a_typedef_of_each_widget_value():
    js = protocol_js.generate()
    assert "@typedef {boolean} ButtonValue" in js
    assert "@typedef {FileUploaderChange} FileUploaderValue" in js
    assert "@property {Array<SentFile>} files" in js
