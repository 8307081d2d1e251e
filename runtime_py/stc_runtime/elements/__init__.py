"""Element families, one module each (``@element`` registers their functions
with ``delta_generator.ELEMENTS``).

Families are imported on first use, not all at start-up: importing (and, in
the browser, compiling) every family is most of the runtime's start-up cost,
and a typical app uses a few. ``_index.INDEX`` maps each element name to its
module; it is generated (``python -m stc_runtime.elements._index``) and a test
checks it is current. A name missing from a stale index still works: then
every family is loaded.
"""

from __future__ import annotations

import importlib
import pkgutil

from ._index import INDEX

_loaded_all = False


def load(name: str) -> bool:
    """Import the family that defines element ``name``; False if none does."""
    module = INDEX.get(name)
    if module is not None:
        importlib.import_module(f"{__name__}.{module}")
        return True
    load_all()
    from ..delta_generator import ELEMENTS

    return name in ELEMENTS


def load_all() -> None:
    global _loaded_all
    if _loaded_all:
        return
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")
    _loaded_all = True
