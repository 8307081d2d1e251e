"""The examples and the example apps of Streamlit's docs, clicked through as a visitor would."""

import re

import pytest
from browser_support import APPS, EXAMPLES, runs, wait_for_runs
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_dataframe_filters_rows(build_site, new_page):
    page = new_page(build_site(EXAMPLES / "dataframe" / "app.py"))
    table = page.get_by_test_id("stDataFrame")
    expect(page.get_by_text("23 of 30 cities")).to_be_visible()
    expect(table.get_by_role("grid")).to_have_attribute("aria-rowcount", "24")  # header + 23 rows

    slider = page.get_by_label("Minimum population (millions)")
    before = runs(page)
    slider.fill("20")
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("9 of 30 cities")).to_be_visible()
    expect(table.get_by_role("grid")).to_have_attribute("aria-rowcount", "10")
    expect(table).to_contain_text("Tokyo")
    expect(table).not_to_contain_text("Osaka")

    before = runs(page)
    page.get_by_role("combobox", name="Continent").click()
    page.get_by_role("option", name="Africa", exact=True).click()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("1 of 30 cities")).to_be_visible()
    rows = table.locator(".stc-grid-rows [role=row]")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Cairo")


def test_dataframe_sorts_by_header(build_site, new_page):
    page = new_page(build_site(EXAMPLES / "dataframe" / "app.py"))
    table = page.get_by_test_id("stDataFrame")
    header = table.get_by_role("button", name="city")
    header.click()
    expect(table.locator(".stc-grid-rows [role=row]").first).to_contain_text("Beijing")
    header.click()
    expect(table.locator(".stc-grid-rows [role=row]").first).to_contain_text("Tokyo")


def test_bean_counter(build_site, new_page):
    page = new_page(build_site(APPS / "beans" / "app.py"))
    expect(page.get_by_text("Beans counted: 0")).to_be_visible()
    before = runs(page)
    page.get_by_test_id("stNumberInputStepUp").click()
    wait_for_runs(page, before + 1)
    expect(page.get_by_label("Beans to add")).to_have_value("1")
    before = runs(page)
    page.get_by_role("button", name="Add", exact=True).click()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Beans counted: 1")).to_be_visible()


def test_bean_counter_typed_value(build_site, new_page):
    page = new_page(build_site(APPS / "beans" / "app.py"))
    field = page.get_by_label("Beans to add")
    before = runs(page)
    field.fill("3")
    field.press("Enter")
    wait_for_runs(page, before + 1)
    before = runs(page)
    page.get_by_role("button", name="Add", exact=True).click()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Beans counted: 3")).to_be_visible()
    # Out of range input is clamped to max_value, as Streamlit does.
    before = runs(page)
    field.fill("99")
    field.press("Enter")
    wait_for_runs(page, before + 1)
    expect(field).to_have_value("10")


def test_exception_shown_and_recovers(build_site, new_page):
    page = new_page(build_site(APPS / "raises" / "app.py"))
    expect(page.get_by_text("After the error point")).to_be_visible()
    before = runs(page)
    page.get_by_label("Break it").check()
    wait_for_runs(page, before + 1)
    error = page.get_by_test_id("stException")
    expect(error).to_contain_text("ZeroDivisionError")
    expect(error).to_contain_text("division by zero")
    # The traceback names the app's own files and lines, not stc's.
    expect(error).to_contain_text(re.compile(r'app\.py", line 9'))
    expect(error).to_contain_text(re.compile(r'helper\.py", line 2'))
    expect(error).not_to_contain_text("stc_runtime")
    # What the script wrote before the exception stays; what comes after is gone.
    expect(page.get_by_role("heading", name="Before the error")).to_be_visible()
    expect(page.get_by_text("This text was written before the exception.")).to_be_visible()
    expect(page.get_by_text("After the error point")).to_have_count(0)
    # Once the cause is gone, the next rerun recovers.
    before = runs(page)
    page.get_by_label("Break it").uncheck()
    wait_for_runs(page, before + 1)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_text("After the error point")).to_be_visible()


def test_unchanged_nodes_survive_rerun_and_input_keeps_focus(build_site, new_page):
    page = new_page(build_site(APPS / "focus" / "app.py"))
    heading = page.get_by_role("heading", name="Focus")
    heading.evaluate("el => el.closest('.stc-element').dataset.mark = 'kept'")
    field = page.get_by_label("Your name")
    field.fill("Ada")
    before = runs(page)
    field.press("Enter")
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Hello Ada!")).to_be_visible()
    # Same element, same DOM node: the mark set from JS survives the rerun.
    assert heading.evaluate("el => el.closest('.stc-element').dataset.mark") == "kept"
    # The input kept focus and caret through the rerun.
    assert field.evaluate("el => document.activeElement === el")
    field.evaluate("el => el.setSelectionRange(1, 1)")
    before = runs(page)
    page.get_by_role("button", name="Rerun").click()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("clicked")).to_be_visible()
    field.focus()
    field.evaluate("el => el.setSelectionRange(1, 1)")
    page.keyboard.type("x")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Hello Axda!")).to_be_visible()
    assert heading.evaluate("el => el.closest('.stc-element').dataset.mark") == "kept"


def test_markdown_is_escaped_unless_allowed(build_site, new_page):
    page = new_page(build_site(APPS / "focus" / "app.py"))
    expect(page.get_by_text("<b>bold?</b>")).to_be_visible()
    assert page.locator("b", has_text="bold?").count() == 0
    expect(page.locator("#raw")).to_have_text("raw")


def test_long_script_streams_its_output(build_site, new_page):
    page = new_page(build_site(APPS / "streaming" / "app.py"), wait_for_run=False)
    expect(page.get_by_text("first line")).to_be_visible(timeout=90_000)
    # The run is still going: the second line is not there yet.
    assert runs(page) == 0
    expect(page.get_by_text("second line")).to_have_count(0)
    wait_for_runs(page, 1)
    expect(page.get_by_text("second line")).to_be_visible()



def test_previous_output_is_dimmed_while_a_run_is_in_progress(build_site, new_page):
    page = new_page(build_site(APPS / "streaming" / "app.py"))
    second = page.locator(".stc-element", has_text="second line")
    expect(second).to_be_visible()
    expect(second).not_to_have_class(re.compile("stc-stale"))
    page.get_by_role("button", name="Again").click()
    # The new run re-wrote "first line" at once but is still busy before
    # "second line": that one is from the previous run, and looks it.
    expect(second).to_have_class(re.compile("stc-stale"))
    expect(page.locator(".stc-element", has_text="first line")).not_to_have_class(re.compile("stc-stale"))
    wait_for_runs(page, 2)
    expect(second).not_to_have_class(re.compile("stc-stale"))
