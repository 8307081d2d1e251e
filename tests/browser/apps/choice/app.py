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

# Drop-downs the visitor types into: one per filter mode, one that takes new
# entries, "Select all", and a required selectbox in a form.
fruit = st.selectbox("Fruit", ["Apple", "Banana", "Blueberry", "Cherry", "Strawberry"], index=None)
st.write(f"fuzzy: {fruit}")
city = st.selectbox("City", ["Berlin", "Bern", "Oslo", "Lisbon"], filter_mode="prefix")
st.write(f"prefix: {city}")
town = st.selectbox("Town", ["Berlin", "Bern", "Oslo", "Lisbon"], filter_mode="contains", index=2)
st.write(f"contains: {town}")
email = st.selectbox("Email", ["foo@example.com", "bar@example.com"], index=None, accept_new_options=True, icon="📧")
st.write(f"email: {email!r}")
colors = st.multiselect("Colors", ["Red", "Green", "Blue", "Black"])
st.write(f"colors: {colors}")
tags = st.multiselect("Tags", ["python", "rust"], accept_new_options=True, select_all=False)
st.write(f"tags: {tags}")
with st.form("order"):
    size = st.selectbox("Size", ["S", "M", "L"], index=None, required=True)
    ordered = st.form_submit_button("Order")
st.write(f"order: {ordered} {size}")
st.checkbox("A checkbox whose label is far too long to fit on one line of this narrow column " * 3, wrap=False, width=300)
st.pills("Many", [f"Option number {i}" for i in range(12)], wrap=False)
plain = st.selectbox("Plain", ["One", "Two", "Three"], filter_mode=None)
st.write(f"plain: {plain}")
left, _ = st.columns(2)
left.checkbox("In a column this label stays on one line however long it gets " * 2)
