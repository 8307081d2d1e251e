import streamlit as st


class AppError(Exception):
    pass


st.exception(AppError("custom failure"))
st.error("An error with an icon", icon="🚨")
try:
    1 / 0
except ZeroDivisionError as exc:
    st.exception(exc)
st.warning("a warning")
