import streamlit as st

# (not in the docs' code: an app for "Beyond the basics of app testing",
# which names AppTest.query_params beside secrets and Session State)
st.write(st.query_params.get("animal", "none"))

if st.button("Cat"):
    st.query_params["animal"] = "cat"
