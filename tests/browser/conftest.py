"""Browser tests: build example apps once per session, serve them on
127.0.0.1 under a path prefix (as GitHub Pages would), and drive them in
Debian's Chromium through Playwright.

Every page gets a route guard: a request to anything but 127.0.0.1 is
aborted and fails the test that made it.
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

# Test modules import their folder's helper modules by name; pytest runs with
# --import-mode=importlib (see pyproject.toml), which does not put test
# folders on sys.path itself.
_sys.path.insert(0, str(_Path(__file__).resolve().parent))

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from browser_support import PREFIX, wait_for_runs

CHROMIUM = os.environ.get("STC_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-gpu",
]


@pytest.fixture(scope="session")
def site_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("sites")


@pytest.fixture(scope="session")
def server(site_root):
    """Serves every built site only under PREFIX, like a project site on GitHub Pages."""
    from stc.static_server import StaticServer

    with StaticServer(site_root, prefix=PREFIX) as httpd:
        yield httpd.url


@pytest.fixture(scope="session")
def build_site(site_root, server):
    """``build_site(app_path)`` -> URL of the built site (built once)."""
    from stc.build import build

    built: dict[Path, str] = {}

    def _build(app: Path) -> str:
        app = Path(app).resolve()
        if app not in built:
            name = f"{app.parent.name}-{len(built)}"
            build(app, site_root / name, log=lambda m: None)
            built[app] = f"{server}{name}/"
        return built[app]

    return _build


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: `apt-get install -y chromium` (see .ci/run)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """``new_page(url)`` opens ``url`` in a fresh context (a new session) and
    waits for the app's first run to finish."""
    contexts = []
    outside: list[str] = []

    def guard(route):
        host = urlsplit(route.request.url).hostname
        if host == "127.0.0.1":
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    def _open(url: str, *, wait_for_run: bool = True):
        context = browser.new_context()
        context.route("**/*", guard)
        contexts.append(context)
        page = context.new_page()
        page.console_messages = []  # type: ignore[attr-defined]
        page.on("console", lambda m: page.console_messages.append(m.text))  # type: ignore[attr-defined]
        page.goto(url)
        if wait_for_run:
            wait_for_runs(page, 1)
        return page

    yield _open
    for context in contexts:
        context.close()
    assert not outside, f"the page made requests outside 127.0.0.1: {outside}"
