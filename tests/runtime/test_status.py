"""Status elements: alerts, toast and metric (as Streamlit's app-testing
cheat sheet reads them), progress, st.status, balloons and snow."""

import pytest

from stc.testing import AppTest


def test_alerts_toast_and_metric_as_the_cheat_sheet_reads_them():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.success("Great job!")
        st.info("Please enter an API key to continue")
        st.warning("Sorry, the passwords didn't match")
        st.error("Something went wrong :(")
        st.toast("That was lit!", icon="🔥")
        st.metric("Temperature", 9500, 1000)
        """
    ).run()
    assert at.success[0].value == "Great job!"
    assert at.info[0].value == "Please enter an API key to continue"
    assert at.warning[0].value == "Sorry, the passwords didn't match"
    assert at.error[0].value == "Something went wrong :("
    assert at.toast[0].value == "That was lit!" and at.toast[0].icon == "🔥"
    assert at.metric[0].value == "9500"
    assert at.metric[0].delta == "1000"
    assert at.metric[0].label == "Temperature"


@pytest.mark.parametrize(
    "delta, delta_color, direction, color",
    [
        (5, "normal", "up", "green"),
        (-5, "normal", "down", "red"),
        ("-1.2 °F", "inverse", "down", "green"),
        ("+3%", "inverse", "up", "red"),
        (2, "off", "up", "gray"),
        (None, "normal", "none", "gray"),
    ],
)
def test_metric_delta_direction_and_colour(delta, delta_color, direction, color):
    at = AppTest.from_string(
        f"""
        import streamlit as st
        st.metric("m", 1, {delta!r}, delta_color={delta_color!r})
        """
    ).run()
    proto = at.metric[0].proto
    assert (proto["direction"], proto["color"]) == (direction, color)


def test_metric_rejects_unknown_delta_color():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.metric("m", 1, 2, delta_color="purple")
        """
    ).run()
    assert at.exception[0].value == (
        "Invalid `delta_color` value. Supported values: 'normal', 'inverse', 'off', 'red', 'orange', 'yellow', "
        "'green', 'blue', 'violet', 'gray', 'grey', 'primary'.")


# (delta, delta_color, delta_arrow) -> (direction, color), as 1.67 records them
@pytest.mark.parametrize("delta, delta_color, delta_arrow, direction, color", [
    (0, "normal", "auto", "none", "gray"),
    ("0", "normal", "auto", "none", "gray"),
    ("0.0", "normal", "auto", "up", "green"),
    (" -4", "inverse", "auto", "down", "green"),
    (-1, "violet", "auto", "down", "violet"),
    (3, "normal", "off", "none", "green"),
    (3, "normal", "down", "down", "green"),
    (None, "violet", "down", "down", "gray"),
])
def test_metric_delta_arrow_and_named_colours(delta, delta_color, delta_arrow, direction, color):
    at = AppTest.from_string(
        f"""
        import streamlit as st
        st.metric("m", 1, {delta!r}, delta_color={delta_color!r}, delta_arrow={delta_arrow!r})
        """
    ).run()
    proto = at.metric[0].proto
    assert (proto["direction"], proto["color"]) == (direction, color)


def test_metric_layout_chart_and_format_parameters():
    at = AppTest.from_string(
        """
        import numpy as np
        import pandas as pd
        import streamlit as st
        st.metric("Sales", 1234.5, "-12", help="h", icon=":material/paid:", label_visibility="collapsed", border=True,
                  width="content", height=150, chart_data=[1, 2, float("nan"), 4], chart_type="area",
                  format="dollar", delta_description="vs last month")
        st.metric("Rows", np.int64(7), chart_data=pd.DataFrame({"a": [3, 1], "b": [0, 0]}))
        st.metric("Plain", "12 %")
        """
    ).run()
    sales, rows, plain = (m.proto for m in at.metric)
    assert (sales["value"], sales["delta"], sales["icon"], sales["label_visibility"], sales["border"]) == (
        "1234.5", "-12", ":material/paid:", "collapsed", True)
    assert (sales["width"], sales["height"]) == ("content", 150)
    assert (sales["chart_data"], sales["chart_type"]) == ([1.0, 2.0, 4.0], "area")  # NaN cannot be drawn
    assert (sales["format"], sales["delta_description"]) == ("dollar", "vs last month")
    assert (rows["value"], rows["chart_data"], rows["chart_type"]) == ("7", [3.0, 1.0], "line")  # the first column
    assert (plain["chart_data"], plain["format"], plain["width"], plain["height"]) == ([], None, "stretch", "content")


@pytest.mark.parametrize("call, error, text", [
    ('st.metric("m", [1])', "StreamlitInvalidParameterTypeError", "Invalid `value` type"),
    ('st.metric("m", 1, chart_data=["a"])', "StreamlitAPIException", "Only numeric values are supported"),
    ('st.metric("m", 1, chart_type="pie")', "StreamlitValueError", "Invalid `chart_type` value"),
    ('st.metric("m", 1, delta_arrow="left")', "StreamlitValueError", "Invalid `delta_arrow` value"),
    ('st.metric("m", 1, width=-1)', "StreamlitInvalidWidthError", "Invalid width value"),
])
def test_metric_refuses_what_1_67_refuses(call, error, text):
    at = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
    assert at.exception[0].value.startswith(text)
    assert at.exception[0].payload.type == error


def test_toast_is_shown_again_on_every_run():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.toast("hi")
        """
    ).run()
    first = at.toast[0].proto
    at.run()
    # A new element for the page each run, so the page shows it again.
    assert at.toast[0].proto != first


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


# --- progress ------------------------------------------------------------------------


def test_progress_is_updated_in_place_with_each_write_sent(app):
    page = app(
        """
        import streamlit as st
        bar = st.progress(0, text="Starting")
        for i in range(1, 5):
            bar.progress(i * 25, text=f"Step {i}")
        half = st.progress(0.5)
        half.empty()
        st.write("done")
        """
    ).run()
    progress = [(d.path, d.element) for d in page.last.deltas if d.element["kind"] == "progress"]
    # Five deltas at one path, in order: the page moves the same bar.
    first = progress[0][0]
    assert [p for p, _ in progress[:5]] == [first] * 5
    assert [e["value"] for _, e in progress[:5]] == [0, 25, 50, 75, 100]
    assert progress[4][1]["text"] == "Step 4"
    assert progress[5][1]["value"] == 50
    # .empty() replaced the second bar; the page ends with one bar.
    assert [e["value"] for e in page.elements("progress")] == [100]
    assert page.markdown() == ["done"]


@pytest.mark.parametrize(
    "value, message",
    [
        (101, "Progress Value has invalid value [0, 100]: 101"),
        (-1, "Progress Value has invalid value [0, 100]: -1"),
        (1.5, "Progress Value has invalid value [0.0, 1.0]: 1.500000"),
        ("50", "Progress Value has invalid type: str"),
        (None, "Progress Value has invalid type: NoneType"),
    ],
)
def test_progress_value_errors_are_streamlits(value, message):
    at = run(f"import streamlit as st\nst.progress({value!r})\n")
    assert at.exception[0].message == message


def test_progress_values_and_text_type():
    at = run(
        """
        import streamlit as st
        import numpy as np
        st.progress(0.42, text="float")
        st.progress(np.float64(0.5))
        st.progress(7)
        st.progress(3, text=5)
        """
    )
    bars = at.get("progress")
    assert [b.value for b in bars] == [42, 50, 7]
    assert bars[0].text == "float"
    assert "Progress Text is of type <class 'int'>" in at.exception[0].value


# --- status ----------------------------------------------------------------------------


def test_status_completes_at_the_end_of_its_with_block():
    at = run(
        """
        import streamlit as st
        with st.status("Downloading data...", expanded=True) as status:
            st.write("Searching for data...")
            status.update(label="Almost there")
        st.write("after")
        """
    )
    box = at.status[0]
    assert (box.label, box.state, box.expanded) == ("Almost there", "complete", True)
    assert box.markdown[0].value == "Searching for data..."
    assert at.main.markdown.values == ["Searching for data...", "after"]


def test_status_update_changes_label_state_and_expanded():
    at = run(
        """
        import streamlit as st
        status = st.status("Working")
        status.write("inside")
        status.update(label="Done!", state="complete", expanded=False)
        """
    )
    box = at.status[0]
    assert (box.label, box.state, box.expanded) == ("Done!", "complete", False)
    assert box.markdown[0].value == "inside"


def test_status_turns_error_when_the_block_raises():
    at = run(
        """
        import streamlit as st
        with st.status("Risky"):
            st.write("before")
            raise ValueError("boom")
        """
    )
    assert at.status[0].state == "error"
    assert at.exception[0].message == "boom"


def test_status_keeps_an_explicit_final_state_and_rejects_unknown_states():
    at = run(
        """
        import streamlit as st
        with st.status("Checks") as s:
            s.update(state="error")
        st.status("Odd", state="paused")
        """
    )
    assert at.status[0].state == "error"
    assert "Unknown state (paused). Must be one of 'running', 'complete', or 'error'." in at.exception[0].value


# --- toast, alerts, balloons ----------------------------------------------------------------


def test_toast_returned_object_updates_the_same_toast(app):
    page = app(
        """
        import streamlit as st
        msg = st.toast("Gathering ingredients...", icon="🥞")
        msg.toast("Cooking...")
        msg.toast("Ready!", icon=":material/check:")
        """
    ).run()
    toasts = [(d.path, d.element) for d in page.last.deltas if d.element["kind"] == "toast"]
    assert len({tuple(p) for p, _ in toasts}) == 1
    assert [e["body"] for _, e in toasts] == ["Gathering ingredients...", "Cooking...", "Ready!"]
    # One run id for all three: the page updates the toast it shows.
    assert len({e["run"] for _, e in toasts}) == 1
    assert [e["body"] for e in page.elements("toast")] == ["Ready!"]
    assert page.elements("toast")[0]["icon"] == ":material/check:"


@pytest.mark.parametrize(
    "icon, message",
    [
        (":material/not a name:", "is not a valid Material icon"),
        (":smile:", "is not a valid emoji. Shortcodes are not allowed"),
        ("ab", "is not a valid emoji"),
    ],
)
def test_alert_icons_must_be_an_emoji_or_a_material_icon(icon, message):
    at = run(f"import streamlit as st\nst.error('x', icon={icon!r})\n")
    assert message in at.exception[0].value


def test_alert_icons_accept_emoji_and_material_icons():
    at = run(
        """
        import streamlit as st
        st.success("ok", icon="✅")
        st.warning("careful", icon=":material/warning:")
        st.info("plain")
        """
    )
    # 1.67's AppTest reads an unset icon as "".
    assert [a.icon for a in [*at.success, *at.warning, *at.info]] == ["✅", ":material/warning:", ""]
    assert at.info[0].payload.icon is None


def test_balloons_and_snow_play_on_every_run():
    at = run("import streamlit as st\nst.balloons()\nst.snow()\n")
    first = [c.proto for c in at.get("celebration")]
    # 1.67's AppTest: elements of types "balloons" and "snow" (no value)
    assert [(c.type, c.value) for c in at.get("celebration")] == [("balloons", None), ("snow", None)]
    assert len(at.get("balloons")) == len(at.get("snow")) == 1
    at.run()
    assert [c.proto for c in at.get("celebration")] != first


# --- typed payloads ------------------------------------------------------------------


def test_status_payloads_read_back_from_what_the_page_receives():
    from stc_runtime import payloads
    from stc_runtime.payloads.status import AlertElement, StatusBlock

    at = run(
        """
        import streamlit as st
        st.warning("careful", icon="⚠️")
        with st.status("Working") as box:
            st.write("step")
        box.update(label="Done", expanded=True)
        """
    )
    alert = at.warning[0]
    assert alert.payload == AlertElement(variant="warning", body="careful", icon="⚠️")
    assert payloads.from_wire(alert.proto).wire() == alert.proto
    box = at.status[0]
    assert box.payload == StatusBlock(label="Done", expanded=True, state="complete")
    assert box.proto["kind"] == "block" and box.proto["block"] == "status"


def test_the_runtimes_own_warnings_are_alerts_like_st_warning():
    from stc_runtime.payloads.status import AlertElement

    at = run(
        """
        import streamlit as st
        if "n" not in st.session_state:
            st.session_state.n = 3
        st.number_input("n", value=1, key="n")

        @st.cache_data
        def pick():
            return st.checkbox("inside a cached function")
        pick()
        """
    )
    bodies = [w.payload.body for w in at.warning]
    # The default-and-state warning is logged (the console), as 1.67 logs it.
    assert not any('key "n" was created with a default value' in b for b in bodies)
    assert any("widget command in a cached function" in b for b in bodies)
    assert all(isinstance(w.payload, AlertElement) and not w.icon for w in at.warning)
    assert all(set(w.proto) == {"kind", "variant", "body", "icon", "width"} for w in at.warning)


@pytest.mark.parametrize(
    ("element", "why"),
    [
        ({"kind": "alert", "variant": "danger", "body": "x"}, "alert.variant"),
        ({"kind": "block", "block": "status", "label": "x", "state": "paused"}, "status.state"),
        ({"kind": "celebration", "effect": "confetti", "run": 1}, "celebration.effect"),
        ({"kind": "toast", "body": "x"}, "run"),
    ],
)
def test_status_wire_forms_outside_their_class_are_refused(element, why):
    from stc_runtime import payloads

    with pytest.raises(payloads.PayloadError, match=why):
        payloads.from_wire(element)


def test_alerts_carry_a_title_above_the_body(app):
    a = app("""
        import streamlit as st
        st.error("Broken", title="  **Failure**  ")
        st.info("Plain")
        st.warning("Empty title", title="")
        st.success("Numbered", title=3)
    """).run()
    assert [e.get("title") for e in a.elements("alert")] == ["**Failure**", None, "", "3"]


def test_status_type_is_sent_kept_by_update_and_checked(app):
    a = app("""
        import streamlit as st
        with st.status("Boxed"):
            pass
        with st.status("Step one", type="step") as s:
            s.update(label="Step one done")
        st.status("Inline", type="compact")
        st.status("Bad", type="timeline")
    """).run()
    blocks = [b for b in a.elements("block") if b["block"] == "status"]
    assert [(b["label"], b["type"]) for b in blocks] == [("Boxed", "default"), ("Step one done", "step"), ("Inline", "compact")]
    (exc,) = a.exceptions()
    assert exc["type"] == "StreamlitValueError" and "`type`" in exc["message"]
