"""AppTest accessors of the forms family (elements/forms.py)."""

from __future__ import annotations

from ._buttons import Button
from ._tree import Block, register


class Form(Block):
    @property
    def form_id(self) -> str:
        return self.proto["form_id"]

    @property
    def clear_on_submit(self) -> bool:
        return self.proto["clear_on_submit"]


register("block:form", Form, category="form")
register("form_submit_button", Button, category="button")
