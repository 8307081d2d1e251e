import streamlit as st

a, b, c = st.columns([2, 1, 1], gap="large")
a.text("in a")
with b:
    st.button("in b")
with st.container(border=True, key="boxed"):
    st.text("in a container")
with st.container(horizontal=True):
    st.text("left")
    st.text("right")
with st.expander("Open me", expanded=True, icon="🚀"):
    st.text("inside the expander")
with st.expander("Closed"):
    st.text("hidden")
t1, t2 = st.tabs(["One", "Two"])
with t1:
    st.text("tab one")
t2.text("tab two")
with st.popover("Pop"):
    st.text("in the popover")
placeholder = st.empty()
filled = st.empty()
filled.text("filled placeholder")
with st.status("Running", expanded=True) as status:
    st.text("step one")
    status.update(label="Done", state="complete")
with st.status("Failed", state="error"):
    st.text("oops")
st.sidebar.title("Sidebar")
with st.sidebar:
    st.text("in the sidebar")
    x, y = st.columns(2)
    x.text("side col")
