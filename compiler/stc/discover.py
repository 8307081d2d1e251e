"""Stage 1 of the build: find the app's files.

Every file under the app's folder is part of the site (the entrypoint, its
modules, data files, ``.streamlit/config.toml``...), except what never belongs
on a public static site: ``.git``, ``__pycache__``, virtual environments, the
output folder itself, ``.streamlit/secrets.toml``, and whatever the app's own
``.gitignore`` excludes.

Links are followed, as the app's ``open()`` follows them: a link is published
as what it points to. One that points outside the app's folder publishes a
file the author may not have meant to (a shared data folder, a key in the
home folder), so each is named in a warning, or is an error with
``strict``. A link to a folder that contains it is not followed (it would
never end), a broken link is skipped, and no link publishes a
``.streamlit/secrets.toml``.

This stage also checks what the build would otherwise carry, broken, to the
visitor's browser: the pages' URL pathnames (``find_pages``) and
``.streamlit/config.toml`` (``check_config_file``).
"""

from __future__ import annotations

import ast
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pathspec

from .errors import BuildError, at_source

FILE_WARN_BYTES = 50 * 1024 * 1024
TOTAL_WARN_BYTES = 200 * 1024 * 1024

_SKIP_DIRS = {".git", "__pycache__", ".hg", ".svn", "node_modules", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".ipynb_checkpoints"}
_SKIP_FILES = {".DS_Store"}
SECRETS = ".streamlit/secrets.toml"
CONFIG = ".streamlit/config.toml"
# Temporary folders package.py creates beside the output (".NAME.stc-XXXX",
# ".NAME.old-XXXX"); a killed build can leave one behind.
_BUILD_TEMP = re.compile(r"^\..+\.(stc|old)-[A-Za-z0-9_]+$")


@dataclass(frozen=True)
class SitePage:
    """A page of a multipage app found statically: it gets its own URL
    (``OUT/<url_path>/index.html``; ``""`` is the site's root)."""

    url_path: str
    title: str
    #: the page's file, relative to root; None for a callable page
    source: str | None = None


@dataclass(frozen=True)
class AppFiles:
    root: Path
    entrypoint: str  # relative to root, "/"-separated
    files: tuple[str, ...]  # relative, "/"-separated, sorted; includes the entrypoint
    total_bytes: int
    warnings: tuple[str, ...] = field(default=())
    #: the app's pages, the default page first (a single-page app: just it)
    pages: tuple[SitePage, ...] = field(default=())


def _is_virtualenv(path: Path) -> bool:
    return (path / "pyvenv.cfg").is_file() or (path / "conda-meta").is_dir()


def is_stc_site(path: Path) -> bool:
    """A folder ``stc build`` wrote (package.py's layout), not just any
    folder with an index.html."""
    return (path / "index.html").is_file() and (path / "assets" / "stc_runtime.zip").is_file()


def discover(entrypoint: Path, out_dir: Path | None = None, *, strict: bool = False) -> AppFiles:
    """The app's files and pages. ``strict``: a link that points outside
    the app's folder is an error instead of a warning."""
    entrypoint = entrypoint.resolve()
    if not entrypoint.is_file():
        raise BuildError(f"{entrypoint}: no such file. Give the path of your app's main script, e.g. `stc build app.py`.")
    if entrypoint.suffix != ".py":
        raise BuildError(f"{entrypoint}: the app's main script must be a .py file.")
    root = entrypoint.parent
    ignore = _gitignore(root)
    out_resolved = out_dir.resolve() if out_dir is not None else None

    files: list[str] = []
    sizes: dict[str, int] = {}
    dir_sizes: dict[str, int] = {}
    link_warnings: list[str] = []
    #: (link, its target) for each link out of the app's folder
    outside: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        here = Path(dirpath)
        real_here = Path(os.path.realpath(here))
        rel_dir = here.relative_to(root).as_posix()
        rel_dir = "" if rel_dir == "." else rel_dir + "/"
        keep_dirs = []
        for d in sorted(dirnames):
            sub = here / d
            if d in _SKIP_DIRS or _is_virtualenv(sub):
                continue
            if out_resolved is not None and sub.resolve() == out_resolved:
                continue
            # An earlier build into another folder inside the app (say `-o site`
            # after the default dist/) is not part of the app: publishing it
            # would nest a whole second copy of Pyodide in the site.
            if is_stc_site(sub) or _BUILD_TEMP.match(d):
                continue
            if ignore is not None and ignore.match_file(rel_dir + d + "/"):
                continue
            if sub.is_symlink():
                target = Path(os.path.realpath(sub))
                if real_here.is_relative_to(target):
                    link_warnings.append(f"{rel_dir}{d}/ is a link to {target}, a folder that contains it: it is not followed.")
                    continue
                if not _inside(rel_dir + d + "/", target, root, outside):
                    outside.append((rel_dir + d + "/", target))
            keep_dirs.append(d)
        dirnames[:] = keep_dirs
        for name in sorted(filenames):
            rel = rel_dir + name
            if name in _SKIP_FILES or rel == SECRETS:
                continue
            if ignore is not None and ignore.match_file(rel):
                continue
            path = here / name
            target = Path(os.path.realpath(path))
            if path.is_symlink() and not target.exists():
                link_warnings.append(f"{rel} is a broken link (to {target}): it is not published.")
                continue
            if not path.is_file():
                continue
            if target.parts[-2:] == tuple(SECRETS.split("/")):
                # However it is reached (a link, a copy of .streamlit/ in a
                # subfolder), a secrets file is never public.
                link_warnings.append(f"{rel} is a Streamlit secrets file ({target}): it is not published.")
                continue
            if path.is_symlink() and not _inside(rel, target, root, outside):
                outside.append((rel, target))
            size = path.stat().st_size
            files.append(rel)
            sizes[rel] = size
            top = rel.split("/", 1)[0] if "/" in rel else ""
            if top:
                dir_sizes[top] = dir_sizes.get(top, 0) + size

    if outside and strict:
        raise BuildError("\n".join(
            [f"{link} is a link to {target}, outside the app's folder {root}." for link, target in outside]
            + ["--strict publishes only files inside the app's folder: copy what the app needs into it, or remove the link."]
        ))
    link_warnings += [
        f"{link} is a link to {target}{'/' if link.endswith('/') else ''}, outside the app's folder: "
        + ("the files in it are published." if link.endswith("/") else "its contents are published.")
        for link, target in outside
    ]

    warnings = [
        f"{rel} is {sizes[rel] / 1e6:.0f} MB: every visitor may download it. Add it to .gitignore if the app does not need it."
        for rel in files
        if sizes[rel] > FILE_WARN_BYTES
    ]
    warnings += [
        f"folder {d}/ holds {n / 1e6:.0f} MB of files that will be published."
        for d, n in sorted(dir_sizes.items())
        if n > TOTAL_WARN_BYTES
    ]
    # Files directly in the app folder belong to no subfolder above: name the
    # app folder itself when the whole app is too big and no subfolder was named.
    total = sum(sizes.values())
    if total > TOTAL_WARN_BYTES and not any(n > TOTAL_WARN_BYTES for n in dir_sizes.values()):
        warnings.append(f"the app folder {root} holds {total / 1e6:.0f} MB of files that will be published.")
    entry_rel = entrypoint.relative_to(root).as_posix()
    pages, page_warnings = find_pages(root, entry_rel, set(files))
    config_warnings = check_config_file(root) if CONFIG in sizes else []
    return AppFiles(root=root, entrypoint=entry_rel, files=tuple(sorted(files)), total_bytes=total,
                    warnings=tuple(link_warnings + warnings + page_warnings + config_warnings), pages=tuple(pages))


def _inside(rel: str, target: Path, root: Path, outside: list[tuple[str, Path]]) -> bool:
    """Whether the link ``rel`` points (``target``, a real path) into the
    app's folder, or within an outside folder a link already named and
    ``rel`` lies under (that link is named once, not each one in it)."""
    return target.is_relative_to(root) or any(
        link.endswith("/") and rel.startswith(link) and target.is_relative_to(t) for link, t in outside
    )


# --- .streamlit/config.toml ----------------------------------------------------


def check_config_file(root: Path) -> list[str]:
    """Validate the app's ``.streamlit/config.toml`` the way the runtime
    reads it (stc_runtime.config.check_config): invalid TOML, or a value of
    the wrong type, is a build error with ``file:line`` (the visitor would
    otherwise see a warning on every run and the default in its place); an
    option Streamlit 1.67 does not define is a warning, worded as 1.67 logs
    it, so apps written for other releases still build."""
    from stc_runtime.config import check_config

    try:
        text = (root / CONFIG).read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BuildError(f"{CONFIG}: not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.") from None
    except OSError as exc:
        raise BuildError(f"{CONFIG}: cannot read it ({exc.strerror or exc}).") from None
    checked = check_config(text)
    errors = [p for p in checked.problems if p.kind != "unknown"]
    if errors:
        raise BuildError("\n".join(
            at_source(CONFIG, p.line, p.column, f"not valid TOML: {p.message}." if p.kind == "syntax" else f"{p.message}.",
                      p.source_line or None)
            for p in errors
        ))
    return [f"{CONFIG}:{p.line}: {p.message}." if p.line else f"{CONFIG}: {p.message}." for p in checked.problems]


# --- pages (multipage apps) -----------------------------------------------------


def _literal(node: ast.AST | None):
    return node.value if isinstance(node, ast.Constant) else None


def _page_strings(node: ast.AST):
    """String literals in a list/tuple/dict passed to st.navigation, not
    inside st.Page(...) calls (those are pages of their own)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        for elt in node.elts:
            yield from _page_strings(elt)
    elif isinstance(node, ast.Dict):
        for value in node.values:
            yield from _page_strings(value)


def find_pages(root: Path, entrypoint: str, files: set[str]) -> tuple[list[SitePage], list[str]]:
    """The app's pages, found without running it: ``st.Page("...")`` and
    plain strings passed to ``st.navigation`` in the entrypoint (inside lists
    and dicts too) when it calls ``st.navigation``, else ``.py`` files in
    ``pages/`` (named as the runtime names them: stc_runtime.navigation).
    A page path that is not a literal is a warning (its page still works,
    but gets no URL of its own); a missing page file is an error, and so is
    a URL pathname the runtime rejects or that would put the page's
    ``index.html`` outside its own folder (``navigation.url_path_problem``),
    with ``file:line`` and a caret."""
    from stc_runtime.errors import StreamlitAPIException
    from stc_runtime.navigation import (_is_web_url, calls_navigation, label_from_name, normalize_url_path,
                                        page_icon_and_name, pages_directory, shown_title, url_path_problem)

    source = (root / entrypoint).read_text(encoding="utf-8", errors="replace")
    home_title = label_from_name(page_icon_and_name(Path(entrypoint).name)[1]) or Path(entrypoint).stem
    if not calls_navigation(source):
        pages = pages_directory(str(root / entrypoint))
        for page in pages[1:]:
            # A file name gives any URL pathname but "/" and NUL: "...py" is "..".
            problem = url_path_problem(page.url_path, reserved=False)
            if problem is not None:
                rel = Path(page.path).relative_to(root).as_posix()
                raise BuildError(f"{rel}: this page's file name gives it the URL pathname `{page.url_path}`. {problem} Rename the file.")
        return [SitePage("", home_title, entrypoint)] + [
            SitePage(p.url_path, p.title, Path(p.path).relative_to(root).as_posix()) for p in pages[1:]
        ], []
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return [SitePage("", home_title, entrypoint)], []  # analyze reports it
    functions = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    entry_dir = Path(entrypoint).parent
    found: list[tuple[int, SitePage, bool]] = []  # (line, page, default)
    warnings: list[str] = []

    lines = source.splitlines()

    def error_at(node: ast.AST, message: str) -> BuildError:
        text = lines[node.lineno - 1] if 0 < node.lineno <= len(lines) else None
        # ast's columns count UTF-8 bytes; the caret counts characters.
        column = len(text.encode("utf-8")[: node.col_offset].decode("utf-8", errors="replace")) + 1 if text is not None else 0
        return BuildError(at_source(entrypoint, node.lineno, column, message, text))

    def page_from(arg: ast.AST, call: ast.Call | None) -> None:
        kw = {k.arg: k.value for k in call.keywords} if call is not None else {}
        line = arg.lineno
        title = _literal(kw.get("title"))
        url_path = _literal(kw.get("url_path"))
        default = _literal(kw.get("default")) is True
        if isinstance(url_path, str):
            # The runtime's own check (1.67's messages), before any file is written.
            try:
                url_path = normalize_url_path(url_path, default=default)
            except StreamlitAPIException as exc:
                raise error_at(kw["url_path"], f"st.Page(..., url_path={url_path!r}): {exc}") from None
        rel = _literal(arg)
        if isinstance(rel, str) and _is_web_url(rel):
            return  # st.Page("https://..."): a link to another site, no page of this one
        if isinstance(rel, str):
            # Lexically, as the runtime does (navigation.StreamlitPage): a
            # page may be a published link.
            target = Path(os.path.normpath(root / entry_dir / rel))
            try:
                rel_posix = target.relative_to(root).as_posix()
            except ValueError:
                raise BuildError(f"{entrypoint}:{line}: st.Page({rel!r}): the page is outside the app's folder {root}, so it cannot be published.") from None
            if rel_posix not in files:
                raise BuildError(f"{entrypoint}:{line}: st.Page({rel!r}): no such file {rel_posix} in the app's folder.")
            name = page_icon_and_name(target.name)[1]
            source_rel: str | None = rel_posix
            problem = url_path_problem(name, reserved=False) if url_path is None else None
            if problem is not None:
                raise error_at(arg, f"st.Page({rel!r}): its file name gives the page the URL pathname `{name}`. {problem} "
                                    "Pass another with url_path=..., or rename the file.")
        elif isinstance(arg, ast.Name) and arg.id in functions:
            name, source_rel = arg.id, None
        else:
            if call is not None:
                warnings.append(f"{entrypoint}:{line}: st.Page(...) with a page that is not a string literal: "
                                "the page works, but has no page file of its own (its URL opens through 404.html).")
            return
        url = url_path if isinstance(url_path, str) else name
        # As st.Page names it: an explicit title as given ("st.area_chart"
        # keeps its underscore), else the file or function name with "_" as " ".
        label = title if isinstance(title, str) and title else name.replace("_", " ")
        found.append((line, SitePage(url, shown_title(label), source_rel), default))

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else None
            if name == "Page" and (node.args or any(k.arg == "page" for k in node.keywords)):
                arg = node.args[0] if node.args else next(k.value for k in node.keywords if k.arg == "page")
                page_from(arg, node)
    # Plain strings in what st.navigation gets (a list, a dict of lists, or
    # a name assigned one) are pages too; dict keys are section labels.
    assigned: dict[str, list[ast.AST]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    assigned.setdefault(t.id, []).append(node.value)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (getattr(node.func, "attr", None) or getattr(node.func, "id", None)) == "navigation" and node.args:
            arg = node.args[0]
            for value in assigned.get(arg.id, []) if isinstance(arg, ast.Name) else [arg]:
                parts = [v for v in value.values if v is not None] if isinstance(value, ast.Dict) else [value]
                for part in parts:
                    for sub in _page_strings(part):
                        page_from(sub, None)
    found.sort(key=lambda t: t[0])
    if not found:
        return [SitePage("", home_title, entrypoint)], warnings
    # The root URL shows the default page: the one with default=True, else
    # (statically) the first one found; its own pathname is not a page URL.
    home = next((p for _, p, d in found if d), found[0][1])
    pages = [SitePage("", home.title, home.source)]
    seen = {""}
    for _, page, _ in found:
        if page is not home and page.url_path not in seen:
            seen.add(page.url_path)
            pages.append(page)
    return pages, warnings


def _gitignore(root: Path) -> pathspec.GitIgnoreSpec | None:
    gitignore = root / ".gitignore"
    if not gitignore.is_file():
        return None
    lines = gitignore.read_text(encoding="utf-8", errors="replace").splitlines()
    # GitIgnoreSpec follows git's own rules (a later "!keep.log" re-includes);
    # the "gitwildmatch" factory is deprecated in pathspec 1.x.
    return pathspec.GitIgnoreSpec.from_lines(lines)
