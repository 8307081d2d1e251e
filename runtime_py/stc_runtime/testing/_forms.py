"""AppTest accessors of the forms family (elements/forms.py), as 1.67 has
them: ``at.form`` lists blocks of type ``"form"`` (``.key`` is the form's
key; its settings, such as ``clear_on_submit``, read from the payload), and
a form's submit button is a ``Button`` (in ``at.button`` and in
``at.form_submit_button``; see _buttons.py for its key)."""

from __future__ import annotations

from ._buttons import Button
from ._tree import Block, register

register("block:form", Block)
register("form_submit_button", Button, "button")
