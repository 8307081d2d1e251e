"""An app that makes every assertion of Streamlit's "App testing cheat sheet"
true (the cheat sheet names the elements, not the app)."""
import datetime

import pandas as pd
import streamlit as st

# Text elements
st.title("My app")
st.header("New topic")
st.subheader("Interesting sub-topic")
st.markdown("Hello, world!")
st.code("import streamlit as st\nst.write('Hello, world!')")
st.caption("A cool diagram")
st.text("Hello again, world!")
st.divider()

# Input widgets
st.button("Click me")
st.checkbox("I agree")
st.color_picker("Pick a color", "#FFFFFF")
st.date_input("Your birthday", datetime.date(2019, 7, 6))
st.multiselect("Pick some", ["foo", "bar", "baz"], default=["foo", "bar"])
st.number_input("Pick a number", value=5)
st.radio("Pick one", ["Foo", "Baz", "Qux", "Bar"], index=3)
st.selectbox("Choose one", ["Foo", "Baz", "Qux", "Bar"], index=3)
st.select_slider("Pick a month", ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul"], value="Feb")
st.slider("Pick a size", 0, 10, 2)
st.text_area("Your message", "Hello, world!")
st.text_input("Your greeting", "Hello, world!")
st.time_input("Alarm", datetime.time(8, 45))
st.toggle("Debug mode")
with st.form("settings"):
    st.form_submit_button("Save settings")
st.divider()

# Data elements
st.dataframe(pd.DataFrame([1, 2, 3]))
st.metric("Revenue", 9500, 1000)
st.json(["hi", {"foo": "bar"}])
st.table(pd.DataFrame([1, 2, 3]))

# Layouts and containers
st.sidebar.text_input("Your name")
left, right = st.columns(2)
left.caption("Left column")
right.markdown("Hello, world!")
tab1, tab2, tab3 = st.tabs(["One", "Two", "Three"])
tab1.caption("First tab")
tab3.markdown("Hello, yourself!")

# Status elements
# (Real Streamlit's Exception.value is the exception's message.)
st.exception(TypeError("TypeError: can only concatenate str (not \"int\") to str"))
st.success("Great job!")
st.info("Please enter an API key to continue")
st.warning("Sorry, the passwords didn't match")
st.error("Something went wrong :(")
st.toast("That was lit!", icon="🔥")

# Chat elements
if prompt := st.chat_input("Say something"):
    with st.chat_message("user"):
        st.markdown(prompt)

# Last, so that a runtime without st.latex fails only the assertion on it.
st.latex(r"\int a x^2 \,dx")
