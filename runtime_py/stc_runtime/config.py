"""The app's configuration: ``.streamlit/config.toml`` in the app's folder.

Streamlit reads ``config.toml`` from the folder ``streamlit run`` starts in,
which is the app's folder; the build publishes that file with the app, so the
worker finds it at the same place. Each ``AppSession`` reads it once
(``Config.load``); the runner makes the session's config the current one
during a run, and ``get_option`` answers from it (or from the defaults when
no script runs).

Only the options stc acts on, or that apps commonly read, are declared here,
with Streamlit's defaults; every ``theme.*`` key (``theme.sidebar.*`` too) is
passed through as written (``None`` when absent, as in Streamlit). A file that
is not valid TOML, or a value of the wrong type, does not stop the app: the
problem is kept in ``Config.problems`` (the runner shows each as a warning at
the top of the page) and the default is used.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tomllib
from typing import Any

from .errors import StreamlitAPIException

CONFIG_FILE = os.path.join(".streamlit", "config.toml")

#: option -> Streamlit's default (Streamlit 1.67, ``streamlit config show``)
DEFAULTS: dict[str, Any] = {
    "global.disableWidgetStateDuplicationWarning": False,
    "global.showWarningOnDirectExecution": True,
    "global.suppressDeprecationWarnings": False,
    "logger.level": "info",
    "client.showErrorDetails": "full",
    "client.toolbarMode": "auto",
    "client.showSidebarNavigation": True,
    "runner.magicEnabled": True,
    "runner.postScriptGC": True,
    "runner.fastReruns": True,
    "runner.enforceSerializableSessionState": False,
    "runner.enumCoercion": "nameOnly",
    "server.maxUploadSize": 200,
    "server.maxMessageSize": 200,
    "server.enableStaticServing": False,
    "server.baseUrlPath": "",
    "server.port": 8501,
    "browser.gatherUsageStats": True,
    "magic.displayRootDocString": False,
    "magic.displayLastExprIfNoSemicolon": False,
    "theme.base": None,
    "theme.primaryColor": None,
    "theme.backgroundColor": None,
    "theme.secondaryBackgroundColor": None,
    "theme.textColor": None,
    "theme.font": None,
}

#: options a script may change with ``st.set_option`` (Streamlit's
#: "scriptable" options; any other raises)
SCRIPTABLE = frozenset({"client.showErrorDetails", "client.toolbarMode", "client.showSidebarNavigation"})

#: the values Streamlit accepts, where it restricts them
_CHOICES: dict[str, tuple[Any, ...]] = {
    "runner.enumCoercion": ("off", "nameOnly", "nameAndValue"),
    "client.toolbarMode": ("auto", "developer", "viewer", "minimal"),
    # True/False are the deprecated spellings of "full"/"stacktrace".
    "client.showErrorDetails": ("full", "stacktrace", "type", "none", True, False),
}

# Sections Streamlit knows. Options in them that are not declared above are
# kept as written (many are server settings that mean nothing for a static
# site but are valid in a shared config.toml); anything else is only
# mentioned in the console, as Streamlit logs it.
_SECTIONS = ("global", "logger", "client", "runner", "server", "browser", "ui", "mapbox", "magic", "theme", "secrets")


def _is_theme(key: str) -> bool:
    return key.startswith("theme.")


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"runner": {"magicEnabled": False}}`` -> ``{"runner.magicEnabled": False}``.
    Theme sub-tables (``[theme.sidebar]``) flatten too; list values such as
    ``[[theme.fontFaces]]`` stay whole."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and (not prefix or _is_theme(name)):
            out.update(_flatten(value, name + "."))
        else:
            out[name] = value
    return out


def _type_ok(default: Any, value: Any) -> bool:
    if default is None:
        return True
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, type(default))


def _type_name(value: Any) -> str:
    return {bool: "true or false", int: "a whole number", str: "a string"}.get(type(value), type(value).__name__)


def _toml(value: Any) -> str:
    """A value as config.toml spells it (``true``, ``"off"``, ``200``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)
    return repr(value)


def _code(text: str) -> str:
    # Inline code that survives backticks in the text itself.
    fence = "`" * (max((len(m) for m in re.findall("`+", text)), default=0) + 1)
    return f"{fence} {text} {fence}" if "`" in text else f"{fence}{text}{fence}"


class Config:
    """One session's options: Streamlit's defaults, the app's config.toml
    over them, and what the script set with ``st.set_option``."""

    def __init__(self, values: dict[str, Any] | None = None, problems: list[str] | None = None) -> None:
        self._values: dict[str, Any] = dict(DEFAULTS)
        self._values.update(values or {})
        #: what is wrong with the app's config.toml, one Markdown message
        #: each (shown as warnings in the page)
        self.problems: list[str] = list(problems or [])

    @classmethod
    def load(cls, app_root: str) -> "Config":
        path = os.path.join(app_root, CONFIG_FILE)
        shown = CONFIG_FILE.replace(os.sep, "/")
        try:
            with open(path, "rb") as f:
                raw = f.read()
        except FileNotFoundError:
            return cls()
        except OSError as exc:
            return cls(problems=[f"**{shown}** could not be read ({exc.strerror}); Streamlit's default settings are used."])
        try:
            table = tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            return cls(problems=[f"**{shown}** is not UTF-8 text; Streamlit's default settings are used until it is fixed."])
        except tomllib.TOMLDecodeError as exc:
            return cls(problems=[_syntax_problem(shown, raw.decode("utf-8"), exc)])
        values: dict[str, Any] = {}
        problems: list[str] = []
        for key, value in _flatten(table).items():
            if key in DEFAULTS:
                default = DEFAULTS[key]
                choices = _CHOICES.get(key)
                if choices is not None and not any(value == c and type(value) is type(c) for c in choices):
                    allowed = ", ".join(_code(_toml(c)) for c in choices)
                    problems.append(f"**{shown}**: {_code(key)} cannot be {_code(_toml(value))}; it must be one of {allowed}. The default, {_code(_toml(default))}, is used.")
                    continue
                if choices is None and not _type_ok(default, value):
                    problems.append(
                        f"**{shown}**: {_code(key)} must be {_type_name(default)}, not {_code(_toml(value))}. The default, {_code(_toml(default))}, is used."
                    )
                    continue
                values[key] = value
            elif _is_theme(key):
                values[key] = value
            elif key.split(".", 1)[0] in _SECTIONS:
                # A Streamlit option stc does not act on (most are server
                # settings): readable with get_option, as in Streamlit.
                values[key] = value
            else:
                print(f'{shown}: "{key}" is not a valid config option; it is ignored.', file=sys.stderr)
        return cls(values, problems)

    def get(self, key: str) -> Any:
        if key in self._values:
            return self._values[key]
        if _is_theme(key):
            return None
        raise RuntimeError(f'Config key "{key}" not defined.')

    def set(self, key: str, value: Any) -> None:
        self._values[key] = value

    def magic_options(self) -> dict[str, bool]:
        """The keyword arguments of ``magic.compile_script``."""
        return {
            "enabled": bool(self.get("runner.magicEnabled")),
            "display_root_docstring": bool(self.get("magic.displayRootDocString")),
            "display_last_expr_if_no_semicolon": bool(self.get("magic.displayLastExprIfNoSemicolon")),
        }


def _syntax_problem(shown: str, text: str, exc: tomllib.TOMLDecodeError) -> str:
    message = str(exc)
    line_no = getattr(exc, "lineno", None)
    if line_no is None:
        m = re.search(r"\(at line (\d+), column \d+\)", message)
        line_no = int(m.group(1)) if m else None
    where = ""
    if line_no is not None:
        lines = text.splitlines()
        if 1 <= line_no <= len(lines) and lines[line_no - 1].strip():
            where = f" Line {line_no}: {_code(lines[line_no - 1].strip())}."
    return (
        f"**{shown}** is not valid TOML: {message}.{where} "
        "The app runs with Streamlit's default settings until the file is fixed."
    )


_defaults = Config()


def current() -> Config:
    """The config of the session whose script is running, else the defaults."""
    from . import context

    ctx = context._current
    config = getattr(ctx.session, "config", None) if ctx is not None else None
    return config if isinstance(config, Config) else _defaults


def get_option(key: str) -> Any:
    """Return the value of a configuration option (``"section.optionName"``),
    as ``.streamlit/config.toml`` set it or Streamlit's default.

    Raises ``RuntimeError`` for an option that does not exist, as Streamlit
    does. ``theme.*`` options are ``None`` unless config.toml sets them.
    """
    return current().get(key)


def set_option(key: str, value: Any) -> None:
    """Set a configuration option from the script. Only
    ``client.showErrorDetails``, ``client.showSidebarNavigation`` and
    ``client.toolbarMode`` can be set this way (as in Streamlit); the change
    lasts for the visitor's session."""
    if key not in DEFAULTS and not _is_theme(key):
        raise StreamlitAPIException(f"Unrecognized config option: {key}")
    if key not in SCRIPTABLE:
        raise StreamlitAPIException(
            f"{key} cannot be set on the fly. Set as command line option, e.g. "
            f"streamlit run script.py --{key}, or in config.toml instead."
        )
    current().set(key, value)
