import streamlit as st

st.title("Costs")
st.write(f"Costs of group {st.session_state.group}.")
