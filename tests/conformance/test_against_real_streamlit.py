"""Runs this folder's tests against real Streamlit, in the virtual
environments ``setup_real_streamlit.sh`` makes (``.ci/setup`` calls it), and
compares element lists of the same apps between real Streamlit's AppTest and
ours.

- 1.67.0, the reference release: every test but the ``seed_only`` ones.
- 1.49.1: every test, ``seed_only`` ones included (the last release that
  still behaves as Streamlit's concept docs say where 1.50+ differ: a keyed
  widget whose label changes resets).

A test that fails here states something real Streamlit does not do: fix the
test, not the runtime.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from apptest_impl import REAL

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CACHE = Path(os.environ.get("STC_CACHE_DIR") or Path.home() / ".cache" / "stc")
REFERENCE = "1.67.0"
SEED_RELEASE = "1.49.1"

pytestmark = pytest.mark.skipif(REAL, reason="this driver runs from stc's environment, not inside a real-Streamlit venv")


def venv_python(version: str) -> Path:
    python = CACHE / "venvs" / f"streamlit-{version}" / "bin" / "python"
    if not python.exists() or not (python.parent.parent / ".stc-complete").exists():
        # In CI a missing venv is a missing setup step, not a reason to skip.
        (pytest.fail if os.environ.get("CI") else pytest.skip)(
            f"no real Streamlit {version} venv at {python.parent.parent}: "
            "run `bash tests/conformance/setup_real_streamlit.sh` (.ci/setup does)"
        )
    return python


def real_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "STREAMLIT_"))}
    env["STC_CONFORMANCE"] = "real"
    env.pop("PYTHONPATH", None)  # nothing of stc's environment leaks in
    return env


@pytest.mark.parametrize(
    ("version", "marker_args"),
    [(REFERENCE, ["-m", "not seed_only"]), (SEED_RELEASE, [])],
    ids=[REFERENCE, SEED_RELEASE],
)
def test_conformance_suite_passes_on_real_streamlit(version: str, marker_args: list[str]) -> None:
    python = venv_python(version)
    result = subprocess.run(
        [str(python), "-m", "pytest", str(HERE), "-q", "-p", "no:cacheprovider", "-rfEs", *marker_args],
        cwd=REPO, env=real_env(), capture_output=True, text=True, timeout=600,
    )
    if result.returncode != 0:
        print(result.stdout[-20000:])
        print(result.stderr[-5000:], file=sys.stderr)
    assert result.returncode == 0, f"conformance tests fail against real Streamlit {version} (output above)"
    assert " passed" in result.stdout


# --- element lists: real Streamlit vs ours ---------------------------------------


@pytest.fixture(scope="module")
def real_lists() -> dict:
    python = venv_python(REFERENCE)
    result = subprocess.run(
        [str(python), str(HERE / "element_lists.py")],
        cwd=HERE, env=real_env(), capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    return json.loads(result.stdout)


from element_lists import SCENARIOS, snapshots  # noqa: E402 - after the skip marker


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_element_lists_match_real_streamlit(name: str, real_lists: dict) -> None:
    expected = real_lists[name]
    assert not (isinstance(expected, dict) and "error" in expected), f"real Streamlit failed: {expected}"
    ours = json.loads(json.dumps(snapshots(name)))
    for step, (want, got) in enumerate(zip(expected, ours)):
        assert got == want, f"{name}: element list after step {step} differs from real Streamlit {REFERENCE}"
    assert len(ours) == len(expected)
