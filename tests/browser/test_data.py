"""st.dataframe's grid and add_rows in the browser: sort, search, resize,
time zones, a million rows (app: apps/dataframe_grid/app.py, one page per
?page=)."""

import re

import pytest
from browser_support import APPS
from playwright.sync_api import expect


pytestmark = pytest.mark.browser


APP = APPS / "dataframe_grid" / "app.py"


def column_texts(grid, col: int) -> list[str]:
    return grid.locator(f".stc-grid-rows [aria-colindex='{col}']").all_inner_texts()


def test_sort_search_resize_and_timezone(build_site, new_page):
    page = new_page(build_site(APP) + "?page=grid")
    grid = page.get_by_test_id("stDataFrame")
    assert column_texts(grid, 1) == ["Oslo", "Cairo", "Lima", "Tokyo", "Bern"]
    # a NumberColumn format and a tz-aware datetime shown in its own zone
    assert column_texts(grid, 2)[0] == "0.7"
    assert column_texts(grid, 4)[0] == "2020-01-10 10:30:00+09:00"

    header = grid.get_by_role("button", name="Population (M)")
    header.click()
    expect(grid.get_by_role("columnheader", name="Population (M)")).to_have_attribute("aria-sort", "ascending")
    assert column_texts(grid, 1) == ["Bern", "Oslo", "Cairo", "Lima", "Tokyo"]
    header.click()
    assert column_texts(grid, 1) == ["Tokyo", "Lima", "Cairo", "Oslo", "Bern"]
    grid.get_by_role("button", name="city").click()
    assert column_texts(grid, 1) == ["Bern", "Cairo", "Lima", "Oslo", "Tokyo"]

    grid.get_by_role("button", name="Search").click()
    grid.get_by_role("searchbox", name="Search").fill("o")
    expect(grid.get_by_role("grid")).to_have_attribute("aria-rowcount", "4")  # header + Oslo, Tokyo, Cairo
    assert column_texts(grid, 1) == ["Cairo", "Oslo", "Tokyo"]
    grid.get_by_role("searchbox", name="Search").fill("")
    expect(grid.get_by_role("grid")).to_have_attribute("aria-rowcount", "6")

    cell = grid.locator(".stc-grid-header [aria-colindex='1']")
    before = cell.bounding_box()["width"]
    handle = grid.get_by_role("separator", name="Resize column 1")
    box = handle.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + 80, box["y"] + box["height"] / 2, steps=4)
    page.mouse.up()
    after = cell.bounding_box()["width"]
    assert after > before + 50
    assert grid.locator(".stc-grid-rows [aria-colindex='1']").first.bounding_box()["width"] == pytest.approx(after, abs=1)

    # Copy of selected cells: a range as tab-separated text, as shown (sorted
    # by city, formatted).
    grid.locator(".stc-grid-rows [aria-colindex='1']").first.click()
    grid.locator(".stc-grid-rows [aria-colindex='2']").nth(1).click(modifiers=["Shift"])
    copied = page.evaluate("""() => {
        const data = new DataTransfer();
        const e = new ClipboardEvent('copy', {clipboardData: data, bubbles: true, cancelable: true});
        document.querySelector('.stc-grid').dispatchEvent(e);
        return data.getData('text/plain');
    }""")
    assert copied == "Bern\t0.1\nCairo\t9.5"

    with page.expect_download() as download:
        grid.get_by_role("button", name="Download as CSV").click()
    text = open(download.value.path(), encoding="utf-8-sig").read()
    assert text.splitlines()[0] == "city,Population (M),founded,when"
    assert len(text.splitlines()) == 6


def test_million_rows_display_and_scroll(build_site, new_page):
    page = new_page(build_site(APP) + "?page=big")
    expect(page.get_by_text("big frame sent")).to_be_visible()
    grid = page.get_by_test_id("stDataFrame")
    expect(grid.get_by_role("grid")).to_have_attribute("aria-rowcount", "1000001")
    rows = grid.locator(".stc-grid-rows [role=row]")
    assert 0 < rows.count() < 60
    viewport = grid.locator(".stc-grid-viewport")
    viewport.evaluate("v => { v.scrollTop = v.scrollHeight / 2; }")
    page.wait_for_function("() => document.querySelector('.stc-grid-rows [aria-colindex=\"1\"]').textContent !== '0'")
    index = [int(t) for t in grid.locator(".stc-grid-rows [aria-colindex='1']").all_inner_texts()]
    assert all(499_900 < i < 500_100 for i in index), index
    assert index == list(range(index[0], index[0] + len(index)))
    viewport.evaluate("v => { v.scrollTop = v.scrollHeight; }")
    expect(grid.locator(".stc-grid-rows [aria-colindex='1']", has_text=re.compile(r"^999999$"))).to_have_count(1)
    assert rows.count() < 60
    # Sorting is off above 150,000 rows, as in Streamlit.
    expect(grid.get_by_role("button", name="a", exact=True)).to_be_disabled()


def test_add_rows_animates_while_the_script_runs(build_site, new_page):
    page = new_page(build_site(APP) + "?page=animate", wait_for_run=False)
    table = page.get_by_test_id("stTable")
    seen = set()
    for _ in range(200):
        if page.get_by_text("animation done").count():
            break
        seen.add(table.locator("tbody tr").count() if table.count() else 0)
        page.wait_for_timeout(100)
    expect(page.get_by_text("animation done")).to_be_visible()
    expect(table.locator("tbody tr")).to_have_count(25)
    intermediate = {n for n in seen if 15 < n < 25}
    assert len(intermediate) >= 3, seen
    last = table.locator("tbody tr").last
    assert last.locator("th").inner_text() == "24"
    assert last.locator("td").all_inner_texts() == ["9", "9", "9"]
