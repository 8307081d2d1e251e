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
    # A DataFrame of more than 150,000 rows is lazy, as in 1.67: it sorts
    # (where its rows are), but offers no search or download.
    expect(grid.get_by_role("button", name="a", exact=True)).to_be_enabled()
    expect(grid.get_by_role("button", name="Search")).to_have_count(0)
    expect(grid.get_by_role("button", name="Download as CSV")).to_have_count(0)
    grid.get_by_role("button", name="a", exact=True).click()
    grid.get_by_role("button", name="a", exact=True).click()  # descending
    viewport.evaluate("v => { v.scrollTop = 0; }")
    expect(grid.locator(".stc-grid-rows [aria-rowindex='2'] [aria-colindex='2']")).to_have_text("999999")


def test_eager_grid_above_150000_rows_does_not_sort(build_site, new_page):
    page = new_page(build_site(APP) + "?page=big_eager")
    expect(page.get_by_text("eager frame sent")).to_be_visible()
    grid = page.get_by_test_id("stDataFrame")
    # Sorting is off above 150,000 rows, as in Streamlit; search stays.
    expect(grid.get_by_role("button", name="a", exact=True)).to_be_disabled()
    expect(grid.get_by_role("button", name="Search")).to_have_count(1)


def test_lazy_grid_reads_text_chunks_as_rows_are_shown(build_site, new_page):
    page = new_page(build_site(APP) + "?page=lazy")
    grid = page.get_by_test_id("stDataFrame")
    expect(grid.get_by_role("grid")).to_have_attribute("aria-rowcount", "5001")
    expect(grid.get_by_role("button", name="Search")).to_have_count(0)
    texts = lambda: grid.locator(".stc-grid-rows [aria-colindex='2']").all_inner_texts()  # noqa: E731
    assert texts()[0] == "row 0"
    viewport = grid.locator(".stc-grid-viewport")
    viewport.evaluate("v => { v.scrollTop = 3500 * 35; }")
    page.wait_for_function("() => document.querySelector('.stc-grid-rows [aria-colindex=\"2\"]').textContent !== 'row 0'")
    shown = texts()
    assert all(t.startswith("row 34") or t.startswith("row 35") for t in shown), shown
    # sorting by the text column reads every chunk, then orders them
    grid.get_by_role("button", name="s", exact=True).click()
    grid.get_by_role("button", name="s", exact=True).click()
    viewport.evaluate("v => { v.scrollTop = 0; }")
    expect(grid.locator(".stc-grid-rows [aria-rowindex='2'] [aria-colindex='2']")).to_have_text("row 999")


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


def test_column_config_options_drawn_in_cells(build_site, new_page):
    page = new_page(build_site(APP) + "?page=config")
    expect(page.get_by_text("config done")).to_be_visible()
    grid = page.get_by_test_id("stDataFrame").first
    # alt: the grid's accessible name
    expect(page.get_by_role("grid", name="Configured grid")).to_be_visible()
    cells = lambda col: grid.locator(f".stc-grid-rows [aria-colindex='{col}']")  # noqa: E731
    style = lambda loc, prop: loc.evaluate(f"e => getComputedStyle(e).{prop}")  # noqa: E731
    # alignment: text to the right, a number centred
    assert style(cells(1).first, "justifyContent") == "flex-end"
    assert style(cells(2).first, "justifyContent") == "center"
    # placeholder for missing values (not for a progress bar), step's precision
    assert cells(1).all_inner_texts() == ["a", "—", "c"]
    assert cells(2).all_inner_texts() == ["1.50", "—", "3.00"]
    # "auto": a rising series green, a falling one red; a hex colour as given
    line = lambda r: cells(3).nth(r).locator("polyline")  # noqa: E731
    assert style(line(0), "stroke") == "rgb(33, 195, 84)"
    assert style(line(1), "stroke") == "rgb(255, 75, 75)"
    assert style(line(2), "stroke") == "rgb(33, 195, 84)"  # flat: not falling
    assert style(cells(4).first.locator("rect").first, "fill") == "rgb(0, 0, 255)"
    # progress: an integer column counts to 100 ("%3d%%"); "auto-inverse" red
    # past half way; a float column counts to 1, labelled at step's precision
    fill = lambda col, r: cells(col).nth(r).locator(".stc-grid-progress-fill")  # noqa: E731
    assert cells(5).nth(0).locator(".stc-grid-progress-text").inner_text().strip() == "45%"
    assert style(fill(5, 0), "backgroundColor") == "rgb(33, 195, 84)"
    assert style(fill(5, 1), "backgroundColor") == "rgb(255, 75, 75)"
    assert fill(5, 1).evaluate("e => e.style.width") == "80%"
    assert cells(6).nth(0).locator(".stc-grid-progress-text").inner_text() == "45.7%"
    assert style(fill(6, 0), "backgroundColor") == "rgb(128, 61, 245)"
    # format_func's labels are what a selectbox cell shows
    assert cells(7).all_inner_texts() == ["ST.A", "ST.B", "—"]
    # the default placeholder is "None"
    second = page.get_by_test_id("stDataFrame").nth(1)
    assert second.locator(".stc-grid-rows [aria-colindex='1']").all_inner_texts() == ["a", "None", "c"]


def test_grid_heights(build_site, new_page):
    page = new_page(build_site(APP) + "?page=config")
    expect(page.get_by_text("config done")).to_be_visible()
    grids = page.get_by_test_id("stDataFrame")
    height = lambda i: grids.nth(i).locator(".stc-grid-viewport").bounding_box()["height"]  # noqa: E731
    # "content": the header and all 15 rows; "auto": ten rows; pixels as given
    assert height(2) == pytest.approx(16 * 35 + 2, abs=1)
    assert height(3) == pytest.approx(11 * 35 + 2, abs=1)
    assert height(4) == pytest.approx(150, abs=1)
    assert grids.nth(4).bounding_box()["width"] == pytest.approx(200, abs=1)
    # width "stretch" (the default): as wide as the container
    block = grids.nth(3).evaluate("""e => { const p = e.parentElement, s = getComputedStyle(p);
        return p.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); }""")
    assert block > 500
    assert grids.nth(3).locator(".stc-grid-viewport").bounding_box()["width"] == pytest.approx(block, abs=1)
    # ... and its columns share the room they leave (as 1.67's do)
    inner = grids.nth(3).locator(".stc-grid-viewport").evaluate("v => v.clientWidth")
    heads = grids.nth(3).locator(".stc-grid-header [role=columnheader]").evaluate_all(
        "hs => hs.map(h => h.getBoundingClientRect().width)")
    assert len(heads) == 2  # the index and "n"
    assert inner - len(heads) <= sum(heads) <= inner
    # "stretch" in a 400px container: the grid shrinks from its ten rows to
    # what the container leaves, so the container has nothing to scroll
    stretched = height(5)
    assert 4 * 35 + 2 < stretched < 11 * 35 + 2
    fits = grids.nth(5).evaluate("""e => { let c = e.parentElement;
        while (c && !c.style.height) c = c.parentElement;
        return c && c.scrollHeight <= c.clientHeight + 1 && e.getBoundingClientRect().bottom > c.getBoundingClientRect().bottom - 40; }""")
    assert fits
