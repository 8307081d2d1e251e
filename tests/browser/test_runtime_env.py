"""How the app's interpreter is set up, and how the page reports trouble."""

import shutil

import pytest
from browser_support import APPS
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_script_runs_like_streamlit_run(build_site, new_page):
    page = new_page(build_site(APPS / "env" / "app.py"))
    for line in (
        "cwd is app folder: True",
        "argv0 is file: True",
        "app folder on sys.path: True",
        "module name: __main__",
        "data: 1 2 3",
        "Hello, world, from a local package",
    ):
        expect(page.get_by_text(line)).to_be_visible()


def test_app_output_goes_to_the_console(build_site, new_page):
    page = new_page(build_site(APPS / "env" / "app.py"))
    page.wait_for_function("() => true")
    messages = "\n".join(page.console_messages)
    assert "hello from print" in messages
    assert "hello from logging" in messages
    assert "hello from warnings" in messages


def test_boot_failure_is_reported_with_a_reload(build_site, new_page, site_root):
    url = build_site(APPS / "env" / "app.py")
    name = url.rstrip("/").rsplit("/", 1)[1]
    broken = site_root / f"{name}-broken"
    if not broken.exists():
        shutil.copytree(site_root / name, broken)
        (broken / "app" / "data" / "numbers.txt").unlink()  # a file the boot needs now 404s
    page = new_page(url.rstrip("/") + "-broken/", wait_for_run=False)
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("could not start", timeout=60_000)
    expect(alert).to_contain_text("numbers.txt")
    expect(alert).to_contain_text("404")
    expect(alert.get_by_role("button", name="Reload")).to_be_visible()


def test_title_names_the_app(build_site, new_page):
    page = new_page(build_site(APPS / "env" / "app.py"))
    assert page.title() == "app"


def test_st_context_reports_the_browser(build_site, new_page):
    url = build_site(APPS / "env" / "app.py")
    page = new_page(url)
    expect(page.get_by_text(f"context url: {url.rstrip('/')}", exact=True)).to_be_visible()
    expect(page.get_by_text("context locale set: True, timezone set: True, offset is int: True")).to_be_visible()
    expect(page.get_by_text("context theme: light, embedded: False, ip: None")).to_be_visible()
    expect(page.get_by_text("context cookies: [], headers: 0")).to_be_visible()
    expect(page.get_by_text("runtime exists: True, run ctx: True, version: 1.67.0")).to_be_visible()
    # Cookies are read when the page starts.
    page.evaluate("document.cookie = 'flavour=mint; path=/'")
    page.reload()
    expect(page.get_by_text("context cookies: [('flavour', 'mint')], headers: 0")).to_be_visible(timeout=60_000)
