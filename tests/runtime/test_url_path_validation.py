"""``st.Page(url_path=...)`` at runtime: what Streamlit
1.67 rejects, with its message, and what stc rejects besides because a page's
URL pathname is a folder of the built site (``..``, ``\\``, NUL, the site's
own ``assets``, ``pyodide``, ``app``...).

Apps run through stc's AppTest, as an author's tests would. The messages
1.67 defines are compared with real Streamlit 1.67's AppTest, run in the
virtual environment ``.ci/setup`` makes (skipped without it, failed in CI).
"""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
from pathlib import Path

import pytest
from stc.testing import AppTest

from stc_runtime.navigation import SITE_RESERVED

# 1.67's text (streamlit/navigation/page.py, _raise_if_nested_url_path).
NESTED = (
    "The `url_path` `{}` cannot include `/`. Streamlit does not support nested URL pathnames yet, so use a "
    "single path segment (e.g. `foo_bar`). To upvote support for nested pathnames, see GitHub issue "
    "[#8971](https://github.com/streamlit/streamlit/issues/8971)."
)
EMPTY = "The `url_path` parameter is required. It can only be empty for the default page."

APP = """
import streamlit as st
def home(): st.write("home")
def other(): st.write("other")
st.navigation([st.Page(home), st.Page(other, url_path={url_path!r})]).run()
"""


def run(url_path: str) -> AppTest:
    return AppTest.from_string(textwrap.dedent(APP.format(url_path=url_path))).run()


def error(at: AppTest) -> str | None:
    return at.exception[0].message if at.exception else None


@pytest.mark.parametrize("url_path", ["../../x", "a/b", "reports/2024"])
def test_a_nested_url_path_raises_1_67s_message(url_path):
    assert error(run(url_path)) == NESTED.format(url_path)


def test_empty_url_path_of_a_page_that_is_not_the_default():
    assert error(run(" / ")) == EMPTY


@pytest.mark.parametrize(
    ("url_path", "words"),
    [
        ("..", "names a folder, not a page"),
        (".", "names a folder, not a page"),
        ("a\\b", "cannot include `\\`"),
        ("x\0y", "cannot contain null bytes"),
        ("assets", "the static site keeps its own `assets` at its root"),
        ("Pyodide", "keeps its own `pyodide`"),
        ("app", "keeps its own `app`"),
        ("404.html", "keeps its own `404.html`"),
        ("stc-sw.js", "keeps its own `stc-sw.js`"),
        ("stc-site.json", "keeps its own `stc-site.json`"),
        ("INDEX.HTML", "keeps its own `index.html`"),
        (".git", "keeps its own `.git`"),
    ],
)
def test_url_paths_a_static_site_cannot_have_raise(url_path, words):
    message = error(run(url_path))
    assert message is not None and words in message
    assert message.startswith("The `url_path`")


def test_every_name_at_the_root_of_a_built_site_is_reserved():
    # package.py's layout: the names a build writes at the site's root.
    from stc import package

    doc = package.__doc__ or ""
    for name in ("index.html", "404.html", "stc-site.json", "stc-sw.js", "assets/", "pyodide/", "app/", ".nojekyll"):
        assert name in doc, f"package.py's layout no longer lists {name}: update SITE_RESERVED"
        assert name.rstrip("/") in SITE_RESERVED


@pytest.mark.parametrize(("url_path", "stored"), [(" /reports/ ", "reports"), ("Assets_2", "Assets_2"), ("a.b", "a.b")])
def test_accepted_url_paths_are_stripped_as_1_67_strips_them(url_path, stored, tmp_path):
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent(f"""
        import streamlit as st
        def home(): st.write("home")
        def other(): st.write("other")
        p = st.Page(other, url_path={url_path!r})
        st.navigation([st.Page(home), p])
        st.write(p.url_path)
    """))
    at = AppTest.from_file(script).run()
    assert not at.exception
    assert at.markdown[-1].value == stored


# --- against real Streamlit 1.67 ------------------------------------------------

CACHE = Path(os.environ.get("STC_CACHE_DIR") or Path.home() / ".cache" / "stc")
REAL_PYTHON = CACHE / "venvs" / "streamlit-1.67.0" / "bin" / "python"

REAL_DRIVER = """
import json, sys, textwrap
from streamlit.testing.v1 import AppTest
out = {}
for url_path in json.loads(sys.argv[1]):
    at = AppTest.from_string(textwrap.dedent(sys.argv[2].format(url_path=url_path))).run()
    out[url_path] = at.exception[0].message if at.exception else None
print(json.dumps(out))
"""


def test_messages_match_real_streamlit_1_67():
    if not REAL_PYTHON.exists() or not (REAL_PYTHON.parent.parent / ".stc-complete").exists():
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"no real Streamlit 1.67.0 venv at {REAL_PYTHON.parent.parent}")
    cases = ["../../x", "a/b", " / ", " /reports/ ", "ok"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "STREAMLIT_"))}
    env.pop("PYTHONPATH", None)
    result = subprocess.run([str(REAL_PYTHON), "-c", REAL_DRIVER, json.dumps(cases), APP], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    real = json.loads(result.stdout.strip().splitlines()[-1])
    assert {u: error(run(u)) for u in cases} == real
    # 1.67 itself accepts what stc rejects for its static site: a deliberate difference.
    result = subprocess.run([str(REAL_PYTHON), "-c", REAL_DRIVER, json.dumps(["..", "assets"]), APP], env=env,
                            capture_output=True, text=True, timeout=300)
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"..": None, "assets": None}
