"""``st.query_params``: the page URL's query string, as a dict of strings.

The session keeps the query string of the page (sent by the page at boot and
again when the visitor goes back or forward); every run starts from it, as
Streamlit repopulates the query parameters from the browser's URL at the
start of each run. When the app changes them, the session tells the page at
once (``QueryParamsChanged``) and the page rewrites its URL without reloading.

Semantics follow Streamlit's ``QueryParams``/``QueryParamsProxy``:
- reading a key gives its last value (``?a=1&a=2`` -> ``"2"``), ``""`` for
  ``?a=``; ``get_all(key)`` gives every value (``[]`` for a missing key);
- setting a value stores ``str(value)``; a list or other iterable (not a
  string) stores each item as a repeated key; a dict is an error;
- ``embed`` and ``embed_options`` are hidden (never listed, never read) and
  cannot be set;
- keys are also attributes (``st.query_params.page``);
- a key bound to a widget (``bind="query-params"``) belongs to the widget:
  the app cannot set or delete it here, only through the widget's value
  (``st.session_state``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import Any, Callable
from urllib import parse

from . import run_context
from .errors import StreamlitAPIException

_EMBED_KEYS = ("embed", "embed_options")


def _missing_key(key: str) -> str:
    return f'st.query_params has no key "{key}".'


def _missing_attr(key: str) -> str:
    return f'st.query_params has no attribute "{key}".'


def _is_embed(key: str) -> bool:
    return key.lower() in _EMBED_KEYS


def _stored(key: str, value: Any) -> str | list[str]:
    if isinstance(value, Mapping):
        raise StreamlitAPIException(
            f"Query param value for `{key}` cannot be set to a dictionary. Provide a string or iterable of strings instead."
        )
    if _is_embed(key):
        raise StreamlitAPIException("Query param embed and embed_options (case-insensitive) cannot be set programmatically.")
    if isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
        return [str(item) for item in value]
    return str(value)


def _pairs(other: Any) -> list[tuple[str, Any]]:
    if hasattr(other, "keys") and hasattr(other, "__getitem__"):
        return [(k, other[k]) for k in list(other.keys())]
    return list(other)


class QueryParams(MutableMapping[str, str]):
    """The query parameters of one session. ``on_change(query_string)`` is
    called after every change the app makes (not when the page sets them)."""

    def __init__(self, query_string: str = "", on_change: Callable[[str], None] | None = None) -> None:
        self._params: dict[str, str | list[str]] = {}
        self._on_change = on_change
        #: keys bound to a widget now (state.py binds and unbinds them)
        self._bound: set[str] = set()
        self.populate(query_string)

    # --- widgets bound to the URL (state.py) -----------------------------

    def bind(self, key: str) -> None:
        self._bound.add(key)

    def unbind(self, key: str) -> None:
        """The widget is gone: its parameter leaves the URL."""
        self._bound.discard(key)
        if key in self._params:
            del self._params[key]
            self._changed()

    def is_bound(self, key: str) -> bool:
        return key in self._bound

    def write_bound(self, key: str, value: str | list[str] | None) -> None:
        """A bound widget's parameter: its URL form, or None to remove it;
        the page hears of it only when the query string changed."""
        before = self.query_string
        if value is None:
            self._params.pop(key, None)
        else:
            self._params[key] = list(value) if isinstance(value, list) else value
        if self.query_string != before:
            self._changed()

    def _check_not_bound(self, key: str, action: str) -> None:
        if key in self._bound:
            raise StreamlitAPIException(
                f"Cannot directly {action} query parameter '{key}' - it is bound to a widget. "
                "Modify the widget value instead."
            )

    # --- the page's side -------------------------------------------------

    def populate(self, query_string: str) -> None:
        """Replace everything with what a URL query string holds (a leading
        ``?`` is allowed); tells no one."""
        parsed = parse.parse_qs(query_string.lstrip("?"), keep_blank_values=True)
        self._params = {key: values[0] if len(values) == 1 else values for key, values in parsed.items()}

    @property
    def query_string(self) -> str:
        """The URL-encoded query string, without ``?`` (repeated keys for lists)."""
        return parse.urlencode(self._params, doseq=True)

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change(self.query_string)

    # --- the mapping -----------------------------------------------------

    def __getitem__(self, key: str) -> str:
        if _is_embed(key) or key not in self._params:
            raise KeyError(_missing_key(key))
        value = self._params[key]
        if isinstance(value, list):
            return value[-1] if value else ""
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        self._check_not_bound(key, "set")
        self._params[key] = _stored(key, value)
        self._changed()

    def __delitem__(self, key: str) -> None:
        if _is_embed(key):
            raise KeyError(_missing_key(key))
        self._check_not_bound(key, "delete")
        if key not in self._params:
            raise KeyError(_missing_key(key))
        del self._params[key]
        self._changed()

    def __iter__(self) -> Iterator[str]:
        return iter([key for key in self._params if not _is_embed(key)])

    def __len__(self) -> int:
        return sum(1 for key in self._params if not _is_embed(key))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and not _is_embed(key) and key in self._params

    def get_all(self, key: str) -> list[str]:
        """Every value of ``key`` (``?a=1&a=2`` -> ``["1", "2"]``); ``[]``
        when it is absent."""
        if _is_embed(key) or key not in self._params:
            return []
        value = self._params[key]
        return list(value) if isinstance(value, list) else [value]

    def update(self, other: Any = (), /, **kwds: Any) -> None:  # type: ignore[override]
        """Set several keys; the page's URL changes once."""
        items = _pairs(other) + list(kwds.items())
        for key, _ in items:
            self._check_not_bound(key, "set")
        new = {key: _stored(key, value) for key, value in items}  # all checked before any change
        self._params.update(new)
        self._changed()

    def clear(self) -> None:
        """Remove every query parameter (``embed`` ones stay)."""
        bound = [key for key in self._params if key in self._bound]
        if bound:
            raise StreamlitAPIException(
                "Cannot clear query parameters - the following are bound to widgets: "
                f"{', '.join(repr(k) for k in bound)}. Modify the widget values instead, or remove the bind parameter."
            )
        self._params = {k: v for k, v in self._params.items() if _is_embed(k)}
        self._changed()

    def to_dict(self) -> dict[str, str]:
        """A plain dict; a repeated key gives its last value."""
        return {key: self[key] for key in self}

    def from_dict(self, params: Any) -> None:
        """Replace all query parameters with ``params`` (a mapping or
        key/value pairs; list values become repeated keys), in one change."""
        items = _pairs(params)
        for key, _ in items:
            self._check_not_bound(key, "set")
        new = {key: _stored(key, value) for key, value in items}
        self._params = {**{k: v for k, v in self._params.items() if _is_embed(k)}, **new}
        self._changed()

    def __repr__(self) -> str:
        return repr(self.to_dict())


def current() -> QueryParams:
    """The query parameters of the session whose script is running."""
    session = run_context.current().session
    qp = getattr(session, "query_params", None)
    if not isinstance(qp, QueryParams):
        raise StreamlitAPIException("st.query_params is not available in this session.")
    return qp


class QueryParamsProxy(MutableMapping[str, str]):
    """``st.query_params``: a stateless stand-in for the running session's
    query parameters. Read and write it like a dict of strings
    (``st.query_params["page"] = "2"``, ``st.query_params.page``,
    ``del st.query_params["page"]``, ``"page" in st.query_params``); lists set
    repeated keys and ``get_all(key)`` reads them back. Changes appear in the
    page's URL at once, without reloading the page."""

    def __getitem__(self, key: str) -> str:
        return current()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        current()[key] = value

    def __delitem__(self, key: str) -> None:
        del current()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(current())

    def __len__(self) -> int:
        return len(current())

    def __contains__(self, key: object) -> bool:
        return key in current()

    def __getattr__(self, key: str) -> str:
        if key.startswith("__"):  # copy, pickle, inspect... probe dunders
            raise AttributeError(key)
        try:
            return current()[key]
        except KeyError:
            raise AttributeError(_missing_attr(key)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        current()[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del current()[key]
        except KeyError:
            raise AttributeError(_missing_attr(key)) from None

    def get_all(self, key: str) -> list[str]:
        """Every value of ``key``, in URL order (``[]`` if absent)."""
        return current().get_all(key)

    def update(self, other: Any = (), /, **kwds: Any) -> None:  # type: ignore[override]
        """Set several query parameters at once."""
        current().update(other, **kwds)

    def clear(self) -> None:
        """Remove every query parameter."""
        current().clear()

    def to_dict(self) -> dict[str, str]:
        """The query parameters as a plain dict (last value of a repeated key)."""
        return current().to_dict()

    def from_dict(self, params: Any) -> None:
        """Replace every query parameter with those of ``params``."""
        current().from_dict(params)

    def __repr__(self) -> str:
        try:
            return repr(current())
        except StreamlitAPIException:
            return "QueryParamsProxy()"
