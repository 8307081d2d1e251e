import streamlit as st

# (not in the docs: one script stands for two pages; the checkbox "navigates"
# to the page that has no widget with key "my_key")
other_page = st.checkbox("Other page")

if not other_page:
    st.number_input("My number", key="my_key")
