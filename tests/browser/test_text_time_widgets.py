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

    # time_input: typed and committed with Enter (24-hour, the default)
    alarm = page.get_by_label("Alarm")
    expect(alarm).to_have_value("08:45")
    _rerun(page, lambda: (alarm.fill("12:30"), alarm.press("Enter")))
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
    _rerun(page, lambda: (page.get_by_label("Alarm").fill("07:15"), page.get_by_label("Alarm").press("Enter")))
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


def _alert(page, text):
    return page.get_by_role("alert").filter(has_text=text)


def test_text_input_types_checks_required_and_live(build_site, new_page):
    page = new_page(build_site(APPS / "text_time_params" / "app.py"))
    out = page.locator("[data-testid=stMarkdown]")
    boxes = page.get_by_test_id("stTextInput")

    # type="email": the browser's email field, with the type's icon and
    # placeholder; a text that fails its check is not sent and says why.
    email = page.get_by_label("Email", exact=True)
    assert (email.get_attribute("type"), email.get_attribute("placeholder")) == ("email", "you@example.com")
    expect(boxes.nth(0).get_by_test_id("stTextInputIcon")).to_have_text("mail")
    email.fill("not-an-email")
    email.press("Enter")
    expect(_alert(page, "Enter a valid email address.")).to_have_count(1)
    expect(boxes.nth(0).get_by_test_id("stTextInputErrorIcon")).to_be_visible()
    assert runs(page) == 1
    _rerun(page, lambda: (email.fill("ada@example.com"), email.press("Enter")))
    expect(out.filter(has_text="Email:")).to_have_text("Email: 'ada@example.com'")
    expect(boxes.nth(0).get_by_test_id("stTextInputErrorIcon")).to_be_hidden()

    # validate=(regex, message), an icon and a width in pixels
    code = page.get_by_label("Code", exact=True)
    expect(boxes.nth(1).get_by_test_id("stTextInputIcon")).to_have_text("pin")
    assert boxes.nth(1).bounding_box()["width"] == 240
    code.fill("12a")
    code.press("Tab")
    expect(_alert(page, "Three digits.")).to_have_count(1)
    _rerun(page, lambda: (code.fill("123"), code.press("Tab")))
    expect(out.filter(has_text="Code:")).to_have_text("Code: '123'")

    # required: "(required)" by the label; blanks are not sent, the app
    # keeps the last value.
    # A required field's accessible name is its label alone ("(required)" is
    # aria-hidden), as screen readers hear it.
    name = page.get_by_role("textbox", name="Name", exact=True)
    expect(boxes.nth(2).get_by_test_id("stWidgetLabelRequired")).to_have_text("(required)")
    before = runs(page)
    name.fill("   ")
    name.press("Enter")
    expect(_alert(page, "This field is required.")).to_have_count(1)
    assert runs(page) == before
    expect(out.filter(has_text="Name:")).to_have_text("Name: 'Ada'")

    # live=True: typing is sent after a pause, without Enter, in one run.
    find = page.get_by_label("Find", exact=True)
    assert find.get_attribute("type") == "search"
    before = runs(page)
    find.press_sequentially("abc", delay=30)
    wait_for_runs(page, before + 1)
    expect(out.filter(has_text="Find:")).to_have_text("Find: 'abc'")
    page.wait_for_timeout(400)
    assert runs(page) == before + 1
    # type="search": its clear button empties the field and sends it.
    _rerun(page, lambda: boxes.nth(3).get_by_test_id("stTextInputClearButton").click())
    expect(out.filter(has_text="Find:")).to_have_text("Find: ''")

    # type="password": masked, with a button that shows and hides it.
    secret = page.get_by_label("Secret", exact=True)
    assert secret.get_attribute("type") == "password"
    page.get_by_role("button", name="Show password").click()
    assert secret.get_attribute("type") == "text"
    page.get_by_role("button", name="Hide password").click()
    assert secret.get_attribute("type") == "password"

    # number_input: its icon; a required field emptied is not sent.
    numbers = page.get_by_test_id("stNumberInput")
    expect(numbers.get_by_test_id("stNumberInputIcon")).to_have_text("💰")
    amount = page.get_by_role("spinbutton", name="Amount", exact=True)
    _rerun(page, lambda: (amount.fill("5"), amount.press("Enter")))
    expect(out.filter(has_text="Amount:")).to_have_text("Amount: 5.0")
    before = runs(page)
    amount.fill("")
    amount.press("Enter")
    expect(_alert(page, "This field is required.")).to_have_count(2)
    assert runs(page) == before


def test_time_input_formats_and_steps(build_site, new_page):
    page = new_page(build_site(APPS / "text_time_params" / "app.py"))
    out = page.locator("[data-testid=stMarkdown]")

    # format="12h": 1-12 and AM/PM; what is typed in either form is read.
    meeting = page.get_by_label("Meeting", exact=True)
    expect(meeting).to_have_value("2:30 PM")
    _rerun(page, lambda: (meeting.fill("9:15 pm"), meeting.press("Enter")))
    expect(out.filter(has_text="Meeting:")).to_have_text("Meeting: 21:15:00")
    expect(meeting).to_have_value("9:15 PM")
    _rerun(page, lambda: (meeting.fill("07:05"), meeting.press("Enter")))
    expect(meeting).to_have_value("7:05 AM")

    # format="24h"; the arrow keys move by the step (15 minutes) and send.
    clock = page.get_by_label("Clock", exact=True)
    expect(clock).to_have_value("09:05")
    _rerun(page, lambda: clock.press("ArrowUp"))
    expect(out.filter(has_text="Clock:")).to_have_text("Clock: 09:15:00")
    expect(clock).to_have_value("09:15")
    # A time that does not exist is not sent; the field says why.
    before = runs(page)
    clock.fill("25:00")
    clock.press("Enter")
    expect(_alert(page, "Hours must be 0–23, minutes 0–59.")).to_have_count(1)
    assert runs(page) == before
    expect(out.filter(has_text="Clock:")).to_have_text("Clock: 09:15:00")

    # format="localized": the hour as the browser's language writes it.
    cycle = page.evaluate("new Intl.DateTimeFormat(navigator.language, {hour: 'numeric'}).resolvedOptions().hourCycle")
    expect(page.get_by_label("Local", exact=True)).to_have_value("2:30 PM" if cycle in ("h11", "h12") else "14:30")

    # A step below a minute shows and sends seconds.
    lap = page.get_by_label("Lap", exact=True)
    expect(lap).to_have_value("09:05:10")
    _rerun(page, lambda: lap.press("ArrowUp"))
    expect(out.filter(has_text="Lap:")).to_have_text("Lap: 09:05:20")


def test_required_fields_block_their_form(build_site, new_page):
    page = new_page(build_site(APPS / "text_time_params" / "app.py"))
    out = page.locator("[data-testid=stMarkdown]")
    submit = page.get_by_role("button", name="Sign up")
    before = runs(page)
    submit.click()
    expect(_alert(page, "This field is required.")).to_have_count(2)
    page.wait_for_timeout(300)
    assert runs(page) == before
    page.get_by_role("textbox", name="Nickname", exact=True).fill("neo")
    page.get_by_test_id("stDateInput").locator("input").fill("2024-02-03")
    _rerun(page, submit.click)
    expect(out.filter(has_text="Signed up:")).to_have_text("Signed up: True 'neo' datetime.date(2024, 2, 3)")
    expect(_alert(page, "This field is required.")).to_have_count(0)
