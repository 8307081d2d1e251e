"""st.file_uploader's max_upload_size, width and on_change="ignore"."""
import streamlit as st

small = st.file_uploader("Small files", max_upload_size=1, width=320)
st.write(f"small: {None if small is None else small.name}")
quiet = st.file_uploader("Quiet", on_change="ignore")
st.write(f"quiet: {None if quiet is None else quiet.name}")
st.button("Rerun")
