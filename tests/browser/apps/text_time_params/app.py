"""1.67's parameters of the text and time widgets, each echoing its value
(tests/browser/test_text_time_widgets.py)."""
import datetime

import streamlit as st

email = st.text_input("Email", type="email")
st.write(f"Email: {email!r}")
code = st.text_input("Code", validate=(r"^\d{3}$", "Three digits."), icon=":material/pin:", width=240)
st.write(f"Code: {code!r}")
name = st.text_input("Name", "Ada", required=True)
st.write(f"Name: {name!r}")
query = st.text_input("Find", type="search", live=True)
st.write(f"Find: {query!r}")
secret = st.text_input("Secret", "s3cret", type="password")
amount = st.number_input("Amount", value=None, icon="💰", required=True)
st.write(f"Amount: {amount!r}")

meeting = st.time_input("Meeting", datetime.time(14, 30), format="12h")
st.write(f"Meeting: {meeting.isoformat()}")
clock = st.time_input("Clock", datetime.time(9, 5), format="24h")
st.write(f"Clock: {clock.isoformat()}")
local = st.time_input("Local", datetime.time(14, 30), format="localized")
lap = st.time_input("Lap", datetime.time(9, 5, 10), step=20)
st.write(f"Lap: {lap.isoformat()}")

with st.form("signup"):
    nick = st.text_input("Nickname", value=None, required=True)
    when = st.date_input("When", None, required=True)
    sent = st.form_submit_button("Sign up")
st.write(f"Signed up: {sent} {nick!r} {when!r}")
