"""What every widget shares: its identity, its registration with session
state, and the label fields every widget payload carries.

Each widget function follows one recipe: check its arguments ->
``register_widget`` (id, duplicate check, session state; returns the current
value) -> write its payload -> return the value. Identity is computed here
and only here (from ``widget_id.compute_widget_id``), so navigation, forms
and the prerender never have to adjust it.
"""

from __future__ import annotations

import sys
from numbers import Integral
from typing import Any, Callable

from . import context
from .delta_generator import DeltaGenerator
from .errors import DuplicateWidgetID, StreamlitAPIException
from .state import WidgetMeta
from .widget_id import compute_widget_id


def _identity(x: Any) -> Any:
    return x



FORM_DOCS_INFO = (
    " For more information, refer to the [documentation for forms]"
    "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
)



# Widgets Streamlit refuses inside st.form (seed, "Using forms": Limitations).
_NOT_IN_FORMS = {"button", "download_button", "chat_input"}



def _register(
    dg: DeltaGenerator,
    kind: str,
    *,
    key: Any,
    default: Any,
    identity: dict[str, Any],
    callback: Callable[..., Any] | None,
    args: Any,
    kwargs: Any,
    deserialize: Callable[[Any], Any] = _identity,
    serialize: Callable[[Any], Any] = _identity,
    is_trigger: bool = False,
    explicit_default: bool = False,
) -> tuple[str, Any]:
    """The shared part of every widget: id, duplicate check, registration.

    ``explicit_default``: the app passed a default value (not the
    signature's); with a key also set through st.session_state that earns
    Streamlit's one-time warning."""
    ctx = context.current()
    user_key = None if key is None else str(key)
    form_id = dg._form_id()
    if form_id is not None:
        if kind in _NOT_IN_FORMS:
            article = "a" if kind == "chat_input" else "an"  # Streamlit's wording, each
            raise StreamlitAPIException(f"`st.{kind}()` can't be used in {article} `st.form()`." + FORM_DOCS_INFO)
        if callback is not None and kind != "form_submit_button":
            raise StreamlitAPIException(
                "Within a form, callbacks can only be defined on `st.form_submit_button`. "
                "Defining callbacks on other widgets inside a form is not allowed."
            )
        # The form is part of the identity (as in Streamlit): look-alike
        # widgets in two forms are two widgets.
        identity = {**identity, "form_id": form_id}
    # Only a dialog (elements/layout.py) changes callbacks; an app that never
    # opened one never loads that module.
    layout = sys.modules.get(f"{__package__}.elements.layout")
    if layout is not None:
        callback = layout.keep_dialog_open(callback, in_form=form_id is not None and kind != "form_submit_button")
    wid = compute_widget_id(kind, script_path=ctx.script_path, key=user_key, **identity)
    # A key names one widget per run, whatever its kind and parameters: two
    # different widgets with one key are duplicates too, as in Streamlit.
    if wid in ctx.widget_ids or user_key in ctx.widget_keys:
        label = identity.get("label", "")
        raise DuplicateWidgetID(
            f"There are multiple `{kind}` elements with the same auto-generated ID"
            + (f" (label {label!r})" if label else "")
            + ". When this element is created, it is assigned an internal ID based on "
            "the element type and provided parameters. Multiple elements with the same "
            "type and parameters will cause this error. To fix this error, please pass "
            "a unique `key` argument to the element."
            if user_key is None
            else f"There are multiple widgets with the same `key='{user_key}'`. "
            "To fix this, please make sure that the `key` argument is unique for each widget you create."
        )
    ctx.widget_ids.append(wid)
    if user_key is not None:
        ctx.widget_keys.add(user_key)
    meta = WidgetMeta(
        id=wid,
        kind=kind,
        state_key=user_key if user_key is not None else wid,
        user_key=user_key,
        default=default,
        deserialize=deserialize,
        serialize=serialize,
        callback=callback,
        args=tuple(args or ()),
        kwargs=dict(kwargs or {}),
        is_trigger=is_trigger,
        form_id=form_id,
    )
    if explicit_default and ctx.session_state.should_warn_default_and_state(user_key):
        # Streamlit's check_session_state_rules: shown above the widget,
        # once per session, and only when the key was set by the app in this
        # run (including callbacks), not on every rerun.
        dg._write({
            "kind": "alert", "variant": "warning", "icon": None,
            "body": f'The widget with key "{user_key}" was created with a default value but also had its value set via the Session State API.',
        })
    value = ctx.session_state.register_widget(meta)
    return wid, value



def _common(label: Any, help: str | None, disabled: bool, label_visibility: str) -> dict[str, Any]:
    if label_visibility not in ("visible", "hidden", "collapsed"):
        raise StreamlitAPIException(
            f"Unsupported label_visibility option '{label_visibility}'. "
            "Valid values are 'visible', 'hidden' or 'collapsed'."
        )
    return {"label": str(label), "help": help, "disabled": bool(disabled), "label_visibility": label_visibility}


def _is_int(x: Any) -> bool:
    return isinstance(x, Integral) and not isinstance(x, bool)
