"""st.column_config: the parameters 1.67 added to the column types
(alignment, chart and progress colours, ProgressColumn's step,
SelectboxColumn's format_func, an editable ListColumn), as they reach the
page's payload and as 1.67 refuses them."""

from __future__ import annotations

import pytest

from stc_runtime import column_config as cc
from stc_runtime.errors import StreamlitValueError


@pytest.mark.parametrize("make", [
    cc.Column, cc.TextColumn, cc.NumberColumn, cc.CheckboxColumn, cc.DateColumn, cc.DatetimeColumn,
    cc.TimeColumn, cc.LinkColumn, cc.ImageColumn,
])
def test_alignment_is_a_column_option(make):
    assert make(alignment="center")["alignment"] == "center"
    assert make()["alignment"] is None


@pytest.mark.parametrize("make", [cc.LineChartColumn, cc.BarChartColumn, cc.AreaChartColumn, cc.ProgressColumn])
@pytest.mark.parametrize("color", ["auto", "auto-inverse", "red", "grey", "primary", "#483d8b", "#fff", "#6A5ACD80", "rgb(255, 0, 0)", "rgba(0,0,0,0.5)"])
def test_chart_colours_1_67_accepts(make, color):
    assert make(color=color)["type_config"]["color"] == color


@pytest.mark.parametrize("make", [cc.LineChartColumn, cc.BarChartColumn, cc.AreaChartColumn, cc.ProgressColumn])
@pytest.mark.parametrize("color", ["darkblue", "hsl(1, 2%, 3%)", "#12", "#ab cd", "#abcdefabc"])
def test_chart_colours_1_67_refuses(make, color):
    with pytest.raises(StreamlitValueError) as err:
        make(color=color)
    assert str(err.value) == (
        "Invalid `color` value. Supported values: auto, auto-inverse, red, blue, green, yellow, violet, orange, "
        "gray, grey, primary, a valid hex color, an rgb() or rgba() color.")


def test_progress_step_and_colour_travel_in_the_type_config():
    tc = cc.ProgressColumn("Done", step=0.001, color="auto", min_value=0, max_value=1)["type_config"]
    assert tc == {"type": "progress", "format": None, "min_value": 0, "max_value": 1, "step": 0.001, "color": "auto"}


def test_selectbox_format_func_labels_each_option():
    tc = cc.SelectboxColumn(options=["st.a", "st.b"], format_func=lambda o: o.upper())["type_config"]
    # As 1.67 sends them: the value kept, the label shown.
    assert tc["options"] == [{"value": "st.a", "label": "ST.A"}, {"value": "st.b", "label": "ST.B"}]
    assert cc.SelectboxColumn(options=("x", 2))["type_config"]["options"] == ["x", 2]
    assert cc.SelectboxColumn(format_func=str)["type_config"]["options"] is None


def test_list_column_is_editable_with_a_default():
    cfg = cc.ListColumn("Tags", disabled=False, required=True, default=("a", "b"))
    assert (cfg["disabled"], cfg["required"], cfg["default"]) == (False, True, ["a", "b"])
    assert cc.ListColumn()["default"] is None


def test_the_same_options_as_real_streamlit():
    """Each option this file covers has the value 1.67's constructor gives it
    (its dict has the same keys for them; stc adds ``hidden``)."""
    import json
    import subprocess
    from pathlib import Path

    real = Path.home() / ".cache/stc/venvs/streamlit-1.67.0/bin/python"
    if not real.exists():
        pytest.skip("no Streamlit 1.67 venv")
    calls = [
        'Column(alignment="right")', 'ProgressColumn(step=0.5, color="#fff")', 'BarChartColumn(color="auto")',
        'SelectboxColumn(options=[1, 2], format_func=lambda v: f"#{v}")', 'ListColumn(default=["x"], required=True)',
    ]
    script = "import json, streamlit as st\nprint(json.dumps([" + ", ".join(f"st.column_config.{c}" for c in calls) + "]))"
    theirs = json.loads(subprocess.run([str(real), "-c", script], capture_output=True, text=True, check=True).stdout)
    ours = [eval(f"cc.{c}") for c in calls]  # noqa: S307 - the literal calls above
    for mine, ref in zip(ours, theirs):
        for key in ("alignment", "default", "required", "disabled"):
            if key in ref:
                assert mine[key] == ref[key], (key, mine, ref)
        for key, value in (ref.get("type_config") or {}).items():
            assert mine["type_config"][key] == value, (key, mine, ref)
