import streamlit as st

st.button("Plain")
st.button("Primary", type="primary", key="primary", help="the main one")
st.button("Disabled", disabled=True)
st.download_button("Download", b"some bytes", file_name="data.bin", key="dl")
st.download_button("Download text", "text", file_name="a.txt")
st.link_button("Go to docs", "https://docs.streamlit.io", help="docs")
st.page_link("https://streamlit.io", label="Streamlit", icon="🌎")
