import streamlit as st

st.title("About")
st.write("Session state survives page switches: the count is kept.")
st.page_link("app.py", label="Home", icon="🏠")
st.page_link("https://docs.streamlit.io/develop/concepts/multipage-apps", label="Multipage apps in Streamlit's docs")
