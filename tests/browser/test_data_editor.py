"""st.data_editor in the browser: edit, add and delete rows
(app: apps/dataframe_grid/app.py, one page per ?page=)."""

import json

import pytest
from browser_support import APPS, runs, wait_for_runs
from playwright.sync_api import expect


pytestmark = pytest.mark.browser


APP = APPS / "dataframe_grid" / "app.py"


def column_texts(grid, col: int) -> list[str]:
    return grid.locator(f".stc-grid-rows [aria-colindex='{col}']").all_inner_texts()


def state_shown(page) -> dict:
    text = page.get_by_test_id("stText").filter(has_text="state: ").inner_text()
    return json.loads(text.removeprefix("state: "))


def test_data_editor_edit_add_delete(build_site, new_page):
    page = new_page(build_site(APP) + "?page=editor")
    grid = page.get_by_test_id("stDataFrame")
    expect(page.get_by_text("Rows returned: 3; total rating: 12")).to_be_visible()

    # As 1.67, the default index is hidden while rows can be added.
    expect(grid.get_by_role("columnheader")).to_have_count(4)  # row selection, command, rating, is_widget
    # Edit a rating: double-click opens the editor, Enter commits.
    rating = grid.locator(".stc-grid-rows [aria-rowindex='2'] [aria-colindex='2']")
    rating.dblclick()
    editor = grid.get_by_role("spinbutton", name="Edit rating")
    editor.fill("11")  # over max_value=10: refused on the page
    editor.press("Enter")
    expect(grid.get_by_role("alert")).to_have_text("The value must be at most 10.")
    before = runs(page)
    editor.fill("9")
    editor.press("Enter")
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Rows returned: 3; total rating: 17")).to_be_visible()
    assert state_shown(page) == {"edited_rows": {"0": {"rating": 9}}, "added_rows": [], "deleted_rows": []}
    expect(page.get_by_text("edited row keys: [0]")).to_be_visible()  # ints, as in Streamlit

    # Add a row and type its command.
    before = runs(page)
    grid.get_by_role("button", name="Add row").click()
    wait_for_runs(page, before + 1)
    editor = grid.get_by_role("textbox", name="Edit command")
    expect(editor).to_be_focused()
    before = runs(page)
    editor.fill("st.data_editor")
    editor.press("Enter")
    wait_for_runs(page, before + 1)
    rating = grid.locator(".stc-grid-rows [aria-rowindex='5'] [aria-colindex='2']")
    rating.dblclick()
    before = runs(page)
    grid.get_by_role("spinbutton", name="Edit rating").fill("2")
    grid.get_by_role("spinbutton", name="Edit rating").press("Enter")
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Rows returned: 4; total rating: 19")).to_be_visible()
    assert state_shown(page)["added_rows"] == [{"command": "st.data_editor", "rating": 2}]

    # Delete the second original row.
    grid.get_by_role("checkbox", name="Select row 2").check()
    before = runs(page)
    grid.get_by_role("button", name="Delete selected rows").click()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Rows returned: 3; total rating: 14")).to_be_visible()
    assert state_shown(page) == {
        "edited_rows": {"0": {"rating": 9}},
        "added_rows": [{"command": "st.data_editor", "rating": 2}],
        "deleted_rows": [1],
    }
    assert column_texts(grid, 1) == ["st.selectbox", "st.time_input", "st.data_editor"]

    # A checkbox cell toggles with one click.
    before = runs(page)
    grid.get_by_role("checkbox", name="is_widget, row 2").uncheck()
    wait_for_runs(page, before + 1)
    assert state_shown(page)["edited_rows"] == {"0": {"rating": 9}, "2": {"is_widget": False}}


def test_list_and_selectbox_cells_quiet_edits_and_add_only(build_site, new_page):
    page = new_page(build_site(APP) + "?page=editor_more")
    grid = page.get_by_test_id("stDataFrame")
    expect(page.get_by_text("runs: 1")).to_be_visible()
    # format_func's labels in the cells and in the editor's choices
    assert column_texts(grid, 2) == ["ST.A", "ST.B"]
    # num_rows="add": rows can be added, not deleted (no row checkboxes)
    expect(grid.get_by_role("button", name="Add row")).to_have_count(1)
    expect(grid.get_by_role("button", name="Delete selected rows")).to_have_count(0)
    expect(grid.get_by_role("checkbox")).to_have_count(0)

    # A list cell is edited as comma-separated items.
    grid.locator(".stc-grid-rows [aria-rowindex='2'] [aria-colindex='1']").dblclick()
    editor = grid.get_by_role("textbox", name="Edit tags")
    expect(editor).to_have_value("a")
    editor.fill("x, y ,z")
    editor.press("Enter")
    expect(grid.locator(".stc-grid-rows [aria-rowindex='2'] [aria-colindex='1'] .stc-grid-tag")).to_have_text(["x", "y", "z"])
    grid.locator(".stc-grid-rows [aria-rowindex='3'] [aria-colindex='2']").dblclick()
    select = grid.get_by_role("combobox", name="Edit pick")
    assert select.locator("option").all_inner_texts() == ["", "ST.A", "ST.B"]
    select.select_option(label="ST.A")
    select.press("Enter")
    assert column_texts(grid, 2) == ["ST.A", "ST.A"]
    # on_change="ignore": the edits start no run ...
    page.wait_for_timeout(500)
    expect(page.get_by_text("runs: 1")).to_be_visible()
    # ... and the next run has them
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_text("runs: 2")).to_be_visible()
    expect(page.get_by_text('tags: [["x", "y", "z"], ["b", "c"]] picks: ["st.a", "st.a"]')).to_be_visible()

    # An added row starts with the ListColumn's default.
    grid.get_by_role("button", name="Add row").click()
    editor = grid.get_by_role("textbox", name="Edit tags")  # the new row's first cell opens
    expect(editor).to_have_value("new")
    editor.press("Escape")
    expect(grid.locator(".stc-grid-rows [aria-rowindex='4'] [aria-colindex='1'] .stc-grid-tag")).to_have_text(["new"])
