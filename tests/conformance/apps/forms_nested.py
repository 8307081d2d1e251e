import streamlit as st

# Streamlit's forms docs, "Limitations": st.form cannot be embedded inside another st.form.
with st.form("outer"):
    st.text_input("Name")
    with st.form("inner"):
        st.text_input("Inner name")
        st.form_submit_button("Inner submit")
    st.form_submit_button("Submit")
