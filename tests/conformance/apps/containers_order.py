import streamlit as st

first = st.container()
second = st.container()
second.button("A")
first.button("B")
