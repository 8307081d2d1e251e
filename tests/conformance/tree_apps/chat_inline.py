import streamlit as st

with st.container():
    st.chat_input("Inline input", key="inline")
with st.sidebar:
    st.chat_input("Sidebar input")
