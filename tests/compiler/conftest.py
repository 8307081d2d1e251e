"""Compiler tests: fixtures several modules share, and this folder on
sys.path so test modules can import its helper modules (``pyodide_fake``)
by name: pytest runs with --import-mode=importlib (see pyproject.toml),
which does not put test folders on sys.path itself."""

from __future__ import annotations

import sys
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pyodide_fake import Fake, make_fake  # noqa: E402  (needs the sys.path entry above)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fail any test that reaches urlopen without installing its own fake."""
    calls: list[str] = []

    def refuse(request: object, *args: object, **kwargs: object) -> object:
        url = getattr(request, "full_url", request)
        calls.append(str(url))
        pytest.fail(f"network used: {url}")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    return calls


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Fake:
    """A fake Pyodide distribution in tmp_path (see pyodide_fake)."""
    return make_fake(tmp_path, monkeypatch)
