"""st.form and st.form_submit_button: a form's changes reach the script only
with its submit, a form is a container, and what Streamlit's documentation
says a form cannot hold (another form, an st.button, a callback on any
widget but the submit button). The ``app`` harness plays the page (see
conftest); AppTest tests use its own model of the page."""

from __future__ import annotations

import pytest

from stc.testing import AppTest
from stc_runtime.protocol import WidgetChange


def change(a, kind, label, value):
    return WidgetChange(id=a.widget(kind, label)["id"], value=value)


def submit(a, label="Submit", *changes):
    """What the page sends when a form is submitted: its held-back changes,
    then the click, in one Rerun."""
    return a.run(*changes, WidgetChange(id=a.widget("form_submit_button", label)["id"], value=True))


def errors(a):
    return [f"{e['type']}: {e['message']}" for e in a.exceptions()]


# --- forms: batching ---------------------------------------------------------

FORM_APP = """
    import streamlit as st
    with st.form("profile"):
        name = st.text_input("Name")
        age = st.number_input("Age", 0, 120, 30)
        sent = st.form_submit_button("Save")
    st.write(f"{name}|{age}|{sent}")
"""


def test_form_widgets_carry_their_form_and_submit_button_is_a_widget(app):
    a = app(FORM_APP).run()
    (form,) = [e for e in a.elements("block") if e["block"] == "form"]
    assert (form["form_id"], form["clear_on_submit"], form["enter_to_submit"], form["border"]) == ("profile", False, True, True)
    assert a.widget("text_input", "Name")["form_id"] == "profile"
    assert a.widget("number_input", "Age")["form_id"] == "profile"
    button = a.widget("form_submit_button", "Save")
    assert button["form_id"] == "profile" and button["button_type"] == "secondary"
    assert a.markdown() == ["|30|False"]


def test_form_changes_apply_only_with_the_submit(app):
    a = app(FORM_APP).run()
    a.set("text_input", "Name", "Ann")  # sent without its form's submit
    assert a.markdown() == ["|30|False"]
    # The held change is applied by the submit, together with the new one.
    submit(a, "Save", change(a, "number_input", "Age", 41))
    assert a.markdown() == ["Ann|41|True"]
    assert len(a.last_request_runs) == 1
    a.run()
    assert a.markdown() == ["Ann|41|False"]


def test_submit_callback_sees_submitted_values(conformance_app):
    # Streamlit's forms docs, "Use a callback with session state".
    a = conformance_app("forms_callback.py").run()
    assert a.headings() == ["Sum:"]
    submit(a, "add", change(a, "number_input", "a", 1.5), change(a, "number_input", "b", 2.25))
    assert a.headings() == ["Sum:", "3.75"]


def test_process_after_the_form_and_st_rerun_patterns(conformance_app):
    # Streamlit's forms docs, "Execute the process after the form" ...
    a = conformance_app("forms_process_after.py").run()
    submit(a, "add", change(a, "number_input", "a", 2.0), change(a, "number_input", "b", 3.0))
    assert a.headings() == ["Sum:", "5.00"]
    a.run()
    assert a.headings() == ["Sum:"]
    # ... and "Use st.rerun": the extra run shows the sum above the form.
    a = conformance_app("forms_rerun.py").run()
    submit(a, "add", change(a, "number_input", "a", 1.0), change(a, "number_input", "b", 1.5))
    assert [r.status for r in a.last_request_runs] == ["rerun", "complete"]
    assert a.headings() == ["Sum:", "2.50"]


def test_forms_are_containers(conformance_app):
    # Streamlit's forms docs, "Forms are containers": the form is drawn first, the
    # selectbox written after it shows below it.
    a = conformance_app("forms_container.py").run()
    assert [k for k in a.kinds() if k != "block"] == ["form_submit_button", "text_input", "heading", "selectbox"]
    assert "form_id" not in a.widget("selectbox", "Sounds like")
    a.select("Sounds like", "woof")
    assert a.widget("form_submit_button", "Say it with woof!")["form_id"] == "my_animal"
    submit(a, "Say it with woof!")
    assert a.headings() == ["Where's the tuna, woof!"]


def test_form_id_reaches_nested_containers_and_methods_but_not_the_sidebar(app):
    a = app("""
        import streamlit as st
        form = st.sidebar.form("side")
        form.checkbox("In sidebar form")
        form.form_submit_button()
        with st.form("main"):
            left, right = st.columns(2)
            left.slider("Slider", 0, 10)
            with right:
                with st.container(border=True):
                    st.checkbox("Check")
            with st.expander("More"):
                st.text_input("Deep")
            st.sidebar.text_input("Outside")
            st.form_submit_button("Send")
    """).run()
    forms = {e.get("label"): e.get("form_id") for e in a.elements() if e.get("id") and e.get("kind") != "block"}
    assert forms.pop("Outside") is None
    assert forms.pop("In sidebar form") == "side" and forms.pop("Submit") == "side"
    assert set(forms.values()) == {"main"} and len(forms) == 4


def test_several_forms_are_independent(app):
    a = app("""
        import streamlit as st
        with st.form("one"):
            x = st.text_input("Name")
            st.form_submit_button("Send one")
        with st.form("two"):
            y = st.text_input("Name")
            st.form_submit_button("Send two")
        st.write(f"{x}|{y}")
    """).run()
    # Look-alike widgets in two forms are two widgets (the form is part of
    # their identity), so no duplicate-widget error.
    ones, twos = [e for e in a.elements("text_input")]
    assert ones["id"] != twos["id"]
    a.run(WidgetChange(id=ones["id"], value="held"))
    submit(a, "Send two", WidgetChange(id=twos["id"], value="B"))
    assert a.markdown() == ["|B"]
    submit(a, "Send one")
    assert a.markdown() == ["held|B"]


def test_clear_on_submit(app):
    a = app("""
        import streamlit as st
        with st.form("f", clear_on_submit=True):
            t = st.text_input("Note", "default", key="note")
            c = st.checkbox("Flag")
            n = st.selectbox("Pick", ["a", "b", "c"])
            sent = st.form_submit_button("Add")
        st.write(f"{sent}|{t}|{c}|{n}|{st.session_state.note}")
    """).run()
    submit(a, "Add", change(a, "text_input", "Note", "mine"), change(a, "checkbox", "Flag", True), change(a, "selectbox", "Pick", 2))
    # The submit run reads the submitted values; the page already shows
    # the defaults, which the widgets return to after the run.
    assert a.markdown() == ["True|mine|True|c|mine"]
    assert (a.value("text_input", "Note"), a.value("checkbox", "Flag"), a.value("selectbox", "Pick")) == ("default", False, 0)
    a.run()
    assert a.markdown() == ["False|default|False|a|default"]
    assert a.value("text_input", "Note") == "default"


# --- forms: rules ----------------------------------------------------------------


@pytest.mark.parametrize("body, message", [
    ("st.text_input('T', on_change=print)",
     "StreamlitAPIException: Within a form, callbacks can only be defined on `st.form_submit_button`. "
     "Defining callbacks on other widgets inside a form is not allowed."),
    ("st.button('B')", "StreamlitAPIException: `st.button()` can't be used in an `st.form()`."),
    ("st.form('inner')", "StreamlitAPIException: Forms cannot be nested in other forms."),
])
def test_form_rules(app, body, message):
    a = app(f"""
        import streamlit as st
        with st.form("f"):
            {body}
            st.form_submit_button()
    """).run()
    (error,) = errors(a)
    assert error.startswith(message)


def test_submit_button_outside_a_form_and_duplicate_form_keys(app):
    a = app("""
        import streamlit as st
        st.form_submit_button("Go")
    """).run()
    assert errors(a)[0].startswith("StreamlitAPIException: `st.form_submit_button()` must be used inside an `st.form()`.")
    a.write_script("""
        import streamlit as st
        st.form("same").form_submit_button()
        st.form("same").form_submit_button()
    """)
    a.run()
    assert "multiple identical forms with `key='same'`" in errors(a)[0]


def test_a_form_without_submit_button_is_allowed_in_python(app):
    # Streamlit's page (not the script) shows "Missing Submit Button".
    a = app("""
        import streamlit as st
        with st.form("lonely"):
            st.text_input("Lost")
        st.write("after")
    """).run()
    assert errors(a) == [] and a.markdown() == ["after"]


def test_apptest_models_form_batching():
    at = AppTest.from_string("""
        import streamlit as st
        with st.form("f"):
            name = st.text_input("Name")
            color = st.selectbox("Color", ["red", "blue"])
            sent = st.form_submit_button("Submit")
        st.write(f"{name}|{color}|{sent}")
    """).run()
    # form_submit_button - shows up just like a button (cheat sheet)
    assert at.button[0].value == False  # noqa: E712
    at.text_input[0].input("Ann").run()
    at.selectbox[0].select("blue").run()
    assert at.markdown[0].value == "|red|False"
    assert at.text_input[0].value == ""
    at.button[0].click().run()
    assert at.button[0].value == True  # noqa: E712
    assert at.markdown[0].value == "Ann|blue|True"
    assert at.get("form_submit_button")[0].label == "Submit" and at.form[0].form_id == "f"


# --- typed payloads -------------------------------------------------------------


def test_form_payloads_read_back_as_their_classes(app):
    from stc_runtime.payloads import from_wire
    from stc_runtime.payloads.forms import FormBlock, FormSubmitButtonElement

    a = app("""
        import streamlit as st
        with st.form("f", clear_on_submit=True, height=200):
            st.text_input("Name")
            st.form_submit_button("Go", type="primary")
    """).run()
    (form,) = [e for e in a.elements("block") if e["block"] == "form"]
    assert from_wire(form) == FormBlock(form_id="f", clear_on_submit=True, height=200)
    button = from_wire(a.widget("form_submit_button", "Go"))
    assert isinstance(button, FormSubmitButtonElement) and button.form_id == "f" and button.value is None
    # The run a clear_on_submit form's submit causes sends every widget of
    # the form with its default, the submit button too (value false).
    submit(a, "Go")
    button = from_wire(a.widget("form_submit_button", "Go"))
    assert button.value is False and button.cleared_in_run == a.last.run_id


def test_apptest_reads_form_fields_from_the_payload():
    at = AppTest.from_string("""
        import streamlit as st
        with st.form("f", clear_on_submit=True):
            st.form_submit_button("Go")
    """).run()
    assert (at.form[0].form_id, at.form[0].clear_on_submit) == ("f", True)
    assert at.button[0].payload.button_type == "secondary"


@pytest.mark.parametrize("name", ["form", "form_submit_button"])
def test_form_elements_document_their_parameters(name):
    import inspect

    import streamlit as st

    fn = getattr(st, name)
    doc = inspect.getdoc(fn) or ""
    assert "Parameters:" in doc
    params = [p for p in inspect.signature(fn).parameters if p not in ("self", "dg")]
    assert all(f"{p}:" in doc for p in params), [p for p in params if f"{p}:" not in doc]
