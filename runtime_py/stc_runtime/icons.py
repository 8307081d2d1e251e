"""Icons the app gives as text: an emoji (``"🎈"``, ``"👍🏽"``, ``"1️⃣"``,
``"🇫🇷"``, ``"👨‍👩‍👧"``) or a Material Symbol (``":material/home:"``).
Element icons, page icons, avatars and option labels are checked here, with
Streamlit 1.67's rules and messages: an emoji is one of Unicode's emoji
sequences, a Material Symbol one of the names 1.67 knows (``_icon_data``).
"""

from __future__ import annotations

import re
from typing import Any

from .errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

#: The shape of a Material Symbol shortcode (the name is checked apart:
#: ``is_material_icon``). The page draws what matches with the icon font.
MATERIAL_ICON = re.compile(r"^:material/[a-z0-9_]+:$")

_VS16 = "\ufe0f"  # emoji presentation selector: optional in every check
# A zero-width space before "/" keeps the page's markdown from drawing the
# example shortcode in the message as an icon.
_ZWSP = "\u200b"
_HINT = f"Please use a single emoji or a Material icon shortcode like `:material{_ZWSP}/thumb_up:`."
_SHORTCODE = re.compile(r":[a-zA-Z0-9_+-]+:")
_MATERIAL_SHAPE = re.compile(r"^\s*:(.+)/(.+):\s*$")

_data: Any = None


def _catalog() -> Any:
    # ~110 kB of names: imported on the first check that needs them, not
    # when the runtime starts.
    global _data
    if _data is None:
        from . import _icon_data

        _data = _icon_data
    return _data


def is_emoji(text: str) -> bool:
    """Whether ``text`` is exactly one emoji (a sequence with its skin tone,
    joiners, keycap or flag letters), U+FE0F or not."""
    if not isinstance(text, str) or not text or text.isascii():
        return False
    return text.replace(_VS16, "") in _catalog().EMOJI


def is_material_icon(name: str) -> bool:
    """Whether ``name`` (``"home"``, without the shortcode) is a Material Symbol."""
    return name in _catalog().MATERIAL


def validate_emoji(value: str | None) -> str:
    """``value`` if it is one emoji, ``""`` for None; else 1.67's error."""
    if value is None:
        return ""
    if is_emoji(value):
        return value
    raise StreamlitAPIException(
        f'The value "{value}" is not a valid emoji. Please use a single emoji.', error_id="invalid-emoji"
    )


def _material_error(value: str, period: str) -> StreamlitAPIException:
    shown = value.replace("/", _ZWSP + "/")
    return StreamlitAPIException(
        f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon shortcode like '
        f"**`:material{_ZWSP}/thumb_up:`**{period}",
        error_id="invalid-material-icon",
    )


def validate_material_icon(value: str | None) -> str:
    """``":material/name:"`` for a known Material Symbol (spaces around it
    dropped), ``""`` for None; else 1.67's error (its two messages differ by
    the final period: a malformed shortcode, an unknown pack or name)."""
    if value is None:
        return ""
    match = _MATERIAL_SHAPE.match(value)
    if match is None:
        raise _material_error(value, "")
    pack, name = match.groups()
    if pack != "material" or not is_material_icon(name):
        raise _material_error(value, ".")
    return f":{pack}/{name}:"


def validate_icon_or_emoji(icon: Any) -> str:
    """An ``icon=`` argument as 1.67 checks it: ``""`` for None or blank,
    ``"spinner"``, a Material Symbol shortcode or one emoji (stripped);
    a URL, a GitHub-style shortcode (``":rocket:"``), other text or another
    type raise 1.67's errors."""
    if icon is None:
        return ""
    if not isinstance(icon, str):
        raise StreamlitInvalidParameterTypeError("icon", type(icon).__name__, ["str", "None"])
    icon = icon.strip()
    if not icon:
        return ""
    if icon == "spinner":
        return icon
    if icon.startswith(":"):
        if icon.lower().startswith(":material"):
            return validate_material_icon(icon)
        if _SHORTCODE.fullmatch(icon):
            raise StreamlitAPIException(
                f'The value "{icon}" is not a valid icon. Emoji shortcodes are not supported. {_HINT}',
                error_id="invalid-emoji-shortcode",
            )
    if "://" in icon or icon[:5].lower() == "data:" or icon.startswith("//"):
        shown = icon if len(icon) <= 60 else f"{icon[:60]}…"
        raise StreamlitAPIException(
            f'The value "{shown}" looks like a URL. Images are not supported for `icon`. {_HINT} '
            "To follow support for image icons, see https://github.com/streamlit/streamlit/issues/9770.",
            error_id="invalid-image",
        )
    if icon.isascii():
        raise StreamlitAPIException(f'The value "{icon}" is not a valid icon. {_HINT}', error_id="invalid-icon")
    return validate_emoji(icon)


_LONGEST_EMOJI = 10  # code points, U+FE0F included (the longest ZWJ family)


def extract_leading_emoji(text: str) -> tuple[str, str]:
    """``("🏠", "Home")`` for ``"🏠_Home"``: the longest emoji that starts
    ``text`` and the rest, without the ``_``, ``-`` or spaces between them
    (how a page file ``🏠_Home.py`` gets its icon); ``("", text)`` when it
    does not start with one."""
    if not text or text.isascii():
        return "", text
    emoji = _catalog().EMOJI
    for end in range(min(len(text), _LONGEST_EMOJI), 0, -1):
        if text[:end].replace(_VS16, "") in emoji:
            break
    else:
        return "", text
    # A U+FE0F right after the match belongs to it.
    while end < len(text) and text[end] == _VS16:
        end += 1
    return text[:end], re.sub(r"^[_ -]+", "", text[end:])


# The name pages and older callers know it by.
split_leading_emoji = extract_leading_emoji


def extract_leading_icon(text: str) -> tuple[str, str]:
    """A leading Material Symbol shortcode or emoji of ``text`` and the rest
    (spaces after a shortcode dropped); ``("", text)`` when there is none."""
    if not text:
        return "", text
    if text.startswith(":material"):
        match = re.match(r"^(:[^:]+:)\s*(.*)", text, re.DOTALL)
        if match:
            try:
                return validate_material_icon(match.group(1)), match.group(2)
            except StreamlitAPIException:
                pass
    return extract_leading_emoji(text)
