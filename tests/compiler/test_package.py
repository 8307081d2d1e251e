"""How stc/package.py puts a site in place. A rebuild never destroys what is
not stc's: the files the previous build's manifest (the top of stc-sw.js)
does not list stay byte for byte — a CNAME, the .git of a gh-pages worktree,
a file put in by hand — `.nojekyll` is always written, an output folder that
cannot be written is a one-line error, and no temporary folder is left
beside the site, even when the swap fails half-way.

Runs `stc build` in CPython (click's CliRunner, or the installed command
where the one-line error is the point), offline, against the real Pyodide
0.27.7 cache (skipped when it is not filled: `stc pyodide fetch`).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from stc import pyodide
from stc.cli import main

VERSION = "0.27.7"


@pytest.fixture(autouse=True)
def real_cache(monkeypatch):
    monkeypatch.delenv("STC_CACHE_DIR", raising=False)
    if not (pyodide.cache_dir(VERSION) / "pyodide-lock.json").is_file():
        pytest.skip(f"no Pyodide {VERSION} cache (run `stc pyodide fetch`)")


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def stc(*args: object) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def build_ok(app: Path, out: Path) -> None:
    result = stc("build", app, "-o", out)
    assert result.exit_code == 0, result.output


def stc_command() -> list[str]:
    exe = Path(sys.executable).with_name("stc")
    if exe.is_file():
        return [str(exe)]
    found = shutil.which("stc")
    return [found] if found else [sys.executable, "-c", "from stc.cli import main; main()"]


def build_cli(app: Path, out: Path | str) -> subprocess.CompletedProcess:
    return subprocess.run([*stc_command(), "build", str(app), "-o", str(out)], capture_output=True, text=True, timeout=300)


def tree(folder: Path) -> dict[str, bytes | str]:
    """Every entry under folder: a file's bytes, "<dir>" for a folder."""
    return {p.relative_to(folder).as_posix(): "<dir>" if p.is_dir() else p.read_bytes() for p in sorted(folder.rglob("*"))}


def manifest(site: Path) -> dict[str, str]:
    first = (site / "stc-sw.js").read_text(encoding="utf-8").split("\n", 1)[0]
    return json.loads(first.removeprefix("self.__STC_MANIFEST=").removesuffix(";"))["files"]


def beside(site: Path) -> list[str]:
    """Names next to the site that a build left (temporary folders)."""
    return sorted(p.name for p in site.parent.iterdir() if p.name.startswith(f".{site.name}."))


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, proc.stderr
    return errors[0]


@contextlib.contextmanager
def unwritable(folder: Path):
    """Make folder impossible to change: read-only for a normal user; for
    root (whom modes do not stop), immutable. Skips where neither works."""
    root = os.geteuid() == 0
    if root:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", folder], capture_output=True).returncode:
            pytest.skip("cannot make a folder unwritable for root here (no chattr +i)")
    else:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
    try:
        probe = folder / ".probe"
        try:
            probe.write_text("")
        except OSError:
            pass
        else:
            probe.unlink()
            pytest.skip("the folder is still writable")
        yield
    finally:
        if root:
            subprocess.run(["chattr", "-i", folder], check=True)
        else:
            folder.chmod(mode)


APP_V1 = "import streamlit as st\nst.write(open('data/old.csv').read())\n"
APP_V2 = "import streamlit as st\nst.write(open('data/new.csv').read())\n"


def two_versions(tmp_path: Path) -> tuple[Path, Path]:
    app = write(tmp_path / "proj" / "app.py", APP_V1)
    write(tmp_path / "proj" / "data" / "old.csv", "a\n1\n")
    return app, tmp_path / "site"


def to_v2(app: Path) -> None:
    write(app, APP_V2)
    (app.parent / "data" / "old.csv").unlink()
    write(app.parent / "data" / "new.csv", "b\n2\n")


# -- a rebuild keeps what is not stc's -------------------------------------------


def test_rebuild_keeps_every_file_the_previous_build_did_not_write(tmp_path):
    app, site = two_versions(tmp_path)
    build_ok(app, site)
    assert (site / "app" / "data" / "old.csv").is_file()
    mine = {
        "CNAME": b"apps.example.org\n",
        ".nojekyll": b"written by me\n",
        "README.md": b"# my site\n",
        ".git/HEAD": b"ref: refs/heads/gh-pages\n",
        ".git/objects/ab/cdef": b"\x00\x01binary",
        "app/data/notes.txt": b"my notes, inside a folder stc writes\n",
        "assets/extra.css": b"body{}\n",
        "docs/guide.html": b"<p>hand-written</p>\n",
    }
    for rel, data in mine.items():
        write(site / rel, data)
    (site / "empty-by-me").mkdir()

    to_v2(app)
    build_ok(app, site)

    now = tree(site)
    for rel, data in mine.items():
        assert now[rel] == data, rel
    assert now["empty-by-me"] == "<dir>"
    # What stc wrote before is replaced or gone.
    assert "app/data/old.csv" not in now
    assert now["app/data/new.csv"] == b"b\n2\n"
    assert now["app/app.py"] == APP_V2.encode()
    # The new manifest lists only stc's own files, so the next rebuild
    # keeps the user's again.
    assert not set(mine) & set(manifest(site))
    assert beside(site) == []

    write(app, APP_V2 + "st.write('v3')\n")
    build_ok(app, site)
    now = tree(site)
    for rel, data in mine.items():
        assert now[rel] == data, rel
    assert beside(site) == []


def test_a_gh_pages_worktree_keeps_its_git_and_cname(tmp_path):
    """The publishing set-up of GitHub Pages: `site/` is a git worktree of the
    gh-pages branch (its `.git` is a file pointing into the repository)."""
    if shutil.which("git") is None:
        pytest.skip("no git")
    app, site = two_versions(tmp_path)
    repo = tmp_path / "proj"
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}

    def git(*args: str, cwd: Path = repo) -> str:
        return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout

    git("init", "-q", "-b", "main")
    write(repo / ".gitignore", "site/\n")
    git("add", ".")
    git("commit", "-q", "-m", "app")
    git("worktree", "add", "-q", "--detach", str(site))
    git("checkout", "-q", "--orphan", "gh-pages", cwd=site)
    git("rm", "-q", "-rf", ".", cwd=site)
    write(site / "CNAME", "apps.example.org\n")
    git("add", "CNAME", cwd=site)
    git("commit", "-q", "-m", "domain", cwd=site)
    dot_git = (site / ".git").read_bytes()

    build_ok(app, site)  # a folder holding only .git and CNAME may receive a site
    assert (site / ".git").read_bytes() == dot_git
    assert (site / "CNAME").read_text() == "apps.example.org\n"
    assert (site / ".nojekyll").is_file()
    git("add", "-A", cwd=site)
    git("commit", "-q", "-m", "v1", cwd=site)

    to_v2(app)
    build_ok(app, site)
    assert (site / ".git").read_bytes() == dot_git
    status = git("status", "--porcelain", cwd=site).splitlines()
    assert " D app/data/old.csv" in status and "?? app/data/new.csv" in status
    assert not any(line.endswith((" CNAME", " .nojekyll")) for line in status), status
    assert git("log", "--format=%s", cwd=site).split() == ["v1", "domain"]
    assert beside(site) == []


def test_a_manifest_naming_paths_outside_the_site_or_in_git_is_not_trusted(tmp_path):
    # The output folder is input too (a gh-pages branch others push to): a
    # crafted stc-sw.js cannot make a rebuild delete .git or a file outside.
    app, site = two_versions(tmp_path)
    build_ok(app, site)
    write(site / ".git" / "HEAD", "ref: refs/heads/gh-pages\n")
    outside = write(tmp_path / "outside.txt", "keep")
    sw = (site / "stc-sw.js").read_text(encoding="utf-8")
    first, rest = sw.split("\n", 1)
    data = json.loads(first.removeprefix("self.__STC_MANIFEST=").removesuffix(";"))
    data["files"].update({".git/HEAD": "0" * 64, "../outside.txt": "0" * 64, "/etc/hostname": "0" * 64, "docs/../.git": "0" * 64})
    (site / "stc-sw.js").write_text(f"self.__STC_MANIFEST={json.dumps(data)};\n{rest}", encoding="utf-8")

    to_v2(app)
    build_ok(app, site)
    assert (site / ".git" / "HEAD").read_text() == "ref: refs/heads/gh-pages\n"
    assert outside.read_text() == "keep"


def test_a_file_of_the_user_where_the_new_build_writes_is_never_overwritten(tmp_path):
    app, site = two_versions(tmp_path)
    build_ok(app, site)
    write(site / "app" / "data" / "new.csv", "the user's own, not stc's\n")
    before = tree(site)

    to_v2(app)
    result = stc("build", app, "-o", site)
    assert result.exit_code == 1
    error = result.output.strip().splitlines()[-1]
    assert error.startswith("error: ") and str(site / "app" / "data" / "new.csv") in error
    assert "Move it away" in error
    assert tree(site) == before  # nothing changed, the earlier site included
    assert beside(site) == []

    # The same bytes as the build writes are no conflict.
    write(site / "app" / "data" / "new.csv", "b\n2\n")
    build_ok(app, site)
    assert (site / "app" / "app.py").read_text() == APP_V2


def test_nojekyll_is_always_written_and_never_precached(tmp_path):
    app = write(tmp_path / "proj" / "app.py", "import streamlit as st\nfrom helpers import x\nst.write(x)\n")
    write(tmp_path / "proj" / "helpers" / "__init__.py", "x = 1\n")
    site = tmp_path / "site"
    build_ok(app, site)
    assert (site / ".nojekyll").read_bytes() == b""
    assert (site / "app" / "helpers" / "__init__.py").is_file()
    # Many hosts do not serve dotfiles; one failed download fails the
    # service worker's install.
    assert ".nojekyll" not in manifest(site)
    (site / ".nojekyll").unlink()
    build_ok(app, site)
    assert (site / ".nojekyll").is_file()


def test_an_stc_site_without_a_readable_manifest_is_not_replaced(tmp_path):
    app, site = two_versions(tmp_path)
    build_ok(app, site)
    write(site / "stc-sw.js", "// not what stc wrote\n")
    before = tree(site)
    result = stc("build", app, "-o", site)
    assert result.exit_code == 1
    assert "stc-sw.js" in result.output and "refusing" in result.output
    assert tree(site) == before


# -- an output folder that cannot be written -------------------------------------


def test_output_under_a_regular_file_is_a_one_line_error(tmp_path):
    app = write(tmp_path / "proj" / "app.py", "import streamlit as st\n")
    blocker = write(tmp_path / "notes.txt", "a file")
    error = one_line_error(build_cli(app, blocker / "site"))
    assert str(blocker) in error and "is a file" in error and "-o" in error
    assert blocker.read_text() == "a file"


def test_output_in_proc_is_a_one_line_error(tmp_path):
    app = write(tmp_path / "proj" / "app.py", "import streamlit as st\n")
    error = one_line_error(build_cli(app, "/proc/stc-site"))
    assert "/proc/stc-site" in error and "-o" in error


def test_output_in_a_read_only_folder_is_a_one_line_error(tmp_path):
    app = write(tmp_path / "proj" / "app.py", "import streamlit as st\n")
    locked = tmp_path / "locked"
    locked.mkdir()
    with unwritable(locked):
        error = one_line_error(build_cli(app, locked / "site"))
        assert str(locked / "site") in error and "-o" in error
        assert list(locked.iterdir()) == []


def test_a_swap_that_fails_half_way_puts_the_earlier_site_back(tmp_path):
    """The new site is moved in entry by entry (404.html, app/, assets/,
    index.html, ... in order); here pyodide/ cannot be moved, after several
    others already were."""
    app, site = two_versions(tmp_path)
    build_ok(app, site)
    write(site / "CNAME", "apps.example.org\n")
    before = tree(site)

    to_v2(app)
    with unwritable(site / "pyodide"):
        error = one_line_error(build_cli(app, site))
        assert str(site) in error and "unchanged" in error
        assert tree(site) == before
        assert beside(site) == []  # neither the new site nor the trash stays

    build_ok(app, site)  # once the folder can be changed again
    assert (site / "app" / "app.py").read_text() == APP_V2
    assert (site / "CNAME").read_text() == "apps.example.org\n"
    assert beside(site) == []


def test_an_unusable_output_folder_is_refused_before_the_slow_stages(tmp_path, monkeypatch):
    import stc.build as build_module

    app = tmp_path / "app" / "app.py"
    app.parent.mkdir()
    app.write_text("import streamlit as st\nst.write('hi')\n")
    (tmp_path / "a-file").write_text("x")
    ran: list[str] = []
    monkeypatch.setattr(build_module, "analyze", lambda *a, **k: ran.append("analyze"))
    with pytest.raises(build_module.BuildError, match="is a file, not a folder"):
        build_module.build(app, tmp_path / "a-file" / "site", log=lambda m: None)
    assert ran == []
