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


def _box(locator) -> tuple[float, float]:
    box = locator.bounding_box()
    assert box is not None
    return round(box["width"]), round(box["height"])


def test_chart_and_media_sizes_and_names(build_site, new_page):
    page = new_page(build_site(APPS / "charts" / "sizes" / "app.py"))
    main_width = _box(page.locator("#stc-app [data-testid='stVegaLiteChart']").nth(1))[0]

    # alt is each chart's accessible name (the drawn SVG's too, from the
    # spec's description); the rest keep a generic one.
    sales = page.get_by_role("figure", name="Sales by day")
    expect(sales.locator("svg g.mark-line > path")).to_have_count(2, timeout=30_000)
    expect(sales.locator("[aria-label='Sales by day']")).to_have_count(1)  # Vega's own container
    expect(page.get_by_role("figure", name="line chart")).to_have_count(1)

    # A pixel width and height: the whole chart, axes and legend included.
    width, height = _box(sales)
    assert width == 300 and abs(height - 200) <= 4, (width, height)
    # The drawing fills the box (but for the room vega-embed keeps on the
    # right for its actions menu).
    svg_width, svg_height = _box(sales.locator("svg.marks"))
    assert 250 < svg_width <= 300 and abs(svg_height - 200) <= 4, (svg_width, svg_height)
    # "stretch" (the default): as wide as the main area, taller than 350 of plot.
    stretched = page.get_by_role("figure", name="line chart")
    assert main_width > 500 and _box(stretched)[1] > 350
    # "content": the chart's own width, narrower than the container.
    narrow = page.get_by_role("figure", name="Narrow bars")
    expect(narrow.locator("svg g.mark-rect > path")).to_have_count(8)
    assert _box(narrow)[0] < main_width - 100

    # height="stretch": fills a fixed-height container; alone, the default 350.
    alone = page.get_by_role("figure", name="Stretched alone")
    expect(alone.locator("svg g.mark-area > path")).to_have_count(2)
    assert abs(_box(alone.locator("svg.marks"))[1] - 350) <= 4
    boxed = page.get_by_role("figure", name="Stretched in a box")
    boxed_height = _box(boxed.locator("svg.marks"))[1]
    assert 220 < boxed_height <= 300, boxed_height

    world = page.get_by_role("figure", name="Two offices")
    expect(world.locator("svg g.mark-symbol > path")).to_have_count(2)
    width, height = _box(world)
    assert width == 400 and abs(height - 250) <= 4, (width, height)
    points = page.get_by_role("figure", name="Points")
    expect(points.locator("svg g.mark-symbol > path")).to_have_count(4)
    width, height = _box(points)
    assert width == 350 and abs(height - 180) <= 4, (width, height)

    # st.image: BGR swapped into blue, a link opening a new tab without an
    # opener, alt as the name; "" marks a decorative image.
    link = page.get_by_role("link", name="A blue square")
    expect(link).to_have_attribute("href", "https://example.com/full.png")
    expect(link).to_have_attribute("target", "_blank")
    assert "noopener" in (link.get_attribute("rel") or "")
    square = link.get_by_role("img", name="A blue square")
    assert _box(square) == (40, 40)
    pixel = """img => img.decode().then(() => {
        const c = document.createElement("canvas"); c.width = img.naturalWidth; c.height = img.naturalHeight;
        const g = c.getContext("2d"); g.drawImage(img, 0, 0); return Array.from(g.getImageData(0, 0, 1, 1).data);
    })"""
    assert square.evaluate(pixel) == [0, 0, 255, 255]
    clipped = page.get_by_role("img", name="Clipped")
    assert clipped.evaluate(pixel) == [255, 255, 255, 255]  # 400 clamped to 255
    jpeg = page.locator("img[alt='']").first
    assert jpeg.evaluate("img => img.src.slice(0, 23)") == "data:image/jpeg;base64,"
    assert jpeg.evaluate("img => img.decode().then(() => [img.naturalWidth, img.naturalHeight])") == [64, 16]

    figure = page.get_by_role("img", name="A rising line")
    assert _box(figure)[0] == 200
    purring = page.get_by_label("A cat purring")
    expect(purring).to_have_js_property("tagName", "AUDIO")
    assert _box(purring)[0] == 300
    expect(page.get_by_label("A timelapse")).to_have_js_property("tagName", "VIDEO")
