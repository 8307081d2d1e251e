"""st.chat_input with a voice message, attachments and submit_mode="disable"."""
import time
import wave

import streamlit as st

message = st.chat_input("Message", accept_audio=True, audio_sample_rate=16000, submit_mode="disable",
                        accept_file="multiple", file_type="csv", max_upload_size=1)
if message:
    st.write(f"text: {message.text}")
    st.write(f"files: {[(f.name, f.read().decode()) for f in message.files]}")
    if message.audio is not None:
        with wave.open(message.audio) as w:
            st.write(f"audio: {message.audio.type}, {w.getframerate()} Hz, {w.getnchannels()} channel, "
                     f"{w.getsampwidth() * 8} bit, has frames: {w.getnframes() > 0}")
    start = time.time()
    while time.time() - start < 2:
        pass  # a long answer: the box stays greyed out meanwhile
    st.write("answered")
