"""AppTest's element tree has 1.67's shape, types, classes and attributes
(tests/conformance/test_tree_conformance.py compares whole trees with real
Streamlit; these pin the rules one by one, without it)."""

from __future__ import annotations

import pytest

from stc_runtime.testing.v1 import AppTest, AppTestError


def run(script: str) -> AppTest:
    return AppTest.from_string(script).run()


def test_roots_are_main_sidebar_and_event_and_toasts_go_to_the_event_root() -> None:
    at = run(
        """
        import streamlit as st
        st.text("a")
        st.toast("hello")
        st.sidebar.text("s")
        """
    )
    tree = at._tree
    assert tree.type == "root"
    assert [(type(r).__name__, r.type) for r in tree.children.values()] == [
        ("SpecialBlock", "main"), ("SpecialBlock", "sidebar"), ("SpecialBlock", "event")]
    assert [n.type for n in at.main.children.values()] == ["text"]
    assert [n.value for n in tree.children[2].children.values()] == ["hello"]
    assert at.toast[0].value == "hello" and at.main.toast.len == 0


def test_a_top_level_chat_input_has_a_root_of_its_own_an_inline_one_stays() -> None:
    at = run(
        """
        import streamlit as st
        st.chat_input("bottom", key="b")
        with st.container():
            st.chat_input("inline", key="i")
        """
    )
    bottom = at._tree.children[3]
    assert (type(bottom).__name__, bottom.type) == ("Block", "unknown")
    assert [c.key for c in bottom.children.values()] == ["b"]
    assert at.main.chat_input[0].key == "i"
    assert [c.key for c in at.chat_input] == ["i", "b"]


def test_node_types_and_classes_are_1_67s() -> None:
    at = run(
        """
        import pandas as pd
        import streamlit as st
        st.title("t"); st.header("h"); st.subheader("s"); st.caption("c"); st.latex("x"); st.divider()
        st.help(len)
        st.balloons(); st.snow(); st.empty()
        st.success("ok")
        st.pills("p", ["a"]); st.segmented_control("g", ["a"])
        st.line_chart(pd.DataFrame({"y": [1, 2]}))
        st.map(pd.DataFrame({"lat": [1.0], "lon": [2.0]}))
        st.data_editor(pd.DataFrame({"y": [1]}))
        with st.form("f"):
            st.form_submit_button()
        """
    )
    got = [(type(n).__name__, n.type) for n in at.main.children.values()]
    assert got == [
        ("Title", "title"), ("Header", "header"), ("Subheader", "subheader"), ("Caption", "caption"),
        ("Latex", "latex"), ("Divider", "divider"), ("Help", "help_info"),
        ("UnknownElement", "balloons"), ("UnknownElement", "snow"), ("UnknownElement", "empty"),
        ("Success", "success"), ("ButtonGroup", "button_group"), ("ButtonGroup", "button_group"),
        ("UnknownElement", "vega_lite_chart"), ("UnknownElement", "deck_gl_json_chart"),
        ("Dataframe", "dataframe"), ("Block", "form"),
    ]
    assert [(type(b).__name__, b.type) for b in at.form[0].children.values()] == [("Button", "button")]
    # 1.67's get() takes node types and collection names ("help" is "help_info").
    assert len(at.get("vega_lite_chart")) == 1 and len(at.get("help")) == 1 and len(at.get("help_info")) == 1
    assert at.get("balloons")[0].value is None


def test_containers_and_column_rows_are_flex_containers_and_keyed_blocks_have_keys() -> None:
    at = run(
        """
        import streamlit as st
        a, b = st.columns([3, 1], gap="large")
        with st.container(key="box"):
            st.text("in")
        with st.container(horizontal=True):
            st.text("row")
        with st.form("signup"):
            st.form_submit_button("Go")
        """
    )
    row, box, horizontal, form = at.main.children.values()
    assert [row.type, box.type, horizontal.type] == ["flex_container"] * 3
    assert [c.weight for c in at.columns] == [0.75, 0.25] and {c.gap for c in at.columns} == {"large"}
    # at.container leaves out the row st.columns makes.
    assert list(at.container) == [box, horizontal]
    assert (box.key, horizontal.key, form.key, row.key) == ("box", None, "signup", None)
    assert at.get_by_key("box") is box
    with pytest.raises(AttributeError):
        at.container.values  # noqa: B018 - blocks have no value, neither has a list of them


def test_an_element_has_no_children_a_block_has() -> None:
    at = run("import streamlit as st\nwith st.expander('e'):\n    st.text('x')\n")
    expander = at.expander[0]
    assert isinstance(expander.children, dict) and not hasattr(at.text[0], "children")
    assert [type(n).__name__ for n in expander] == ["Expander", "Text"]
    assert list(at.text[0]) == [at.text[0]]


def test_spinner_and_page_settings_are_not_in_the_tree() -> None:
    at = run(
        """
        import streamlit as st
        st.set_page_config(page_title="T")
        with st.spinner("wait"):
            st.text("inside")
        """
    )
    assert [n.type for n in at._tree] == ["root", "main", "text", "sidebar", "event"]


def test_a_dialog_is_an_event_block_holding_a_container() -> None:
    at = run(
        """
        import streamlit as st

        @st.dialog("Vote")
        def vote():
            st.text("pick")

        st.toast("before")
        vote()
        """
    )
    event = list(at._tree.children[2].children.values())
    assert [n.type for n in event] == ["toast", "dialog"]
    (inner,) = event[1].children.values()
    assert inner.type == "flex_container" and [n.value for n in inner.children.values()] == ["pick"]
    assert at.text[0].value == "pick"


def test_values_read_as_1_67s_proto_fields_do() -> None:
    at = run(
        """
        import pandas as pd
        import streamlit as st
        st.info("plain")
        st.code("x", language=None)
        st.json({"a": 1}, expanded=2)
        st.metric("m", 1, -1)
        st.progress(0.5)
        st.text_input("t")
        st.number_input("n", value=3)
        st.slider("s", 0, 10, 2)
        st.multiselect("m", ["a"])
        st.link_button("Docs", "https://example.org")
        st.image("https://example.org/a.png")
        st.dataframe(pd.DataFrame({"a": [1]}), hide_index=True)
        st.exception(ValueError("bad"))
        """
    )
    assert at.info[0].icon == "" and at.text_input[0].help == "" and at.text_input[0].form_id == ""
    assert at.code[0].language == "plaintext" and at.json[0].expanded is True
    assert (at.metric[0].delta, at.metric[0].color) == ("-1", 0)  # red, as 1.67's enum numbers it
    assert at.progress[0].value == 50 and at.progress[0].text == ""
    assert (at.text_input[0].max_chars, at.text_input[0].placeholder, at.text_input[0].autocomplete) == (0, "", "")
    assert (at.number_input[0].step, at.slider[0].min, at.slider[0].max) == (1.0, 0.0, 10.0)
    assert isinstance(at.number_input[0].step, float) and at.multiselect[0].max_selections == 0
    assert at.link_button[0].value == "Docs"
    assert (at.image[0].value, at.image[0].captions) == (["https://example.org/a.png"], [""])
    assert at.dataframe[0].columns == '{"_index": {"hidden": true}}'
    assert at.exception[0].value == "bad" and at.exception[0].is_warning is False


def test_names_an_element_class_lacks_come_from_its_payload() -> None:
    at = run("import streamlit as st\nst.text('t', help='why')\nst.code('x', wrap_lines=True)\n")
    assert at.code[0].wrap_lines is True
    with pytest.raises(AttributeError):
        at.code[0].no_such_field  # noqa: B018


def test_elements_without_an_interaction_refuse_set_value_and_click() -> None:
    at = run("import streamlit as st\nst.text('t')\nst.checkbox('c', disabled=True, key='c')\n")
    with pytest.raises(AppTestError, match=r"set_value\(\) is not supported for text\. AppTest can inspect"):
        at.text[0].set_value("x")
    with pytest.raises(AppTestError, match=r"click\(\) is not supported for text"):
        at.text[0].click()
    with pytest.raises(AppTestError, match=r"Cannot update a disabled checkbox widget \(key='c'\)\. A browser user"):
        at.checkbox[0].check()


def test_form_submit_buttons_are_buttons_keyed_after_their_form() -> None:
    at = run(
        """
        import streamlit as st
        st.button("plain")
        with st.form("f"):
            st.form_submit_button("Go")
            st.form_submit_button("Own", key="own")
        """
    )
    assert [b.label for b in at.button] == ["plain", "Go", "Own"]
    assert [b.key for b in at.form_submit_button] == ["FormSubmitter:f-Go", "own"]
    assert at.get("form_submit_button") == list(at.form_submit_button)
    at.form_submit_button[0].click().run()
    assert at.form_submit_button[0].value is True and at.button[0].value is False


def test_data_editors_are_dataframes_whose_value_is_the_data_shown() -> None:
    at = run(
        """
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"a": [1]}))
        st.data_editor(pd.DataFrame({"a": [1, 2]}), key="ed", num_rows="dynamic")
        """
    )
    assert [d.editing_mode for d in at.dataframe] == ["read_only", "dynamic"]
    (editor,) = at.data_editor
    assert editor is at.dataframe[1] and editor.key == "ed"
    assert editor.value["a"].tolist() == [1, 2]
    with pytest.raises(AppTestError, match=r"set_value\(\) is not supported for data_editor \(key='ed'\)\. .*session_state"):
        editor.set_value({})
    editor.edit_cell(0, "a", 5).run()
    assert at.data_editor[0].edits["edited_rows"] == {0: {"a": 5}}
    assert at.data_editor[0].edited["a"].tolist() == [5, 2] and at.data_editor[0].value["a"].tolist() == [1, 2]


def test_chat_input_upload_needs_accept_file() -> None:
    at = run("import streamlit as st\nst.chat_input('say', key='c')\n")
    with pytest.raises(AppTestError, match=r"st\.chat_input \(key='c'\) does not accept files\."):
        at.chat_input[0].upload("a.txt", b"x")


def test_chat_input_upload_sends_files_with_the_text_once() -> None:
    at = run(
        """
        import streamlit as st
        got = st.chat_input("say", accept_file="multiple", file_type=["txt"], key="c")
        if got:
            st.text(f"{got.text!r} {[(f.name, f.read()) for f in got.files]}")
        """
    )
    box = at.chat_input[0].upload("a.txt", b"one").upload("b.txt", b"two").set_value("hi")
    assert box.value == "hi"  # the files go with the next run only
    box.run()
    assert at.text[0].value == "'hi' [('a.txt', b'one'), ('b.txt', b'two')]"
    assert len(at.run().text) == 0
    at.chat_input[0].upload("c.txt", b"x").clear().run()
    assert len(at.text) == 0
    with pytest.raises(AppTestError, match=r"Invalid file extension: `\.csv`\. Allowed: \['\.txt'\]"):
        at.chat_input[0].upload("d.csv", b"x")
    with pytest.raises(AppTestError, match="file content must be bytes. Got str."):
        at.chat_input[0].upload("e.txt", "text")


def test_run_on_any_node_reruns_the_app() -> None:
    at = run("import streamlit as st\nst.session_state.n = st.session_state.get('n', 0) + 1\nst.text(st.session_state.n)\n")
    assert at.text[0].run() is at and at.text[0].value == "2"
    assert at.main.run().text[0].value == "3"


def test_status_reports_its_state_and_icon() -> None:
    at = run(
        """
        import streamlit as st
        with st.status("Working") as s:
            s.update(state="error")
        """
    )
    assert (at.status[0].type, at.status[0].state, at.status[0].icon) == ("status", "error", ":material/error:")


def test_chat_message_avatar_names_the_built_in_icon() -> None:
    at = run("import streamlit as st\nst.chat_message('ai').text('x')\nst.chat_message('human').text('y')\n")
    assert [(m.name, m.avatar) for m in at.chat_message] == [("ai", "assistant"), ("human", "user")]
