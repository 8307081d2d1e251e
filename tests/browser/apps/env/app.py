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

# st.context: the facts the page sends (protocol.ClientContext)
ctx = st.context
st.text(f"context url: {ctx.url}")
st.text(f"context locale set: {bool(ctx.locale)}, timezone set: {bool(ctx.timezone)}, "
        f"offset is int: {isinstance(ctx.timezone_offset, int)}")
st.text(f"context theme: {ctx.theme.type}, embedded: {ctx.is_embedded}, ip: {ctx.ip_address}")
st.text(f"context cookies: {sorted(ctx.cookies.items())}, headers: {len(ctx.headers)}")

from streamlit import runtime  # noqa: E402
from streamlit.runtime.scriptrunner import get_script_run_ctx  # noqa: E402

st.text(f"runtime exists: {runtime.exists()}, run ctx: {get_script_run_ctx() is not None}, version: {st.__version__}")
