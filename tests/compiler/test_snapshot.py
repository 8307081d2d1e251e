"""The build's memory snapshot (compiler/stc/snapshot.py):
what the site ships, that it is made once per Pyodide and runtime and then
reused, that it holds the runtime imported (with JSPI, which st.cache_data's
reads need), and that a build without Node.js still succeeds and says why.

Runs against the real Pyodide 0.27.7 cache (skipped when it is not filled)
and Node.js (skipped where there is none).
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from stc import assets, pyodide, snapshot
from stc.build import build

VERSION = "0.27.7"


@pytest.fixture(autouse=True)
def real_pyodide(monkeypatch):
    monkeypatch.delenv("STC_CACHE_DIR", raising=False)
    if not (pyodide.cache_dir(VERSION) / "pyodide.asm.js").is_file():
        pytest.skip(f"no Pyodide {VERSION} cache (run `stc pyodide fetch`)")


def app(tmp_path: Path) -> Path:
    path = tmp_path / "src" / "app.py"
    path.parent.mkdir(parents=True)
    path.write_text("import streamlit as st\nst.title('Snapshot')\n", encoding="utf-8")
    return path


def boot_config(site: Path) -> dict:
    html = (site / "index.html").read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="stc-config">(.*?)</script>', html, re.S).group(1))


needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="no Node.js")


@needs_node
def test_site_ships_the_snapshot_named_by_its_content(tmp_path):
    site = tmp_path / "site"
    build(app(tmp_path), site, log=lambda m: None)
    rel = boot_config(site)["snapshot"]
    assert re.fullmatch(r"assets/stc-snapshot-[0-9a-f]{16}\.bin", rel)
    data = (site / rel).read_bytes()
    assert data[:2] == b"\x1f\x8b"  # gzip: about 5 MB instead of 21
    raw = gzip.decompress(data)
    assert len(raw) > 10_000_000 and len(data) < len(raw) / 2
    # It is in the service worker's manifest, so a return visit and offline use have it.
    sw = (site / "stc-sw.js").read_text(encoding="utf-8")
    assert f'"{rel}"' in sw


@needs_node
def test_snapshot_is_made_once_and_reused(tmp_path, monkeypatch):
    monkeypatch.setattr(snapshot, "cache_root", lambda: tmp_path / "cache")
    pyodide_dir = pyodide.cache_dir(VERSION)
    runtime_zip = assets.runtime_zip_bytes()
    notes: list[str] = []
    first = snapshot.memory_snapshot(pyodide_dir, runtime_zip, log=notes.append)
    assert first is not None and any("memory snapshot made" in n for n in notes), notes
    assert len(list((tmp_path / "cache" / "snapshots").glob("*.bin.gz"))) == 1

    # The second time Node.js is never started.
    real_run = snapshot.subprocess.run

    def no_node(*args, **kwargs):
        raise AssertionError("Node.js was run again")

    monkeypatch.setattr(snapshot.subprocess, "run", no_node)
    assert snapshot.memory_snapshot(pyodide_dir, runtime_zip, log=notes.append) == first
    # Another runtime is another snapshot (its imports are in it).
    monkeypatch.setattr(snapshot.subprocess, "run", real_run)
    other = snapshot.memory_snapshot(pyodide_dir, runtime_zip + b"\0", log=notes.append)
    assert other is not None and other.digest != first.digest


def test_without_node_the_build_says_why_and_the_site_starts_from_scratch(tmp_path, monkeypatch):
    monkeypatch.setattr(snapshot, "cache_root", lambda: tmp_path / "cache")
    monkeypatch.setattr(snapshot.shutil, "which", lambda name: None)
    notes: list[str] = []
    site = tmp_path / "site"
    build(app(tmp_path), site, log=notes.append)
    assert any("no memory snapshot" in n and "Node.js" in n for n in notes), notes
    assert boot_config(site)["snapshot"] is None
    assert not list((site / "assets").glob("stc-snapshot-*"))


def test_no_snapshot_flag(tmp_path):
    from click.testing import CliRunner
    from stc.cli import main

    site = tmp_path / "site"
    result = CliRunner().invoke(main, ["build", str(app(tmp_path)), "-o", str(site), "--no-snapshot"])
    assert result.exit_code == 0, result.output
    assert boot_config(site)["snapshot"] is None
    assert "memory snapshot: none" in result.output


@needs_node
def test_summary_names_the_snapshot(tmp_path):
    from click.testing import CliRunner
    from stc.cli import main

    result = CliRunner().invoke(main, ["build", str(app(tmp_path)), "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    assert re.search(r"memory snapshot: \d+(\.\d+)? MB \(the browser restores Python", result.output), result.output


@needs_node
def test_snapshot_holds_the_runtime_imported_with_jspi(tmp_path):
    """Run the maker directly and restore its output under Node: the runtime
    and every element family are already imported, `streamlit` is the
    runtime, and nothing of the build machine's environment leaked in."""
    runtime = tmp_path / "stc_runtime.zip"
    runtime.write_bytes(assets.runtime_zip_bytes())
    raw = tmp_path / "snap.bin"
    pyodide_dir = pyodide.cache_dir(VERSION)
    node = shutil.which("node")
    proc = subprocess.run([node, *snapshot.jspi_flag(node), str(snapshot.SCRIPT), str(pyodide_dir), str(runtime),
                           snapshot.WORKER_RUNTIME_ZIP, str(raw)], capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    stats = json.loads(proc.stdout.strip().splitlines()[-1])
    assert stats["bytes"] == raw.stat().st_size
    # The snapshot is published: no path of the build machine is in it.
    memory = raw.read_bytes()
    for private in (str(snapshot.SCRIPT.parent), str(tmp_path), str(pyodide_dir)):
        assert private.encode() not in memory, private
    check = tmp_path / "check.mjs"
    check.write_text(
        "import { readFileSync } from 'node:fs';\n"
        "import { pathToFileURL } from 'node:url';\n"
        "const [dir, zip, snap] = process.argv.slice(2);\n"
        "const { loadPyodide } = await import(pathToFileURL(dir + '/pyodide.mjs').href);\n"
        "const py = await loadPyodide({ indexURL: dir + '/', _loadSnapshot: readFileSync(snap),\n"
        f"  fsInit: (FS) => {{ FS.mkdirTree('/home/pyodide/.stc'); FS.writeFile({json.dumps(snapshot.WORKER_RUNTIME_ZIP)}, readFileSync(zip)); }} }});\n"
        "console.log(py.runPython(`import sys, os, json\n"
        "json.dumps({'families': sorted(m for m in sys.modules if m.startswith('stc_runtime.elements.')),\n"
        "  'streamlit': sys.modules.get('streamlit') is sys.modules.get('stc_runtime'),\n"
        "  'testing': any(m.startswith('stc_runtime.testing') for m in sys.modules),\n"
        "  'env': sorted(os.environ)})`));\n"
        "process.exit(0);\n",
        encoding="utf-8",
    )
    out = subprocess.run([node, str(check), str(pyodide_dir), str(runtime), str(raw)], capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    state = json.loads(out.stdout.strip().splitlines()[-1])
    assert {"stc_runtime.elements.inputs", "stc_runtime.elements.data", "stc_runtime.elements.layout"} <= set(state["families"])
    assert state["streamlit"] is True
    assert state["testing"] is False  # AppTest is for CPython, never a site
    assert "_" not in state["env"]  # Node's script path does not reach visitors
