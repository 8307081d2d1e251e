"""``st.context``: read-only facts about the visitor's browser, with the
types and the ``None`` values of Streamlit 1.67 (an app written for it reads
them unchanged).

The page sends them (``protocol.ClientContext``: main.js reads the URL,
language, time zone, colour scheme, cookies and whether it is framed) and
the worker hands the newest to the session before a run; ``bridge.py`` keeps
it as ``AppSession.client_context``. Where nothing was sent (AppTest, the
build's prerender, outside a run) every fact is ``None`` and the mappings are
empty, as in 1.67 without a browser.

A static site sees no HTTP request: ``headers`` is always empty and
``ip_address`` always ``None``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

from . import run_context

#: the names ``st.context[...]`` and ``in st.context`` accept
_KEYS = frozenset({"headers", "cookies", "theme", "timezone", "timezone_offset", "locale", "url", "ip_address",
                   "is_embedded"})


def _header_case(name: str) -> str:
    # HTTP header names are case-insensitive; one spelling is kept.
    return "-".join(part.capitalize() for part in name.split("-"))


class StreamlitTheme(dict):
    """The colour scheme the page is drawn in: ``theme.type`` (or
    ``theme["type"]``) is ``"light"``, ``"dark"`` or ``None`` (unknown)."""

    def __getattr__(self, key: str) -> Any:
        try:
            value = self[key]
        except KeyError:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from None
        return StreamlitTheme(value) if isinstance(value, dict) else value

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    @classmethod
    def from_context_info(cls, context_dict: dict[str, str | None]) -> "StreamlitTheme":
        return cls(context_dict)


class StreamlitHeaders(Mapping[str, str]):
    """Request headers by case-insensitive name; ``get_all`` gives every
    value of a repeated header. Always empty on a static site."""

    def __init__(self, headers: Iterable[tuple[str, str]]) -> None:
        grouped: dict[str, list[str]] = {}
        for name, value in headers:
            grouped.setdefault(_header_case(name), []).append(value)
        self._headers = grouped

    def get_all(self, key: str) -> list[str]:
        return list(self._headers.get(_header_case(key), []))

    def __getitem__(self, key: str) -> str:
        values = self._headers.get(_header_case(key))
        if not values:
            raise KeyError(key)
        return values[0]

    def __len__(self) -> int:
        return len(self._headers)

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def to_dict(self) -> dict[str, str]:
        return {name: self[name] for name in self}


class StreamlitCookies(Mapping[str, str]):
    """The page's cookies by name (read-only)."""

    def __init__(self, cookies: Mapping[str, str]) -> None:
        self._cookies = MappingProxyType(dict(cookies))

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __len__(self) -> int:
        return len(self._cookies)

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def to_dict(self) -> dict[str, str]:
        return dict(self._cookies)


def _facts() -> Any:
    """The browser's ``ClientContext`` for the running session, or None."""
    ctx = run_context._current
    return None if ctx is None else getattr(ctx.session, "client_context", None)


class ContextProxy:
    """``st.context``: each fact as an attribute or by key
    (``st.context["locale"]``)."""

    @property
    def headers(self) -> StreamlitHeaders:
        """Request headers: always empty (a static site gets no request)."""
        return StreamlitHeaders([])

    @property
    def cookies(self) -> StreamlitCookies:
        """The page's cookies (``document.cookie``) when the run started."""
        facts = _facts()
        return StreamlitCookies({} if facts is None else facts.cookies)

    @property
    def theme(self) -> StreamlitTheme:
        """``theme.type``: ``"light"`` or ``"dark"``, as the page is drawn;
        None without a browser."""
        facts = _facts()
        return StreamlitTheme.from_context_info({"type": None if facts is None else facts.theme})

    @property
    def timezone(self) -> str | None:
        """The browser's IANA time zone (``"Europe/Berlin"``)."""
        facts = _facts()
        return None if facts is None or not facts.timezone else facts.timezone

    @property
    def timezone_offset(self) -> int | None:
        """Minutes between UTC and the browser's local time (positive west
        of Greenwich, as JavaScript's ``getTimezoneOffset``)."""
        facts = _facts()
        return None if facts is None else facts.timezone_offset

    @property
    def locale(self) -> str | None:
        """The browser's language (``"en-US"``)."""
        facts = _facts()
        return None if facts is None or not facts.locale else facts.locale

    @property
    def url(self) -> str | None:
        """The URL of the page shown: the site's address plus the page's
        path in a multipage app, without query string or fragment."""
        facts = _facts()
        if facts is None or not facts.url:
            return None
        base = facts.url.removesuffix("/")
        ctx = run_context._current
        page = getattr(ctx.session, "current_page", "") if ctx is not None else ""
        return f"{base}/{page}" if page else base

    @property
    def ip_address(self) -> str | None:
        """Always None: the visitor's address never reaches a static site."""
        return None

    @property
    def is_embedded(self) -> bool | None:
        """Whether the page runs inside a frame or its URL has
        ``embed=true``."""
        facts = _facts()
        return None if facts is None else facts.is_embedded

    def __getitem__(self, key: str) -> Any:
        if key not in _KEYS:
            raise KeyError(f'st.context has no key "{key}". Valid keys are: {", ".join(sorted(_KEYS))}.')
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in _KEYS
