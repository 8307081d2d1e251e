"""A table of cities filtered by a slider and a selectbox."""

from pathlib import Path

import pandas as pd
import streamlit as st

st.title("World cities")
st.caption("Data: cities.csv, shipped with the app and read with pandas in your browser.")


@st.cache_data
def load_cities() -> pd.DataFrame:
    return pd.read_csv(Path(__file__).parent / "cities.csv")


cities = load_cities()

continent = st.selectbox("Continent", ["All", *sorted(cities["continent"].unique())])
min_population = st.slider("Minimum population (millions)", 0, 40, 10)

shown = cities[cities["population_m"] >= min_population]
if continent != "All":
    shown = shown[shown["continent"] == continent]

st.write(f"{len(shown)} of {len(cities)} cities")
st.dataframe(shown, hide_index=True)
