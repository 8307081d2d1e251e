import streamlit as st

with st.expander("Keyed expander", key="exp"):
    st.text("in")
tabs = st.tabs(["A", "B"], key="tabs")
with st.popover("Keyed popover", key="pop"):
    st.text("in pop")
with st.container(key="outer"):
    with st.container(key="inner", border=True):
        st.text_input("Inner input", key="inner_input")
