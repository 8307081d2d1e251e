"""Forms as a visitor sees and uses them: changes are held until the submit
button (or Enter in a text field) sends them together, and a form without a
submit button says so."""

import pytest
from browser_support import APPS, runs, wait_for_runs
from playwright.sync_api import expect


pytestmark = pytest.mark.browser


def test_form_batches_changes_and_submits_on_enter(build_site, new_page):
    page = new_page(build_site(APPS / "forms" / "app.py"))
    expect(page.get_by_text("Not saved")).to_be_visible()
    start = runs(page)

    # Changing widgets inside the form does not rerun the app.
    page.get_by_label("City").fill("Paris")
    page.get_by_label("City").press("Tab")
    page.get_by_role("combobox", name="Color").click()
    page.get_by_role("option", name="blue", exact=True).click()
    page.get_by_label("Name").fill("Ann")
    page.wait_for_timeout(500)
    assert runs(page) == start

    # Enter in a text input submits the form: one run with every value.
    page.get_by_label("Name").press("Enter")
    wait_for_runs(page, start + 1)
    expect(page.get_by_text("Saved: Ann from Paris likes blue")).to_be_visible()
    page.wait_for_timeout(300)
    assert runs(page) == start + 1

    # A rerun from outside the form leaves its unsent changes alone: the
    # app still has the old value, the field still shows the new one.
    page.get_by_label("Name").fill("Zed")
    page.get_by_label("Name").press("Tab")
    page.get_by_role("button", name="Outside").click()
    wait_for_runs(page, start + 2)
    expect(page.get_by_text("Not saved")).to_be_visible()
    expect(page.get_by_text("Name now: Ann")).to_be_visible()
    expect(page.get_by_label("Name")).to_have_value("Zed")
    page.get_by_role("button", name="Save").click()
    wait_for_runs(page, start + 3)
    expect(page.get_by_text("Saved: Zed from Paris likes blue")).to_be_visible()

    # Enter in a number input, Ctrl+Enter in a text area submit it too.
    page.get_by_label("Age").fill("42")
    page.get_by_label("Age").press("Enter")
    wait_for_runs(page, start + 4)
    expect(page.get_by_text("Age 42, about: -")).to_be_visible()
    page.get_by_label("About").fill("likes tea")
    page.get_by_label("About").press("Enter")  # a new line, not a submit
    page.get_by_label("About").press("Control+Enter")
    wait_for_runs(page, start + 5)
    expect(page.get_by_text("Age 42, about: likes tea")).to_be_visible()
    assert runs(page) == start + 5

    # clear_on_submit: submitted, then the field is empty (and keeps focus).
    note = page.get_by_label("Note")
    note.fill("first note")
    note.press("Enter")
    wait_for_runs(page, start + 6)
    expect(page.get_by_text("Notes: first note")).to_be_visible()
    expect(note).to_have_value("")
    expect(note).to_be_focused()

    # A form without a submit button shows Streamlit's error in the form.
    broken = page.get_by_test_id("stForm").filter(has=page.get_by_label("Lost input"))
    expect(broken.get_by_role("alert")).to_contain_text("Missing Submit Button")
    expect(page.get_by_test_id("stForm").first.get_by_role("alert")).to_be_hidden()
