import streamlit as st


@st.dialog("Cast your vote")
def vote():
    st.text("Pick one")
    st.button("Submit vote")


st.title("Dialogs")
vote()
st.toast("after the dialog")
