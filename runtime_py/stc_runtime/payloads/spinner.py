"""Payloads of the spinner family (elements/spinner.py, runtime_js/src/kinds/spinner.js)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from . import ElementPayload


@dataclass(frozen=True, kw_only=True)
class SpinnerElement(ElementPayload):
    """``st.spinner`` and the spinner of a cached function that computes:
    written when the block starts, and again at the same path, ``done``,
    when it ends (so what the block wrote keeps its place)."""

    KIND: ClassVar[str] = "spinner"
    #: the message, inline Markdown
    text: str
    #: also show the time elapsed since it started
    show_time: bool = False
    #: shown by a cached function (``show_spinner``), not by ``st.spinner``
    cache: bool = False
    #: the block has ended: the page hides it, keeping its place
    done: bool = False
    #: pixels, "content" (the message's own width) or "stretch"
    width: int | str = "content"
