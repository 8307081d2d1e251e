import streamlit as st

st.write(st.session_state['value'])
# Throws an exception!
