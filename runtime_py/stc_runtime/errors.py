"""Exceptions the runtime raises into the app, with the classes, bases and
messages of Streamlit 1.67's ``streamlit.errors`` (an app may catch them by
name), and the control-flow signals (``st.stop()``, ``st.rerun()``) that end
a run."""

from __future__ import annotations

from typing import Any, Collection


class Error(Exception):
    """The base class of every exception Streamlit raises."""


class MarkdownFormattedException(Error):
    """An exception whose message is Markdown: the page renders it so."""


class StreamlitAPIException(MarkdownFormattedException):
    """The app used the API in a way Streamlit forbids. Shown in the page like
    any other exception, where the offending call was made.

    ``error_id``: a short, stable name of the error (telemetry in Streamlit;
    kept for apps that read it)."""

    def __init__(self, *args: Any, error_id: str | None = None) -> None:
        super().__init__(*args)
        self.error_id = error_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(repr(a) for a in self.args)})"


class LocalizableStreamlitException(StreamlitAPIException):
    """An API exception built from a message template and its values; the
    values stay readable (``exec_kwargs``) for an app that words the message
    itself."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        error_id = kwargs.pop("error_id", None)
        super().__init__(message.format(**kwargs), error_id=error_id)
        self._exec_kwargs = kwargs

    @property
    def exec_kwargs(self) -> dict[str, Any]:
        return self._exec_kwargs


class DuplicateWidgetID(StreamlitAPIException):
    """Two elements with the same identity (the base class of the duplicate
    id and duplicate key errors, so one ``except`` catches both)."""


class StreamlitValueError(LocalizableStreamlitException):
    """A parameter's value is not one of the values it accepts."""

    def __init__(self, parameter: str, valid_values: Collection[str], *, detail: str | None = None) -> None:
        message = "Invalid `{parameter}` value. Supported values: {valid_values}."
        if detail:
            message += " {detail}"
        super().__init__(message, parameter=parameter, valid_values=", ".join(valid_values), detail=detail)


class StreamlitValueOutOfRangeError(LocalizableStreamlitException):
    """A parameter's value is outside the closed interval it must be in."""

    def __init__(self, parameter: str, value: object, min_value: object, max_value: object, *,
                 detail: str | None = None) -> None:
        message = "The `{parameter}` parameter, set to {value}, is outside the required range [{min_value}, {max_value}]."
        if detail:
            message += " {detail}"
        super().__init__(message, parameter=parameter, value=value, min_value=min_value, max_value=max_value,
                         detail=detail)


def _pixels_or(allow_content: bool) -> str:
    return ("a positive integer (pixels), 'stretch', or 'content'" if allow_content
            else "a positive integer (pixels) or 'stretch'")


class StreamlitInvalidWidthError(LocalizableStreamlitException):
    """A ``width`` that is neither a positive pixel count nor a keyword the
    element accepts."""

    def __init__(self, width: Any, allow_content: bool = False) -> None:
        super().__init__("Invalid width value: {width}. Width must be either {valid_values}.",
                         width=repr(width), valid_values=_pixels_or(allow_content))


class StreamlitInvalidHeightError(LocalizableStreamlitException):
    """A ``height`` that is neither a positive pixel count nor a keyword the
    element accepts."""

    def __init__(self, height: Any, allow_content: bool = False) -> None:
        super().__init__("Invalid height value: {height}. Height must be either {valid_values}.",
                         height=repr(height), valid_values=_pixels_or(allow_content))


class StopException(Exception):
    """Raised by ``st.stop()``; the runner ends the run quietly."""


class RerunException(Exception):
    """Raised by ``st.rerun()``; the runner ends this run and starts another."""
