"""The example apps of Streamlit's concept docs ("Add statefulness to apps",
"Button behavior and examples", "Get started with app testing"), driven the
way a visitor would, through the page-side harness. The apps are the files
of tests/conformance/apps/, which the conformance suite runs through AppTest
against real Streamlit; a test that needs a variant writes it inline."""

from __future__ import annotations


def test_counter_without_session_state_stays_at_one(conformance_app):
    a = conformance_app("counter_plain.py").run()
    assert a.markdown() == ["Count =  `0`"]
    for _ in range(3):
        a.click("Increment")
        assert a.markdown() == ["Count =  `1`"]


def test_example_1_session_state_counter(conformance_app):
    a = conformance_app("counter_session_state.py").run()
    assert a.headings() == ["Counter Example"]
    assert a.markdown() == ["Count =  `0`"]
    a.click("Increment")
    assert a.markdown() == ["Count =  `1`"]
    a.click("Increment")
    assert a.markdown() == ["Count =  `2`"]
    # A rerun without a click (another widget, say) does not count.
    a.run()
    assert a.markdown() == ["Count =  `2`"]


def test_example_2_callback_counter(conformance_app):
    a = conformance_app("counter_callback.py").run()
    assert a.markdown() == ["Count =  `0`"]
    a.click("Increment")
    assert a.markdown() == ["Count =  `1`"]
    a.click("Increment").click("Increment")
    assert a.markdown() == ["Count =  `3`"]
    a.run()
    assert a.markdown() == ["Count =  `3`"]


def test_example_3_callback_args_use_the_value_rendered_with_the_button(conformance_app):
    a = conformance_app("counter_callback_args.py").run()
    assert a.value("number_input", "Enter a value") == 0
    a.set("number_input", "Enter a value", 5)
    assert a.value("number_input", "Enter a value") == 5
    a.click("Increment")
    assert a.markdown() == ["Count =  `5`"]
    a.set("number_input", "Enter a value", 2)
    a.click("Increment")
    assert a.markdown() == ["Count =  `7`"]


def test_example_3_callback_args_are_captured_at_render_time(app):
    # The page sends the new number and the click in one message: the
    # callback still gets the args of the run that drew the button.
    a = app("""
        import streamlit as st
        if 'count' not in st.session_state:
            st.session_state.count = 0
        increment_value = st.number_input('Enter a value', value=0, step=1)
        def increment_counter(increment_value):
            st.session_state.count += increment_value
        st.button('Increment', on_click=increment_counter, args=(increment_value, ))
        st.write('Count = ', st.session_state.count)
    """).run()
    from stc_runtime.protocol import WidgetChange

    a.set("number_input", "Enter a value", 3)
    number = a.widget("number_input", "Enter a value")["id"]
    button = a.widget("button", "Increment")["id"]
    a.run(WidgetChange(id=number, value=10), WidgetChange(id=button, value=True))
    assert a.markdown() == ["Count =  `3`"]
    assert a.value("number_input", "Enter a value") == 10


def test_example_3_kwargs(conformance_app):
    a = conformance_app("counter_callback_kwargs.py").run()
    a.click("Increment")
    assert a.markdown() == ["Count =  `5`"]
    a.click("Decrement").click("Decrement")
    assert a.markdown() == ["Count =  `3`"]


def test_bean_counter_increment_and_add(conformance_app):
    a = conformance_app("bean_counter.py").run()
    assert a.kinds() == ["heading", "number_input", "button", "markdown"]
    box = a.widget("number_input", "Beans to add")
    assert (box["value"], box["min"], box["max"], box["step"], box["is_int"]) == (0, 0, 10, 1, True)
    a.set("number_input", "Beans to add", 1)  # the + button
    assert a.markdown() == ["Beans counted: 0"]
    a.click("Add")
    assert a.markdown() == ["Beans counted: 1"]
    a.click("Add")
    assert a.markdown() == ["Beans counted: 2"]
    a.set("number_input", "Beans to add", 10)
    a.run()
    assert a.markdown() == ["Beans counted: 2"]


def test_bean_counter_keeps_to_bounds(conformance_app):
    # A number outside min/max (the page's field never sends one) gives the
    # default back, as 1.67's number_input does.
    a = conformance_app("bean_counter.py").run()
    a.set("number_input", "Beans to add", 7)
    assert a.value("number_input", "Beans to add") == 7
    a.set("number_input", "Beans to add", 50)
    assert a.value("number_input", "Beans to add") == 0
    a.set("number_input", "Beans to add", -3)
    assert a.value("number_input", "Beans to add") == 0


def test_stateful_button(conformance_app):
    a = conformance_app("button_stateful.py").run()
    assert a.kinds() == ["button"]
    a.click("Click me")
    assert a.markdown() == ["Button clicked!"]
    a.set("slider", "Select a value", 42)
    assert a.markdown() == ["Button clicked!"]
    assert a.value("slider", "Select a value") == 42


def test_toggle_button(conformance_app):
    a = conformance_app("button_toggle.py").run()
    assert a.markdown() == ["Button is off!"]
    a.click("Click me")
    assert a.markdown() == ["Button is on!"]
    a.set("slider", "Select a value", 30)
    assert a.markdown() == ["Button is on!"]
    a.click("Click me")
    assert a.markdown() == ["Button is off!"]
    assert a.elements("slider") == []
    # The slider was not drawn while off: it comes back at its default.
    a.click("Click me")
    assert a.value("slider", "Select a value") == 0


def test_stages_of_a_process(conformance_app):
    a = conformance_app("button_stages.py").run()
    assert a.kinds() == ["button"]
    a.click("Begin")
    assert a.kinds() == ["text_input"]
    a.set("text_input", "Name", "Ada")
    assert a.markdown() == ["Hello Ada!"]
    assert a.value("selectbox", "Pick a Color") == 0
    a.select("Pick a Color", "green")
    assert a.markdown() == ["Hello Ada!", ":green[Thank you!]"]
    a.click("Start Over")
    assert a.kinds() == ["button"]
    assert a.state == {"stage": 0}


def test_name_buttons_without_callback_lag_behind(conformance_app):
    a = conformance_app("button_name_slight_problem.py").run()
    assert a.headings() == ["John Doe", "John Doe"]
    a.click("Jane")
    assert a.headings() == ["John Doe", "Jane Doe"]
    a.run()
    assert a.headings() == ["Jane Doe", "Jane Doe"]


def test_name_buttons_with_callback(conformance_app):
    a = conformance_app("button_name_callback.py").run()
    a.click("Jane")
    assert a.headings() == ["Jane Doe", "Jane Doe"]
    a.click("John")
    assert a.headings() == ["John Doe", "John Doe"]


def test_name_buttons_with_rerun(conformance_app):
    a = conformance_app("button_name_rerun.py").run()
    a.click("Jane")
    assert [r.status for r in a.last_request_runs] == ["rerun", "complete"]
    assert a.headings() == ["Jane Doe", "Jane Doe"]


def test_buttons_that_set_a_drawn_widget_key_error(conformance_app):
    a = conformance_app("button_modify_drawn_widget.py").run()
    a.set("text_input", "Name", "Ada")
    a.click("Streamlit!")
    assert a.status == "error"
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitAPIException"
    assert "st.session_state.name" in exc["message"]
    assert "cannot be modified after the widget with key `name` is instantiated" in exc["message"]


def test_option_1_keyed_buttons_read_before_they_are_drawn(conformance_app):
    a = conformance_app("button_option1_keys.py").run()
    assert a.status == "complete"
    a.click("Streamlit!")
    assert a.value("text_input", "Name") == "Streamlit"
    a.set("text_input", "Name", "Ada")
    assert a.value("text_input", "Name") == "Ada"
    a.click("Clear name")
    assert a.value("text_input", "Name") == ""
    assert a.state == {"name": "", "clear": False, "streamlit": False}


def test_option_2_callbacks_set_a_widget_drawn_earlier(conformance_app):
    a = conformance_app("button_option2_callback.py").run()
    a.click("Streamlit!")
    assert a.status == "complete"
    assert a.value("text_input", "Name") == "Streamlit"
    a.click("Clear name")
    assert a.value("text_input", "Name") == ""


def test_option_3_containers(conformance_app):
    a = conformance_app("button_option3_containers.py").run()
    assert a.kinds() == ["block", "text_input", "button", "button"]
    a.click("Streamlit!")
    assert a.status == "complete"
    assert a.value("text_input", "Name") == "Streamlit"


def test_buttons_add_widgets_dynamically(conformance_app):
    a = conformance_app("button_dynamic_widgets.py").run()
    a.click("Add person").click("Add person")
    assert a.status == "complete"
    assert len(a.elements("text_input")) == 6
    a.set("text_input", "First", "Ada", key="first_1")
    a.set("text_input", "Last", "Lovelace", key="last_1")
    # Markdown bodies are stripped, as Streamlit's are.
    assert a.markdown() == ["Person 1:", "Person 2: Ada  Lovelace"]


def test_nested_buttons_never_run(conformance_app):
    a = conformance_app("button_nested_buttons.py").run()
    a.click("Button 1")
    assert a.markdown() == ["Button 1 was clicked"]
    a.click("Button 2")
    assert a.markdown() == []
    assert a.kinds() == ["button"]


def test_session_state_and_widget_state_association(conformance_app):
    a = conformance_app("session_state_celsius.py").run()
    assert a.value("slider", "Temperature in Celsius") == 50.0
    assert a.markdown() == ["`50.0`"]
    a.set("slider", "Temperature in Celsius", -12.5)
    assert a.markdown() == ["`-12.5`"]


def test_setting_a_button_through_session_state_raises(conformance_app):
    a = conformance_app("session_state_button_not_settable.py").run()
    assert a.status == "error"
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitAPIException"
    assert "my_button" in exc["message"] and "st.session_state" in exc["message"]
    assert a.elements("button") == []
