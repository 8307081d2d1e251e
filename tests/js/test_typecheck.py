"""runtime_js type-checks: every module (``checkJs``) is checked by TypeScript (pinned in runtime_js/package-lock.json) against
the message typedefs generated into protocol.js, so a renderer or the worker
reading a field the protocol does not have fails here.

Two programs, because the page and the workers see different globals:
``tsconfig.json`` (the page, DOM) and ``tsconfig.worker.json`` (the Pyodide
worker and the service worker, WebWorker).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

RUNTIME_JS = Path(__file__).resolve().parents[2] / "runtime_js"
TSC = RUNTIME_JS / "node_modules" / ".bin" / "tsc"


@pytest.mark.parametrize("config", ["tsconfig.json", "tsconfig.worker.json"])
def test_runtime_js_typechecks(config: str) -> None:
    if not TSC.exists():
        pytest.skip("runtime_js/node_modules is missing (run `npm ci` in runtime_js)")
    if shutil.which("node") is None:
        pytest.skip("Node.js is not installed")
    result = subprocess.run([str(TSC), "-p", str(RUNTIME_JS / config)], cwd=RUNTIME_JS, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"tsc -p runtime_js/{config} failed:\n{result.stdout}{result.stderr}"


def test_a_renderer_reading_a_field_its_payload_lacks_fails(tmp_path: Path) -> None:
    # The same settings and typedefs, on a renderer that reads a field the
    # slider's payload class does not declare.
    if not TSC.exists() or shutil.which("node") is None:
        pytest.skip("runtime_js/node_modules or Node.js is missing")
    protocol = (RUNTIME_JS / "src" / "protocol.js").as_posix()
    (tmp_path / "probe.js").write_text(
        f"/** @param {{import({json.dumps(protocol)}).SliderElement}} el */\n"
        "export function create(el) { return [el.min, el.no_such_field]; }\n", encoding="utf-8")
    (tmp_path / "tsconfig.json").write_text(json.dumps({
        "extends": (RUNTIME_JS / "tsconfig.json").as_posix(),
        "include": ["probe.js"], "exclude": [],
    }), encoding="utf-8")
    result = subprocess.run([str(TSC), "-p", str(tmp_path)], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert "no_such_field" in result.stdout and "'min'" not in result.stdout, result.stdout
