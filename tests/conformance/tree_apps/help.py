import streamlit as st


def greet(name: str, times: int = 1) -> str:
    """Say hello.

    More words."""
    return name


class Dog:
    """A good dog."""

    legs = 4


my_dog = Dog()
st.help(greet)
st.help(Dog)
st.help(my_dog)
