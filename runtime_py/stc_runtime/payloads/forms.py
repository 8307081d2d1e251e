"""Payloads of the forms family (elements/forms.py; the page draws them in
runtime_js/src/kinds/layout.js)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from . import ElementPayload, LabeledWidgetPayload, optional


@dataclass(frozen=True, kw_only=True)
class FormBlock(ElementPayload):
    """``st.form``: a container whose widgets' changes the page keeps until
    one of its submit buttons is clicked, then sends together."""

    KIND: ClassVar[str] = "block:form"
    #: the form's key; its widgets' ``form_id`` and its submit buttons name it
    form_id: str
    #: the widgets of the form go back to their defaults after a submit
    clear_on_submit: bool = False
    #: Enter in a text or number input (Ctrl/Cmd+Enter in a text area)
    #: submits the form, as a click on its first submit button
    enter_to_submit: bool = True
    #: drawn with a border around it
    border: bool = True
    #: "stretch" (the container's width), "content" or pixels
    width: int | Literal["stretch", "content"] = "stretch"
    #: "content" (as tall as its widgets), "stretch" or pixels (the content
    #: scrolls)
    height: int | Literal["stretch", "content"] = "content"


@dataclass(frozen=True, kw_only=True)
class FormSubmitButtonElement(LabeledWidgetPayload):
    """``st.form_submit_button``: a click sends the form's held changes with
    ``true`` for the button, in one rerun (a trigger)."""

    KIND: ClassVar[str] = "form_submit_button"
    #: ``true``: clicked (the form's held changes travel in the same message)
    SENDS: ClassVar[Any] = bool
    SETTABLE: ClassVar[bool] = False
    #: ``"primary"``, ``"secondary"`` or ``"tertiary"``
    button_type: Literal["primary", "secondary", "tertiary"] = "secondary"
    #: an emoji or ``":material/name:"`` shown beside the label; null: none
    icon: str | None = None
    #: ``"left"`` or ``"right"``: which side of the label the icon is on
    icon_position: str = "left"
    #: ``"content"``, ``"stretch"`` or a width in pixels
    width: Any = "content"
    #: whether the label may wrap onto more lines; null: the layout decides
    #: (single line with an ellipsis in a column or horizontal container)
    wrap: bool | None = None
    #: the key that clicks it, canonical ("ctrl+shift+k"); null: none
    shortcut: str | None = None
    #: ``false`` in the run a ``clear_on_submit`` form was submitted (the
    #: button's default, which every widget of such a form is sent with);
    #: absent otherwise
    value: bool | None = optional()
