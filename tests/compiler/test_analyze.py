"""The analysis stage: syntax errors reported as
`file:line:col` with the source line and a caret, imports followed through
the app's local modules and mapped to Pyodide packages, and unknown imports
reported with file:line unless they are optional.

Unit tests call `analyze()` with a small import map; the CLI tests at the end
run `stc build` against the real Pyodide 0.27.7 cache (skipped without it).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from stc import pyodide
from stc.analyze import analyze
from stc.cli import main
from stc.discover import discover
from stc.errors import BuildError

IMPORT_MAP = {"pandas": "pandas", "numpy": "numpy", "dateutil": "python-dateutil", "sqlite3": "sqlite3"}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run(app: Path, import_map: dict[str, str] = IMPORT_MAP):
    files = discover(app)
    return analyze(files.root, files.entrypoint, files.files, import_map, pyodide_version="0.27.7")


def error_of(app: Path) -> str:
    with pytest.raises(BuildError) as info:
        run(app)
    return str(info.value)


# -- syntax errors --------------------------------------------------------------


def test_syntax_error_in_entrypoint_has_position_line_and_caret(tmp_path):
    app = write(tmp_path / "app.py", "import streamlit as st\n\nif True\n    st.write('hi')\n")
    msg = error_of(app)
    lines = msg.splitlines()
    assert lines[0].startswith("app.py:3:8: SyntaxError: ")
    assert lines[1].strip() == "if True"
    # The caret sits under the column Python reported (col 8, just after "if True").
    assert lines[2].index("^") - lines[1].index("if") == 7
    assert "Traceback" not in msg


def test_caret_follows_indentation(tmp_path):
    app = write(tmp_path / "app.py", "def f():\n        return (1 +\n\nx = 1\n")
    lines = error_of(app).splitlines()
    assert lines[0].startswith("app.py:2:16: SyntaxError: ")
    source, caret = lines[1], lines[2]
    assert source.strip() == "return (1 +"
    assert source[caret.index("^")] == "("


def test_indentation_error(tmp_path):
    app = write(tmp_path / "app.py", "if True:\n    x = 1\n      y = 2\n")
    lines = error_of(app).splitlines()
    assert lines[0].startswith("app.py:3:")
    assert "IndentationError" in lines[0]
    assert lines[1].strip() == "y = 2"
    assert lines[2].strip() == "^"


def test_syntax_error_in_an_imported_local_module_names_that_module(tmp_path):
    app = write(tmp_path / "app.py", "import streamlit as st\nfrom lib import tools\n")
    write(tmp_path / "lib" / "__init__.py", "")
    write(tmp_path / "lib" / "tools.py", "x = 1\ndef broken(:\n    pass\n")
    lines = error_of(app).splitlines()
    assert lines[0].startswith("lib/tools.py:2:12: SyntaxError: ")
    assert lines[1].strip() == "def broken(:"
    assert lines[1][lines[2].index("^")] == ":"


def test_null_byte_gets_a_position(tmp_path):
    app = write(tmp_path / "app.py", 'x = 1\ny = "a\0b"\n')
    lines = error_of(app).splitlines()
    assert lines[0].startswith("app.py:2:7: SyntaxError: ")
    assert "null" in lines[0]
    assert lines[2].index("^") - lines[1].index("y") == 6


def test_non_utf8_source(tmp_path):
    app = tmp_path / "app.py"
    app.write_bytes(b'x = "\xff"\n')
    assert "app.py: not UTF-8" in error_of(app)


# -- imports --------------------------------------------------------------------


def test_stdlib_streamlit_and_pyodide_modules_need_no_package(tmp_path):
    app = write(
        tmp_path / "app.py",
        "import streamlit as st\nimport os, json, asyncio\nfrom collections import Counter\nimport js\nimport pyodide\n",
    )
    assert run(app).packages == ()


def test_imports_map_to_packages_wherever_they_are(tmp_path):
    app = write(
        tmp_path / "app.py",
        "import pandas as pd\n"
        "def load():\n    import numpy.linalg\n"
        "class C:\n    from dateutil import parser\n"
        "if True:\n    import sqlite3\n",
    )
    assert run(app).packages == ("numpy", "pandas", "python-dateutil", "sqlite3")


def test_local_modules_are_followed(tmp_path):
    app = write(tmp_path / "app.py", "import helpers\nfrom pkg.sub import thing\n")
    write(tmp_path / "helpers.py", "import pandas\n")
    write(tmp_path / "pkg" / "__init__.py", "")
    write(tmp_path / "pkg" / "sub.py", "from .. import other\nfrom . import deeper\nthing = 1\n")
    write(tmp_path / "other.py", "")
    write(tmp_path / "pkg" / "deeper.py", "import numpy\n")
    result = run(app)
    assert result.packages == ("numpy", "pandas")
    assert set(result.local_modules) >= {"app.py", "helpers.py", "pkg/sub.py", "pkg/deeper.py"}


def test_import_cycle_between_local_modules(tmp_path):
    app = write(tmp_path / "app.py", "import a\n")
    write(tmp_path / "a.py", "import b\n")
    write(tmp_path / "b.py", "import a\nimport numpy\n")
    assert run(app).packages == ("numpy",)


def test_unknown_import_names_file_line_and_module(tmp_path):
    app = write(tmp_path / "app.py", "import streamlit as st\nimport helpers\n")
    write(tmp_path / "helpers.py", "import os\n\nfrom notapackage_xyz.sub import thing\n")
    msg = error_of(app)
    assert "helpers.py:3:" in msg
    assert "notapackage_xyz" in msg
    assert "0.27.7" in msg
    assert "except ImportError" in msg  # the way out


def test_all_unknown_imports_are_listed_once(tmp_path):
    app = write(tmp_path / "app.py", "import nope_one\nimport nope_two\nfrom nope_one import a, b\n")
    msg = error_of(app)
    assert "app.py:1:" in msg and "app.py:2:" in msg and "app.py:3:" in msg
    assert msg.count("app.py:3:") == 1


@pytest.mark.parametrize(
    "guard",
    ["except ImportError:", "except ModuleNotFoundError:", "except (ImportError, ValueError):", "except Exception:", "except:"],
)
def test_optional_import_is_allowed(tmp_path, guard):
    app = write(tmp_path / "app.py", f"try:\n    import notapackage_xyz\n{guard}\n    notapackage_xyz = None\n")
    assert run(app).packages == ()


def test_import_in_the_handler_of_a_guard_is_not_optional(tmp_path):
    app = write(tmp_path / "app.py", "try:\n    import json\nexcept ImportError:\n    import notapackage_xyz\n")
    assert "app.py:4:" in error_of(app)


def test_try_without_an_import_error_handler_is_not_a_guard(tmp_path):
    app = write(tmp_path / "app.py", "try:\n    import notapackage_xyz\nexcept KeyError:\n    pass\n")
    assert "app.py:2:" in error_of(app)


def test_an_optional_known_package_is_still_shipped(tmp_path):
    app = write(tmp_path / "app.py", "try:\n    import pandas\nexcept ImportError:\n    pandas = None\n")
    assert run(app).packages == ("pandas",)


def test_a_local_module_wins_over_a_package_of_the_same_name(tmp_path):
    # The app's folder is first on sys.path, as with `streamlit run`.
    app = write(tmp_path / "app.py", "import pandas\n")
    write(tmp_path / "pandas.py", "")
    assert run(app).packages == ()


# -- through the CLI --------------------------------------------------------------


@pytest.fixture
def stc(monkeypatch):
    monkeypatch.delenv("STC_CACHE_DIR", raising=False)
    if not (pyodide.cache_dir("0.27.7") / "pyodide-lock.json").is_file():
        pytest.skip("no Pyodide 0.27.7 cache (run `stc pyodide fetch`)")

    def invoke(*args: object) -> Result:
        result = CliRunner().invoke(main, [str(a) for a in args])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        return result

    return invoke


def test_cli_syntax_error_in_entrypoint(tmp_path, stc):
    app = write(tmp_path / "app.py", "import streamlit as st\nst.write('hi'\n")
    result = stc("build", app, "-o", tmp_path / "site")
    assert result.exit_code == 1
    assert "app.py:2:9: SyntaxError: '(' was never closed" in result.output
    assert "st.write('hi'" in result.output and "^" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "site").exists()


def test_cli_syntax_error_in_local_module(tmp_path, stc):
    app = write(tmp_path / "app.py", "import helpers\n")
    write(tmp_path / "helpers.py", "def f():\nreturn 1\n")
    result = stc("build", app, "-o", tmp_path / "site")
    assert result.exit_code == 1
    assert "helpers.py:2:1: IndentationError" in result.output
    assert "return 1" in result.output
    assert "Traceback" not in result.output


def test_cli_unknown_import_and_optional_import(tmp_path, stc):
    app = write(tmp_path / "app.py", "import streamlit as st\nimport notapackage_xyz\n")
    result = stc("build", app, "-o", tmp_path / "site")
    assert result.exit_code == 1
    assert "app.py:2:" in result.output and "notapackage_xyz" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "site").exists()

    write(app, "import streamlit as st\ntry:\n    import notapackage_xyz\nexcept ImportError:\n    notapackage_xyz = None\n")
    result = stc("build", app, "-o", tmp_path / "site")
    assert result.exit_code == 0, result.output
    assert "packages: none" in result.output


def test_syntax_error_through_the_real_command(tmp_path):
    # One run of the installed entry point: what the terminal really shows.
    if not (pyodide.cache_dir("0.27.7") / "pyodide-lock.json").is_file():
        pytest.skip("no Pyodide 0.27.7 cache")
    app = write(tmp_path / "app.py", "x = = 1\n")
    proc = subprocess.run(
        [sys.executable, "-c", "from stc.cli import main; main()", "build", str(app), "-o", str(tmp_path / "site")],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: app.py:1:5: SyntaxError: invalid syntax\n    x = = 1\n        ^\n"), proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout


def test_an_element_that_needs_pandas_brings_it_without_an_import(tmp_path):
    # Streamlit's own plotting demo draws st.line_chart from a NumPy array
    # and never imports pandas; the runtime's chart code does.
    (tmp_path / "app.py").write_text(
        "import numpy as np\nimport streamlit as st\nchart = st.line_chart(np.random.randn(1, 1))\n"
        "chart.add_rows(np.random.randn(5, 1))\n", encoding="utf-8")
    result = analyze(tmp_path, "app.py", ("app.py",), {"numpy": "numpy", "pandas": "pandas"}, pyodide_version="0.27.7")
    assert set(result.packages) == {"numpy", "pandas"}
    (tmp_path / "app.py").write_text("import numpy as np\nimport streamlit as st\nst.write(np.arange(3).sum())\n",
                                     encoding="utf-8")
    assert analyze(tmp_path, "app.py", ("app.py",), {"numpy": "numpy", "pandas": "pandas"},
                   pyodide_version="0.27.7").packages == ("numpy",)
