"""Choice widgets in the browser: each driven once, as a visitor would,
through its accessible role and name; the app's output after each rerun
shows what the script received."""

import pytest
from browser_support import APPS, runs, wait_for_runs
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_choice_widgets(build_site, new_page):
    page = new_page(build_site(APPS / "choice" / "app.py"))

    def act(action, output):
        before = runs(page)
        action()
        wait_for_runs(page, before + 1)
        expect(page.get_by_text(output, exact=True)).to_be_visible()

    # toggle: a switch named by its label
    switch = page.get_by_role("switch", name="Debug mode")
    expect(switch).not_to_be_checked()
    act(switch.click, "toggle: True")
    expect(switch).to_be_checked()

    # radio: a radiogroup named by its legend; captions describe each radio
    expect(page.get_by_text("radio: None", exact=True)).to_be_visible()
    genre = page.get_by_role("radiogroup", name="Genre")
    drama = genre.get_by_role("radio", name="Drama", exact=True)
    expect(drama).to_have_accessible_description("Get the popcorn.")
    act(drama.check, "radio: Drama")
    expect(drama).to_be_checked()

    # multiselect: a <select> to add options, a "Remove" button per chip,
    # and Streamlit's limit message once max_selections is reached
    toppings = page.get_by_label("Toppings")
    act(lambda: toppings.select_option(label="Olives"), "multiselect: ['Cheese', 'Olives']")
    expect(toppings).to_be_disabled()
    expect(toppings).to_have_accessible_description("You can only select up to 2 options. Remove an option first.")
    act(page.get_by_role("button", name="Remove Cheese").click, "multiselect: ['Olives']")
    expect(toppings).to_be_enabled()

    # select_slider: range inputs over option indices that announce labels
    end = page.get_by_role("slider", name="Months end")
    expect(end).to_have_attribute("aria-valuetext", "Apr")
    act(lambda: end.press("ArrowRight"), "select_slider: Feb to May")
    expect(end).to_have_attribute("aria-valuetext", "May")
    expect(page.get_by_test_id("stSliderThumbValue")).to_have_text("Feb – May")

    # pills: aria-pressed buttons in a group named by the label
    east = page.get_by_role("group", name="Direction").get_by_role("button", name="East")
    expect(east).to_have_attribute("aria-pressed", "false")
    act(east.click, "pills: ['East']")
    expect(east).to_have_attribute("aria-pressed", "true")

    # segmented_control: the leading emoji is the option's icon
    view = page.get_by_role("group", name="View")
    expect(view.get_by_role("button", name="Table")).to_have_attribute("aria-pressed", "true")
    act(view.get_by_role("button", name="Map").click, "segmented_control: 🗺️ Map")
    expect(view.get_by_role("button", name="Table")).to_have_attribute("aria-pressed", "false")

    # feedback: stars return the index of the chosen star
    act(page.get_by_role("button", name="4 stars").click, "feedback: 3")
    expect(page.get_by_role("button", name="4 stars")).to_have_attribute("aria-pressed", "true")
