import streamlit as st

with st.chat_message("user"):
    st.write("Hello")
with st.chat_message("assistant", avatar="🤖"):
    st.text("Hi there")
msg = st.chat_message("ai")
msg.text("from the ai")
st.chat_input("Say something", key="prompt", max_chars=100)
