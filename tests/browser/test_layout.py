"""Layout containers as a visitor sees and uses them: columns, the sidebar,
tabs, expanders, containers, popovers and dialogs."""

import re

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


def test_tabs_expander_popover_and_link_button_that_track_their_state(build_site, new_page):
    # on_change="rerun" (or a callable): each change reruns the app, .open
    # tells the app, and state the app sets through st.session_state is
    # drawn (apps/layout_state).
    page = new_page(build_site(APPS / "layout_state" / "app.py"))
    tabs = page.get_by_role("tablist")
    expect(page.get_by_text("This is the cat")).to_be_visible()
    expect(page.get_by_text("This is the dog")).to_have_count(0)  # not computed at all
    before = runs(page)
    tabs.get_by_role("tab", name="Dog").click()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Open tab: Dog")).to_be_visible()
    expect(page.get_by_text("This is the dog")).to_be_visible()
    expect(page.get_by_text("This is the cat")).to_have_count(0)
    # The app selects a tab (a callback sets st.session_state).
    before = runs(page)
    page.get_by_role("button", name="Show the owl").click()
    wait_for_runs(page, before + 1)
    expect(tabs.get_by_role("tab", name="Owl")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("This is the owl")).to_be_visible()

    expect(page.get_by_text("Lazy details")).to_have_count(0)
    before = runs(page)
    page.get_by_text("More", exact=True).click()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Expander open: True")).to_be_visible()
    expect(page.get_by_text("Lazy details")).to_be_visible()

    before = runs(page)
    page.get_by_role("button", name="Drawer").click()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Popover open: True")).to_be_visible()
    expect(page.get_by_text("In the drawer")).to_be_visible()
    before = runs(page)
    page.keyboard.press("Escape")
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Popover open: False")).to_be_visible()

    # Closed by the app (callbacks set st.session_state): the page closes
    # them, and sends nothing back (no extra run).
    before = runs(page)
    page.get_by_role("button", name="Drawer").click()
    wait_for_runs(page, before + 1)
    before = runs(page)
    page.get_by_role("button", name="Close the drawer").click()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Popover open: False")).to_be_visible()
    expect(page.get_by_text("In the drawer")).to_be_hidden()
    page.get_by_role("button", name="Collapse").click()
    wait_for_runs(page, before + 2)
    expect(page.get_by_text("Expander open: False")).to_be_visible()
    expect(page.get_by_text("Lazy details")).to_have_count(0)
    assert page.get_by_test_id("stExpander").filter(has_text="More").evaluate("d => !d.open")
    page.wait_for_timeout(300)
    assert runs(page) == before + 2

    # A link button with on_click opens the link and reruns the app.
    before = runs(page)
    with page.context.expect_page() as opened:
        page.get_by_role("link", name="Docs").click()
    opened.value.close()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Link clicks: 1")).to_be_visible()

    # The expander types draw as 1.67's: a compact toggle, a timeline step.
    expect(page.get_by_test_id("stExpander").filter(has_text="Thinking")).to_have_class(re.compile("stc-expander-type-compact"))
    expect(page.get_by_test_id("stExpander").filter(has_text="Step one")).to_have_class(re.compile("stc-expander-type-step"))


def test_chat_input_sends_a_voice_message_and_files_and_waits_for_the_run(build_site, browser):
    # Chromium's fake microphone (a beep) stands in for the visitor's voice.
    from conftest import CHROMIUM, CHROMIUM_ARGS

    url = build_site(APPS / "chat_audio" / "app.py")
    with_mic = browser.browser_type.launch(
        executable_path=CHROMIUM, headless=True,
        args=[*CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"])
    try:
        context = with_mic.new_context(permissions=["microphone"])
        page = context.new_page()
        page.goto(url)
        wait_for_runs(page, 1)
        mic = page.get_by_role("button", name="Record a voice message")
        mic.click()
        expect(mic).to_have_attribute("aria-pressed", "true")
        page.wait_for_timeout(1000)
        mic.click()
        expect(page.get_by_test_id("stChatInputNote")).to_contain_text("Voice message")
        expect(page.get_by_test_id("stChatInputFile")).to_have_count(0)
        # Attachments: a refused type and a too large file are named, not sent.
        picker = page.get_by_test_id("stChatInputFileInput")
        picker.set_input_files(files=[
            {"name": "a.csv", "mimeType": "text/csv", "buffer": b"x,y"},
            {"name": "notes.txt", "mimeType": "text/plain", "buffer": b"no"},
            {"name": "big.csv", "mimeType": "text/csv", "buffer": b"1" * 1_200_000},
        ])
        expect(page.get_by_test_id("stChatInputNote")).to_have_text(
            "notes.txt: text/plain files are not allowed. big.csv: File must be 1.0MB or smaller.")
        expect(page.get_by_test_id("stChatInputFile")).to_have_count(1)
        box = page.get_by_role("textbox", name="Message")
        box.fill("hello")
        before = runs(page)
        box.press("Enter")
        # submit_mode="disable": greyed out until the run the message caused ends.
        expect(box).to_be_disabled()
        wait_for_runs(page, before + 1)
        expect(page.get_by_text("text: hello")).to_be_visible()
        expect(page.get_by_text("files: [('a.csv', 'x,y')]")).to_be_visible()
        expect(page.get_by_text("audio: audio/wav, 16000 Hz, 1 channel, 16 bit, has frames: True")).to_be_visible()
        expect(page.get_by_text("answered")).to_be_visible()
        expect(box).to_be_enabled()
    finally:
        with_mic.close()
