import streamlit as st

with st.sidebar.form("side_form"):
    st.selectbox("Size", ["S", "M", "L"], key="size")
    st.number_input("Qty", 1, 10, 2, key="qty")
    st.form_submit_button("Order")
a, b = st.sidebar.columns(2)
a.checkbox("Gift", key="gift")
b.toggle("Express", key="express")
st.text(f"{st.session_state.size} x{st.session_state.qty}")
