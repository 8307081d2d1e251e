# conformance: seed-only: changing a keyed widget's label resets it, as Streamlit's docs say (1.50+ keeps its value)
import streamlit as st

if "flipped" not in st.session_state:
    st.session_state.flipped = False


def flip():
    st.session_state.flipped = not st.session_state.flipped


st.text_input("Second label" if st.session_state.flipped else "First label", "initial", key="w")
st.button("Flip the label", on_click=flip)
st.text(f"value: {st.session_state.w}")
