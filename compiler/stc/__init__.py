"""stc: compile a Streamlit app into a static site that runs in the browser."""

__version__ = "0.1.0"
