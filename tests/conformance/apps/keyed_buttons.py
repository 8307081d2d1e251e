import streamlit as st

st.button("Next", key="submit")
st.button("Back", key="cancel")
