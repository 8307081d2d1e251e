"""The layout parameters many elements share (``width``, ``height``,
``text_alignment``, ``wrap``, ``icon_position``, ``gap``), checked once, as Streamlit 1.67 checks them.

Each returns the value the payload carries: a pixel count (int) or one of
the keywords; the page applies it with ``applyWidth``/``applyHeight`` of
``runtime_js/src/kinds/_shared.js``."""

from __future__ import annotations

from numbers import Integral
from typing import Literal, Sequence

from .errors import StreamlitInvalidHeightError, StreamlitInvalidWidthError, StreamlitValueError, StreamlitValueOutOfRangeError

#: pixel sizes travel as unsigned 32-bit integers in Streamlit's protocol,
#: which bounds what it accepts; the same bound keeps the page's CSS sane
UINT32_MAX = 2**32 - 1

Width = int | Literal["stretch", "content"]
Height = int | Literal["stretch", "content"]
TextAlignment = Literal["left", "center", "right", "justify"]


def _pixels(parameter: str, value: Integral) -> int:
    if value > UINT32_MAX:
        raise StreamlitValueOutOfRangeError(parameter, value, 1, UINT32_MAX)
    return int(value)


def width(value: object, *, allow_content: bool = False) -> int | str:
    """A checked ``width``: a positive pixel count, ``"stretch"``, or (where
    the element can shrink to its content) ``"content"``."""
    if isinstance(value, str):
        if value == "stretch" or (allow_content and value == "content"):
            return value
    elif isinstance(value, Integral) and value > 0:  # a bool is an int: True is 1 pixel, as in 1.67
        return _pixels("width", value)
    raise StreamlitInvalidWidthError(value, allow_content)


def height(value: object, *, allow_content: bool = False, allow_stretch: bool = True,
           also: Sequence[str] = ()) -> int | str:
    """A checked ``height``: a positive pixel count or one of the keywords
    the element accepts (``also``: its own, such as ``"auto"``)."""
    if isinstance(value, str):
        if (value == "stretch" and allow_stretch) or (value == "content" and allow_content) or value in also:
            return value
    elif isinstance(value, Integral) and value > 0:
        return _pixels("height", value)
    raise StreamlitInvalidHeightError(value, allow_content)


def text_alignment(value: object) -> str:
    """A checked ``text_alignment``."""
    if value in ("left", "center", "right", "justify"):
        return value  # type: ignore[return-value]
    raise StreamlitValueError("text_alignment", ["'left'", "'center'", "'right'", "'justify'"])


def wrap(value: object) -> bool:
    """A checked ``wrap`` (only a real bool: no automatic mode)."""
    if isinstance(value, bool):
        return value
    raise StreamlitValueError("wrap", ["True", "False"])


def icon_position(value: object) -> str:
    """A checked ``icon_position`` (None counts as the default, as in 1.67)."""
    if value is None:
        return "left"
    if value in ("left", "right"):
        return value  # type: ignore[return-value]
    raise StreamlitValueError("icon_position", ["'left'", "'right'"])


#: 1.67's named gaps, smallest first (4, 8, 16, 32, 64, 96 and 128 pixels)
GAPS = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")


def gap(value: object) -> int | str:
    """A checked ``gap`` (containers, columns): a named size (any case),
    ``"none"`` for None, or pixels (0 allowed)."""
    if value is None:
        return "none"
    if isinstance(value, Integral) and not isinstance(value, bool) and value >= 0:
        return _pixels("gap", value) if value else 0
    if isinstance(value, str) and value.lower() in GAPS:
        return value.lower()
    raise StreamlitValueError("gap", [f"'{g}'" for g in GAPS] + ["None", "a non-negative integer (pixels)"],
                              detail=f"Got {value!r}.")
