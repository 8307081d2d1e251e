"""What every widget shares: its identity, its registration with session
state, and the label fields every widget payload carries.

Each widget function follows one recipe: check its arguments ->
``register_widget`` (id, duplicate check, session state; returns the current
value) -> write its payload -> return the value. Identity is computed here
and only here (from ``widget_id.compute_widget_id``), so navigation, forms
and the prerender never have to adjust it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from numbers import Integral
from typing import Any, Callable

from . import run_context, payloads
from .config import get_option
from .delta_generator import DeltaGenerator
from .errors import (
    DuplicateWidgetID,
    StreamlitAPIException,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from .state import WidgetMeta
from .url_binding import UrlCodec
from .widget_id import compute_widget_id

_LOGGER = logging.getLogger("streamlit.elements.lib.policies")

#: what ``on_change`` (``on_click``) may be besides a callable, as 1.67
#: names them: "rerun" (the default: a change reruns the app) and "ignore"
#: (the change is stored, the app reruns only when something else asks)
ON_CHANGE_MODES = ("rerun", "ignore")


def _identity(x: Any) -> Any:
    return x


FORM_DOCS_INFO = (
    " For more information, refer to the [documentation for forms]"
    "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
)



@dataclass(frozen=True)
class WidgetIdentity:
    """Who a widget is, decided once, before it registers."""

    id: str
    kind: str
    #: the app's ``key`` (as a string), or None
    user_key: str | None
    #: the ``st.form`` it is in, or None
    form_id: str | None


@dataclass(frozen=True)
class Registered:
    """A registered widget: its id and its value for this run."""

    id: str
    value: Any


def identify(dg: DeltaGenerator, kind: str, *, key: Any, params: dict[str, Any]) -> WidgetIdentity:
    """A widget's identity, from one explicit set of inputs: its kind, the
    script drawing it (relative to the app's folder), its key, its defining
    ``params`` and the form it is in (look-alike widgets in two forms are two
    widgets, as in Streamlit). See widget_id.py for what is hashed."""
    ctx = run_context.current()
    user_key = None if key is None else str(key)
    form_id = dg._form_id()
    if form_id is not None:
        params = {**params, "form_id": form_id}
    wid = compute_widget_id(kind, script_path=ctx.widget_source(), key=user_key, **params)
    return WidgetIdentity(id=wid, kind=kind, user_key=user_key, form_id=form_id)


def _check_form_rules(who: WidgetIdentity, kind_class: type | None, callback: Callable[..., Any] | None) -> None:
    if who.form_id is None:
        return
    if kind_class is not None and not getattr(kind_class, "IN_FORMS", True):
        article = "a" if who.kind == "chat_input" else "an"  # Streamlit's wording, each
        raise StreamlitAPIException(f"`st.{who.kind}()` can't be used in {article} `st.form()`." + FORM_DOCS_INFO)
    if callback is not None and who.kind != "form_submit_button":
        raise StreamlitAPIException(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. "
            "Defining callbacks on other widgets inside a form is not allowed."
        )


def _keep_dialog_open(ctx: run_context.RunContext, callback: Callable[..., Any] | None, *, in_form: bool) -> Callable[..., Any] | None:
    """The callback a widget drawn now gets: inside a dialog, using the
    widget also draws the dialog again (after the widget's own callback,
    before the script), so the dialog stays open while the visitor works in
    it. Streamlit reruns only the dialog function then (it is a fragment);
    here the script reruns too, and a call to the same dialog function in
    that run draws nothing more. Widgets inside a form get nothing: their
    submit button does it."""
    redraw = ctx.drawing_dialog
    if redraw is None or in_form:
        return callback

    def kept_open(*args: Any, **kwargs: Any) -> None:
        if callback is not None:
            callback(*args, **kwargs)
        redraw()

    return kept_open


def callback_of(on_change: Any, *, modes: tuple[str, ...] = ON_CHANGE_MODES, name: str = "on_change") -> tuple[Callable[..., Any] | None, bool]:
    """``(callback, quiet)`` for an ``on_change`` argument, checked as 1.67
    checks it: a callable is the callback; None and "rerun" mean no
    callback; "ignore" (quiet) stores changes without a rerun. ``modes``:
    the strings this widget takes (chat_input takes none)."""
    if on_change is None:
        return None, False
    if callable(on_change):
        return on_change, False
    if isinstance(on_change, str) and on_change in ON_CHANGE_MODES:
        if on_change not in modes:
            raise StreamlitAPIException(
                f'`{name}="{on_change}"` is not supported on this widget. Pass a callback, or omit `{name}`.'
            )
        return None, on_change == "ignore"
    raise StreamlitValueError(name, [repr(mode) for mode in modes] + ["a callback function"])


def _check_binding(who: WidgetIdentity, bind: Any, persist_state: Any, url: UrlCodec | None) -> None:
    if bind is not None:
        if bind != "query-params":
            raise StreamlitValueError("bind", ["'query-params'", "None"])
        if who.user_key is None:
            raise StreamlitMissingRequiredParameterError("key", detail=(
                "When using bind='query-params', the widget must have a unique 'key' parameter specified. "
                "This 'key' will be used as the name of the query parameter."))
        if who.user_key.lower() in ("embed", "embed_options"):
            raise StreamlitAPIException(
                f"Cannot bind to reserved query parameter '{who.user_key}'. 'embed' and 'embed_options' are "
                "used internally for Streamlit's embed functionality.")
        if url is None:  # a widget of ours that forgot its codec
            raise TypeError(f"st.{who.kind} has no URL form for bind='query-params'")
    if persist_state is not None:
        if persist_state not in ("page", "session"):
            raise StreamlitValueError("persist_state", ["'page'", "'session'", "None"])
        if who.user_key is None:
            raise StreamlitMissingRequiredParameterError("key", detail=(
                "When using persist_state, the widget must have a unique 'key' parameter specified so its "
                "value can be preserved across reruns and page switches."))


def _duplicate(who: WidgetIdentity, label: Any) -> DuplicateWidgetID:
    if who.user_key is not None:
        return DuplicateWidgetID(
            f"There are multiple widgets with the same `key='{who.user_key}'`. "
            "To fix this, please make sure that the `key` argument is unique for each widget you create."
        )
    return DuplicateWidgetID(
        f"There are multiple `{who.kind}` elements with the same auto-generated ID"
        + (f" (label {label!r})" if label else "")
        + ". When this element is created, it is assigned an internal ID based on "
        "the element type and provided parameters. Multiple elements with the same "
        "type and parameters will cause this error. To fix this error, please pass "
        "a unique `key` argument to the element."
    )


def register_widget(
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
    who: WidgetIdentity | None = None,
    modes: tuple[str, ...] = ON_CHANGE_MODES,
    bind: Any = None,
    persist_state: Any = None,
    url: UrlCodec | None = None,
    round_trip: bool = False,
) -> Registered:
    """The shared part of every widget: identity, form rules, duplicate
    check, registration with session state. ``identity``: the defining
    parameters (``identify``'s ``params``); ``who``: the identity, when the
    widget needed it before registering (chat_input).

    ``callback``: the app's ``on_change`` (``on_click``) as given: a
    callable, "rerun", "ignore" or None (``modes``: the strings allowed).
    ``bind="query-params"`` keeps the value in the URL under the key, in
    the form ``url`` gives (url_binding.py); ``persist_state`` ("page",
    "session") keeps the value while the widget is not drawn (state.py).

    ``explicit_default``: the app passed a default value (not the
    signature's); with a key also set through st.session_state that earns
    Streamlit's one-time warning. ``round_trip``: the value goes through
    ``serialize``/``deserialize`` before each later run, as Streamlit's
    page sends every widget's value back (a float number_input turns an
    int the app stored into a float)."""
    ctx = run_context.current()
    if who is None:
        who = identify(dg, kind, key=key, params=identity)
    callback, quiet = callback_of(callback, modes=modes)
    _check_binding(who, bind, persist_state, url)
    kind_class = payloads.widget_class(kind)
    _check_form_rules(who, kind_class, callback)
    in_form = who.form_id is not None and kind != "form_submit_button"
    if quiet and not in_form:  # inside a form, changes wait for the submit anyway
        ctx.widget_quiet.add(who.id)
    callback = _keep_dialog_open(ctx, callback, in_form=in_form)
    # A key names one widget per run, whatever its kind and parameters: two
    # different widgets with one key are duplicates too, as in Streamlit.
    if who.id in ctx.widget_ids or who.user_key in ctx.widget_keys:
        raise _duplicate(who, identity.get("label", ""))
    ctx.widget_ids.append(who.id)
    ctx.widget_forms[who.id] = who.form_id
    if who.user_key is not None:
        ctx.widget_keys.add(who.user_key)
    meta = WidgetMeta(
        id=who.id,
        kind=kind,
        state_key=who.user_key if who.user_key is not None else who.id,
        user_key=who.user_key,
        default=default,
        deserialize=deserialize,
        serialize=serialize,
        callback=callback,
        args=tuple(args or ()),
        kwargs=dict(kwargs or {}),
        is_trigger=is_trigger,
        form_id=who.form_id,
        sends=getattr(kind_class, "SENDS", Any),
        settable=getattr(kind_class, "SETTABLE", True),
        bind_url=url if bind is not None else None,
        persist_state=persist_state,
        page=ctx.session.current_page if ctx.session is not None else "",
        round_trip=round_trip,
    )
    if explicit_default and not get_option("global.disableWidgetStateDuplicationWarning") \
            and ctx.session_state.should_warn_default_and_state(who.user_key):
        # Streamlit's check_session_state_rules: once per session, and only
        # when the key was set by the app in this run (including callbacks).
        # 1.67 logs it for the developer rather than showing visitors a
        # warning; here the log is the browser's console.
        _LOGGER.warning(
            'The widget with key "%s" was created with a default value but also had its value set via the Session State API.',
            who.user_key,
        )
    return Registered(id=who.id, value=ctx.session_state.register_widget(meta))


def label_fields(label: Any, help: str | None, disabled: bool, label_visibility: str) -> dict[str, Any]:
    if label_visibility not in ("visible", "hidden", "collapsed"):
        raise StreamlitAPIException(
            f"Unsupported label_visibility option '{label_visibility}'. "
            "Valid values are 'visible', 'hidden' or 'collapsed'."
        )
    return {"label": str(label), "help": help, "disabled": bool(disabled), "label_visibility": label_visibility}


def is_int(x: Any) -> bool:
    return isinstance(x, Integral) and not isinstance(x, bool)
