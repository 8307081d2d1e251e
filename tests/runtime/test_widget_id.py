"""Widget identity (widget_id.py): which parameters define a widget,
duplicate ids, and keys.

The rule is Streamlit's documented one ("Widget behavior"): a change of any
defining parameter makes a new widget, with or without a key. Tests marked
``seed_only`` pin that documented behaviour where Streamlit >= 1.50 differs
(it keeps a keyed widget across a label change); Streamlit 1.49.1 still
behaves as documented."""

from __future__ import annotations

import pytest

seed_only = pytest.mark.seed_only  # registered in conftest.py


# --- identity --------------------------------------------------------------

def test_changing_min_resets_sliders_with_and_without_key(conformance_app):
    a = conformance_app("widget_change_parameters.py").run()
    for label in ("No default, no key", "No default, with key", "With default, no key", "With default, with key"):
        a.set("slider", label, 7)
        assert a.value("slider", label) == 7
    a.set("number_input", "Minimum", 2)
    assert a.value("slider", "No default, no key") == 2
    assert a.value("slider", "No default, with key") == 2
    assert a.value("slider", "With default, no key") == 5
    assert a.value("slider", "With default, with key") == 5
    assert (a.state["a"], a.state["b"]) == (2, 5)


def test_retain_statefulness_when_changing_parameters(conformance_app):
    a = conformance_app("widget_retain_statefulness.py").run()
    assert a.value("slider", "A") == 5
    a.set("slider", "A", 9)
    a.set("number_input", "Min", 3)
    assert a.value("slider", "A") == 9
    a.set("number_input", "Max", 7)
    assert a.value("slider", "A") == 7
    assert a.widget("slider", "A")["max"] == 7


LABEL_CHANGE = """
    import streamlit as st
    label = "Beta" if st.checkbox("rename") else "Alpha"
    st.number_input(label, key="A", value=1)
    st.write(str(st.session_state.A))
"""


@seed_only
def test_changing_the_label_of_a_keyed_widget_resets_it(app):
    a = app(LABEL_CHANGE).run()
    a.set("number_input", "Alpha", 40)
    assert a.markdown() == ["40"]
    a.set("checkbox", "rename", True)
    assert a.value("number_input", "Beta") == 1
    assert a.markdown() == ["1"]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ('st.selectbox("X", ["a", "b", "c"])', 'st.selectbox("X", ["a", "b", "c", "d"])'),
        ('st.selectbox("X", ["a", "b", "c"], key="k")', 'st.selectbox("X", ["a", "b", "d"], key="k")'),
        ('st.text_input("X", "one")', 'st.text_input("X", "two")'),
        ('st.text_input("X", key="k")', 'st.text_input("X", key="k", placeholder="type")'),
        ('st.checkbox("X")', 'st.checkbox("X", help="why")'),
        ('st.number_input("X", 0, 10)', 'st.number_input("X", 0, 20)'),
        ('st.number_input("X", 0, 10, key="k")', 'st.number_input("X", 0, 10, step=2, key="k")'),
        ('st.slider("X", 0, 10)', 'st.slider("X", 0, 10, 4)'),
        ('st.slider("X", 0.0, 10.0, key="k")', 'st.slider("X", 0.0, 10.0, format="%.1f", key="k")'),
        ('st.slider("X", 0, 10, key="k")', 'st.slider("X", 0, 10, key="k2")'),
    ],
)
def test_changing_a_defining_parameter_makes_a_new_widget(app, before, after):
    a = app(f"""
        import streamlit as st
        n = st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        v = {after} if n >= 2 else {before}
        st.write(repr(v))
    """).run()
    first = a.paths()[0][1]
    new_value = {"selectbox": 1, "text_input": "typed", "checkbox": True, "number_input": 3, "slider": 3}[first["kind"]]
    if isinstance(first["value"], float):
        new_value = float(new_value)
    a.set(first["kind"], "X", new_value)
    assert a.paths()[0][1]["value"] == new_value
    a.run()  # the parameter changes in this run
    changed = a.paths()[0][1]
    assert changed["id"] != first["id"]
    # The new widget starts from its own default, not the visitor's value.
    assert changed["value"] != new_value
    assert a.markdown()[0] != repr(new_value)


@pytest.mark.parametrize(
    "variant",
    [
        'st.slider("X", 0, 10, disabled=flip)',
        'st.slider("X", 0, 10, label_visibility="collapsed" if flip else "visible")',
        'st.slider("X", 0, 10, on_change=(lambda: None) if flip else None)',
        'st.slider("X", 0, 10, on_change=print, args=(flip,), kwargs={"sep": str(flip)})',
        'st.slider("X", 0, 10, key="k", disabled=flip)',
    ],
)
def test_changing_a_non_defining_parameter_keeps_the_widget(app, variant):
    a = app(f"""
        import streamlit as st
        flip = st.session_state.setdefault("n", 0) % 2 == 1
        st.session_state.n += 1
        {variant}
    """).run()
    a.set("slider", "X", 6)
    a.run()
    assert a.value("slider", "X") == 6
    a.run()
    assert a.value("slider", "X") == 6


def test_widget_identity_follows_the_documented_table():
    """What is hashed into a widget's id and what is deliberately not."""
    from stc_runtime.widget_id import compute_widget_id

    base = dict(script_path="/app/app.py", key=None, label="L", min_value=0, max_value=10, value=5, help=None)
    ref = compute_widget_id("slider", **base)
    assert compute_widget_id("slider", **base) == ref  # stable
    for name, other in [
        ("label", "M"), ("min_value", 1), ("max_value", 11), ("value", 6), ("help", "h"),
        ("value", 5.0),  # int and float sliders are different widgets
        ("key", "k"), ("script_path", "/app/pages/other.py"),
    ]:
        assert compute_widget_id("slider", **{**base, name: other}) != ref, name
    assert compute_widget_id("number_input", **base) != ref
    keyed = compute_widget_id("slider", **{**base, "key": "my key"})
    assert keyed.endswith("-my key")


def test_duplicate_widgets_without_key_raise_duplicate_widget_id(conformance_app):
    a = conformance_app("widget_duplicate.py").run()
    assert a.status == "error"
    assert a.kinds() == ["button", "exception"]
    exc = a.exceptions()[0]
    assert exc["type"] == "DuplicateWidgetID"
    assert "`key`" in exc["message"]
    assert "button" in exc["message"]


def test_keys_distinguish_otherwise_identical_widgets(app):
    a = app("""
        import streamlit as st
        st.button("OK", key="privacy")
        st.button("OK", key="terms")
        st.write(str(st.session_state.privacy), str(st.session_state.terms))
    """).run()
    assert a.status == "complete"
    a.click("OK", key="terms")
    assert a.markdown() == ["False True"]


def test_the_same_key_on_two_different_widgets_raises(app):
    a = app("""
        import streamlit as st
        st.text_input("Name", key="k")
        st.checkbox("Agree", key="k")
    """).run()
    assert a.status == "error"
    exc = a.exceptions()[0]
    assert exc["type"] == "DuplicateWidgetID"
    assert "key='k'" in exc["message"]


def test_same_widget_in_main_and_sidebar_is_still_a_duplicate(app):
    a = app("""
        import streamlit as st
        st.checkbox("C")
        st.sidebar.checkbox("C")
    """).run()
    assert a.exceptions()[0]["type"] == "DuplicateWidgetID"


def test_widgets_keep_state_across_many_reruns(app):
    a = app("""
        import streamlit as st
        st.text_input("T")
        st.checkbox("C")
        st.selectbox("S", ["x", "y"])
    """).run()
    a.set("text_input", "T", "hello")
    a.set("checkbox", "C", True)
    a.select("S", "y")
    for _ in range(3):
        a.run()
    assert (a.value("text_input", "T"), a.value("checkbox", "C"), a.value("selectbox", "S")) == ("hello", True, 1)
