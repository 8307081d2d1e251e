"""AppTest accessors of the text family (elements/text.py): ``at.title``,
``at.header``, ``at.subheader``, ``at.markdown``, ``at.caption``,
``at.text``, ``at.code``, ``at.latex``, ``at.divider``, ``at.json``,
``at.exception``, ``at.help`` and ``at.html``."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ..payloads.text import (
    CodeElement, DividerElement, ExceptionElement, HeadingElement, HelpElement, HtmlElement,
    JsonElement, LatexElement, MarkdownElement, TextElement,
)
from ._tree import Element, register


class Text(Element):
    """title, header, subheader, markdown, caption and text: ``value`` is
    the text as written."""

    payload: HeadingElement | MarkdownElement | TextElement

    @property
    def value(self) -> str:
        return self.payload.body


class Code(Element):
    payload: CodeElement

    @property
    def value(self) -> str:
        return self.payload.body

    @property
    def language(self) -> str | None:
        return self.payload.language


class Divider(Element):
    payload: DividerElement

    @property
    def value(self) -> str:
        return "---"  # Streamlit's divider is the Markdown rule; AppTest shows its body


class Latex(Element):
    payload: LatexElement

    @property
    def value(self) -> str:
        # Streamlit sends st.latex as display math in Markdown.
        return f"$$\n{self.payload.body}\n$$"


class Exception_(Element):
    payload: ExceptionElement

    @property
    def value(self) -> str:
        """The message, as 1.67's AppTest reports it (the class is not part
        of it: read ``stack_trace`` or the payload's ``type``)."""
        return self.payload.message

    @property
    def message(self) -> str:
        return self.payload.message

    @property
    def stack_trace(self) -> list[str]:
        return list(self.payload.traceback)


class Json(Element):
    payload: JsonElement

    @property
    def value(self) -> str:
        # Compact, as Streamlit's AppTest shows it (the page gets it indented).
        return json.dumps(json.loads(self.payload.body))

    @property
    def expanded(self) -> bool | int:
        return self.payload.expanded


class Help(Element):
    """``st.help``: the inspected object's name, signature, doc and members."""

    payload: HelpElement

    @property
    def value(self) -> str:
        return self.payload.doc

    @property
    def name(self) -> str | None:
        return self.payload.name

    @property
    def signature(self) -> str:
        return self.payload.signature

    @property
    def members(self) -> list[dict[str, Any]]:
        """One dict per public attribute: name, type, value, doc."""
        return [dataclasses.asdict(m) for m in self.payload.members]


class Html(Element):
    payload: HtmlElement

    @property
    def value(self) -> str:
        return self.payload.body


register("heading", Text)
register("markdown", Text)
register("text", Text)
register("code", Code)
register("divider", Divider)
register("json", Json)
register("latex", Latex)
register("exception", Exception_)
register("help", Help)
register("html", Html)
