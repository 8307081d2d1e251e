"""stc's public surface is Streamlit 1.67.0's: every name, parameter (name,
kind, position, default), error class and AppTest accessor.

``streamlit-1.67.0.json`` is the table ``dump_surface.py`` prints in the
1.67.0 venv (``.ci/setup`` makes it); the first test proves it is still
what 1.67.0 reports, the second reads stc's surface the same way and fails
on every difference the lists below do not name. An entry names a callable
(``st.logo``: all of its differences), one parameter (``st.slider(bind)``),
or, with ``*.``, the same name in every section (``st.``,
``DeltaGenerator.``, ``AppTest.``). An entry that matches nothing fails
too, so the lists only shrink.

Regenerate the table after a reference upgrade::

    ~/.cache/stc/venvs/streamlit-1.67.0/bin/python tests/surface/dump_surface.py > tests/surface/streamlit-1.67.0.json
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from surface_diff import differences

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
TABLE = HERE / "streamlit-1.67.0.json"
CACHE = Path(os.environ.get("STC_CACHE_DIR") or Path.home() / ".cache" / "stc")

ELEMENTS = "the elements issue (camera/audio/datetime inputs, pagination, menu_button, grid, space, skeleton, logo, pdf, mermaid, echarts, iframe, bottom, column types, selections)"
FRAGMENTS = "the fragments issue"
PACKAGES = "the packages issue (plotly, pydeck, graphviz)"
COMPONENTS = "the components issue"
CONNECTIONS = "the secrets and connections issue"

#: Owned by a later issue, which removes its entries.
PENDING: dict[str, str] = {
    **{f"*.{name}": ELEMENTS for name in (
        "audio_input", "camera_input", "datetime_input", "pagination", "menu_button", "skeleton", "space",
        "grid", "logo", "pdf", "mermaid_chart", "echarts_chart", "iframe",
    )},
    "st.bottom": ELEMENTS,
    **{f"st.column_config.{name}": ELEMENTS for name in (
        "AudioColumn", "ButtonColumn", "JsonColumn", "MarkdownColumn", "MultiselectColumn", "VideoColumn",
    )},
    "*.dataframe(selection_default)": ELEMENTS,
    "*.container(wrap)": ELEMENTS,
    "st.fragment": FRAGMENTS,
    "*.pydeck_chart": PACKAGES,
    "*.graphviz_chart": PACKAGES,
    **{f"*.plotly_chart({param})": PACKAGES for param in ("on_select", "selection_mode", "config", "theme")},
    "st.components.v1.html": COMPONENTS,
    "st.components.v1.iframe": COMPONENTS,
    "st.components.v1.declare_component": COMPONENTS,
    "st.components.v2.component": COMPONENTS,
    **{f"streamlit.errors.{name}": COMPONENTS for name in (
        "BidiComponentError", "BidiComponentInvalidCallbackNameError", "BidiComponentInvalidDefaultKeyError",
        "BidiComponentInvalidIdError", "BidiComponentUnserializableDataError", "StreamlitComponentRegistryError",
    )},
    "st.connection": CONNECTIONS,
}

#: Differences that stay, each with its reason (at most ten).
PERMANENT: dict[str, str] = {
    "st.App": "an ASGI application for a Streamlit server; a static site has no server to mount it in",
}

#: This issue's remaining work: empty when the surface is done.
TO_DO: set[str] = {
}


def _subject(difference: str) -> str:
    return difference.split(": ", 1)[0]


def _matches(entry: str, difference: str) -> bool:
    subject = _subject(difference)
    if entry.startswith("*."):
        return any(_matches(prefix + entry[2:], difference) for prefix in ("st.", "DeltaGenerator.", "AppTest."))
    return subject == entry or ("(" not in entry and subject.startswith(entry + "("))


def real_python() -> Path:
    python = CACHE / "venvs" / "streamlit-1.67.0" / "bin" / "python"
    if not python.exists() or not (python.parent.parent / ".stc-complete").exists():
        (pytest.fail if os.environ.get("CI") else pytest.skip)(
            f"no real Streamlit 1.67.0 venv at {python.parent.parent}: run `bash tests/conformance/setup_real_streamlit.sh`"
        )
    return python


def dump(python: str, *args: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "STREAMLIT_"))}
    if args:  # stc: the checkout's packages, not whatever is installed
        env["PYTHONPATH"] = os.pathsep.join([str(REPO / "compiler"), str(REPO / "runtime_py")])
    else:
        env.pop("PYTHONPATH", None)
    result = subprocess.run([python, str(HERE / "dump_surface.py"), *args], capture_output=True, text=True,
                            env=env, cwd=HERE, timeout=300)
    assert result.returncode == 0, result.stderr[-5000:]
    return json.loads(result.stdout)


def test_the_committed_table_is_what_1_67_reports() -> None:
    fresh = dump(str(real_python()))
    assert fresh["version"] == "1.67.0"
    committed = json.loads(TABLE.read_text())
    assert fresh == committed, "regenerate the table (see this module's docstring)"


def test_stc_has_every_name_and_parameter_of_1_67() -> None:
    reference = json.loads(TABLE.read_text())
    ours = dump(sys.executable, "--stc")
    found = list(differences(reference, ours))
    entries = {**PENDING, **PERMANENT, **dict.fromkeys(TO_DO, "to do")}
    unlisted = [d for d in found if not any(_matches(e, d) for e in entries)]
    unused = [e for e in entries if not any(_matches(e, d) for d in found)]
    assert not unlisted, f"{len(unlisted)} differences from 1.67:\n" + "\n".join(unlisted)
    assert not unused, "entries that match no difference any more (remove them):\n" + "\n".join(unused)
    assert len(PERMANENT) <= 10
