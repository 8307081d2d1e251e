"""A regular install works: the wheel `pip install .` builds carries every
module, the prerender's and snapshot's Node scripts, the page template and
the browser bundle, and an stc installed from it into a fresh venv builds an
example from a folder outside the checkout.

Builds the wheel from a copy of the checkout (the files a clone holds, plus
uncommitted ones), so the checkout never gets a build/ folder. The copy
reuses the checkout's bundle and npm packages when they are there; the build
hook bundles again only if the sources are newer. Needs pip to reach PyPI
(the wheel's dependencies), Node.js, and the real Pyodide 0.27.7 cache
(skipped when it is not filled: `stc pyodide fetch`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("STC_CACHE_DIR") or Path.home() / ".cache" / "stc")
PYODIDE = CACHE / "pyodide" / "0.27.7"
# Each step is minutes at most; a hang fails instead of blocking the suite.
STEP_TIMEOUT = 600

pytestmark = [
    pytest.mark.skipif(not (PYODIDE / "pyodide.asm.js").is_file(), reason=f"no Pyodide 0.27.7 cache at {PYODIDE}"),
    pytest.mark.skipif(shutil.which("node") is None, reason="the wheel's bundle and the build need Node.js"),
]


def run(cmd: list[str | Path], **kwargs) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=STEP_TIMEOUT, **kwargs)
    assert proc.returncode == 0, f"{' '.join(map(str, cmd))}\n{proc.stdout}\n{proc.stderr}"
    return proc


def isolated_env(**extra: str) -> dict[str, str]:
    """The environment an installed stc runs in: no PYTHONPATH (the test run
    points it at the checkout, which would hide a module missing from the
    wheel) and no virtualenv of the test run's."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env | extra


def source_modules(package_dir: Path) -> set[str]:
    return {p.relative_to(package_dir.parent).as_posix() for p in package_dir.rglob("*.py")}


@dataclass(frozen=True)
class Built:
    wheel: Path
    src: Path  #: the copy it was built from (what it must hold)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    src = tmp_path_factory.mktemp("checkout")
    files = run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO).stdout.split("\0")
    for rel in filter(None, files):
        if (REPO / rel).is_file():  # a deleted, not yet committed file is still listed
            (src / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / rel, src / rel)  # mtimes kept: the bundle's freshness check sees the same ages
    if (REPO / "runtime_js" / "dist").is_dir():
        shutil.copytree(REPO / "runtime_js" / "dist", src / "runtime_js" / "dist")
    if (REPO / "runtime_js" / "node_modules").is_dir():
        (src / "runtime_js" / "node_modules").symlink_to(REPO / "runtime_js" / "node_modules")
    out = tmp_path_factory.mktemp("wheel")
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", out, src], env=isolated_env())
    (wheel,) = out.glob("stc-*.whl")
    return Built(wheel, src)


def test_wheel_carries_every_module_and_the_bundle(built):
    names = set(zipfile.ZipFile(built.wheel).namelist())
    # Every module of both packages, subpackages included.
    missing = (source_modules(built.src / "compiler" / "stc") | source_modules(built.src / "runtime_py" / "stc_runtime")) - names
    assert not missing, f"not in the wheel: {sorted(missing)}"
    for data in ("stc/prerender.mjs", "stc/snapshot.mjs", "stc/templates/index.html.j2"):
        assert data in names
    for entry in ("stc-main.js", "stc-worker.js", "stc-sw.js", "stc.css", "katex/katex.min.css", "maps/countries-110m.json"):
        assert f"stc/_bundle/{entry}" in names
    assert any(n.startswith("stc/_bundle/chunks/") for n in names)
    assert not [n for n in names if n.endswith(".map")], "source maps are never shipped"
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_installed_wheel_builds_an_example_from_another_folder(built, tmp_path):
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv], env=isolated_env())
    python = venv / "bin" / "python"
    # With its dependencies, from PyPI, as a user installs it.
    run([python, "-m", "pip", "install", "-q", built.wheel], env=isolated_env())
    where = run([python, "-c", "import stc, stc_runtime; print(stc.__file__); print(stc_runtime.__file__)"], cwd=tmp_path, env=isolated_env())
    assert all(line.startswith(str(venv)) for line in where.stdout.split()), where.stdout

    project = tmp_path / "project"
    project.mkdir()
    shutil.copy2(built.src / "examples" / "counter" / "app.py", project / "app.py")
    result = run([venv / "bin" / "stc", "build", "app.py", "-o", "out"], cwd=project, env=isolated_env(STC_CACHE_DIR=str(CACHE)))
    assert "Built" in result.stdout, result.stdout
    site = project / "out"
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "Counter Example using Callbacks" in index  # prerendered by the installed runtime
    # The page's bundle is the one the wheel carries (the checkout is not reachable).
    with zipfile.ZipFile(built.wheel) as whl:
        assert (site / "assets" / "stc-main.js").read_bytes() == whl.read("stc/_bundle/stc-main.js")
    assert (site / "stc-sw.js").is_file()
    with zipfile.ZipFile(site / "assets" / "stc_runtime.zip") as runtime:
        shipped = set(runtime.namelist())
    assert source_modules(built.src / "runtime_py" / "stc_runtime") <= shipped
    assert any(n.startswith("stc_runtime/elements/") and n.endswith(".py") for n in shipped)
    assert any(n.startswith("stc_runtime/caching/") and n.endswith(".py") for n in shipped)
