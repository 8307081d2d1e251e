"""``from stc.testing import AppTest``: test an app without a browser.

AppTest lives in the runtime (so that ``from streamlit.testing.v1 import
AppTest`` works inside apps and tests run against it); this is the same class.
"""

from stc_runtime.testing.v1 import AppTest

__all__ = ["AppTest"]
