import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0
st.session_state.count += 1
st.number_input("Counter", key="count")
st.text(f"count is {st.session_state.count}")
st.button("Increment", on_click=lambda: None, key="inc")
