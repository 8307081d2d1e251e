"""Icons the app gives as text: an emoji (``"🎈"``, ``"👍🏽"``, ``"1️⃣"``) or a
Material Symbol (``":material/home:"``). Page names, avatars, alert and toast
icons and option labels all recognise them with these two checks."""

from __future__ import annotations

import re
import unicodedata

MATERIAL_ICON = re.compile(r"^:material/[a-z0-9_]+:$")

# Joiner, variation selectors, keycap: they modify the character before.
_MODIFIERS = "\u200d\ufe0f\ufe0e\u20e3"
_KEYCAP_BASES = "#*0123456789"


def _modifier(ch: str) -> bool:
    cp = ord(ch)
    return ch in _MODIFIERS or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F  # skin tones, tags


def _pictograph(ch: str) -> bool:
    cp = ord(ch)
    return (unicodedata.category(ch) == "So" or 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF
            or 0x1F1E6 <= cp <= 0x1F1FF)  # regional indicators (flags)


def is_emoji(text: str) -> bool:
    """Whether ``text`` is one emoji, with its modifiers and joiners (what
    Streamlit accepts as an avatar or an icon)."""
    if not text or len(text) > 12:
        return False
    seen = False
    for i, ch in enumerate(text):
        if _modifier(ch):
            continue
        if _pictograph(ch) or (ch in _KEYCAP_BASES and text[i + 1:i + 2] in ("\ufe0f", "\u20e3")):
            seen = True
            continue
        return False
    return seen


def split_leading_emoji(text: str) -> tuple[str, str]:
    """``("🏠", "Home")`` for ``"🏠_Home"``: a leading emoji becomes the page
    icon and the separators after it are dropped, as Streamlit names a page
    file ``🏠_Home.py``."""
    end = 0
    # A character followed by U+FE0F (emoji presentation) or U+20E3
    # (keycap) is an emoji whatever its category: ℹ️ is a letter, ↔️ a
    # math symbol, #️⃣ punctuation on their own.
    while end < len(text) and (_modifier(text[end]) or unicodedata.category(text[end]) == "So"
                               or 0x1F1E6 <= ord(text[end]) <= 0x1F1FF
                               or text[end + 1:end + 2] in ("\ufe0f", "\u20e3")):
        end += 1
    if end == 0 or end == len(text):
        return "", text
    return text[:end], re.sub(r"^[_ -]+", "", text[end:])
