"""Widgets whose DOM nodes must survive reruns."""
import streamlit as st

st.title("Focus")
name = st.text_input("Your name")
st.write(f"Hello {name}!" if name else "Type your name")
if st.button("Rerun"):
    st.write("clicked")
st.markdown("<b>bold?</b>")
st.markdown("<i id='raw'>raw</i>", unsafe_allow_html=True)
