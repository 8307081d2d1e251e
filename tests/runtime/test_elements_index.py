"""Element families and caching load on first use, which keeps the
runtime's start-up in the browser small; the generated index stays current."""

import subprocess
import sys
from pathlib import Path

from stc_runtime import element_registry
from stc_runtime.elements import _index


def test_element_index_is_current():
    current = Path(_index.__file__).read_text(encoding="utf-8")
    assert element_registry.generate_index() == current, "stale: run `python -m stc_runtime.element_registry`"


def test_startup_imports_no_family_until_used():
    code = (
        "import sys, stc_runtime.bridge, stc_runtime as st\n"
        "loaded = lambda m: m in sys.modules\n"
        "print(loaded('stc_runtime.elements.choice'), loaded('stc_runtime.caching'))\n"
        "st.radio\n"
        "st.cache_data\n"
        "print(loaded('stc_runtime.elements.choice'), loaded('stc_runtime.caching'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False", "True", "True"]


def test_every_indexed_element_is_reachable_from_st_and_sidebar():
    import stc_runtime as st

    for name in _index.INDEX:
        assert callable(getattr(st, name)), name
        assert callable(getattr(st.sidebar, name)), name
