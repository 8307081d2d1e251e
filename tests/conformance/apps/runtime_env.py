"""st.context, st.user, st.rerun(scope), st.set_page_config and the cache
decorators' 1.67 parameters, as an app without a browser meets them."""
import streamlit as st
from streamlit import runtime
from streamlit.errors import StreamlitAPIException

c = st.context
st.text(f"context: {c.url} {c.locale} {c.timezone} {c.timezone_offset} {c.theme.type} {c.is_embedded}")
st.text(f"context mappings: {dict(c.cookies)} {dict(c.headers)} {type(c).__name__} {'url' in c}")
st.text(f"runtime exists: {runtime.exists()}")


def outcome(label, call):
    try:
        call()
        st.text(f"{label}: ok")
    except (StreamlitAPIException, TypeError, KeyError, AttributeError) as e:
        st.text(f"{label}: {type(e).__name__}: {e}")


outcome("rerun fragment", lambda: st.rerun(scope="fragment"))
outcome("rerun empty", lambda: st.rerun(""))
outcome("rerun key", lambda: st.rerun("charts"))
outcome("layout", lambda: st.set_page_config(layout="tall"))
outcome("sidebar", lambda: st.set_page_config(initial_sidebar_state=-1))
outcome("scope", lambda: st.cache_data(scope="tab"))
outcome("refresh", lambda: st.cache_resource(refresh_mode="background"))
outcome("max_size", lambda: st.cache_data(max_size="12"))
outcome("allow widgets", lambda: st.cache_data(experimental_allow_widgets=True))
outcome("login", lambda: st.login())
outcome("user key", lambda: st.user["nope"])
outcome("user set", lambda: st.user.__setitem__("a", 1))
outcome("context key", lambda: c["nope"])


@st.cache_resource
def release_log():
    return []


# One list for every run: a cache keeps the on_release it was created with.
released = release_log()
released.clear()


@st.cache_resource(scope="session", on_release=lambda v: release_log().append(v))
def resource(n):
    return n


resource(1)
resource.clear()
st.text(f"released: {released}")


@st.cache_data(max_size="1KB", show_time=True, scope="session")
def data(n):
    return n * 2


st.text(f"data: {data(21)}")
st.set_page_config(page_title="Runtime env")
