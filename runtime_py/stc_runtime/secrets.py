"""``st.secrets``: read-only access to the app's secrets.

A static site has no secrets: the build never publishes
``.streamlit/secrets.toml``, so in the browser ``st.secrets`` is empty and
reading a key says why. In CPython (AppTest) the file is read like Streamlit
reads it, and ``at.secrets`` adds to it (dotted keys reach into sections).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from typing import Any, Iterator

from . import run_context


def load_secrets_file(app_root: str) -> dict[str, Any]:
    path = os.path.join(app_root, ".streamlit", "secrets.toml")
    if not os.path.isfile(path):
        return {}
    with open(path, "rb") as f:
        return tomllib.load(f)


def _nest(flat: Mapping[str, Any]) -> dict[str, Any]:
    """``{"a.b": 1}`` -> ``{"a": {"b": 1}}`` (AppTest's dotted keys)."""
    out: dict[str, Any] = {}
    for key, value in flat.items():
        parts = key.split(".")
        node = out
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return out


_NO_SECRETS = (
    "st.secrets has no key {key!r}. This app runs as a static site, which has no secrets: "
    "everything the browser receives is public, so .streamlit/secrets.toml is never published. "
    "Ask the visitor for credentials with st.text_input(type='password') instead."
)


class AttrDict(Mapping[str, Any]):
    """A read-only section of the secrets: item and attribute access."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> Any:
        try:
            value = self._data[key]
        except KeyError:
            raise KeyError(_NO_SECRETS.format(key=key) if not self._data else f"st.secrets has no key {key!r}.") from None
        return AttrDict(value) if isinstance(value, Mapping) else value

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError as exc:
            raise AttributeError(exc.args[0]) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)

    def __repr__(self) -> str:
        return repr(dict(self._data))


class Secrets(AttrDict):
    """``st.secrets``, bound to the session of the current run."""

    def __init__(self) -> None:
        pass

    @property
    def _data(self) -> Mapping[str, Any]:  # type: ignore[override]
        session = run_context.current().session
        flat = getattr(session, "secrets", {}) or {}
        # Both spellings work: at.secrets["a.b"] is st.secrets["a.b"] (as in
        # Streamlit) and st.secrets.a.b (attribute access, which Streamlit's
        # secrets documentation uses).
        return {**_nest(flat), **{k: v for k, v in flat.items() if "." in k}}
