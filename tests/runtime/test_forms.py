"""Layout containers and forms (issue 4, points 7 and 8): st.form and
st.form_submit_button (seed, "Using forms"), st.empty, st.tabs, st.popover,
st.chat_message, st.dialog, and the rules of st.container, st.columns and
st.expander. The ``app`` harness plays the page (see conftest); AppTest
tests use its own model of the page."""

from __future__ import annotations

import pytest
from stc.testing import AppTest
from stc_runtime.protocol import WidgetChange


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


# --- forms: batching ---------------------------------------------------------

FORM_APP = """
    import streamlit as st
    with st.form("profile"):
        name = st.text_input("Name")
        age = st.number_input("Age", 0, 120, 30)
        sent = st.form_submit_button("Save")
    st.write(f"{name}|{age}|{sent}")
"""


def test_form_widgets_carry_their_form_and_submit_button_is_a_widget(app):
    a = app(FORM_APP).run()
    (form,) = [e for e in a.elements("block") if e["block"] == "form"]
    assert (form["form_id"], form["clear_on_submit"], form["enter_to_submit"], form["border"]) == ("profile", False, True, True)
    assert a.widget("text_input", "Name")["form_id"] == "profile"
    assert a.widget("number_input", "Age")["form_id"] == "profile"
    button = a.widget("form_submit_button", "Save")
    assert button["form_id"] == "profile" and button["button_type"] == "secondary"
    assert a.markdown() == ["|30|False"]


def test_form_changes_apply_only_with_the_submit(app):
    a = app(FORM_APP).run()
    a.set("text_input", "Name", "Ann")  # sent without its form's submit
    assert a.markdown() == ["|30|False"]
    # The held change is applied by the submit, together with the new one.
    submit(a, "Save", change(a, "number_input", "Age", 41))
    assert a.markdown() == ["Ann|41|True"]
    assert len(a.last_request_runs) == 1
    a.run()
    assert a.markdown() == ["Ann|41|False"]


def test_submit_callback_sees_submitted_values(app):
    # The seed's "Use a callback with session state".
    a = app("""
        import streamlit as st
        if 'sum' not in st.session_state:
            st.session_state.sum = ''
        def sum():
            result = st.session_state.a + st.session_state.b
            st.session_state.sum = result
        col1,col2 = st.columns(2)
        col1.title('Sum:')
        if isinstance(st.session_state.sum, float):
            col2.title(f'{st.session_state.sum:.2f}')
        with st.form('addition'):
            st.number_input('a', key = 'a')
            st.number_input('b', key = 'b')
            st.form_submit_button('add', on_click=sum)
    """).run()
    assert a.headings() == ["Sum:"]
    submit(a, "add", change(a, "number_input", "a", 1.5), change(a, "number_input", "b", 2.25))
    assert a.headings() == ["Sum:", "3.75"]


def test_process_after_the_form_and_st_rerun_patterns(app):
    # The seed's "Execute the process after the form" ...
    a = app("""
        import streamlit as st
        col1,col2 = st.columns([1,2])
        col1.title('Sum:')
        with st.form('addition'):
            a = st.number_input('a')
            b = st.number_input('b')
            submit = st.form_submit_button('add')
        if submit:
            col2.title(f'{a+b:.2f}')
    """).run()
    submit(a, "add", change(a, "number_input", "a", 2.0), change(a, "number_input", "b", 3.0))
    assert a.headings() == ["Sum:", "5.00"]
    a.run()
    assert a.headings() == ["Sum:"]
    # ... and "Use st.rerun": the extra run shows the sum above the form.
    a = app("""
        import streamlit as st
        if 'sum' not in st.session_state:
            st.session_state.sum = ''
        col1,col2 = st.columns(2)
        col1.title('Sum:')
        if isinstance(st.session_state.sum, float):
            col2.title(f'{st.session_state.sum:.2f}')
        with st.form('addition'):
            a = st.number_input('a')
            b = st.number_input('b')
            submit = st.form_submit_button('add')
        st.session_state.sum = a + b
        if submit:
            st.rerun()
    """).run()
    submit(a, "add", change(a, "number_input", "a", 1.0), change(a, "number_input", "b", 1.5))
    assert [r.status for r in a.last_request_runs] == ["rerun", "complete"]
    assert a.headings() == ["Sum:", "2.50"]


def test_forms_are_containers(app):
    # The seed's "Forms are containers": the form is drawn first, the
    # selectbox written after it shows below it.
    a = app("""
        import streamlit as st
        animal = st.form('my_animal')
        sound = st.selectbox('Sounds like', ['meow','woof','squeak','tweet'])
        submit = animal.form_submit_button(f'Say it with {sound}!')
        sentence = animal.text_input('Your sentence:', 'Where\\'s the tuna?')
        say_it = sentence.rstrip('.,!?') + f', {sound}!'
        if submit:
            animal.subheader(say_it)
        else:
            animal.subheader('&nbsp;')
    """).run()
    assert [k for k in a.kinds() if k != "block"] == ["form_submit_button", "text_input", "heading", "selectbox"]
    assert "form_id" not in a.widget("selectbox", "Sounds like")
    a.select("Sounds like", "woof")
    assert a.widget("form_submit_button", "Say it with woof!")["form_id"] == "my_animal"
    submit(a, "Say it with woof!")
    assert a.headings() == ["Where's the tuna, woof!"]


def test_form_id_reaches_nested_containers_and_methods_but_not_the_sidebar(app):
    a = app("""
        import streamlit as st
        form = st.sidebar.form("side")
        form.checkbox("In sidebar form")
        form.form_submit_button()
        with st.form("main"):
            left, right = st.columns(2)
            left.slider("Slider", 0, 10)
            with right:
                with st.container(border=True):
                    st.checkbox("Check")
            with st.expander("More"):
                st.text_input("Deep")
            st.sidebar.text_input("Outside")
            st.form_submit_button("Send")
    """).run()
    forms = {e.get("label"): e.get("form_id") for e in a.elements() if "id" in e}
    assert forms.pop("Outside") is None
    assert forms.pop("In sidebar form") == "side" and forms.pop("Submit") == "side"
    assert set(forms.values()) == {"main"} and len(forms) == 4


def test_several_forms_are_independent(app):
    a = app("""
        import streamlit as st
        with st.form("one"):
            x = st.text_input("Name")
            st.form_submit_button("Send one")
        with st.form("two"):
            y = st.text_input("Name")
            st.form_submit_button("Send two")
        st.write(f"{x}|{y}")
    """).run()
    # Look-alike widgets in two forms are two widgets (the form is part of
    # their identity), so no duplicate-widget error.
    ones, twos = [e for e in a.elements("text_input")]
    assert ones["id"] != twos["id"]
    a.run(WidgetChange(id=ones["id"], value="held"))
    submit(a, "Send two", WidgetChange(id=twos["id"], value="B"))
    assert a.markdown() == ["|B"]
    submit(a, "Send one")
    assert a.markdown() == ["held|B"]


def test_clear_on_submit(app):
    a = app("""
        import streamlit as st
        with st.form("f", clear_on_submit=True):
            t = st.text_input("Note", "default", key="note")
            c = st.checkbox("Flag")
            n = st.selectbox("Pick", ["a", "b", "c"])
            sent = st.form_submit_button("Add")
        st.write(f"{sent}|{t}|{c}|{n}|{st.session_state.note}")
    """).run()
    submit(a, "Add", change(a, "text_input", "Note", "mine"), change(a, "checkbox", "Flag", True), change(a, "selectbox", "Pick", 2))
    # The submit run reads the submitted values; the page already shows
    # the defaults, which the widgets return to after the run.
    assert a.markdown() == ["True|mine|True|c|mine"]
    assert (a.value("text_input", "Note"), a.value("checkbox", "Flag"), a.value("selectbox", "Pick")) == ("default", False, 0)
    a.run()
    assert a.markdown() == ["False|default|False|a|default"]
    assert a.value("text_input", "Note") == "default"


# --- forms: rules ----------------------------------------------------------------


@pytest.mark.parametrize("body, message", [
    ("st.text_input('T', on_change=print)",
     "StreamlitAPIException: Within a form, callbacks can only be defined on `st.form_submit_button`. "
     "Defining callbacks on other widgets inside a form is not allowed."),
    ("st.button('B')", "StreamlitAPIException: `st.button()` can't be used in an `st.form()`."),
    ("st.form('inner')", "StreamlitAPIException: Forms cannot be nested in other forms."),
])
def test_form_rules(app, body, message):
    a = app(f"""
        import streamlit as st
        with st.form("f"):
            {body}
            st.form_submit_button()
    """).run()
    (error,) = errors(a)
    assert error.startswith(message)


def test_submit_button_outside_a_form_and_duplicate_form_keys(app):
    a = app("""
        import streamlit as st
        st.form_submit_button("Go")
    """).run()
    assert errors(a)[0].startswith("StreamlitAPIException: `st.form_submit_button()` must be used inside an `st.form()`.")
    a.write_script("""
        import streamlit as st
        st.form("same").form_submit_button()
        st.form("same").form_submit_button()
    """)
    a.run()
    assert "multiple identical forms with `key='same'`" in errors(a)[0]


def test_a_form_without_submit_button_is_allowed_in_python(app):
    # Streamlit's page (not the script) shows "Missing Submit Button".
    a = app("""
        import streamlit as st
        with st.form("lonely"):
            st.text_input("Lost")
        st.write("after")
    """).run()
    assert errors(a) == [] and a.markdown() == ["after"]


def test_apptest_models_form_batching():
    at = AppTest.from_string("""
        import streamlit as st
        with st.form("f"):
            name = st.text_input("Name")
            color = st.selectbox("Color", ["red", "blue"])
            sent = st.form_submit_button("Submit")
        st.write(f"{name}|{color}|{sent}")
    """).run()
    # form_submit_button - shows up just like a button (cheat sheet)
    assert at.button[0].value == False  # noqa: E712
    at.text_input[0].input("Ann").run()
    at.selectbox[0].select("blue").run()
    assert at.markdown[0].value == "|red|False"
    assert at.text_input[0].value == ""
    at.button[0].click().run()
    assert at.button[0].value == True  # noqa: E712
    assert at.markdown[0].value == "Ann|blue|True"
    assert at.get("form_submit_button")[0].label == "Submit" and at.form[0].form_id == "f"


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
    ("[]", "must contain at least one tab label"),
    ("['a', 1]", "only allowed to contain strings"),
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
    assert at.popover[0].label == "Filters" and at.popover[0].checkbox[0].label == "Only active"


def test_chat_message_avatars(app, tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 16
    (tmp_path / "me.png").write_bytes(png)
    a = app(f"""
        import streamlit as st
        for name in ["user", "assistant", "AI", "human", "Bob", "🦖"]:
            with st.chat_message(name):
                st.write(name)
        st.chat_message("Ann", avatar="🐱").write("cat")
        st.chat_message("Pic", avatar={str(tmp_path / "me.png")!r}).write("file")
        st.chat_message("Url", avatar="https://example.com/a.png").write("url")
        st.chat_message("Bytes", avatar={png!r}).write("bytes")
    """).run()
    messages = [(e["name"], e["avatar_type"], e["avatar"]) for e in a.elements("block")]
    assert messages[:7] == [
        ("user", "icon", "user"), ("assistant", "icon", "assistant"), ("AI", "icon", "ai"), ("human", "icon", "human"),
        ("Bob", "icon", ""), ("🦖", "emoji", "🦖"), ("Ann", "emoji", "🐱"),
    ]
    assert messages[7][1] == "image" and messages[7][2].startswith("data:image/png;base64,")
    assert messages[8] == ("Url", "image", "https://example.com/a.png")
    assert messages[9][2] == messages[7][2]

    at = AppTest.from_file(a.script).run()
    assert at.chat_message[0].markdown[0].value == "user"
    assert at.chat_message[0].avatar == "user" and at.chat_message[0].name == "user"
    assert (at.chat_message[6].name, at.chat_message[6].avatar) == ("Ann", "🐱")


def test_chat_message_refuses_bad_avatars(app):
    a = app("""
        import streamlit as st
        st.chat_message("x", avatar="no/such/file.png")
    """).run()
    assert errors(a) == ["StreamlitAPIException: Failed to load the provided avatar value as an image."]


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
    assert boxes == [(300, True, False, "small", None), (200, False, False, "small", None), (None, False, True, "large", "row")]


@pytest.mark.parametrize("script, message", [
    ("st.container(height='tall')", "Invalid height value: tall."),
    ("st.columns(2, gap='huge')", 'The gap argument to st.columns must be "small", "medium", or "large".'),
    ("st.columns(2, vertical_alignment='middle')", 'The vertical_alignment argument to st.columns must be "top", "center", or "bottom".'),
    ("a, = st.columns(1)\nb, = a.columns(1)\nb.columns(2)", "Columns can only be placed inside other columns up to one level of nesting."),
    ("a, = st.sidebar.columns(1)\na.columns(2)", "Columns cannot be placed inside other columns in the sidebar."),
    ("with st.expander('a'):\n    st.expander('b')", "Expanders may not be nested inside other expanders."),
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
