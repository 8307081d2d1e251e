"""Status elements (alerts, toast, metric) through AppTest, as the seed's
cheat sheet reads them."""

import pytest

from stc.testing import AppTest


def test_alerts_toast_and_metric_as_the_cheat_sheet_reads_them():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.success("Great job!")
        st.info("Please enter an API key to continue")
        st.warning("Sorry, the passwords didn't match")
        st.error("Something went wrong :(")
        st.toast("That was lit!", icon="🔥")
        st.metric("Temperature", 9500, 1000)
        """
    ).run()
    assert at.success[0].value == "Great job!"
    assert at.info[0].value == "Please enter an API key to continue"
    assert at.warning[0].value == "Sorry, the passwords didn't match"
    assert at.error[0].value == "Something went wrong :("
    assert at.toast[0].value == "That was lit!" and at.toast[0].icon == "🔥"
    assert at.metric[0].value == "9500"
    assert at.metric[0].delta == "1000"
    assert at.metric[0].label == "Temperature"


@pytest.mark.parametrize(
    "delta, delta_color, direction, color",
    [
        (5, "normal", "up", "green"),
        (-5, "normal", "down", "red"),
        ("-1.2 °F", "inverse", "down", "green"),
        ("+3%", "inverse", "up", "red"),
        (2, "off", "up", "gray"),
        (None, "normal", "none", "gray"),
    ],
)
def test_metric_delta_direction_and_colour(delta, delta_color, direction, color):
    at = AppTest.from_string(
        f"""
        import streamlit as st
        st.metric("m", 1, {delta!r}, delta_color={delta_color!r})
        """
    ).run()
    proto = at.metric[0].proto
    assert (proto["direction"], proto["color"]) == (direction, color)


def test_metric_rejects_unknown_delta_color():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.metric("m", 1, 2, delta_color="blue")
        """
    ).run()
    assert "delta_color only accepts" in at.exception[0].value


def test_toast_is_shown_again_on_every_run():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.toast("hi")
        """
    ).run()
    first = at.toast[0].proto
    at.run()
    # A new element for the page each run, so the page shows it again.
    assert at.toast[0].proto != first
