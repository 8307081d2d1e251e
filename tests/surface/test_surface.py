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
    'DeltaGenerator.altair_chart(alt)',
    'DeltaGenerator.altair_chart(height)',
    'DeltaGenerator.altair_chart(width)',
    'DeltaGenerator.area_chart(alt)',
    'DeltaGenerator.area_chart(height)',
    'DeltaGenerator.area_chart(width)',
    'DeltaGenerator.audio(alt)',
    'DeltaGenerator.bar_chart(alt)',
    'DeltaGenerator.bar_chart(height)',
    'DeltaGenerator.bar_chart(width)',
    'DeltaGenerator.chat_input(accept_audio)',
    'DeltaGenerator.chat_input(audio_sample_rate)',
    'DeltaGenerator.chat_input(height)',
    'DeltaGenerator.chat_input(max_upload_size)',
    'DeltaGenerator.chat_input(submit_mode)',
    'DeltaGenerator.checkbox(bind)',
    'DeltaGenerator.checkbox(on_change)',
    'DeltaGenerator.checkbox(persist_state)',
    'DeltaGenerator.checkbox(width)',
    'DeltaGenerator.checkbox(wrap)',
    'DeltaGenerator.color_picker(bind)',
    'DeltaGenerator.color_picker(on_change)',
    'DeltaGenerator.color_picker(persist_state)',
    'DeltaGenerator.color_picker(width)',
    'DeltaGenerator.data_editor(alt)',
    'DeltaGenerator.data_editor(height)',
    'DeltaGenerator.data_editor(on_change)',
    'DeltaGenerator.data_editor(placeholder)',
    'DeltaGenerator.data_editor(width)',
    'DeltaGenerator.dataframe(alt)',
    'DeltaGenerator.dataframe(height)',
    'DeltaGenerator.dataframe(lazy)',
    'DeltaGenerator.dataframe(placeholder)',
    'DeltaGenerator.dataframe(width)',
    'DeltaGenerator.date_input(bind)',
    'DeltaGenerator.date_input(on_change)',
    'DeltaGenerator.date_input(persist_state)',
    'DeltaGenerator.date_input(required)',
    'DeltaGenerator.date_input(value)',
    'DeltaGenerator.date_input(width)',
    'DeltaGenerator.expander(args)',
    'DeltaGenerator.expander(bind)',
    'DeltaGenerator.expander(key)',
    'DeltaGenerator.expander(kwargs)',
    'DeltaGenerator.expander(on_change)',
    'DeltaGenerator.expander(type)',
    'DeltaGenerator.feedback(bind)',
    'DeltaGenerator.feedback(on_change)',
    'DeltaGenerator.feedback(persist_state)',
    'DeltaGenerator.file_uploader(max_upload_size)',
    'DeltaGenerator.file_uploader(on_change)',
    'DeltaGenerator.file_uploader(width)',
    'DeltaGenerator.image(alt)',
    'DeltaGenerator.image(channels)',
    'DeltaGenerator.image(clamp)',
    'DeltaGenerator.image(link)',
    'DeltaGenerator.image(output_format)',
    'DeltaGenerator.image(use_column_width)',
    'DeltaGenerator.image(use_container_width)',
    'DeltaGenerator.line_chart(alt)',
    'DeltaGenerator.line_chart(height)',
    'DeltaGenerator.line_chart(width)',
    'DeltaGenerator.link_button(args)',
    'DeltaGenerator.link_button(key)',
    'DeltaGenerator.link_button(kwargs)',
    'DeltaGenerator.link_button(on_click)',
    'DeltaGenerator.map(alt)',
    'DeltaGenerator.map(height)',
    'DeltaGenerator.map(width)',
    'DeltaGenerator.multiselect(bind)',
    'DeltaGenerator.multiselect(filter_mode)',
    'DeltaGenerator.multiselect(on_change)',
    'DeltaGenerator.multiselect(persist_state)',
    'DeltaGenerator.multiselect(select_all)',
    'DeltaGenerator.multiselect(wrap)',
    'DeltaGenerator.number_input(bind)',
    'DeltaGenerator.number_input(icon)',
    'DeltaGenerator.number_input(on_change)',
    'DeltaGenerator.number_input(persist_state)',
    'DeltaGenerator.number_input(required)',
    'DeltaGenerator.number_input(width)',
    'DeltaGenerator.pills(bind)',
    'DeltaGenerator.pills(on_change)',
    'DeltaGenerator.pills(persist_state)',
    'DeltaGenerator.pills(wrap)',
    'DeltaGenerator.plotly_chart(alt)',
    'DeltaGenerator.plotly_chart(figure_or_data)',
    'DeltaGenerator.plotly_chart(height)',
    'DeltaGenerator.plotly_chart(key)',
    'DeltaGenerator.plotly_chart(use_container_width)',
    'DeltaGenerator.plotly_chart(width)',
    'DeltaGenerator.popover(args)',
    'DeltaGenerator.popover(key)',
    'DeltaGenerator.popover(kwargs)',
    'DeltaGenerator.popover(on_change)',
    'DeltaGenerator.pyplot(alt)',
    'DeltaGenerator.pyplot(clear_figure)',
    'DeltaGenerator.pyplot(fig)',
    'DeltaGenerator.pyplot(use_container_width)',
    'DeltaGenerator.radio(bind)',
    'DeltaGenerator.radio(on_change)',
    'DeltaGenerator.radio(persist_state)',
    'DeltaGenerator.scatter_chart(alt)',
    'DeltaGenerator.scatter_chart(height)',
    'DeltaGenerator.scatter_chart(width)',
    'DeltaGenerator.segmented_control(bind)',
    'DeltaGenerator.segmented_control(on_change)',
    'DeltaGenerator.segmented_control(persist_state)',
    'DeltaGenerator.segmented_control(wrap)',
    'DeltaGenerator.select_slider(bind)',
    'DeltaGenerator.select_slider(on_change)',
    'DeltaGenerator.select_slider(persist_state)',
    'DeltaGenerator.selectbox(accept_new_options)',
    'DeltaGenerator.selectbox(bind)',
    'DeltaGenerator.selectbox(filter_mode)',
    'DeltaGenerator.selectbox(icon)',
    'DeltaGenerator.selectbox(on_change)',
    'DeltaGenerator.selectbox(persist_state)',
    'DeltaGenerator.selectbox(placeholder)',
    'DeltaGenerator.selectbox(required)',
    'DeltaGenerator.selectbox(width)',
    'DeltaGenerator.slider(bind)',
    'DeltaGenerator.slider(on_change)',
    'DeltaGenerator.slider(persist_state)',
    'DeltaGenerator.slider(width)',
    'DeltaGenerator.tabs(args)',
    'DeltaGenerator.tabs(bind)',
    'DeltaGenerator.tabs(height)',
    'DeltaGenerator.tabs(key)',
    'DeltaGenerator.tabs(kwargs)',
    'DeltaGenerator.tabs(on_change)',
    'DeltaGenerator.text_area(bind)',
    'DeltaGenerator.text_area(on_change)',
    'DeltaGenerator.text_area(persist_state)',
    'DeltaGenerator.text_area(required)',
    'DeltaGenerator.text_area(width)',
    'DeltaGenerator.text_input(bind)',
    'DeltaGenerator.text_input(icon)',
    'DeltaGenerator.text_input(live)',
    'DeltaGenerator.text_input(on_change)',
    'DeltaGenerator.text_input(persist_state)',
    'DeltaGenerator.text_input(required)',
    'DeltaGenerator.text_input(validate)',
    'DeltaGenerator.text_input(width)',
    'DeltaGenerator.time_input(bind)',
    'DeltaGenerator.time_input(format)',
    'DeltaGenerator.time_input(on_change)',
    'DeltaGenerator.time_input(persist_state)',
    'DeltaGenerator.time_input(required)',
    'DeltaGenerator.time_input(width)',
    'DeltaGenerator.toggle(bind)',
    'DeltaGenerator.toggle(on_change)',
    'DeltaGenerator.toggle(persist_state)',
    'DeltaGenerator.toggle(wrap)',
    'DeltaGenerator.vega_lite_chart(alt)',
    'DeltaGenerator.vega_lite_chart(height)',
    'DeltaGenerator.vega_lite_chart(width)',
    'DeltaGenerator.video(alt)',
    'DeltaGenerator.write_stream(cursor)',
    'st.altair_chart(alt)',
    'st.altair_chart(height)',
    'st.altair_chart(width)',
    'st.area_chart(alt)',
    'st.area_chart(height)',
    'st.area_chart(width)',
    'st.audio(alt)',
    'st.bar_chart(alt)',
    'st.bar_chart(height)',
    'st.bar_chart(width)',
    'st.chat_input(accept_audio)',
    'st.chat_input(audio_sample_rate)',
    'st.chat_input(height)',
    'st.chat_input(max_upload_size)',
    'st.chat_input(submit_mode)',
    'st.checkbox(bind)',
    'st.checkbox(on_change)',
    'st.checkbox(persist_state)',
    'st.checkbox(width)',
    'st.checkbox(wrap)',
    'st.color_picker(bind)',
    'st.color_picker(on_change)',
    'st.color_picker(persist_state)',
    'st.color_picker(width)',
    'st.column_config.AreaChartColumn(color)',
    'st.column_config.BarChartColumn(color)',
    'st.column_config.CheckboxColumn(alignment)',
    'st.column_config.Column(alignment)',
    'st.column_config.DateColumn(alignment)',
    'st.column_config.DatetimeColumn(alignment)',
    'st.column_config.ImageColumn(alignment)',
    'st.column_config.LineChartColumn(color)',
    'st.column_config.LinkColumn(alignment)',
    'st.column_config.ListColumn(default)',
    'st.column_config.ListColumn(disabled)',
    'st.column_config.ListColumn(required)',
    'st.column_config.NumberColumn(alignment)',
    'st.column_config.ProgressColumn(color)',
    'st.column_config.ProgressColumn(step)',
    'st.column_config.SelectboxColumn(format_func)',
    'st.column_config.TextColumn(alignment)',
    'st.column_config.TimeColumn(alignment)',
    'st.data_editor(alt)',
    'st.data_editor(height)',
    'st.data_editor(on_change)',
    'st.data_editor(placeholder)',
    'st.data_editor(width)',
    'st.dataframe(alt)',
    'st.dataframe(height)',
    'st.dataframe(lazy)',
    'st.dataframe(placeholder)',
    'st.dataframe(width)',
    'st.date_input(bind)',
    'st.date_input(on_change)',
    'st.date_input(persist_state)',
    'st.date_input(required)',
    'st.date_input(value)',
    'st.date_input(width)',
    'st.expander(args)',
    'st.expander(bind)',
    'st.expander(key)',
    'st.expander(kwargs)',
    'st.expander(on_change)',
    'st.expander(type)',
    'st.feedback(bind)',
    'st.feedback(on_change)',
    'st.feedback(persist_state)',
    'st.file_uploader(max_upload_size)',
    'st.file_uploader(on_change)',
    'st.file_uploader(width)',
    'st.image(alt)',
    'st.image(channels)',
    'st.image(clamp)',
    'st.image(link)',
    'st.image(output_format)',
    'st.image(use_column_width)',
    'st.image(use_container_width)',
    'st.line_chart(alt)',
    'st.line_chart(height)',
    'st.line_chart(width)',
    'st.link_button(args)',
    'st.link_button(key)',
    'st.link_button(kwargs)',
    'st.link_button(on_click)',
    'st.map(alt)',
    'st.map(height)',
    'st.map(width)',
    'st.multiselect(bind)',
    'st.multiselect(filter_mode)',
    'st.multiselect(on_change)',
    'st.multiselect(persist_state)',
    'st.multiselect(select_all)',
    'st.multiselect(wrap)',
    'st.number_input(bind)',
    'st.number_input(icon)',
    'st.number_input(on_change)',
    'st.number_input(persist_state)',
    'st.number_input(required)',
    'st.number_input(width)',
    'st.pills(bind)',
    'st.pills(on_change)',
    'st.pills(persist_state)',
    'st.pills(wrap)',
    'st.plotly_chart(alt)',
    'st.plotly_chart(figure_or_data)',
    'st.plotly_chart(height)',
    'st.plotly_chart(key)',
    'st.plotly_chart(use_container_width)',
    'st.plotly_chart(width)',
    'st.popover(args)',
    'st.popover(key)',
    'st.popover(kwargs)',
    'st.popover(on_change)',
    'st.pyplot(alt)',
    'st.pyplot(clear_figure)',
    'st.pyplot(fig)',
    'st.pyplot(use_container_width)',
    'st.radio(bind)',
    'st.radio(on_change)',
    'st.radio(persist_state)',
    'st.scatter_chart(alt)',
    'st.scatter_chart(height)',
    'st.scatter_chart(width)',
    'st.segmented_control(bind)',
    'st.segmented_control(on_change)',
    'st.segmented_control(persist_state)',
    'st.segmented_control(wrap)',
    'st.select_slider(bind)',
    'st.select_slider(on_change)',
    'st.select_slider(persist_state)',
    'st.selectbox(accept_new_options)',
    'st.selectbox(bind)',
    'st.selectbox(filter_mode)',
    'st.selectbox(icon)',
    'st.selectbox(on_change)',
    'st.selectbox(persist_state)',
    'st.selectbox(placeholder)',
    'st.selectbox(required)',
    'st.selectbox(width)',
    'st.slider(bind)',
    'st.slider(on_change)',
    'st.slider(persist_state)',
    'st.slider(width)',
    'st.tabs(args)',
    'st.tabs(bind)',
    'st.tabs(height)',
    'st.tabs(key)',
    'st.tabs(kwargs)',
    'st.tabs(on_change)',
    'st.text_area(bind)',
    'st.text_area(on_change)',
    'st.text_area(persist_state)',
    'st.text_area(required)',
    'st.text_area(width)',
    'st.text_input(bind)',
    'st.text_input(icon)',
    'st.text_input(live)',
    'st.text_input(on_change)',
    'st.text_input(persist_state)',
    'st.text_input(required)',
    'st.text_input(validate)',
    'st.text_input(width)',
    'st.time_input(bind)',
    'st.time_input(format)',
    'st.time_input(on_change)',
    'st.time_input(persist_state)',
    'st.time_input(required)',
    'st.time_input(width)',
    'st.toggle(bind)',
    'st.toggle(on_change)',
    'st.toggle(persist_state)',
    'st.toggle(wrap)',
    'st.vega_lite_chart(alt)',
    'st.vega_lite_chart(height)',
    'st.vega_lite_chart(width)',
    'st.video(alt)',
    'st.write_stream(cursor)',
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
