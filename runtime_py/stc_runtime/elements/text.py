"""Text elements: title, headers, markdown, text, caption, code, latex,
divider, json, exception, help, badge, html, and ``st.write`` /
``st.write_stream`` / ``st.echo``, which write them. Their payloads are in
payloads/text.py, their renderers in runtime_js/src/kinds/text.js."""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import inspect
import io
import json
import os
import re
import sys
import textwrap
import traceback
import types
from pathlib import Path
from typing import Any, Iterator, Literal

from .. import run_context
from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..sizing import height as _sizing_height, text_alignment as _sizing_text_alignment, width as _sizing_width, wrap as _sizing_wrap
from ..errors import StreamlitAPIException, StreamlitIncompatibleParametersError, StreamlitInvalidParameterTypeError
from ..icons import validate_icon_or_emoji
from ..payloads.text import (
    CodeElement, DividerElement, ExceptionElement, HeadingElement, HelpElement, HelpMember, HtmlElement,
    JsonElement, LatexElement, MarkdownElement, TextElement,
)


def _clean(body: Any) -> str:
    # Streamlit dedents and strips every text body (string_util.clean_text),
    # so Markdown in an indented triple-quoted string is not a code block.
    return textwrap.dedent(str(body)).strip()


def _layout(width: Any, text_alignment: Any, wrap: Any, *, auto: bool = False) -> dict[str, Any]:
    # Checked in 1.67's order: the wrap first, then the width and alignment.
    wrap = _sizing_wrap(wrap)
    checked_width = width if auto and width == "auto" else _sizing_width(width, allow_content=True)
    return {"width": checked_width, "text_alignment": _sizing_text_alignment(text_alignment), "wrap": wrap}


def _markdown_layout(width: Any, text_alignment: Any, wrap: Any, unsafe_allow_html: Any, *, auto: bool = False) -> dict[str, Any]:
    # One line with an ellipsis cannot hold raw HTML blocks, so 1.67 refuses
    # the pair before anything else.
    _sizing_wrap(wrap)
    if wrap is False and unsafe_allow_html:
        raise StreamlitIncompatibleParametersError(
            "wrap=False", "unsafe_allow_html=True",
            explanation="One-line markdown cannot ellipsize raw HTML. Pass `wrap=True` to render HTML, "
                        "or omit `unsafe_allow_html` to truncate.")
    return _layout(width, text_alignment, wrap, auto=auto)


def _heading(dg: DeltaGenerator, level: Literal[1, 2, 3], body: Any, anchor: Any, help: str | None, icon: Any, divider: Any,
             width: Any, text_alignment: Any, wrap: Any) -> DeltaGenerator:
    checked_icon = validate_icon_or_emoji(icon) or None
    layout = _layout(width, text_alignment, wrap)
    return dg._element(HeadingElement(
        level=level,
        body=_clean(body),
        anchor=anchor if isinstance(anchor, str) else None,
        hide_anchor=anchor is False,
        help=help,
        divider=divider if isinstance(divider, str) else bool(divider),
        icon=checked_icon,
        **layout,
    ))



@element
def title(dg: DeltaGenerator, body: Any, anchor: str | None = None, *, help: str | None = None, icon: str | None = None,
          width: Any = "stretch", text_alignment: str = "left", wrap: bool = True) -> DeltaGenerator:
    """Display text in title formatting: the page's ``<h1>``.

    Parameters:
        body: the title's text, inline Markdown (emoji, colors, links...).
        anchor: the heading's HTML id, so that a ``#anchor`` link jumps to
            it; None: an id made from the text; False: no id and no link
            icon on hover.
        help: a tooltip (Markdown) shown by a "?" icon next to the title.
        icon: an emoji or ``":material/name:"`` shown before the text, or
            "spinner" (a spinning circle); None or "": none.
        width: "stretch" (the container's width), "content" (the text's
            own, at most the container's) or a width in pixels.
        text_alignment: "left", "center", "right" or "justify".
        wrap: True wraps a long title onto more lines; False keeps it on
            one line and cuts what does not fit with an ellipsis.
    """
    return _heading(dg, 1, body, anchor, help, icon, False, width, text_alignment, wrap)


@element
def header(dg: DeltaGenerator, body: Any, anchor: str | None = None, *, help: str | None = None, icon: str | None = None,
           divider: bool | str = False,
           width: Any = "stretch", text_alignment: str = "left", wrap: bool = True) -> DeltaGenerator:
    """Display text in header formatting: an ``<h2>``.

    Parameters:
        body: the header's text, inline Markdown.
        anchor: the heading's HTML id, so that a ``#anchor`` link jumps to
            it; None: an id made from the text; False: no id and no link
            icon on hover.
        help: a tooltip (Markdown) shown by a "?" icon next to the header.
        icon: an emoji or ``":material/name:"`` shown before the text, or
            "spinner" (a spinning circle); None or "": none.
        divider: draw a rule under the header: True (the automatic color),
            or one of "blue", "green", "orange", "red", "violet", "gray",
            "grey" or "rainbow".
        width: "stretch" (the container's width), "content" (the text's
            own, at most the container's) or a width in pixels.
        text_alignment: "left", "center", "right" or "justify".
        wrap: True wraps a long header onto more lines; False keeps it on
            one line and cuts what does not fit with an ellipsis.
    """
    return _heading(dg, 2, body, anchor, help, icon, divider, width, text_alignment, wrap)


@element
def subheader(dg: DeltaGenerator, body: Any, anchor: str | None = None, *, help: str | None = None, icon: str | None = None,
              divider: bool | str = False,
              width: Any = "stretch", text_alignment: str = "left", wrap: bool = True) -> DeltaGenerator:
    """Display text in subheader formatting: an ``<h3>``.

    Parameters:
        body: the subheader's text, inline Markdown.
        anchor: the heading's HTML id, so that a ``#anchor`` link jumps to
            it; None: an id made from the text; False: no id and no link
            icon on hover.
        help: a tooltip (Markdown) shown by a "?" icon next to it.
        icon: an emoji or ``":material/name:"`` shown before the text, or
            "spinner" (a spinning circle); None or "": none.
        divider: draw a rule under it: True (the automatic color), or one of
            "blue", "green", "orange", "red", "violet", "gray", "grey" or
            "rainbow".
        width: "stretch" (the container's width), "content" (the text's
            own, at most the container's) or a width in pixels.
        text_alignment: "left", "center", "right" or "justify".
        wrap: True wraps a long subheader onto more lines; False keeps it
            on one line and cuts what does not fit with an ellipsis.
    """
    return _heading(dg, 3, body, anchor, help, icon, divider, width, text_alignment, wrap)


@element
def markdown(dg: DeltaGenerator, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None,
             width: Any = "auto", text_alignment: str = "left", anchors: bool = True, wrap: bool = True) -> DeltaGenerator:
    """Display a Markdown string (GitHub-flavoured, with Streamlit's
    extensions: emoji and ``:material/icon:`` shortcodes, ``:color[text]``,
    ``:color-badge[text]``, LaTeX between ``$`` signs...). The text is
    dedented first, so an indented triple-quoted string is not a code block.

    Parameters:
        body: the Markdown text (anything else is shown as its ``str``).
        unsafe_allow_html: keep raw HTML in ``body`` as HTML; by default it
            is escaped and shown as text.
        help: a tooltip (Markdown) shown by a "?" icon next to the text.
        width: "auto" (as the container lays it out: the full width, or
            the text's own in a horizontal container), "stretch",
            "content" or a width in pixels.
        text_alignment: "left", "center", "right" or "justify".
        anchors: show a link icon next to each Markdown heading (on hover);
            False: none. The headings keep their ids either way, so
            ``#fragment`` links still reach them.
        wrap: True wraps long text onto more lines; False keeps it on one
            line, cut with an ellipsis, and only inline Markdown is drawn
            (cannot be combined with ``unsafe_allow_html``).
    """
    layout = _markdown_layout(width, text_alignment, wrap, unsafe_allow_html, auto=True)
    return dg._element(MarkdownElement(body=_clean(body), unsafe_allow_html=bool(unsafe_allow_html), help=help, variant="body",
                                       anchors=bool(anchors), **layout))


@element
def caption(dg: DeltaGenerator, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None,
            width: Any = "stretch", text_alignment: str = "left", wrap: bool = True) -> DeltaGenerator:
    """Display text in a small, muted font: for captions, footnotes and
    asides.

    Parameters:
        body: the text, Markdown (as ``st.markdown``'s).
        unsafe_allow_html: keep raw HTML in ``body`` as HTML; by default it
            is escaped and shown as text.
        help: a tooltip (Markdown) shown by a "?" icon next to the text.
        width: "stretch" (the container's width), "content" (the text's
            own, at most the container's) or a width in pixels.
        text_alignment: "left", "center", "right" or "justify".
        wrap: True wraps long text onto more lines; False keeps it on one
            line, cut with an ellipsis, and only inline Markdown is drawn
            (cannot be combined with ``unsafe_allow_html``).
    """
    layout = _markdown_layout(width, text_alignment, wrap, unsafe_allow_html)
    return dg._element(MarkdownElement(body=_clean(body), unsafe_allow_html=bool(unsafe_allow_html), help=help, variant="caption", **layout))


@element
def text(dg: DeltaGenerator, body: Any, *, help: str | None = None,
         width: Any = "content", text_alignment: str = "left", wrap: bool = True) -> DeltaGenerator:
    """Display fixed-width, preformatted text, as is (no Markdown).

    Parameters:
        body: the text (anything else is shown as its ``str``).
        help: a tooltip (Markdown) shown by a "?" icon next to the text.
        width: "content" (the text's own width, at most the container's),
            "stretch" (the container's) or a width in pixels.
        text_alignment: "left", "center", "right" or "justify".
        wrap: True wraps long lines; False keeps each line whole and cuts
            what does not fit with an ellipsis.
    """
    layout = _layout(width, text_alignment, wrap)
    return dg._element(TextElement(body=_clean(body), help=help, **layout))


@element
def code(dg: DeltaGenerator, body: Any, language: str | None = "python", *, line_numbers: bool = False, wrap_lines: bool = False,
         height: Any = "content", width: Any = "stretch") -> DeltaGenerator:
    """Display a block of code in a fixed-width font.

    Parameters:
        body: the code. Its indentation is kept; only one leading and one
            trailing newline are dropped.
        language: the code's language ("python", "sql", "javascript"...),
            for highlighting; None: plain text.
        line_numbers: number the lines in a gutter on the left (sent to the
            page, which does not draw the numbers yet).
        wrap_lines: wrap long lines instead of scrolling sideways.
        height: "content" (as tall as the code; also None), "stretch" (fills
            a container of fixed height) or a height in pixels (the code
            scrolls inside).
        width: "stretch" (the container's width), "content" (as wide as the
            longest line, at most the container's) or a width in pixels.
    """
    checked_width = _sizing_width(width, allow_content=True)
    checked_height = _sizing_height("content" if height is None else height, allow_content=True)
    # Only one leading and one trailing newline go (Streamlit keeps the
    # indentation of code): st.code("""\n...\n""") shows just the code.
    body = re.sub(r"\n\Z", "", re.sub(r"\A\n", "", str(body)))
    return dg._element(CodeElement(body=body, language=language, line_numbers=bool(line_numbers), wrap_lines=bool(wrap_lines),
                                   height=checked_height, width=checked_width))


@element
def latex(dg: DeltaGenerator, body: Any, *, help: str | None = None, width: Any = "stretch") -> DeltaGenerator:
    """Display a mathematical expression as display math, typeset from
    LaTeX (by KaTeX, in the page).

    Parameters:
        body: the LaTeX source, without ``$$`` around it, or a SymPy
            expression (converted with ``sympy.latex``).
        help: a tooltip (Markdown) shown by a "?" icon next to it.
        width: "stretch" (the container's width), "content" (the
            expression's own) or a width in pixels.
    """
    checked_width = _sizing_width(width, allow_content=True)
    if type(body).__module__.startswith("sympy"):
        import sympy

        body = sympy.latex(body)
    return dg._element(LatexElement(body=_clean(body), help=help, width=checked_width))


@element
def divider(dg: DeltaGenerator, *, width: Any = "stretch") -> DeltaGenerator:
    """Display a horizontal rule (as ``st.markdown("---")`` would).

    Parameters:
        width: "stretch" (the container's width) or a width in pixels.
    """
    return dg._element(DividerElement(width=_sizing_width(width)))


def json_(dg: DeltaGenerator, body: Any, *, expanded: bool | int = True, width: Any = "stretch") -> DeltaGenerator:
    """Display an object or a JSON string as a collapsible tree.

    Parameters:
        body: the value: anything ``json.dumps`` takes (what it cannot encode
            is shown as its repr), or a string of JSON, which is parsed (a
            string that is not JSON is shown as a string).
        expanded: True (every level open), False (collapsed) or how many
            levels start open.
        width: "stretch" (its container's width) or a width in pixels.
    """
    if not isinstance(expanded, (bool, int)):
        raise StreamlitAPIException(f"The type {type(expanded)} of `expanded` is not supported, must be bool or int.")
    if isinstance(body, (map, enumerate)):
        body = list(body)
    if isinstance(body, str):
        try:
            body = json.loads(body)
        except ValueError:
            pass
    return dg._element(JsonElement(body=json.dumps(body, default=repr, indent=2), expanded=expanded,
                                   width=_sizing_width(width)))


json_.__name__ = "json"
element(json_)


@element
def exception(dg: DeltaGenerator, exception: BaseException, width: Any = "stretch") -> DeltaGenerator:
    """Display an exception: its type, its message and its traceback,
    trimmed to the frames in the app's own files.

    Parameters:
        exception: the exception to show (raised or not: without a
            traceback only its type and message are shown).
        width: "stretch" (the container's width) or a width in pixels.
    """
    checked_width = _sizing_width(width)
    return dg._element(dataclasses.replace(exception_element(exception), width=checked_width))


def exception_element(exc: BaseException) -> ExceptionElement:
    # Keep only frames from the app's own files: the runtime's frames mean
    # nothing to the author (Streamlit trims its own frames the same way).
    root = run_context.current().app_root if run_context._current is not None else ""
    runtime_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    frames = []
    for fs in traceback.extract_tb(exc.__traceback__):
        filename = os.path.abspath(fs.filename)
        if filename.startswith(runtime_dir):
            continue
        if root and not filename.startswith(root + os.sep):
            continue
        frames.append(fs)
    lines = traceback.format_list(frames)
    if isinstance(exc, SyntaxError) and exc.filename:
        lines += traceback.format_exception_only(type(exc), exc)[:-1]
    return ExceptionElement(
        type=type(exc).__name__,
        message=str(exc),
        traceback=[line.rstrip("\n") for line in lines],
    )


def _is_dataframe_like(obj: Any) -> bool:
    module = type(obj).__module__ or ""
    if module.startswith("pandas"):
        return type(obj).__name__ in ("DataFrame", "Series", "Index", "Styler") or type(obj).__name__.endswith("Array")
    # A numpy list or matrix is a table to 1.67's st.write too.
    return module == "numpy" and type(obj).__name__ == "ndarray" and getattr(obj, "ndim", 0) in (1, 2)


# What st.write shows with st.help, as 1.67: functions, methods, modules,
# classes and dataclass instances.
_HELP_TYPES = (types.BuiltinFunctionType, types.BuiltinMethodType, types.FunctionType, types.MethodType, types.ModuleType)


# st.session_state, st.query_params and st.secrets: written as JSON, as dicts.
_DICT_PROXIES = {"SessionStateProxy", "QueryParamsProxy", "Secrets", "AttrDict"}


@element
def write(dg: DeltaGenerator, *args: Any, unsafe_allow_html: bool = False) -> None:
    """Write each argument to the app as the element that suits it:
    strings (and StringIO) as Markdown (consecutive strings are joined by a
    space into one element), DataFrames and numpy arrays as
    ``st.dataframe``, Matplotlib, Plotly and Altair charts as their chart,
    PIL images as ``st.image``, exceptions as ``st.exception``, dicts, lists
    and namedtuples as ``st.json``, generators as ``st.write_stream``,
    functions, modules, classes and dataclass instances as ``st.help``, and
    anything else as inline code of its ``str``.

    Parameters:
        args: the objects to write, in order.
        unsafe_allow_html: keep raw HTML in the strings as HTML (as
            ``st.markdown``'s parameter).
    """
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            markdown(dg, " ".join(buffer), unsafe_allow_html=unsafe_allow_html)
            buffer.clear()

    for arg in args:
        if isinstance(arg, str):
            buffer.append(arg)
            continue
        if _is_dataframe_like(arg):
            flush()
            from .data import dataframe

            dataframe(dg, arg)
        elif _media_kind(arg) is not None:
            # Figures, chart objects and PIL images go to their element, as
            # Streamlit's write does (charts.py and media.py).
            flush()
            from . import charts, media

            kind = _media_kind(arg)
            if kind == "pyplot":
                charts.pyplot(dg, arg)
            elif kind == "plotly":
                charts.plotly_chart(dg, arg)
            elif kind == "altair":
                charts.altair_chart(dg, arg)
            else:
                media.image(dg, arg)
        elif isinstance(arg, BaseException):
            flush()
            exception(dg, arg)
        elif _is_namedtuple(arg):
            flush()
            json_(dg, arg._asdict())
        elif isinstance(arg, (dict, list)) or type(arg).__name__ in _DICT_PROXIES:
            # Plain tuples and sets are not JSON in Streamlit: they fall
            # through to the inline-code fallback below.
            flush()
            json_(dg, arg.to_dict() if type(arg).__name__ in _DICT_PROXIES else arg)
        elif isinstance(arg, DeltaGenerator):
            flush()
            text(dg, repr(arg))
        elif isinstance(arg, io.StringIO):
            buffer.append(arg.getvalue())
        elif inspect.isgenerator(arg) or inspect.isgeneratorfunction(arg):
            flush()
            write_stream(dg, arg)
        elif isinstance(arg, _HELP_TYPES) or inspect.isclass(arg) or (dataclasses.is_dataclass(arg) and not isinstance(arg, type)):
            flush()
            help(dg, arg)
        elif unsafe_allow_html and callable(getattr(arg, "_repr_html_", None)):
            flush()
            html(dg, arg._repr_html_())
        elif callable(getattr(arg, "to_pandas", None)) or callable(getattr(arg, "__dataframe__", None)):
            flush()
            from .data import dataframe

            dataframe(dg, arg)
        else:
            # Streamlit's fallback: the str() of the object as inline code
            # (a code block when it spans lines), fenced with more backticks
            # than it contains.
            body = str(arg)
            longest = max((len(run) for run in re.findall("`+", body)), default=0)
            if "\n" in body:
                fence = "`" * max(3, longest + 1)
                buffer.append(f"{fence}\n{body}\n{fence}")
            else:
                fence = "`" * (longest + 1)
                buffer.append(f"{fence}{body}{fence}")
    flush()


def _is_namedtuple(obj: Any) -> bool:
    return isinstance(obj, tuple) and hasattr(obj, "_asdict") and hasattr(obj, "_fields")


def _media_kind(obj: Any) -> str | None:
    """Which element ``st.write`` hands a figure, chart or image to."""
    module = type(obj).__module__ or ""
    if module.startswith("matplotlib") and hasattr(obj, "savefig"):
        return "pyplot"
    if module.startswith("plotly"):
        return "plotly"
    if module.startswith("PIL") and hasattr(obj, "save"):
        return "image"
    if not callable(getattr(obj, "to_dict", None)):
        return None  # cheap test first: charts.py is imported only for chart-like objects
    from .charts import looks_like_vega_lite

    return "altair" if looks_like_vega_lite(obj) else None



def _chunk_text(chunk: Any) -> Any:
    """An OpenAI-style chat-completion chunk (``.choices[0].delta.content``;
    other SDKs copy its shape) or a LangChain message chunk -> its text."""
    if isinstance(chunk, str):
        return chunk
    choices = getattr(chunk, "choices", None)
    if isinstance(choices, (list, tuple)) and (not choices or hasattr(choices[0], "delta")):
        # The first chunk of some providers (Azure) has no choices at all.
        return (getattr(choices[0].delta, "content", None) or "") if choices else ""
    if type(chunk).__name__ == "AIMessageChunk" and isinstance(getattr(chunk, "content", None), str):
        return chunk.content
    return chunk



def _sync_iter(agen: Any) -> Any:
    import asyncio

    loop = asyncio.new_event_loop()
    try:
        while True:
            try:
                yield loop.run_until_complete(agen.__anext__())
            except StopAsyncIteration:
                return
    finally:
        loop.close()



@element
def write_stream(dg: DeltaGenerator, stream: Any, *, cursor: str | None = None) -> Any:
    """Write a stream of text as it arrives, typewriter style.
    Consecutive strings grow one Markdown element; anything else the
    stream yields is written with ``st.write`` (a callable is called).

    Returns the whole text, or a list of what was written when the stream
    held more than one run of strings, or other objects.

    Parameters:
        stream: a generator, generator function, iterable, async generator,
            or an OpenAI or LangChain chat stream (the text of each chunk
            is written).
        cursor: Markdown shown after the text while it streams (from its
            second piece on), such as an emoji or ``":material/name:"``;
            gone once the text is complete. None (the default): no cursor.
            Lines after the first show below the text.
    """
    module = type(stream).__module__ or ""
    if isinstance(stream, str) or (module.startswith("pandas") and type(stream).__name__ in ("DataFrame", "Series")):
        raise StreamlitInvalidParameterTypeError(
            "stream", type(stream).__name__, ["generator", "stream-like object"],
            detail="Please use `st.write` instead for this data type.",
        )
    # 1.67 appends the cursor to the Markdown text itself, so it is drawn
    # (and escaped) as Markdown, as the text is.
    cursor_text = cursor or ""
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if inspect.isasyncgen(stream):
        stream = _sync_iter(stream)
    try:
        chunks = iter(stream)
    except TypeError as exc:
        raise StreamlitAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. "
            "Please make sure that it is a generator, generator function or iterable."
        ) from exc

    ctx = run_context.current()
    written: list[Any] = []
    text = ""
    path: tuple[int, ...] | None = None  # the Markdown element being grown

    shown = ""

    def show(body: str) -> None:
        nonlocal path, shown
        payload = MarkdownElement(body=_clean(body))
        if path is None:
            path = dg._write(payload)
        elif body != shown:
            ctx.write(path, payload)  # the same element again, longer
        shown = body

    def flush() -> None:
        nonlocal text, path
        if text and path is not None:
            show(text)  # without the cursor
            written.append(text)
        text, path = "", None

    for chunk in chunks:
        chunk = _chunk_text(chunk)
        if isinstance(chunk, str):
            if not chunk:
                continue
            first = path is None
            text += chunk
            # Like Streamlit, the cursor shows from the second piece on.
            show(text if first else text + cursor_text)
        elif callable(chunk):
            flush()
            chunk()
        else:
            flush()
            write(dg, chunk)
            written.append(chunk)
    flush()
    if not written:
        return ""
    if len(written) == 1 and isinstance(written[0], str):
        return written[0]
    return written


_RUNTIME_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))



def _caller_frame() -> Any:
    """The innermost frame outside this runtime: the app's line that called
    the element."""
    frame = sys._getframe(1)
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(_RUNTIME_DIR + os.sep):
        frame = frame.f_back
    return frame



def _read_source(filename: str) -> str:
    with open(filename, encoding="utf-8") as f:
        return f.read()



def _with_block_code(filename: str, line: int) -> str:
    """The body of the ``with`` statement at ``line`` of ``filename``, dedented."""
    source = _read_source(filename)
    lines = source.splitlines(keepends=True)
    for node in ast.walk(ast.parse(source)):
        # `line` is where the frame was when st.echo() was called: within
        # the `with` header, which may span lines.
        if isinstance(node, (ast.With, ast.AsyncWith)) and node.lineno <= line < node.body[0].lineno:
            return textwrap.dedent("".join(lines[node.body[0].lineno - 1 : node.end_lineno])).rstrip("\n")
    raise ValueError(f"no `with` statement at line {line} of {os.path.basename(filename)}")



@contextlib.contextmanager
def _echo(dg: DeltaGenerator, code_location: str, filename: str, line: int) -> Iterator[None]:
    placeholder = dg.empty() if code_location != "below" else None
    try:
        yield
    finally:
        try:
            code = _with_block_code(filename, line)
        except (OSError, SyntaxError, ValueError) as exc:
            dg.warning(f"Unable to display code. {exc}")
        else:
            (placeholder if placeholder is not None else dg).code(code, "python")



@element
def echo(dg: DeltaGenerator, code_location: str = "above") -> Any:
    """Use in a ``with`` block to show the block's code in the app (as
    ``st.code``) and run it::

        with st.echo():
            st.write("This code will be printed")

    Parameters:
        code_location: "above" (default) or "below": where the code goes
            relative to what the block writes.
    """
    frame = _caller_frame()
    return _echo(dg, code_location, frame.f_code.co_filename, frame.f_lineno)



def _argument_text(frame: Any) -> str | None:
    """The source text 1.67 names what st.help inspects by, from the
    caller's line: the first argument of the ``st.help(...)`` or
    ``st.write(...)`` call there, or the whole expression of a magic line
    (a trailing comma dropped)."""
    try:
        source = _read_source(frame.f_code.co_filename)
    except OSError:
        return None
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.lineno == frame.f_lineno:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
            if name in ("help", "write"):
                return ast.get_source_segment(source, node.args[0]) if node.args else None
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and node.lineno == frame.f_lineno:
            text = ast.get_source_segment(source, node.value)
            return None if text is None else text.removesuffix(",")
    return None



def _signature(obj: Any) -> str:
    try:
        return str(inspect.signature(obj))
    except (TypeError, ValueError):
        return ""



def _short_value(obj: Any, limit: int = 200) -> str:
    text = repr(obj)
    return text if len(text) <= limit else text[: limit - 1] + "…"



def _first_line(doc: str | None) -> str:
    return doc.strip().split("\n\n")[0].replace("\n", " ") if doc else ""



def _argument_name(argument: str | None) -> str | None:
    """The name st.help shows for its argument's source text, as 1.67:
    none for a literal (``st.help(3)``), the target of a walrus
    (``st.help(x := 3)`` is "x"), else the text itself."""
    if argument is None:
        return None
    try:
        node = ast.parse(argument.strip(), mode="eval").body
    except SyntaxError:
        return argument
    if isinstance(node, ast.Constant):
        return None
    if isinstance(node, ast.NamedExpr) and isinstance(node.target, ast.Name):
        return node.target.id
    return argument


def _help_payload(obj: Any, name: str | None) -> HelpElement:
    is_callable = callable(obj) and not inspect.isclass(obj)
    described = inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
    obj_name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    if not isinstance(obj_name, str):
        obj_name = None
    members = []
    for attr in sorted(dir(obj)):
        if attr.startswith("_"):
            continue
        try:
            value = getattr(obj, attr)
        except Exception:  # noqa: BLE001 - a property that raises is listed without a value
            continue
        routine = inspect.isroutine(value) or inspect.isclass(value)
        members.append(HelpMember(
            name=attr,
            type=type(value).__name__,
            value=None if routine or inspect.ismodule(value) else _short_value(value, 80),
            doc=_first_line(inspect.getdoc(value)) if routine else "",
        ))
    return HelpElement(
        # As 1.67: the name the app's code gives it (none for a literal or
        # for st.help() without an argument).
        name=name or "",
        module=getattr(obj, "__module__", None) if described and not inspect.ismodule(obj) else None,
        type=type(obj).__name__,
        signature=_signature(obj) if is_callable or inspect.isclass(obj) else "",
        value=None if described else _short_value(obj),
        doc=inspect.getdoc(obj) or "",
        members=members,
    )



# st.help's default is a module, as 1.67's (which is the streamlit module):
# the runtime's package stands for it until the call, which shows ``st``.
_HELP_DEFAULT = sys.modules[__name__.split(".")[0]]


@element
def help(dg: DeltaGenerator, obj: Any = _HELP_DEFAULT, *, width: Any = "stretch") -> DeltaGenerator:  # noqa: A001 - the name is st.help
    """Display an object's name, type, signature, docstring and public
    members: a quick look at what a function, class, module or value is.

    Parameters:
        obj: the object to inspect; without it, the ``st`` module itself.
            For a plain value the source text of the argument is shown as
            its name.
        width: "stretch" (the container's width) or a width in pixels.
    """
    checked_width = _sizing_width(width)
    frame = _caller_frame()
    argument = _argument_name(_argument_text(frame) if frame is not None else None)
    if obj is _HELP_DEFAULT or (obj is None and argument is None):
        # Streamlit's default argument is the streamlit module itself.
        obj = sys.modules.get("streamlit") or sys.modules[__name__.split(".")[0]]
    return dg._element(dataclasses.replace(_help_payload(obj, argument), width=checked_width))



_BADGE_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")



@element
def badge(dg: DeltaGenerator, label: str, *, icon: str | None = None, color: str = "blue", width: Any = "content",
          help: str | None = None) -> DeltaGenerator:
    """Display a small colored badge (the Markdown ``:color-badge[label]``).

    Parameters:
        label: the badge's text, inline Markdown; brackets in it are escaped.
        icon: an emoji or ``":material/icon_name:"`` shown before the label;
            None: no icon.
        color: one of "red", "orange", "yellow", "blue" (default), "green",
            "violet", "gray", "grey" or "primary".
        width: "content" (as wide as its text), "stretch" (its container's
            width) or a width in pixels.
        help: a tooltip (Markdown) shown by a "?" icon next to the badge.
    """
    from .status import _icon
    from .text import markdown

    if color not in _BADGE_COLORS:
        raise StreamlitAPIException(
            f"Invalid color for badge: {color}. Supported colors are: {', '.join(_BADGE_COLORS)}."
        )
    icon = _icon(icon)
    escaped = str(label).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    return markdown(dg, f":{color}-badge[{icon + ' ' if icon else ''}{escaped}]", help=help, width=width)



@element
def html(dg: DeltaGenerator, body: Any, *, width: Any = "stretch", unsafe_allow_javascript: bool = False) -> DeltaGenerator:
    """Insert HTML into the app, without an iframe. Scripts and event
    handlers are removed (the page sanitizes it with DOMPurify) unless
    ``unsafe_allow_javascript=True``. HTML made only of ``<style>`` takes no
    room: it styles the page.

    Parameters:
        body: the HTML; or the path of an HTML, CSS (inserted as a
            ``<style>``) or JavaScript (inserted as a ``<script>``) file; or
            an object with a ``_repr_html_()`` method.
        width: "stretch" (its container's width), "content" (the HTML's
            own) or a width in pixels.
        unsafe_allow_javascript: keep scripts and event handlers, and run
            the scripts. Only for HTML you trust.
    """
    text: str
    if hasattr(body, "_repr_html_"):
        text = str(body._repr_html_())
    elif isinstance(body, (str, Path)) and _is_file(body):
        path = Path(body)
        text = path.read_text(encoding="utf-8")
        if path.suffix.lower() == ".css":
            text = f"<style>{text}</style>"
        elif path.suffix.lower() == ".js":
            text = f"<script>{text}</script>"
    else:
        text = str(body)
    if not text.strip():
        raise StreamlitAPIException("`st.html` body cannot be empty")
    return dg._element(HtmlElement(body=text, unsafe_allow_javascript=bool(unsafe_allow_javascript),
                                   width=_sizing_width(width, allow_content=True)))



def _is_file(body: Any) -> bool:
    text = str(body)
    if "\n" in text or "<" in text or len(text) > 1024:
        return False
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):
        return False
