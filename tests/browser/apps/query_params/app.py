"""st.query_params read from and written to the page URL; magic in the browser."""
import streamlit as st

name = st.query_params.get("name", "nobody")
f"Hello, {name}!"


def switch():
    st.query_params["name"] = "Grace"


st.button("Switch to Grace", on_click=switch)
