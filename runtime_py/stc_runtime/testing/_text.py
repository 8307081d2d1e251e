"""AppTest accessors of the text family (elements/text.py): ``at.title``,
``at.header``, ``at.subheader``, ``at.markdown``, ``at.caption``,
``at.text``, ``at.code``, ``at.latex``, ``at.divider``, ``at.json``,
``at.exception``, ``at.help`` and ``at.html``, with 1.67's class names and
attributes (string fields 1.67 leaves unset read ``""``)."""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from ..payloads.text import (
    CodeElement, DividerElement, ExceptionElement, HeadingElement, HelpElement, HtmlElement,
    JsonElement, LatexElement, MarkdownElement, TextElement,
)
from ._tree import Element, register


class HeadingBase(Element):
    """title, header and subheader: ``value`` is the text as written."""

    payload: HeadingElement

    @property
    def value(self) -> str:
        return self.payload.body

    @property
    def tag(self) -> str:
        return f"h{self.payload.level}"

    @property
    def anchor(self) -> str:
        return self.payload.anchor or ""

    @property
    def hide_anchor(self) -> bool:
        # anchor=False hides the link icon; a payload without the flag shows it.
        return bool(getattr(self.payload, "hide_anchor", False))

    @property
    def icon(self) -> str:
        return self.payload.icon or ""

    @property
    def help(self) -> str:
        return self.payload.help or ""


class Title(HeadingBase):
    pass


class Header(HeadingBase):
    pass


class Subheader(HeadingBase):
    pass


def _heading_type(node: Any) -> str:
    return {1: "title", 2: "header", 3: "subheader"}[node.proto["level"]]


class Markdown(Element):
    """``st.markdown`` (and what ``st.write`` writes as Markdown)."""

    payload: MarkdownElement

    @property
    def value(self) -> str:
        return self.payload.body

    @property
    def allow_html(self) -> bool:
        return bool(getattr(self.payload, "unsafe_allow_html", False))

    @property
    def is_caption(self) -> bool:
        return getattr(self.payload, "variant", "body") == "caption"

    @property
    def help(self) -> str:
        return getattr(self.payload, "help", None) or ""


class Caption(Markdown):
    pass


class Divider(Markdown):
    payload: DividerElement  # type: ignore[assignment]

    @property
    def value(self) -> str:
        return "---"  # Streamlit's divider is the Markdown rule; AppTest shows its body


class Latex(Markdown):
    payload: LatexElement  # type: ignore[assignment]

    @property
    def value(self) -> str:
        # Streamlit sends st.latex as display math in Markdown.
        return f"$$\n{self.payload.body}\n$$"


class Text(Element):
    payload: TextElement

    @property
    def value(self) -> str:
        return self.payload.body

    @property
    def help(self) -> str:
        return self.payload.help or ""


class Code(Element):
    payload: CodeElement

    @property
    def value(self) -> str:
        return self.payload.body

    @property
    def language(self) -> str:
        # language=None is plain text, which 1.67 names "plaintext".
        return self.payload.language or "plaintext"

    @property
    def show_line_numbers(self) -> bool:
        return self.payload.line_numbers


class Exception(Element):  # noqa: A001 - 1.67's class name
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
    def is_markdown(self) -> bool:
        return False  # stc shows every message as plain text

    @property
    def is_warning(self) -> bool:
        return False  # st.exception and uncaught errors are errors

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
    def expanded(self) -> bool:
        """Whether it starts expanded: ``expanded=True``/``False`` as given; a
        depth (``expanded=2``, even 0) counts as expanded, as 1.67 reports it
        (``payload.expanded`` has the depth)."""
        expanded = self.payload.expanded
        return expanded if isinstance(expanded, bool) else True


# The object types whose st.help summary is a signature, which 1.67's
# AppTest reports as the object's name instead.
_CALLABLE_TYPES = frozenset({
    "BoundCachedFunc", "CachedFunc", "builtin_function_or_method", "class", "type", "classmethod",
    "classmethod_descriptor", "function", "method", "method_descriptor", "staticmethod", "wrapper_descriptor",
})


# ``<module.Class object at 0x...>``: an instance whose repr says nothing
# but its class (1.67 summarizes it by name too).
_DEFAULT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-fA-F]+>")


class Help(Element):
    """``st.help``: the inspected object's name, signature, doc and members."""

    payload: HelpElement

    @property
    def value(self) -> str:
        """A short summary: the name of a function or class (what its
        signature would say), else the object's value text."""
        p = self.payload
        raw = p.value or ""
        if p.name and (not raw or p.type in _CALLABLE_TYPES or _DEFAULT_REPR.fullmatch(raw)):
            return p.name
        return raw

    @property
    def name(self) -> str:
        return self.payload.name or ""

    @property
    def doc_string(self) -> str:
        return self.payload.doc

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


def _markdown_type(node: Any) -> str:
    return "caption" if node.proto.get("variant") == "caption" else "markdown"


def _markdown_class(path: Any, element: dict[str, Any], root: Any) -> Markdown:
    cls = Caption if element.get("variant") == "caption" else Markdown
    return cls(path, element, root)


def _heading_class(path: Any, element: dict[str, Any], root: Any) -> HeadingBase:
    cls = {1: Title, 2: Header, 3: Subheader}[element["level"]]
    return cls(path, element, root)


register("heading", _heading_class, _heading_type)  # type: ignore[arg-type]
register("markdown", _markdown_class, _markdown_type)  # type: ignore[arg-type]
register("text", Text)
register("code", Code)
register("divider", Divider)
register("json", Json)
register("latex", Latex)
register("exception", Exception)
register("help", Help, "help_info")
register("html", Html)
