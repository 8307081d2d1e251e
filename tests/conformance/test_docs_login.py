"""Streamlit's app-testing docs, "App testing example: Testing a login page"
(dummy secrets, hmac)."""

from __future__ import annotations

from apptest_impl import AppTest


def test_no_interaction():
    at = AppTest.from_file("apps/login_app.py")
    at.secrets["password"] = "streamlit"
    at.run()
    assert at.session_state["status"] == "unverified"
    assert len(at.text_input) == 1
    assert len(at.warning) == 0
    assert len(at.success) == 0
    assert len(at.button) == 0
    assert at.text_input[0].value == ""


def test_incorrect_password():
    at = AppTest.from_file("apps/login_app.py")
    at.secrets["password"] = "streamlit"
    at.run()
    at.text_input[0].input("balloon").run()
    assert at.session_state["status"] == "incorrect"
    assert len(at.text_input) == 1
    assert len(at.warning) == 1
    assert len(at.success) == 0
    assert len(at.button) == 0
    assert at.text_input[0].value == ""
    assert "Incorrect password" in at.warning[0].value


def test_correct_password():
    at = AppTest.from_file("apps/login_app.py")
    at.secrets["password"] = "streamlit"
    at.run()
    at.text_input[0].input("streamlit").run()
    assert at.session_state["status"] == "verified"
    assert len(at.text_input) == 0
    assert len(at.warning) == 0
    assert len(at.success) == 1
    assert len(at.button) == 1
    assert "Login successful" in at.success[0].value
    assert at.button[0].label == "Log out"


def test_log_out():
    at = AppTest.from_file("apps/login_app.py")
    at.secrets["password"] = "streamlit"
    at.session_state["status"] = "verified"
    at.run()
    at.button[0].click().run()
    assert at.session_state["status"] == "unverified"
    assert len(at.text_input) == 1
    assert len(at.warning) == 0
    assert len(at.success) == 0
    assert len(at.button) == 0
    assert at.text_input[0].value == ""


def test_title_shows_in_every_state():
    at = AppTest.from_file("apps/login_app.py")
    at.secrets["password"] = "streamlit"
    at.run()
    assert [t.value for t in at.title] == ["My login page"]
    at.text_input[0].input("streamlit").run()
    assert [t.value for t in at.title] == ["My login page"]
