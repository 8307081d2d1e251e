"""Cached files are input, not truth: Cache
Storage belongs to the whole origin (every project site of a GitHub Pages
user), so a script on it can overwrite the site's cached `stc-main.js` and
copy the genuine entry's `x-stc-sha256` header. The service worker checks
each cached body against the deployment's manifest before it serves it once
per start, and before it carries a file into the next deployment."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from browser_support import BOOT_TIMEOUT_MS, wait_for_runs
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SCRIPT = "assets/stc-main.js"
POISON = "window.__pwned = true;\n"

# What a script elsewhere on the origin can do: overwrite an entry of the
# site's cache with its own body, keeping the genuine entry's headers (the
# stored hash included). Content-Length goes, so the short body is served whole.
PLANT_JS = """async ({name, url, poison, like}) => {
  const genuine = await (await caches.open(like)).match(url);
  const headers = new Headers(genuine.headers);
  headers.delete("content-length");
  await (await caches.open(name)).put(url, new Response(poison, {status: 200, headers}));
}"""
CACHED_JS = """async ({name, url}) => {
  if (!(await caches.has(name))) return null;
  const hit = await (await caches.open(name)).match(url);
  return hit ? await hit.text() : null;
}"""


def build_app(site_root: Path, tmp_path: Path, folder: str, title: str) -> Path:
    from stc.build import build

    app = tmp_path / "app" / "app.py"
    app.parent.mkdir(exist_ok=True)
    app.write_text(f"import streamlit as st\nst.title({title!r})\n", encoding="utf-8")
    build(app, site_root / folder, log=lambda m: None)
    return site_root / folder


def manifest(site: Path) -> dict:
    """The manifest package.py puts on the first line of stc-sw.js."""
    first = (site / "stc-sw.js").read_text(encoding="utf-8").split("\n", 1)[0]
    return json.loads(first.removeprefix("self.__STC_MANIFEST=").removesuffix(";"))


def cache_name(url: str, site: Path) -> str:
    # runtime_js/src/sw.js: `stc-site <scope> <version>`
    return f"stc-site {url} {manifest(site)['version']}"


def visit_until_served_by_worker(page, url: str) -> None:
    page.goto(url)
    wait_for_runs(page, 1)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=BOOT_TIMEOUT_MS)
    page.reload()
    wait_for_runs(page, 1)


def stop_service_workers(context, page) -> None:
    """Stop the running service worker (as the browser does when it idles):
    its next event starts it afresh, with the same version and caches."""
    cdp = context.new_cdp_session(page)
    running: dict[str, str] = {}
    cdp.on("ServiceWorker.workerVersionUpdated",
           lambda e: running.update({v["versionId"]: v["runningStatus"] for v in e["versions"]}))
    cdp.send("ServiceWorker.enable")
    cdp.send("ServiceWorker.stopAllWorkers")
    # The command returns before the worker has stopped; a request in
    # between would still reach the old instance, or one being torn down.
    deadline = time.monotonic() + 30
    while not (running and all(s == "stopped" for s in running.values())):
        assert time.monotonic() < deadline, f"the service worker did not stop: {running}"
        page.wait_for_timeout(20)
    cdp.detach()


def return_visit(context, page, url: str):
    """The visitor comes back in a new tab (a reload could take the script
    from the renderer's memory cache, without asking the service worker).
    Returns the new page, once loaded, and the responses it got for SCRIPT."""
    page.close()
    page = context.new_page()
    served: list = []
    page.on("response", lambda r: served.append(r) if r.url.endswith("/" + SCRIPT) else None)
    page.goto(url)
    return page, served


def test_poisoned_cached_script_is_replaced_within_the_same_version(browser, site_root, server, tmp_path):
    site = build_app(site_root, tmp_path, "sw-poison-same", "Genuine app")
    url = f"{server}sw-poison-same/"
    genuine = (site / SCRIPT).read_text(encoding="utf-8")
    name = cache_name(url, site)
    target = {"name": name, "url": url + SCRIPT}
    context = browser.new_context()
    try:
        page = context.new_page()
        visit_until_served_by_worker(page, url)
        page.evaluate(PLANT_JS, {**target, "poison": POISON, "like": name})
        assert page.evaluate(CACHED_JS, target) == POISON  # the plant took

        stop_service_workers(context, page)
        page, served = return_visit(context, page, url)
        assert page.evaluate("() => window.__pwned") is None, "the planted script ran"
        wait_for_runs(page, 1)
        expect(page.get_by_role("heading", name="Genuine app")).to_be_visible()
        assert served, "stc-main.js was not requested"
        assert all(r.from_service_worker and r.body().decode() == genuine for r in served)
        assert page.evaluate(CACHED_JS, target) == genuine  # the entry was replaced, not just bypassed
    finally:
        context.close()


def test_poisoned_cached_script_is_not_carried_into_the_next_deployment(browser, site_root, server, tmp_path):
    site = build_app(site_root, tmp_path, "sw-poison-redeploy", "Version one")
    url = f"{server}sw-poison-redeploy/"
    genuine = (site / SCRIPT).read_text(encoding="utf-8")
    old = cache_name(url, site)
    context = browser.new_context()
    try:
        page = context.new_page()
        visit_until_served_by_worker(page, url)

        build_app(site_root, tmp_path, "sw-poison-redeploy", "Version two")
        new = cache_name(url, site)
        assert new != old
        # The page script is the same in both deployments: its cached copy
        # would be carried over instead of downloaded.
        assert (site / SCRIPT).read_text(encoding="utf-8") == genuine
        # Poison the running version's cache and, since stc-sw.js is public,
        # the next version's cache before that version installs.
        for name in (old, new):
            page.evaluate(PLANT_JS, {"name": name, "url": url + SCRIPT, "poison": POISON, "like": old})
            assert page.evaluate(CACHED_JS, {"name": name, "url": url + SCRIPT}) == POISON

        # The browser checks for a new deployment (as on a navigation); the
        # page offers it once it is installed.
        page.evaluate("async () => (await navigator.serviceWorker.getRegistration()).update()")
        notice = page.get_by_test_id("stUpdateNotice")
        expect(notice).to_contain_text("New version available", timeout=BOOT_TIMEOUT_MS)
        assert page.evaluate(CACHED_JS, {"name": new, "url": url + SCRIPT}) == genuine

        with page.expect_navigation():
            notice.get_by_role("button", name="Reload").click()
        wait_for_runs(page, 1)
        expect(page.get_by_role("heading", name="Version two")).to_be_visible()
        assert page.evaluate("() => caches.keys()") == [new]

        page, served = return_visit(context, page, url)
        assert page.evaluate("() => window.__pwned") is None, "the planted script ran"
        wait_for_runs(page, 1)
        expect(page.get_by_role("heading", name="Version two")).to_be_visible()
        assert served and all(r.from_service_worker and r.body().decode() == genuine for r in served)
    finally:
        context.close()


def test_poisoned_cached_script_is_never_served_offline_and_restored_online(browser, site_root, server, tmp_path):
    """Offline the genuine file cannot be fetched: the page fails to start
    rather than run the planted one; back online the file is restored."""
    site = build_app(site_root, tmp_path, "sw-poison-offline", "Genuine app")
    url = f"{server}sw-poison-offline/"
    genuine = (site / SCRIPT).read_text(encoding="utf-8")
    target = {"name": cache_name(url, site), "url": url + SCRIPT}
    context = browser.new_context()
    try:
        page = context.new_page()
        visit_until_served_by_worker(page, url)
        page.evaluate(PLANT_JS, {**target, "poison": POISON, "like": target["name"]})

        # Offline first: Playwright's set_offline hangs on a worker stopped by CDP.
        context.set_offline(True)
        stop_service_workers(context, page)
        page, served = return_visit(context, page, url)
        assert page.evaluate("() => window.__pwned") is None, "the planted script ran"
        assert page.evaluate(CACHED_JS, target) is None  # dropped, though not replaced yet
        assert all(r.body().decode() != POISON for r in served)

        context.set_offline(False)
        page, served = return_visit(context, page, url)
        wait_for_runs(page, 1)
        expect(page.get_by_role("heading", name="Genuine app")).to_be_visible()
        assert page.evaluate("() => window.__pwned") is None
        assert page.evaluate(CACHED_JS, target) == genuine
    finally:
        context.close()
