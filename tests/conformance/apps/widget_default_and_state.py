import streamlit as st

# (not in the docs' words, their "Widget life cycle" case: a keyed widget with
# a default value whose key the app set through the Session State API)
if "x" not in st.session_state:
    st.session_state.x = 7

st.number_input("X", value=3, key="x")
st.button("Rerun")
