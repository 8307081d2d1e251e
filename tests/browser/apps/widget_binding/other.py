import streamlit as st

st.write("the other page")
st.write(f"from={st.query_params.get('from')} tags={st.query_params.get_all('tag')}")
