"""st.Page titles, icons and help, and icon checks, as 1.67 gives them."""

import streamlit as st


def area(): st.write("area page")


def _Awesome_page(): st.write("awesome page")


pages = [
    st.Page(area, title="st.area_chart", icon="1️⃣", help="""
        Draws an **area** chart.
    """),
    st.Page(_Awesome_page, icon=":material/home:"),
    st.Page(lambda: None, title="Flags", icon="🇫🇷", url_path="flags", help="   "),
]
for p in pages:
    st.write(repr((p.title, p.icon, p.url_path, p.help)))
for icon in ["👨‍👩‍👧", ":material/not_an_icon:", ":rocket:", "abc", "🎈🎈", "→"]:
    try:
        st.Page(area, icon=icon, url_path="x")
        st.write(f"accepted {icon!r}")
    except Exception as exc:
        st.write(f"{type(exc).__name__}: {exc}")
st.navigation(pages).run()
