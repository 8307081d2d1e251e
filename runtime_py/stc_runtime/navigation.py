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
import textwrap
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Literal, Mapping, Sequence
from urllib.parse import urlencode, urlparse

from . import run_context, magic
from .errors import (RerunException, StreamlitAPIException, StreamlitIncompatibleParametersError,
                     StreamlitInvalidParameterTypeError, StreamlitMissingRequiredParameterError,
                     StreamlitPageNotFoundError, StreamlitValueError)
from .icons import extract_leading_emoji, validate_icon_or_emoji
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
    return extract_leading_emoji(name)


def label_from_name(name: str) -> str:
    """How a name shows in the menu: underscores as spaces, leading and
    trailing ones gone, runs of them one space (``__Awesome_page__()``
    shows as "Awesome page")."""
    return " ".join(name.replace("_", " ").split())


def shown_title(title: str) -> str:
    """How an ``st.Page`` title shows in the menu: as given (an explicit
    ``"st.area_chart"`` keeps its underscore), with runs of spaces shown as
    one and none at the ends, as HTML draws text (``__Awesome_page__()``'s
    title " Awesome page " shows as "Awesome page")."""
    return " ".join(title.split()) or title


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



def _is_web_url(text: str) -> bool:
    """An http(s) URL with a host: what st.Page takes for another site."""
    parsed = urlparse(text)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def _url_path_from_title(title: str) -> str:
    """An external page's URL pathname from its title, as 1.67 makes it:
    lower case, whitespace runs as one ``_``, URL-unsafe characters dropped,
    no ``_`` at the ends."""
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path)
    return re.sub(r"_+", "_", path.strip("_"))


class StreamlitPage:
    """A page of a multipage app, made by ``st.Page``: a Python file (path
    relative to the entrypoint), a callable, or a link to another site (an
    http(s) URL). Pass pages to ``st.navigation``; run the one it returns
    with ``.run()``."""

    def __init__(
        self,
        page: str | Path | Callable[[], None],
        *,
        title: str | None = None,
        icon: str | None = None,
        url_path: str | None = None,
        default: bool = False,
        visibility: Literal["visible", "hidden"] = "visible",
        help: str | None = None,  # noqa: A002 - Streamlit's parameter name
    ) -> None:
        if visibility not in ("visible", "hidden"):
            raise StreamlitValueError("visibility", ["visible", "hidden"])
        self._default = bool(default)
        self._visibility = visibility
        # As 1.67 keeps it: dedented, "" when blank.
        help_text = "" if help is None else textwrap.dedent(str(help))
        self._help = help_text if help_text.strip() else ""
        self._external_url: str | None = None
        ctx = run_context.current()
        if isinstance(page, str) and _is_web_url(page):
            # A link in the menu to another site (opened in a new tab): it
            # needs a title, which gives its URL pathname unless url_path does.
            if title is None or title.strip() == "":
                raise StreamlitMissingRequiredParameterError("title", detail=(
                    "External URL pages require a non-empty title. "
                    f"Please provide a title for the URL: {page}"))
            if default:
                raise StreamlitIncompatibleParametersError(
                    "page=<external URL>", "default=True",
                    explanation="External URL pages cannot be set as the default page.")
            self._external_url = page
            self._page = None  # type: ignore[assignment]
            self._title = title
            self._icon = validate_icon_or_emoji(icon)
            self._url_path = (_url_path_from_title(title) if url_path is None else url_path).strip().strip("/")
            if self._url_path == "":
                raise StreamlitMissingRequiredParameterError("url_path", detail=(
                    "Provide a non-empty `url_path`, or omit it and provide a "
                    "`title` that can be converted to a valid URL path."))
            problem = url_path_problem(self._url_path)
            if problem is not None:
                raise StreamlitAPIException(problem)
            self._can_be_called = False
            return
        inferred_icon, inferred_name = "", ""
        if isinstance(page, (str, Path)):
            if "\0" in os.fspath(page):
                raise StreamlitAPIException("Unable to create Page. Page paths must not contain null bytes.",
                                            error_id="page-path-contains-null-bytes")
            entry_dir = os.path.dirname(ctx.session.script_path) if ctx.session is not None else ctx.app_root
            path = os.path.normpath(os.path.join(entry_dir, os.fspath(page)))
            if not os.path.isfile(path):
                raise StreamlitPageNotFoundError(os.path.basename(path))
            page = path
            inferred_icon, inferred_name = page_icon_and_name(os.path.basename(path))
        elif callable(page):
            if hasattr(page, "__name__"):
                inferred_name = str(page.__name__)
            elif title is None:
                raise StreamlitMissingRequiredParameterError(
                    "title", detail="Streamlit cannot infer a title from this callable.")
        else:
            raise StreamlitAPIException(
                f"Invalid page type: {type(page)}. Must be either a string path, a pathlib.Path, a callable function, or a st.Page object."
            )
        self._page: str | Callable[[], None] = page
        # An explicit title is kept as given ("st.area_chart" keeps its
        # underscore); one from a file or function name reads "_" as " ".
        self._title = title or inferred_name.replace("_", " ")
        self._icon = validate_icon_or_emoji(icon if icon is not None else inferred_icon)
        if self._title.strip() == "":
            raise StreamlitMissingRequiredParameterError(
                "title", detail="It cannot be empty or consist of underscores/spaces only.")
        self._url_path = inferred_name if url_path is None else normalize_url_path(url_path, default=self._default)
        self._can_be_called = False

    @property
    def title(self) -> str:
        return self._title

    @property
    def icon(self) -> str:
        return self._icon

    @property
    def is_external(self) -> bool:
        """Whether the page is a link to another site (``st.Page("https://...")``)."""
        return self._external_url is not None

    @property
    def external_url(self) -> str | None:
        """The other site's URL of an external page; None otherwise."""
        return self._external_url

    @property
    def help(self) -> str:
        """The page's tooltip in the menu (``help=``); ``""``: none."""
        return self._help

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
        if self._external_url is not None:
            return  # the menu opens the other site itself
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


def Page(
    page: str | Path | Callable[[], None],
    *,
    title: str | None = None,
    icon: str | None = None,
    url_path: str | None = None,
    default: bool = False,
    visibility: Literal["visible", "hidden"] = "visible",
    help: str | None = None,  # noqa: A002 - Streamlit's parameter name
) -> StreamlitPage:
    """Define a page for ``st.navigation``.

    Parameters:
        page: a Python file (its path relative to the entrypoint), a
            function that draws the page, or an ``http(s)://`` URL: a menu
            item that opens another site in a new tab (it needs a title).
        title: the page's label in the menu and the browser tab; None: from
            the file or function name.
        icon: an emoji or ``":material/name:"``; None: none.
        url_path: the page's URL pathname (one segment); None: from the
            file or function name (an external page's: from its title).
        default: this page is shown at the app's root URL.
        visibility: ``"hidden"`` keeps the page reachable but out of the menu.
        help: the tooltip of the page's item in the menu (Markdown text,
            dedented); None or blank: none.
    """
    return StreamlitPage(page, title=title, icon=icon, url_path=url_path, default=default, visibility=visibility,
                         help=help)


def _to_page(page: Any) -> StreamlitPage:
    if isinstance(page, StreamlitPage):
        return page
    if isinstance(page, (str, Path)) or callable(page):
        return StreamlitPage(page)
    raise StreamlitInvalidParameterTypeError("pages", type(page).__name__, ["str", "Path", "callable", "st.Page"])


def _describe(page: StreamlitPage, section: str, entry_dir: str) -> str:
    """A page as 1.67's duplicate-pathname error names it."""
    if page._external_url is not None:
        text = f"external URL `{page._external_url}`"
    elif isinstance(page._page, str):
        rel = os.path.relpath(page._page, entry_dir) if entry_dir else page._page
        text = f"`{page._page if rel.startswith('..') else rel}`"
    else:
        text = f'callable titled "{page.title}"'
    notes = ([f'section "{section}"'] if section else []) + (["hidden"] if page.visibility == "hidden" else []) + (
        ["default page"] if page._default else [])
    return text + (f" ({', '.join(notes)})" if notes else "")


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
        expanded: True: the sidebar menu always lists every page; an int
            above 0: a menu of at least that many plus three pages lists
            that many and a "View N more" button; False or 0: the same
            with 10. A sidebar holding only the menu lists every page.
    """
    if not isinstance(position, str) or position not in ("sidebar", "hidden", "top"):
        raise StreamlitValueError("position", ["'sidebar'", "'hidden'", "'top'"])
    ctx = run_context.current()
    session = ctx.session
    if isinstance(pages, Mapping):
        sections = {str(name): [_to_page(p) for p in group] for name, group in pages.items()}
    else:
        sections = {"": [_to_page(p) for p in pages]}
    page_list = [p for group in sections.values() for p in group]
    if not page_list:
        raise StreamlitMissingRequiredParameterError("pages", detail="Provide at least one `st.Page`.")
    default = None
    for page in page_list:
        if page._default:
            if default is not None:
                raise StreamlitAPIException("Multiple Pages specified with `default=True`. At most one Page can be set to default.")
            default = page
    if default is None:
        own = [p for p in page_list if p._external_url is None]
        if not own:
            raise StreamlitAPIException(
                "At least one non-external page is required. External URL pages cannot be the default page.",
                error_id="navigation-external-only-pages")
        default = own[0]
        default._default = True
    # Streamlit keys pages by a hash of the URL pathname each would have if
    # it were not the default, so the default page's counts too.
    seen: dict[str, tuple[str, StreamlitPage]] = {}
    for section, group in sections.items():
        for page in group:
            if page._url_path in seen:
                entry_dir = os.path.dirname(session.script_path) if session is not None else ""
                first_section, first = seen[page._url_path]
                note = (" The default page is served at the app root, but it still reserves this pathname."
                        if first._default or page._default else "")
                raise StreamlitAPIException(
                    f"Two pages resolve to the URL pathname `/{page._url_path}`: "
                    f"{_describe(first, first_section, entry_dir)} and {_describe(page, section, entry_dir)}. "
                    "Each page passed to `st.navigation` needs a unique URL pathname, including pages in different "
                    "sections, hidden pages, and external URL pages. Streamlit infers the pathname from the filename, "
                    f"callable name, or the title of an external URL page.{note} Set a unique `url_path` in "
                    "`st.Page` for one of these pages.",
                    error_id="navigation-duplicate-url-pathname",
                )
            seen[page._url_path] = (section, page)

    if session is None:  # outside a session (never in the worker)
        default._can_be_called = True
        return default
    # 1.67's check of expanded: a bool, or an int of at least 0 (0: the default).
    if isinstance(expanded, bool):
        visible_items = None
    elif isinstance(expanded, int):
        if expanded < 0:
            raise StreamlitValueError("expanded", ["True", "False", "a non-negative integer"],
                                      detail=f"Provided value: {expanded!r}.")
        visible_items = expanded or None
    else:
        raise StreamlitInvalidParameterTypeError("expanded", type(expanded).__name__, ["bool", "int"])
    session.uses_pages_directory = False
    session.nav_pages = page_list
    requested, explicit = session.take_page_request()
    # An external page has no URL of its own here: opening its pathname is
    # opening a page that is not there (as in 1.67).
    index = _find([p.url_path if p._external_url is None else "\0" for p in page_list], requested)
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
            NavPage(url_path=p.url_path, title=shown_title(p.title), icon=p.icon, section=section,
                    hidden=p.visibility == "hidden", help=p.help, external_url=p.external_url)
            for section, group in sections.items() for p in group
        ],
        position=position, current=page.url_path, title=shown_title(page.title), icon=page.icon, not_found=not_found,
        expanded=expanded is True, visible_items=visible_items,
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
        candidates = [(p._page if isinstance(p._page, str) else None, p.url_path, shown_title(p.title), p.icon)
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
    # 1.67's message names the pages/ folder when the app has one and does
    # not use st.navigation; otherwise st.Page / st.navigation.
    pages_folder = session.uses_pages_directory and os.path.isdir(os.path.join(os.path.dirname(entry), PAGES_DIR))
    raise StreamlitPageNotFoundError(
        os.fspath(page) if isinstance(page, (str, Path)) else str(page),
        main_script_directory=os.path.dirname(entry), uses_pages_directory=pages_folder,
    )


def switch_page(page: Any, *, query_params: Mapping[str, Any] | None = None) -> None:
    """Stop this run and show another page of the app, keeping session state.

    Parameters:
        page: a ``StreamlitPage`` or a file path relative to the entrypoint.
        query_params: the query parameters the new page's URL carries
            (a mapping); None: none.
    """
    if isinstance(page, StreamlitPage) and page.is_external:
        raise StreamlitAPIException(
            "Cannot use st.switch_page with external URL pages. "
            "Use st.page_link instead to create a link to external pages.",
            error_id="switch-page-external-url-not-supported",
        )
    url_path, _, _ = resolve_page(page)
    session = run_context.current().session
    session.request_page(url_path)
    session.set_query_string(urlencode(dict(query_params), doseq=True) if query_params else "")
    raise RerunException()


def _check_icon(icon: str) -> None:
    """1.67's check of an ``icon=`` (st.page_link uses it): raises its error."""
    validate_icon_or_emoji(icon)
