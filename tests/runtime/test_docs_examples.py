"""The seed's own example apps (streamlit-concepts.md, "Add statefulness to
apps", "Button behavior and examples", "Get started with app testing"),
re-indented, driven the way a visitor would. Magic lines of the samples are
written as explicit ``st.write`` calls: magic is the compiler's transform,
not the runtime's."""

from __future__ import annotations


def test_counter_without_session_state_stays_at_one(app):
    a = app("""
        import streamlit as st
        st.title('Counter Example')
        count = 0
        increment = st.button('Increment')
        if increment:
            count += 1
        st.write('Count = ', count)
    """).run()
    assert a.markdown() == ["Count =  `0`"]
    for _ in range(3):
        a.click("Increment")
        assert a.markdown() == ["Count =  `1`"]


def test_example_1_session_state_counter(app):
    a = app("""
        import streamlit as st
        st.title('Counter Example')
        if 'count' not in st.session_state:
            st.session_state.count = 0
        increment = st.button('Increment')
        if increment:
            st.session_state.count += 1
        st.write('Count = ', st.session_state.count)
    """).run()
    assert a.headings() == ["Counter Example"]
    assert a.markdown() == ["Count =  `0`"]
    a.click("Increment")
    assert a.markdown() == ["Count =  `1`"]
    a.click("Increment")
    assert a.markdown() == ["Count =  `2`"]
    # A rerun without a click (another widget, say) does not count.
    a.run()
    assert a.markdown() == ["Count =  `2`"]


def test_example_2_callback_counter(app):
    a = app("""
        import streamlit as st
        st.title('Counter Example using Callbacks')
        if 'count' not in st.session_state:
            st.session_state.count = 0
        def increment_counter():
            st.session_state.count += 1
        st.button('Increment', on_click=increment_counter)
        st.write('Count = ', st.session_state.count)
    """).run()
    assert a.markdown() == ["Count =  `0`"]
    a.click("Increment")
    assert a.markdown() == ["Count =  `1`"]
    a.click("Increment").click("Increment")
    assert a.markdown() == ["Count =  `3`"]
    a.run()
    assert a.markdown() == ["Count =  `3`"]


def test_example_3_callback_args_use_the_value_rendered_with_the_button(app):
    a = app("""
        import streamlit as st
        st.title('Counter Example using Callbacks with args')
        if 'count' not in st.session_state:
            st.session_state.count = 0
        increment_value = st.number_input('Enter a value', value=0, step=1)
        def increment_counter(increment_value):
            st.session_state.count += increment_value
        increment = st.button('Increment', on_click=increment_counter,
                              args=(increment_value, ))
        st.write('Count = ', st.session_state.count)
    """).run()
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


def test_example_3_kwargs(app):
    a = app("""
        import streamlit as st
        st.title('Counter Example using Callbacks with kwargs')
        if 'count' not in st.session_state:
            st.session_state.count = 0
        def increment_counter(increment_value=0):
            st.session_state.count += increment_value
        def decrement_counter(decrement_value=0):
            st.session_state.count -= decrement_value
        st.button('Increment', on_click=increment_counter,
                  kwargs=dict(increment_value=5))
        st.button('Decrement', on_click=decrement_counter,
                  kwargs=dict(decrement_value=1))
        st.write('Count = ', st.session_state.count)
    """).run()
    a.click("Increment")
    assert a.markdown() == ["Count =  `5`"]
    a.click("Decrement").click("Decrement")
    assert a.markdown() == ["Count =  `3`"]


BEANS = """
    import streamlit as st
    # Initialize st.session_state.beans
    st.session_state.beans = st.session_state.get("beans", 0)
    st.title("Bean counter :paw_prints:")
    addend = st.number_input("Beans to add", 0, 10)
    if st.button("Add"):
        st.session_state.beans += addend
    st.markdown(f"Beans counted: {st.session_state.beans}")
"""


def test_bean_counter_increment_and_add(app):
    a = app(BEANS).run()
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


def test_bean_counter_clamps_to_bounds(app):
    a = app(BEANS).run()
    a.set("number_input", "Beans to add", 50)
    assert a.value("number_input", "Beans to add") == 10
    a.set("number_input", "Beans to add", -3)
    assert a.value("number_input", "Beans to add") == 0


def test_stateful_button(app):
    a = app("""
        import streamlit as st
        if 'clicked' not in st.session_state:
            st.session_state.clicked = False
        def click_button():
            st.session_state.clicked = True
        st.button('Click me', on_click=click_button)
        if st.session_state.clicked:
            # The message and nested widget will remain on the page
            st.write('Button clicked!')
            st.slider('Select a value')
    """).run()
    assert a.kinds() == ["button"]
    a.click("Click me")
    assert a.markdown() == ["Button clicked!"]
    a.set("slider", "Select a value", 42)
    assert a.markdown() == ["Button clicked!"]
    assert a.value("slider", "Select a value") == 42


def test_toggle_button(app):
    a = app("""
        import streamlit as st
        if 'button' not in st.session_state:
            st.session_state.button = False
        def click_button():
            st.session_state.button = not st.session_state.button
        st.button('Click me', on_click=click_button)
        if st.session_state.button:
            # The message and nested widget will remain on the page
            st.write('Button is on!')
            st.slider('Select a value')
        else:
            st.write('Button is off!')
    """).run()
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


def test_stages_of_a_process(app):
    a = app("""
        import streamlit as st
        if 'stage' not in st.session_state:
            st.session_state.stage = 0
        def set_state(i):
            st.session_state.stage = i
        if st.session_state.stage == 0:
            st.button('Begin', on_click=set_state, args=[1])
        if st.session_state.stage >= 1:
            name = st.text_input('Name', on_change=set_state, args=[2])
        if st.session_state.stage >= 2:
            st.write(f'Hello {name}!')
            color = st.selectbox(
                'Pick a Color',
                [None, 'red', 'orange', 'green', 'blue', 'violet'],
                on_change=set_state, args=[3]
            )
            if color is None:
                set_state(2)
        if st.session_state.stage >= 3:
            st.write(f':{color}[Thank you!]')
            st.button('Start Over', on_click=set_state, args=[0])
    """).run()
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


def test_name_buttons_without_callback_lag_behind(app):
    a = app("""
        import streamlit as st
        if 'name' not in st.session_state:
            st.session_state['name'] = 'John Doe'
        st.header(st.session_state['name'])
        if st.button('Jane'):
            st.session_state['name'] = 'Jane Doe'
        if st.button('John'):
            st.session_state['name'] = 'John Doe'
        st.header(st.session_state['name'])
    """).run()
    assert a.headings() == ["John Doe", "John Doe"]
    a.click("Jane")
    assert a.headings() == ["John Doe", "Jane Doe"]
    a.run()
    assert a.headings() == ["Jane Doe", "Jane Doe"]


def test_name_buttons_with_callback(app):
    a = app("""
        import streamlit as st
        if 'name' not in st.session_state:
            st.session_state['name'] = 'John Doe'
        def change_name(name):
            st.session_state['name'] = name
        st.header(st.session_state['name'])
        st.button('Jane', on_click=change_name, args=['Jane Doe'])
        st.button('John', on_click=change_name, args=['John Doe'])
        st.header(st.session_state['name'])
    """).run()
    a.click("Jane")
    assert a.headings() == ["Jane Doe", "Jane Doe"]
    a.click("John")
    assert a.headings() == ["John Doe", "John Doe"]


def test_name_buttons_with_rerun(app):
    a = app("""
        import streamlit as st
        if 'name' not in st.session_state:
            st.session_state['name'] = 'John Doe'
        st.header(st.session_state['name'])
        if st.button('Jane'):
            st.session_state['name'] = 'Jane Doe'
            st.rerun()
        if st.button('John'):
            st.session_state['name'] = 'John Doe'
            st.rerun()
        st.header(st.session_state['name'])
    """).run()
    a.click("Jane")
    assert [r.status for r in a.last_request_runs] == ["rerun", "complete"]
    assert a.headings() == ["Jane Doe", "Jane Doe"]


def test_buttons_that_set_a_drawn_widget_key_error(app):
    a = app("""
        import streamlit as st
        st.text_input('Name', key='name')
        # These buttons will error because their nested code changes
        # a widget's state after that widget within the script.
        if st.button('Clear name'):
            st.session_state.name = ''
        if st.button('Streamlit!'):
            st.session_state.name = ('Streamlit')
    """).run()
    a.set("text_input", "Name", "Ada")
    a.click("Streamlit!")
    assert a.status == "error"
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitAPIException"
    assert "st.session_state.name" in exc["message"]
    assert "cannot be modified after the widget with key `name` is instantiated" in exc["message"]


def test_option_1_keyed_buttons_read_before_they_are_drawn(app):
    a = app("""
        import streamlit as st
        # Use the get method since the keys won't be in session_state
        # on the first script run
        if st.session_state.get('clear'):
            st.session_state['name'] = ''
        if st.session_state.get('streamlit'):
            st.session_state['name'] = 'Streamlit'
        st.text_input('Name', key='name')
        st.button('Clear name', key='clear')
        st.button('Streamlit!', key='streamlit')
    """).run()
    assert a.status == "complete"
    a.click("Streamlit!")
    assert a.value("text_input", "Name") == "Streamlit"
    a.set("text_input", "Name", "Ada")
    assert a.value("text_input", "Name") == "Ada"
    a.click("Clear name")
    assert a.value("text_input", "Name") == ""
    assert a.state == {"name": "", "clear": False, "streamlit": False}


def test_option_2_callbacks_set_a_widget_drawn_earlier(app):
    a = app("""
        import streamlit as st
        st.text_input('Name', key='name')
        def set_name(name):
            st.session_state.name = name
        st.button('Clear name', on_click=set_name, args=[''])
        st.button('Streamlit!', on_click=set_name, args=['Streamlit'])
    """).run()
    a.click("Streamlit!")
    assert a.status == "complete"
    assert a.value("text_input", "Name") == "Streamlit"
    a.click("Clear name")
    assert a.value("text_input", "Name") == ""


def test_option_3_containers(app):
    a = app("""
        import streamlit as st
        begin = st.container()
        if st.button('Clear name'):
            st.session_state.name = ''
        if st.button('Streamlit!'):
            st.session_state.name = ('Streamlit')
        # The widget is second in logic, but first in display
        begin.text_input('Name', key='name')
    """).run()
    assert a.kinds() == ["block", "text_input", "button", "button"]
    a.click("Streamlit!")
    assert a.status == "complete"
    assert a.value("text_input", "Name") == "Streamlit"


def test_buttons_add_widgets_dynamically(app):
    a = app("""
        import streamlit as st
        def display_input_row(index):
            left, middle, right = st.columns(3)
            left.text_input('First', key=f'first_{index}')
            middle.text_input('Middle', key=f'middle_{index}')
            right.text_input('Last', key=f'last_{index}')
        if 'rows' not in st.session_state:
            st.session_state['rows'] = 0
        def increase_rows():
            st.session_state['rows'] += 1
        st.button('Add person', on_click=increase_rows)
        for i in range(st.session_state['rows']):
            display_input_row(i)
        # Show the results
        st.subheader('People')
        for i in range(st.session_state['rows']):
            st.write(
                f'Person {i+1}:',
                st.session_state[f'first_{i}'],
                st.session_state[f'middle_{i}'],
                st.session_state[f'last_{i}']
            )
    """).run()
    a.click("Add person").click("Add person")
    assert a.status == "complete"
    assert len(a.elements("text_input")) == 6
    a.set("text_input", "First", "Ada", key="first_1")
    a.set("text_input", "Last", "Lovelace", key="last_1")
    # Markdown bodies are stripped, as Streamlit's are.
    assert a.markdown() == ["Person 1:", "Person 2: Ada  Lovelace"]


def test_nested_buttons_never_run(app):
    a = app("""
        import streamlit as st
        if st.button('Button 1'):
            st.write('Button 1 was clicked')
            if st.button('Button 2'):
                # This will never be executed.
                st.write('Button 2 was clicked')
    """).run()
    a.click("Button 1")
    assert a.markdown() == ["Button 1 was clicked"]
    a.click("Button 2")
    assert a.markdown() == []
    assert a.kinds() == ["button"]


def test_session_state_and_widget_state_association(app):
    a = app("""
        import streamlit as st
        if "celsius" not in st.session_state:
            # set the initial default value of the slider widget
            st.session_state.celsius = 50.0
        st.slider(
            "Temperature in Celsius",
            min_value=-100.0,
            max_value=100.0,
            key="celsius"
        )
        # This will get the value of the slider widget
        st.write(st.session_state.celsius)
    """).run()
    assert a.value("slider", "Temperature in Celsius") == 50.0
    assert a.markdown() == ["`50.0`"]
    a.set("slider", "Temperature in Celsius", -12.5)
    assert a.markdown() == ["`-12.5`"]


def test_setting_a_button_through_session_state_raises(app):
    a = app("""
        import streamlit as st
        if 'my_button' not in st.session_state:
            st.session_state.my_button = True
        # Streamlit will raise an Exception on trying to set the state of button
        st.button('Submit', key='my_button')
    """).run()
    assert a.status == "error"
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitAPIException"
    assert "my_button" in exc["message"] and "st.session_state" in exc["message"]
    assert a.elements("button") == []
