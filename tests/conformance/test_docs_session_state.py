"""Streamlit's concept docs, "Add statefulness to apps" (Session State)."""

from __future__ import annotations

import datetime

from apptest_impl import AppTest


def markdown(at) -> list[str]:
    return [m.value for m in at.markdown]


def test_counter_without_session_state_stays_at_one():
    at = AppTest.from_file("apps/counter_plain.py").run()
    assert at.title[0].value == "Counter Example"
    assert markdown(at) == ["Count =  `0`"]
    for _ in range(3):
        at.button[0].click().run()
        # "No matter how many times we press the Increment button ... the
        # count remains at 1."
        assert markdown(at) == ["Count =  `1`"]
    at.run()
    assert markdown(at) == ["Count =  `0`"]


def test_example_1_session_state_counter():
    at = AppTest.from_file("apps/counter_session_state.py").run()
    assert markdown(at) == ["Count =  `0`"]
    at.button[0].click().run()
    at.button[0].click().run()
    assert markdown(at) == ["Count =  `2`"]
    assert at.session_state.count == 2
    at.run()  # no click, no count
    assert markdown(at) == ["Count =  `2`"]


def test_example_2_callback_counter():
    at = AppTest.from_file("apps/counter_callback.py").run()
    assert at.title[0].value == "Counter Example using Callbacks"
    at.button[0].click().run()
    assert markdown(at) == ["Count =  `1`"]
    at.button[0].click().run()
    assert markdown(at) == ["Count =  `2`"]
    at.run()
    assert markdown(at) == ["Count =  `2`"]


def test_example_3_callback_args():
    at = AppTest.from_file("apps/counter_callback_args.py").run()
    at.number_input[0].set_value(3).run()
    at.button[0].click().run()
    assert markdown(at) == ["Count =  `3`"]
    at.button[0].click().run()
    assert markdown(at) == ["Count =  `6`"]


def test_example_3_callback_args_are_those_of_the_run_that_drew_the_button():
    at = AppTest.from_file("apps/counter_callback_args.py").run()
    # Changing the value and clicking in the same rerun: the callback gets
    # the args captured when the button was last drawn (0).
    at.number_input[0].set_value(5)
    at.button[0].click().run()
    assert markdown(at) == ["Count =  `0`"]
    at.button[0].click().run()
    assert markdown(at) == ["Count =  `5`"]


def test_example_3_callback_kwargs():
    at = AppTest.from_file("apps/counter_callback_kwargs.py").run()
    at.button[0].click().run()
    assert markdown(at) == ["Count =  `5`"]
    at.button[1].click().run()
    assert markdown(at) == ["Count =  `4`"]
    at.button[1].click().run()
    at.button[1].click().run()
    assert markdown(at) == ["Count =  `2`"]


def test_example_4_forms_and_callbacks():
    at = AppTest.from_file("apps/counter_form_callback.py").run()
    assert markdown(at) == ["Current Count =  `0`", "Last Updated =  `00:00:00`"]
    at.number_input(key="increment_value").set_value(4)
    at.time_input(key="update_time").set_value(datetime.time(9, 30))
    at.button[0].click().run()  # the form's submit button
    assert at.session_state.count == 4
    assert at.session_state.last_updated == datetime.time(9, 30)
    assert markdown(at) == ["Current Count =  `4`", "Last Updated =  `09:30:00`"]


def test_example_4_form_values_wait_for_the_submit_button():
    at = AppTest.from_file("apps/counter_form_callback.py").run()
    at.number_input(key="increment_value").set_value(4).run()
    # Not submitted: the count did not change.
    assert at.session_state.count == 0
    assert markdown(at)[0] == "Current Count =  `0`"


def test_initialization_reads_and_updates():
    at = AppTest.from_file("apps/session_state_api.py").run()
    assert markdown(at) == ["value", "value2"]
    at.run()
    assert markdown(at) == ["value2", "value2"]
    assert at.session_state.key == "value2"
    assert at.session_state["key"] == "value2"


def test_reading_an_uninitialized_key_throws():
    at = AppTest.from_file("apps/session_state_uninitialized.py").run()
    assert len(at.exception) == 1
    assert 'st.session_state has no key "value"' in at.exception[0].value


def test_widget_state_association_celsius():
    at = AppTest.from_file("apps/session_state_celsius.py").run()
    assert at.slider[0].value == 50.0
    assert markdown(at) == ["`50.0`"]
    at.slider[0].set_value(-12.5).run()
    assert at.session_state.celsius == -12.5
    assert markdown(at) == ["`-12.5`"]


def test_session_state_set_before_the_first_run_sets_the_widget():
    at = AppTest.from_file("apps/session_state_celsius.py")
    at.session_state.celsius = 20.0
    at.run()
    assert at.slider[0].value == 20.0


def test_setting_a_button_through_session_state_raises():
    at = AppTest.from_file("apps/session_state_button_not_settable.py").run()
    assert len(at.exception) == 1
    assert "my_button" in at.exception[0].value
    # 1.49: "...cannot be set using `st.session_state`."; 1.67: "... is
    # read-only and cannot be assigned through session state."
    assert "cannot be" in at.exception[0].value
    assert len(at.button) == 0


def test_each_session_has_its_own_state():
    # "Widgets are session dependent": two visitors (two AppTests) do not
    # share Session State or widget values.
    first = AppTest.from_file("apps/counter_session_state.py").run()
    second = AppTest.from_file("apps/counter_session_state.py").run()
    first.button[0].click().run()
    first.button[0].click().run()
    second.run()
    assert markdown(first) == ["Count =  `2`"]
    assert markdown(second) == ["Count =  `0`"]
