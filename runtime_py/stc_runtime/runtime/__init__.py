"""``streamlit.runtime``: what apps ask of Streamlit's server runtime.

Apps mostly call ``runtime.exists()`` to tell ``streamlit run`` from
``python app.py`` (where no session runs). In stc a session exists while a
script runs (in the worker, the build's prerender or AppTest), so it is True
then and False outside a run.
"""

from __future__ import annotations

from .. import run_context


def exists() -> bool:
    """Whether a Streamlit session is running (True inside a run)."""
    return run_context._current is not None


__all__ = ["exists"]
