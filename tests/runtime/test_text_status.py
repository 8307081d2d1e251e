"""Text and status elements (issue 7): markdown payloads, json, echo, help,
badge, html, progress, status, toast, alerts' icons, balloons and snow.
CPython, through AppTest and the page-side harness (``app``)."""

import pytest

from stc.testing import AppTest


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


# --- markdown and text -----------------------------------------------------------


def test_markdown_extensions_travel_as_written_for_the_page_to_render():
    at = run(
        """
        import streamlit as st
        st.markdown('''
            :red[red] :blue-background[bg] :rainbow[all] :material/home: :paw_prints: $x^2$
        ''')
        st.markdown("<b>x</b>", unsafe_allow_html=True)
        """
    )
    # Dedented and stripped (Streamlit's clean_text); the page does the rest.
    assert at.markdown[0].value == ":red[red] :blue-background[bg] :rainbow[all] :material/home: :paw_prints: $x^2$"
    assert at.markdown[0].proto["unsafe_allow_html"] is False
    assert at.markdown[1].proto["unsafe_allow_html"] is True


@pytest.mark.parametrize("expanded", [True, False, 2])
def test_json_keeps_expanded(expanded):
    at = run(
        f"""
        import streamlit as st
        st.json({{"a": [1, 2, {{"b": None}}]}}, expanded={expanded!r})
        """
    )
    assert at.json[0].expanded == expanded
    assert at.json[0].value == '{"a": [1, 2, {"b": null}]}'


def test_json_rejects_other_expanded_types_and_lists_iterators():
    at = run(
        """
        import streamlit as st
        st.json(map(str, [1, 2]))
        st.json('{"k": 1}')
        st.json({}, expanded="yes")
        """
    )
    assert at.json[0].value == '["1", "2"]'
    assert at.json[1].value == '{"k": 1}'
    assert "of `expanded` is not supported, must be bool or int" in at.exception[0].value


def test_echo_shows_the_code_of_the_with_block_above_by_default():
    at = run(
        """
        import streamlit as st

        def helper():
            with st.echo():
                x = 1 + 1
                if x:
                    st.write("x is", x)
            st.write("after")

        helper()
        """
    )
    kinds = [n.proto["kind"] for n in at.main.walk() if n.proto["kind"] != "empty"]
    assert kinds == ["code", "markdown", "markdown"]
    assert at.code[0].value == 'x = 1 + 1\nif x:\n    st.write("x is", x)'
    assert at.code[0].proto["language"] == "python"
    assert at.markdown.values == ["x is `2`", "after"]


def test_echo_below_and_a_with_header_over_several_lines():
    at = run(
        """
        import streamlit as st
        with st.echo(
            code_location="below",
        ):
            st.text("hi")
        st.text("end")
        """
    )
    assert [n.proto["kind"] for n in at.main.walk()] == ["text", "code", "text"]
    assert at.code[0].value == 'st.text("hi")'


def test_help_of_a_function_shows_name_signature_and_doc():
    at = run(
        '''
        import streamlit as st

        def greet(name: str, times: int = 1) -> str:
            """Say hello.

            More words."""
            return name

        st.help(greet)
        '''
    )
    helped = at.get("help")[0]
    assert helped.name == "greet"
    assert helped.signature == "(name: str, times: int = 1) -> str"
    assert helped.value == "Say hello.\n\nMore words."
    assert helped.proto["type"] == "function"


def test_help_of_a_value_names_the_variable_and_lists_members():
    at = run(
        '''
        import streamlit as st

        class Dog:
            """A good dog."""
            legs = 4
            def bark(self):
                """Woof loudly."""

        my_dog = Dog()
        st.help(my_dog)
        '''
    )
    helped = at.get("help")[0]
    assert helped.name == "my_dog"
    assert helped.proto["type"] == "Dog"
    assert helped.proto["value"].startswith("<")
    assert helped.value == "A good dog."
    members = {m["name"]: m for m in helped.members}
    assert members["legs"]["value"] == "4" and members["legs"]["type"] == "int"
    assert members["bark"]["doc"] == "Woof loudly." and members["bark"]["value"] is None


def test_help_without_argument_describes_streamlit():
    at = run("import streamlit as st\nst.help()\n")
    names = {m["name"] for m in at.get("help")[0].members}
    assert {"write", "markdown", "progress"} <= names


def test_badge_is_markdown_with_the_badge_directive():
    at = run(
        """
        import streamlit as st
        st.badge("New [beta]", icon=":material/star:", color="green")
        st.badge("Plain")
        st.badge("x", color="pink")
        """
    )
    assert at.markdown.values == [":green-badge[:material/star: New \\[beta\\]]", ":blue-badge[Plain]"]
    assert "Invalid color for badge: pink" in at.exception[0].value


def test_html_body_file_css_and_repr_html(tmp_path):
    (tmp_path / "part.html").write_text("<p>from a file</p>")
    (tmp_path / "look.css").write_text("p { color: red }")
    at = AppTest.from_string(
        f"""
        import streamlit as st
        from pathlib import Path
        st.html("<b>bold</b><script>alert(1)</script>")
        st.html({str(tmp_path / "part.html")!r})
        st.html(Path({str(tmp_path / "look.css")!r}))
        class Card:
            def _repr_html_(self):
                return "<i>card</i>"
        st.html(Card())
        st.html("")
        """
    ).run()
    bodies = [e.proto["body"] for e in at.get("html")]
    # Scripts are removed by the page (DOMPurify), where the DOM is.
    assert bodies == ["<b>bold</b><script>alert(1)</script>", "<p>from a file</p>", "<style>p { color: red }</style>", "<i>card</i>"]
    assert "cannot be empty" in at.exception[0].value


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
    assert [a.icon for a in [*at.success, *at.warning, *at.info]] == ["✅", ":material/warning:", None]


def test_balloons_and_snow_play_on_every_run():
    at = run("import streamlit as st\nst.balloons()\nst.snow()\n")
    first = [c.proto for c in at.get("celebration")]
    assert [c.value for c in at.get("celebration")] == ["balloons", "snow"]
    at.run()
    assert [c.proto for c in at.get("celebration")] != first
