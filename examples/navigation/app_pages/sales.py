import streamlit as st

st.title("Sales")
st.write(f"Sales of group {st.session_state.group}.")
st.page_link("app_pages/costs.py", label="See the costs")
