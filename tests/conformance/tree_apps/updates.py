import streamlit as st

bar = st.progress(0, text="start")
for i in range(1, 4):
    bar.progress(i * 25, text=f"step {i}")
line = st.empty()
for word in ("one", "two", "three"):
    line.text(word)
box = st.empty()
box.metric("Changing", 1)
box.metric("Changing", 2, 1)
status = st.status("Loading", expanded=False)
status.update(label="Loaded", state="complete", expanded=True)
st.metric("Colours", 5, 2, delta_color="violet", border=True)
st.metric("Arrow", 5, -2, delta_color="normal")
