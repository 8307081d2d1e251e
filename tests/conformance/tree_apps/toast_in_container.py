import streamlit as st

# A container's own toast() stays in that container (st.toast goes to the
# event root wherever it is called).
col, _ = st.columns(2)
col.toast("the column's toast")
with col:
    st.toast("st.toast in the column")
