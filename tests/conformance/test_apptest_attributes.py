"""Attributes AppTest's element classes have, and do not have, as 1.67's
(runs against real 1.67 too)."""

from __future__ import annotations

import pytest

from apptest_impl import AppTest, REAL, version_tuple

pytestmark = pytest.mark.skipif(REAL and version_tuple() < (1, 67), reason="1.67's AppTest")


def test_chat_input_and_feedback_have_a_value_and_no_label():
    at = AppTest.from_string('import streamlit as st\nst.chat_input("Say")\nst.feedback(key="f")\n').run()
    chat, feedback = at.chat_input[0], at.get("feedback")[0]
    assert chat.value is None and feedback.value is None
    assert not hasattr(chat, "label") and not hasattr(feedback, "label")
    # a widget with a label keeps it
    at = AppTest.from_string('import streamlit as st\nst.text_input("Name")\n').run()
    assert at.text_input[0].label == "Name"
