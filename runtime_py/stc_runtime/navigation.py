"""Multipage apps: the ``pages/`` folder, ``st.Page``, ``st.navigation`` and
``st.switch_page``, as Streamlit documents multipage apps.

A session shows one page at a time; ``AppSession.current_page`` holds its URL
pathname (``""`` for the default page). The page asks for another page with
``Rerun.page`` (menu, ``st.page_link``, back/forward, the URL at boot); the
app does with ``st.switch_page``. Every run tells the page which pages exist
and which one it shows (``protocol.Navigation``); runtime_js/src/router.js
keeps the browser's URL in step.

Two ways to have pages, as in Streamlit:
- the ``pages/`` folder ("v1"): the runner runs the chosen page's file
  *instead of* the entrypoint (``script_for_run``);
- ``st.navigation`` ("v2"): the entrypoint runs every time, as a frame, and
  runs the page ``st.navigation`` returns with ``page.run()``. Calling it
  switches the ``pages/`` folder off for the session for good (Streamlit's
  docs: "the pages/ directory will be ignored across all sessions"; a
  browser tab is the only session of its worker). A session starts in v2
  when its entrypoint calls ``navigation`` (``calls_navigation``), so a deep
  link into such an app never runs a ``pages/`` file by mistake.

Page names follow Streamlit's documented automatic page labels and URLs:
a file name is ``number``, ``separator``, ``identifier``, ``.py``.
"""

from __future__ import annotations

import ast
import os
import re
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Literal, Mapping, Sequence
from urllib.parse import urlencode

from . import run_context, magic
from .errors import RerunException, StreamlitAPIException
from .icons import MATERIAL_ICON, split_leading_emoji
from .protocol import Navigation, NavPage

# number, separator (any mix of "_", "-", " "), identifier, ".py"
_FILENAME = re.compile(r"^([0-9]*)[_ -]*(.*)\.py$", re.DOTALL)
PAGES_DIR = "pages"


# --- names -------------------------------------------------------------------


def parse_filename(filename: str) -> tuple[str, str]:
    """``(number, identifier)`` of a page file name (both may be empty)."""
    match = _FILENAME.match(filename)
    if match is None:
        return "", ""
    return match.group(1), match.group(2)


def page_icon_and_name(filename: str) -> tuple[str, str]:
    """The icon and the URL pathname a page file gets by default: the
    identifier with each run of spaces and underscores condensed to one
    underscore, else the number (leading zeros kept)."""
    number, identifier = parse_filename(filename)
    name = re.sub(r"[_ ]+", "_", identifier).strip() or number
    return split_leading_emoji(name)


def label_from_name(name: str) -> str:
    """How a name shows in the menu: underscores as spaces, leading and
    trailing ones gone, runs of them one space (``__Awesome_page__()``
    shows as "Awesome page")."""
    return " ".join(name.replace("_", " ").split())


def page_sort_key(filename: str) -> tuple[float, str]:
    """Pages with a number come first, by number (compared as a number:
    ``03`` is ``3``), then by label; the rest by label."""
    number, identifier = parse_filename(filename)
    return (float(number) if number else float("inf"), identifier.lower())


# --- pages/ folder (v1) -------------------------------------------------------


@dataclass(frozen=True)
class DirectoryPage:
    path: str  # absolute
    url_path: str  # "" for the entrypoint
    title: str
    icon: str


def pages_directory(entrypoint: str) -> list[DirectoryPage]:
    """The entrypoint (home page) and the ``.py`` files directly in
    ``pages/`` beside it, in menu order. A file whose name has no number
    and no identifier (only separators) is not a page."""
    entrypoint = os.path.abspath(entrypoint)
    icon, name = page_icon_and_name(os.path.basename(entrypoint))
    pages = [DirectoryPage(entrypoint, "", label_from_name(name) or name, icon)]
    folder = Path(entrypoint).parent / PAGES_DIR
    if not folder.is_dir():
        return pages
    files = sorted((p.name for p in folder.iterdir() if p.suffix == ".py" and p.is_file()), key=page_sort_key)
    for filename in files:
        icon, name = page_icon_and_name(filename)
        if not name:
            continue
        pages.append(DirectoryPage(str(folder / filename), name, label_from_name(name) or name, icon))
    return pages


def calls_navigation(source: str) -> bool:
    """Whether a script calls ``st.navigation`` / ``navigation(...)``
    (statically; the build uses it too)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return False
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            fn = node.func
            if (isinstance(fn, ast.Attribute) and fn.attr == "navigation") or (isinstance(fn, ast.Name) and fn.id == "navigation"):
                return True
    return False


def _find(url_paths: Sequence[str], wanted: str) -> int | None:
    """Index of the page with URL pathname ``wanted``: exact first, then
    ignoring case (``Awesome_page`` is served at ``/awesome_page``)."""
    for i, u in enumerate(url_paths):
        if u == wanted:
            return i
    for i, u in enumerate(url_paths):
        if u.lower() == wanted.lower():
            return i
    return None


def script_for_run(session: Any) -> str:
    """pages/ folder apps: which file this run executes, and tell the page
    the page list. Apps using ``st.navigation`` always run the entrypoint."""
    if not session.uses_pages_directory:
        return session.script_path
    pages = pages_directory(session.script_path)
    requested, explicit = session.take_page_request()
    index = _find([p.url_path for p in pages], requested)
    not_found = None
    if index is None:
        index = 0
        not_found = requested if explicit else None
    page = pages[index]
    session.current_page = page.url_path
    if len(pages) > 1 or not_found is not None:
        from .config import get_option

        session.emit(Navigation(
            pages=[NavPage(url_path=p.url_path, title=p.title, icon=p.icon) for p in pages],
            position="sidebar" if get_option("client.showSidebarNavigation") else "hidden",
            current=page.url_path, title=page.title, icon=page.icon, not_found=not_found,
        ))
    return page.path


# --- st.Page / st.navigation (v2) ---------------------------------------------

#: Names at the root of a site stc builds (compiler/stc/package.py's layout),
#: and ones a static host keeps there beside it (a rebuild keeps them:
#: GitHub Pages' CNAME, a gh-pages worktree's .git). A page's URL pathname
#: is a folder at that root (``<url_path>/index.html``), so a page named like
#: one of them would write into, or over, the site itself. Compared ignoring
#: case: macOS and Windows file systems do.
SITE_RESERVED = frozenset({
    "index.html", "404.html", "stc-site.json", "stc-sw.js", "assets", "pyodide", "app", ".nojekyll", "CNAME", ".git",
})


def url_path_problem(url_path: str, *, reserved: bool = True) -> str | None:
    """Why ``url_path`` (already stripped) cannot be a page's URL pathname,
    or None. Streamlit 1.67 rejects ``/`` (its message); stc also rejects
    what would leave the page's folder or the site (``\\``, NUL, ``.``,
    ``..``) and, when ``reserved``, the site's own names (``SITE_RESERVED``).
    The build checks every page with it, so no page file is written outside
    the output folder, where it could overwrite the site's own files or land
    outside the site. A pathname a page's file name gives it is checked
    without ``reserved``: ``st.Page("app.py")`` is served at
    ``app/index.html`` beside the app's files, as it always was; only an
    explicit ``url_path`` is held to the stricter rule."""
    if "/" in url_path:
        return (
            f"The `url_path` `{url_path}` cannot include `/`. "
            "Streamlit does not support nested URL pathnames yet, so use a single "
            "path segment (e.g. `foo_bar`). To upvote support for nested pathnames, "
            "see GitHub issue [#8971](https://github.com/streamlit/streamlit/issues/8971)."
        )
    if "\0" in url_path:
        return "The `url_path` cannot contain null bytes. Use a single path segment (e.g. `foo_bar`)."
    if "\\" in url_path:
        return (f"The `url_path` `{url_path}` cannot include `\\`: some hosts read it as `/`. "
                "Use a single path segment (e.g. `foo_bar`).")
    if url_path in (".", ".."):
        return (f"The `url_path` `{url_path}` names a folder, not a page (`.` is the current folder, `..` its parent). "
                "Use a single path segment (e.g. `foo_bar`).")
    taken = next((name for name in SITE_RESERVED if name.lower() == url_path.lower()), None) if reserved else None
    if taken is not None:
        return (f"The `url_path` `{url_path}` is taken: the static site keeps its own `{taken}` at its root. "
                "Give the page another `url_path`.")
    return None


def normalize_url_path(url_path: str, *, default: bool) -> str:
    """A ``url_path`` argument as Streamlit 1.67 stores it (spaces, then
    slashes, stripped from both ends), or StreamlitAPIException."""
    stripped = url_path.strip().strip("/")
    if stripped.strip() == "" and not default:
        raise StreamlitAPIException("The `url_path` parameter is required. It can only be empty for the default page.")
    problem = url_path_problem(stripped) if stripped else None
    if problem is not None:
        raise StreamlitAPIException(problem)
    return stripped



class StreamlitPage:
    """A page of a multipage app, made by ``st.Page``: a Python file (path
    relative to the entrypoint) or a callable. Pass pages to
    ``st.navigation``; run the one it returns with ``.run()``."""

    def __init__(
        self,
        page: str | Path | Callable[[], None],
        *,
        title: str | None = None,
        icon: str | None = None,
        url_path: str | None = None,
        default: bool = False,
        visibility: Literal["visible", "hidden"] = "visible",
    ) -> None:
        if visibility not in ("visible", "hidden"):
            raise StreamlitAPIException(f"Invalid visibility: {visibility!r}. Must be one of ['visible', 'hidden'].")
        self._default = bool(default)
        self._visibility = visibility
        ctx = run_context.current()
        inferred_icon, inferred_name = "", ""
        if isinstance(page, (str, Path)):
            entry_dir = os.path.dirname(ctx.session.script_path) if ctx.session is not None else ctx.app_root
            path = os.path.normpath(os.path.join(entry_dir, os.fspath(page)))
            if not os.path.isfile(path):
                raise StreamlitAPIException(f"Unable to create Page. The file `{os.path.basename(path)}` could not be found.")
            page = path
            inferred_icon, inferred_name = page_icon_and_name(os.path.basename(path))
        elif callable(page):
            if hasattr(page, "__name__"):
                inferred_name = str(page.__name__)
            elif title is None:
                raise StreamlitAPIException("Cannot infer page title for Callable. Set the `title=` keyword argument.")
        else:
            raise StreamlitAPIException(
                f"Invalid page type: {type(page)}. Must be either a string path, a pathlib.Path, a callable function, or a st.Page object."
            )
        self._page: str | Callable[[], None] = page
        self._title = title or inferred_name.replace("_", " ")
        if self._title.strip() == "":
            raise StreamlitAPIException("The title of the page cannot be empty or consist of underscores/spaces only")
        if icon is not None:
            _check_icon(icon)
        self._icon = icon or inferred_icon
        self._url_path = inferred_name if url_path is None else normalize_url_path(url_path, default=self._default)
        self._can_be_called = False

    @property
    def title(self) -> str:
        return self._title

    @property
    def icon(self) -> str:
        return self._icon

    @property
    def url_path(self) -> str:
        """``""`` for the default page (the app's root URL)."""
        return "" if self._default else self._url_path

    @property
    def visibility(self) -> str:
        return self._visibility

    def _same_source(self, other: "StreamlitPage") -> bool:
        return self._page == other._page and self.url_path == other.url_path

    def run(self) -> None:
        """Run the page. Only the page ``st.navigation`` returned can run,
        once per run of the entrypoint."""
        if not self._can_be_called:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from st.navigation can be called once."
            )
        self._can_be_called = False
        ctx = run_context.current()
        if callable(self._page):
            # Widget ids include the script that drew them; a function has
            # no file of its own, so its URL names it, as Streamlit hashes
            # the page's URL pathname.
            with ctx.running_page(ctx.script_path, callable_page=self._url_path):
                self._page()
            return
        with ctx.running_page(self._page):
            code = ctx.session.compile_file(self._page)
            module = types.ModuleType("__main__")
            module.__file__ = self._page
            module.__dict__["__builtins__"] = __builtins__
            module.__dict__.update(magic.namespace_entries())
            exec(code, module.__dict__)

    def __repr__(self) -> str:
        return f"StreamlitPage(title={self._title!r}, url_path={self.url_path!r})"


def _check_icon(icon: str) -> None:
    if MATERIAL_ICON.match(icon) or split_leading_emoji(icon + "x")[0] == icon:
        return
    raise StreamlitAPIException(
        f'The value "{icon}" is not a valid emoji. Shortcodes are not allowed, please use a single character instead.'
        if not icon.startswith(":material")
        else f'The value "{icon}" is not a valid Material icon. Use ":material/icon_name:" with the icon name in snake case.'
    )


def Page(
    page: str | Path | Callable[[], None],
    *,
    title: str | None = None,
    icon: str | None = None,
    url_path: str | None = None,
    default: bool = False,
    visibility: Literal["visible", "hidden"] = "visible",
) -> StreamlitPage:
    """Define a page for ``st.navigation``.

    Parameters:
        page: a Python file (its path relative to the entrypoint) or a
            function that draws the page.
        title: the page's label in the menu and the browser tab; None: from
            the file or function name.
        icon: an emoji or ``":material/name:"``; None: none.
        url_path: the page's URL pathname (one segment); None: from the title.
        default: this page is shown at the app's root URL.
        visibility: ``"hidden"`` keeps the page reachable but out of the menu.
    """
    return StreamlitPage(page, title=title, icon=icon, url_path=url_path, default=default, visibility=visibility)


def _to_page(page: Any) -> StreamlitPage:
    return page if isinstance(page, StreamlitPage) else StreamlitPage(page)


def navigation(
    pages: Sequence[Any] | Mapping[str, Sequence[Any]],
    *,
    position: Literal["sidebar", "hidden", "top"] = "sidebar",
    expanded: bool | int = False,
) -> StreamlitPage:
    """Declare the app's pages and return the page to show; run it with
    ``.run()``. The entrypoint is the frame around every page.

    Parameters:
        pages: a list of pages (``st.Page`` or file paths), or a dict of
            section label -> list.
        position: where the menu goes: ``"sidebar"``, ``"top"`` or
            ``"hidden"`` (no menu; build your own with ``st.page_link``).
        expanded: show every page in the sidebar menu at once (True), or
            that many before a "View more" (an int); False: Streamlit's
            default of a few.
    """
    if not isinstance(position, str) or position not in ("sidebar", "hidden", "top"):
        raise StreamlitAPIException(
            f'Invalid position "{position}". The position parameter must be one of "sidebar", "hidden", or "top".'
        )
    ctx = run_context.current()
    session = ctx.session
    if isinstance(pages, Mapping):
        sections = {str(name): [_to_page(p) for p in group] for name, group in pages.items()}
    else:
        sections = {"": [_to_page(p) for p in pages]}
    page_list = [p for group in sections.values() for p in group]
    if not page_list:
        raise StreamlitAPIException("`st.navigation` must be called with at least one `st.Page`.")
    default = None
    for page in page_list:
        if page._default:
            if default is not None:
                raise StreamlitAPIException("Multiple Pages specified with `default=True`. At most one Page can be set to default.")
            default = page
    if default is None:
        default = page_list[0]
        default._default = True
    # Streamlit keys pages by a hash of the URL pathname each would have if
    # it were not the default, so the default page's counts too.
    seen: set[str] = set()
    for page in page_list:
        if page._url_path in seen:
            raise StreamlitAPIException(
                f"Multiple Pages specified with URL pathname {page.url_path}. URL pathnames must be unique. "
                "The url pathname may be inferred from the filename, callable name, or title."
            )
        seen.add(page._url_path)

    if session is None:  # outside a session (never in the worker)
        default._can_be_called = True
        return default
    session.uses_pages_directory = False
    session.nav_pages = page_list
    requested, explicit = session.take_page_request()
    index = _find([p.url_path for p in page_list], requested)
    not_found = None
    if index is None:
        # As in Streamlit, a pathname that is not a page (in this run's
        # navigation) shows "Page not found" and the default page.
        not_found = requested if explicit else None
        page = default
    else:
        page = page_list[index]
    session.current_page = page.url_path
    if position == "sidebar":
        from .config import get_option

        if get_option("client.showSidebarNavigation") is False:
            position = "hidden"
    session.emit(Navigation(
        pages=[
            NavPage(url_path=p.url_path, title=label_from_name(p.title) or p.title, icon=p.icon, section=section,
                    hidden=p.visibility == "hidden")
            for section, group in sections.items() for p in group
        ],
        position=position, current=page.url_path, title=page.title, icon=page.icon, not_found=not_found,
    ))
    page._can_be_called = True
    return page


# --- moving between pages -------------------------------------------------------


def resolve_page(page: Any) -> tuple[str, str, str]:
    """``(url_path, title, icon)`` of a page of the current navigation given
    as a ``StreamlitPage`` or a file path relative to the entrypoint. A page
    the visitor cannot reach now is an error (as Streamlit documents: "A user
    can't be routed to a page if the page isn't included in
    st.navigation")."""
    ctx = run_context.current()
    session = ctx.session
    entry = session.script_path
    if session.uses_pages_directory:
        candidates = [(p.path, p.url_path, p.title, p.icon) for p in pages_directory(entry)]
    else:
        candidates = [(p._page if isinstance(p._page, str) else None, p.url_path, label_from_name(p.title) or p.title, p.icon)
                      for p in session.nav_pages]
    if isinstance(page, StreamlitPage):
        for i, p in enumerate(session.nav_pages if not session.uses_pages_directory else []):
            if p._same_source(page):
                return candidates[i][1:]
    elif isinstance(page, (str, Path)):
        wanted = os.path.normpath(os.path.join(os.path.dirname(entry), os.fspath(page)))
        for path, *rest in candidates:
            if path is not None and os.path.normpath(path) == wanted:
                return tuple(rest)  # type: ignore[return-value]
    raise StreamlitAPIException(
        f"Could not find page: `{page}`. Must be the file path relative to the main script, from the directory: "
        f"`{os.path.basename(os.path.dirname(entry))}`. Only the main app file and files in the `pages/` directory are supported."
    )


def switch_page(page: Any, *, query_params: Mapping[str, Any] | None = None) -> None:
    """Stop this run and show another page of the app, keeping session state.

    Parameters:
        page: a ``StreamlitPage`` or a file path relative to the entrypoint.
        query_params: the query parameters the new page's URL carries
            (a mapping); None: none.
    """
    url_path, _, _ = resolve_page(page)
    session = run_context.current().session
    session.request_page(url_path)
    session.set_query_string(urlencode(dict(query_params), doseq=True) if query_params else "")
    raise RerunException()
