"""Build-time prerender and the service worker: content shows before Python starts, clicks made meanwhile are
applied once it is ready, the live run leaves no stale prerendered content;
after one visit the site works offline on every page, and a new deployment
shows a "new version" notice."""

from __future__ import annotations

import pytest
from browser_support import APPS, BOOT_TIMEOUT_MS, EXAMPLES, wait_for_runs
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def held_worker(browser):
    """A context whose worker script is held back until ``release()``."""
    context = browser.new_context()
    held = []
    context.route("**/assets/stc-worker.js", lambda route: held.append(route))

    def release():
        for route in held:
            route.continue_()
        held.clear()

    return context, release


def test_prerendered_content_shows_first_and_a_click_before_ready_is_applied(browser, build_site):
    url = build_site(EXAMPLES / "counter" / "app.py")
    context, release = held_worker(browser)
    try:
        page = context.new_page()
        page.goto(url, wait_until="domcontentloaded")
        heading = page.get_by_role("heading", name="Counter Example using Callbacks")
        expect(heading).to_be_visible()
        expect(page.get_by_text("Count = 0")).to_be_visible()
        button = page.get_by_role("button", name="Increment")
        expect(button).to_have_attribute("aria-disabled", "true")
        expect(button).to_have_attribute("title", "Loading…")
        assert page.get_attribute("#stc-app", "data-runs") is None  # no Python yet
        page.wait_for_timeout(300)
        expect(heading).to_be_visible()  # the worker is still held back
        # Mark the prerendered nodes: the live run must keep them (no flicker).
        page.evaluate("""() => {
            document.querySelector('#stc-main h1').__prerendered = true;
            document.querySelector('#stc-main button').__prerendered = true;
        }""")
        button.dispatch_event("click")  # the visitor clicks before Python is ready
        release()
        wait_for_runs(page, 2)
        expect(page.get_by_text("Count = 1")).to_be_visible()
        expect(button).not_to_have_attribute("aria-disabled", "true")
        expect(button).not_to_have_attribute("title", "Loading…")
        assert page.evaluate("() => document.querySelector('#stc-main h1').__prerendered === true")
        assert page.evaluate("() => document.querySelector('#stc-main button').__prerendered === true")
        button.click()
        expect(page.get_by_text("Count = 2")).to_be_visible()
    finally:
        context.close()


def test_live_run_removes_what_only_the_prerender_drew(browser, build_site):
    url = build_site(APPS / "prerender_diff" / "app.py")
    context, release = held_worker(browser)
    try:
        page = context.new_page()
        page.goto(url, wait_until="domcontentloaded")
        expect(page.get_by_text("Drawn at build time")).to_be_visible()
        expect(page.get_by_role("button", name="Build-time button")).to_be_visible()
        release()
        wait_for_runs(page, 1)
        expect(page.get_by_text("Drawn in the browser")).to_be_visible()
        expect(page.get_by_text("The end")).to_be_visible()
        expect(page.get_by_text("Drawn at build time")).to_have_count(0)
        expect(page.get_by_role("button", name="Build-time button")).to_have_count(0)
        assert page.locator("#stc-main > .stc-element").count() == 3
    finally:
        context.close()


def wait_controlled(page) -> None:
    """Wait until the service worker has precached the site and controls the page."""
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=BOOT_TIMEOUT_MS)


def test_site_works_offline_after_one_visit(browser, build_site):
    base = build_site(EXAMPLES / "multipage" / "app.py")
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base + "About_this_app/")
        wait_for_runs(page, 1)
        wait_controlled(page)
        page.reload()  # the one reload: from here on the service worker serves the site
        wait_for_runs(page, 1)
        # Served by the service worker, the page is cross-origin isolated
        # (SharedArrayBuffer) although the host sends no COOP/COEP headers.
        assert page.evaluate("() => crossOriginIsolated") is True

        context.set_offline(True)
        from_network = []
        page.on("response", lambda r: None if r.from_service_worker or r.url.startswith("data:") else from_network.append(r.url))
        for path, heading in (("", "Home"), ("About_this_app/", "About"), ("Counter/", "Counter")):
            page.goto(base + path)
            wait_for_runs(page, 1)
            expect(page.get_by_role("heading", name=heading)).to_be_visible()
            expect(page.get_by_test_id("stSidebarNav")).to_be_visible()
        # Python runs offline too: a click reruns the page.
        page.get_by_role("button", name="Add one").click()
        expect(page.get_by_text("Count: 1")).to_be_visible()
        page.reload()
        wait_for_runs(page, 1)
        expect(page.get_by_role("heading", name="Counter")).to_be_visible()
        assert from_network == []
        # Caches are namespaced by the site (several sites under one origin).
        names = page.evaluate("() => caches.keys()")
        assert names and all(n.startswith(f"stc-site {base} ") for n in names), names
    finally:
        context.close()


def test_new_deployment_shows_a_reload_notice(browser, site_root, server, tmp_path):
    from stc.build import build

    app = tmp_path / "app" / "app.py"
    app.parent.mkdir()
    app.write_text("import streamlit as st\nst.title('Version one')\n", encoding="utf-8")
    build(app, site_root / "sw-update", log=lambda m: None)
    url = f"{server}sw-update/"
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(url)
        wait_for_runs(page, 1)
        wait_controlled(page)
        page.reload()
        wait_for_runs(page, 1)
        expect(page.get_by_test_id("stUpdateNotice")).to_have_count(0)

        app.write_text("import streamlit as st\nst.title('Version two')\n", encoding="utf-8")
        build(app, site_root / "sw-update", log=lambda m: None)
        page.reload()
        wait_for_runs(page, 1)
        # The old version keeps running (never a mix) until the visitor reloads.
        expect(page.get_by_role("heading", name="Version one")).to_be_visible()
        notice = page.get_by_test_id("stUpdateNotice")
        expect(notice).to_contain_text("New version available", timeout=BOOT_TIMEOUT_MS)
        with page.expect_navigation():
            notice.get_by_role("button", name="Reload").click()
        wait_for_runs(page, 1)
        expect(page.get_by_role("heading", name="Version two")).to_be_visible()
        expect(page.get_by_test_id("stUpdateNotice")).to_have_count(0)
        assert len(page.evaluate("() => caches.keys()")) == 1  # the old version's cache is gone
    finally:
        context.close()


def test_two_sites_under_one_origin_keep_their_own_workers_and_caches(browser, site_root, server, tmp_path):
    """Project sites on GitHub Pages share one origin: each stc site's
    service worker, caches and pages stay its own, offline too."""
    from stc.build import build

    urls = {}
    for name in ("Site A", "Site B"):
        app = tmp_path / name.replace(" ", "_") / "app.py"
        app.parent.mkdir()
        app.write_text(f"import streamlit as st\nst.title({name!r})\n", encoding="utf-8")
        folder = f"two-sites-{name[-1].lower()}"
        build(app, site_root / folder, log=lambda m: None)
        urls[name] = f"{server}{folder}/"
    context = browser.new_context()
    try:
        page = context.new_page()
        for url in urls.values():
            page.goto(url)
            wait_for_runs(page, 1)
            wait_controlled(page)
        scopes = page.evaluate("async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope)")
        assert sorted(scopes) == sorted(urls.values())
        names = page.evaluate("() => caches.keys()")
        for url in urls.values():
            assert len([n for n in names if n.startswith(f"stc-site {url} ")]) == 1, names
        assert len(names) == 2, names

        context.set_offline(True)
        for name, url in urls.items():
            page.goto(url)
            wait_for_runs(page, 1)
            expect(page.get_by_role("heading", name=name)).to_be_visible()
            other = next(n for n in urls if n != name)
            expect(page.get_by_role("heading", name=other)).to_have_count(0)
    finally:
        context.close()
