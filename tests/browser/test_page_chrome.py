"""st.set_page_config in the browser: menu_items in the app menu (a link
that opens a new tab, an About dialog with escaped Markdown) and a
Material Symbol drawn as the favicon (app: apps/page_chrome)."""

import pytest
from browser_support import APPS
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_menu_items_and_material_favicon(build_site, new_page):
    page = new_page(build_site(APPS / "page_chrome" / "app.py"))
    expect(page.get_by_text("page chrome app")).to_be_visible()
    page.get_by_role("button", name="Main menu").click()
    help_item = page.get_by_role("menuitem", name="Get help")
    expect(help_item).to_have_attribute("href", "https://example.com/help")
    expect(help_item).to_have_attribute("target", "_blank")
    assert "noopener" in help_item.get_attribute("rel")
    expect(page.get_by_role("menuitem", name="Report a bug")).to_have_count(0)
    page.get_by_role("menuitem", name="About").click()
    about = page.get_by_role("dialog", name="About")
    expect(about.get_by_role("heading", name="About this app")).to_be_visible()
    expect(about.locator("strong")).to_have_text("us")
    expect(about.locator("b")).to_have_count(0)  # HTML in the Markdown is shown as text
    about.get_by_role("button", name="Close").click()
    expect(about).to_have_count(0)
    # The favicon is the Material Symbol, drawn from the bundled font.
    page.wait_for_function("document.querySelector('link[rel=icon]').href.startsWith('data:image/png')")


def test_a_favicon_url_passes_the_url_policy(build_site, new_page):
    page = new_page(build_site(APPS / "page_chrome" / "app.py"))
    page.wait_for_function("document.querySelector('link[rel=icon]').href.startsWith('data:image/png')")
    before = page.evaluate("document.querySelector('link[rel=icon]').href")
    page.get_by_role("button", name="Bad icon").click()
    page.wait_for_timeout(500)
    href = page.evaluate("document.querySelector('link[rel=icon]').href")
    assert not href.lower().startswith("javascript:")
    assert href == before
