"""Shared constants and helpers of the browser tests (imported by conftest
and the test modules; a plain module so its name cannot clash with other
test folders' conftest)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
APPS = Path(__file__).resolve().parent / "apps"
PREFIX = "/some/prefix/"
# Python boots in the page: allow for a slow, shared CI machine.
BOOT_TIMEOUT_MS = 90_000


def wait_for_runs(page, n: int, timeout: int = BOOT_TIMEOUT_MS) -> None:
    """Wait until the app has finished at least ``n`` script runs."""
    page.wait_for_function(
        "n => Number(document.getElementById('stc-app').dataset.runs || 0) >= n", arg=n, timeout=timeout
    )


def runs(page) -> int:
    return int(page.get_attribute("#stc-app", "data-runs") or 0)
