"""``streamlit.errors`` as an app meets it: every class 1.67 has (bar the
components issue's), with its bases and message, importable by name."""

from __future__ import annotations

import pytest

import stc_runtime.errors as errors


def test_an_app_catches_the_classes_by_name(app):
    a = app(
        """
        import streamlit as st
        from streamlit.errors import StreamlitAPIException, StreamlitValueError, StreamlitAuthError

        try:
            st.login()
        except StreamlitAuthError as e:
            st.write("auth: " + type(e).__name__)
        try:
            st.set_page_config(layout="tall")
        except StreamlitAPIException as e:
            st.write(f"api: {type(e).__name__} {isinstance(e, StreamlitValueError)}")
        """
    ).run()
    assert a.markdown() == ["auth: StreamlitMissingAuthlibError", "api: StreamlitValueError True"]


@pytest.mark.parametrize("cls, args, message", [
    (errors.StreamlitDuplicateElementKey, ("k",),
     "There are multiple elements with the same `key='k'`. To fix this, please make sure that the `key` argument "
     "is unique for each element you create."),
    (errors.StreamlitInvalidMinMaxError, (3, 1),
     "The `min_value`, set to 3, cannot be greater than the `max_value`, set to 1."),
    (errors.StreamlitInvalidMinMaxError, (2, 2),
     "The `min_value` and `max_value` parameters are both set to 2. They must not be equal."),
    (errors.StreamlitIncompatibleParametersError, ("a", "b", "c"), "`a`, `b`, and `c` cannot be used together."),
    (errors.StreamlitInvalidURLError, ("x",),
     '"x" is not a valid URL. You must use a fully qualified domain beginning with "http://", "https://", '
     'or "mailto:".'),
    (errors.StreamlitValueAssignmentNotAllowedError, ("a`b",),
     "``st.session_state['a`b']`` is read-only and cannot be assigned through session state. Use a different "
     "session state key for values you need to set."),
    (errors.StreamlitMixedNumericTypesError, (1, 2.0, None, None),
     "All numerical arguments must be of the same type.\n`value` has int type.\n`min_value` has float type."),
])
def test_messages_are_1_67s(cls, args, message):
    assert str(cls(*args)) == message


def test_bases_and_extra_behaviour():
    assert issubclass(errors.StreamlitDuplicateElementId, errors.DuplicateWidgetID)
    assert issubclass(errors.FragmentStorageKeyError, KeyError)
    assert issubclass(errors.StreamlitSecretNotFoundError, FileNotFoundError)
    assert issubclass(errors.StreamlitAPIWarning, Warning)
    assert issubclass(errors.StreamlitInvalidThemeOptionError, errors.StreamlitInvalidThemeError)
    assert not issubclass(errors.FragmentHandledException, errors.Error)
    warning = errors.StreamlitAPIWarning("careful")
    assert warning.tacked_on_stack and str(warning) == "careful"
    err = errors.StreamlitSelectionCountExceedsMaxError(1, 1)
    assert err.exec_kwargs["current_selections_noun"] == "option" and "at most 1 option." in str(err)
