"""Choice widgets in the browser: each driven as a visitor would, through its
accessible role and name; the app's output after each rerun shows what the
script received. One site (apps/choice/app.py) serves every test."""

import pytest
from browser_support import APPS, runs, wait_for_runs
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

APP = APPS / "choice" / "app.py"


@pytest.fixture
def page(build_site, new_page):
    return new_page(build_site(APP))


def act(page, action, output):
    """Do ``action``, wait for the rerun it causes, and see ``output``."""
    before = runs(page)
    action()
    wait_for_runs(page, before + 1)
    expect(page.get_by_text(output, exact=True)).to_be_visible()


def rows(page, name):
    """The texts of the open list of the drop-down named ``name``."""
    box = page.get_by_role("combobox", name=name, exact=True)
    return page.locator(f"#{box.get_attribute('aria-controls')}").get_by_role("option")


def test_choice_widgets(page):
    # toggle: a switch named by its label
    switch = page.get_by_role("switch", name="Debug mode")
    expect(switch).not_to_be_checked()
    act(page, switch.click, "toggle: True")
    expect(switch).to_be_checked()

    # radio: a radiogroup named by its legend; captions describe each radio
    expect(page.get_by_text("radio: None", exact=True)).to_be_visible()
    genre = page.get_by_role("radiogroup", name="Genre")
    drama = genre.get_by_role("radio", name="Drama", exact=True)
    expect(drama).to_have_accessible_description("Get the popcorn.")
    act(page, drama.check, "radio: Drama")
    expect(drama).to_be_checked()

    # multiselect: a combobox that lists the options left, a "Remove" button
    # per chip, and Streamlit's limit message once max_selections is reached
    toppings = page.get_by_role("combobox", name="Toppings")
    toppings.click()
    expect(rows(page, "Toppings")).to_have_text(["Select all", "Ham", "Olives", "Basil"])
    act(page, lambda: rows(page, "Toppings").get_by_text("Olives", exact=True).click(), "multiselect: ['Cheese', 'Olives']")
    expect(toppings).to_have_accessible_description("You can only select up to 2 options. Remove an option first.")
    expect(rows(page, "Toppings")).to_have_count(0)
    act(page, page.get_by_role("button", name="Remove Cheese").click, "multiselect: ['Olives']")
    expect(toppings).to_have_accessible_description("")

    # select_slider: range inputs over option indices that announce labels
    end = page.get_by_role("slider", name="Months end")
    expect(end).to_have_attribute("aria-valuetext", "Apr")
    act(page, lambda: end.press("ArrowRight"), "select_slider: Feb to May")
    expect(end).to_have_attribute("aria-valuetext", "May")
    expect(page.get_by_test_id("stSliderThumbValue")).to_have_text("Feb – May")

    # pills: aria-pressed buttons in a group named by the label
    east = page.get_by_role("group", name="Direction").get_by_role("button", name="East")
    expect(east).to_have_attribute("aria-pressed", "false")
    act(page, east.click, "pills: ['East']")
    expect(east).to_have_attribute("aria-pressed", "true")

    # segmented_control: the leading emoji is the option's icon
    view = page.get_by_role("group", name="View")
    expect(view.get_by_role("button", name="Table")).to_have_attribute("aria-pressed", "true")
    act(page, view.get_by_role("button", name="Map").click, "segmented_control: 🗺️ Map")
    expect(view.get_by_role("button", name="Table")).to_have_attribute("aria-pressed", "false")

    # feedback: stars return the index of the chosen star
    act(page, page.get_by_role("button", name="4 stars").click, "feedback: 3")
    expect(page.get_by_role("button", name="4 stars")).to_have_attribute("aria-pressed", "true")


def test_selectbox_filter_fuzzy(page):
    # The typed letters in order, anywhere in the label; the best match first.
    fruit = page.get_by_role("combobox", name="Fruit")
    expect(fruit).to_have_attribute("placeholder", "Choose an option")
    fruit.click()
    expect(rows(page, "Fruit")).to_have_count(5)
    fruit.press_sequentially("bery")
    expect(rows(page, "Fruit")).to_have_text(["Blueberry", "Strawberry"])
    act(page, lambda: fruit.press("Enter"), "fuzzy: Blueberry")
    expect(fruit).to_have_value("Blueberry")


def test_selectbox_filter_prefix(page):
    city = page.get_by_role("combobox", name="City")
    city.click()
    city.fill("ber")
    expect(rows(page, "City")).to_have_text(["Berlin", "Bern"])
    city.fill("o")  # "Oslo" starts with it; "Lisbon" only contains it
    expect(rows(page, "City")).to_have_text(["Oslo"])
    act(page, lambda: city.press("Enter"), "prefix: Oslo")


def test_selectbox_filter_contains(page):
    town = page.get_by_role("combobox", name="Town")
    town.click()
    town.fill("o")
    expect(rows(page, "Town")).to_have_text(["Oslo", "Lisbon"])
    town.press("ArrowDown")
    town.press("ArrowDown")
    act(page, lambda: town.press("Enter"), "contains: Lisbon")


def test_selectbox_without_filter_takes_no_typing(page):
    plain = page.get_by_role("combobox", name="Plain")
    expect(plain).to_have_attribute("readonly", "")
    plain.focus()
    plain.press("ArrowDown")  # opens the list, all of it
    expect(rows(page, "Plain")).to_have_text(["One", "Two", "Three"])
    plain.press("ArrowDown")
    plain.press("ArrowDown")
    act(page, lambda: plain.press("Enter"), "plain: Two")


def test_selectbox_accepts_a_new_option(page):
    email = page.get_by_role("combobox", name="Email")
    expect(email).to_have_attribute("placeholder", "Choose or add an option")
    expect(page.get_by_test_id("stSelectboxIcon")).to_have_text("📧")
    email.click()
    email.fill("me@example.org")
    expect(rows(page, "Email")).to_have_text(["Add: me@example.org"])
    act(page, lambda: email.press("Enter"), "email: 'me@example.org'")
    expect(email).to_have_value("me@example.org")
    # An option typed in full is the option, not a new entry.
    email.fill("bar@example.com")
    expect(rows(page, "Email")).to_have_text(["bar@example.com"])
    act(page, lambda: email.press("Enter"), "email: 'bar@example.com'")
    # index=None: Escape on the closed box clears it.
    act(page, lambda: email.press("Escape"), "email: None")


def test_multiselect_select_all(page):
    colors = page.get_by_role("combobox", name="Colors")
    expect(colors).to_have_attribute("placeholder", "Choose options")
    colors.click()
    expect(rows(page, "Colors")).to_have_text(["Select all", "Red", "Green", "Blue", "Black"])
    colors.fill("bl")  # filtering: the bulk row picks the matches only
    expect(rows(page, "Colors")).to_have_text(["Select 2 matches", "Blue", "Black"])
    act(page, lambda: colors.press("Enter"), "colors: ['Blue', 'Black']")
    # Two options left: still offered; one left: not.
    expect(rows(page, "Colors").first).to_have_text("Select all")
    act(page, lambda: rows(page, "Colors").get_by_text("Red", exact=True).click(), "colors: ['Blue', 'Black', 'Red']")
    expect(rows(page, "Colors")).to_have_text(["Green"])


def test_multiselect_accepts_new_options(page):
    tags = page.get_by_role("combobox", name="Tags")
    expect(tags).to_have_attribute("placeholder", "Choose or add options")
    tags.click()
    expect(rows(page, "Tags")).to_have_text(["python", "rust"])  # select_all=False
    tags.fill("go")
    expect(rows(page, "Tags")).to_have_text(["Add: go"])
    act(page, lambda: tags.press("Enter"), "tags: ['go']")
    # A typed entry that is an option but for case picks the option.
    tags.fill("RUST")
    act(page, lambda: rows(page, "Tags").get_by_text("Add: RUST").click(), "tags: ['go', 'rust']")
    act(page, lambda: tags.press("Backspace"), "tags: ['go']")


def test_required_selectbox_blocks_its_form(page):
    size = page.get_by_role("combobox", name="Size")
    expect(page.get_by_test_id("stWidgetLabelRequired")).to_have_text("(required)")
    expect(page.get_by_role("button", name="Clear value")).to_have_count(0)
    before = runs(page)
    page.get_by_role("button", name="Order").click()
    expect(page.get_by_role("alert").filter(has_text="This field is required.")).to_be_visible()
    expect(size).to_have_attribute("aria-invalid", "true")
    page.wait_for_timeout(300)
    assert runs(page) == before  # the form did not submit
    size.click()
    rows(page, "Size").get_by_text("M", exact=True).click()
    expect(size).not_to_have_attribute("aria-invalid", "true")
    act(page, page.get_by_role("button", name="Order").click, "order: True M")
    # Required: picked once, it cannot be cleared.
    size.press("Escape")
    expect(size).to_have_value("M")


def test_wrap_false_keeps_one_line(page):
    label = page.get_by_test_id("stCheckbox").filter(has_text="far too long").locator("label > span")
    expect(label).to_have_css("white-space", "nowrap")
    expect(label).to_have_css("text-overflow", "ellipsis")
    assert label.get_attribute("title").startswith("A checkbox whose label")
    box = label.bounding_box()
    assert box and box["height"] < 40  # one line, not several
    row = page.get_by_role("group", name="Many")
    expect(row).to_have_css("flex-wrap", "nowrap")
    expect(row).to_have_css("overflow-x", "auto")


def test_wrap_auto_is_one_line_in_a_column_only(page):
    in_column = page.get_by_test_id("stColumn").get_by_test_id("stCheckbox").locator("label > span")
    expect(in_column).to_have_css("white-space", "nowrap")
    # The same default elsewhere wraps.
    outside = page.get_by_test_id("stCheckbox").filter(has_text="Debug mode").locator("label > span")
    expect(outside).not_to_have_css("white-space", "nowrap")
