"""Multipage apps in the browser: the examples/multipage (pages/)
and examples/navigation (st.navigation) sites served under /myrepo/ by a
server that behaves like GitHub Pages: files as they are, `dir` -> 301 to
`dir/`, `dir/` -> `dir/index.html`, and the site's 404.html (status 404)
for anything else, at any depth."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import EXAMPLES, runs, wait_for_runs
from playwright.sync_api import expect

pytestmark = pytest.mark.browser
PREFIX = "/myrepo/"


@pytest.fixture(scope="module")
def pages_site(tmp_path_factory):
    """``pages_site(app)`` -> the base URL of its site under /myrepo/."""
    from stc.build import build
    from stc.static_server import StaticServer

    servers = []
    sites: dict[Path, str] = {}

    def _site(app: Path) -> str:
        if app not in sites:
            out = tmp_path_factory.mktemp("ghpages") / "site"
            build(app, out, log=lambda m: None)
            # GitHub Pages: no listings, the site's 404.html for what is not there.
            httpd = StaticServer(out, prefix=PREFIX, listings=False, not_found_page="404.html").start()
            servers.append(httpd)
            sites[app] = httpd.url
        return sites[app]

    yield _site
    for httpd in servers:
        httpd.stop()


def _switch(page, action):
    before = runs(page)
    action()
    wait_for_runs(page, before + 1)


def test_pages_folder_app(pages_site, new_page):
    base = pages_site(EXAMPLES / "multipage" / "app.py")
    # A deep link opens that page directly (a fresh session).
    page = new_page(base + "Counter/")
    expect(page.get_by_role("heading", name="Counter")).to_be_visible()
    menu = page.get_by_test_id("stSidebarNav")
    expect(menu.get_by_role("link")).to_have_text(["app", "📈Counter", "About this app"])
    expect(menu.get_by_role("link", name="Counter")).to_have_attribute("aria-current", "page")
    _switch(page, lambda: page.get_by_role("button", name="Add one").click())
    _switch(page, lambda: page.get_by_role("button", name="Add one").click())
    expect(page.get_by_text("Count: 2")).to_be_visible()

    # The menu: no reload, session state survives.
    page.evaluate("window.__sameDocument = true")
    _switch(page, lambda: menu.get_by_role("link", name="About this app").click())
    expect(page.get_by_role("heading", name="About")).to_be_visible()
    assert page.url == base + "About_this_app/"
    # st.page_link back home, then st.switch_page from the counter.
    _switch(page, lambda: page.get_by_test_id("stPageLink").get_by_role("link", name="Home").click())
    expect(page.get_by_text("Count: 2")).to_be_visible()
    assert page.url == base
    _switch(page, lambda: page.get_by_role("link", name="Go to the counter").click())
    _switch(page, lambda: page.get_by_role("button", name="Back home").click())
    expect(page.get_by_role("heading", name="Home")).to_be_visible()
    assert page.url == base
    assert page.evaluate("window.__sameDocument") is True  # Pyodide was never reloaded

    # Back and forward move between the pages visited.
    _switch(page, lambda: page.go_back())
    expect(page.get_by_role("heading", name="Counter")).to_be_visible()
    assert page.url == base + "Counter/"
    _switch(page, lambda: page.go_forward())
    expect(page.get_by_role("heading", name="Home")).to_be_visible()
    expect(page.get_by_text("Count: 2")).to_be_visible()

    # A reload on a page opens that page (a new session).
    _switch(page, lambda: menu.get_by_role("link", name="Counter").click())
    page.reload()
    wait_for_runs(page, 1)
    expect(page.get_by_role("heading", name="Counter")).to_be_visible()
    expect(page.get_by_text("Count: 0")).to_be_visible()


def test_unknown_path_shows_page_not_found(pages_site, new_page):
    base = pages_site(EXAMPLES / "multipage" / "app.py")
    page = new_page(base + "no/such/page")
    expect(page.get_by_test_id("stPageNotFound")).to_contain_text("Page not found")
    expect(page.get_by_role("heading", name="Home")).to_be_visible()
    assert page.url == base
    expect(page.get_by_test_id("stSidebarNav")).to_be_visible()  # styles and menu loaded from the root


def test_navigation_app(pages_site, new_page):
    base = pages_site(EXAMPLES / "navigation" / "app.py")
    page = new_page(base + "sales/")
    expect(page.get_by_role("heading", name="Sales")).to_be_visible()
    expect(page).to_have_title("Navigation demo: Sales")
    menu = page.get_by_test_id("stSidebarNav")
    expect(menu.get_by_test_id("stNavSectionHeader")).to_have_text(["Reports"])
    # Option 1: the entrypoint's widget keeps its value on every page.
    page.get_by_role("combobox", name="Group").click()
    _switch(page, lambda: page.get_by_role("option", name="C", exact=True).click())
    expect(page.get_by_text("Sales of group C.")).to_be_visible()
    _switch(page, lambda: page.get_by_role("link", name="See the costs").click())
    expect(page.get_by_text("Costs of group C.")).to_be_visible()
    assert page.url == base + "costs/"
    _switch(page, lambda: menu.get_by_role("link", name="Welcome").click())
    expect(page.get_by_text("You picked group C.")).to_be_visible()
    expect(page.get_by_label("Group")).to_have_value("C")  # the chosen option's label
    _switch(page, lambda: page.go_back())
    expect(page.get_by_role("heading", name="Costs")).to_be_visible()


def test_material_icons_are_drawn_with_the_icon_font(pages_site, new_page):
    base = pages_site(EXAMPLES / "navigation" / "app.py")
    page = new_page(base)
    expect(page.get_by_role("heading", name="Welcome")).to_be_visible()
    menu = page.get_by_test_id("stSidebarNav")
    welcome = menu.get_by_role("link", name="Welcome")
    # st.Page(help=) is the menu item's tooltip.
    expect(welcome).to_have_attribute("title", "Where the tour starts")
    page.wait_for_function("document.fonts.check('24px \"Material Symbols Rounded\"', 'home')")
    page.evaluate("document.fonts.ready")
    for icon in (welcome.locator(".stc-material-icon"), page.locator("#stc-main .stc-material-icon").first):
        expect(icon).to_have_text("home")
        drawn = icon.evaluate("""(node) => {
            const glyph = node.querySelector('span') || node;
            const probe = document.createElement('span');
            probe.textContent = 'home';
            probe.style.font = getComputedStyle(node.parentElement).font;
            document.body.append(probe);
            const word = probe.getBoundingClientRect().width;
            probe.remove();
            return {family: getComputedStyle(glyph).fontFamily, width: glyph.getBoundingClientRect().width,
                    height: glyph.getBoundingClientRect().height, word};
        }""")
        assert "Material Symbols Rounded" in drawn["family"]
        # One square glyph, not the four letters of "home".
        assert drawn["width"] < 0.8 * drawn["word"] and abs(drawn["width"] - drawn["height"]) < 0.3 * drawn["height"], drawn


def test_navigation_expanded_collapses_a_long_menu(pages_site, new_page, tmp_path_factory):
    app = tmp_path_factory.mktemp("longmenu") / "app.py"
    app.write_text(
        "import streamlit as st\n"
        "def make(i):\n"
        "    def page(): st.header(f'Page {i}')\n"
        "    page.__name__ = f'page_{i}'\n"
        "    return page\n"
        "ext = st.Page('https://example.com/', title='Example site', help='Another site')\n"
        "pg = st.navigation([make(i) for i in range(6)] + [ext], expanded=3)\n"
        "st.sidebar.write('Below the menu')\n"
        "pg.run()\n",
        encoding="utf-8",
    )
    page = new_page(pages_site(app))
    expect(page.get_by_role("heading", name="Page 0")).to_be_visible()
    menu = page.get_by_test_id("stSidebarNav")
    links = menu.get_by_test_id("stSidebarNavLink")
    toggle = menu.get_by_test_id("stSidebarNavViewButton")
    # expanded=3 with 7 pages: 3 listed, "View 4 more".
    expect(toggle).to_have_text("View 4 more")
    expect(links.locator("visible=true")).to_have_count(3)
    toggle.click()
    expect(links.locator("visible=true")).to_have_count(7)
    expect(toggle).to_have_text("View less")
    # st.Page("https://..."): the other site, in a new tab.
    external = menu.get_by_role("link", name="Example site")
    expect(external).to_have_attribute("href", "https://example.com/")
    expect(external).to_have_attribute("target", "_blank")
    # It stays open across reruns (a page switch draws the menu again).
    _switch(page, lambda: links.nth(4).click())
    expect(page.get_by_role("heading", name="Page 4")).to_be_visible()
    expect(links.locator("visible=true")).to_have_count(7)
