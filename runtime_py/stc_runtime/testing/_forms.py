"""AppTest accessors of the forms family (elements/forms.py): ``at.form``;
form submit buttons are listed with the buttons (``at.button``)."""

from __future__ import annotations

from ..payloads.forms import FormBlock, FormSubmitButtonElement
from ._buttons import Button
from ._tree import Block, register


class Form(Block):
    payload: FormBlock

    @property
    def form_id(self) -> str:
        return self.payload.form_id

    @property
    def clear_on_submit(self) -> bool:
        return self.payload.clear_on_submit


class FormSubmitButton(Button):
    payload: FormSubmitButtonElement  # type: ignore[assignment]


register("block:form", Form, category="form")
register("form_submit_button", FormSubmitButton, category="button")
