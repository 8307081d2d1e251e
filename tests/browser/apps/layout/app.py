"""Layout containers in the browser: sidebar, columns, tabs, expander, a
scrolling container, chat messages, a popover and a dialog."""
import streamlit as st

st.sidebar.header("Side panel")
st.sidebar.write("In the sidebar")

left, right = st.columns([1, 2], gap="large")
left.write("Left column")
right.write("Right column")

first, second = st.tabs(["First tab", "Second tab"])
first.write("Content one")
second.write("Content two")

with st.expander("More details"):
    st.write("Hidden details")

with st.container(height=150):
    for i in range(20):
        st.write(f"Line {i}")

with st.chat_message("user"):
    st.write("Hello from user")
with st.chat_message("assistant", avatar="🦖"):
    st.write("Hello from dino")

with st.popover("Filters"):
    active = st.checkbox("Only active")
st.write(f"Only active: {active}")

st.button("Rerun")


@st.dialog("Settings")
def settings():
    nick = st.text_input("Nickname")
    st.write(f"Preview: {nick or '-'}")
    if st.button("Save settings"):
        st.session_state.nick = nick
        st.rerun()


if st.button("Open settings"):
    settings()
st.write(f"Nickname: {st.session_state.get('nick', '-')}")
