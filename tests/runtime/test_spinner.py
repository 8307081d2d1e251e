"""st.spinner as a context manager (elements/spinner.py): shown while its
block runs, hidden when it ends, also when the block raises. The spinner a
cached function shows while it computes is tested with caching
(test_caching_core.py)."""


def test_st_spinner_context_manager(app):
    a = app(
        """
        import streamlit as st

        with st.spinner("Wait for it...", show_time=True):
            st.write("inside")
        st.success("Done!")
        """
    ).run()
    kinds = [(d.path, d.element["kind"], d.element.get("done")) for d in a.last.deltas]
    assert kinds == [([0, 0], "spinner", False), ([0, 1], "markdown", None), ([0, 0], "spinner", True), ([0, 2], "alert", None)]
    spinner = a.elements("spinner")[0]
    assert spinner["text"] == "Wait for it..." and spinner["show_time"] and not spinner["cache"]


def test_st_spinner_is_hidden_even_when_the_block_raises(app):
    a = app(
        """
        import streamlit as st

        with st.spinner():
            raise ValueError("boom")
        """
    ).run()
    assert a.elements("spinner")[0]["done"] is True
    assert a.elements("spinner")[0]["text"] == "In progress..."


def test_spinner_payload_reads_back_from_its_wire_form(app):
    from stc_runtime import payloads
    from stc_runtime.payloads.spinner import SpinnerElement

    a = app("import streamlit as st\nwith st.spinner('Loading'):\n    pass\n").run()
    (spinner,) = a.elements("spinner")
    assert payloads.from_wire(spinner) == SpinnerElement(text="Loading", done=True)
    assert payloads.from_wire(spinner).wire() == spinner


def test_spinner_width_defaults_to_content_and_is_checked_at_the_call(app):
    a = app("""
        import streamlit as st
        with st.spinner("own"):
            pass
        with st.spinner("wide", width="stretch"):
            pass
        with st.spinner("fixed", width=250, _cache=True):
            pass
        st.spinner("bad", width=-1)
    """).run()
    spinners = a.elements("spinner")
    assert [(s["width"], s["cache"]) for s in spinners] == [("content", False), ("stretch", False), (250, True)]
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitInvalidWidthError"
