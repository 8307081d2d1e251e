"""st.download_button and st.link_button in the browser (app: apps/files/app.py)."""

import pytest
from browser_support import APPS, runs, wait_for_runs
from playwright.sync_api import expect


pytestmark = pytest.mark.browser


APP = APPS / "files" / "app.py"


SCORES = APPS / "files" / "scores.csv"


def test_download_buttons_and_link_button(build_site, new_page):
    page = new_page(build_site(APP))

    before = runs(page)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download scores").click()
    download = info.value
    assert download.suggested_filename == "scores.csv"
    with open(download.path(), "rb") as f:
        assert f.read() == SCORES.read_bytes()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Download clicked")).to_be_visible()

    # on_click="ignore": binary bytes arrive intact and the app does not rerun.
    before = runs(page)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download bytes").click()
    with open(info.value.path(), "rb") as f:
        assert f.read() == b"\x00\x01binary\xff"
    page.wait_for_timeout(300)
    assert runs(page) == before
    expect(page.get_by_text("Download clicked")).to_be_visible()  # still the run the click caused

    link = page.get_by_role("link", name="Streamlit docs")
    expect(link).to_have_attribute("href", "https://docs.streamlit.io")
    expect(link).to_have_attribute("target", "_blank")
    expect(link).to_have_attribute("rel", "noopener")


def test_button_shortcut_fires_from_the_keyboard(build_site, new_page):
    page = new_page(build_site(APP))
    button = page.get_by_role("button", name="Go", exact=True)
    expect(button).to_have_attribute("aria-keyshortcuts", "Control+K")
    expect(button.locator("kbd")).to_have_text("Ctrl + K")  # the hint, as drawn off a Mac
    before = runs(page)
    page.locator("body").click(position={"x": 5, "y": 5})  # focus on the page, not a field
    page.keyboard.press("Control+k")
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Shortcut fired")).to_be_visible()
