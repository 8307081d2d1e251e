"""stc's pure-Python implementation of the ``streamlit`` API.

This package is installed as ``stc_runtime`` and becomes ``streamlit`` only
through ``install_as_streamlit()``, which the worker, the build-time prerender
and AppTest call. Installing stc therefore never shadows a real Streamlit.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from typing import Any, NoReturn

from . import run_context, elements  # noqa: F401  (registers every element)
from .config import get_option, set_option
from .context_proxy import ContextProxy
from .delta_generator import PAGE_CONFIG_ROOT, DeltaGenerator, sidebar
from .delta_generator import main as _main
from .elements._index import INDEX
from .errors import RerunException, StopException, StreamlitAPIException
from .navigation import Page, navigation, switch_page
from .payloads.navigation import PageConfigElement as _PageConfigElement
from .query_params import QueryParamsProxy
from .secrets import Secrets
from .state import SessionStateProxy
from .user_info import UserInfoProxy, login, logout

# The Streamlit release whose API this runtime follows (names, signatures,
# defaults, errors); apps that check ``st.__version__`` see that release.
__version__ = "1.67.0"

session_state = SessionStateProxy(lambda: run_context.current().session_state)
secrets = Secrets()
query_params = QueryParamsProxy()
context = ContextProxy()
user = UserInfoProxy()


def rerun(scope: str = "app") -> NoReturn:
    """Stop the current run and start a new one at once.

    Parameters:
        scope: "app" (default): run the whole script again. "fragment": run
            only the fragment that is running; a full run is never a
            fragment's run, so this raises
            ``StreamlitInvalidLayoutContextError`` (stc has no fragments
            yet). A fragment key, or a list of keys: rerun those fragments,
            allowed only from a widget callback. An int is taken as its
            text; an empty string or list, or another type, raises as 1.67
            does.
    """
    from collections.abc import Sequence

    from .errors import StreamlitInvalidLayoutContextError, StreamlitInvalidParameterTypeError, StreamlitValueError

    accepted = ["'app'", "'fragment'", "a fragment key", "a list of keys"]
    if isinstance(scope, int):
        scope = str(scope)
    if isinstance(scope, (bytes, bytearray)) or not isinstance(scope, (str, Sequence)):
        raise StreamlitInvalidParameterTypeError("scope", type(scope).__name__, ["str", "int", "list[str | int]"])
    if scope == "":
        raise StreamlitValueError("scope", accepted, detail="Got an empty string.")
    if not isinstance(scope, str):
        if len(scope) == 0:
            raise StreamlitValueError("scope", accepted, detail="Got an empty list.")
        keys: list[str] = []
        for item in scope:
            if isinstance(item, int):
                item = str(item)
            elif not isinstance(item, str):
                raise StreamlitInvalidParameterTypeError("scope list items", type(item).__name__, ["str", "int"])
            elif item == "":
                raise StreamlitValueError("scope list items", ["non-empty strings or ints"],
                                          detail="Found an empty string in the list.")
            keys.append(item)
        for item in keys:
            if item in ("app", "fragment"):
                raise StreamlitValueError("scope", ["fragment keys"], detail=(
                    f"'{item}' is a reserved scope name and cannot appear inside a list. "
                    f"Pass '{item}' directly as a string."))
        scope = keys  # type: ignore[assignment]
    if scope == "fragment":
        raise StreamlitInvalidLayoutContextError(
            'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.')
    if scope != "app":
        ctx = run_context.current()
        if not getattr(ctx, "in_callback", False):
            raise StreamlitAPIException(
                "Passing a fragment key to `st.rerun()` is only allowed from a widget callback (e.g. `on_change` / "
                "`on_click`). Calling it from the main script body or a fragment body would abort the current run. "
                "If you meant to rerun the whole app or the current fragment, use `scope='app'` or "
                "`scope='fragment'`.", error_id="rerun-keyed-outside-callback")
        # No fragment has ever drawn (fragments are not implemented yet), so
        # no key names one.
        first = scope if isinstance(scope, str) else scope[0]
        raise StreamlitAPIException(
            f"No fragment found for target '{first}'. Pass the same `key` you set on `@st.fragment(key=...)`, and "
            "make sure that fragment has rendered at least once.", error_id="rerun-unknown-fragment-key")
    raise RerunException()


def stop() -> NoReturn:
    """Stop the current run here; what was written so far stays."""
    raise StopException()


def set_page_config(page_title: str | None = None, page_icon: Any = None, layout: str | None = None,
                    initial_sidebar_state: str | int | None = None, menu_items: Any = None) -> None:
    """Set the browser tab's title and icon, the page's layout and the app
    menu's entries. Calls add up: an argument left None keeps what an
    earlier call set.

    Parameters:
        page_title: the tab's title; None: keep the title set before (else
            the page's title in multipage apps, or the build's).
        page_icon: the tab's icon: an emoji, ``":material/name:"``,
            ``"random"`` (an emoji picked at random) or an image (a path, a
            URL, bytes, an array or a PIL image); None: keep the icon set
            before (else the page's icon or the build's).
        layout: "centered" (a column of limited width) or "wide" (the whole
            window); None: keep the current layout (at first "centered").
        initial_sidebar_state: "auto", "expanded", "collapsed", "locked" or a
            positive pixel width; None: keep the current one (at first
            "auto").
        menu_items: entries of the app menu, by key: "Get help" and "Report
            a bug" (a http(s) or mailto URL the entry opens; None hides the
            entry) and "About" (Markdown shown in a dialog). Keys ignore case.
    """
    from .errors import StreamlitInvalidURLError, StreamlitValueError

    if layout not in (None, "centered", "wide"):
        raise StreamlitValueError("layout", ["'centered'", "'wide'"])
    sidebar_values = ["'auto'", "'expanded'", "'collapsed'", "'locked'", "a positive integer (width in pixels)"]
    if not (initial_sidebar_state is None or initial_sidebar_state in ("auto", "expanded", "collapsed", "locked")
            or isinstance(initial_sidebar_state, int)):
        raise StreamlitValueError("initial_sidebar_state", sidebar_values, detail=f"Got {initial_sidebar_state!r}.")
    if isinstance(initial_sidebar_state, int) and initial_sidebar_state <= 0:
        raise StreamlitValueError("initial_sidebar_state", sidebar_values, detail=f"Got {initial_sidebar_state}.")
    menu = _menu_items(menu_items, StreamlitValueError, StreamlitInvalidURLError) if menu_items is not None else None
    icon, icon_url = _page_icon(page_icon)
    ctx = run_context.current()
    # The layout and sidebar state stay as the last call of the session left
    # them (the page keeps them in 1.67); title and icon add up within a run.
    kept = getattr(ctx.session, "_stc_page_layout", ("centered", "auto"))
    layout = layout if layout is not None else ctx.page_config.get("layout", kept[0])
    if initial_sidebar_state is None:
        initial_sidebar_state = ctx.page_config.get("initial_sidebar_state", kept[1])
    ctx.session._stc_page_layout = (layout, initial_sidebar_state)  # type: ignore[attr-defined]
    settings = ctx.page_config
    settings.update(layout=layout, initial_sidebar_state=initial_sidebar_state)
    if page_title is not None:
        settings["title"] = page_title
    if icon is not None or icon_url is not None:
        settings["icon"], settings["icon_url"] = icon, icon_url
    if menu is not None:
        settings["menu_items"] = {**settings.get("menu_items", {}), **menu}
    # Its own root: the page applies it to the tab and the layout instead of
    # drawing it among the app's elements.
    ctx.write((PAGE_CONFIG_ROOT, 0), _PageConfigElement(
        title=settings.get("title"), icon=settings.get("icon"), icon_url=settings.get("icon_url"),
        layout=layout,  # type: ignore[arg-type]
        initial_sidebar_state=str(initial_sidebar_state),
        menu_items=settings.get("menu_items") or None,
    ))


_MENU_KEYS = {"get help": "get_help", "report a bug": "report_a_bug", "about": "about"}


def _menu_items(items: Any, value_error: Any, url_error: Any) -> dict[str, str | None]:
    """``menu_items`` checked as 1.67 checks it (keys lowercased and
    stripped; URLs with the http, https or mailto scheme), by payload name."""
    from urllib.parse import urlparse

    menu: dict[str, str | None] = {}
    for raw_key, value in dict(items).items():
        key = str(raw_key).strip().lower()
        if key not in _MENU_KEYS:
            raise value_error("menu_items", ["'Get help'", "'Report a bug'", "'About'"],
                              detail=f"`{key}` is not a supported menu item key.")
        if value is not None and key != "about":
            parsed = urlparse(str(value))
            ok = bool(parsed.netloc) if parsed.scheme in ("http", "https") else parsed.scheme == "mailto" and bool(parsed.path)
            if not ok:
                raise url_error(str(value), ("http", "https", "mailto"))
        if key == "about" and value is not None:
            from textwrap import dedent

            value = dedent(str(value))
        # None hides a link entry and clears the About text.
        menu[_MENU_KEYS[key]] = None if value is None else str(value)
    return menu


def _page_icon(page_icon: Any) -> tuple[str | None, str | None]:
    """``(icon, icon_url)`` for ``page_icon``: an emoji or Material Symbol
    as text, anything else as an image URL (both None: keep the current)."""
    from . import icons

    if page_icon is None:
        return None, None
    if isinstance(page_icon, str) and page_icon == "random":
        import random

        return random.choice(_RANDOM_EMOJI), None
    if isinstance(page_icon, str):
        text = page_icon.strip()
        if text.startswith(":material"):
            return icons.validate_material_icon(text), None
        if icons.is_emoji(text):
            return text, None
    from .elements.media import image_src

    try:
        return None, image_src(page_icon)
    except Exception:  # noqa: BLE001 - as 1.67: text that is no image is shown as given
        if isinstance(page_icon, str):
            return page_icon, None
        raise


# "random" picks one of these, as 1.67 picks from its own list of emoji.
_RANDOM_EMOJI = ("🎈", "🚀", "🌟", "🎉", "🐱", "🦊", "🐼", "🌈", "🍀", "🍕", "🎨", "📊", "🧪", "🔭", "🛰️", "🌍", "🐙", "🦄")


# Imported on first use: start-up time in the browser is paid by every visitor.
_LAZY = {
    "cache_data": "caching",
    "cache_resource": "caching",
    "column_config": None,  # the module itself
    "runtime": None,  # ``from streamlit import runtime``
    "dialog": "elements.layout",
    "experimental_dialog": "elements.layout",  # the name before Streamlit 1.37
}


def __getattr__(name: str) -> Any:
    # ``st.button`` is the main area's ``button`` (see delta_generator); the
    # element's family is imported on first use (see elements/__init__.py).
    if name.startswith("_"):
        raise AttributeError(name)
    if name in _LAZY:
        where = _LAZY[name]
        if where is None:
            value = importlib.import_module(f"{__name__}.{name}")
        else:
            value = getattr(importlib.import_module(f"{__name__}.{where}"), "dialog" if name == "experimental_dialog" else name)
        setattr(sys.modules[__name__], name, value)
        return value
    try:
        bound = getattr(_main, name)
    except AttributeError:
        raise AttributeError(f"module 'streamlit' has no attribute {name!r}") from None
    setattr(sys.modules[__name__], name, bound)
    return bound


def __dir__() -> list[str]:
    from .elements._index import INDEX

    return sorted({*globals(), *INDEX, *_LAZY})


class _StreamlitAlias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Makes ``streamlit.X`` the very module ``stc_runtime.X`` (never a second
    copy of it), e.g. ``from streamlit.testing.v1 import AppTest``."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None):
        if not fullname.startswith("streamlit."):
            return None
        real = __name__ + fullname[len("streamlit"):]
        if importlib.util.find_spec(real) is None:
            return None
        return importlib.machinery.ModuleSpec(fullname, self, is_package=True)

    def create_module(self, spec):
        return importlib.import_module(__name__ + spec.name[len("streamlit"):])

    def exec_module(self, module) -> None:
        pass  # already executed under its real name


def install_as_streamlit() -> None:
    """Make ``import streamlit`` (and its submodules) return this runtime
    (worker, prerender, AppTest only)."""
    sys.modules["streamlit"] = sys.modules[__name__]
    if not any(isinstance(f, _StreamlitAlias) for f in sys.meta_path):
        sys.meta_path.insert(0, _StreamlitAlias())


__all__ = ["DeltaGenerator", "cache_data", "cache_resource", "context", "user", "login", "logout", "session_state", "secrets", "query_params", "get_option", "set_option", "sidebar", "rerun", "stop", "set_page_config", "dialog", "experimental_dialog", "Page", "navigation", "switch_page", *INDEX]
