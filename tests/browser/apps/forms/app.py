"""Forms in the browser: batching, Enter to submit, clear_on_submit and a
form without a submit button."""
import streamlit as st

st.title("Forms")
with st.form("profile"):
    name = st.text_input("Name")
    city = st.text_input("City")
    color = st.selectbox("Color", ["red", "green", "blue"])
    age = st.number_input("Age", 0, 120, 30)
    about = st.text_area("About")
    submitted = st.form_submit_button("Save")
st.write(f"Saved: {name} from {city} likes {color}" if submitted else "Not saved")
st.write(f"Age {age}, about: {about or '-'}")
st.write(f"Name now: {name or '-'}")
st.button("Outside")

with st.form("notes", clear_on_submit=True):
    note = st.text_input("Note")
    if st.form_submit_button("Add note"):
        st.session_state.notes = st.session_state.get("notes", []) + [note]
st.write(f"Notes: {', '.join(st.session_state.get('notes', [])) or '-'}")

with st.form("broken"):
    st.text_input("Lost input")
