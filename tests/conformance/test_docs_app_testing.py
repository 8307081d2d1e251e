"""Streamlit's docs, "Get started with app testing" and "Beyond the basics of app
testing": the bean counter, element lookup, secrets and Session State."""

from __future__ import annotations

import pytest

from apptest_impl import REAL, AppTest, version_tuple


def test_increment_and_add():
    """A user increments the number input, then clicks Add"""
    at = AppTest.from_file("apps/bean_counter.py").run()
    at.number_input[0].increment().run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Beans counted: 1"


def test_bean_counter_elements():
    at = AppTest.from_file("apps/bean_counter.py")
    at.run()  # .run() returns the AppTest; the two-line form is the same
    # "app.py contains four elements when rendered"
    assert at.title[0].value == "Bean counter :paw_prints:"
    assert at.number_input[0].label == "Beans to add"
    assert at.number_input[0].value == 0
    assert at.button[0].label == "Add"
    assert at.markdown[0].value == "Beans counted: 0"
    at.number_input[0].set_value(3).run()
    at.button[0].click().run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Beans counted: 6"


@pytest.mark.skipif(REAL and version_tuple() < (1, 67), reason="this release's AppTest steps past min/max")
def test_bean_counter_increment_and_decrement_stop_at_the_bounds():
    at = AppTest.from_file("apps/bean_counter.py").run()
    at.number_input[0].decrement().run()
    assert at.number_input[0].value == 0  # min_value is 0
    for _ in range(12):
        at.number_input[0].increment()
        at.run()
    assert at.number_input[0].value == 10  # max_value is 10
    at.button[0].click().run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Beans counted: 20"
    assert at.session_state.beans == 20


def test_elements_are_listed_in_display_order():
    at = AppTest.from_file("apps/containers_order.py").run()
    assert at.button[0].label == "B"
    assert at.button[1].label == "A"


def test_retrieve_widgets_by_key():
    at = AppTest.from_file("apps/keyed_buttons.py").run()
    assert at.button(key="submit").label == "Next"
    assert at.button("cancel").label == "Back"
    assert at.button[0].key == "submit"


def test_inspect_a_selectbox():
    at = AppTest.from_file("apps/selectbox_inspect.py").run()
    assert at.selectbox[0].value == None  # noqa: E711 - as the docs write it
    assert at.selectbox[0].label == "A"
    assert at.selectbox[0].options == ["1", "2", "3"]
    assert at.selectbox[0].index == None  # noqa: E711
    assert at.selectbox[0].help == "Pick a number"
    assert at.selectbox[0].placeholder == "Pick me"
    assert at.selectbox[0].disabled == False  # noqa: E712
    at.selectbox[0].select(2).run()
    assert at.selectbox[0].value == 2 and at.selectbox[0].index == 1


def test_main_and_sidebar_narrow_the_lookup():
    at = AppTest.from_file("apps/cheatsheet_app.py").run()
    assert len(at.sidebar.text_input) == 1
    assert at.sidebar.text_input[0].label == "Your name"
    assert [t.label for t in at.main.text_input] == ["Your greeting"]
    assert len(at.text_input) == 2


def test_declaring_secrets_in_a_test():
    # Initialize an AppTest instance.
    at = AppTest.from_file("apps/secrets_app.py")
    # Declare the secrets.
    at.secrets["db_username"] = "Jane"
    at.secrets["db_password"] = "mypassword"
    at.secrets["my_other_secrets.things_i_like"] = ["Streamlit", "Python"]
    # Run the app.
    at.run()
    assert len(at.exception) == 0
    assert [m.value for m in at.markdown] == ["Jane", "mypassword", "Streamlit, Python"]


def test_session_state_is_readable_and_writable_both_ways():
    at = AppTest.from_file("apps/bean_counter.py")
    at.session_state["beans"] = 5
    at.run()
    assert at.markdown[0].value == "Beans counted: 5"
    at.session_state.beans = 8
    at.run()
    assert at.session_state.beans == 8
    assert at.session_state["beans"] == 8
    assert at.markdown[0].value == "Beans counted: 8"
    assert "beans" in at.session_state


# --- Example: testing a multipage app -------------------------------------------


def test_balloons():
    at = AppTest.from_file("apps/multipage/pages/second.py")
    at.session_state["magic_word"] = "Balloons"
    at.run()
    assert at.markdown[0].value == ":balloon:"


def test_second_page_without_the_magic_word():
    at = AppTest.from_file("apps/multipage/pages/second.py").run()
    assert at.session_state["magic_word"] == "Streamlit"
    assert len(at.markdown) == 0


def test_first_page_sets_the_magic_word():
    at = AppTest.from_file("apps/multipage/first.py").run()
    assert at.session_state.magic_word == "Streamlit"
    at.text_input[0].input("Balloons").run()
    assert at.session_state.magic_word == "Streamlit"  # not until the click
    at.button[0].click().run()
    assert at.session_state.magic_word == "Balloons"


def test_query_params_are_declared_before_the_run_and_read_after_it():
    at = AppTest.from_file("apps/query_params_app.py")
    at.query_params["animal"] = "dog"
    at.run()
    assert at.markdown[0].value == "dog"
    at.button[0].click().run()
    # What the app wrote to st.query_params, parsed from the page's URL:
    # since 1.67 a single value is a str (repeated keys stay lists); 1.49
    # gave every value as a list.
    assert at.query_params["animal"] == (["cat"] if REAL and version_tuple() < (1, 67) else "cat")
    at.run()
    assert at.markdown[0].value == "cat"


def test_from_string_and_from_function():
    at = AppTest.from_string('import streamlit as st\nst.title("From a string")').run()
    assert at.title[0].value == "From a string"

    def my_app(greeting="Hello"):
        import streamlit as st

        st.write(f"{greeting}, world!")

    at = AppTest.from_function(my_app, kwargs={"greeting": "Hi"}).run()
    assert at.markdown[0].value == "Hi, world!"
