import streamlit as st

many = st.chat_input("Attach files", accept_file="multiple", file_type=["txt"], key="many")
with st.sidebar:
    one = st.chat_input("One file", accept_file=True, key="one")
for got in (many, one):
    if got:
        st.text(f"text={got.text!r}")
        for f in got.files:
            st.text(f"{f.name} {f.type} {f.size} {f.read()!r}")
