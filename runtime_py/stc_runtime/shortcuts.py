"""Keyboard shortcuts of buttons (``shortcut="ctrl+k"``): checked and
written in one canonical form, as Streamlit 1.67 accepts them; the page
(runtime_js/src/kinds/buttons.js) binds the canonical form to the key."""

from __future__ import annotations

import logging

from .errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

_LOG = logging.getLogger(__name__)

#: modifier spellings -> canonical name ("mod" is Ctrl, as in 1.67; the page
#: also lets Cmd press a "ctrl" shortcut on a Mac)
_MODIFIERS = {"ctrl": "ctrl", "control": "ctrl", "mod": "ctrl", "cmd": "cmd", "command": "cmd", "meta": "cmd",
              "alt": "alt", "option": "alt", "shift": "shift"}
_ORDER = ("ctrl", "cmd", "alt", "shift")
#: named keys -> canonical name
_NAMED = {"enter": "enter", "return": "enter", "space": "space", "spacebar": "space", "tab": "tab",
          "escape": "escape", "esc": "escape", "backspace": "backspace", "delete": "delete", "del": "delete",
          "home": "home", "end": "end", "pageup": "pageup", "pagedown": "pagedown",
          "left": "left", "arrowleft": "left", "right": "right", "arrowright": "right",
          "up": "up", "arrowup": "up", "down": "down", "arrowdown": "down"}
#: keys the app's own shortcuts use (clear cache, rerun)
_RESERVED = {"c", "r"}
#: combinations a browser or OS usually keeps for itself: accepted, with a
#: warning in the log
_BROWSER_KEEPS = {f"{m}+{k}" for m in ("ctrl", "cmd") for k in ("t", "w", "n", "shift+t", "shift+n", "shift+w",
                                                             "pageup", "pagedown", "l")}
_BROWSER_KEEPS |= {"ctrl+tab", "ctrl+shift+tab", "cmd+tab", "cmd+shift+tab", "alt+f4", "f11"}


def _key(token: str) -> str:
    if token in _NAMED:
        return _NAMED[token]
    if (len(token) == 1 and token.isalnum()) or (token[:1] == "f" and token[1:].isdigit()):
        return token
    raise StreamlitAPIException(
        "shortcut must include a single character or one of the supported keys (e.g. Enter, Space, Tab, Escape).",
        error_id="shortcut-missing-character-or-key",
    )


def normalize(shortcut: object) -> str:
    """``shortcut`` in canonical form ("ctrl+shift+k"): modifiers in a fixed
    order, then one key, all lower case."""
    if not isinstance(shortcut, str):
        raise StreamlitInvalidParameterTypeError("shortcut", type(shortcut).__name__, ["str"])
    tokens = [t.strip().lower() for t in shortcut.split("+") if t.strip()]
    if not tokens:
        raise StreamlitAPIException("The `shortcut` must contain at least one key or modifier.",
                                    error_id="shortcut-empty")
    modifiers: set[str] = set()
    key: str | None = None
    for token in tokens:
        if token in _MODIFIERS:
            modifiers.add(_MODIFIERS[token])
            continue
        if key is not None:
            raise StreamlitAPIException("The `shortcut` may only specify a single non-modifier key.",
                                        error_id="shortcut-multiple-non-modifier-keys")
        key = _key(token)
        if key in _RESERVED:
            raise StreamlitAPIException("The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers.",
                                        error_id="shortcut-reserved-key")
    if key is None:
        raise StreamlitAPIException("The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'.",
                                    error_id="shortcut-missing-non-modifier-key")
    canonical = "+".join([m for m in _ORDER if m in modifiers] + [key])
    if canonical in _BROWSER_KEEPS:
        _LOG.warning("The shortcut %s is usually taken by the browser or the system and may never reach the app.",
                     shortcut)
    return canonical
