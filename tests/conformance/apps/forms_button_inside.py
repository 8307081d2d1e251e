import streamlit as st

# Streamlit's forms docs, "Limitations": st.button cannot be added to a form.
with st.form("my_form"):
    st.text_input("Name")
    st.button("Not allowed")
    st.form_submit_button("Submit")
