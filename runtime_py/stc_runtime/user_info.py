"""``st.user``, ``st.login`` and ``st.logout`` as Streamlit 1.67 has them for
an app whose secrets have no ``[auth]`` section (a built site never has a
secrets file, and signing in through an identity provider needs a server to
receive its redirect).

- ``st.user`` is an empty read-only mapping; with an ``[auth]`` section in
  the secrets (CPython, AppTest) it holds ``is_logged_in: False``, as 1.67
  before anyone logs in. Reading a missing attribute raises 1.67's
  ``AttributeError``; assigning raises its ``StreamlitAPIException``.
- ``st.login`` raises what 1.67 raises then: ``StreamlitMissingAuthlibError``
  without Authlib (always so in the browser), else ``StreamlitAuthError``
  for the missing credentials.
- ``st.logout`` forgets the (empty) user information of the session.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

from . import run_context
from .errors import StreamlitAPIException, StreamlitAuthError, StreamlitMissingAuthlibError

_NO_CREDENTIALS = """To use authentication features you need to configure credentials for at
            least one authentication provider in `.streamlit/secrets.toml`."""


def _secrets() -> dict:
    ctx = run_context._current
    secrets = getattr(ctx.session, "secrets", None) if ctx is not None else None
    return secrets if isinstance(secrets, dict) else {}


def _user_info() -> dict[str, Any]:
    ctx = run_context._current
    if ctx is None:
        return {}
    info = dict(getattr(ctx.session, "user_info", {}))
    if "is_logged_in" not in info and _secrets().get("auth"):
        info["is_logged_in"] = False
    return info


class TokensProxy(Mapping[str, str]):
    """``st.user.tokens``: the identity provider's tokens the app exposes
    (none without authentication); read-only."""

    def __init__(self, tokens: dict[str, str]) -> None:
        super().__setattr__("_tokens", dict(tokens))

    def __getitem__(self, key: str) -> str:
        return self._tokens[key]

    def __getattr__(self, key: str) -> str:
        try:
            return self._tokens[key]
        except KeyError:
            raise AttributeError(f'Token "{key}" is not exposed or does not exist.') from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise StreamlitAPIException("st.user.tokens cannot be modified", error_id="user-tokens-cannot-be-modified")

    def __setitem__(self, name: str, value: Any) -> None:
        raise StreamlitAPIException("st.user.tokens cannot be modified", error_id="user-tokens-cannot-be-modified")

    def __iter__(self) -> Iterator[str]:
        return iter(self._tokens)

    def __len__(self) -> int:
        return len(self._tokens)

    def to_dict(self) -> dict[str, str]:
        return dict(self._tokens)


class UserInfoProxy(Mapping[str, Any]):
    """``st.user``: what is known about the visitor, read-only, by key or
    attribute."""

    def __getitem__(self, key: str) -> Any:
        if key == "tokens":
            return self.tokens
        try:
            return _user_info()[key]
        except KeyError:
            raise KeyError(f'st.user has no key "{key}".') from None

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return _user_info()[key]
        except KeyError:
            raise AttributeError(f'st.user has no attribute "{key}".') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified", error_id="user-cannot-be-modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified", error_id="user-cannot-be-modified")

    def __iter__(self) -> Iterator[str]:
        return iter(_user_info())

    def __len__(self) -> int:
        return len(_user_info())

    def to_dict(self) -> dict[str, Any]:
        """The user information as a plain dict."""
        return _user_info()

    @property
    def tokens(self) -> TokensProxy:
        """The exposed tokens (empty without authentication)."""
        return TokensProxy(_user_info().get("tokens", {}))


def _authlib_usable() -> bool:
    try:
        import authlib  # type: ignore[import-not-found]

        return tuple(int(part) for part in authlib.__version__.split(".")[:3]) >= (1, 3, 2)
    except (ImportError, ValueError, AttributeError):
        return False


def login(provider: str | None = None) -> None:
    """Start signing in with an identity provider configured in the
    secrets' ``[auth]`` section.

    Parameters:
        provider: the name of the provider's section (``[auth.<provider>]``);
            None: the provider configured directly in ``[auth]``.

    Without Authlib this raises ``StreamlitMissingAuthlibError``, and without
    an ``[auth]`` section ``StreamlitAuthError``, as 1.67 does; a static site
    has neither (signing in needs a server to receive the provider's
    redirect).
    """
    if run_context._current is None:
        return
    if not _authlib_usable():
        raise StreamlitMissingAuthlibError()
    auth = _secrets().get("auth")
    if not auth:
        raise StreamlitAuthError(_NO_CREDENTIALS)
    for key in ("redirect_uri", "cookie_secret"):
        if key not in auth:
            raise StreamlitAuthError(f"""Authentication credentials in `.streamlit/secrets.toml` are missing the
            "{key}" key. Please check your configuration.""")
    # Credentials are there, but nothing can receive the provider's redirect.
    raise StreamlitAuthError("Logging in needs a Streamlit server; this app runs without one.")


def logout() -> None:
    """Forget the visitor's user information for this session (there is
    none on a static site, which has no sign-in)."""
    ctx = run_context._current
    if ctx is not None and isinstance(getattr(ctx.session, "user_info", None), dict):
        ctx.session.user_info.clear()
