"""st.query_params in the browser: read from the URL at boot, written back
with history.replaceState (no reload), sent again on back/forward; the page
greets through magic (a bare f-string), so magic runs in Pyodide too."""

from urllib.parse import urlsplit

import pytest
from browser_support import APPS, runs, wait_for_runs
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_query_params_follow_the_url(build_site, new_page):
    url = build_site(APPS / "query_params" / "app.py")
    page = new_page(url + "?name=Ada#top")
    expect(page.get_by_text("Hello, Ada!")).to_be_visible()

    # The app changes the query: the URL follows without a reload (the
    # marker survives), keeping the path and the hash.
    page.evaluate("window.__stcMarker = 42")
    history_length = page.evaluate("history.length")
    before = runs(page)
    page.get_by_role("button", name="Switch to Grace").click()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Hello, Grace!")).to_be_visible()
    assert page.evaluate("location.search") == "?name=Grace"
    assert page.evaluate("location.hash") == "#top"
    assert page.evaluate("location.pathname") == urlsplit(url).path
    assert page.evaluate("window.__stcMarker") == 42
    assert page.evaluate("history.length") == history_length  # replaced, not pushed

    # Back/forward to a URL the app did not write: the app reruns with it.
    page.evaluate("history.pushState(null, '', '?name=Linus')")
    page.evaluate("history.back()")
    page.wait_for_function("location.search === '?name=Grace'")
    before = runs(page)
    page.evaluate("history.forward()")
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Hello, Linus!")).to_be_visible()
    assert page.evaluate("window.__stcMarker") == 42

    # A reload opens the app with the URL as it is now.
    page.evaluate("history.replaceState(null, '', '?name=Grace')")
    page.reload()
    wait_for_runs(page, 1)
    expect(page.get_by_text("Hello, Grace!")).to_be_visible()
    assert page.evaluate("window.__stcMarker") is None
