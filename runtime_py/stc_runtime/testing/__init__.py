"""``streamlit.testing``: run an app without a browser (see ``v1``)."""
