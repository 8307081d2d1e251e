"""Text and time widgets in the page: each is a native control with its
label, and each interaction reruns the app with the value it shows."""

import pytest
from browser_support import APPS, runs, wait_for_runs
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def _rerun(page, action) -> None:
    """Do ``action`` and wait for the run it causes to finish."""
    before = runs(page)
    action()
    wait_for_runs(page, before + 1)


def test_text_and_time_widgets_drive_the_app(build_site, new_page):
    page = new_page(build_site(APPS / "text_time" / "app.py"))
    out = page.locator("[data-testid=stMarkdown]")

    # text_area: typing alone sends nothing; Ctrl+Enter commits.
    notes = page.get_by_label("Notes")
    expect(page.get_by_test_id("stTextArea").locator("textarea")).to_have_value("Hello, world!")
    notes.fill("Line one\nline two")
    expect(page.get_by_test_id("InputInstructions")).to_contain_text("Enter to apply")
    assert runs(page) == 1
    _rerun(page, lambda: notes.press("Control+Enter"))
    expect(out.filter(has_text="Notes:")).to_have_text("Notes: 'Line one\\nline two'")

    # date_input, single and range (two named inputs)
    expect(page.get_by_label("Birthday")).to_have_value("2019-07-06")
    _rerun(page, lambda: page.get_by_label("Birthday").fill("2022-12-21"))
    expect(out.filter(has_text="Birthday:")).to_have_text("Birthday: 2022-12-21")
    expect(page.get_by_label("Trip start")).to_have_value("2024-01-01")
    _rerun(page, lambda: page.get_by_label("Trip end").fill("2024-01-20"))
    expect(out.filter(has_text="Trip:")).to_have_text("Trip: 2024-01-01 to 2024-01-20")
    assert page.get_by_label("Trip end").get_attribute("title") == "20.01.2024"

    # time_input, with Streamlit's default 15-minute step
    alarm = page.get_by_label("Alarm")
    assert alarm.get_attribute("step") == "900"
    _rerun(page, lambda: alarm.fill("12:30"))
    expect(out.filter(has_text="Alarm:")).to_have_text("Alarm: 12:30")

    # color_picker: the app's own spelling until the visitor picks a color
    expect(out.filter(has_text="Color:")).to_have_text("Color: #FFFFFF")
    _rerun(page, lambda: page.get_by_label("Color").fill("#00ff00"))
    expect(out.filter(has_text="Color:")).to_have_text("Color: #00ff00")

    # a date slider: the page moves in days and shows dates
    slider = page.get_by_role("slider", name="Day")
    expect(page.get_by_test_id("stSliderThumbValue")).to_have_text("2024-05-01")
    _rerun(page, lambda: (slider.focus(), slider.press("ArrowRight")))
    expect(out.filter(has_text="Slider:")).to_have_text("Slider: 2024-05-02")
    expect(page.get_by_test_id("stSliderThumbValue")).to_have_text("2024-05-02")
    assert slider.get_attribute("aria-valuetext") == "2024-05-02"

    # chat_input: pinned to the bottom of the viewport, Enter sends and
    # clears; the message comes back once, streamed by st.write_stream.
    chat = page.get_by_role("textbox", name="Say something")
    send = page.get_by_role("button", name="Send")
    expect(send).to_be_disabled()
    chat.fill("first\nmessage")  # a newline typed with Shift+Enter stays in the box
    chat.press("Shift+Enter")
    assert runs(page) == 7
    expect(chat).to_have_value("first\nmessage\n")
    chat.fill("hello")
    _rerun(page, lambda: chat.press("Enter"))
    expect(chat).to_have_value("")
    expect(chat).to_be_focused()
    expect(out.filter(has_text="You said")).to_have_text("You said: hello")
    expect(out.filter(has_text="Reply length")).to_have_text("Reply length: 16")
    # Another interaction reruns the app: the message is not returned again.
    _rerun(page, lambda: page.get_by_label("Alarm").fill("07:15"))
    expect(out.filter(has_text="You said")).to_have_count(0)
    expect(out.filter(has_text="Earlier: hello")).to_have_count(1)
    # The send button works as well as Enter.
    chat.fill("again")
    _rerun(page, send.click)
    expect(out.filter(has_text="You said")).to_have_text("You said: again")

    bottom = page.get_by_test_id("stBottom")
    assert bottom.evaluate("e => getComputedStyle(e).position") == "sticky"
    box = bottom.bounding_box()
    assert abs(box["y"] + box["height"] - page.viewport_size["height"]) <= 1
    # Scrolled to the end, it sits below everything the app wrote (though
    # the app wrote more after it) and still at the bottom of the viewport.
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    box = bottom.bounding_box()
    assert abs(box["y"] + box["height"] - page.viewport_size["height"]) <= 1
    last_text = out.last.bounding_box()
    assert last_text["y"] + last_text["height"] <= box["y"]
