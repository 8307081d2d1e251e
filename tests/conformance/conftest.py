"""Conformance tests: the examples of Streamlit's concept docs as small apps
(``apps/``), driven
through AppTest. ``apptest_impl`` picks real Streamlit's AppTest
(``STC_CONFORMANCE=real``, in a venv from ``setup_real_streamlit.sh``) or
ours; ``test_against_real_streamlit.py`` runs this folder against real
Streamlit from our environment.

Run against ours: ``python3 -m pytest tests/conformance``. Against real
Streamlit directly (after ``bash tests/conformance/setup_real_streamlit.sh``):
``STC_CONFORMANCE=real ~/.cache/stc/venvs/streamlit-1.67.0/bin/python -m pytest
tests/conformance -p no:cacheprovider``.

``@pytest.mark.seed_only``: Streamlit's documented behaviour (its concept
docs), where releases >= 1.50 differ: from 1.50 on a keyed widget whose
label changes keeps its value, where the docs say it resets. Our runtime
follows the docs. Such tests run against our runtime and Streamlit 1.49.1,
and are skipped against newer releases.
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

# Test modules import their folder's helper modules by name; pytest runs with
# --import-mode=importlib (see pyproject.toml), which does not put test
# folders on sys.path itself.
_sys.path.insert(0, str(_Path(__file__).resolve().parent))

import pytest

from apptest_impl import REAL, STREAMLIT_VERSION, version_tuple


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "seed_only: Streamlit's documented behaviour (its concept docs), where releases >= 1.50"
        " differ; compared against Streamlit 1.49.1 (skipped against newer releases)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not REAL or version_tuple() < (1, 50):
        return
    skip = pytest.mark.skip(reason=f"documented behaviour that Streamlit {STREAMLIT_VERSION} (>= 1.50) changed")
    for item in items:
        if item.get_closest_marker("seed_only") is not None:
            item.add_marker(skip)
