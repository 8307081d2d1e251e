"""Multipage apps (Streamlit's "Multipage apps" docs): page names from file
and callable names, the pages/ folder, st.navigation with sections and
dynamic pages, st.switch_page / st.page_link, and widget state across pages
(the docs' Options 1-3)."""

from __future__ import annotations

import sys

import pytest

from stc_runtime import protocol
from stc_runtime.navigation import label_from_name, page_icon_and_name, page_sort_key


def goto(app, url_path, *changes):
    """The visitor opens ``url_path`` (menu, page_link, back/forward, URL)."""
    app.last_request_runs = []
    main = sys.modules.get("__main__")
    try:
        app.session.handle(protocol.Rerun(changes=list(changes), page=url_path))
    finally:
        sys.modules["__main__"] = main
    return app


def nav(app):
    """The last Navigation message."""
    return [m for m in app.messages if isinstance(m, protocol.Navigation)][-1]


# --- names ---------------------------------------------------------------------


# Streamlit's documented table of file names and labels, in the order the
# sidebar shows them.
PAGE_NAME_TABLE = [
    ("1 - first page.py", "first page"),
    ("12 monkeys.py", "monkeys"),
    ("123.py", "123"),
    ("123_hello_dear_world.py", "hello dear world"),
    ("_12 monkeys.py", "12 monkeys"),
]


@pytest.mark.parametrize(("filename", "label"), PAGE_NAME_TABLE)
def test_page_name_table_labels(filename, label):
    icon, name = page_icon_and_name(filename)
    assert icon == ""
    assert label_from_name(name) == label


def test_page_name_table_order():
    shuffled = [f for f, _ in reversed(PAGE_NAME_TABLE)]
    assert sorted(shuffled, key=page_sort_key) == [f for f, _ in PAGE_NAME_TABLE]


@pytest.mark.parametrize("filename", [
    "Awesome page.py", "Awesome_page.py", "02Awesome_page.py", "--Awesome_page.py",
    "1_Awesome_page.py", "33 - Awesome page.py",
])
def test_awesome_page_files(filename):
    icon, name = page_icon_and_name(filename)
    assert (icon, name, label_from_name(name)) == ("", "Awesome_page", "Awesome page")


def test_numbers_sort_numerically_and_keep_leading_zeros():
    files = ["10_ten.py", "9_nine.py", "03_three.py", "zeta.py", "alpha.py", "2_two.py"]
    assert sorted(files, key=page_sort_key) == ["2_two.py", "03_three.py", "9_nine.py", "10_ten.py", "alpha.py", "zeta.py"]
    assert page_icon_and_name("007.py") == ("", "007")  # leading zeros kept
    assert page_icon_and_name("a__b  c.py") == ("", "a_b_c")  # runs of _ and space: one _


def test_emoji_names():
    assert page_icon_and_name("🏠_Home.py") == ("🏠", "Home")
    assert page_icon_and_name("1_📈_Plotting_Demo.py") == ("📈", "Plotting_Demo")
    assert page_icon_and_name("--.py")[1] == ""  # separators only: not a page


def test_callable_titles_and_url_paths(app):
    a = app("""
        import streamlit as st
        def Awesome_page(): st.write("one")
        def _Awesome_page(): st.write("two")
        def __Awesome_page__(): st.write("three")
        pages = [st.Page(Awesome_page), st.Page(_Awesome_page), st.Page(__Awesome_page__)]
        st.write([(p.title, p.url_path) for p in pages])
        st.navigation(pages).run()
    """).run()
    msg = nav(a)
    # All three show as "Awesome page"; paths keep the callables' underscores
    # (the first page is the default, at the root URL).
    assert [p.title for p in msg.pages] == ["Awesome page"] * 3
    assert [p.url_path for p in msg.pages] == ["", "_Awesome_page", "__Awesome_page__"]
    assert "one" in a.markdown()
    goto(a, "__Awesome_page__")
    assert "three" in a.markdown() and "one" not in a.markdown()


# --- pages/ folder -------------------------------------------------------------------


PAGES_APP = dict(
    source="""
        import streamlit as st
        st.title("Home")
        st.session_state.setdefault("visits", 0)
        st.session_state.visits += 1
        name = st.text_input("Name", key="name")
    """,
    files={
        "pages/2_Second_page.py": """
            import streamlit as st
            st.title("Second")
            st.write(f"visits: {st.session_state.visits}")
            st.page_link("app.py", label="Back home")
            if st.button("Go home"):
                st.switch_page("app.py")
        """,
        "pages/10_Tenth.py": "import streamlit as st\nst.title('Tenth')\n",
        "pages/🏠_Emoji.py": "import streamlit as st\nst.title('Emoji')\n",
        "pages/notes.txt": "not a page",
        "pages/sub/deep.py": "import streamlit as st\n",
        "pages/--.py": "import streamlit as st\n",
    },
)


def test_pages_folder_menu(app):
    a = app(**PAGES_APP).run()
    msg = nav(a)
    assert [(p.url_path, p.title, p.icon) for p in msg.pages] == [
        ("", "app", ""), ("Second_page", "Second page", ""), ("Tenth", "Tenth", ""), ("Emoji", "Emoji", "🏠"),
    ]
    assert msg.current == "" and msg.position == "sidebar" and msg.not_found is None
    assert a.headings() == ["Home"]


def test_pages_folder_switching_keeps_state_and_cleans_widgets(app):
    a = app(**PAGES_APP).run()
    a.set("text_input", "Name", "Ada")
    assert a.state["name"] == "Ada"
    goto(a, "Second_page")
    assert a.headings() == ["Second"] and nav(a).current == "Second_page"
    # The page replaces the entrypoint (pages/ apps): its widget is gone,
    # with its key (as documented, Option 1 does not work with pages/).
    assert "name" not in a.state
    assert a.session.state.to_dict()["visits"] == 2  # session state survives
    link = a.elements("page_link")[0]
    assert (link["url_path"], link["label"], link["current"]) == ("", "Back home", False)
    a.click("Go home")  # st.switch_page
    assert a.headings() == ["Home"] and nav(a).current == ""


def test_pages_folder_case_insensitive_and_not_found(app):
    a = app(**PAGES_APP)
    goto(a, "second_page")
    assert a.headings() == ["Second"]
    goto(a, "nope")
    assert nav(a).not_found == "nope" and nav(a).current == ""
    assert a.headings() == ["Home"]
    a.run()  # a plain rerun stays on the page, no new notice
    assert nav(a).not_found is None


def test_hidden_sidebar_navigation_config(app):
    a = app(**{**PAGES_APP, "files": {**PAGES_APP["files"], ".streamlit/config.toml": "[client]\nshowSidebarNavigation = false\n"}}).run()
    assert nav(a).position == "hidden"


def test_switch_page_to_unknown_file_is_an_error(app):
    a = app("""
        import streamlit as st
        st.switch_page("pages/missing.py")
    """).run()
    assert "Could not find page: `pages/missing.py`" in a.exceptions()[0]["message"]


# --- st.navigation -----------------------------------------------------------------


LOGIN_APP = dict(
    source="""
        import streamlit as st
        if "logged_in" not in st.session_state:
            st.session_state.logged_in = False
        def login():
            if st.button("Log in"):
                st.session_state.logged_in = True
                st.rerun()
        def logout():
            if st.button("Log out"):
                st.session_state.logged_in = False
                st.rerun()
        login_page = st.Page(login, title="Log in", icon=":material/login:")
        logout_page = st.Page(logout, title="Log out", icon=":material/logout:")
        dashboard = st.Page("reports/dashboard.py", title="Dashboard", icon=":material/dashboard:", default=True)
        bugs = st.Page("reports/bugs.py", title="Bug reports", icon=":material/bug_report:")
        search = st.Page("tools/search.py", title="Search", icon=":material/search:")
        if st.session_state.logged_in:
            pg = st.navigation({"Account": [logout_page], "Reports": [dashboard, bugs], "Tools": [search]})
        else:
            pg = st.navigation([login_page])
        pg.run()
    """,
    files={
        "reports/dashboard.py": "import streamlit as st\nst.title('Dashboard')\n",
        "reports/bugs.py": "import streamlit as st\nst.title('Bugs')\nif st.button('Search'):\n    st.switch_page('tools/search.py')\n",
        "tools/search.py": "import streamlit as st\nst.title('Search')\n",
        "pages/ignored.py": "import streamlit as st\nst.title('IGNORED')\n",
    },
)


def test_dynamic_navigation_with_sections(app):
    a = app(**LOGIN_APP)
    goto(a, "bugs")  # a deep link before logging in: not in the navigation
    assert nav(a).not_found == "bugs"
    assert [p.title for p in nav(a).pages] == ["Log in"]
    a.click("Log in")
    msg = nav(a)
    assert [(p.section, p.title, p.url_path) for p in msg.pages] == [
        ("Account", "Log out", "logout"), ("Reports", "Dashboard", ""), ("Reports", "Bug reports", "bugs"),
        ("Tools", "Search", "search"),
    ]
    assert msg.current == "" and a.headings() == ["Dashboard"]  # the new default page
    assert msg.pages[1].icon == ":material/dashboard:"
    goto(a, "bugs")
    assert a.headings() == ["Bugs"] and nav(a).not_found is None
    a.click("Search")  # st.switch_page with a file path
    assert a.headings() == ["Search"] and nav(a).current == "search"
    goto(a, "logout")
    a.click("Log out")
    assert [p.title for p in nav(a).pages] == ["Log in"]
    goto(a, "search")  # gated again
    assert nav(a).not_found == "search" and a.markdown() == []


def test_navigation_switches_pages_folder_off(app):
    a = app(**LOGIN_APP)
    goto(a, "ignored")
    assert "IGNORED" not in a.headings()
    assert nav(a).not_found == "ignored"


def test_navigation_errors(app):
    a = app("""
        import streamlit as st
        def a(): pass
        def b(): pass
        st.navigation([st.Page(a, url_path="x"), st.Page(b, url_path="x")])
    """).run()
    assert a.exceptions()[0]["message"].startswith(
        'Two pages resolve to the URL pathname `/x`: callable titled "a" (default page) and callable titled "b".')
    a.write_script("""
        import streamlit as st
        def a(): pass
        st.Page(a).run()
    """)
    a.run()
    assert "This page cannot be called directly" in a.exceptions()[0]["message"]
    a.write_script("""
        import streamlit as st
        st.Page("missing.py")
    """)
    a.run()
    assert "The file `missing.py` could not be found" in a.exceptions()[0]["message"]
    a.write_script("""
        import streamlit as st
        def a(): pass
        st.navigation([a], position="left")
    """)
    a.run()
    assert a.exceptions()[0]["message"] == "Invalid `position` value. Supported values: 'sidebar', 'hidden', 'top'."


def test_page_files_get_magic_and_their_own_file(app):
    a = app("""
        import streamlit as st
        st.navigation([st.Page("p1.py"), st.Page("p2.py", title="Two", url_path="two")], position="top").run()
    """, files={
        "p1.py": "import streamlit as st\n'magic on page one'\nst.write(__file__.endswith('p1.py'))\n",
        "p2.py": "x = 2\nx\n",
    }).run()
    assert "magic on page one" in a.markdown() and "`True`" in a.markdown()
    assert nav(a).position == "top" and [p.url_path for p in nav(a).pages] == ["", "two"]
    goto(a, "two")
    assert "`2`" in a.markdown()


def test_set_page_config_after_navigation(app):
    a = app("""
        import streamlit as st
        pg = st.navigation([st.Page("create.py", title="Create entry", icon=":material/add_circle:")])
        st.set_page_config(page_title="Data manager", page_icon="✏️")
        pg.run()
    """, files={"create.py": "import streamlit as st\nst.write('create')\n"}).run()
    assert nav(a).title == "Create entry"
    assert a.elements("page_config")[0]["title"] == "Data manager"


def test_page_link_to_pages_and_urls(app):
    a = app("""
        import streamlit as st
        def home(): st.page_link(other, icon="🔥")
        def other_page(): pass
        other = st.Page(other_page, title="Other")
        st.navigation([home, other], position="hidden").run()
        st.page_link("https://example.com", label="Example", disabled=True)
    """).run()
    links = a.elements("page_link")
    assert (links[0]["url_path"], links[0]["label"], links[0]["icon"], links[0]["external"]) == ("other_page", "Other", "🔥", False)
    assert (links[1]["href"], links[1]["external"], links[1]["disabled"]) == ("https://example.com", True, True)
    a.write_script("import streamlit as st\nst.page_link('https://example.com')\n")
    a.run()
    assert "label param is required" in a.exceptions()[0]["message"]


# --- widgets across pages ("Working with widgets in multipage apps") ---


TWO_PAGES = {
    "page_1.py": "import streamlit as st\nst.title('Page 1')\n",
    "page_2.py": "import streamlit as st\nst.title('Page 2')\n",
}


def test_option_1_widgets_in_the_entrypoint_keep_state(app):
    a = app("""
        import streamlit as st
        pg = st.navigation([st.Page("page_1.py"), st.Page("page_2.py")])
        st.sidebar.selectbox("Group", ["A", "B", "C"], key="group")
        st.sidebar.slider("Size", 1, 5, key="size")
        pg.run()
    """, files=TWO_PAGES).run()
    a.select("Group", "C")
    a.set("slider", "Size", 4)
    goto(a, "page_2")
    assert a.headings() == ["Page 2"]
    assert (a.state["group"], a.state["size"]) == ("C", 4)
    assert a.value("slider", "Size") == 4
    goto(a, "")
    assert (a.state["group"], a.state["size"]) == ("C", 4)


def test_identical_widgets_on_two_pages_are_two_widgets(app):
    page = "import streamlit as st\nst.number_input('Filters', key='f')\n"
    a = app("""
        import streamlit as st
        st.navigation([st.Page("one.py"), st.Page("two.py")]).run()
    """, files={"one.py": page, "two.py": page}).run()
    a.set("number_input", "Filters", 5)
    first = a.widget("number_input", "Filters")["id"]
    goto(a, "two")
    assert a.widget("number_input", "Filters")["id"] != first
    assert a.value("number_input", "Filters") == 0  # reset on the other page


def test_option_2_dummy_key(app):
    widget_page = """
        import streamlit as st
        def store_value(key):
            st.session_state[key] = st.session_state["_" + key]
        def load_value(key):
            st.session_state["_" + key] = st.session_state[key]
        st.session_state.setdefault("my_key", 1)
        load_value("my_key")
        st.number_input("Number of filters", key="_my_key", on_change=store_value, args=["my_key"])
    """
    a = app("""
        import streamlit as st
        st.navigation([st.Page("widget.py"), st.Page("other.py")]).run()
    """, files={"widget.py": widget_page, "other.py": "import streamlit as st\nst.title('Other')\n"}).run()
    a.set("number_input", "Number of filters", 7)
    goto(a, "other")
    assert "_my_key" not in a.state and a.state["my_key"] == 7  # the widget was cleaned up
    goto(a, "")
    assert a.value("number_input", "Number of filters") == 7


def test_option_3_interrupt_cleanup(app):
    a = app("""
        import streamlit as st
        if "my_key" in st.session_state:
            st.session_state.my_key = st.session_state.my_key
        st.navigation([st.Page("widget.py"), st.Page("other.py")]).run()
    """, files={
        "widget.py": "import streamlit as st\nst.number_input('Number of filters', key='my_key')\n",
        "other.py": "import streamlit as st\nst.title('Other')\n",
    }).run()
    a.set("number_input", "Number of filters", 3)
    goto(a, "other")
    assert a.state["my_key"] == 3
    goto(a, "")
    assert a.value("number_input", "Number of filters") == 3


def test_without_option_3_the_value_is_lost(app):
    a = app("""
        import streamlit as st
        st.navigation([st.Page("widget.py"), st.Page("other.py")]).run()
    """, files={
        "widget.py": "import streamlit as st\nst.number_input('Number of filters', key='my_key')\n",
        "other.py": "import streamlit as st\nst.title('Other')\n",
    }).run()
    a.set("number_input", "Number of filters", 3)
    goto(a, "other")
    assert "my_key" not in a.state
    goto(a, "")
    assert a.value("number_input", "Number of filters") == 0


def test_single_page_app_sends_no_navigation(app):
    a = app("import streamlit as st\nst.write('hi')\n").run()
    assert not [m for m in a.messages if isinstance(m, protocol.Navigation)]
    goto(a, "nope")
    assert nav(a).not_found == "nope" and nav(a).pages[0].url_path == ""


@pytest.mark.parametrize(("filename", "expected"), [
    ("🏠_Home.py", ("🏠", "Home")),
    ("4_ℹ️_About.py", ("ℹ️", "About")),  # a letter made an emoji by U+FE0F
    ("↔️_Compare.py", ("↔️", "Compare")),  # a math symbol, the same way
    ("#️⃣_Hash.py", ("#️⃣", "Hash")),  # a keycap sequence
])
def test_a_leading_emoji_becomes_the_icon_as_in_streamlit(filename, expected):
    # (Streamlit 1.67's source_util.page_icon_and_name gives these.)
    assert page_icon_and_name(filename) == expected


def test_page_link_payloads_send_only_their_kinds_fields(app):
    import dataclasses

    from stc_runtime import payloads
    from stc_runtime.payloads.navigation import PageLinkElement

    a = app(
        """
        import streamlit as st
        st.page_link("app.py", label="Home")
        st.page_link("https://example.com", label="Example")
        """
    ).run()
    inside, outside = a.elements("page_link")
    assert "href" not in inside and inside["url_path"] == "" and inside["current"] is True
    assert "url_path" not in outside and "current" not in outside and outside["href"] == "https://example.com"
    for wire in (inside, outside):
        assert payloads.from_wire(wire).wire() == wire
    carries = {f.name: f.metadata.get("carries") for f in dataclasses.fields(PageLinkElement)}
    # The page puts an external link's href in <a href>; a page's url_path
    # goes through the router, which builds the address itself.
    assert carries["href"] == "url" and carries["url_path"] is None


def test_page_config_payload(app):
    from stc_runtime import payloads
    from stc_runtime.payloads.navigation import PageConfigElement

    a = app("import streamlit as st\nst.set_page_config(page_title='T', layout='wide')\n").run()
    (config,) = a.elements("page_config")
    assert payloads.from_wire(config) == PageConfigElement(title="T", layout="wide")
    assert set(config) == {"kind", "title", "icon", "icon_url", "layout", "initial_sidebar_state", "menu_items"}


def test_explicit_titles_are_kept_and_help_is_the_tooltip(app):
    a = app('''
        import streamlit as st
        def area(): st.write("area")
        def other_page(): st.write("other")
        pages = [st.Page(area, title="st.area_chart", help="""
            Draws an **area** chart.
        """), st.Page(other_page, help="   ")]
        st.write([(p.title, p.help) for p in pages])
        st.navigation(pages).run()
    ''').run()
    msg = nav(a)
    # An explicit title keeps its underscore; an inferred one reads "_" as " ".
    assert [p.title for p in msg.pages] == ["st.area_chart", "other page"]
    assert msg.title == "st.area_chart"
    # help is dedented; blank help is no help.
    assert [p.help for p in msg.pages] == ["\nDraws an **area** chart.\n", ""]


def test_page_errors_are_1_67s(app):
    a = app("""
        import streamlit as st
        def a(): pass
        st.Page(a, visibility="secret")
    """).run()
    assert a.exceptions()[0]["message"] == "Invalid `visibility` value. Supported values: visible, hidden."
    a.write_script("""
        import streamlit as st
        def __(): pass
        st.Page(__)
    """)
    a.run()
    assert a.exceptions()[0]["message"] == (
        "The `title` parameter is required. It cannot be empty or consist of underscores/spaces only.")
    a.write_script("""
        import streamlit as st
        def a(): pass
        st.Page(a, icon=":rocket:")
    """)
    a.run()
    assert "Emoji shortcodes are not supported" in a.exceptions()[0]["message"]
    a.write_script("""
        import streamlit as st
        def a(): pass
        st.Page(a, icon=":material/not_an_icon:")
    """)
    a.run()
    assert "is not a valid Material icon" in a.exceptions()[0]["message"]


@pytest.mark.parametrize(("filename", "expected"), [
    # A keycap's digit is the file's number (1.67 gives the same).
    ("1️⃣_One.py", ("", "\ufe0f\u20e3_One")),
    ("0_1️⃣_One.py", ("1️⃣", "One")),  # a keycap after the number
    ("🇫🇷_France.py", ("🇫🇷", "France")),  # a flag
    ("02_👨‍👩‍👧_Family.py", ("👨‍👩‍👧", "Family")),  # a ZWJ sequence
])
def test_more_leading_emoji_icons(filename, expected):
    assert page_icon_and_name(filename) == expected


def test_navigation_expanded(app):
    def run(expanded):
        a.write_script(f"""
            import streamlit as st
            def one(): pass
            def two(): pass
            st.navigation([one, two], expanded={expanded!r}).run()
        """)
        return a.run()

    a = app("import streamlit as st")
    for value, expected in [(False, (False, None)), (True, (True, None)), (0, (False, None)), (4, (False, 4))]:
        run(value)
        assert (nav(a).expanded, nav(a).visible_items) == expected
    run(-1)
    assert a.exceptions()[0]["message"] == (
        "Invalid `expanded` value. Supported values: True, False, a non-negative integer. Provided value: -1.")
    run("yes")
    assert a.exceptions()[0]["message"] == "Invalid `expanded` type. Expected one of: bool, int. Provided type: str."


def test_external_url_pages(app):
    a = app("""
        import streamlit as st
        def home(): st.write("home")
        docs = st.Page("https://docs.streamlit.io", title="Docs & more", icon=":material/open_in_new:")
        st.write(repr((docs.url_path, docs.is_external, docs.external_url)))
        st.navigation([home, docs]).run()
    """).run()
    assert "('docs_more', True, 'https://docs.streamlit.io')" in a.markdown()
    msg = nav(a)
    assert [(p.url_path, p.external_url) for p in msg.pages] == [("", None), ("docs_more", "https://docs.streamlit.io")]
    # Its pathname is no page of the app: "Page not found" and the default page.
    goto(a, "docs_more")
    assert nav(a).not_found == "docs_more" and "home" in a.markdown()
