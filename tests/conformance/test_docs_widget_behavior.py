"""Streamlit's concept docs, "Widget behavior"."""

from __future__ import annotations

import pytest

from apptest_impl import REAL, AppTest, version_tuple


def test_two_identical_widgets_raise_a_duplicate_widget_id_error():
    at = AppTest.from_file("apps/widget_duplicate.py").run()
    assert len(at.exception) == 1
    message = at.exception[0].value
    assert "button" in message and "key" in message
    # The first button was drawn before the error.
    assert [b.label for b in at.button] == ["OK"]


def test_keys_distinguish_otherwise_identical_widgets():
    at = AppTest.from_file("apps/widget_keys_distinguish.py").run()
    assert len(at.exception) == 0
    assert [(b.label, b.key) for b in at.button] == [("OK", "privacy"), ("OK", "terms")]
    at.button(key="terms").click().run()
    assert at.button(key="terms").value is True
    assert at.button(key="privacy").value is False


# --- Order of operations ------------------------------------------------------


def test_form_callback_reads_the_submitted_value_and_writes_above_the_page():
    at = AppTest.from_file("apps/widget_form_attendance.py").run()
    at.text_input(key="name").input("Jane")
    at.button[0].click().run()
    assert at.session_state.attendance == {"Jane"}
    assert len(at.info) == 0
    at.button[0].click().run()  # the same name again
    assert [i.value for i in at.info] == ["Jane has already been counted."]
    # What the callback wrote comes first, above the form.
    first = next(iter(n for n in at.main if getattr(n, "type", None) in ("info", "text_input")))
    assert first.type == "info"
    # ... and goes away with the next action.
    at.run()
    assert len(at.info) == 0


# --- Changing parameters of a widget will reset it ------------------------------


def test_sliders_reset_when_their_min_or_max_change():
    at = AppTest.from_file("apps/widget_change_parameters.py").run()
    assert [s.value for s in at.slider] == [1, 1, 5, 5]
    for slider in at.slider:
        slider.set_value(7)
    at.run()
    assert [s.value for s in at.slider] == [7, 7, 7, 7]
    # Changing the minimum makes new sliders: without a default they reset
    # to the (new) min, with a default to 5, with or without a key.
    at.number_input[0].set_value(2).run()
    assert [s.value for s in at.slider] == [2, 2, 5, 5]
    assert at.session_state.a == 2 and at.session_state.b == 5
    for slider in at.slider:
        slider.set_value(8)
    at.run()
    # The maximum changes: new sliders again.
    at.number_input[1].set_value(9).run()
    assert [s.value for s in at.slider] == [2, 2, 5, 5]
    # An unrelated rerun keeps them.
    for slider in at.slider:
        slider.set_value(6)
    at.run()
    at.run()
    assert [s.value for s in at.slider] == [6, 6, 6, 6]


@pytest.mark.seed_only
def test_a_keyed_widget_resets_when_its_label_changes():
    at = AppTest.from_file("apps/widget_label_change.py").run()
    at.number_input(key="A").set_value(7.0).run()
    assert at.session_state.A == 7.0
    at.checkbox[0].check().run()
    # "Streamlit will destroy st.session_state.A and recreate it with the
    # default value."
    assert at.number_input[0].label == "Beta"
    assert at.number_input[0].value == 0.0
    assert at.session_state.A == 0.0


# --- Widgets do not persist when not continually rendered -----------------------


def test_a_widget_not_drawn_in_a_run_is_cleaned_up_with_its_key():
    at = AppTest.from_file("apps/widget_cleanup.py").run()
    at.number_input(key="my_key").set_value(4.0).run()
    assert at.session_state.my_key == 4.0
    at.checkbox[0].check().run()  # "navigate away"
    assert "my_key" not in at.session_state
    at.checkbox[0].uncheck().run()  # back: a new widget
    assert at.number_input[0].value == 0.0
    assert at.session_state.my_key == 0.0


def test_interrupting_the_clean_up_keeps_the_value():
    at = AppTest.from_file("apps/widget_cleanup_interrupted.py").run()
    at.number_input(key="my_key").set_value(4.0).run()
    at.checkbox[0].check().run()  # "navigate away"
    # Re-assigning the key detached it from the widget: it stays.
    assert at.session_state.my_key == 4.0
    at.run()
    assert at.session_state.my_key == 4.0
    at.checkbox[0].uncheck().run()  # back: the new widget takes the value
    assert at.number_input[0].value == 4.0
    at.number_input[0].set_value(6.0).run()
    assert at.session_state.my_key == 6.0


def test_save_widget_values_under_another_key():
    at = AppTest.from_file("apps/widget_save_between_pages.py")
    # As if the visitor comes from another page that saved the value.
    at.session_state["my_key"] = 3.0
    at.run()
    assert at.number_input[0].value == 3.0
    at.number_input[0].set_value(5.0).run()
    assert at.session_state["my_key"] == 5.0
    at.run()
    assert at.number_input[0].value == 5.0


def test_save_widget_values_under_another_key_with_helper_functions():
    at = AppTest.from_file("apps/widget_save_between_pages_functions.py")
    at.session_state["my_key"] = 2.0
    at.run()
    assert at.number_input[0].value == 2.0
    at.number_input[0].set_value(9.0).run()
    assert at.session_state["my_key"] == 9.0
    assert at.number_input[0].value == 9.0


def test_the_documented_save_example_fails_on_a_first_visit():
    # As written, the example reads "my_key" before anything set it.
    at = AppTest.from_file("apps/widget_save_between_pages.py").run()
    assert len(at.exception) == 1
    assert "my_key" in at.exception[0].value


# --- Widget life cycle ------------------------------------------------------------


@pytest.mark.skipif(REAL and version_tuple() < (1, 50), reason="before 1.50 the warning was shown in the page")
def test_a_widget_takes_a_value_set_through_session_state_and_warns_about_its_default(caplog):
    # "you will get a warning if there is a disparity": 1.67 logs it for the
    # developer (stc: to the browser's console) and shows visitors nothing.
    if REAL:
        # Real Streamlit warns once per process (a module-level flag); reset
        # it so the test does not depend on which test ran first.
        from streamlit.elements.lib import policies

        policies._shown_default_value_warning = False
    with caplog.at_level("WARNING"):
        at = AppTest.from_file("apps/widget_default_and_state.py").run()
    assert at.number_input[0].value == 7
    assert len(at.warning) == 0
    logged = [r.getMessage() for r in caplog.records if "Session State API" in r.getMessage()]
    assert len(logged) == 1 and 'The widget with key "x" was created with a default value' in logged[0]
    # Not on every rerun.
    caplog.clear()
    at.button[0].click().run()
    assert not [r for r in caplog.records if "Session State API" in r.getMessage()]
    assert at.number_input[0].value == 7


def test_retain_statefulness_when_changing_parameters():
    at = AppTest.from_file("apps/widget_retain_statefulness.py").run()
    assert at.slider[0].value == 5
    at.slider[0].set_value(7).run()
    assert at.slider[0].value == 7
    # A new minimum: a "new" slider, but it keeps 7 (the slider-with-key
    # solution interrupts the clean-up).
    at.number_input(key="min").set_value(3).run()
    assert (at.slider[0].min, at.slider[0].max) == (3, 10)
    assert at.slider[0].value == 7
    # A maximum below the value: the helper clamps it.
    at.number_input(key="max").set_value(6).run()
    assert (at.slider[0].min, at.slider[0].max) == (3, 6)
    assert at.slider[0].value == 6
    at.number_input(key="max").set_value(9).run()
    assert at.slider[0].value == 6
    at.slider[0].set_value(2 + 1).run()
    at.number_input(key="min").set_value(5).run()
    assert at.slider[0].value == 5
