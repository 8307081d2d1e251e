"""Icons as an app gives them (``icon=``, page icons, avatars): Streamlit
1.67's rules — one emoji of any kind (keycaps, flags, skin tones, ZWJ
families), a known ``:material/name:``, ``"spinner"`` — and its errors for
everything else."""

from __future__ import annotations

import pytest

from stc_runtime.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError
from stc_runtime.icons import (extract_leading_emoji, extract_leading_icon, is_emoji, is_material_icon,
                               validate_icon_or_emoji)

Z = "\u200b"  # 1.67's messages put a zero-width space before "/"


@pytest.mark.parametrize("icon", ["🎈", "1️⃣", "1⃣", "#️⃣", "🇫🇷", "👍🏽", "👨‍👩‍👧", "🏳️‍🌈", "ℹ️", "©", "✔"])
def test_any_single_emoji_is_an_icon(icon):
    assert validate_icon_or_emoji(icon) == icon
    assert is_emoji(icon)


def test_blank_none_spinner_and_stripping():
    assert validate_icon_or_emoji(None) == ""
    assert validate_icon_or_emoji("   ") == ""
    assert validate_icon_or_emoji(" 🎈 ") == "🎈"
    assert validate_icon_or_emoji("spinner") == "spinner"
    assert validate_icon_or_emoji(" :material/home: ") == ":material/home:"


def test_material_names_are_checked():
    assert is_material_icon("thumb_up") and is_material_icon("home") and not is_material_icon("no_such_icon")
    with pytest.raises(StreamlitAPIException) as exc:
        validate_icon_or_emoji(":material/no_such_icon:")
    assert str(exc.value) == (f'The value `":material{Z}/no_such_icon:"` is not a valid Material icon. Please use a '
                              f"Material icon shortcode like **`:material{Z}/thumb_up:`**.")
    assert exc.value.error_id == "invalid-material-icon"
    with pytest.raises(StreamlitAPIException, match="is not a valid Material icon"):
        validate_icon_or_emoji(":material/Home:")  # names are snake case
    with pytest.raises(StreamlitAPIException) as exc:
        validate_icon_or_emoji(":material/home")  # malformed: 1.67's message has no final period
    assert str(exc.value).endswith("thumb_up:`**")


@pytest.mark.parametrize(("icon", "message"), [
    (":rocket:", 'The value ":rocket:" is not a valid icon. Emoji shortcodes are not supported. '),
    ("abc", 'The value "abc" is not a valid icon. Please use a single emoji'),
    ("https://x.org/a.png", 'The value "https://x.org/a.png" looks like a URL. Images are not supported for `icon`.'),
    ("🎈🎈", 'The value "🎈🎈" is not a valid emoji. Please use a single emoji.'),
    ("→", 'The value "→" is not a valid emoji. Please use a single emoji.'),
])
def test_other_text_gets_1_67s_error(icon, message):
    with pytest.raises(StreamlitAPIException) as exc:
        validate_icon_or_emoji(icon)
    assert str(exc.value).startswith(message)


def test_a_non_string_icon_is_a_type_error():
    with pytest.raises(StreamlitInvalidParameterTypeError,
                       match=r"Invalid `icon` type. Expected one of: str, None. Provided type: int."):
        validate_icon_or_emoji(3)


def test_leading_emoji_and_icon():
    assert extract_leading_emoji("🏠_Home") == ("🏠", "Home")
    assert extract_leading_emoji("1️⃣ - One") == ("1️⃣", "One")
    assert extract_leading_emoji("🇫🇷France") == ("🇫🇷", "France")
    assert extract_leading_emoji("👨‍👩‍👧 family") == ("👨‍👩‍👧", "family")
    assert extract_leading_emoji("Home") == ("", "Home")
    assert extract_leading_icon(":material/home: Home") == (":material/home:", "Home")
    assert extract_leading_icon(":material/nope: x") == ("", ":material/nope: x")


def test_keycap_icon_on_an_element(app):
    a = app("""
        import streamlit as st
        def one(): st.write("one")
        pg = st.navigation([st.Page(one, icon="1️⃣"), st.Page(lambda: None, title="Flag", icon="🇫🇷", url_path="f")])
        st.write(pg.icon)
    """).run()
    assert not a.exceptions()
    assert "1️⃣" in a.markdown()
