"""Raises when the checkbox is ticked; recovers when it is unticked."""
import streamlit as st

import helper

st.header("Before the error")
st.write("This text was written before the exception.")
if st.checkbox("Break it"):
    helper.divide(1, 0)
st.write("After the error point")
