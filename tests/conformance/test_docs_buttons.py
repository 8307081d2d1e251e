"""Streamlit's concept docs, "Button behavior and examples": each example app
in ``apps/`` and what the docs say it does."""

from __future__ import annotations

from apptest_impl import AppTest


def markdown(at) -> list[str]:
    return [m.value for m in at.markdown]


def headers(at) -> list[str]:
    return [h.value for h in at.header]


# --- Show a temporary message with a button ----------------------------------


def test_temporary_message_shows_once_per_click():
    at = AppTest.from_file("apps/button_temporary_message.py").run()
    assert markdown(at) == []
    at.text_input[0].input("Cat").run()
    assert markdown(at) == []  # nothing until the button is clicked
    at.button[0].click().run()
    assert markdown(at) == ["We have that animal!"]  # magic writes the string
    # "If they change the animal in st.text_input, the script reruns and the
    # message disappears until they click Check availability again."
    at.text_input[0].input("lion").run()
    assert markdown(at) == []
    at.button[0].click().run()
    assert markdown(at) == ["We don't have that animal."]
    at.run()
    assert markdown(at) == []


# --- Stateful button -----------------------------------------------------------


def test_stateful_button_keeps_message_and_slider():
    at = AppTest.from_file("apps/button_stateful.py").run()
    assert markdown(at) == [] and len(at.slider) == 0
    at.button[0].click().run()
    assert markdown(at) == ["Button clicked!"]
    assert len(at.slider) == 1
    # The nested slider can be used without the message going away.
    at.slider[0].set_value(42).run()
    assert markdown(at) == ["Button clicked!"]
    assert at.slider[0].value == 42
    at.run()
    assert markdown(at) == ["Button clicked!"] and at.slider[0].value == 42


# --- Toggle button -------------------------------------------------------------


def test_toggle_button_switches_a_slider_on_and_off():
    at = AppTest.from_file("apps/button_toggle.py").run()
    assert markdown(at) == ["Button is off!"] and len(at.slider) == 0
    at.button[0].click().run()
    assert markdown(at) == ["Button is on!"] and len(at.slider) == 1
    at.slider[0].set_value(30).run()
    assert markdown(at) == ["Button is on!"] and at.slider[0].value == 30
    at.button[0].click().run()
    assert markdown(at) == ["Button is off!"] and len(at.slider) == 0
    at.button[0].click().run()
    # The slider was not drawn in between: it is a new widget again.
    assert markdown(at) == ["Button is on!"] and at.slider[0].value == 0


def test_toggle_button_disables_the_slider_and_keeps_its_value():
    at = AppTest.from_file("apps/button_toggle_disabled.py").run()
    assert at.slider[0].disabled is False
    at.slider[0].set_value(12).run()
    at.button[0].click().run()
    # ``disabled`` is not part of the widget's identity: same widget, same value.
    assert at.slider[0].disabled is True
    assert at.slider[0].value == 12
    at.button[0].click().run()
    assert at.slider[0].disabled is False and at.slider[0].value == 12


# --- Stages of a process -------------------------------------------------------


def test_stages_walk_from_0_to_3_and_back():
    at = AppTest.from_file("apps/button_stages.py").run()
    # Stage 0: only "Begin".
    assert at.session_state.stage == 0
    assert [b.label for b in at.button] == ["Begin"]
    assert len(at.text_input) == 0 and len(at.selectbox) == 0

    at.button[0].click().run()
    # Stage 1: the name prompt.
    assert at.session_state.stage == 1
    assert len(at.button) == 0
    assert [t.label for t in at.text_input] == ["Name"]
    assert len(at.selectbox) == 0

    at.text_input[0].input("Jane").run()
    # Stage 2: greeting and the color picker (no color yet).
    assert at.session_state.stage == 2
    assert markdown(at) == ["Hello Jane!"]
    assert at.selectbox[0].label == "Pick a Color"
    assert at.selectbox[0].value is None

    at.selectbox[0].select("green").run()
    # Stage 3: thanks in the chosen color, and "Start Over".
    assert at.session_state.stage == 3
    assert markdown(at) == ["Hello Jane!", ":green[Thank you!]"]
    assert [b.label for b in at.button] == ["Start Over"]

    # Changing an earlier widget sends the visitor back a stage.
    at.text_input[0].input("John").run()
    assert at.session_state.stage == 2
    assert markdown(at) == ["Hello John!"]
    assert len(at.button) == 0
    # The color stayed; picking one again moves on.
    at.selectbox[0].select("blue").run()
    assert at.session_state.stage == 3
    assert markdown(at)[-1] == ":blue[Thank you!]"

    at.button[0].click().run()
    # Back to stage 0.
    assert at.session_state.stage == 0
    assert [b.label for b in at.button] == ["Begin"]
    assert len(at.text_input) == 0 and len(at.selectbox) == 0 and markdown(at) == []


def test_stages_choosing_no_color_stays_at_stage_2():
    at = AppTest.from_file("apps/button_stages.py").run()
    at.button[0].click().run()
    at.text_input[0].input("Jane").run()
    at.selectbox[0].select("red").run()
    assert at.session_state.stage == 3
    at.selectbox[0].select(None).run()
    assert at.session_state.stage == 2
    assert len(at.button) == 0


# --- Buttons to modify st.session_state ---------------------------------------


def test_name_without_callback_lags_above_the_buttons():
    at = AppTest.from_file("apps/button_name_slight_problem.py").run()
    assert headers(at) == ["John Doe", "John Doe"]
    at.button[0].click().run()  # Jane
    # The header above the buttons still shows the old name.
    assert headers(at) == ["John Doe", "Jane Doe"]
    at.run()
    assert headers(at) == ["Jane Doe", "Jane Doe"]
    at.button[1].click().run()  # John
    assert headers(at) == ["Jane Doe", "John Doe"]


def test_name_with_callback_is_current_everywhere():
    at = AppTest.from_file("apps/button_name_callback.py").run()
    assert headers(at) == ["John Doe", "John Doe"]
    at.button[0].click().run()
    assert headers(at) == ["Jane Doe", "Jane Doe"]
    at.button[1].click().run()
    assert headers(at) == ["John Doe", "John Doe"]


def test_name_with_rerun_is_current_everywhere():
    at = AppTest.from_file("apps/button_name_rerun.py").run()
    at.button[0].click().run()
    assert headers(at) == ["Jane Doe", "Jane Doe"]
    at.button[1].click().run()
    assert headers(at) == ["John Doe", "John Doe"]


# --- Buttons to modify or reset other widgets ----------------------------------


def test_setting_a_drawn_widgets_key_errors():
    at = AppTest.from_file("apps/button_modify_drawn_widget.py").run()
    assert len(at.exception) == 0
    at.text_input[0].input("Jane").run()
    at.button[0].click().run()  # Clear name
    assert len(at.exception) == 1
    assert "cannot be modified after the widget with" in at.exception[0].value
    assert "name" in at.exception[0].value
    # The value was not changed.
    assert at.session_state.name == "Jane"


def test_option_1_keyed_buttons_logic_before_the_widget():
    at = AppTest.from_file("apps/button_option1_keys.py").run()
    at.text_input[0].input("Jane").run()
    at.button(key="streamlit").click().run()
    assert at.text_input[0].value == "Streamlit"
    assert len(at.exception) == 0
    at.button(key="clear").click().run()
    assert at.text_input[0].value == ""
    at.text_input[0].input("Joe").run()
    assert at.text_input[0].value == "Joe"  # buttons are False again


def test_option_2_callbacks_change_a_widget_drawn_earlier():
    at = AppTest.from_file("apps/button_option2_callback.py").run()
    at.text_input[0].input("Jane").run()
    at.button[1].click().run()
    assert at.text_input[0].value == "Streamlit"
    assert at.session_state.name == "Streamlit"
    at.button[0].click().run()
    assert at.text_input[0].value == ""


def test_option_3_container_shows_the_widget_first():
    at = AppTest.from_file("apps/button_option3_containers.py").run()
    # The text input is drawn last but displayed first.
    labels = [n.label for n in at.main if getattr(n, "type", None) in ("text_input", "button")]
    assert labels == ["Name", "Clear name", "Streamlit!"]
    at.text_input[0].input("Jane").run()
    at.button[1].click().run()
    assert at.text_input[0].value == "Streamlit"
    at.button[0].click().run()
    assert at.text_input[0].value == ""
    assert len(at.exception) == 0


# --- Buttons to add other widgets dynamically -----------------------------------


def test_add_widgets_dynamically():
    at = AppTest.from_file("apps/button_dynamic_widgets.py").run()
    assert len(at.text_input) == 0
    assert [s.value for s in at.subheader] == ["People"]
    at.button[0].click().run()
    at.button[0].click().run()
    assert len(at.text_input) == 6
    assert len(at.columns) == 6
    assert [t.label for t in at.columns[3].text_input] == ["First"]
    assert [t.key for t in at.text_input] == ["first_0", "middle_0", "last_0", "first_1", "middle_1", "last_1"]
    at.text_input(key="first_1").input("Ada").run()
    at.text_input(key="last_1").input("Lovelace").run()
    assert len(at.exception) == 0
    assert markdown(at) == ["Person 1:", "Person 2: Ada  Lovelace"]
    assert at.session_state["first_1"] == "Ada"
    assert at.session_state["last_1"] == "Lovelace"
    # Rows keep their values when another row is added.
    at.button[0].click().run()
    assert len(at.text_input) == 9
    assert at.text_input(key="first_1").value == "Ada"


# --- Buttons to handle expensive or file-writing processes ----------------------


def test_expensive_process_saves_its_result_in_session_state():
    at = AppTest.from_file("apps/button_expensive_process.py", default_timeout=30).run()
    assert at.session_state.processed == {}
    at.selectbox[0].select("2")
    at.number_input[0].set_value(3)
    at.button[0].click().run()
    assert markdown(at) == ["Option 2 processed with add 3"]
    df = at.dataframe[0].value
    assert df["A"].tolist() == [4, 5, 6] and df["C"].tolist() == [10, 11, 12]
    processed = at.session_state.processed
    assert list(processed) == ["2"] and processed["2"][1] == 3
    # The next action drops the display but the result stays saved.
    at.run()
    assert markdown(at) == [] and len(at.dataframe) == 0
    assert list(at.session_state.processed) == ["2"]


# --- Anti-patterns ----------------------------------------------------------------


def test_buttons_nested_inside_buttons_never_show_the_inner_text():
    at = AppTest.from_file("apps/button_nested_buttons.py").run()
    assert [b.label for b in at.button] == ["Button 1"]
    at.button[0].click().run()
    assert markdown(at) == ["Button 1 was clicked"]
    assert [b.label for b in at.button] == ["Button 1", "Button 2"]
    at.button[1].click().run()
    # Clicking Button 2 reruns with Button 1 False: Button 2 is not even drawn.
    assert markdown(at) == []
    assert [b.label for b in at.button] == ["Button 1"]
    assert "Button 2 was clicked" not in markdown(at)


def test_widgets_nested_inside_buttons_never_welcome():
    at = AppTest.from_file("apps/button_nested_widget.py").run()
    assert len(at.text_input) == 0
    at.button[0].click().run()
    assert len(at.text_input) == 1
    at.text_input[0].input("Jane").run()
    # The text input's rerun has the button False: the input is gone.
    assert len(at.success) == 0
    assert len(at.text_input) == 0


def test_process_nested_in_a_button_save_always_errors():
    at = AppTest.from_file("apps/button_nested_process.py").run()
    assert len(at.exception) == 0
    at.button[1].click().run()  # Save
    assert len(at.exception) == 1
    assert "df" in at.exception[0].value  # NameError: name 'df' is not defined
