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


# --- The rest of 1.67's ``streamlit.errors`` ---------------------------------
# Same names, bases, constructor parameters and message texts as 1.67, so an
# app that catches, raises or inspects one of them behaves as it does there.
# The component-registry and bidirectional-component classes belong with the
# components issue and are not here.


class FragmentStorageKeyError(Error, KeyError):
    """A key lookup in a fragment's storage failed (a ``KeyError`` too, so
    ``except KeyError`` still catches it)."""


class FragmentHandledException(Exception):
    """A fragment has already shown the exception it raised; the runner only
    needs to end the fragment's run."""


class NoSessionContext(Error):
    """A command that needs a running session was called outside one."""


class StreamlitMaxRetriesError(Error):
    """A file or folder stayed unreadable after several attempts."""


class StreamlitDataframeConversionError(StreamlitAPIException):
    """A value could not be turned into a dataframe or an Arrow table."""


class StreamlitAuthError(StreamlitAPIException):
    """Logging in or out failed, or authentication is not configured."""


class StreamlitMissingAuthlibError(StreamlitAuthError):
    """Authentication was used but Authlib (1.3.2 or later) is missing."""

    def __init__(self) -> None:
        super().__init__("Authentication requires Authlib>=1.3.2. Install it via `pip install streamlit[auth]`.")


class StreamlitDuplicateElementId(DuplicateWidgetID):
    """Two elements of one type got the same automatic identity (same type and
    parameters, no ``key``)."""

    def __init__(self, element_type: str) -> None:
        super().__init__(
            f"There are multiple `{element_type}` elements with the same auto-generated ID. When this element "
            "is created, it is assigned an internal ID based on the element type and provided parameters. "
            "Multiple elements with the same type and parameters will cause this error.\n\n"
            f"To fix this error, please pass a unique `key` argument to the `{element_type}` element.")


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    """Two elements were given the same ``key``."""

    def __init__(self, user_key: str) -> None:
        super().__init__(
            f"There are multiple elements with the same `key='{user_key}'`. To fix this, please make sure "
            "that the `key` argument is unique for each element you create.")


class UnserializableSessionStateError(StreamlitAPIException):
    """A session-state value could not be pickled (``runner.enforceSerializableSessionState``)."""


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """A warning shown with ``st.exception`` rather than raised; it remembers
    the stack where it was made so the page can show where it came from."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        import traceback
        # The creator's stack, minus this constructor's own frame.
        self.tacked_on_stack = traceback.extract_stack()[:-1]


class StreamlitInvalidURLError(LocalizableStreamlitException):
    """A URL that is malformed or does not start with an accepted scheme."""

    def __init__(self, url: str, protocols: Collection[str] = ("http", "https", "mailto")) -> None:
        # mailto has no "//" authority part.
        shown = [f'"{p}:"' if p == "mailto" else f'"{p}://"' for p in protocols]
        if len(shown) <= 2:
            listed = " or ".join(shown)
        else:
            listed = ", ".join(shown[:-1]) + f", or {shown[-1]}"
        super().__init__('"{url}" is not a valid URL. You must use a fully qualified domain beginning with '
                         "{protocols}.", url=url, protocols=listed)


class StreamlitInvalidColumnSpecError(LocalizableStreamlitException):
    """``st.columns`` got no column, or a weight that is not positive."""

    def __init__(self) -> None:
        super().__init__(
            "The `spec` argument to `st.columns` must be either a positive integer (number of columns) or a "
            "list of positive numbers (width ratios of the columns). See "
            "[documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) for more "
            "information.")


class StreamlitSelectionCountExceedsMaxError(LocalizableStreamlitException):
    """A multiselect holds more options than its ``max_selections``."""

    def __init__(self, current_selections_count: int, max_selections_count: int) -> None:
        super().__init__(
            "Multiselect has {current_selections_count} {current_selections_noun} selected but "
            "`max_selections` is set to {max_selections_count}. This happened because you either gave too "
            "many options to `default` or you manipulated the widget's state through `st.session_state`. "
            "Note that the latter can happen before the line indicated in the traceback. Please select at "
            "most {max_selections_count} {options_noun}.",
            current_selections_count=current_selections_count,
            current_selections_noun="option" if current_selections_count == 1 else "options",
            max_selections_count=max_selections_count,
            options_noun="option" if max_selections_count == 1 else "options")


class StreamlitMixedNumericTypesError(LocalizableStreamlitException):
    """``st.number_input`` got ints and floats mixed among its numbers."""

    def __init__(self, value: Any, min_value: Any, max_value: Any, step: Any) -> None:
        message = "All numerical arguments must be of the same type."
        types: dict[str, str | None] = {}
        for name, given in (("value", value), ("min_value", min_value), ("max_value", max_value), ("step", step)):
            types[f"{name}_type"] = None if given is None else type(given).__name__
            if given is not None:
                message += f"\n`{name}` has {{{name}_type}} type."
        super().__init__(message, **types)


class StreamlitValueBelowMinError(LocalizableStreamlitException):
    """The ``value`` is below ``min_value``."""

    def __init__(self, value: Any, min_value: Any) -> None:
        super().__init__("The `value` {value} is less than the `min_value` {min_value}.",
                         value=value, min_value=min_value)


class StreamlitValueAboveMaxError(LocalizableStreamlitException):
    """The ``value`` is above ``max_value``."""

    def __init__(self, value: Any, max_value: Any) -> None:
        super().__init__("The `value` {value} is greater than the `max_value` {max_value}.",
                         value=value, max_value=max_value)


class StreamlitInvalidMinMaxError(LocalizableStreamlitException):
    """``min_value`` is above ``max_value`` (or, for a slider, equal to it)."""

    def __init__(self, min_value: object, max_value: object) -> None:
        if min_value == max_value:
            message = "The `min_value` and `max_value` parameters are both set to {min_value}. They must not be equal."
        else:
            message = ("The `min_value`, set to {min_value}, cannot be greater than the `max_value`, "
                       "set to {max_value}.")
        super().__init__(message, min_value=min_value, max_value=max_value)


class StreamlitJSNumberBoundsError(LocalizableStreamlitException):
    """A number the page would hold is beyond JavaScript's safe range."""

    def __init__(self, message: str) -> None:
        super().__init__(message)


class StreamlitInvalidNumberFormatError(LocalizableStreamlitException):
    """``st.number_input``'s ``format`` has characters it cannot use."""

    def __init__(self, format: str) -> None:  # noqa: A002 - 1.67's parameter name
        super().__init__("Format string for `st.number_input` contains invalid characters: {format}", format=format)


class StreamlitMissingRequiredParameterError(LocalizableStreamlitException):
    """A required parameter is missing, ``None`` or empty."""

    def __init__(self, parameter: str, *, detail: str | None = None) -> None:
        message = "The `{parameter}` parameter is required."
        if detail:
            message += " {detail}"
        super().__init__(message, parameter=parameter, detail=detail)


class StreamlitIncompatibleParametersError(LocalizableStreamlitException):
    """Two or more parameter uses that cannot be combined; each use is a name
    or ``name=value``."""

    def __init__(self, first_use: str, second_use: str, *other_uses: str, explanation: str | None = None) -> None:
        uses = [first_use, second_use, *other_uses]
        quoted = [f"`{u}`" for u in uses]
        uses_text = " and ".join(quoted) if len(quoted) == 2 else ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
        message = "{uses_text} cannot be used together."
        if explanation:
            message += " {explanation}"
        super().__init__(message, uses_text=uses_text, uses=uses, explanation=explanation)


class StreamlitQueryParamDictValueError(LocalizableStreamlitException):
    """A query parameter was set to a dict."""

    def __init__(self, key: str) -> None:
        super().__init__("Query param value for `{key}` cannot be set to a dictionary. Provide a string or "
                         "iterable of strings instead.", key=key)


class StreamlitPageNotFoundError(LocalizableStreamlitException):
    """A page named by path or object is not one of the app's pages."""

    def __init__(self, page: str, main_script_directory: str | None = None,
                 uses_pages_directory: bool = False) -> None:
        if main_script_directory is None:
            super().__init__("Unable to create Page. The file `{page}` could not be found.", page=page)
            return
        import os.path
        if uses_pages_directory:
            message = ("Could not find page: `{page}`. You must provide a file path relative to the entrypoint "
                       "file (from the directory `{directory}`). Only the entrypoint file and files in the "
                       "`pages/` directory are supported.")
        else:
            message = ("Could not find page: `{page}`. You must provide a `Page` object or file path relative "
                       "to the entrypoint file. Only pages previously defined by `st.Page` and passed to "
                       "`st.navigation` are allowed.")
        super().__init__(message, page=page, directory=os.path.basename(main_script_directory))


class StreamlitInvalidFormCallbackError(LocalizableStreamlitException):
    """A widget inside a form other than its submit button has a callback."""

    def __init__(self) -> None:
        super().__init__("Within a form, callbacks can only be defined on `st.form_submit_button`. Defining "
                         "callbacks on other widgets inside a form is not allowed.")


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    """A command was used in a layout, form or dialog where it is not allowed."""


def _state_item(key: str) -> str:
    # A Markdown code span around ``st.session_state[<key>]`` whose fence is
    # longer than any run of backticks inside, so the span cannot end early.
    text = f"st.session_state[{key!r}]"
    fence = "`"
    while fence in text:
        fence += "`"
    return f"{fence}{text}{fence}"


class StreamlitValueAssignmentNotAllowedError(LocalizableStreamlitException):
    """The app assigned a session-state key whose value only a widget may set."""

    def __init__(self, key: str) -> None:
        super().__init__("{session_state_item} is read-only and cannot be assigned through session state. "
                         "Use a different session state key for values you need to set.",
                         session_state_item=_state_item(key), key=key)


class StreamlitWidgetAlreadyInstantiatedError(LocalizableStreamlitException):
    """The app assigned a widget's session-state key after the widget was made
    in this run."""

    def __init__(self, key: str) -> None:
        super().__init__(
            "{session_state_item} cannot be modified after the widget with that key is instantiated. Assign "
            "{session_state_item} before creating the widget, or update it from an `on_change` or `on_click` "
            "callback, which runs before the widget is instantiated. If this is a read-only session state key "
            "(buttons, file and media inputs, `st.data_editor`, forms, chart or `ButtonColumn` selections), "
            "store the value under a different session state key.",
            session_state_item=_state_item(key), key=key)


class StreamlitInvalidColorError(LocalizableStreamlitException):
    """A color that is neither a hex string nor an RGB(A) sequence."""

    def __init__(self, color: Any) -> None:
        super().__init__(
            "This does not look like a valid color: {color}.\n\nColors must be in one of the following "
            "formats:\n\n* Hex string with 3, 4, 6, or 8 digits. Example: `'#00ff00'`\n* List or tuple with 3 "
            "or 4 components. Example: `[1.0, 0.5, 0, 0.2]`", color=repr(color))


class StreamlitBadTimeStringError(LocalizableStreamlitException):
    """A duration string (``ttl="1d2h"``) that cannot be parsed."""

    def __init__(self, time_string: str) -> None:
        super().__init__("Time string doesn't look right. It should be formatted as `'1d2h34m'` or `2 days`, "
                         "for example. Got: {time_string}", time_string=time_string)


class StreamlitSecretNotFoundError(LocalizableStreamlitException, FileNotFoundError):
    """A secret is missing, or a secrets file cannot be parsed (a
    ``FileNotFoundError`` too)."""


class StreamlitInvalidParameterTypeError(LocalizableStreamlitException):
    """A parameter of a type the call does not accept."""

    def __init__(self, parameter: str, provided_type: str, expected_types: list[str], *,
                 detail: str | None = None) -> None:
        message = "Invalid `{parameter}` type. Expected one of: {expected_types}. Provided type: {provided_type}."
        if detail:
            message += " {detail}"
        super().__init__(message, parameter=parameter, expected_types=", ".join(expected_types),
                         provided_type=provided_type, detail=detail)


class StreamlitDefaultNotInOptionsError(LocalizableStreamlitException):
    """A default value that is not among the options."""

    def __init__(self, value: Any) -> None:
        super().__init__("The default value '{value}' is not part of the options. Please make sure that every "
                         "default value also exists in the options.", value=value)


class StreamlitInvalidThemeError(LocalizableStreamlitException):
    """The base of the theme configuration errors."""


class StreamlitInvalidThemeOptionError(StreamlitInvalidThemeError):
    """An unknown or invalid theme option."""


class StreamlitInvalidThemeSectionError(StreamlitInvalidThemeError):
    """A ``[theme.*]`` section that does not exist."""

    def __init__(self, option_name: str, file_path_or_url: str = "config.toml") -> None:
        super().__init__(
            "Invalid theme section: `{option_name}` found in {file_path_or_url}. Valid sections are: `theme`, "
            "`theme.light`, `theme.dark`, `theme.sidebar`, `theme.light.sidebar`, and `theme.dark.sidebar`.",
            option_name=option_name, file_path_or_url=file_path_or_url)
