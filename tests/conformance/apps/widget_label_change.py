import streamlit as st

# (not in the docs: the checkbox switches between the docs' two versions of
# the widget, st.number_input("Alpha",key="A") and st.number_input("Beta",key="A"))
beta = st.checkbox("Beta label")

if beta:
    st.number_input("Beta",key="A")
else:
    st.number_input("Alpha",key="A")
