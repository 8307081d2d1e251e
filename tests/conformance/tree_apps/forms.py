import streamlit as st

with st.form("signup"):
    st.text_input("Name", key="name")
    st.checkbox("Agree")
    st.slider("Age", 0, 100, 30)
    st.form_submit_button("Submit")
with st.form("other", clear_on_submit=True, border=False):
    st.number_input("Count", value=2)
    st.form_submit_button("Send", key="send_it", help="sends")
form = st.form("third")
form.selectbox("Pick", ["a", "b"])
form.form_submit_button()
