import streamlit as st

st.checkbox("Dark mode", key="dark", bind="query-params")
st.checkbox("Remember me", key="remember", persist_state="session")
st.checkbox("Quiet", key="quiet", on_change="ignore")
st.button("Rerun")
st.write(f"quiet is {st.session_state.quiet}")
st.page_link("other.py", label="Other, from here", query_params={"from": "settings", "tag": ["a", "b"]})
