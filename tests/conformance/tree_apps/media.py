import streamlit as st

st.image("https://example.com/picture.png", caption="A picture")
st.audio(b"RIFF0000WAVE", format="audio/wav")
st.video("https://example.com/movie.mp4")
st.file_uploader("Upload", type=["csv", "txt"], key="up")
st.file_uploader("Many", accept_multiple_files=True)
for f in st.session_state.up and [st.session_state.up] or []:
    st.text(f"{f.name} {f.type} {f.size}")
