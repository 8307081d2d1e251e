"""Browser test app for st.file_uploader, st.download_button, st.link_button
(tests/browser/test_media.py, test_buttons.py)."""

import pandas as pd
import streamlit as st

st.title("Files")

uploaded = st.file_uploader("Upload a CSV", type="csv")
if uploaded is None:
    st.info("No file uploaded yet")
else:
    df = pd.read_csv(uploaded)
    st.markdown(f"Rows in {uploaded.name}: {len(df)}")
    st.dataframe(df)

# An app file, passed as an open binary file (the download carries its bytes).
with open("scores.csv", "rb") as f:
    if st.download_button("Download scores", f, file_name="scores.csv", mime="text/csv"):
        st.markdown("Download clicked")
st.download_button("Download bytes", b"\x00\x01binary\xff", file_name="blob.bin", on_click="ignore")
st.link_button("Streamlit docs", "https://docs.streamlit.io")

# A keyboard shortcut (test_buttons.py): pressing Ctrl+K clicks the button.
if st.button("Go", shortcut="ctrl+k"):
    st.markdown("Shortcut fired")
