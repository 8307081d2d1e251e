import streamlit as st

# This will cause a DuplicateWidgetID error.
st.button("OK")
st.button("OK")
