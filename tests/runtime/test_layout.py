"""Layout containers: delta paths (``[root, i, j, ...]``, root 0 the main
area and 1 the sidebar; a block at ``p`` holds its children at ``p + [k]``),
st.columns, st.container, st.expander, st.empty, st.tabs, st.popover and
st.dialog, and the rules Streamlit enforces for them."""

from __future__ import annotations

import pytest

from stc.testing import AppTest
from stc_runtime.protocol import WidgetChange


def by_body(a):
    return {e.get("body") or e.get("label"): path for path, e in a.paths() if e.get("body") or e.get("label")}


def test_main_area_paths_count_up(app):
    a = app("""
        import streamlit as st
        st.write("one")
        st.write("two")
        st.button("three")
    """).run()
    assert [p for p, _ in a.paths()] == [[0, 0], [0, 1], [0, 2]]


def test_sidebar_root_is_1(app):
    a = app("""
        import streamlit as st
        st.write("main 0")
        st.sidebar.write("side 0")
        with st.sidebar:
            st.write("side 1")
            st.button("side button")
        st.write("main 1")
    """).run()
    assert by_body(a) == {"main 0": [0, 0], "main 1": [0, 1], "side 0": [1, 0], "side 1": [1, 1], "side button": [1, 2]}


def test_columns_write_into_each_column(app):
    a = app("""
        import streamlit as st
        left, right = st.columns([1, 3])
        with left:
            st.write("L1")
        right.write("R1")
        st.write("after")
        with right:
            st.write("R2")
        left.button("L2")
    """).run()
    row_path, row = a.paths()[0]
    assert row_path == [0, 0] and (row["kind"], row["block"]) == ("block", "horizontal")
    blocks = [(p, e) for p, e in a.paths("block") if e["block"] == "column"]
    assert [p for p, _ in blocks] == [[0, 0, 0], [0, 0, 1]]
    assert [e["weight"] for _, e in blocks] == [0.25, 0.75]
    assert by_body(a) == {"L1": [0, 0, 0, 0], "L2": [0, 0, 0, 1], "R1": [0, 0, 1, 0], "R2": [0, 0, 1, 1], "after": [0, 1]}


def test_columns_refuse_bad_specs(app):
    a = app("""
        import streamlit as st
        st.columns(0)
    """).run()
    assert a.exceptions()[0]["type"] == "StreamlitInvalidColumnSpecError"
    a.write_script("""
        import streamlit as st
        st.columns([1, -1])
    """)
    a.run()
    assert a.exceptions()[0]["type"] == "StreamlitInvalidColumnSpecError"


def test_container_written_out_of_order(app):
    a = app("""
        import streamlit as st
        first = st.container()
        second = st.container(border=True)
        second.button("A")
        first.button("B")
        st.write("below")
    """).run()
    assert [e["label"] for e in a.elements("button")] == ["B", "A"]
    assert by_body(a) == {"B": [0, 0, 0], "A": [0, 1, 0], "below": [0, 2]}
    assert [e["border"] for e in a.elements("block")] == [False, True]


def test_expander_and_nesting(app):
    a = app("""
        import streamlit as st
        with st.expander("More", expanded=True):
            st.write("inside")
            c1, c2 = st.columns(2)
            with c2:
                st.write("deep")
        with st.sidebar:
            with st.expander("Side"):
                st.write("side inside")
        st.write("outside")
    """).run()
    exp_path, exp = a.paths("block")[0]
    assert exp_path == [0, 0] and (exp["block"], exp["label"], exp["expanded"]) == ("expander", "More", True)
    assert by_body(a) == {
        "More": [0, 0], "inside": [0, 0, 0], "deep": [0, 0, 1, 1, 0],
        "Side": [1, 0], "side inside": [1, 0, 0], "outside": [0, 1],
    }


def test_expander_and_tabs_carry_their_width(app):
    a = app("""
        import streamlit as st
        st.expander("Wide")
        st.expander("Narrow", width=300)
        st.tabs(["A", "B"], width=250)
        st.tabs(["C"])
    """).run()
    widths = [(e["block"], e["width"]) for e in a.elements("block") if e["block"] in ("expander", "tab_container")]
    assert widths == [("expander", "stretch"), ("expander", 300), ("tab_container", 250), ("tab_container", "stretch")]


@pytest.mark.parametrize("call", ['st.expander("E", width="content")', 'st.tabs(["T"], width=0)'])
def test_expander_and_tabs_refuse_a_width_1_67_refuses(app, call):
    a = app(f"""
        import streamlit as st
        {call}
    """).run()
    assert a.exceptions()[0]["type"] == "StreamlitInvalidWidthError"


def test_sidebar_call_inside_a_column_still_goes_to_the_sidebar(app):
    a = app("""
        import streamlit as st
        (col,) = st.columns(1)
        with col:
            st.sidebar.write("side")
            st.write("col")
    """).run()
    assert by_body(a) == {"side": [1, 0], "col": [0, 0, 0, 0]}


def test_with_blocks_do_not_leak_into_the_next_run(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        (col,) = st.columns(1)
        with col:
            st.write("in col")
            if st.session_state.n == 1:
                st.stop()
        st.write("main")
    """).run()
    assert a.status == "stopped"
    a.run()
    assert by_body(a) == {"in col": [0, 0, 0, 0], "main": [0, 1]}


def test_widgets_in_containers_keep_state(app):
    a = app("""
        import streamlit as st
        c1, c2 = st.columns(2)
        v = c2.slider("S", 0, 10)
        with st.sidebar:
            t = st.text_input("T")
        st.write(f"{v} {t}")
    """).run()
    a.set("slider", "S", 4)
    a.set("text_input", "T", "hi")
    assert a.markdown() == ["4 hi"]


def change(a, kind, label, value):
    return WidgetChange(id=a.widget(kind, label)["id"], value=value)


def submit(a, label="Submit", *changes):
    """What the page sends when a form is submitted: its held-back changes,
    then the click, in one Rerun."""
    return a.run(*changes, WidgetChange(id=a.widget("form_submit_button", label)["id"], value=True))


def errors(a):
    return [f"{e['type']}: {e['message']}" for e in a.exceptions()]


def shown(a):
    """(path, element) of what the page shows after the last run, built
    from the deltas as render.js applies them: a node written again keeps
    its children only while it stays a block of the same kind."""
    tree: dict = {}
    for d in a.last.deltas:
        parent = tree
        for i in d.path[:-1]:
            parent = parent.setdefault(i, {"element": None, "children": {}})["children"]
        old = parent.get(d.path[-1])
        kind = lambda e: e and (e["kind"], e.get("block"))  # noqa: E731
        keep = old is not None and d.element["kind"] == "block" and kind(old["element"]) == kind(d.element)
        parent[d.path[-1]] = {"element": d.element, "children": old["children"] if keep else {}}
    out = []

    def walk(nodes, path):
        for i in sorted(nodes):
            out.append((path + [i], nodes[i]["element"]))
            walk(nodes[i]["children"], path + [i])

    walk(tree, [])
    return [(p, e) for p, e in out if e is not None]


# --- st.empty ------------------------------------------------------------------------


def test_empty_holds_one_element_at_a_time(app):
    a = app("""
        import streamlit as st
        ph = st.empty()
        st.write("below")
        ph.text("first")
        ph.markdown("second")
        with ph.container():
            st.write("a")
            st.write("b")
        with ph.container():
            st.write("c")
        keep = st.empty()
        keep.write("kept")
        gone = st.empty()
        gone.write("cleared")
        gone.empty()
    """).run()
    page = shown(a)
    paths = dict((tuple(p), e) for p, e in page)
    assert paths[(0, 0)]["block"] == "vertical"
    assert [e["body"] for p, e in page if e["kind"] == "markdown"] == ["c", "below", "kept"]
    assert paths[(0, 3)]["kind"] == "empty"

    at = AppTest.from_file(a.script).run()
    assert at.markdown.values == ["c", "below", "kept"]
    assert [n.value for n in at.text] == []


def test_empty_in_a_with_block_and_a_loop(app):
    a = app("""
        import streamlit as st
        slot = st.empty()
        for i in range(3):
            with slot:
                st.write(f"tick {i}")
        with slot.container():
            st.button("Stop")
    """).run()
    assert a.markdown() == []
    assert [e["label"] for e in a.elements("button")] == ["Stop"]
    streamed = [d.element.get("body") for d in a.last.deltas if d.path == [0, 0]]
    assert streamed[:4] == [None, "tick 0", "tick 1", "tick 2"]


# --- tabs, popover, chat_message ---------------------------------------------------


def test_tabs(app):
    a = app("""
        import streamlit as st
        one, two, three = st.tabs(["Cat", "Dog", "Owl"])
        one.write("meow")
        with three:
            st.write("hoot")
        two.write("woof")
    """).run()
    box, *tabs = a.paths("block")
    assert box[1]["labels"] == ["Cat", "Dog", "Owl"] and box[1]["block"] == "tab_container"
    assert [(p, e["label"], e["index"]) for p, e in tabs] == [([0, 0, 0], "Cat", 0), ([0, 0, 1], "Dog", 1), ([0, 0, 2], "Owl", 2)]

    at = AppTest.from_file(a.script).run()
    assert [t.label for t in at.tabs] == ["Cat", "Dog", "Owl"]
    assert at.tabs[2].markdown[0].value == "hoot"
    assert at.tabs[1].markdown.values == ["woof"]


@pytest.mark.parametrize("arg, message", [
    ("[]", "The `tabs` parameter is required. Provide at least one tab label."),
    ("['a', 1]", "Invalid `tabs` type. Expected one of: a string for each tab label. Provided type: int."),
    ("['a', 'b'], default='c'", "Invalid `default` value. Supported values: a tab label from `tabs`. `c` is not in the list of tabs."),
])
def test_tabs_refuse_bad_labels(app, arg, message):
    a = app(f"""
        import streamlit as st
        st.tabs({arg})
    """).run()
    assert message in errors(a)[0]


def test_popover(app):
    a = app("""
        import streamlit as st
        with st.popover("Filters", help="Narrow it down", icon="🔎"):
            on = st.checkbox("Only active")
        st.write(f"on={on}")
    """).run()
    (pop,) = a.elements("block")
    assert (pop["block"], pop["label"], pop["help"], pop["icon"], pop["disabled"]) == ("popover", "Filters", "Narrow it down", "🔎", False)
    a.set("checkbox", "Only active", True)
    assert a.markdown() == ["on=True"]
    at = AppTest.from_file(a.script).run()
    # 1.67's AppTest has no at.popover: a popover is a block of type "popover".
    (popover,) = at.get("popover")
    assert popover.checkbox[0].label == "Only active"


# --- dialog --------------------------------------------------------------------------

VOTE_APP = """
    import streamlit as st

    @st.dialog("Cast your vote")
    def vote(item):
        st.write(f"Why is {item} your favorite?")
        reason = st.text_input("Because...")
        st.write(f"echo:{reason}")
        if st.button("Submit"):
            st.session_state.vote = {"item": item, "reason": reason}
            st.rerun()

    if "vote" not in st.session_state:
        st.write("Vote for your favorite")
        if st.button("A"):
            vote("A")
        if st.button("B"):
            vote("B")
        st.checkbox("Elsewhere")
    else:
        st.write(f"You voted for {st.session_state.vote['item']} because {st.session_state.vote['reason']}")
"""


def dialogs(a):
    return [(p, e) for p, e in a.paths("block") if e["block"] == "dialog"]


def test_dialog_opens_stays_open_while_used_and_closes_on_rerun(app):
    a = app(VOTE_APP).run()
    assert dialogs(a) == []
    a.click("B")
    ((path, box),) = dialogs(a)
    assert path == [3, 0] and (box["title"], box["width"], box["dismissible"], box["dismiss_id"]) == ("Cast your vote", "small", True, None)
    assert a.markdown() == ["Vote for your favorite", "Why is B your favorite?", "echo:"]
    # Using a widget in the dialog reruns the app; the dialog is drawn
    # again although the script did not call it in this run.
    a.set("text_input", "Because...", "wings")
    assert [p for p, _ in dialogs(a)] == [[3, 0]]
    assert a.markdown() == ["Vote for your favorite", "Why is B your favorite?", "echo:wings"]
    # st.rerun() from the dialog closes it.
    a.click("Submit")
    assert dialogs(a) == []
    assert a.markdown() == ["You voted for B because wings"]


def test_dialog_closes_when_the_app_does_not_draw_it(app):
    a = app(VOTE_APP).run()
    a.click("A")
    assert dialogs(a)
    a.set("checkbox", "Elsewhere", True)  # the visitor closed it and went on
    assert dialogs(a) == []
    a.click("A")
    first = dialogs(a)[0][1]["opened_in_run"]
    a.click("A")
    assert dialogs(a)[0][1]["opened_in_run"] > first  # the page opens it again


def test_dialog_kept_open_by_a_flag_is_drawn_once(app):
    a = app("""
        import streamlit as st
        @st.dialog("Edit", width="large")
        def edit():
            n = st.number_input("N", 0, 10)
            st.write(f"n={n}")
            if st.button("Done"):
                st.session_state.open = False
                st.rerun()
        if st.button("Edit"):
            st.session_state.open = True
        if st.session_state.get("open"):
            edit()
    """).run()
    a.click("Edit")
    a.set("number_input", "N", 3)
    assert errors(a) == [] and a.markdown() == ["n=3"] and len(dialogs(a)) == 1
    assert dialogs(a)[0][1]["width"] == "large"
    a.click("Done")
    assert dialogs(a) == []


def test_dialog_with_a_form_and_on_dismiss(app):
    a = app("""
        import streamlit as st
        def dismissed():
            st.session_state.dismissed = st.session_state.get("dismissed", 0) + 1
        @st.dialog("Sign up", on_dismiss=dismissed)
        def sign_up():
            with st.form("f"):
                email = st.text_input("Email")
                if st.form_submit_button("Join"):
                    st.session_state.email = email
        if st.button("Open"):
            sign_up()
        st.write(f"{st.session_state.get('email')}|{st.session_state.get('dismissed', 0)}")
    """).run()
    a.click("Open")
    a.set("text_input", "Email", "a@b.c")  # held by the form; no redraw
    assert dialogs(a) == []
    a.click("Open")
    submit(a, "Join", change(a, "text_input", "Email", "x@y.z"))
    ((_, box),) = dialogs(a)
    assert a.markdown() == ["x@y.z|0"]
    a.run(WidgetChange(id=box["dismiss_id"], value=True))
    assert dialogs(a) == [] and a.markdown() == ["x@y.z|1"]


@pytest.mark.parametrize("script, message", [
    ("@st.dialog\ndef d():\n    pass\n", "A non-empty `title` argument has to be provided for dialogs"),
    ("@st.dialog('One')\ndef d():\n    pass\n@st.dialog('Two')\ndef e():\n    pass\nd()\ne()\n",
     "Only one dialog is allowed to be opened at the same time."),
    ("@st.dialog('One')\ndef d():\n    e()\n@st.dialog('Two')\ndef e():\n    pass\nd()\n",
     "Dialogs may not be nested inside other dialogs."),
    ("@st.dialog('One', width='huge')\ndef d():\n    pass\n", "Invalid width"),
])
def test_dialog_rules(app, script, message):
    a = app("import streamlit as st\n" + script).run()
    assert message in errors(a)[0]


def test_experimental_dialog_alias():
    import stc_runtime as st

    assert st.experimental_dialog is st.dialog


# --- container, columns, expander rules ----------------------------------------------


def test_container_height_scrolls_with_a_border_by_default(app):
    a = app("""
        import streamlit as st
        st.container(height=300)
        st.container(height=200, border=False)
        st.container(horizontal=True, gap="large", key="row")
    """).run()
    boxes = [(e["height"], e["border"], e["horizontal"], e["gap"], e["key"]) for e in a.elements("block")]
    assert boxes == [(300, True, False, "small", None), (200, False, False, "small", None), ("content", False, True, "large", "row")]


@pytest.mark.parametrize("script, message", [
    ("st.container(height='tall')", "Invalid height value: 'tall'."),
    ("st.columns(2, gap='huge')", "Invalid `gap` value. Supported values: 'xxsmall', 'xsmall', 'small', 'medium', 'large', 'xlarge', 'xxlarge', None, a non-negative integer (pixels). Got 'huge'."),
    ("st.columns(2, vertical_alignment='middle')", "Invalid `vertical_alignment` value. Supported values: 'top', 'center', 'bottom'. Got 'middle'."),
    ("a, = st.columns(1)\nb, = a.columns(1)\nb.columns(2)", "Columns can only be placed inside other columns up to one level of nesting."),
    ("a, = st.sidebar.columns(1)\na.columns(2)", "Columns cannot be placed inside other columns in the sidebar."),
])
def test_layout_rules(app, script, message):
    a = app("import streamlit as st\n" + script).run()
    assert message in errors(a)[0]


def test_columns_options_and_one_level_of_nesting(app):
    a = app("""
        import streamlit as st
        a, b = st.columns([1, 3], gap="large", vertical_alignment="bottom", border=True)
        c, d = a.columns(2)
        d.write("nested")
        with st.expander("Exp", icon="🎈"):
            st.write("in")
    """).run()
    row = a.paths("block")[0][1]
    assert (row["gap"], row["vertical_alignment"]) == ("large", "bottom")
    at = AppTest.from_file(a.script).run()
    assert [c.weight for c in at.columns] == [0.25, 0.5, 0.5, 0.75]
    assert at.columns[2].markdown[0].value == "nested"
    assert (at.expander[0].label, at.expander[0].icon) == ("Exp", "🎈")


# --- typed payloads -------------------------------------------------------------


def test_layout_payloads_read_back_as_their_classes(app):
    from stc_runtime.payloads import from_wire
    from stc_runtime.payloads.layout import (
        ColumnBlock, EmptyElement, ExpanderBlock, HorizontalBlock, TabBlock, TabContainerBlock, VerticalBlock,
    )

    a = app("""
        import streamlit as st
        st.container(height=120, key="box", gap=None)
        st.columns([1, 3], gap="large")
        st.expander("More", icon="🔥")
        st.tabs(["A", "B"], default="B")
        slot = st.empty()
    """).run()
    got = [from_wire(e) for _, e in a.paths()]
    assert got == [
        VerticalBlock(border=True, height=120, key="box", gap="none"),
        HorizontalBlock(gap="large"), ColumnBlock(weight=0.25), ColumnBlock(weight=0.75),
        ExpanderBlock(label="More", icon="🔥"),
        TabContainerBlock(labels=["A", "B"], default=1), TabBlock(label="A", index=0), TabBlock(label="B", index=1),
        EmptyElement(),
    ]


def test_a_container_written_over_one_in_st_empty_is_preceded_by_an_empty_element(app):
    # The page drops a block's children when another kind is written at its
    # path: the typed EmptyElement is written in between.
    a = app("""
        import streamlit as st
        slot = st.empty()
        slot.container().write("one")
        slot.container().write("two")
    """).run()
    kinds = [d.element["kind"] for d in a.last.deltas if d.path == [0, 0]]
    assert kinds == ["empty", "block", "empty", "block"]
    assert a.markdown() == ["two"]


def test_enclosing_blocks_stay_wire_dicts(app):
    # Nesting rules read the blocks around the write position as the page
    # got them (dicts); the typed payloads must not change that.
    a = app("""
        import streamlit as st
        a, = st.columns(1)
        b, = a.columns(1)
        try:
            b.columns(2)
        except st.errors.StreamlitAPIException as exc:
            st.write(str(exc))
    """).run()
    assert a.markdown() == ["Columns can only be placed inside other columns up to one level of nesting."]


def test_expanders_nest_as_in_1_67(app):
    a = app("""
        import streamlit as st
        with st.expander("Outer"):
            with st.expander("Inner"):
                st.write("deep")
    """).run()
    assert by_body(a) == {"Outer": [0, 0], "Inner": [0, 0, 0], "deep": [0, 0, 0, 0]}


def test_apptest_reads_layout_fields_from_the_payload():
    at = AppTest.from_string("""
        import streamlit as st
        st.columns([1, 1])
        st.expander("E", icon="⭐")
    """).run()
    assert [c.weight for c in at.columns] == [0.5, 0.5]
    assert (at.expander[0].label, at.expander[0].icon) == ("E", "⭐")


@pytest.mark.parametrize("name", ["container", "columns", "expander", "empty", "tabs", "popover", "dialog"])
def test_layout_elements_document_their_parameters(name):
    import inspect

    import streamlit as st

    fn = getattr(st, name)
    doc = inspect.getdoc(fn) or ""
    params = [p for p in inspect.signature(fn).parameters if p not in ("self", "dg")]
    assert not params or "Parameters:" in doc
    assert all(f"{p}:" in doc for p in params), [p for p in params if f"{p}:" not in doc]


def test_dialog_position_and_icon(app):
    a = app("""
        import streamlit as st
        @st.dialog("Details", position="right", icon="🚨")
        def details():
            st.write("inside")
        details()
    """).run()
    ((_, box),) = dialogs(a)
    assert (box["position"], box["icon"]) == ("right", "🚨")
    a = app("""
        import streamlit as st
        @st.dialog("Plain")
        def plain():
            st.write("inside")
        plain()
    """).run()
    ((_, box),) = dialogs(a)
    assert (box["position"], box["icon"]) == ("center", None)


def test_dialog_position_is_checked_and_title_required(app):
    a = app("""
        import streamlit as st
        @st.dialog("Bad", position="top")
        def bad():
            st.write("never")
        bad()
    """).run()
    assert errors(a) == ["StreamlitValueError: Invalid `position` value. Supported values: 'left', 'center', 'right'."]
    a = app("""
        import streamlit as st
        st.dialog()
    """).run()
    assert errors(a)[0].startswith("TypeError")


def test_columns_wrap(app):
    a = app("""
        import streamlit as st
        st.columns(2)
        st.columns(6, wrap=False)
        st.columns(2, wrap="yes")
    """).run()
    rows = [e for _, e in a.paths("block") if e["block"] == "horizontal"]
    assert [r["wrap"] for r in rows] == [True, False]
    assert errors(a) == ["StreamlitValueError: Invalid `wrap` value. Supported values: True, False."]


def test_container_autoscroll(app):
    a = app("""
        import streamlit as st
        st.container(height=200, autoscroll=True)
        st.container(height=200)
        st.container(autoscroll=False)
    """).run()
    boxes = [e for _, e in a.paths("block") if e["block"] == "vertical" and "autoscroll" in e]
    assert [b["autoscroll"] for b in boxes[-3:]] == [True, None, False]


def test_popover_type_width_and_wrap(app):
    a = app("""
        import streamlit as st
        st.popover("Menu")
        st.popover("Go", type="primary", use_container_width=True, wrap=False)
        st.popover("Bad", type="loud")
    """).run()
    boxes = [e for _, e in a.paths("block") if e["block"] == "popover"]
    assert [(b["button_type"], b["width"], b["wrap"]) for b in boxes] == [
        ("secondary", "content", None), ("primary", "stretch", False)]
    assert errors(a) == ["StreamlitValueError: Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."]


# --- expanders, tabs and popovers that track their state ----------------------------
# What real 1.67 reports for the same apps (checked with its AppTest): the
# containers are page state (``.open`` None) unless on_change is not
# "ignore" (or bind is set); then they are widgets whose value is in
# st.session_state and whose change the page sends.

STATEFUL_APP = """
import streamlit as st
log = st.session_state.setdefault("log", [])
cat, dog = st.tabs(["Cat", "Dog"], key="t", on_change=lambda *a: log.append(("tabs",) + a), args=("x",))
e = st.expander("E", key="e", on_change="rerun", type="compact")
p = st.popover("P", key="p", on_change="rerun")
e2 = st.expander("E2", key="plain")
t2 = st.tabs(["a"])
st.write(f"tabs={cat.open},{dog.open} exp={e.open} pop={p.open}")
st.write(f"stateless={e2.open},{t2[0].open},{st.popover('P2').open} {type(e).__name__} {type(p).__name__} {type(cat).__name__}")
"""


def _block(a, name, label=None):
    found = [e for e in a.elements("block") if e["block"] == name and (label is None or e.get("label") == label)]
    assert len(found) == 1, found
    return found[0]


def test_containers_are_page_state_unless_they_track_it(app):
    a = app(STATEFUL_APP).run()
    assert a.markdown() == ["tabs=True,False exp=False pop=False",
                            "stateless=None,None,None ExpanderContainer PopoverContainer TabContainer"]
    assert a.state == {"log": [], "t": "Cat", "e": False, "p": False}
    # Stateless: no id, so the page sends nothing; a key still names it (CSS).
    plain = _block(a, "expander", "E2")
    assert (plain["id"], plain["key"]) == (None, "plain")
    assert _block(a, "popover", "P2")["id"] is None
    assert _block(a, "expander", "E")["type"] == "compact"


def test_the_page_sends_tab_expander_and_popover_changes(app):
    a = app(STATEFUL_APP).run()
    tabs_id = [e for e in a.elements("block") if e["block"] == "tab_container"][0]["id"]
    a.run(WidgetChange(id=tabs_id, value="Dog"))
    assert a.markdown()[0] == "tabs=False,True exp=False pop=False"
    assert a.state["t"] == "Dog" and a.state["log"] == [("tabs", "x")]
    assert [e for e in a.elements("block") if e["block"] == "tab_container"][0]["default"] == 1
    a.run(WidgetChange(id=_block(a, "expander", "E")["id"], value=True),
          WidgetChange(id=_block(a, "popover", "P")["id"], value=True))
    assert a.markdown()[0] == "tabs=False,True exp=True pop=True"
    # The payload carries the state, so the page draws it as the app has it.
    assert _block(a, "expander", "E")["expanded"] is True and _block(a, "popover", "P")["open"] is True
    assert a.state["log"] == [("tabs", "x")]  # the tabs did not change


def test_the_app_sets_their_state_through_session_state():
    at = AppTest.from_string(STATEFUL_APP).run()
    at.session_state["t"] = "Dog"
    at.session_state["e"] = True
    at.session_state["p"] = True
    at.run()
    assert at.markdown[0].value == "tabs=False,True exp=True pop=True"
    # No callback: the app set it, the visitor did not change it.
    assert at.session_state["log"] == []


def test_a_label_that_is_no_tab_falls_back_to_the_default():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.k = "zzz"
        t = st.tabs(["x", "y"], on_change="rerun", key="k", default="y")
        st.write(f"{t[0].open},{t[1].open},{st.session_state.k}")
    """).run()
    assert at.markdown[0].value == "False,True,y"


def test_tabs_with_one_label_twice_are_both_open():
    at = AppTest.from_string("""
        import streamlit as st
        a, b = st.tabs(["x", "x"], on_change="rerun")
        st.write(f"{a.open},{b.open}")
    """).run()
    assert at.markdown[0].value == "True,True"


@pytest.mark.parametrize("script, message", [
    ("st.tabs(['a'], on_change='foo')", "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
    ("st.tabs(['a'], on_change=None)", "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
    ("st.expander('a', on_change='foo')", "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
    ("st.popover('a', on_change=1)", "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
    ("st.tabs(['a'], bind='x')", "Invalid `bind` value. Supported values: 'query-params', None."),
    ("st.expander('a', bind='x')", "Invalid `bind` value. Supported values: 'query-params', None."),
    ("st.tabs(['a'], bind='query-params')", "The `key` parameter is required. When using bind='query-params', the widget must have a unique 'key' parameter specified."),
    ("st.tabs(['a', 'a'], bind='query-params', key='k')", "Invalid `tabs` value. Supported values: unique labels. Tab labels must be unique when bind='query-params'."),
    ("st.tabs(['a', ''], bind='query-params', key='k')", "Invalid `tabs` value. Supported values: non-empty labels. Tab labels must be non-empty when bind='query-params'."),
    ("st.tabs(['a'], height=0)", "Invalid height value: 0. Height must be either a positive integer (pixels), 'stretch', or 'content'."),
    ("st.expander(None)", "The `label` parameter is required."),
    ("st.popover(None)", "The `label` parameter is required."),
    ("st.expander('a', type='x')", "Invalid `type` value. Supported values: 'default', 'compact', 'step'."),
    ("st.expander('a', key='k'); st.expander('b', key='k')", "There are multiple elements with the same `key='k'`."),
    ("st.popover('a', key='k'); st.tabs(['b'], key='k')", "There are multiple elements with the same `key='k'`."),
    ("with st.form('f'):\n    st.expander('a', on_change=lambda: None)\n    st.form_submit_button()",
     "Within a form, callbacks can only be defined on `st.form_submit_button`."),
])
def test_stateful_container_errors_as_1_67(app, script, message):
    a = app("import streamlit as st\n" + script).run()
    assert message in errors(a)[0]


def test_tabs_height_and_key_reach_the_page(app):
    a = app("""
        import streamlit as st
        st.tabs(["A"], height=200, key="tk")
        st.tabs(["B"], height="stretch")
        st.tabs(["C"])
    """).run()
    boxes = [(e["height"], e["key"]) for e in a.elements("block") if e["block"] == "tab_container"]
    assert boxes == [(200, "tk"), ("stretch", None), ("content", None)]


def test_tabs_bound_to_the_url(app):
    at = AppTest.from_string("""
        import streamlit as st
        a, b = st.tabs(["One", "Two"], key="tab", bind="query-params")
        st.write(f"{a.open},{b.open}")
    """)
    at.query_params["tab"] = "Two"
    at.run()
    assert at.markdown[0].value == "False,True" and at.session_state["tab"] == "Two"


def test_an_expander_bound_to_the_url_opens_from_it():
    at = AppTest.from_string("""
        import streamlit as st
        e = st.expander("E", key="ex", bind="query-params")
        st.write(f"{e.open}")
    """)
    at.query_params["ex"] = "true"
    at.run()
    assert at.markdown[0].value == "True" and at.session_state["ex"] is True


def test_a_stateful_expander_in_a_form_changes_at_once(app):
    # 1.67's page sends an expander's opening with no form (formId
    # undefined): it reruns at once, not with the form's submit.
    a = app("""
        import streamlit as st
        with st.form("f"):
            e = st.expander("E", on_change="rerun", key="e")
            st.form_submit_button()
        st.write(f"{e.open}")
    """).run()
    exp = _block(a, "expander", "E")
    a.run(WidgetChange(id=exp["id"], value=True))
    assert a.markdown() == ["True"]
