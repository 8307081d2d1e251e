"""Checks the interpreter is set up as `streamlit run` sets it up."""
import logging
import os
import sys
import warnings

import streamlit as st

from mylib.greet import greeting

here = os.path.dirname(os.path.abspath(__file__))
st.text(f"cwd is app folder: {os.getcwd() == here}")
st.text(f"argv0 is file: {sys.argv[0] == os.path.abspath(__file__)}")
st.text(f"app folder on sys.path: {here in sys.path}")
st.text(f"module name: {__name__}")
with open("data/numbers.txt") as f:
    st.text(f"data: {f.read().strip()}")
st.text(greeting("world"))
print("hello from print")
logging.getLogger("myapp").warning("hello from logging")
warnings.warn("hello from warnings")
