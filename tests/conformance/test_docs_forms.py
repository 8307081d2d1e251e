"""Streamlit's concept docs, "Using forms"."""

from __future__ import annotations

import pytest

from apptest_impl import REAL, AppTest, version_tuple

# Real AppTest before 1.67 sends a form widget's new value at the next run
# even without a submit (Streamlit's page never does; 1.67's AppTest models
# form batching, as our runtime does).
needs_form_batching = pytest.mark.skipif(
    REAL and version_tuple() < (1, 67), reason="this release's AppTest does not model form batching"
)


def markdown(at) -> list[str]:
    return [m.value for m in at.markdown]


@needs_form_batching
def test_widgets_in_a_form_have_default_values_until_submitted():
    at = AppTest.from_file("apps/forms_widget_values.py").run()
    assert markdown(at) == ["Inside the form", "`1`", "red"]
    at.slider[0].set_value(7)
    at.selectbox[0].select("green")
    at.run()
    # Changes inside a form are not sent until the form is submitted.
    assert markdown(at) == ["Inside the form", "`1`", "red"]
    at.slider[0].set_value(7)
    at.selectbox[0].select("green")
    at.button[0].click().run()
    assert markdown(at) == ["Inside the form", "`7`", "green"]
    # Submitting is a one-run event; the values stay.
    at.run()
    assert markdown(at) == ["Inside the form", "`7`", "green"]
    assert at.button[0].value is False


def test_values_are_sent_together_on_submit():
    at = AppTest.from_file("apps/forms_widget_values.py").run()
    at.slider[0].set_value(3)
    at.selectbox[0].select("blue")
    at.button[0].click().run()
    assert markdown(at)[1:] == ["`3`", "blue"]


def test_a_form_is_a_container_written_to_out_of_order():
    at = AppTest.from_file("apps/forms_container.py").run()
    # The form was created first: its contents come before the selectbox.
    kinds = [n.type for n in at.main if getattr(n, "type", None) in ("button", "text_input", "subheader", "selectbox")]
    assert kinds == ["button", "text_input", "subheader", "selectbox"]
    assert at.button[0].label == "Say it with meow!"
    assert at.subheader[0].value == "&nbsp;"
    at.selectbox[0].select("woof").run()
    assert at.button[0].label == "Say it with woof!"
    at.text_input[0].input("Hello there.")
    at.button[0].click().run()
    assert at.subheader[0].value == "Hello there, woof!"
    at.run()
    assert at.subheader[0].value == "&nbsp;"


def test_execute_the_process_after_the_form():
    at = AppTest.from_file("apps/forms_process_after.py").run()
    assert [t.value for t in at.title] == ["Sum:"]
    at.number_input[0].set_value(1.5)
    at.number_input[1].set_value(2.25)
    at.button[0].click().run()
    assert [t.value for t in at.title] == ["Sum:", "3.75"]
    assert at.columns[1].title[0].value == "3.75"
    at.run()
    assert [t.value for t in at.title] == ["Sum:"]


def test_use_a_callback_with_session_state():
    at = AppTest.from_file("apps/forms_callback.py").run()
    assert [t.value for t in at.title] == ["Sum:"]
    at.number_input(key="a").set_value(1.0)
    at.number_input(key="b").set_value(2.0)
    at.button[0].click().run()
    # The callback ran before the script: the sum shows at once.
    assert [t.value for t in at.title] == ["Sum:", "3.00"]
    assert at.session_state.sum == 3.0


def test_use_st_rerun():
    at = AppTest.from_file("apps/forms_rerun.py").run()
    assert [t.value for t in at.title] == ["Sum:"]
    at.number_input[0].set_value(4.0)
    at.number_input[1].set_value(0.5)
    at.button[0].click().run()
    assert [t.value for t in at.title] == ["Sum:", "4.50"]


def test_st_button_in_a_form_is_an_error():
    at = AppTest.from_file("apps/forms_button_inside.py").run()
    assert len(at.exception) == 1
    assert "st.button()" in at.exception[0].value and "st.form()" in at.exception[0].value


def test_forms_cannot_be_nested():
    at = AppTest.from_file("apps/forms_nested.py").run()
    assert len(at.exception) == 1
    assert "Forms cannot be nested in other forms." in at.exception[0].value


def test_only_the_submit_button_may_have_a_callback_in_a_form():
    at = AppTest.from_file("apps/forms_widget_callback.py").run()
    assert len(at.exception) == 1
    assert "st.form_submit_button" in at.exception[0].value
