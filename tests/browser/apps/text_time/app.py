"""Text and time widgets, each echoing its value (tests/browser/test_text_time_widgets.py)."""
import datetime

import streamlit as st

notes = st.text_area("Notes", "Hello, world!", max_chars=40)
st.write(f"Notes: {notes!r}")

birthday = st.date_input("Birthday", datetime.date(2019, 7, 6))
st.write(f"Birthday: {birthday.isoformat()}")

trip = st.date_input("Trip", (datetime.date(2024, 1, 1), datetime.date(2024, 1, 7)), format="DD.MM.YYYY")
st.write("Trip: " + " to ".join(d.isoformat() for d in trip))

alarm = st.time_input("Alarm", datetime.time(8, 45))
st.write(f"Alarm: {alarm.strftime('%H:%M')}")

color = st.color_picker("Color", "#FFFFFF")
st.write(f"Color: {color}")

day = st.slider("Day", value=datetime.date(2024, 5, 1))
st.write(f"Slider: {day.isoformat()}")

if "messages" not in st.session_state:
    st.session_state.messages = []
for message in st.session_state.messages:
    st.write(f"Earlier: {message}")
prompt = st.chat_input("Say something")
if prompt:
    st.session_state.messages.append(prompt)
    reply = st.write_stream(word + " " for word in f"You said: {prompt}".split())
    st.write(f"Reply length: {len(reply)}")
