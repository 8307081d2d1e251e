"""A multipage app made with a pages/ folder: this file is the home page,
every .py file in pages/ is another page (its name gives its label, order
and URL). Build it with `stc build examples/multipage/app.py`."""

import streamlit as st

st.title("Home")
st.write("This app has three pages: see the menu in the sidebar.")

st.session_state.setdefault("count", 0)
st.write(f"Count: {st.session_state.count}")

st.page_link("pages/1_📈_Counter.py", label="Go to the counter")
