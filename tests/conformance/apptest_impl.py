"""Which AppTest the conformance tests drive.

``STC_CONFORMANCE=real`` selects real Streamlit's
``streamlit.testing.v1.AppTest`` (in the virtual environments that
``setup_real_streamlit.sh`` makes: stc is not installed there); otherwise
stc's own ``stc.testing.AppTest``. The same test files run against both, so
a test that passes on real Streamlit states real Streamlit's behaviour.
"""

from __future__ import annotations

import os

REAL = os.environ.get("STC_CONFORMANCE") == "real"

if REAL:
    import streamlit
    from streamlit.testing.v1 import AppTest

    #: the release whose behaviour is under test
    STREAMLIT_VERSION = streamlit.__version__
else:
    import stc_runtime
    from stc.testing import AppTest

    #: the Streamlit release whose behaviour our runtime follows
    STREAMLIT_VERSION = stc_runtime.__version__


def version_tuple(version: str = STREAMLIT_VERSION) -> tuple[int, ...]:
    return tuple(int("".join(ch for ch in part if ch.isdigit()) or 0) for part in version.split("."))


__all__ = ["AppTest", "REAL", "STREAMLIT_VERSION", "version_tuple"]
