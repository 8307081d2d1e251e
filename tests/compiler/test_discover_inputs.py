"""The build checks its inputs (stc/discover.py): links out of the app's
folder, page URL pathnames and ``.streamlit/config.toml``.

- Links: a link out of the app's folder is published as its target, with a
  warning naming both (an error with ``strict``); a link to a folder that
  contains it, a broken link and a link to a secrets file are skipped with a
  warning.
- Page URL pathnames: ``st.Page(url_path=...)`` with ``/`` (1.67's message),
  ``\\``, NUL, ``.``, ``..`` or a name of the site's own (``assets``...), and a
  page file whose name gives ``..``, are errors with ``file:line`` and a caret,
  and nothing is written anywhere.
- ``.streamlit/config.toml``: invalid TOML or a value of the wrong type is an
  error with ``file:line``; an option Streamlit 1.67 does not define is a
  warning worded as 1.67's; a value 1.67 accepts beside its declared type
  builds (an ``env:`` reference with a warning: it is not applied).

Builds run ``stc build APP -o OUT`` through the CLI; the ones that succeed
use the real Pyodide 0.27.7 cache and skip without it.
"""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from stc import pyodide
from stc.cli import main
from stc.discover import discover
from stc.errors import BuildError

from stc_runtime.config import OPTION_TYPES
from stc_runtime.navigation import SITE_RESERVED

NESTED = (
    "The `url_path` `{}` cannot include `/`. Streamlit does not support nested URL pathnames yet, so use a "
    "single path segment (e.g. `foo_bar`). To upvote support for nested pathnames, see GitHub issue "
    "[#8971](https://github.com/streamlit/streamlit/issues/8971)."
)
UNKNOWN = '"{}" is not a valid config option. If you previously had this config option set, it may have been removed.'


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def stc_build(app: Path, out: Path) -> Result:
    result = CliRunner().invoke(main, ["build", str(app), "-o", str(out)])
    # Any exception but the CLI's own exit is a traceback the author would see.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result


def tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


@pytest.fixture
def real_cache(monkeypatch):
    monkeypatch.delenv("STC_CACHE_DIR", raising=False)
    if not (pyodide.cache_dir("0.27.7") / "pyodide-lock.json").is_file():
        pytest.skip("no Pyodide 0.27.7 cache (run `stc pyodide fetch`)")


def failed_build(tmp_path: Path, app: Path) -> str:
    """Build into tmp_path/deep/er/out; the build must fail and write nothing anywhere."""
    out = tmp_path / "deep" / "er" / "out"
    out.parent.mkdir(parents=True)
    before = tree(tmp_path)
    result = stc_build(app, out)
    assert result.exit_code == 1, result.output
    assert tree(tmp_path) == before, "a failed build wrote files"
    assert result.output.startswith("error: ")
    return result.output


# --- page URL pathnames ----------------------------------------------------------


PAGES_APP = """\
import streamlit as st
def home(): st.write("home")
def other(): st.write("other")
st.navigation([st.Page(home), st.Page(other, title="Other", url_path={url_path})]).run()
"""


@pytest.mark.parametrize(
    ("literal", "words"),
    [
        ('"../../x"', NESTED.format("../../x")),
        ('"a/b"', NESTED.format("a/b")),
        ('"/../"', "names a folder, not a page"),
        ('"."', "names a folder, not a page"),
        ('"..\\\\x"', "cannot include `\\`"),
        ('"x\\0y"', "cannot contain null bytes"),
        ('"assets"', "keeps its own `assets` at its root"),
        ('"PYODIDE"', "keeps its own `pyodide` at its root"),
        ('"app"', "keeps its own `app` at its root"),
        ('"404.html"', "keeps its own `404.html`"),
        ('"stc-site.json"', "keeps its own `stc-site.json`"),
        ('"stc-sw.js"', "keeps its own `stc-sw.js`"),
        ('"index.html"', "keeps its own `index.html`"),
        ('""', "It can only be empty for the default page."),
    ],
)
def test_bad_url_path_is_an_error_at_its_line_and_nothing_is_written(tmp_path, literal, words):
    app = write(tmp_path / "proj" / "app.py", PAGES_APP.format(url_path=literal))
    output = failed_build(tmp_path, app)
    first, source, caret = output.splitlines()[:3]
    column = PAGES_APP.splitlines()[3].index("{url_path}") + 1
    assert first.startswith(f"error: app.py:4:{column}: st.Page(..., url_path=")
    assert words in first
    assert source.strip().startswith("st.navigation([st.Page(home)")
    # The caret stands under the url_path value.
    assert caret.index("^") == source.index("url_path=") + len("url_path=")


def test_a_page_file_whose_name_gives_dotdot_is_an_error(tmp_path):
    app = write(tmp_path / "proj" / "app.py", """\
        import streamlit as st
        st.navigation([st.Page("home.py"), st.Page("...py")]).run()
    """)
    write(app.parent / "home.py", "import streamlit as st\n")
    write(app.parent / "...py", "import streamlit as st\n")
    output = failed_build(tmp_path, app)
    first, source, caret = output.splitlines()[:3]
    column = source.index('"...py"') - 3  # the excerpt is indented by 4; columns count from 1
    assert first.startswith(f"error: app.py:2:{column}: st.Page('...py'): its file name gives the page the URL pathname `..`.")
    assert caret.index("^") == source.index('"...py"')


def test_a_pages_folder_file_whose_name_gives_dotdot_is_an_error(tmp_path):
    app = write(tmp_path / "proj" / "app.py", "import streamlit as st\n")
    write(app.parent / "pages" / "...py", "import streamlit as st\n")
    output = failed_build(tmp_path, app)
    assert output.startswith("error: pages/...py: this page's file name gives it the URL pathname `..`.")
    assert "Rename the file." in output


def test_good_url_paths_are_published_where_1_67_puts_them(tmp_path, real_cache):
    app = write(tmp_path / "proj" / "app.py", """\
        import streamlit as st
        def home(): st.write("home")
        def other(): st.write("other")
        st.navigation([st.Page(home), st.Page(other, url_path=" /Reports/ "), st.Page("app.py")]).run()
    """)
    out = tmp_path / "out"
    result = stc_build(app, out)
    assert result.exit_code == 0, result.output
    assert (out / "Reports" / "index.html").is_file()
    # A page named by its file keeps the name, even one like the site's folders.
    assert (out / "app" / "index.html").is_file()
    assert json.loads((out / "stc-site.json").read_text())["pages"] == ["", "Reports", "app"]
    # What a build writes at the site's root is what no url_path may be.
    assert {p.name for p in out.iterdir()} - {"Reports"} <= SITE_RESERVED


# --- links -----------------------------------------------------------------------


def linked_app(tmp_path: Path) -> Path:
    """An app whose folder links out: a file, a folder, a loop, a broken
    link, a link to the secrets."""
    elsewhere = tmp_path / "elsewhere"
    write(elsewhere / "key.txt", "outside-key\n")
    write(elsewhere / "shared" / "table.csv", "a,b\n1,2\n")
    app = write(tmp_path / "proj" / "app.py", """\
        import streamlit as st
        st.write(open("key.txt").read(), open("shared/table.csv").read(), open("inside.txt").read())
    """)
    root = app.parent
    write(root / "data" / "real.txt", "inside\n")
    write(root / ".streamlit" / "secrets.toml", 'password = "hunter2"\n')
    (root / "key.txt").symlink_to(elsewhere / "key.txt")
    (root / "shared").symlink_to(elsewhere / "shared")
    (root / "inside.txt").symlink_to("data/real.txt")
    (root / "data" / "loop").symlink_to("..")
    (root / "gone.txt").symlink_to(elsewhere / "missing.txt")
    (root / "settings.toml").symlink_to(".streamlit/secrets.toml")
    return app


def test_links_out_of_the_app_are_published_with_a_warning_naming_them(tmp_path, real_cache):
    app = linked_app(tmp_path)
    out = tmp_path / "out"
    result = stc_build(app, out)
    assert result.exit_code == 0, result.output
    elsewhere = (tmp_path / "elsewhere").resolve()
    root = app.parent.resolve()
    lines = result.output.splitlines()
    assert f"warning: key.txt is a link to {elsewhere}/key.txt, outside the app's folder: its contents are published." in lines
    assert f"warning: shared/ is a link to {elsewhere}/shared/, outside the app's folder: the files in it are published." in lines
    assert f"warning: data/loop/ is a link to {root}, a folder that contains it: it is not followed." in lines
    assert f"warning: gone.txt is a broken link (to {elsewhere}/missing.txt): it is not published." in lines
    assert f"warning: settings.toml is a Streamlit secrets file ({root}/.streamlit/secrets.toml): it is not published." in lines
    # A link inside the app is no news.
    assert not any("inside.txt" in line for line in lines)
    published = out / "app"
    assert (published / "key.txt").read_text() == "outside-key\n" and not (published / "key.txt").is_symlink()
    assert (published / "shared" / "table.csv").read_text() == "a,b\n1,2\n"
    assert (published / "inside.txt").read_text() == "inside\n"
    assert not (published / "gone.txt").exists() and not (published / "data" / "loop").exists()
    assert not any("hunter2" in p.read_text(errors="replace") for p in out.rglob("*") if p.is_file() and p.stat().st_size < 1e6)


def test_strict_makes_links_out_of_the_app_an_error(tmp_path):
    app = linked_app(tmp_path)
    elsewhere = (tmp_path / "elsewhere").resolve()
    with pytest.raises(BuildError) as err:
        discover(app, tmp_path / "out", strict=True)
    lines = str(err.value).splitlines()
    assert f"key.txt is a link to {elsewhere}/key.txt, outside the app's folder {app.parent.resolve()}." in lines
    assert f"shared/ is a link to {elsewhere}/shared, outside the app's folder {app.parent.resolve()}." in lines
    assert "--strict" in lines[-1]
    # Links that stay inside are fine under strict too.
    (app.parent / "key.txt").unlink()
    (app.parent / "shared").unlink()
    assert "inside.txt" in discover(app, tmp_path / "out", strict=True).files


def test_strict_flag_of_the_cli_stops_the_build_on_a_link_out_of_the_app(tmp_path):
    app = linked_app(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(app), "-o", str(out), "--strict"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "key.txt is a link to" in result.output and not out.exists()


# --- .streamlit/config.toml ------------------------------------------------------


def config_app(tmp_path: Path, config: str) -> Path:
    app = write(tmp_path / "proj" / "app.py", "import streamlit as st\nst.write(st.get_option('server.maxUploadSize'))\n")
    write(app.parent / ".streamlit" / "config.toml", config)
    return app


def test_a_toml_syntax_error_is_a_build_error_at_its_line(tmp_path):
    app = config_app(tmp_path, "[runner]\nfastReruns = true\nmagicEnabled = flase\n")
    output = failed_build(tmp_path, app)
    assert output.splitlines()[:3] == [
        "error: .streamlit/config.toml:3:16: not valid TOML: Invalid value.",
        "    magicEnabled = flase",
        "                   ^",
    ]


def test_an_unclosed_table_header_is_a_build_error_at_its_line(tmp_path):
    app = config_app(tmp_path, "[server]\nport = 8501\n[theme\nbase = 'dark'\n")
    output = failed_build(tmp_path, app)
    assert output.startswith("error: .streamlit/config.toml:3:7: not valid TOML: Expected ']' at the end of a table declaration.")


def test_values_of_the_wrong_type_are_build_errors_at_their_lines(tmp_path):
    app = config_app(tmp_path, """\
        [runner]
        magicEnabled = "no"
        enumCoercion = "names"

        [server]
        maxUploadSize = 2.5
        port = "8501"

        [theme]
        baseFontSize = "big"
        [theme.sidebar]
        showWidgetBorder = 1
        [client]
        toolbarMode = "auto"
    """)
    output = failed_build(tmp_path, app)
    errors = [line for line in output.splitlines() if ".streamlit/config.toml:" in line]
    assert errors == [
        "error: .streamlit/config.toml:2:16: `runner.magicEnabled` must be true or false, not `\"no\"`.",
        ".streamlit/config.toml:3:16: `runner.enumCoercion` cannot be `\"names\"`; it must be one of "
        "`\"off\"`, `\"nameOnly\"`, `\"nameAndValue\"`.",
        ".streamlit/config.toml:6:17: `server.maxUploadSize` must be a whole number, not `2.5`.",
        ".streamlit/config.toml:7:8: `server.port` must be a whole number, not `\"8501\"`.",
        ".streamlit/config.toml:10:16: `theme.baseFontSize` must be a whole number, not `\"big\"`.",
        ".streamlit/config.toml:12:20: `theme.sidebar.showWidgetBorder` must be true or false, not `1`.",
    ]


def test_a_config_that_is_not_utf8_is_a_build_error(tmp_path):
    app = config_app(tmp_path, "")
    (app.parent / ".streamlit" / "config.toml").write_bytes(b"[theme]\nfont = '\xff'\n")
    output = failed_build(tmp_path, app)
    assert output.startswith("error: .streamlit/config.toml: not UTF-8 text")


def test_unknown_options_are_warnings_worded_as_1_67s_and_the_app_builds(tmp_path, real_cache):
    app = config_app(tmp_path, """\
        [server]
        maxUploadSize = 5
        fooBar = 1
        folderWatchList = ["a", "b"]

        [theme]
        primaryColor = "#ff4b4b"
        chartCategoricalColors = ["#000", "#fff"]
        headingFontSizes = ["3rem", "2rem"]
        [theme.sidebar]
        base = "dark"
        [[theme.fontFaces]]
        family = "Inter"
        url = "app/static/Inter.woff2"

        [oldsection]
        something = true
    """)
    out = tmp_path / "out"
    result = stc_build(app, out)
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: .streamlit/config.toml:3: " + UNKNOWN.format("server.fooBar"),
        "warning: .streamlit/config.toml:11: " + UNKNOWN.format("theme.sidebar.base"),
        "warning: .streamlit/config.toml:17: " + UNKNOWN.format("oldsection.something"),
    ]
    assert (out / "app" / ".streamlit" / "config.toml").is_file()


# Values 1.67 reads without complaint although they differ from the type or
# the choices it declares (each from its own code: the legacy true/false
# strings, an upper-cased toolbarMode, a TOML boolean for showErrorLinks, a
# bare 0 for the cache limit, an environment reference).
ACCEPTED_BY_1_67 = """\
    [client]
    showErrorDetails = "True"
    toolbarMode = "Minimal"
    showErrorLinks = false

    [server]
    maxCacheDataSize = 0
    port = "env:PORT"
"""


def test_values_1_67_accepts_beyond_their_declared_type_build(tmp_path):
    app = config_app(tmp_path, ACCEPTED_BY_1_67)
    files = discover(app)
    assert [w for w in files.warnings if w.startswith(".streamlit/")] == [
        ".streamlit/config.toml:8: `server.port` = `\"env:PORT\"` reads the environment variable `PORT`, "
        "which a static site does not have: the option is ignored.",
    ]
    # What the visitor's script reads: the values as written, and the
    # default where the environment would have been read.
    from stc_runtime.config import Config

    config = Config.load(str(app.parent))
    assert config.problems == []
    assert (config.get("client.showErrorDetails"), config.get("client.toolbarMode"), config.get("server.port")) == (
        "True", "Minimal", 8501)


def test_values_1_67_accepts_beyond_their_declared_type_start_a_1_67_session(tmp_path):
    """The snippet above is no stc invention: real 1.67 loads it (with PORT
    set) and builds the session's config message from it."""
    if not REAL_PYTHON.exists() or not (REAL_PYTHON.parent.parent / ".stc-complete").exists():
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"no real Streamlit 1.67.0 venv at {REAL_PYTHON.parent.parent}")
    write(tmp_path / ".streamlit" / "config.toml", ACCEPTED_BY_1_67)
    script = ("from streamlit import config, byte_util; from streamlit.runtime import app_session; "
              "from streamlit.proto.NewSession_pb2 import Config; config.get_config_options(force_reparse=True); "
              "app_session._populate_config_msg(Config()); "
              "byte_util.config_max_cache_data_size_to_bytes(config.get_option('server.maxCacheDataSize')); "
              "print(config.get_option('server.port'))")
    result = subprocess.run([str(REAL_PYTHON), "-c", script], capture_output=True, text=True, timeout=300, cwd=tmp_path,
                            env={"PATH": os.environ["PATH"], "HOME": str(tmp_path), "PORT": "8600"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["8600"]


def test_a_show_error_links_string_1_67_refuses_is_a_build_error(tmp_path):
    app = config_app(tmp_path, '[client]\nshowErrorLinks = "never"\n')
    output = failed_build(tmp_path, app)
    assert output.splitlines()[0] == (
        "error: .streamlit/config.toml:2:18: `client.showErrorLinks` cannot be `\"never\"`; "
        "it must be one of `\"auto\"`, `\"true\"`, `\"false\"`, `true`, `false`.")


def test_an_ignored_config_is_not_published_so_not_checked(tmp_path):
    app = config_app(tmp_path, "this is not toml\n")
    write(app.parent / ".gitignore", ".streamlit/config.toml\n")
    assert discover(app).files == (".gitignore", "app.py")


# --- the option table against Streamlit 1.67 -----------------------------------------


def test_every_option_stc_acts_on_is_a_1_67_option_of_its_type():
    from stc_runtime.config import _CHOICES, DEFAULTS

    for key, default in DEFAULTS.items():
        assert key in OPTION_TYPES, key
        type_ = OPTION_TYPES[key]
        if default is not None and type_ is not None and key not in _CHOICES:
            assert isinstance(default, type_), key


CACHE = Path(os.environ.get("STC_CACHE_DIR") or Path.home() / ".cache" / "stc")
REAL_PYTHON = CACHE / "venvs" / "streamlit-1.67.0" / "bin" / "python"


def test_option_table_matches_streamlit_1_67():
    """Every 1.67 option is in OPTION_TYPES and nothing else; each type stc
    checks is the one 1.67 gives the option."""
    if not REAL_PYTHON.exists() or not (REAL_PYTHON.parent.parent / ".stc-complete").exists():
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"no real Streamlit 1.67.0 venv at {REAL_PYTHON.parent.parent}")
    script = ("import json; from streamlit import config; "
              "print(json.dumps({k: o.type.__name__ for k, o in config._config_options_template.items()}))")
    result = subprocess.run([str(REAL_PYTHON), "-c", script], capture_output=True, text=True, timeout=300,
                            env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert result.returncode == 0, result.stderr[-3000:]
    real = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(OPTION_TYPES) == set(real)
    assert {k: t.__name__ for k, t in OPTION_TYPES.items() if t is not None} == {
        k: real[k] for k, t in OPTION_TYPES.items() if t is not None
    }
