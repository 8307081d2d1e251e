import datetime
import streamlit as st

st.text_input("Name", "Ada", max_chars=20, placeholder="your name", help="who")
st.text_input("Password", type="password", key="pw")
st.number_input("Float", min_value=0.0, max_value=10.0, value=2.5, step=0.5)
st.number_input("Int", value=3, step=1, key="int")
st.number_input("None", value=None)
st.slider("Slider", 0, 10, 4)
st.slider("Range slider", 0.0, 1.0, (0.25, 0.75))
st.slider("Date slider", value=datetime.date(2024, 1, 2), min_value=datetime.date(2024, 1, 1), max_value=datetime.date(2024, 12, 31))
st.text_area("Text area", "some\ntext", max_chars=200, placeholder="write")
st.date_input("Date", datetime.date(2024, 5, 6))
st.date_input("Date range", (datetime.date(2024, 1, 1), datetime.date(2024, 1, 7)))
st.time_input("Time", datetime.time(12, 30), step=900)
st.text_input("Disabled", disabled=True)
