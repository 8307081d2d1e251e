"""1.67's bind="query-params", persist_state and on_change="ignore" in the
browser (app: apps/widget_binding, two pages)."""

import pytest
from browser_support import APPS, runs, wait_for_runs
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

APP = APPS / "widget_binding" / "app.py"


def test_a_bound_checkbox_lives_in_the_url_and_survives_a_reload(build_site, new_page):
    url = build_site(APP)
    page = new_page(url)
    dark = page.get_by_role("checkbox", name="Dark mode")
    expect(dark).not_to_be_checked()
    dark.check()
    page.wait_for_function("location.search === '?dark=true'")
    page.reload()
    wait_for_runs(page, 1)
    expect(page.get_by_role("checkbox", name="Dark mode")).to_be_checked()
    # Back at its default, the parameter leaves the URL.
    page.get_by_role("checkbox", name="Dark mode").uncheck()
    page.wait_for_function("location.search === ''")
    # A shared link opens with the value it carries.
    page = new_page(url + "?dark=true")
    expect(page.get_by_role("checkbox", name="Dark mode")).to_be_checked()


def test_persist_state_session_brings_a_value_back_after_a_page_switch(build_site, new_page):
    page = new_page(build_site(APP))
    page.get_by_role("checkbox", name="Remember me").check()
    page.get_by_role("checkbox", name="Quiet").check()  # not kept: persist_state is None
    page.get_by_role("link", name="Other", exact=True).click()
    expect(page.get_by_text("the other page")).to_be_visible()
    page.get_by_role("link", name="Settings", exact=True).click()
    expect(page.get_by_role("checkbox", name="Remember me")).to_be_checked()
    expect(page.get_by_role("checkbox", name="Quiet")).not_to_be_checked()


def test_on_change_ignore_keeps_the_change_for_the_next_run(build_site, new_page):
    page = new_page(build_site(APP))
    expect(page.get_by_text("quiet is False")).to_be_visible()
    before = runs(page)
    page.get_by_role("checkbox", name="Quiet").check()
    page.wait_for_timeout(700)  # a rerun would have started by now
    assert runs(page) == before
    expect(page.get_by_text("quiet is False")).to_be_visible()
    page.get_by_role("button", name="Rerun").click()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("quiet is True")).to_be_visible()
    expect(page.get_by_role("checkbox", name="Quiet")).to_be_checked()


def test_a_page_link_opens_its_page_with_its_query_params(build_site, new_page):
    page = new_page(build_site(APP) + "?dark=true")
    page.get_by_role("link", name="Other, from here").click()
    expect(page.get_by_text("from=settings tags=['a', 'b']")).to_be_visible()
    assert page.evaluate("location.search") == "?from=settings&tag=a&tag=b"
    assert page.evaluate("location.pathname").rstrip("/").endswith("/other")
