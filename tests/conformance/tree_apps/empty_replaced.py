import streamlit as st

slot = st.empty()
with slot.container():
    st.text("in a container in an empty")
other = st.empty()
other.button("replaced below")
other.text("the last write wins")
third = st.empty()
third.empty()
st.text("end")
