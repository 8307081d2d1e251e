"""``st.set_page_config``: None leaves a setting as it is (1.67's calls add
up); invalid values raise 1.67's StreamlitValueError."""

from __future__ import annotations


def _config(a):
    (cfg,) = a.elements("page_config")
    return cfg


def test_calls_add_up_and_none_keeps_the_layout(app):
    a = app(
        """
        import streamlit as st
        st.set_page_config(page_title="T", layout="wide", initial_sidebar_state="collapsed")
        st.set_page_config(page_icon="🎈")
        """
    ).run()
    cfg = _config(a)
    assert (cfg["title"], cfg["icon"], cfg["layout"], cfg["initial_sidebar_state"]) == ("T", "🎈", "wide", "collapsed")


def test_defaults_are_none_and_draw_centered(app):
    a = app("import streamlit as st\nst.set_page_config(page_title='x')\n").run()
    cfg = _config(a)
    assert cfg["layout"] == "centered" and cfg["initial_sidebar_state"] == "auto"


def test_the_layout_stays_for_later_runs_that_leave_it_none(app):
    a = app(
        """
        import streamlit as st
        first = "seen" not in st.session_state
        st.session_state.seen = True
        st.set_page_config(layout="wide" if first else None)
        """
    ).run()
    a.run()
    assert _config(a)["layout"] == "wide"


def test_invalid_values_raise_1_67s_errors(app):
    a = app(
        """
        import streamlit as st
        for kwargs in ({"layout": "tall"}, {"initial_sidebar_state": "open"}, {"initial_sidebar_state": 0}):
            try:
                st.set_page_config(**kwargs)
            except Exception as e:
                st.write(type(e).__name__ + ": " + str(e))
        st.set_page_config(initial_sidebar_state=300)
        """
    ).run()
    assert a.markdown() == [
        "StreamlitValueError: Invalid `layout` value. Supported values: 'centered', 'wide'.",
        "StreamlitValueError: Invalid `initial_sidebar_state` value. Supported values: 'auto', 'expanded', "
        "'collapsed', 'locked', a positive integer (width in pixels). Got 'open'.",
        "StreamlitValueError: Invalid `initial_sidebar_state` value. Supported values: 'auto', 'expanded', "
        "'collapsed', 'locked', a positive integer (width in pixels). Got 0.",
    ]
    assert _config(a)["initial_sidebar_state"] == "300"


def test_menu_items_are_checked_as_1_67_checks_them(app):
    a = app(
        """
        import streamlit as st
        for items in ({"Help me": "https://x.org"}, {"Get help": "ftp://x.org"}, {"Report a bug": "not a url"}):
            try:
                st.set_page_config(menu_items=items)
            except Exception as e:
                st.write(type(e).__name__ + ": " + str(e))
        """
    ).run()
    assert a.markdown() == [
        "StreamlitValueError: Invalid `menu_items` value. Supported values: 'Get help', 'Report a bug', 'About'. "
        "`help me` is not a supported menu item key.",
        'StreamlitInvalidURLError: "ftp://x.org" is not a valid URL. You must use a fully qualified domain beginning '
        'with "http://", "https://", or "mailto:".',
        'StreamlitInvalidURLError: "not a url" is not a valid URL. You must use a fully qualified domain beginning '
        'with "http://", "https://", or "mailto:".',
    ]


def test_menu_items_reach_the_page_and_add_up(app):
    a = app(
        """
        import streamlit as st
        st.set_page_config(menu_items={" Get Help ": "https://example.com/help", "About": "    # Hi\\n    there"})
        st.set_page_config(menu_items={"report a bug": "mailto:me@example.com", "get help": None})
        """
    ).run()
    assert _config(a)["menu_items"] == {
        "get_help": None, "about": "# Hi\nthere", "report_a_bug": "mailto:me@example.com",
    }


def test_page_icons_emoji_material_random_and_images(app):
    def icon_of(expression):
        a = app(f"import numpy as np\nimport streamlit as st\nst.set_page_config(page_icon={expression})\n").run()
        return a

    assert _config(icon_of("'🦊'"))["icon"] == "🦊"
    assert _config(icon_of("':material/home:'"))["icon"] == ":material/home:"
    cfg = _config(icon_of("'random'"))
    assert cfg["icon"] and cfg["icon"] != "random" and cfg["icon_url"] is None
    cfg = _config(icon_of("np.zeros((8, 8, 3), dtype='uint8')"))
    assert cfg["icon"] is None and cfg["icon_url"].startswith("data:image/")
    assert "no_such_icon" in icon_of("':material/no_such_icon:'").exceptions()[0]["message"]
