"""``streamlit.runtime.scriptrunner``: the run a thread belongs to.

stc runs a script on one thread (a browser worker has no others), so the
running context is the current run's, whatever thread asks, and attaching it
to another thread changes nothing.
"""

from __future__ import annotations

from typing import Any, TypeVar

from ... import run_context

T = TypeVar("T")


def get_script_run_ctx(suppress_warning: bool = False) -> Any:
    """The running script's context, or None outside a run.

    ``suppress_warning``: accepted for compatibility; stc warns about nothing
    here."""
    return run_context._current


def add_script_run_ctx(thread: T = None, ctx: Any = None) -> T:  # type: ignore[assignment]
    """Return ``thread`` unchanged (there is one run and one thread)."""
    return thread


__all__ = ["add_script_run_ctx", "get_script_run_ctx"]
