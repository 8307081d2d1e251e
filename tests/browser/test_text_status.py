"""Text and status elements in the page:
Markdown extensions, json, status, html, and live updates while the script
runs."""

import pytest
from browser_support import APPS, runs, wait_for_runs
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

APP = APPS / "text_status" / "app.py"


def test_markdown_extensions_json_status_and_html(build_site, new_page):
    page = new_page(build_site(APP))
    first = page.get_by_test_id("stMarkdown").first
    # :red[...] is red, :blue-background[...] has a background.
    red = first.locator(".stc-color-red")
    expect(red).to_have_text("Red words")
    assert red.evaluate("n => getComputedStyle(n).color") == "rgb(255, 43, 43)"
    bg = first.locator(".stc-bg-blue").evaluate("n => getComputedStyle(n).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    # The shortcode became the emoji (its map loads on demand), $x^2$ KaTeX.
    expect(first).to_contain_text("🐾")
    expect(first).not_to_contain_text(":paw_prints:")
    expect(first.locator(".katex")).to_have_count(1)
    expect(first.locator(".katex-mathml")).to_contain_text("x")
    # Raw HTML stays text; a Material icon is an image named by the icon.
    second = page.get_by_test_id("stMarkdown").nth(1)
    expect(second).to_contain_text("Escaped <b>tags</b>")
    expect(second.get_by_role("img", name="home")).to_be_visible()

    # st.json with expanded=1: the root is open, the nested object closed
    # until the visitor opens it (and closes it again).
    tree = page.get_by_test_id("stJson")
    expect(tree).to_contain_text('"count": 3')
    expect(tree.get_by_text('"apple"')).to_be_hidden()
    fruit = tree.locator("summary", has_text='"fruit"')
    fruit.click()
    expect(tree.get_by_text('"apple"')).to_be_visible()
    fruit.click()
    expect(tree.get_by_text('"apple"')).to_be_hidden()

    # st.status completed at the end of its with block, and stays open.
    status = page.locator(".stc-status-container")
    expect(status).to_have_attribute("data-state", "complete")
    expect(status.locator("summary")).to_contain_text("Preparing data")
    expect(status.locator("summary")).to_contain_text("Complete")
    expect(status.get_by_text("inside the status")).to_be_visible()

    # st.html is sanitized: markup stays, scripts and handlers go.
    html = page.get_by_test_id("stHtml")
    expect(html.locator(".from-html b")).to_have_text("kept")
    expect(html.locator("script")).to_have_count(0)
    assert html.locator("img").get_attribute("onerror") is None
    assert page.title() != "pwned"


def test_progress_and_empty_update_while_the_script_runs(build_site, new_page):
    page = new_page(build_site(APP))
    start = runs(page)
    page.get_by_role("button", name="Go").click()
    # Sample the DOM every 50 ms while the script sleeps between writes.
    samples = page.evaluate(
        """() => new Promise((resolve) => {
            const seen = [];
            const started = performance.now();
            const timer = setInterval(() => {
              const bar = document.querySelector("[data-testid=stProgress] [role=progressbar]");
              const tick = document.querySelector("[data-testid=stText]");
              const done = [...document.querySelectorAll("[data-testid=stMarkdown]")].some((n) => n.textContent === "Finished");
              if (bar) seen.push({ value: Number(bar.getAttribute("aria-valuenow")), tick: tick ? tick.textContent : null, done });
              if (done || performance.now() - started > 60000) { clearInterval(timer); resolve(seen); }
            }, 50);
          })"""
    )
    wait_for_runs(page, start + 1)
    running = [s for s in samples if not s["done"]]
    values = [s["value"] for s in running]
    # The bar was seen at several intermediate positions, never going back.
    assert len({v for v in values if 0 < v < 100}) >= 3, values
    assert values == sorted(values)
    ticks = {s["tick"] for s in running if s["tick"]}
    assert len(ticks) >= 3, ticks
    bar = page.get_by_role("progressbar")
    expect(bar).to_have_attribute("aria-valuenow", "100")
    expect(page.get_by_test_id("stProgress")).to_contain_text("Step 10")
    # st.empty held one element at a time: the last one.
    expect(page.get_by_test_id("stText")).to_have_text("tick 10")


def test_width_sizes_text_and_code_and_a_replaced_text_keeps_its_place(build_site, new_page):
    page = new_page(build_site(APP))
    start = runs(page)
    page.get_by_role("button", name="Sizes").click()
    wait_for_runs(page, start + 1)
    expect(page.get_by_test_id("stText").filter(has_text="Done")).to_be_visible()

    def width_of(testid, text):
        return page.get_by_test_id(testid).filter(has_text=text).bounding_box()["width"]

    for testid, (wide, own, fixed) in {
        "stText": ("wide text", "own text", "fixed text"),
        "stCode": ("wide = 1", "own = 1", "fixed = 1"),
    }.items():
        stretch, content, pixels = width_of(testid, wide), width_of(testid, own), width_of(testid, fixed)
        assert abs(pixels - 300) < 1, (testid, pixels)
        assert content < pixels < stretch, (testid, content, pixels, stretch)
        # "stretch" fills the column: as wide as the Markdown blocks around.
        assert abs(stretch - width_of("stMarkdown", "before the slot")) < 1, testid

    # Alerts, JSON, HTML and forms take width= too.
    for testid, text in (("stAlert", "fixed alert"), ("stJson", "json"), ("stHtml", "fixed html"), ("stForm", "fixed form")):
        assert abs(width_of(testid, text) - 300) < 1, testid
    assert width_of("stHtml", "own html") < 300
    column = width_of("stMarkdown", "before the slot")
    badge = page.get_by_test_id("stMarkdown").filter(has_text="wide badge")
    assert abs(badge.bounding_box()["width"] - column) < 1

    # msg.text("Done") replaced the element where it was: between the two.
    order = page.evaluate(
        """() => [...document.querySelectorAll("[data-testid=stMarkdown], [data-testid=stText]")]
                 .map((n) => n.textContent.trim()).filter((t) => ["before the slot", "Done", "after the slot", "Loading"].includes(t))"""
    )
    assert order == ["before the slot", "Done", "after the slot"], order
