"""`stc build` as an author meets it: what the
site folder holds, which Pyodide packages it vendors, that every URL is
relative, the summary, and that a failed build leaves no half-written output.

Runs in CPython through click's CliRunner, offline, against the real Pyodide
0.27.7 cache (skipped when it is not filled: `stc pyodide fetch`).
"""

from __future__ import annotations

import html.parser
import importlib.metadata
import importlib.util
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from stc import pyodide
from stc.cli import main

VERSION = "0.27.7"
PANDAS_CLOSURE = ["numpy", "pandas", "python-dateutil", "pytz", "six"]
CORE_FILES = {"pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"}


@pytest.fixture(autouse=True)
def real_cache(monkeypatch):
    """Builds use the real 0.27.7 cache (read only: it is already complete)."""
    monkeypatch.delenv("STC_CACHE_DIR", raising=False)
    cache = pyodide.cache_dir(VERSION)
    if not (cache / "pyodide-lock.json").is_file() or not any(cache.glob("pandas-*.whl")):
        pytest.skip(f"no Pyodide {VERSION} cache with pandas at {cache} (run `stc pyodide fetch`)")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def stc(*args: object) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args])
    # Anything but a clean exit or sys.exit would be a traceback of ours.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def build_ok(app: Path, out: Path) -> Result:
    result = stc("build", app, "-o", out)
    assert result.exit_code == 0, result.output
    return result


def site_packages(out: Path) -> list[str]:
    """Package files in the site's pyodide/ folder, as lock names."""
    lock = json.loads((out / "pyodide" / "pyodide-lock.json").read_text())
    shipped = {p.name for p in (out / "pyodide").iterdir()} - CORE_FILES
    assert shipped == {spec["file_name"] for spec in lock["packages"].values()}
    return sorted(lock["packages"])


# -- what the site holds ------------------------------------------------------


def test_plain_app_site_layout(tmp_path):
    app = write(tmp_path / "src" / "app.py", 'import streamlit as st\nst.write("hi")\n')
    write(tmp_path / "src" / "data" / "numbers.csv", "a,b\n1,2\n")
    out = tmp_path / "site"
    build_ok(app, out)

    for rel in ["index.html", "assets/stc-main.js", "assets/stc-worker.js", "assets/stc.css", "assets/stc_runtime.zip"]:
        assert (out / rel).is_file() and (out / rel).stat().st_size > 0, rel
    assert {p.name for p in (out / "pyodide").iterdir()} == CORE_FILES  # no package for a plain app
    assert site_packages(out) == []
    assert sorted(p.relative_to(out / "app").as_posix() for p in (out / "app").rglob("*") if p.is_file()) == [
        "app.py",
        "data/numbers.csv",
    ]
    assert (out / "app" / "app.py").read_text() == app.read_text()


def test_pandas_app_ships_exactly_the_closure(tmp_path):
    app = write(tmp_path / "app.py", "import streamlit as st\nimport pandas as pd\nst.write(pd.DataFrame({'a': [1]}))\n")
    out = tmp_path / "site"
    result = build_ok(app, out)
    assert site_packages(out) == PANDAS_CLOSURE
    config = _config(out)
    assert sorted(config["packages"]) == PANDAS_CLOSURE
    assert "packages: " + ", ".join(PANDAS_CLOSURE) in result.output


def test_pandas_imported_from_a_local_module(tmp_path):
    app = write(tmp_path / "app.py", "import streamlit as st\nimport helpers\nst.write(helpers.frame())\n")
    write(tmp_path / "helpers.py", "import pandas as pd\n\ndef frame():\n    return pd.DataFrame({'a': [1]})\n")
    out = tmp_path / "site"
    build_ok(app, out)
    assert site_packages(out) == PANDAS_CLOSURE
    assert (out / "app" / "helpers.py").is_file()


def test_pandas_imported_two_levels_deep_in_a_local_package(tmp_path):
    app = write(tmp_path / "app.py", "from lib import tables\n")
    write(tmp_path / "lib" / "__init__.py", "")
    write(tmp_path / "lib" / "tables.py", "from . import frames\n")
    write(tmp_path / "lib" / "frames.py", "def f():\n    import numpy\n")
    out = tmp_path / "site"
    build_ok(app, out)
    assert site_packages(out) == ["numpy"]


def test_a_module_not_imported_adds_no_package(tmp_path):
    # Only imports reachable from the entrypoint count: an unused module's
    # imports would make every visitor download packages the app never loads.
    app = write(tmp_path / "app.py", "import streamlit as st\n")
    write(tmp_path / "unused.py", "import pandas\n")
    out = tmp_path / "site"
    build_ok(app, out)
    assert site_packages(out) == []
    assert (out / "app" / "unused.py").is_file()  # still published: it is one of the app's files


class _Urls(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.config: str | None = None
        self._in_config = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.urls += [v for k, v in attrs if k in ("src", "href", "action", "poster", "data") and v is not None]
        self._in_config = a.get("id") == "stc-config"

    def handle_data(self, data):
        if self._in_config:
            self.config = data
            self._in_config = False


def _config(out: Path) -> dict:
    parser = _Urls()
    parser.feed((out / "index.html").read_text(encoding="utf-8"))
    assert parser.config is not None, "index.html has no stc-config block"
    return json.loads(parser.config)


def test_all_urls_in_index_html_are_relative(tmp_path):
    app = write(tmp_path / "app.py", "import pandas\n")
    out = tmp_path / "site"
    build_ok(app, out)
    text = (out / "index.html").read_text(encoding="utf-8")
    parser = _Urls()
    parser.feed(text)
    config = json.loads(parser.config)
    urls = parser.urls + [config[k] for k in ("worker", "pyodide", "runtime", "app")]
    assert parser.urls, "no URL found in index.html"
    for url in urls:
        if url.startswith("data:"):
            continue  # inline (the empty favicon): no request at all
        assert not url.startswith(("/", "http:", "https:")) and "://" not in url, url
        assert (out / url).exists(), url
    assert "http://" not in text and "https://" not in text
    assert config["entrypoint"] == "app.py"
    assert config["app_files"] == ["app.py"]


def test_summary_names_packages_files_size_and_says_everything_is_public(tmp_path):
    app = write(tmp_path / "app.py", "import pandas\n")
    result = build_ok(app, tmp_path / "site")
    out = result.output
    assert "packages: numpy, pandas" in out
    assert "app files: 1" in out
    assert " files, " in out and " MB" in out
    assert "public" in out.lower()


def test_default_output_is_dist_beside_the_app_and_rebuild_replaces_it(tmp_path):
    app = write(tmp_path / "app.py", "import streamlit as st\n")
    extra = write(tmp_path / "extra.py", "")
    result = stc("build", app)
    assert result.exit_code == 0, result.output
    dist = tmp_path / "dist"
    assert (dist / "app" / "extra.py").is_file()
    assert not (dist / "app" / "dist").exists()  # the output folder is not part of the app

    extra.unlink()
    assert stc("build", app).exit_code == 0
    assert not (dist / "app" / "extra.py").exists()  # a stale file does not survive a rebuild
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.py", "dist"]  # no temp folders left


# -- failures leave no half-written output -----------------------------------


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_failed_build_leaves_the_old_site_intact(tmp_path):
    app = write(tmp_path / "app" / "app.py", "import streamlit as st\nst.write('v1')\n")
    out = tmp_path / "site"
    build_ok(app, out)
    before = _snapshot(out)

    write(app, "import streamlit as st\nst.write('v2'\n")
    result = stc("build", app, "-o", out)
    assert result.exit_code == 1
    assert "app.py:2:" in result.output
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app", "site"]  # no temp folder beside it


def test_failed_first_build_writes_nothing(tmp_path):
    app = write(tmp_path / "app" / "app.py", "import notapackage_xyz\n")
    result = stc("build", app, "-o", tmp_path / "site")
    assert result.exit_code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app"]


def test_refuses_to_replace_a_folder_that_is_not_an_stc_site(tmp_path):
    app = write(tmp_path / "app" / "app.py", "import streamlit as st\n")
    out = tmp_path / "notes"
    write(out / "todo.txt", "keep me")
    result = stc("build", app, "-o", out)
    assert result.exit_code == 1
    assert "refusing" in result.output and str(out) in result.output
    assert _snapshot(out) == {"todo.txt": b"keep me"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app", "notes"]


def test_refuses_to_replace_a_hand_written_website(tmp_path):
    # An index.html alone does not make a folder stc's to delete.
    app = write(tmp_path / "app" / "app.py", "import streamlit as st\n")
    out = tmp_path / "www"
    write(out / "index.html", "<h1>my homepage</h1>")
    write(out / "blog" / "post.html", "<p>hello</p>")
    before = _snapshot(out)
    result = stc("build", app, "-o", out)
    assert result.exit_code == 1
    assert "refusing" in result.output
    assert _snapshot(out) == before


def test_builds_into_an_empty_existing_folder(tmp_path):
    app = write(tmp_path / "app" / "app.py", "import streamlit as st\n")
    (tmp_path / "empty").mkdir()
    build_ok(app, tmp_path / "empty")
    assert (tmp_path / "empty" / "index.html").is_file()


@pytest.mark.parametrize("where", ["app folder", "parent of the app"])
def test_refuses_an_output_folder_that_contains_the_app(tmp_path, where):
    app = write(tmp_path / "proj" / "app.py", "import streamlit as st\n")
    out = tmp_path / "proj" if where == "app folder" else tmp_path
    result = stc("build", app, "-o", out)
    assert result.exit_code == 1
    assert "-o" in result.output
    assert app.is_file()


def test_output_path_that_is_a_file(tmp_path):
    app = write(tmp_path / "app" / "app.py", "import streamlit as st\n")
    target = write(tmp_path / "site", "a file")
    result = stc("build", app, "-o", target)
    assert result.exit_code == 1
    assert "not a folder" in result.output
    assert target.read_text() == "a file"


# -- the runtime ---------------------------------------------------------------


def test_runtime_zip_imports_with_zipimport(tmp_path):
    app = write(tmp_path / "app.py", "import streamlit as st\n")
    out = tmp_path / "site"
    build_ok(app, out)
    zpath = out / "assets" / "stc_runtime.zip"
    with zipfile.ZipFile(zpath) as zf:
        names = zf.namelist()
    assert "stc_runtime/__init__.py" in names
    assert all(n.startswith("stc_runtime/") and n.endswith(".py") for n in names), names

    # -I -S: no site-packages, so the editable install cannot supply the package.
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import stc_runtime; "
        "assert stc_runtime.__file__.startswith(sys.argv[1]), stc_runtime.__file__; "
        "assert 'streamlit' not in sys.modules; print('ok')"
    )
    proc = subprocess.run([sys.executable, "-I", "-S", "-c", code, str(zpath)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def _real_streamlit_installed() -> bool:
    try:
        importlib.metadata.distribution("streamlit")
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def test_installing_stc_provides_no_streamlit_module():
    # The runtime is `streamlit` only through sys.modules inside the worker,
    # prerender and AppTest; installing stc must never shadow a real Streamlit
    # installed next to it.
    dist = importlib.metadata.distribution("stc")
    top_level = (dist.read_text("top_level.txt") or "").split()
    assert "streamlit" not in top_level
    for f in dist.files or []:
        assert not str(f).startswith(("streamlit/", "streamlit.py")), f
    for base in (Path(__import__("stc").__file__).parents[1], Path(__import__("stc_runtime").__file__).parents[1]):
        assert not (base / "streamlit").exists() and not (base / "streamlit.py").exists(), base
    if not _real_streamlit_installed():
        # In a fresh interpreter: other tests of this session install the
        # runtime as `streamlit` in sys.modules, as AppTest does.
        probe = subprocess.run(
            [sys.executable, "-c", "import importlib.util, stc, stc_runtime; print(importlib.util.find_spec('streamlit'))"],
            capture_output=True, text=True, check=True,
        )
        assert probe.stdout.strip() == "None"
