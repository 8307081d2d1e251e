"""The app's configuration: ``.streamlit/config.toml`` in the app's folder.

Streamlit reads ``config.toml`` from the folder ``streamlit run`` starts in,
which is the app's folder; the build publishes that file with the app, so the
worker finds it at the same place. Each ``AppSession`` reads it once
(``Config.load``); the runner makes the session's config the current one
during a run, and ``get_option`` answers from it (or from the defaults when
no script runs).

``OPTION_TYPES`` lists every option Streamlit 1.67 defines, with the type it
declares; ``DEFAULTS`` the options stc acts on, or that apps commonly read,
with Streamlit's defaults. ``check_config`` is the one validation of the
file: ``stc build`` turns its errors into build errors with ``file:line``
(compiler/stc/discover.py), so a broken file never reaches a visitor. Should
one reach the runtime anyway (AppTest, an edited site), it does not stop the
app: each error is kept in ``Config.problems`` (the runner shows each as a
warning at the top of the page) and the default is used. An option 1.67 does
not define is ignored with 1.67's warning, so apps written for other
Streamlit releases still build and run; so, with a warning, is a value
"env:NAME" (1.67 reads NAME from its environment; a static site has none).
"""

from __future__ import annotations

import json
import os
import re
import sys
import tomllib
from dataclasses import dataclass
from typing import Any, Literal

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
    # Its description names True and False beside "auto"; 1.67 refuses any other string.
    "client.showErrorLinks": ("auto", "true", "false", True, False),
}

#: options whose string choices 1.67 matches in any case (it looks
#: ``client.toolbarMode`` up as ``value.upper()``)
_CASELESS = frozenset({"client.toolbarMode"})

#: values 1.67 accepts beside the choices or the type it declares (and that
#: the messages do not list): the deprecated true/false as strings, and a
#: bare 0 that turns the cache size limit off as the string "0" does
_ALSO_VALID: dict[str, tuple[Any, ...]] = {
    "client.showErrorDetails": ("true", "True", "false", "False"),
    "server.maxCacheDataSize": (0,),
}

#: 1.67 replaces a value "env:NAME" by the environment variable NAME
_ENV_REFERENCE = "env:"

#: Every option Streamlit 1.67 defines outside ``[theme]``, with the type it
#: declares (``type_=`` in its streamlit/config.py); None where it declares
#: none, or one its own default contradicts (lists, tables, free-form
#: values), so any value passes. Options stc does not act on (most are
#: server settings, meaningless on a static site) are valid in a shared
#: config.toml all the same. tests/compiler/test_input_validation.py checks
#: the table against an installed 1.67.
_OPTIONS: dict[str, type | None] = {
    "global.disableWidgetStateDuplicationWarning": bool, "global.showWarningOnDirectExecution": bool,
    "global.developmentMode": bool, "global.e2eTest": bool, "global.unitTest": bool, "global.appTest": bool,
    "global.suppressDeprecationWarnings": bool, "global.minCachedMessageSize": float,
    "global.maxCachedMessageAge": int,
    "logger.level": str, "logger.messageFormat": str, "logger.enableRich": bool, "logger.hideWelcomeMessage": bool,
    "client.showErrorDetails": str, "client.toolbarMode": str, "client.disableDataExport": bool,
    "client.showSidebarNavigation": bool, "client.showErrorLinks": str, "client.allowedOrigins": None,
    "runner.magicEnabled": bool, "runner.postScriptGC": bool, "runner.fastReruns": bool,
    "runner.enforceSerializableSessionState": bool, "runner.enumCoercion": str, "runner.parallelMaxWorkers": int,
    "runner.cacheBackgroundRefreshMaxWorkers": int, "runner.cacheBackgroundRefreshTTLMultiplier": float,
    "runner.connectionDefaultTTL": float, "runner.cacheHashSeed": int,
    "server.folderWatchList": None, "server.folderWatchBlacklist": None, "server.fileWatcherType": str,
    "server.enableExpensiveMemoryStats": bool, "server.maxCacheDataSize": str, "server.cookieSecret": str,
    "server.headless": bool, "server.showEmailPrompt": bool, "server.runOnSave": bool, "server.allowRunOnSave": bool,
    "server.address": None, "server.port": int, "server.scriptHealthCheckEnabled": bool, "server.baseUrlPath": str,
    "server.customComponentBaseUrlPath": str, "server.enableCORS": bool, "server.corsAllowedOrigins": None,
    "server.allowedHosts": None, "server.enableXsrfProtection": bool, "server.xsrfCookieSameSite": str,
    "server.maxUploadSize": int, "server.maxMessageSize": int, "server.maxWidgetStateSize": int,
    "server.enableWebsocketCompression": bool, "server.websocketPingInterval": int,
    "server.enableStaticServing": bool, "server.disconnectedSessionTTL": int, "server.enableAgentApi": bool,
    "server.agentWaitTimeout": int, "server.agentSessionTTL": int, "server.agentMaxSessions": int,
    "server.agentPreviewRows": int, "server.trustedUserHeaders": None, "server.unsafeMetricsUserAttributes": None,
    "server.sslCertFile": None, "server.sslKeyFile": None,
    "browser.serverAddress": str, "browser.gatherUsageStats": bool, "browser.serverPort": int,
    "ui.hideTopBar": bool,
    "magic.displayRootDocString": bool, "magic.displayLastExprIfNoSemicolon": bool,
    "secrets.files": None,
}

#: ``[theme]`` and the sections that override it (1.67).
THEME_SECTIONS = ("theme", "theme.sidebar", "theme.light", "theme.dark", "theme.light.sidebar", "theme.dark.sidebar")

#: Streamlit 1.67's theme options, typed as ``_OPTIONS``; each is valid in
#: every ``THEME_SECTIONS`` but those in ``_THEME_ROOT_ONLY``.
_THEME_OPTIONS: dict[str, type | None] = {
    "base": None, "primaryColor": None, "backgroundColor": None, "secondaryBackgroundColor": None, "textColor": None,
    "redColor": None, "orangeColor": None, "yellowColor": None, "blueColor": None, "greenColor": None,
    "violetColor": None, "grayColor": None, "redBackgroundColor": None, "orangeBackgroundColor": None,
    "yellowBackgroundColor": None, "blueBackgroundColor": None, "greenBackgroundColor": None,
    "violetBackgroundColor": None, "grayBackgroundColor": None, "redTextColor": None, "orangeTextColor": None,
    "yellowTextColor": None, "blueTextColor": None, "greenTextColor": None, "violetTextColor": None,
    "grayTextColor": None, "linkColor": None, "linkUnderline": bool, "codeTextColor": None,
    "codeBackgroundColor": None, "font": None, "fontFaces": None, "baseFontSize": int, "baseFontWeight": int,
    "metricValueFontSize": str, "metricValueFontWeight": int, "headingFont": None, "headingFontSizes": None,
    "headingFontWeights": None, "codeFont": None, "codeFontSize": None, "codeFontWeight": int, "baseRadius": None,
    "buttonRadius": None, "paddingTop": str, "paddingBottom": str, "borderColor": None, "dataframeBorderColor": None,
    "dataframeHeaderBackgroundColor": None, "dataframeHeaderTextColor": None, "showWidgetBorder": bool,
    "showSidebarBorder": bool, "chartCategoricalColors": None, "chartSequentialColors": None,
    "chartDivergingColors": None,
}
_THEME_ROOT_ONLY = frozenset({
    "base", "fontFaces", "baseFontSize", "baseFontWeight", "metricValueFontSize", "metricValueFontWeight",
    "showSidebarBorder",
})

#: option -> the type Streamlit 1.67 declares for it (None: any value); a
#: key that is not here is not a 1.67 option.
OPTION_TYPES: dict[str, type | None] = {
    **_OPTIONS,
    **{f"{section}.{name}": type_ for name, type_ in _THEME_OPTIONS.items()
       for section in (("theme",) if name in _THEME_ROOT_ONLY else THEME_SECTIONS)},
}


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


def _type_ok(type_: type | None, value: Any) -> bool:
    if type_ is None:
        return True
    if isinstance(value, bool):
        return type_ is bool
    if type_ is float:
        return isinstance(value, (int, float))
    return isinstance(value, type_)


_TYPE_NAMES = {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}


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
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return cls(problems=[f"**{shown}** is not UTF-8 text; Streamlit's default settings are used until it is fixed."])
        checked = check_config(text)
        problems: list[str] = []
        for problem in checked.problems:
            if problem.kind == "syntax":
                where = f" at line {problem.line}" if problem.line else ""
                where += f", column {problem.column}" if problem.line and problem.column else ""
                text = f": {_code(problem.source_line.strip())}" if problem.source_line.strip() else ""
                problems.append(f"**{shown}** is not valid TOML{where} ({problem.message}){text}. "
                                "The app runs with Streamlit's default settings until the file is fixed.")
            elif problem.kind == "value":
                default = DEFAULTS.get(problem.key)
                used = f"The default, {_code(_toml(default))}, is used." if default is not None else "It is ignored."
                problems.append(f"**{shown}**: {problem.message}. {used}")
            else:
                # Streamlit logs unknown options to the console only.
                print(f"{shown}: {problem.message}", file=sys.stderr)
        return cls(checked.values, problems)

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


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong in a config.toml."""

    #: "syntax": not TOML (nothing in the file applies); "value": a value of
    #: the wrong type, or not one of the option's choices (the default
    #: applies); "unknown": ignored with a warning: not a Streamlit 1.67
    #: option (as 1.67 ignores it), or an "env:NAME" value (a static site
    #: has no environment to read it from)
    kind: Literal["syntax", "value", "unknown"]
    #: one sentence, no final period; inline code in backticks
    message: str
    #: the option ("section.name"); None for a syntax error
    key: str | None = None
    #: where, 1-based; 0 when unknown. The column is the value's for
    #: "value", the key's for "unknown", tomllib's for "syntax".
    line: int = 0
    column: int = 0
    #: the text of that line ("" when unknown)
    source_line: str = ""


@dataclass(frozen=True)
class CheckedConfig:
    #: the options the file sets validly, "section.name" -> value
    values: dict[str, Any]
    problems: tuple[ConfigProblem, ...]


def check_config(text: str) -> CheckedConfig:
    """Validate a config.toml's text against Streamlit 1.67's options
    (``OPTION_TYPES``) and the choices stc knows (``_CHOICES``)."""
    lines = text.splitlines()

    def source(line: int) -> str:
        return lines[line - 1] if 1 <= line <= len(lines) else ""

    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib ends its message with the position: "(at line 3, column
        # 16)", or "(at end of document)" (3.11-3.13 keep no attributes).
        message, line, column = str(exc), 0, 0
        if m := re.search(r"\s*\(at line (\d+), column (\d+)\)$", message):
            line, column = int(m.group(1)), int(m.group(2))
        elif m := re.search(r"\s*\(at end of document\)$", message):
            line = len(lines)
        message = message[: m.start()] if m else message
        return CheckedConfig({}, (ConfigProblem("syntax", message, None, line, column, source(line)),))
    values: dict[str, Any] = {}
    problems: list[ConfigProblem] = []
    positions: dict[str, tuple[int, int, int]] | None = None

    def problem(kind: Literal["value", "unknown"], key: str, message: str) -> None:
        nonlocal positions
        if positions is None:
            positions = _key_positions(lines)
        line, key_col, value_col = positions.get(key) or _inline_position(lines, key.rsplit(".", 1)[-1])
        problems.append(ConfigProblem(kind, message, key, line, value_col if kind == "value" else key_col, source(line)))

    for key, value in _flatten(table).items():
        if key not in OPTION_TYPES:
            # Streamlit 1.67's own warning (streamlit/config.py, _set_option).
            problem("unknown", key, f'"{key}" is not a valid config option. If you previously had this config option set, it may have been removed')
            continue
        if isinstance(value, str) and value.startswith(_ENV_REFERENCE):
            # Valid for 1.67 whatever the option's type. The build does not
            # substitute it (that would publish the build machine's
            # environment) and a visitor's browser has no environment.
            name = value[len(_ENV_REFERENCE):]
            problem("unknown", key, f"{_code(key)} = {_code(_toml(value))} reads the environment variable {_code(name)}, "
                                    "which a static site does not have: the option is ignored")
            continue
        choices = _CHOICES.get(key)
        type_ = OPTION_TYPES[key]
        if any(_same(value, v) for v in _ALSO_VALID.get(key, ())):
            values[key] = value
        elif choices is not None and not any(_same(value, c, key in _CASELESS) for c in choices):
            allowed = ", ".join(_code(_toml(c)) for c in choices)
            problem("value", key, f"{_code(key)} cannot be {_code(_toml(value))}; it must be one of {allowed}")
        elif choices is None and not _type_ok(type_, value):
            problem("value", key, f"{_code(key)} must be {_TYPE_NAMES[type_]}, not {_code(_toml(value))}")
        else:
            values[key] = value
    return CheckedConfig(values, tuple(problems))


def _same(value: Any, choice: Any, caseless: bool = False) -> bool:
    # Types must match too: a TOML 1 is a number, not the choice true.
    if type(value) is not type(choice):
        return False
    return value.lower() == choice.lower() if caseless and isinstance(value, str) else value == choice


_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
_DOTTED = rf"{_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART})*"
_HEADER = re.compile(rf"^[ \t]*\[\[?[ \t]*({_DOTTED})[ \t]*\]")
_ASSIGN = re.compile(rf"^[ \t]*({_DOTTED})[ \t]*=[ \t]*")


def _inline_position(lines: list[str], name: str) -> tuple[int, int, int]:
    # A key inside an inline table (``runner = { magicEnabled = 3 }``):
    # the first ``name =`` anywhere, else nowhere.
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}[ \t]*=[ \t]*")
    for number, text in enumerate(lines, start=1):
        if m := pattern.search(text):
            return number, m.start() + 1, m.end() + 1
    return 0, 0, 0


def _key_parts(dotted: str) -> list[str]:
    return [p[1:-1] if p[0] in "\"'" else p for p in re.findall(_KEY_PART, dotted)]


def _key_positions(lines: list[str]) -> dict[str, tuple[int, int, int]]:
    """Where each key of a (valid) TOML text is set: "section.name" ->
    (line, key column, value column), 1-based. tomllib keeps no positions;
    this reads table headers and ``key = value`` lines, skipping the inside
    of multi-line strings. Keys set in inline tables are not found (0s)."""
    found: dict[str, tuple[int, int, int]] = {}
    prefix: list[str] = []
    closing: str | None = None  # the quotes that end the multi-line string we are in
    for number, text in enumerate(lines, start=1):
        if closing is not None:
            if text.count(closing) % 2 == 1:
                closing = None
            continue
        header = _HEADER.match(text)
        if header is not None:
            prefix = _key_parts(header.group(1))
            continue
        assign = _ASSIGN.match(text)
        if assign is None:
            continue
        key = ".".join(prefix + _key_parts(assign.group(1)))
        key_col = len(text) - len(text.lstrip(" \t")) + 1
        found.setdefault(key, (number, key_col, assign.end() + 1))
        rest = text[assign.end():]
        for quotes in ('"""', "'''"):
            if rest.startswith(quotes) and rest.count(quotes) % 2 == 1:
                closing = quotes
    return found


_defaults = Config()


def current() -> Config:
    """The config of the session whose script is running, else the defaults."""
    from . import run_context

    ctx = run_context._current
    config = getattr(ctx.session, "config", None) if ctx is not None else None
    return config if isinstance(config, Config) else _defaults


def get_option(key: str) -> Any:
    """Return the value of the configuration option ``key``
    (``"section.optionName"``), as ``.streamlit/config.toml`` set it or
    Streamlit's default.

    Raises ``RuntimeError`` for an option that does not exist, as Streamlit
    does. ``theme.*`` options are ``None`` unless config.toml sets them.
    """
    return current().get(key)


def set_option(key: str, value: Any) -> None:
    """Set the configuration option ``key`` to ``value`` from the script. Only
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
