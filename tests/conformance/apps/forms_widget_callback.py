import streamlit as st

# Streamlit's forms docs, "Limitations": only st.form_submit_button may have a callback
# inside a form.
def changed():
    st.session_state.changed = True

with st.form("my_form"):
    st.text_input("Name", on_change=changed)
    st.form_submit_button("Submit")
