"""Forms: ``st.form`` and ``st.form_submit_button``.

A form is a container whose widgets do not rerun the app on their own: the
page keeps their changes until a submit button of the form is clicked (or
Enter is pressed in a text or number input), then sends them all with the
click in one rerun. Widgets learn their form from where they are written
(``DeltaGenerator._form_id``); their payload carries ``form_id``. The rules
(no ``st.button``, no callbacks but the submit button's, no nesting) are
checked in ``widgets.register_widget`` and here.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from .. import run_context
from ..shortcuts import normalize as normalize_shortcut
from ..sizing import height as checked_height, width as checked_width
from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..errors import StreamlitAPIException
from ..sizing import icon_position as _icon_position
from ..payloads.forms import FormBlock, FormSubmitButtonElement
from ..widgets import FORM_DOCS_INFO, label_fields, register_widget


@element
def form(
    dg: DeltaGenerator,
    key: str,
    clear_on_submit: bool = False,
    *,
    enter_to_submit: bool = True,
    border: bool = True,
    width: int | str = "stretch",
    height: int | str = "content",
) -> DeltaGenerator:
    """Insert a form: a container whose widgets send their changes only when
    the form is submitted, all in one rerun. Returns the container.

    A form needs an ``st.form_submit_button`` inside it; it may hold no
    ``st.button`` or ``st.download_button``, no other form, and only the
    submit button may have a callback.

    Parameters:
        key: the form's name, unique among the app's forms.
        clear_on_submit: after a submit, reset every widget of the form to
            its default (the app still reads the submitted values in that run).
        enter_to_submit: Enter in a text or number input (Ctrl/Cmd+Enter in
            a text area) submits the form, as its first submit button does.
        border: draw a border around the form.
        width: "stretch" (its container's width), "content" (its widgets')
            or a width in pixels.
        height: "content" (its widgets'), "stretch" (a container of fixed
            height) or a height in pixels (the content then scrolls).
    """
    if dg._form_id() is not None:
        raise StreamlitAPIException("Forms cannot be nested in other forms.")
    form_id = str(key)
    seen = run_context.current().form_keys
    if form_id in seen:
        raise StreamlitAPIException(
            f"There are multiple identical forms with `key='{key}'`. To fix this, please make sure "
            "that the `key` argument is unique for each `st.form` you create."
        )
    seen.add(form_id)
    run_context.current().session_state.register_form(form_id, bool(clear_on_submit))
    width = checked_width(width, allow_content=True)
    height = checked_height(height, allow_content=True)
    return dg._block(FormBlock(
        form_id=form_id, clear_on_submit=bool(clear_on_submit),
        enter_to_submit=bool(enter_to_submit), border=bool(border), width=width, height=height,
    ))


@element
def form_submit_button(
    dg: DeltaGenerator,
    label: str = "Submit",
    help: str | None = None,
    on_click: Callable[..., Any] | None = None,
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    key: str | None = None,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """Display a button that submits the form it is in.

    A click sends every change made in the form's widgets, with the click,
    in one rerun. Returns True in that run only, False otherwise.

    Parameters:
        label: the button's text (inline Markdown).
        help: a tooltip shown on hover; None for none.
        on_click: a callback run before the rerun the click causes.
        args: positional arguments for ``on_click``.
        kwargs: keyword arguments for ``on_click``.
        key: a unique key for the widget.
        type: "primary", "secondary" or "tertiary" (its emphasis).
        icon: an emoji or ``":material/name:"`` shown beside the label.
        icon_position: "left" (the default) or "right": the side of the
            label the icon is drawn on.
        disabled: grey the button out, so the form cannot be submitted.
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``width="content"``; None: ``width`` decides.
        width: "content" (as wide as its label), "stretch" (its container's
            width) or a width in pixels.
        shortcut: a key that submits the form, with optional modifiers:
            "Enter", "Ctrl+Enter", "Cmd+S" ("Mod" is Ctrl); None for none.
            The button shows it as a hint.
        wrap: True: a long label wraps onto more lines; False: it stays on
            one line, cut with an ellipsis; None: one line inside a column or
            horizontal container, wrapping elsewhere.
    """
    if dg._form_id() is None:
        raise StreamlitAPIException("`st.form_submit_button()` must be used inside an `st.form()`." + FORM_DOCS_INFO)
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitAPIException(
            f'The type argument to st.form_submit_button must be "primary", "secondary", or "tertiary". \n'
            f'The argument passed was "{type}".'
        )
    icon_position = _icon_position(icon_position)
    shortcut = None if shortcut is None else normalize_shortcut(shortcut)
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    width = checked_width(width, allow_content=True)
    reg = register_widget(
        dg, "form_submit_button", key=key, default=False,
        identity={"label": label, "help": help, "type": type, "icon": icon,
                  "width": width, "icon_position": icon_position, "shortcut": shortcut},
        callback=on_click, args=args, kwargs=kwargs, deserialize=bool, is_trigger=True,
    )
    wid, clicked = reg.id, reg.value
    dg._write(FormSubmitButtonElement(
        id=wid, **label_fields(label, help, disabled, "visible"),
        button_type=type, icon=icon, icon_position=icon_position, width=width,
        wrap=None if wrap is None else bool(wrap), shortcut=shortcut,
    ))
    return bool(clicked)
