"""Charts and media in the page: Vega-Lite charts render as SVG with the
right number of marks, a map draws its points with no request outside the
site (the new_page fixture fails the test on any), images and matplotlib
figures show, and add_rows animates a chart while the script runs."""

import time

import pytest
from browser_support import APPS, BOOT_TIMEOUT_MS, runs
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def _marks(chart, mark_class: str) -> int:
    return chart.locator(f"svg g.{mark_class} > path").count()


def test_charts_map_image_and_pyplot_render(build_site, new_page):
    page = new_page(build_site(APPS / "charts" / "main" / "app.py"))
    line, bar = page.get_by_test_id("stVegaLiteChart").all()

    # Three y columns: three lines, one per series.
    expect(line.locator("svg g.mark-line > path")).to_have_count(3, timeout=30_000)
    expect(line.locator("svg.marks")).to_have_count(1)  # drawn as SVG, once
    # One bar per row, and the x axis names the fruit.
    expect(bar.locator("svg g.mark-rect > path")).to_have_count(5)
    expect(bar.locator("svg.marks")).to_contain_text("kiwi")

    # The map: its points on the bundled world outline, no tile server.
    world_map = page.get_by_test_id("stDeckGlJsonChart")
    expect(world_map.locator("svg g.mark-symbol > path")).to_have_count(3)
    assert _marks(world_map, "mark-shape") > 100  # the countries

    # A numpy image and a matplotlib figure: decoded images.
    image = page.get_by_test_id("stImageContainer").locator("img")
    expect(page.get_by_test_id("stImageCaption")).to_have_text("A gradient")
    assert image.evaluate("img => img.decode().then(() => [img.naturalWidth, img.naturalHeight])") == [64, 32]
    figure = page.get_by_test_id("stPyplot").locator("img")
    assert figure.evaluate("img => img.decode().then(() => img.naturalWidth)") > 300


def test_add_rows_animates_while_the_script_runs(build_site, new_page):
    page = new_page(build_site(APPS / "charts" / "animate" / "app.py"), wait_for_run=False)
    chart = page.get_by_test_id("stVegaLiteChart")
    expect(chart.locator("svg g.mark-line > path")).to_have_count(3, timeout=BOOT_TIMEOUT_MS)
    seen: list[tuple[int, str]] = []
    deadline = time.monotonic() + 30
    while runs(page) < 1 and time.monotonic() < deadline:
        rows = int(chart.get_attribute("data-rows") or 0)
        path = chart.locator("svg g.mark-line > path").first.get_attribute("d") or ""
        if not seen or seen[-1] != (rows, path):
            seen.append((rows, path))
        time.sleep(0.1)
    assert runs(page) == 1
    expect(chart).to_have_attribute("data-rows", "25")  # 15 rows + 10 added
    intermediate = sorted({rows for rows, _ in seen if 15 < rows < 25})
    # The chart grew step by step while the script slept between add_rows,
    # rather than jumping to the end when the run finished.
    assert len(intermediate) >= 5, seen
    assert len({path for _, path in seen}) >= 6
    # Drawn in place: still one chart, its SVG grew longer lines.
    expect(page.get_by_test_id("stVegaLiteChart")).to_have_count(1)
    expect(page.get_by_role("button", name="Regenerate")).to_be_visible()
