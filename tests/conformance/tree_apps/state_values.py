import datetime
import streamlit as st

if "init" not in st.session_state:
    st.session_state.init = True
    st.session_state.name = "Grace"
    st.session_state.color = "green"
    st.session_state.many = ["b", "c"]
    st.session_state.when = datetime.date(2020, 2, 2)
    st.session_state.level = 7
st.text_input("Name", key="name")
st.selectbox("Color", ["red", "green", "blue"], key="color")
st.multiselect("Many", ["a", "b", "c"], key="many")
st.date_input("When", key="when")
st.slider("Level", 0, 10, key="level")
st.write("Hello", st.session_state.name)
