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
from .delta_generator import PAGE_CONFIG_ROOT, DeltaGenerator, sidebar
from .delta_generator import main as _main
from .elements._index import INDEX
from .errors import RerunException, StopException, StreamlitAPIException
from .navigation import Page, navigation, switch_page
from .payloads.navigation import PageConfigElement as _PageConfigElement
from .query_params import QueryParamsProxy
from .secrets import Secrets
from .state import SessionStateProxy

# The Streamlit release whose documented behaviour this runtime follows
# (newer releases differ in a few documented places).
__version__ = "1.49.1"

session_state = SessionStateProxy(lambda: run_context.current().session_state)
secrets = Secrets()
query_params = QueryParamsProxy()


def rerun() -> NoReturn:
    """Stop the current run and start a new one at once."""
    raise RerunException()


def stop() -> NoReturn:
    """Stop the current run here; what was written so far stays."""
    raise StopException()


def set_page_config(page_title: str | None = None, page_icon: Any = None, layout: str = "centered",
                    initial_sidebar_state: str = "auto", menu_items: Any = None) -> None:
    """Set the browser tab's title and icon and the page's layout. Each call
    replaces what an earlier call of the run set.

    Parameters:
        page_title: the tab's title; None: the page's title (multipage apps)
            or the build's.
        page_icon: an emoji for the tab's icon; None (or an image, which the
            page does not show yet): the page's icon or the build's.
        layout: "centered" (a column of limited width) or "wide" (the whole
            window).
        initial_sidebar_state: "auto", "expanded" or "collapsed" (accepted;
            the sidebar shows whenever it has content).
        menu_items: the app menu's entries (accepted; the page has no app
            menu).
    """
    if layout not in ("centered", "wide"):
        raise StreamlitAPIException(f'`layout` must be "centered" or "wide" (got "{layout}")')
    ctx = run_context.current()
    # Its own root: the page applies it to the tab and the layout instead of
    # drawing it among the app's elements.
    ctx.write((PAGE_CONFIG_ROOT, 0), _PageConfigElement(
        title=page_title, icon=page_icon if isinstance(page_icon, str) else None,
        layout=layout, initial_sidebar_state=initial_sidebar_state,  # type: ignore[arg-type]
    ))


# Imported on first use: start-up time in the browser is paid by every visitor.
_LAZY = {
    "cache_data": "caching",
    "cache_resource": "caching",
    "column_config": None,  # the module itself
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


__all__ = ["DeltaGenerator", "cache_data", "cache_resource", "session_state", "secrets", "query_params", "get_option", "set_option", "sidebar", "rerun", "stop", "set_page_config", "dialog", "experimental_dialog", "Page", "navigation", "switch_page", *INDEX]
