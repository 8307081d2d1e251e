"""st.Page titles (an explicit one keeps its underscore), icons (keycaps,
flags, ZWJ sequences, Material names) and help, and 1.67's icon errors:
``apps/pages_icons.py``, the same assertions for stc and real 1.67."""

from __future__ import annotations

import pytest

from apptest_impl import REAL, AppTest, version_tuple

Z = "\u200b"

# st.Page(help=) and these icon rules and messages are 1.67's.
pytestmark = pytest.mark.skipif(REAL and version_tuple() < (1, 67), reason="Streamlit 1.67 behaviour")


def test_page_titles_icons_and_help():
    at = AppTest.from_file("apps/pages_icons.py").run()
    assert not at.exception
    lines = [m.value for m in at.markdown]
    assert lines[:3] == [
        repr(("st.area_chart", "1️⃣", "area", "\nDraws an **area** chart.\n")),
        repr((" Awesome page", ":material/home:", "_Awesome_page", "")),
        repr(("Flags", "🇫🇷", "flags", "")),
    ]
    assert lines[3] == "accepted " + repr("👨\u200d👩\u200d👧")
    assert lines[4] == (f'StreamlitAPIException: The value `":material{Z}/not_an_icon:"` is not a valid Material icon. '
                        f"Please use a Material icon shortcode like **`:material{Z}/thumb_up:`**.")
    assert lines[5].startswith('StreamlitAPIException: The value ":rocket:" is not a valid icon. Emoji shortcodes')
    assert lines[6].startswith('StreamlitAPIException: The value "abc" is not a valid icon.')
    assert lines[7] == 'StreamlitAPIException: The value "🎈🎈" is not a valid emoji. Please use a single emoji.'
    assert lines[8] == 'StreamlitAPIException: The value "→" is not a valid emoji. Please use a single emoji.'
    assert "area page" in lines


NAVIGATION_ERRORS = [
    ('st.navigation([st.Page(a, url_path="x"), st.Page(b, url_path="x")])',
     'Two pages resolve to the URL pathname `/x`: callable titled "a" (default page) and callable titled "b". '
     "Each page passed to `st.navigation` needs a unique URL pathname"),
    ("st.navigation([])", "The `pages` parameter is required. Provide at least one `st.Page`."),
    ('st.navigation({"S": [st.Page(a)], "T": [st.Page("https://example.com/x", title="A")]})',
     'Two pages resolve to the URL pathname `/a`: callable titled "a" (section "S", default page) and external URL '
     '`https://example.com/x` (section "T").'),
    ('st.Page("https://example.com")',
     "The `title` parameter is required. External URL pages require a non-empty title. "
     "Please provide a title for the URL: https://example.com"),
    ('st.Page("https://example.com", title="T", default=True)',
     "`page=<external URL>` and `default=True` cannot be used together. External URL pages cannot be set as the default page."),
    ('st.navigation([st.Page("https://example.com", title="T")])',
     "At least one non-external page is required. External URL pages cannot be the default page."),
    ("st.navigation([3])", "Invalid `pages` type. Expected one of: str, Path, callable, st.Page. Provided type: int."),
    ("st.navigation([a, b], position='left')", "Invalid `position` value. Supported values: 'sidebar', 'hidden', 'top'."),
    ("st.navigation([a, b], expanded=-1)",
     "Invalid `expanded` value. Supported values: True, False, a non-negative integer. Provided value: -1."),
]


@pytest.mark.parametrize(("body", "message"), NAVIGATION_ERRORS)
def test_navigation_errors(body, message):
    at = AppTest.from_string("import streamlit as st\ndef a(): pass\ndef b(): pass\n" + body).run()
    assert at.exception[0].message.startswith(message)


def test_external_url_page():
    at = AppTest.from_string(
        "import streamlit as st\n"
        'p = st.Page("https://example.com", title="My Docs & more?")\n'
        "st.write(repr((p.url_path, p.is_external, p.external_url, p.title, p.icon)))\n"
    ).run()
    assert at.markdown[0].value == repr(("my_docs_more", True, "https://example.com", "My Docs & more?", ""))


@pytest.mark.parametrize(("body", "message"), [
    ("st.switch_page('nope.py')",
     "Could not find page: `nope.py`. You must provide a `Page` object or file path relative to the entrypoint file. "
     "Only pages previously defined by `st.Page` and passed to `st.navigation` are allowed."),
    ("def a(): pass\np = st.Page('https://example.com', title='E')\nst.navigation([a, p]).run()\nst.switch_page(p)",
     "Cannot use st.switch_page with external URL pages. Use st.page_link instead to create a link to external pages."),
])
def test_switch_page_errors(body, message):
    at = AppTest.from_string("import streamlit as st\n" + body).run()
    assert at.exception[0].message == message
