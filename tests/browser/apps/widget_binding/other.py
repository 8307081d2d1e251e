import streamlit as st

st.write("the other page")
