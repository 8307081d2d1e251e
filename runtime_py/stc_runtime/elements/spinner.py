"""``st.spinner``: a message with a spinning icon while a block of code runs.

    with st.spinner("Wait for it...", show_time=True):
        time.sleep(5)
    st.success("Done!")

The spinner takes its place when the block starts and is hidden when it ends
(the same element, marked ``done``), so what the block wrote keeps its
position. Like Streamlit, the page shows it only after half a second, so fast
blocks do not flicker. Cached functions show one while they compute
(``show_spinner``); on a cache hit the same place holds a spinner that is
already done.
"""

from __future__ import annotations

import contextlib
from typing import Any, Iterator

from .. import run_context, delta_generator
from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..sizing import width as _sizing_width
from ..payloads.spinner import SpinnerElement


def _payload(text: Any, show_time: bool, cache: bool, done: bool, width: int | str = "content") -> SpinnerElement:
    return SpinnerElement(text=str(text), show_time=bool(show_time), cache=bool(cache), done=bool(done), width=width)


@contextlib.contextmanager
def _spinner(dg: DeltaGenerator, text: Any, show_time: bool, cache: bool, width: int | str = "content") -> Iterator[None]:
    path = dg._write(_payload(text, show_time, cache, False, width))
    try:
        yield
    finally:
        ctx = run_context._current
        if ctx is not None:
            ctx.write(path, _payload(text, show_time, cache, True, width))


@element
def spinner(dg: DeltaGenerator, text: str = "In progress...", *, show_time: bool = False, _cache: bool = False,
            width: Any = "content") -> Any:
    """Temporarily display a message with a spinning icon while a ``with``
    block runs (the page shows it only once the block has run for half a
    second).

    Parameters:
        text: the message, inline Markdown.
        show_time: also show the time elapsed since the block started.
        _cache: marks the spinner of a cached function (internal, as in
            1.67; the runtime's caches pass it).
        width: "content" (the message's own width, at most the
            container's), "stretch" (the container's) or a width in pixels.
    """
    # Checked at the call, before the block starts, as 1.67 does.
    checked_width = _sizing_width(width, allow_content=True)
    return _spinner(dg, text, show_time, bool(_cache), checked_width)


def spinner_block(text: str, *, cache: bool = False) -> Any:
    """The spinner a cached function shows while it computes."""
    return _spinner(delta_generator.main, text, False, cache)


def write_finished_spinner(text: str, *, cache: bool = False) -> None:
    """A spinner that is already done (a cache hit keeps the spinner's place)."""
    delta_generator.main._write(_payload(text, False, cache, True))
