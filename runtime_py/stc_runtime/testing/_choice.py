"""AppTest wrappers of the choice elements (see v1.register)."""

from __future__ import annotations

from .v1 import Widget, register  # noqa: F401
