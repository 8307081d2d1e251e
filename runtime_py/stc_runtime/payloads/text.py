"""Payloads of the text family (elements/text.py, runtime_js/src/kinds/text.js).

Markdown bodies travel as the author wrote them (dedented): the page renders
them with its Markdown parser, which escapes raw HTML unless the element says
``unsafe_allow_html``. Only ``st.html``'s body is HTML as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from . import ElementPayload, html


@dataclass(frozen=True, kw_only=True)
class HeadingElement(ElementPayload):
    """``st.title``, ``st.header`` and ``st.subheader``: one heading, with
    an optional rule under it."""

    KIND: ClassVar[str] = "heading"
    #: 1 (``st.title``), 2 (``st.header``) or 3 (``st.subheader``): the
    #: ``<h1>``..``<h3>`` it becomes
    level: Literal[1, 2, 3]
    #: the heading's text, inline Markdown
    body: str
    #: the heading's ``id`` (what a ``#fragment`` link jumps to); null: one
    #: made from its text
    anchor: str | None = None
    #: ``anchor=False``: no id and no link icon on hover
    hide_anchor: bool = False
    #: the tooltip text (Markdown) of the "?" icon; null: no icon
    help: str | None = None
    #: the rule under the heading: false (none), true (the automatic color)
    #: or a color name (``"blue"``, ``"rainbow"``...)
    divider: bool | str = False
    #: an emoji, ``":material/name:"`` or ``"spinner"`` drawn before the
    #: text (decorative: not part of the heading's text); null: none
    icon: str | None = None
    #: the element's width: pixels, "stretch" (the container's), "content"
    #: (the text's own)
    width: int | str = "stretch"
    #: how the text lines up: "left", "center", "right" or "justify"
    text_alignment: str = "left"
    #: false: one line, the overflow cut with an ellipsis
    wrap: bool = True


@dataclass(frozen=True, kw_only=True)
class MarkdownElement(ElementPayload):
    """``st.markdown`` and ``st.caption`` (also what ``st.write``,
    ``st.write_stream`` and ``st.badge`` write)."""

    KIND: ClassVar[str] = "markdown"
    #: the Markdown source, with Streamlit's extensions (``:color[...]``,
    #: ``:material/icon:``, emoji shortcodes...) left for the page
    body: str
    #: raw HTML in ``body`` is kept as HTML instead of shown as text
    unsafe_allow_html: bool = False
    #: the tooltip text (Markdown) of the "?" icon; null: no icon
    help: str | None = None
    #: ``"body"`` (``st.markdown``) or ``"caption"`` (small, muted text)
    variant: Literal["body", "caption"] = "body"
    #: Markdown headings show a link icon to their ``#id`` on hover; false:
    #: no icon (the ids stay, so ``#fragment`` links still work)
    anchors: bool = True
    #: the element's width: pixels, "stretch" (the container's), "content"
    #: (the text's own); "auto" (``st.markdown``'s default):
    #: as the container lays it out
    width: int | str = "stretch"
    #: how the text lines up: "left", "center", "right" or "justify"
    text_alignment: str = "left"
    #: false: one line, the overflow cut with an ellipsis
    wrap: bool = True


@dataclass(frozen=True, kw_only=True)
class TextElement(ElementPayload):
    """``st.text``: preformatted text, no Markdown."""

    KIND: ClassVar[str] = "text"
    #: the text, shown as is in a fixed-width font
    body: str
    #: the tooltip text (Markdown) of the "?" icon; null: no icon
    help: str | None = None
    #: the element's width: pixels, "stretch" (the container's), "content"
    #: (the text's own)
    width: int | str = "content"
    #: how the text lines up: "left", "center", "right" or "justify"
    text_alignment: str = "left"
    #: false: one line, the overflow cut with an ellipsis
    wrap: bool = True


@dataclass(frozen=True, kw_only=True)
class CodeElement(ElementPayload):
    """``st.code`` (also what ``st.echo`` writes)."""

    KIND: ClassVar[str] = "code"
    #: the code, shown as is
    body: str
    #: the language it is highlighted as (``"python"``...); null: plain text
    language: str | None = "python"
    #: number the lines (the page does not draw the numbers yet)
    line_numbers: bool = False
    #: wrap long lines instead of scrolling sideways
    wrap_lines: bool = False
    #: pixels (the code scrolls inside), "content" or "stretch" (fills a
    #: container of fixed height)
    height: int | str = "content"
    #: pixels, "stretch" or "content" (as wide as the longest line)
    width: int | str = "stretch"


@dataclass(frozen=True, kw_only=True)
class LatexElement(ElementPayload):
    """``st.latex``: display math, typeset in the page with KaTeX."""

    KIND: ClassVar[str] = "latex"
    #: the TeX source (no ``$$`` around it)
    body: str
    #: the tooltip text (Markdown) of the "?" icon; null: no icon
    help: str | None = None
    #: pixels, "stretch" or "content"
    width: int | str = "stretch"


@dataclass(frozen=True, kw_only=True)
class DividerElement(ElementPayload):
    """``st.divider``: a horizontal rule."""

    KIND: ClassVar[str] = "divider"
    #: pixels or "stretch"
    width: int | str = "stretch"


@dataclass(frozen=True, kw_only=True)
class JsonElement(ElementPayload):
    """``st.json`` (also what ``st.write`` writes for dicts and lists)."""

    KIND: ClassVar[str] = "json"
    #: the value as JSON text (Python's ``json.dumps``: ``NaN`` and
    #: ``Infinity`` may appear bare; objects it cannot encode as their repr)
    body: str
    #: true (every level open), false (collapsed) or how many levels start open
    expanded: bool | int = True
    #: "stretch" (the container's width) or pixels
    width: int | Literal["stretch"] = "stretch"


@dataclass(frozen=True, kw_only=True)
class ExceptionElement(ElementPayload):
    """``st.exception``, and the app's own uncaught error."""

    KIND: ClassVar[str] = "exception"
    #: the exception's class name (``"ValueError"``)
    type: str
    #: the exception's message (its ``str``)
    message: str
    #: the traceback, one formatted entry per item, trimmed to the app's own
    #: files; empty: none to show
    traceback: list[str]
    #: pixels or "stretch"
    width: int | str = "stretch"


@dataclass(frozen=True)
class HelpMember:
    """One public attribute of what ``st.help`` inspects."""

    #: the attribute's name
    name: str
    #: the name of its value's type
    type: str
    #: its value's repr, shortened; null for functions, classes and modules
    value: str | None
    #: the first paragraph of a function's or class's docstring; else empty
    doc: str


@dataclass(frozen=True, kw_only=True)
class HelpElement(ElementPayload):
    """``st.help``: an object's name, signature, docstring and members."""

    KIND: ClassVar[str] = "help"
    #: the inspected object's name, or the source of the argument for a plain
    #: value; null when a module, class or function has no name
    name: str | None
    #: the module a class or function comes from; null: a module or a plain
    #: value
    module: str | None
    #: the name of the object's type
    type: str
    #: the call signature of a function or class (``"(a, b=1)"``); else empty
    signature: str
    #: a plain value's repr, shortened; null for a module, class or function
    value: str | None
    #: the object's docstring, cleaned up; empty: none
    doc: str
    #: its public attributes, sorted by name
    members: list[HelpMember]
    #: pixels or "stretch"
    width: int | str = "stretch"


@dataclass(frozen=True, kw_only=True)
class HtmlElement(ElementPayload):
    """``st.html``: HTML put into the page, sanitised there unless it may run
    script."""

    KIND: ClassVar[str] = "html"
    #: the HTML; the page removes scripts and event handlers from it unless
    #: ``unsafe_allow_javascript``
    body: str = html("")
    #: keep scripts and event handlers, and run the scripts
    unsafe_allow_javascript: bool = False
    #: "stretch" (the container's width), "content" or pixels
    width: int | Literal["stretch", "content"] = "stretch"
