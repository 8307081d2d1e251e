"""st.file_uploader's 1.67 options as a visitor meets them: a file over
max_upload_size is refused in the page (1.67's message), before it is sent;
width; on_change="ignore" keeps the file for the next run without one."""

import pytest
from browser_support import APPS, runs, wait_for_runs
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_max_upload_size_width_and_on_change_ignore(build_site, new_page):
    page = new_page(build_site(APPS / "uploader_options" / "app.py"))
    small = page.get_by_test_id("stFileUploader").filter(has_text="Small files")
    expect(small).to_contain_text("Limit 1MB per file")
    assert abs(small.bounding_box()["width"] - 320) < 2

    before = runs(page)
    small.get_by_label("Small files").set_input_files(
        files=[{"name": "big.bin", "mimeType": "application/octet-stream", "buffer": b"x" * 1_200_000}])
    expect(small.get_by_test_id("stFileUploaderFileErrorMessage")).to_have_text("File must be 1.0MB or smaller.")
    page.wait_for_timeout(300)
    assert runs(page) == before  # never sent
    small.get_by_label("Small files").set_input_files(
        files=[{"name": "ok.txt", "mimeType": "text/plain", "buffer": b"fine"}])
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("small: ok.txt")).to_be_visible()

    before = runs(page)
    page.get_by_label("Quiet").set_input_files(files=[{"name": "q.txt", "mimeType": "text/plain", "buffer": b"q"}])
    expect(page.get_by_test_id("stFileUploader").filter(has_text="Quiet")).to_contain_text("q.txt")
    page.wait_for_timeout(500)
    assert runs(page) == before  # stored, no run
    expect(page.get_by_text("quiet: None")).to_be_visible()
    page.get_by_role("button", name="Rerun").click()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text("quiet: q.txt")).to_be_visible()
