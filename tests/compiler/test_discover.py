"""Which of the app's files `stc build` publishes: every
file under the app's folder except .git, __pycache__, virtualenvs, the output
folder, .streamlit/secrets.toml and what the app's .gitignore excludes; big
files and folders get a warning naming them.

`discover()` is called directly for the file lists; the CLI for what the
author reads (notes and warnings). CLI builds use the real Pyodide 0.27.7
cache and skip without it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from stc import discover as discover_mod
from stc import pyodide
from stc.cli import main
from stc.discover import discover
from stc.errors import BuildError


def write(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def app(tmp_path) -> Path:
    return write(tmp_path / "proj" / "app.py", "import streamlit as st\n")


def published(app: Path, out: Path | None = None) -> list[str]:
    return list(discover(app, out).files)


@pytest.fixture
def cli(monkeypatch):
    monkeypatch.delenv("STC_CACHE_DIR", raising=False)
    if not (pyodide.cache_dir("0.27.7") / "pyodide-lock.json").is_file():
        pytest.skip("no Pyodide 0.27.7 cache (run `stc pyodide fetch`)")

    def run(*args: object) -> Result:
        result = CliRunner().invoke(main, [str(a) for a in args])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        return result

    return run


def test_publishes_every_file_of_the_app(app):
    root = app.parent
    write(root / "helpers.py")
    write(root / "pages" / "1_Chart.py")
    write(root / "data" / "deep" / "table.csv")
    write(root / ".streamlit" / "config.toml", "[theme]\nbase = 'dark'\n")
    write(root / "static" / "logo.png")
    found = discover(app)
    assert found.root == root
    assert found.entrypoint == "app.py"
    assert list(found.files) == sorted(
        ["app.py", "helpers.py", "pages/1_Chart.py", "data/deep/table.csv", ".streamlit/config.toml", "static/logo.png"]
    )
    assert found.total_bytes == sum((root / f).stat().st_size for f in found.files)
    assert found.warnings == ()


def test_skips_git_pycache_and_virtualenvs(app):
    root = app.parent
    write(root / ".git" / "HEAD")
    write(root / "__pycache__" / "app.cpython-312.pyc")
    write(root / "lib" / "__pycache__" / "m.cpython-312.pyc")
    write(root / "lib" / "m.py")
    # A virtualenv is found by its pyvenv.cfg, whatever its name.
    write(root / "my-env" / "pyvenv.cfg", "home = /usr/bin\n")
    write(root / "my-env" / "lib" / "python3.12" / "site-packages" / "x.py")
    write(root / ".venv" / "pyvenv.cfg")
    write(root / "conda" / "conda-meta" / "history")
    assert published(app) == ["app.py", "lib/m.py"]


def test_skips_secrets_but_keeps_config(app):
    root = app.parent
    write(root / ".streamlit" / "secrets.toml", 'password = "hunter2"\n')
    write(root / ".streamlit" / "config.toml", "[theme]\nbase = 'dark'\n")
    assert published(app) == [".streamlit/config.toml", "app.py"]


def test_secrets_note_is_printed_and_secrets_are_not_in_the_site(app, tmp_path, cli):
    write(app.parent / ".streamlit" / "secrets.toml", 'password = "hunter2"\n')
    write(app.parent / ".streamlit" / "config.toml", "[theme]\nbase = 'dark'\n")
    out = tmp_path / "site"
    result = cli("build", app, "-o", out)
    assert result.exit_code == 0, result.output
    assert "secrets.toml" in result.output and "not published" in result.output
    assert not (out / "app" / ".streamlit" / "secrets.toml").exists()
    assert (out / "app" / ".streamlit" / "config.toml").is_file()
    assert not any("hunter2" in p.read_text(errors="replace") for p in out.rglob("*") if p.is_file() and p.stat().st_size < 1e6)


def test_skips_the_output_folder_inside_the_app_folder(app):
    root = app.parent
    write(root / "public" / "index.html")
    write(root / "public" / "whatever.txt")
    assert published(app, root / "public") == ["app.py"]
    assert published(app) == ["app.py", "public/index.html", "public/whatever.txt"]


def test_output_folder_inside_the_app_is_not_published_by_a_build(app, cli):
    out = app.parent / "site"
    assert cli("build", app, "-o", out).exit_code == 0
    assert cli("build", app, "-o", out).exit_code == 0  # the second build sees the first one's site
    assert sorted(p.name for p in (out / "app").iterdir()) == ["app.py"]


def test_an_earlier_site_in_another_folder_of_the_app_is_not_published(app, cli):
    # `stc build app.py` (dist/) then `stc build app.py -o site`: the site must
    # not carry dist/ with a second copy of Pyodide.
    root = app.parent
    assert cli("build", app).exit_code == 0
    result = cli("build", app, "-o", root / "site")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (root / "site" / "app").iterdir()) == ["app.py"]
    assert "app files: 1;" in result.output


def test_leftover_build_temp_folders_are_not_published(app):
    # What a build killed halfway leaves beside its output (package.py).
    root = app.parent
    write(root / ".dist.stc-k2j3h4" / "assets" / "stc-main.js")
    write(root / ".dist.old-a_b9" / "site" / "index.html")
    assert published(app) == ["app.py"]


def test_gitignore_patterns_and_directories(app):
    root = app.parent
    write(root / ".gitignore", "# comment\n*.log\n!keep.log\nbuild/\ndata/raw\n/top.txt\n*.tmp\n")
    for rel in ["a.log", "keep.log", "sub/b.log", "build/x.txt", "data/raw/big.bin", "data/clean.csv",
                "top.txt", "sub/top.txt", "sub/c.tmp", "sub/build/y.txt"]:
        write(root / rel)
    assert published(app) == sorted(
        [".gitignore", "app.py", "keep.log", "data/clean.csv", "sub/top.txt"]
    )


def test_big_file_and_folder_warnings_name_them(app, monkeypatch):
    monkeypatch.setattr(discover_mod, "FILE_WARN_BYTES", 1000)
    monkeypatch.setattr(discover_mod, "TOTAL_WARN_BYTES", 3000)
    root = app.parent
    write(root / "data" / "huge.bin", "x" * 1500)
    write(root / "data" / "more.bin", "x" * 900)
    write(root / "data" / "even_more.bin", "x" * 900)
    write(root / "small" / "a.txt", "x" * 900)
    warnings = discover(app).warnings
    assert len(warnings) == 2, warnings
    assert "data/huge.bin" in warnings[0]
    assert "data/" in warnings[1] and "small" not in warnings[1]


def test_whole_app_over_the_folder_limit_is_named(app, monkeypatch):
    # Big files directly in the app folder sit in no subfolder.
    monkeypatch.setattr(discover_mod, "TOTAL_WARN_BYTES", 2000)
    for i in range(3):
        write(app.parent / f"part{i}.csv", "x" * 900)
    (warning,) = discover(app).warnings
    assert str(app.parent) in warning


def test_big_file_warning_is_printed_by_build(app, tmp_path, monkeypatch, cli):
    monkeypatch.setattr(discover_mod, "FILE_WARN_BYTES", 1000)
    write(app.parent / "model.bin", "x" * 2000)
    result = cli("build", app, "-o", tmp_path / "site")
    assert result.exit_code == 0, result.output
    assert "warning:" in result.output and "model.bin" in result.output
    assert (tmp_path / "site" / "app" / "model.bin").is_file()  # a warning, not an exclusion


def test_missing_entrypoint_and_non_python_file(tmp_path):
    with pytest.raises(BuildError, match="no such file"):
        discover(tmp_path / "nope.py")
    with pytest.raises(BuildError, match=r"\.py file"):
        discover(write(tmp_path / "app.txt"))
    with pytest.raises(BuildError, match="no such file"):
        discover(tmp_path)  # a folder is not a script
