import streamlit as st

# The docs' line, guarded for the first run (before the widget set the key):
# "To retain information for a widget with key="my_key", just add this to the
# top of every page"
if "my_key" in st.session_state:
    st.session_state.my_key = st.session_state.my_key

# (not in the docs: one script stands for two pages; the checkbox "navigates"
# to the page that has no widget with key "my_key")
other_page = st.checkbox("Other page")

if not other_page:
    st.number_input("My number", key="my_key")
