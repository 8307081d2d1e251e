import streamlit as st

class MyResource:
    def __init__(self, api_url: str):
        self._url = api_url

    @st.cache_resource(ttl=300)
    @staticmethod
    def get_resource_manager(api_url: str):
        return MyResource(api_url)

# This is cached until Session State is cleared or 5 minutes has elapsed.
resource_manager = MyResource.get_resource_manager("http://example.com/api/")

# (not in the docs: shows what the test checks)
if "first_manager" not in st.session_state:
    st.session_state.first_manager = resource_manager
st.write(resource_manager is st.session_state.first_manager)
st.write(resource_manager._url)
st.button("Rerun")
