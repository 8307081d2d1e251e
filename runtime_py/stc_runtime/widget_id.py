"""Widget identity, computed in exactly one place.

A widget's id is a hash of:
- its kind (``"button"``, ``"slider"``...);
- the script file that drew it, so the entrypoint's widgets keep their state
  across page switches while two pages may draw look-alike widgets;
- its *defining* parameters: label, options (as displayed), default value,
  min/max/step, format, placeholder, help, max_chars, type and the like;
- its ``key``, which also appears verbatim in the id so that the Session State
  API can map keys to widgets;
- the form it is in (``form_id``), so look-alike widgets in two forms differ.

Deliberately NOT hashed: callbacks (``on_change``/``on_click``) and their
``args``/``kwargs``, ``disabled`` and ``label_visibility`` -- changing those
must not reset the widget. Changing anything hashed makes a new widget that
starts from its default, as Streamlit documents ("Changing parameters of a
widget will reset it"), with or without a key.
"""

from __future__ import annotations

import hashlib
import math
from typing import Any

KEYED_PREFIX = "$$ID-"


def _canonical(value: Any) -> str:
    # repr() of plain data is stable across runs; for floats use a form where
    # 1 and 1.0 stay distinct (they yield widgets of different types).
    if isinstance(value, float) and math.isnan(value):
        return "nan"
    if isinstance(value, (list, tuple)):
        inner = ",".join(_canonical(v) for v in value)
        return f"[{inner}]" if isinstance(value, list) else f"({inner})"
    if isinstance(value, (str, int, float, bool, type(None))):
        return f"{type(value).__name__}:{value!r}"
    # Other objects (dates, enums...) are identified by their str(); callers
    # pass options already formatted, so object addresses never get here.
    return f"{type(value).__name__}:{value}"


def compute_widget_id(kind: str, *, script_path: str, key: str | None, **params: Any) -> str:
    """Return the id of a widget. See the module docstring for what is hashed."""
    h = hashlib.md5(usedforsecurity=False)
    h.update(kind.encode())
    h.update(b"\0" + script_path.encode())
    for name in sorted(params):
        h.update(f"\0{name}={_canonical(params[name])}".encode())
    h.update(f"\0key={key!r}".encode())
    digest = h.hexdigest()
    if key is not None:
        return f"{KEYED_PREFIX}{digest}-{key}"
    return f"{KEYED_PREFIX}{digest}-None"
