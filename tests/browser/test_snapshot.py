"""The build's memory snapshot in the browser: the worker
restores it instead of starting Python, every visit still gets its own
random numbers, and a snapshot that cannot be restored costs time, never
the visit."""

from __future__ import annotations

import re

import pytest
from browser_support import APPS, BOOT_TIMEOUT_MS, wait_for_runs
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

APP = APPS / "snapshot" / "app.py"


def draw(page) -> str:
    text = page.get_by_text(re.compile(r"^Draw: 0\.\d+$"))
    expect(text).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    return text.inner_text()


def test_restored_from_the_snapshot_with_a_fresh_random_seed_per_visit(browser, build_site):
    url = build_site(APP)
    draws = []
    for _ in range(2):
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(url)
            wait_for_runs(page, 1)
            assert page.evaluate("() => window.__stcBootInfo.snapshot") is True
            draws.append(draw(page))
            # Reruns draw again from the same (fresh) generator.
            page.get_by_role("button", name="Draw again").click()
            wait_for_runs(page, 2)
            assert draw(page) != draws[-1]
        finally:
            context.close()
    # The snapshot froze one state of `random`; each visit must not replay it.
    assert draws[0] != draws[1]


def test_a_damaged_snapshot_falls_back_to_starting_python(browser, build_site):
    url = build_site(APP)
    context = browser.new_context()
    context.route("**/assets/stc-snapshot-*.bin", lambda route: route.fulfill(status=200, body=b"\x1f\x8b not really gzip"))
    try:
        page = context.new_page()
        warnings = []
        page.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else None)
        page.goto(url)
        wait_for_runs(page, 1)
        draw(page)
        assert page.evaluate("() => window.__stcBootInfo.snapshot") is False
        assert any("memory snapshot could not be restored" in w for w in warnings), warnings
        page.get_by_role("button", name="Draw again").click()
        wait_for_runs(page, 2)
    finally:
        context.close()
