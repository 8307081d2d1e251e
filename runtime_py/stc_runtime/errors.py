"""Exceptions the runtime raises into the app, and the control-flow signals
(`st.stop()`, `st.rerun()`) that end a run."""


class StreamlitAPIException(Exception):
    """The app used the API in a way Streamlit forbids. Shown in the page like
    any other exception, where the offending call was made."""


class DuplicateWidgetID(StreamlitAPIException):
    pass


class StopException(Exception):
    """Raised by ``st.stop()``; the runner ends the run quietly."""


class RerunException(Exception):
    """Raised by ``st.rerun()``; the runner ends this run and starts another."""
