import streamlit as st

st.navigation([st.Page("settings.py", title="Settings"), st.Page("other.py", title="Other")]).run()
