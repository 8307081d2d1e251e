import streamlit as st

outer, side = st.columns([3, 1], gap="small", vertical_alignment="center")
with outer:
    inner_a, inner_b = st.columns(2, gap=None)
    inner_a.metric("Nested", 5)
    with inner_b:
        with st.expander("Deep"):
            st.checkbox("Deep box", key="deep")
with side:
    tab_a, tab_b = st.tabs(["X", "Y"])
    with tab_a:
        with st.form("in_tab"):
            st.text_area("Note")
            st.form_submit_button("Save")
    with tab_b:
        st.toast("from a tab")
with st.container(key="outer_box"):
    with st.container(horizontal=True, key="row"):
        st.button("One")
        st.button("Two")
    st.caption("below the row", help="caption help")
with st.sidebar:
    with st.expander("Sidebar expander", expanded=True):
        st.radio("Side radio", ["a", "b"], key="side_radio")
    st.chat_input("Sidebar chat")
