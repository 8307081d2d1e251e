"""Session state: the values the app stores and the values of its widgets.

One ``SessionState`` lives as long as the visitor's session (the page). Values
are stored by *state key*: the widget's ``key`` when it has one (so
``st.session_state[key]`` reads and writes it), otherwise its widget id (hidden
from iteration, as Streamlit hides keyless widgets).

Lifecycle of a widget value, as in Streamlit:
1. the page reports a change -> ``apply_change`` stores it and remembers the
   widget's callback, which the runner calls before the script reruns;
2. the widget is drawn again -> ``register_widget`` returns the stored value
   (or its default for a new widget);
3. the run ends -> ``on_run_finished`` resets triggers such as buttons,
   which are True only in the run their click caused, and, if the script ran
   to its end, removes widgets the run did not draw, with their keys, unless
   the app re-assigned the key during the run (which Streamlit documents as
   the way to interrupt the widget clean-up process).

Two parameters of 1.67 change step 3 for keyed widgets. ``persist_state``
keeps the value of a widget the run did not draw under its key, as plain
state, so the widget comes back with it: "session" always, "page" only
while the visitor stays on the widget's page (a page switch drops it).
``bind="query-params"`` keeps the value in the URL under the key while the
widget is drawn (written when it differs from the default, read when the
session starts and when the visitor goes back or forward), and keeps it
like "session" when the widget is not drawn (its parameter leaves the URL).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from . import payloads
from .errors import StreamlitAPIException
from .url_binding import UrlCodec
from .widget_id import KEYED_PREFIX


@dataclass
class WidgetMeta:
    id: str
    kind: str
    #: where the value lives in ``SessionState._values``
    state_key: str
    #: the user's key, or None
    user_key: str | None
    default: Any
    #: wire value (from the page) -> Python value
    deserialize: Callable[[Any], Any]
    #: Python value -> wire value (what the page shows; AppTest sends it)
    serialize: Callable[[Any], Any] = lambda v: v
    callback: Callable[..., Any] | None = None
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    #: True for buttons: the value is True only in the run the click caused
    is_trigger: bool = False
    #: the key of the st.form the widget is in, or None
    form_id: str | None = None
    #: the type of the values the page sends (its payload class's ``SENDS``)
    sends: Any = Any
    #: the app may set its value through session_state (``SETTABLE``)
    settable: bool = True
    #: ``bind="query-params"``: the value's URL form; None: not bound
    bind_url: UrlCodec | None = None
    #: ``persist_state``: "page", "session" or None
    persist_state: str | None = None
    #: the page (URL path, "" the default one) the widget was drawn on
    page: str = ""
    #: the value makes a round trip through the page before each later run
    #: (``serialize`` then ``deserialize``), as Streamlit's page sends it back
    round_trip: bool = False


class SessionState:
    def __init__(self) -> None:
        self._values: dict[str, Any] = {}
        self._widgets: dict[str, WidgetMeta] = {}  # by widget id
        self._key_to_widget: dict[str, str] = {}  # user key -> widget id
        # Per-run bookkeeping.
        self._drawn_this_run: set[str] = set()
        # What each widget drawn in the last run returned to the script
        # (AppTest reads widget values here; buttons stay True after the run
        # their click caused).
        self._run_values: dict[str, Any] = {}
        self._warned_default_and_state = False
        self._set_by_app_this_run: set[str] = set()
        # Callbacks of changed widgets, to run before the next script run.
        self._pending_callbacks: list[WidgetMeta] = []
        # Values the page still shows for drawn widgets whose state the app
        # deleted (``del``/``clear()``), by widget id: restored at the next
        # run. Streamlit's page sends every widget's value with each rerun,
        # so there "Deleting a key will not revert the widget to a default
        # value" (Streamlit's docs on the widget life cycle); our page sends
        # only changes.
        self._shown: dict[str, Any] = {}
        # Forms, as Streamlit documents them: a form widget's change waits
        # here, by form, until that form's submit button is clicked (the
        # page sends them together; AppTest may not), then all apply at once.
        self._form_pending: dict[str, dict[str, Any]] = {}
        self._forms_submitted: set[str] = set()
        # clear_on_submit of each form (as last drawn), the forms cleared
        # after this run, and their widgets drawn in it.
        self._form_clear_on_submit: dict[str, bool] = {}
        self._forms_clearing: set[str] = set()
        self._clear_after_run: dict[str, WidgetMeta] = {}
        #: the session's st.query_params (the session sets it): bound
        #: widgets read and write their parameter there
        self.query_params: Any = None
        # Bound widgets seeded from the URL once (on the session's first
        # drawing of each), and again when the page changed the URL
        # (back/forward), when the URL wins over the value held.
        self._bound_seen: set[str] = set()
        self.url_changed_by_page = False
        # Values persist_state="page" keeps while their widget is not drawn,
        # by key: the page they belong to (a switch to another drops them).
        self._kept_for_page: dict[str, str] = {}

    # --- the app's side (st.session_state) -------------------------------

    def __getitem__(self, key: str) -> Any:
        if key not in self._values or key.startswith(KEYED_PREFIX):
            raise KeyError(_missing_key_message(key))
        return self._values[key]

    def __setitem__(self, key: str, value: Any) -> None:
        wid = self._key_to_widget.get(key)
        if wid is not None:
            meta = self._widgets.get(wid)
            if meta is not None and not meta.settable:
                raise StreamlitAPIException(
                    f"st.session_state.{key} cannot be modified: values of "
                    f"st.{meta.kind} widgets cannot be set using st.session_state."
                )
            if wid in self._drawn_this_run:
                raise StreamlitAPIException(
                    f"`st.session_state.{key}` cannot be modified after the widget "
                    f"with key `{key}` is instantiated."
                )
        self._values[key] = value
        self._set_by_app_this_run.add(key)

    def __delitem__(self, key: str) -> None:
        if key not in self._values or key.startswith(KEYED_PREFIX):
            raise KeyError(_missing_key_message(key))
        value = self._values.pop(key)
        wid = self._key_to_widget.pop(key, None)
        if wid is not None:
            self._forget_widget(wid, value)

    def _forget_widget(self, wid: str, value: Any) -> None:
        meta = self._widgets.get(wid)
        if wid in self._drawn_this_run and meta is not None:
            # Already on the page this run: the page keeps showing it (and
            # may still change it), so keep its metadata and give the value
            # back at the next run. Buttons show no value.
            if not meta.is_trigger:
                self._shown[wid] = value
        else:
            # Not drawn yet this run: when drawn it starts from its default,
            # as in Streamlit, where the deletion also drops the value the
            # page sent for this run.
            self._widgets.pop(wid, None)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._values and not key.startswith(KEYED_PREFIX)

    def keys(self) -> list[str]:
        return [k for k in self._values if not k.startswith(KEYED_PREFIX)]

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.keys())

    def to_dict(self) -> dict[str, Any]:
        return {k: self._values[k] for k in self.keys()}

    def clear(self) -> None:
        for wid, meta in list(self._widgets.items()):
            self._forget_widget(wid, self._values.get(meta.state_key))
        self._values.clear()
        self._key_to_widget.clear()

    # --- the widgets' side ------------------------------------------------

    def register_widget(self, meta: WidgetMeta) -> Any:
        """Called when a widget is drawn; returns its current value."""
        if not meta.settable and meta.user_key in self._set_by_app_this_run:
            # Streamlit checks this when the widget is created
            # (StreamlitValueAssignmentNotAllowedError); without it a button
            # preset through session_state would return True unclicked.
            raise StreamlitAPIException(
                f"Values for the widget with `key` '{meta.user_key}' cannot be set using `st.session_state`."
            )
        self._drawn_this_run.add(meta.id)
        if meta.user_key is not None:
            origin = self._kept_for_page.pop(meta.user_key, None)
            if origin is not None and origin != meta.page and meta.user_key not in self._set_by_app_this_run:
                self._values.pop(meta.user_key, None)  # kept for another page: not this one's
        if meta.bind_url is not None:
            self._seed_from_url(meta)
        elif meta.user_key is not None and self.query_params is not None and self.query_params.is_bound(meta.user_key):
            self.query_params.unbind(meta.user_key)  # drawn without bind now: its parameter goes
        value = self._register(meta)
        if meta.bind_url is not None:
            self._write_url(meta, value)
        self._run_values[meta.id] = value
        if meta.form_id is not None and meta.form_id in self._forms_clearing:
            self._clear_after_run[meta.id] = meta
        return value

    def _register(self, meta: WidgetMeta) -> Any:
        previous = self._widgets.get(meta.id)
        key = meta.state_key
        if meta.user_key is not None:
            old_wid = self._key_to_widget.get(meta.user_key)
            if (
                old_wid is not None
                and old_wid != meta.id
                and meta.user_key not in self._set_by_app_this_run
            ):
                # The same key now names a different widget (a defining
                # parameter changed): it starts over from its default.
                self._values.pop(key, None)
                self._widgets.pop(old_wid, None)
            self._key_to_widget[meta.user_key] = meta.id
        if meta.is_trigger:
            # Callbacks and args are captured now, when the widget is drawn.
            # A keyed button reads False from session_state outside the run
            # its click caused, as in Streamlit.
            self._widgets[meta.id] = meta
            self._values[key] = bool(self._values.get(key, False))
            return self._values[key]
        if key not in self._values:
            self._values[key] = meta.default
        elif previous is None and meta.user_key is None:
            self._values[key] = meta.default
        self._widgets[meta.id] = meta
        return self._values[key]

    # --- bind="query-params" ----------------------------------------------

    def _seed_from_url(self, meta: WidgetMeta) -> None:
        """Before a bound widget takes its value: on the session's first
        drawing of it the URL wins (a shared link shows what it says), and
        after back/forward too (a missing parameter then means the
        default). Text the widget cannot take leaves the URL."""
        qp, codec, key = self.query_params, meta.bind_url, meta.user_key
        first = meta.id not in self._bound_seen
        self._bound_seen.add(meta.id)
        qp.bind(key)
        if not (first or self.url_changed_by_page):
            return
        raw = qp.get_all(key)
        if not raw:
            if self.url_changed_by_page and not first:
                self._values[key] = meta.default
            return
        url_value: str | list[str] = raw if codec.many else raw[-1]
        if all(v == "" for v in raw) and not codec.clearable:
            qp.write_bound(key, None)
            return
        try:
            value = codec.read(url_value)
        except (ValueError, TypeError, IndexError, KeyError):
            qp.write_bound(key, None)
            return
        self._values[key] = value

    def _write_url(self, meta: WidgetMeta, value: Any) -> None:
        """The bound widget's parameter follows its value; the default is
        not written, so the URL stays clean."""
        try:
            is_default = bool(value == meta.default)
        except Exception:  # noqa: BLE001 - values that do not compare (arrays)
            is_default = False
        self.query_params.write_bound(meta.user_key, None if is_default else meta.bind_url.write(value))

    def apply_change(self, widget_id: str, wire_value: Any) -> None:
        """Store a value the visitor set; queue the widget's callback."""
        meta = self._widgets.get(widget_id)
        if meta is None:
            return  # a widget of an older page state; Streamlit ignores it too
        if meta.form_id is not None:
            if not meta.is_trigger:
                self._form_pending.setdefault(meta.form_id, {})[widget_id] = wire_value
                return
            self._forms_submitted.add(meta.form_id)  # a submit button
        self._apply(meta, wire_value)

    def _apply(self, meta: WidgetMeta, wire_value: Any) -> None:
        if not payloads.matches(wire_value, meta.sends):
            return  # not a value this widget sends: a stale or crafted message
        try:
            value = meta.deserialize(wire_value)
        except (TypeError, ValueError, IndexError, KeyError):
            # A value this widget cannot take (e.g. a range sent to a single
            # slider): keep the current one, as Streamlit does, rather than
            # failing the run.
            return
        changed = meta.is_trigger or self._values.get(meta.state_key, _MISSING) != value
        self._values[meta.state_key] = value
        if changed and meta.callback is not None:
            self._pending_callbacks.append(meta)
        if meta.bind_url is not None and self.query_params is not None:
            self._write_url(meta, value)  # at once, even when no run follows

    def _keeps(self, meta: WidgetMeta, page: str) -> bool:
        """A keyed widget the run did not draw: keep its value under its key
        (as plain state, which the widget takes back when drawn again)?"""
        if meta.bind_url is not None:
            self.query_params.unbind(meta.user_key)  # its parameter leaves the URL
        if meta.bind_url is not None or meta.persist_state == "session":
            self._kept_for_page.pop(meta.user_key, None)
            return meta.state_key in self._values
        if meta.persist_state == "page" and meta.page == page:
            self._kept_for_page[meta.user_key] = page
            return meta.state_key in self._values
        return False

    def take_pending_callbacks(self) -> list[WidgetMeta]:
        callbacks, self._pending_callbacks = self._pending_callbacks, []
        return callbacks

    def should_warn_default_and_state(self, user_key: str | None) -> bool:
        """True once per session: a keyed widget with an explicit default
        whose key the app set through the Session State API in this run."""
        if user_key is None or user_key not in self._set_by_app_this_run or self._warned_default_and_state:
            return False
        self._warned_default_and_state = True
        return True

    def widget_meta(self, widget_id: str) -> WidgetMeta | None:
        return self._widgets.get(widget_id)

    def widget_value(self, widget_id: str) -> Any:
        """The value the widget returned in the last run that drew it."""
        return self._run_values.get(widget_id)

    def stored_widget_value(self, widget_id: str, default: Any = None) -> Any:
        """What session_state holds for the widget now (the visitor's latest
        change), before this run has drawn it; ``default`` if nothing."""
        meta = self._widgets.get(widget_id)
        return default if meta is None else self._values.get(meta.state_key, default)

    def correct_widget_value(self, widget_id: str, value: Any, *, run: bool = True, stored: bool = True) -> None:
        """A widget's own correction of its value: an option that is gone,
        an Enum member of an earlier run's class, a chat message that was
        already answered. ``run``: what the widget returns this run (AppTest
        reads it); ``stored``: what ``st.session_state`` holds. Not the
        app's ``st.session_state[key] = ...``: the rule that a drawn
        widget's value cannot be set is for the app, not the widget."""
        if run:
            self._run_values[widget_id] = value
        meta = self._widgets.get(widget_id)
        if stored and meta is not None:
            self._values[meta.state_key] = value

    def register_form(self, form_id: str, clear_on_submit: bool) -> None:
        self._form_clear_on_submit[form_id] = clear_on_submit

    def value_shown_after_submit(self, widget_id: str) -> tuple[Any] | None:
        """``(wire default,)`` for a widget of a ``clear_on_submit`` form
        submitted in this run: the script reads the submitted value, the
        page already shows the default it returns to after the run."""
        meta = self._clear_after_run.get(widget_id)
        return None if meta is None else (meta.serialize(meta.default),)

    def _submit_forms(self) -> None:
        for form_id in self._forms_submitted:
            for wid, wire_value in self._form_pending.pop(form_id, {}).items():
                meta = self._widgets.get(wid)
                if meta is not None:
                    self._apply(meta, wire_value)
            if self._form_clear_on_submit.get(form_id):
                self._forms_clearing.add(form_id)
        self._forms_submitted = set()

    def on_run_started(self) -> None:
        for meta in self._widgets.values():
            if meta.round_trip and meta.state_key in self._values:
                try:
                    self._values[meta.state_key] = meta.deserialize(meta.serialize(self._values[meta.state_key]))
                except (TypeError, ValueError):
                    pass  # a value the widget cannot show: the page would not send it back either
        self._submit_forms()
        self._run_values = {}
        self._drawn_this_run = set()
        self._set_by_app_this_run = set()
        shown, self._shown = self._shown, {}
        for wid, value in shown.items():
            meta = self._widgets.get(wid)
            # A change the visitor sent since the deletion wins.
            if meta is not None and meta.state_key not in self._values:
                self._values[meta.state_key] = value
                if meta.user_key is not None:
                    self._key_to_widget.setdefault(meta.user_key, wid)

    def on_run_finished(self, *, cleanup: bool, page: str = "") -> None:
        """End-of-run: reset triggers; drop widgets the run did not draw
        (``page``: the page this run showed), keeping what persist_state
        and bind keep."""
        self.url_changed_by_page = False
        # clear_on_submit: the submitted form's widgets start over from
        # their defaults (Streamlit's page resets them after the submit).
        for meta in self._clear_after_run.values():
            if self._widgets.get(meta.id) is meta:
                self._values[meta.state_key] = meta.default
        self._forms_clearing = set()
        self._clear_after_run = {}
        for meta in self._widgets.values():
            if meta.is_trigger and meta.state_key in self._values:
                self._values[meta.state_key] = False
        if cleanup:
            for wid in [w for w in self._widgets if w not in self._drawn_this_run]:
                meta = self._widgets.pop(wid)
                if meta.form_id is not None:
                    self._form_pending.get(meta.form_id, {}).pop(wid, None)
                if meta.user_key is not None:
                    if self._key_to_widget.get(meta.user_key) == wid:
                        del self._key_to_widget[meta.user_key]
                    if meta.user_key in self._set_by_app_this_run:
                        continue  # re-assigned by the app: now plain state
                    if self._keeps(meta, page):
                        continue
                self._values.pop(meta.state_key, None)
            # A value kept for one page does not outlive a switch to another.
            for key, origin in list(self._kept_for_page.items()):
                if origin != page and key not in self._set_by_app_this_run and key not in self._key_to_widget:
                    self._values.pop(key, None)
                    del self._kept_for_page[key]
        # Between runs no widget is "already drawn": AppTest (like a callback
        # before the next run) may set any widget's key.
        self._drawn_this_run = set()


_MISSING = object()


def _missing_key_message(key: str) -> str:
    return (
        f'st.session_state has no key "{key}". Did you forget to initialize it? '
        "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
    )


class SessionStateProxy:
    """``st.session_state``: dict-like and attribute access to the current
    session's state."""

    def __init__(self, get_state: Callable[[], SessionState]) -> None:
        object.__setattr__(self, "_get", get_state)

    def __getitem__(self, key: str) -> Any:
        return self._get()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._get()[key] = value

    def __delitem__(self, key: str) -> None:
        del self._get()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._get()

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())

    def __getattr__(self, key: str) -> Any:
        try:
            return self._get()[key]
        except KeyError:
            raise AttributeError(_missing_key_message(key).replace("has no key", "has no attribute")) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self._get()[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self._get()[key]
        except KeyError:
            raise AttributeError(_missing_key_message(key).replace("has no key", "has no attribute")) from None

    def get(self, key: str, default: Any = None) -> Any:
        state = self._get()
        return state[key] if key in state else default

    def keys(self):
        return self._get().keys()

    def values(self):
        state = self._get()
        return [state[k] for k in state.keys()]

    def items(self):
        state = self._get()
        return [(k, state[k]) for k in state.keys()]

    def setdefault(self, key: str, default: Any = None) -> Any:
        state = self._get()
        if key not in state:
            state[key] = default
        return state[key]

    def update(self, *args: Any, **kwargs: Any) -> None:
        for k, v in dict(*args, **kwargs).items():
            self._get()[k] = v

    def pop(self, key: str, *default: Any) -> Any:
        state = self._get()
        if key in state:
            value = state[key]
            del state[key]
            return value
        if default:
            return default[0]
        raise KeyError(_missing_key_message(key))

    def clear(self) -> None:
        self._get().clear()

    def to_dict(self) -> dict[str, Any]:
        return self._get().to_dict()

    def __repr__(self) -> str:
        return repr(self._get().to_dict())
