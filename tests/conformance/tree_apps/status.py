import streamlit as st

st.success("It worked", icon="✅")
st.info("For your information")
st.warning("Careful", icon=":material/warning:")
st.error("It failed")
st.exception(ValueError("a bad value"))
st.metric("Temperature", "70 °F", "1.2 °F")
st.metric("Wind", 9, -8, delta_color="inverse", help="km/h")
st.metric("Humidity", "86%", "4%", delta_color="off")
st.progress(30, text="loading")
st.progress(0.5)
st.toast("Toasted", icon="🔥")
st.toast("Plain toast")
st.balloons()
st.snow()
with st.spinner("Working..."):
    st.text("inside the spinner")
st.text("after")
