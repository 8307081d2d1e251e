"""A multipage app made with st.navigation: this entrypoint is the frame
around every page. The sidebar widget lives here, so it keeps its value on
every page (Option 1 of "Working with widgets in multipage apps"); the menu
has sections. Build it with `stc build examples/navigation/app.py`."""

import streamlit as st


def welcome():
    st.title("Welcome")
    st.markdown(":material/home: is this page's icon.")
    st.write(f"You picked group {st.session_state.group}.")


pages = {
    "": [st.Page(welcome, title="Welcome", icon=":material/home:", default=True, help="Where the tour starts")],
    "Reports": [
        st.Page("app_pages/sales.py", title="Sales", icon=":material/bar_chart:"),
        st.Page("app_pages/costs.py", title="Costs", icon="💸", url_path="costs"),
    ],
}
pg = st.navigation(pages)
st.set_page_config(page_title=f"Navigation demo: {pg.title}")
st.sidebar.selectbox("Group", ["A", "B", "C"], key="group")
pg.run()
