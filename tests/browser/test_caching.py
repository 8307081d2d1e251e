"""st.cache_data in the browser: the spinner while a
slow function computes, hits after a reload and in a second tab (IndexedDB),
"Clear cache" from the app menu and the C key, the fallback to memory when
IndexedDB is unavailable or JSPI is missing, and on-demand reads (a hit on
one of 50 entries of 5 MB reads that entry only).

The store's test switches (runtime_js/src/cache_store.js) are set through
localStorage["stc-cache-test"], which index.html passes to the worker in
Boot (a Playwright init script does not reach a worker's own globals).
"""

from __future__ import annotations

import re
import time

import pytest
from browser_support import APPS, BOOT_TIMEOUT_MS, runs, wait_for_runs
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

MAIN = APPS / "caching" / "main" / "app.py"
BLOBS = APPS / "caching" / "blobs" / "app.py"

# Records whether a spinner was ever on the page without being hidden.
WATCH_SPINNERS = """
window.__spinnerShown = false;
new MutationObserver(() => {
  if (document.querySelector('[data-testid="stSpinner"]:not([hidden])')) window.__spinnerShown = true;
}).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["hidden"] });
"""

# Reads the site's cache database from the page (same origin as the worker).
STORED = """
async (prefix) => {
  const names = (await indexedDB.databases()).map((d) => d.name).filter((n) => n.startsWith("stc-cache:" + prefix));
  if (!names.length) return [];
  const db = await new Promise((ok, fail) => { const r = indexedDB.open(names[0]); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  if (!db.objectStoreNames.contains("meta")) { db.close(); return []; }
  const all = await new Promise((ok) => { const r = db.transaction("meta").objectStore("meta").getAll(); r.onsuccess = () => ok(r.result); });
  db.close();
  return all.map((m) => ({ key: m.key, created: m.created, size: m.size }));
}
"""


def site_path(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def stored(page, url: str) -> list[dict]:
    return page.evaluate(STORED, site_path(url))


def wait_stored(page, url: str, n: int, timeout_s: float = 60) -> list[dict]:
    deadline = time.monotonic() + timeout_s
    while True:
        entries = stored(page, url)
        if len(entries) >= n or time.monotonic() > deadline:
            return entries
        page.wait_for_timeout(100)


def computed(page, n: int) -> None:
    expect(page.get_by_text(f"Computed in this session: {n}", exact=True)).to_be_visible()


def expect_table(page) -> None:
    expect(page.get_by_text("Rows: 100000", exact=True)).to_be_visible()
    expect(page.get_by_test_id("stDataFrame").get_by_text("row 99999", exact=True)).to_be_attached()
    # The success message written inside the cached function is replayed.
    expect(page.get_by_text("Built 100000 rows")).to_be_visible()


def test_spinner_then_hits_after_reload_and_in_a_second_tab_then_clear_cache(build_site, new_page):
    url = build_site(MAIN)
    page = new_page(url, wait_for_run=False)
    spinner = page.get_by_test_id("stSpinner")
    # The function sleeps 2 s: the spinner names it while it runs.
    expect(spinner).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(spinner).to_have_text(re.compile(r"Running load_data\(\.\.\.\)\."))
    wait_for_runs(page, 1)
    computed(page, 1)
    expect_table(page)
    expect(spinner).to_be_hidden()
    [entry] = wait_stored(page, url, 1)
    assert entry["size"] > 1_000_000

    # A reload is a new Python: the value comes from IndexedDB, the body does
    # not run, and no spinner is ever shown.
    page.add_init_script(WATCH_SPINNERS)
    page.reload()
    wait_for_runs(page, 1)
    computed(page, 0)
    expect_table(page)
    assert page.evaluate("window.__spinnerShown") is False

    # Another tab of the same site shares the entry.
    tab = page.context.new_page()
    tab.add_init_script(WATCH_SPINNERS)
    tab.goto(url)
    wait_for_runs(tab, 1)
    computed(tab, 0)
    expect_table(tab)
    assert tab.evaluate("window.__spinnerShown") is False

    # App menu -> Clear cache: memory and IndexedDB emptied, then a rerun
    # that computes again (and stores a new entry).
    before = runs(tab)
    tab.get_by_role("button", name="Main menu").click()
    tab.get_by_role("menuitem", name="Clear cache").click()
    wait_for_runs(tab, before + 1)
    computed(tab, 1)
    [fresh] = wait_stored(tab, url, 1)
    assert fresh["created"] > entry["created"]

    # Reload after the clear: the new entry is a hit, the old one is gone.
    page.reload()
    wait_for_runs(page, 1)
    computed(page, 0)

    # The C key clears too, but not while typing in an input.
    before = runs(page)
    page.get_by_label("Note").press("c")
    page.wait_for_timeout(300)
    assert runs(page) == before
    page.get_by_text("Rows: 100000").click()  # focus leaves the input
    page.keyboard.press("c")
    wait_for_runs(page, before + 1)
    computed(page, 1)


def test_without_indexeddb_the_app_works_from_memory_and_says_so(build_site, browser):
    url = build_site(MAIN)
    context = browser.new_context()
    try:
        context.add_init_script("localStorage.setItem('stc-cache-test', 'no-indexeddb')")
        page = context.new_page()
        warnings: list[str] = []
        page.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else None)
        page.goto(url)
        wait_for_runs(page, 1)
        computed(page, 1)
        expect_table(page)
        notice = page.get_by_test_id("stNotice")
        expect(notice).to_have_count(1)
        expect(notice).to_contain_text("kept for this tab only")
        # The cache still works, in memory.
        before = runs(page)
        page.get_by_role("button", name="Rerun").click()
        wait_for_runs(page, before + 1)
        computed(page, 1)
        expect(notice).to_have_count(1)  # warned once
        assert any("cache" in w for w in warnings)
        notice.get_by_role("button", name="Dismiss").click()
        expect(notice).to_have_count(0)
    finally:
        context.close()


def test_without_jspi_recent_entries_are_fetched_before_the_run(build_site, browser):
    url = build_site(MAIN)
    context = browser.new_context()
    try:
        context.add_init_script("localStorage.setItem('stc-cache-test', 'no-jspi')")
        page = context.new_page()
        page.goto(url)
        wait_for_runs(page, 1)
        computed(page, 1)
        wait_stored(page, url, 1)
        page.reload()
        wait_for_runs(page, 1)
        computed(page, 0)
        expect_table(page)
    finally:
        context.close()


def test_a_hit_reads_only_its_own_entry(build_site, browser):
    url = build_site(BLOBS)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(url)
        wait_for_runs(page, 1, timeout=180_000)
        expect(page.get_by_text("Stored all")).to_be_visible()
        entries = wait_stored(page, url, 50, timeout_s=120)
        assert len(entries) == 50 and all(e["size"] > 5 * 1024 * 1024 for e in entries)

        page.evaluate("localStorage.setItem('stc-cache-test', 'log-reads')")
        reads: list[str] = []
        page.on("console", lambda m: reads.append(m.text) if m.text.startswith("[stc-cache] read") else None)
        page.goto(url + "?pick=17")
        wait_for_runs(page, 1)
        expect(page.get_by_text(f"Picked 17: {5 * 1024 * 1024} bytes, first 17")).to_be_visible()
        expect(page.get_by_text("Computed in this session: 0")).to_be_visible()
        assert len(reads) == 1, reads
        key, size = reads[0].split()[2:]
        assert key in {e["key"] for e in entries} and int(size) > 5 * 1024 * 1024
    finally:
        context.close()
