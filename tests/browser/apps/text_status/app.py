"""Text and status elements: Markdown extensions, json, status,
html, and a progress bar plus an st.empty slot that move while the script
runs (the loop starts with the "Go" button, after the page has loaded).
The "Sizes" button shows the three widths of text and code, and a text
element replaced in place between two others."""
import time

import streamlit as st

st.markdown("Colors: :red[Red words] and :blue-background[blue background] :paw_prints: with math $x^2$")
st.markdown("Escaped <b>tags</b> :material/home:")
st.json({"fruit": {"name": "apple", "tags": ["red", "sweet"]}, "count": 3}, expanded=1)
with st.status("Preparing data", expanded=True) as status:
    st.write("inside the status")
st.html(
    "<p class='from-html'>HTML <b>kept</b></p>"
    "<img src='x' onerror=\"document.title='pwned'\">"
    "<script>document.title='pwned'</script>"
)
if st.button("Go"):
    bar = st.progress(0, text="Working")
    slot = st.empty()
    for i in range(1, 11):
        time.sleep(0.3)
        bar.progress(i * 10, text=f"Step {i}")
        slot.text(f"tick {i}")
    st.write("Finished")
if st.button("Sizes"):
    st.text("wide text", width="stretch")
    st.text("own text", width="content")
    st.text("fixed text", width=300)
    st.code("wide = 1", width="stretch")
    st.code("own = 1", width="content")
    st.code("fixed = 1", width=300)
    st.info("fixed alert", width=300)
    st.json({"fixed": "json"}, width=300)
    st.html("<p>fixed html</p>", width=300)
    st.html("<p>own html</p>", width="content")
    st.badge("wide badge", width="stretch")
    with st.form("sized", width=300, border=True):
        st.write("fixed form")
        st.form_submit_button("Send")
    st.markdown("before the slot")
    msg = st.text("Loading")
    st.markdown("after the slot")
    time.sleep(0.5)
    msg.text("Done")
