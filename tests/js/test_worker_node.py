"""The worker module under Node (runtime_js/test/worker.test.mjs): boots a
built site's Pyodide from stc's cache and runs the app for Reruns as the
page sends them. Skipped without the Pyodide cache or Node."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from stc import pyodide_dist

REPO = Path(__file__).resolve().parents[2]
RUNTIME_JS = REPO / "runtime_js"


def test_worker_under_node() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed")
    version = pyodide_dist.DEFAULT_VERSION
    if not (pyodide_dist.cache_dir(version) / "pyodide.mjs").is_file():
        pytest.skip(f"no Pyodide {version} cache (run `stc pyodide fetch`)")
    if not (RUNTIME_JS / "node_modules").exists():
        pytest.skip("runtime_js/node_modules is missing (run `npm ci` in runtime_js)")
    env = {
        **os.environ,
        # The test builds its site with this Python and this checkout's stc.
        "STC_PYTHON": sys.executable,
        "PYTHONPATH": os.pathsep.join([str(REPO / "compiler"), str(REPO / "runtime_py"), os.environ.get("PYTHONPATH", "")]),
        "STC_CACHE_DIR": str(pyodide_dist.cache_root()),
        "STC_PYODIDE_VERSION": version,
    }
    result = subprocess.run([node, "--test", "test/"], cwd=RUNTIME_JS, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"node --test runtime_js/test/ failed:\n{result.stdout}\n{result.stderr}"
