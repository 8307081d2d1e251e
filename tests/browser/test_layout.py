"""Layout containers as a visitor sees and uses them: columns, the sidebar,
tabs, expanders, containers, popovers and dialogs."""

import pytest
from browser_support import APPS, runs, wait_for_runs
from playwright.sync_api import expect


pytestmark = pytest.mark.browser


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
