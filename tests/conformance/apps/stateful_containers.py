import streamlit as st

st.session_state.setdefault("log", [])


def switched(where):
    st.session_state.log.append((where, st.session_state.animal))


def open_summary():
    st.session_state.summary = True
    st.session_state.drawer = True


cat, dog, owl = st.tabs(["Cat", "Dog", "Owl"], key="animal", on_change=switched, args=("tabs",))
for tab, name in ((cat, "cat"), (dog, "dog"), (owl, "owl")):
    if tab.open:
        tab.write(f"This is the {name}")
summary = st.expander("Summary", key="summary", on_change="rerun")
if summary.open:
    summary.write("The summary")
drawer = st.popover("Drawer", key="drawer", on_change="rerun")
st.button("Open them", on_click=open_summary)
st.write(f"open: {cat.open} {dog.open} {owl.open} {summary.open} {drawer.open}")
plain = st.expander("Plain")
st.write(f"plain: {plain.open} {st.tabs(['x'])[0].open} {st.popover('P').open}")
st.write(f"log: {st.session_state.log}")
