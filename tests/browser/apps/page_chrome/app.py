import streamlit as st

st.set_page_config(
    page_title="Chrome",
    page_icon=":material/home:",
    menu_items={"Get help": "https://example.com/help", "About": "# About this app\nMade by **us**. <b>not bold</b>"},
)
st.write("page chrome app")
if st.button("Bad icon"):
    # A payload the API never makes (image_src refuses such a string), as a
    # replayed cache entry could carry it: the page must refuse it itself.
    from stc_runtime.run_context import current
    from stc_runtime.delta_generator import PAGE_CONFIG_ROOT

    current().write((PAGE_CONFIG_ROOT, 0), {"kind": "page_config", "title": "Chrome", "icon": None,
                                            "icon_url": "javascript:window.__stcPwned=1", "layout": "centered",
                                            "initial_sidebar_state": "auto", "menu_items": None})
