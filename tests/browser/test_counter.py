"""examples/counter: the Session State and Callbacks counter of Streamlit's docs."""

import pytest
from browser_support import EXAMPLES, runs, wait_for_runs
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_counter_counts(build_site, new_page):
    page = new_page(build_site(EXAMPLES / "counter" / "app.py"))
    expect(page.get_by_role("heading", name="Counter Example using Callbacks")).to_be_visible()
    expect(page.get_by_text("Count = 0")).to_be_visible()
    button = page.get_by_role("button", name="Increment")
    for expected in (1, 2, 3):
        before = runs(page)
        button.click()
        wait_for_runs(page, before + 1)
        expect(page.get_by_text(f"Count = {expected}")).to_be_visible()
