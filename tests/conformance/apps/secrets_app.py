import streamlit as st

# (not in the docs: an app reading the secrets of "Example: declaring secrets
# in a test")
st.write(st.secrets["db_username"])
st.write(st.secrets["db_password"])
st.write(", ".join(st.secrets["my_other_secrets.things_i_like"]))
