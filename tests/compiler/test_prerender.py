"""Build-time prerender: each page's first run, made at build time in the
site's own Pyodide under Node.js (or, without Node, in a CPython sandbox),
is embedded in that page's HTML; pages whose run fails, hangs, needs
secrets or the network, or is marked ``# stc: no-prerender`` are skipped
with a note naming why; a page the default session cannot reach
(st.navigation gating) never carries its content; and nothing of the build
machine reaches the output."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from stc import pyodide
from stc.build import build
from stc import assets
from stc.prerender import CPYTHON, PYODIDE, WORKER_APP_DIR, SiteInputs, has_no_prerender_marker, prerender_pages

VERSION = "0.27.7"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def real_cache(monkeypatch):
    monkeypatch.delenv("STC_CACHE_DIR", raising=False)
    if not (pyodide.cache_dir(VERSION) / "pyodide-lock.json").is_file():
        pytest.skip(f"no Pyodide {VERSION} cache (run `stc pyodide fetch`)")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def build_site(app: Path, out: Path) -> list[str]:
    notes: list[str] = []
    build(app, out, log=notes.append)
    return notes


def embedded(html_file: Path) -> list[dict] | None:
    m = re.search(r'<script type="application/json" id="stc-prerender">(.*?)</script>', html_file.read_text(encoding="utf-8"), re.S)
    return json.loads(m.group(1))["messages"] if m else None


def elements(messages: list[dict]) -> list[dict]:
    return [m["element"] for m in messages if m["type"] == "delta"]


def test_page_html_carries_the_first_run_with_live_widget_ids(tmp_path, real_cache):
    app = write(tmp_path / "app" / "app.py", (
        "import streamlit as st\n"
        "st.title('Hello </script><b>there</b>')\n"
        "if st.button('Go'):\n"
        "    st.write('clicked')\n"
        "st.slider('Size', 0, 10, 3, key='size')\n"
    ))
    notes = build_site(app, tmp_path / "out")
    assert not [n for n in notes if "prerender" in n], notes
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "</script><b>" not in html  # user text cannot close the script
    els = elements(embedded(tmp_path / "out" / "index.html"))
    assert [e["kind"] for e in els] == ["heading", "button", "slider"]
    assert els[0]["body"] == "Hello </script><b>there</b>"
    assert els[2]["value"] == 3
    # Widget ids are those the worker computes (scripts live under its APP_DIR),
    # so a click queued before the worker is ready finds its widget.
    worker_js = (REPO / "runtime_js" / "src" / "worker.js").read_text(encoding="utf-8")
    assert f'const APP_DIR = "{WORKER_APP_DIR}";' in worker_js
    assert str(tmp_path) not in json.dumps(els)
    from stc_runtime import install_as_streamlit
    from stc_runtime.protocol import Delta, Rerun
    from stc_runtime.runner import AppSession

    # A session run in-process from the app's own folder draws the same
    # widget ids: ids name the script relative to the app, not where it is.
    seen = []
    install_as_streamlit()
    session = AppSession(str(app), lambda m: seen.append(m) if isinstance(m, Delta) else None)
    session.handle(Rerun(changes=[]))
    live_ids = [m.element.get("id") for m in seen if m.element.get("id")]
    assert live_ids == [e["id"] for e in els if e.get("id")]
    assert len(live_ids) == 2


def test_multipage_site_prerenders_each_page(tmp_path, real_cache):
    out = tmp_path / "out"
    build_site(REPO / "examples" / "multipage" / "app.py", out)
    site_pages = json.loads((out / "stc-site.json").read_text())["pages"]
    assert len(site_pages) == 3
    bodies = {}
    for url in site_pages:
        messages = embedded(out / url / "index.html" if url else out / "index.html")
        assert messages, url
        nav = [m for m in messages if m["type"] == "navigation"]
        assert nav and nav[0]["current"] == url
        bodies[url] = json.dumps(elements(messages))
    assert len(set(bodies.values())) == 3  # each page shows its own content


def test_skipped_pages_say_why(tmp_path, real_cache):
    root = tmp_path / "app"
    write(root / "app.py", "import streamlit as st\nst.write('home page')\n")
    write(root / "pages" / "1_Broken.py", "import streamlit as st\nst.write('before')\nraise ValueError('boom')\n")
    write(root / "pages" / "2_Clock.py", "import streamlit as st, time\n# stc: no-prerender (shows the time)\nst.write(time.time())\n")
    write(root / "pages" / "3_Secret.py", "import streamlit as st\nst.write(st.secrets['token'])\n")
    write(root / "pages" / "4_Net.py", "import streamlit as st, socket\nsocket.create_connection(('example.com', 80))\n")
    write(root / "pages" / "5_Text.py", "import streamlit as st\nst.write('# stc: no-prerender is only text here')\n")
    write(root / ".streamlit" / "secrets.toml", 'token = "s3cr3t"\n')
    out = tmp_path / "out"
    notes = build_site(root / "app.py", out)
    text = "\n".join(notes)
    assert "page /Broken/ is not prerendered: its first run raised ValueError: boom" in text
    assert "page /Clock/ is not prerendered: pages/2_Clock.py has a '# stc: no-prerender' comment" in text
    assert "page /Secret/ is not prerendered: its first run raised" in text
    assert "page /Net/ is not prerendered: its first run raised" in text
    for url in ("Broken", "Clock", "Secret", "Net"):
        assert embedded(out / url / "index.html") is None, url
        assert "s3cr3t" not in (out / url / "index.html").read_text()
    assert embedded(out / "index.html") is not None
    assert "home page" in json.dumps(embedded(out / "index.html"))
    assert "only text here" in json.dumps(embedded(out / "Text" / "index.html"))


def site_of(root: Path, entrypoint: str = "app.py") -> SiteInputs:
    files = tuple(sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()))
    return SiteInputs(root, entrypoint, files, (), pyodide.cache_dir(VERSION), assets.runtime_zip_bytes(), None)


def test_marker_on_the_entrypoint_skips_every_page(tmp_path):
    root = tmp_path / "app"
    write(root / "app.py", "import streamlit as st  # stc: no-prerender\nst.write('x')\n")
    write(root / "pages" / "a.py", "import streamlit as st\nst.write('a')\n")
    notes: list[str] = []
    report = prerender_pages(site_of(root), [("", "app.py"), ("a", "pages/a.py")], log=notes.append)
    assert all(r.messages is None for r in report.pages.values())
    assert report.engine == ""  # nothing ran
    assert len(notes) == 2 and all("app.py has a '# stc: no-prerender' comment" in n for n in notes)
    assert not has_no_prerender_marker(write(root / "s.py", "x = '# stc: no-prerender'\n"))


@pytest.mark.parametrize("use_node", [True, False], ids=["pyodide", "cpython"])
def test_a_hanging_page_times_out_and_the_next_page_still_runs(tmp_path, real_cache, use_node):
    root = tmp_path / "app"
    write(root / "app.py", "import streamlit as st\nst.navigation([st.Page('hang.py'), st.Page('ok.py')]).run()\n")
    write(root / "hang.py", "import streamlit as st\nst.write('start')\nwhile True:\n    pass\n")
    write(root / "ok.py", "import streamlit as st\nst.write('fine')\n")
    notes: list[str] = []
    report = prerender_pages(site_of(root), [("hang", "hang.py"), ("ok", "ok.py")], timeout=15, use_node=use_node,
                             log=notes.append)
    assert report.engine == (PYODIDE if use_node else CPYTHON)
    assert report.pages["hang"].messages is None
    assert notes == ["note: page /hang/ is not prerendered: its first run took longer than 15 s."]
    assert "fine" in json.dumps(report.pages["ok"].messages)


def test_gated_navigation_page_is_not_prerendered(tmp_path, real_cache):
    root = tmp_path / "app"
    write(root / "app.py", (
        "import streamlit as st\n"
        "pages = [st.Page('public.py', title='Public', default=True)]\n"
        "if st.session_state.get('admin'):\n"
        "    pages.append(st.Page('admin.py', title='Admin'))\n"
        "st.navigation(pages).run()\n"
    ))
    write(root / "public.py", "import streamlit as st\nst.write('PUBLIC CONTENT')\n")
    write(root / "admin.py", "import streamlit as st\nst.write('TOP SECRET CONTENT')\n")
    out = tmp_path / "out"
    notes = build_site(root / "app.py", out)
    assert "PUBLIC CONTENT" in json.dumps(embedded(out / "index.html"))
    admin_html = out / "admin" / "index.html"
    assert admin_html.is_file()
    assert embedded(admin_html) is None
    assert "TOP SECRET" not in admin_html.read_text()
    assert any("page /admin/ is not prerendered: the default session does not see this page" in n for n in notes), notes


def test_service_worker_manifest_lists_every_file_with_its_hash(tmp_path, real_cache):
    import hashlib

    app = write(tmp_path / "app" / "app.py", "import streamlit as st\nst.write('hi')\n")
    out = tmp_path / "out"
    build_site(app, out)
    sw = (out / "stc-sw.js").read_text(encoding="utf-8")
    assert not (out / "assets" / "stc-sw.js").exists()
    m = re.match(r"self\.__STC_MANIFEST=(\{.*?\});\n", sw)
    assert m, sw[:200]
    manifest = json.loads(m.group(1))
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} - {"stc-sw.js", ".nojekyll"}
    assert set(manifest["files"]) == on_disk
    assert {"index.html", "404.html", "pyodide/pyodide.asm.wasm", "assets/stc-worker.js", "app/app.py"} <= on_disk
    for rel, digest in manifest["files"].items():
        assert hashlib.sha256((out / rel).read_bytes()).hexdigest() == digest, rel
    assert "sourceMappingURL" not in sw
    config = json.loads(re.search(r'id="stc-config">(.*?)</script>', (out / "index.html").read_text()).group(1))
    assert config["service_worker"] == "stc-sw.js"

    # A new deployment is a new worker script (browsers compare its bytes).
    write(app, "import streamlit as st\nst.write('hi again')\n")
    build_site(app, out)
    assert json.loads(re.match(r"self\.__STC_MANIFEST=(\{.*?\});\n", (out / "stc-sw.js").read_text()).group(1))["version"] != manifest["version"]


def test_a_package_this_python_lacks_is_prerendered_in_the_sites_pyodide(tmp_path, real_cache):
    import importlib.util

    assert importlib.util.find_spec("pytz") is None, "the test needs a Pyodide package this CPython lacks"
    app = write(tmp_path / "app" / "app.py", (
        "import streamlit as st\n"
        "import pytz\n"
        "st.write('zone', pytz.timezone('Europe/Paris').zone)\n"
    ))
    notes = build_site(app, tmp_path / "out")
    assert not [n for n in notes if "prerender" in n], notes
    assert "Europe/Paris" in json.dumps(elements(embedded(tmp_path / "out" / "index.html")))


def test_each_page_is_prerendered_as_a_first_visit_would_see_it(tmp_path, real_cache):
    # Pages share one interpreter in the build (packages load once), so what
    # a page's run leaves behind must not reach the next: the app's modules
    # are imported afresh and the caches start empty, as on a first visit.
    root = tmp_path / "app"
    write(root / "visits.py", "seen = []\n")
    body = (
        "import streamlit as st\n"
        "import visits\n"
        "visits.seen.append(1)\n"
        "@st.cache_resource\n"
        "def shared():\n"
        "    return []\n"
        "shared().append(1)\n"
        "st.session_state.setdefault('runs', 0)\n"
        "st.session_state.runs += 1\n"
        "st.write(f'module {len(visits.seen)} resource {len(shared())} session {st.session_state.runs}')\n"
    )
    write(root / "app.py", body)
    write(root / "pages" / "a.py", body)
    write(root / "pages" / "b.py", body)
    out = tmp_path / "out"
    notes = build_site(root / "app.py", out)
    assert not [n for n in notes if "prerender" in n], notes
    for page in ("index.html", "a/index.html", "b/index.html"):
        assert "module 1 resource 1 session 1" in json.dumps(elements(embedded(out / page))), page
