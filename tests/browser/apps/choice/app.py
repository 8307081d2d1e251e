"""Every choice widget once; each writes what the app received."""

import streamlit as st

debug = st.toggle("Debug mode")
st.write(f"toggle: {debug}")

genre = st.radio(
    "Genre",
    ["Comedy", "Drama", "Documentary"],
    index=None,
    captions=["Laugh out loud.", "Get the popcorn.", "Never stop learning."],
    horizontal=True,
)
st.write(f"radio: {genre}")

toppings = st.multiselect("Toppings", ["Cheese", "Ham", "Olives", "Basil"], default=["Cheese"], max_selections=2)
st.write(f"multiselect: {toppings}")

low, high = st.select_slider("Months", ["Jan", "Feb", "Mar", "Apr", "May", "Jun"], value=("Feb", "Apr"))
st.write(f"select_slider: {low} to {high}")

direction = st.pills("Direction", ["North", "East", "South", "West"], selection_mode="multi")
st.write(f"pills: {direction}")

view = st.segmented_control("View", ["🗺️ Map", "Table"], default="Table")
st.write(f"segmented_control: {view}")

rating = st.feedback("stars")
st.write(f"feedback: {rating}")
