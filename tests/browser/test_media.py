"""st.file_uploader in the browser (app: apps/files/app.py). The upload
travels as a transferred ArrayBuffer to the worker, which stages it in
Pyodide's file system for pandas to read."""

import pytest
from browser_support import APPS, runs, wait_for_runs
from playwright.sync_api import expect


pytestmark = pytest.mark.browser


APP = APPS / "files" / "app.py"


SCORES = APPS / "files" / "scores.csv"


def test_upload_csv_refuse_wrong_type_and_remove(build_site, new_page):
    page = new_page(build_site(APP))
    expect(page.get_by_text("No file uploaded yet")).to_be_visible()
    uploader = page.get_by_test_id("stFileUploader")
    expect(uploader.get_by_text("Limit 200MB per file • CSV")).to_be_visible()
    field = page.get_by_label("Upload a CSV")
    expect(field).to_have_attribute("accept", ".csv")

    before = runs(page)
    field.set_input_files(SCORES)
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("Rows in scores.csv: 3")).to_be_visible()
    table = page.get_by_test_id("stDataFrame")
    expect(table.get_by_role("gridcell", name="bob")).to_be_visible()
    listed = uploader.get_by_test_id("stFileUploaderFile")
    expect(listed).to_have_count(1)
    expect(listed).to_contain_text("scores.csv")
    expect(listed).to_contain_text(f"{SCORES.stat().st_size}.0B")

    # A wrong type is refused on the page (the picker's `accept` filter can
    # be bypassed by drag and drop): the app never hears of it.
    before = runs(page)
    field.set_input_files(files=[{"name": "notes.txt", "mimeType": "text/plain", "buffer": b"hello"}])
    expect(uploader.get_by_test_id("stFileUploaderFileErrorMessage")).to_have_text("text/plain files are not allowed.")
    page.wait_for_timeout(300)
    assert runs(page) == before
    expect(page.get_by_text("Rows in scores.csv: 3")).to_be_visible()

    before = runs(page)
    page.get_by_role("button", name="Remove scores.csv").click()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("No file uploaded yet")).to_be_visible()
    expect(page.get_by_test_id("stDataFrame")).to_have_count(0)
    expect(uploader.get_by_role("button", name="Remove scores.csv")).to_have_count(0)
