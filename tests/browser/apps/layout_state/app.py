import streamlit as st

st.session_state.setdefault("clicks", 0)


def show_owl():
    st.session_state.animal = "Owl"


def collapse():
    st.session_state.more = False


def close_drawer():
    st.session_state.drawer = False


def clicked():
    st.session_state.clicks += 1


cat, dog, owl = st.tabs(["Cat", "Dog", "Owl"], key="animal", on_change="rerun")
# Only the open tab's content is computed: a stateful tab knows it is open.
for tab, name in ((cat, "cat"), (dog, "dog"), (owl, "owl")):
    if tab.open:
        tab.write(f"This is the {name}")
st.write(f"Open tab: {st.session_state.animal}")
st.button("Show the owl", on_click=show_owl)

more = st.expander("More", key="more", on_change="rerun")
if more.open:
    more.write("Lazy details")
st.write(f"Expander open: {more.open}")

drawer = st.popover("Drawer", key="drawer", on_change="rerun")
drawer.write("In the drawer")
drawer.button("Close the drawer", on_click=close_drawer)
st.write(f"Popover open: {drawer.open}")
st.button("Collapse", on_click=collapse)

st.link_button("Docs", "404.html", on_click=clicked)  # on this site: the test allows no other host
st.write(f"Link clicks: {st.session_state.clicks}")

st.expander("Thinking", type="compact").write("Reasoning")
with st.expander("Step one", type="step"):
    st.write("First")
