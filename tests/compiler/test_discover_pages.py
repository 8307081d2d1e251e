"""Multipage apps at build time (stc/discover.py's find_pages, then the
analysis and the site): pages found statically, one HTML file per page URL,
404.html and stc-site.json, page imports count, diagnostics with file:line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from stc.analyze import analyze
from stc.discover import discover
from stc.errors import BuildError

from click.testing import CliRunner
from stc import pyodide
from stc.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def stc(*args: object):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def test_pages_folder_is_found_in_menu_order(tmp_path):
    write(tmp_path / "app.py", "import streamlit as st\n")
    for name in ["10_Ten.py", "2_Two.py", "🏠_Home page.py", "notes.txt", "sub/deep.py", "__init__helper.txt"]:
        write(tmp_path / "pages" / name, "import streamlit as st\n")
    app = discover(tmp_path / "app.py")
    assert [(p.url_path, p.title, p.source) for p in app.pages] == [
        ("", "app", "app.py"), ("Two", "Two", "pages/2_Two.py"), ("Ten", "Ten", "pages/10_Ten.py"),
        ("Home_page", "Home page", "pages/🏠_Home page.py"),
    ]


def test_st_page_literals_in_lists_and_dicts(tmp_path):
    write(tmp_path / "app.py", """
import streamlit as st
def login(): pass
where = "x.py"
pages = {
    "Reports": [st.Page("reports/dash.py", title="Dashboard", default=True), st.Page("reports/bugs.py", url_path="bugs")],
    "Tools": [st.Page(page="tools/search.py"), "tools/history.py", st.Page(login)],
}
st.Page(where)
st.navigation(pages).run()
""")
    for f in ["reports/dash.py", "reports/bugs.py", "tools/search.py", "tools/history.py", "pages/ignored.py"]:
        write(tmp_path / f, "import streamlit as st\n")
    app = discover(tmp_path / "app.py")
    assert [(p.url_path, p.title) for p in app.pages] == [
        ("", "Dashboard"), ("bugs", "bugs"), ("search", "search"), ("login", "login"), ("history", "history"),
    ]
    assert any(re.match(r"app\.py:9: st\.Page\(\.\.\.\) with a page that is not a string literal", w) for w in app.warnings)


def test_page_titles_as_st_page_gives_them_and_external_pages(tmp_path):
    write(tmp_path / "app.py", """
import streamlit as st
def __Awesome_page__(): pass
st.navigation([
    st.Page("charts.py", title="st.area_chart"),
    st.Page(__Awesome_page__),
    st.Page("https://docs.streamlit.io", title="Docs"),
]).run()
""")
    write(tmp_path / "charts.py", "import streamlit as st\n")
    app = discover(tmp_path / "app.py")
    # An explicit title keeps its underscore; a link to another site has no page file.
    assert [(p.url_path, p.title) for p in app.pages] == [("", "st.area_chart"), ("__Awesome_page__", "Awesome page")]


def test_missing_page_file_is_an_error_with_line(tmp_path):
    write(tmp_path / "app.py", "import streamlit as st\n\nst.navigation([st.Page('nope.py')]).run()\n")
    with pytest.raises(BuildError, match=r"app\.py:3: st\.Page\('nope\.py'\): no such file nope\.py"):
        discover(tmp_path / "app.py")


def test_page_imports_count_toward_packages(tmp_path):
    write(tmp_path / "app.py", "import streamlit as st\n")
    write(tmp_path / "pages/plot.py", "import helper\n")
    write(tmp_path / "helper.py", "import numpy\n")
    app = discover(tmp_path / "app.py")
    result = analyze(app.root, app.entrypoint, app.files, {"numpy": "numpy"}, pyodide_version="0.27.7",
                     pages=tuple(p.source for p in app.pages if p.source))
    assert result.packages == ("numpy",)
    assert "helper.py" in result.local_modules and "pages/plot.py" in result.local_modules


def test_site_has_a_file_per_page_and_404(tmp_path, monkeypatch):
    monkeypatch.delenv("STC_CACHE_DIR", raising=False)
    if not (pyodide.cache_dir("0.27.7") / "pyodide-lock.json").is_file():
        pytest.skip("no Pyodide 0.27.7 cache (run `stc pyodide fetch`)")
    out = tmp_path / "site"
    result = stc("build", EXAMPLES / "navigation" / "app.py", "-o", out)
    assert result.exit_code == 0, result.output
    assert json.loads((out / "stc-site.json").read_text())["pages"] == ["", "sales", "costs"]
    for rel, depth, title in [("index.html", 0, "Welcome"), ("sales/index.html", 1, "Sales"), ("costs/index.html", 1, "Costs")]:
        html = (out / rel).read_text()
        assert f"<title>{title}</title>" in html
        assert ('<base href="../">' in html) == (depth == 1)
        assert 'src="assets/stc-main.js"' in html
    not_found = (out / "404.html").read_text()
    # No relative URL in 404.html is trusted: it probes for the manifest.
    assert "stc-site.json" in not_found and 'src="assets/stc-main.js"' not in not_found
    assert "<base" not in not_found.split("<script")[0]
    config = json.loads(re.search(r'id="stc-config">(.*?)</script>', not_found).group(1))
    assert "app_pages/sales.py" in config["app_files"]
