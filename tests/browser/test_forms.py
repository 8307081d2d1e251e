"""Forms and layout containers as a visitor sees and uses them (issue 4,
points 7, 8 and 14)."""

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
    page.get_by_label("Color").select_option("blue")
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


def test_columns_sidebar_tabs_expander_and_containers(build_site, new_page):
    page = new_page(build_site(APPS / "layout" / "app.py"))
    expect(page.get_by_test_id("stSidebar")).to_contain_text("In the sidebar")

    left = page.get_by_text("Left column").bounding_box()
    right = page.get_by_text("Right column").bounding_box()
    assert abs(left["y"] - right["y"]) < 5 and right["x"] > left["x"] + left["width"]

    # Tabs: a tablist; the selected tab survives reruns.
    tabs = page.get_by_role("tablist")
    expect(page.get_by_text("Content one")).to_be_visible()
    expect(page.get_by_text("Content two")).to_be_hidden()
    tabs.get_by_role("tab", name="Second tab").click()
    expect(page.get_by_role("tabpanel")).to_have_text("Content two")
    expect(tabs.get_by_role("tab", name="Second tab")).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowLeft")
    expect(tabs.get_by_role("tab", name="First tab")).to_be_focused()
    expect(page.get_by_text("Content one")).to_be_visible()
    page.keyboard.press("ArrowRight")
    before = runs(page)
    page.get_by_role("button", name="Rerun").click()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Content two")).to_be_visible()
    expect(page.get_by_text("Content one")).to_be_hidden()

    expect(page.get_by_text("Hidden details")).to_be_hidden()
    page.get_by_text("More details").click()
    expect(page.get_by_text("Hidden details")).to_be_visible()

    scroller = page.get_by_test_id("stVerticalBlock").filter(has=page.get_by_text("Line 0", exact=True))
    assert scroller.evaluate("e => e.scrollHeight > e.clientHeight + 100 && e.clientHeight < 160")

    user, dino = page.get_by_test_id("stChatMessage").all()
    expect(user).to_have_accessible_name("Chat message from user")
    expect(user.get_by_test_id("stChatMessageAvatarUser")).to_be_visible()
    expect(dino.get_by_test_id("stChatMessageAvatarCustom")).to_have_text("🦖")
    expect(dino).to_contain_text("Hello from dino")

    # A popover stays open while the widget in it reruns the app.
    page.get_by_role("button", name="Filters").click()
    before = runs(page)
    page.get_by_label("Only active").check()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Only active: True")).to_be_attached()
    expect(page.get_by_label("Only active")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_label("Only active")).to_be_hidden()


def test_dialog_opens_works_and_closes(build_site, new_page):
    page = new_page(build_site(APPS / "layout" / "app.py"))
    before = runs(page)
    page.get_by_role("button", name="Open settings").click()
    wait_for_runs(page, before + 1)
    dialog = page.get_by_role("dialog", name="Settings")
    expect(dialog).to_be_visible()

    # A widget in the dialog reruns the app; the dialog stays open.
    field = dialog.get_by_label("Nickname")
    field.fill("Neo")
    before = runs(page)
    field.press("Enter")
    wait_for_runs(page, before + 1)
    expect(dialog.get_by_text("Preview: Neo")).to_be_visible()
    expect(field).to_be_focused()

    # st.rerun() from the dialog closes it.
    before = runs(page)
    dialog.get_by_role("button", name="Save settings").click()
    wait_for_runs(page, before + 1)
    expect(dialog).to_be_hidden()
    expect(page.get_by_text("Nickname: Neo")).to_be_visible()

    # The visitor closes it with Esc, or its close button; no rerun.
    for close in (lambda: page.keyboard.press("Escape"), lambda: dialog.get_by_role("button", name="Close").click()):
        before = runs(page)
        page.get_by_role("button", name="Open settings").click()
        wait_for_runs(page, before + 1)
        expect(dialog).to_be_visible()
        close()
        expect(dialog).to_be_hidden()
        page.wait_for_timeout(300)
        assert runs(page) == before + 1
