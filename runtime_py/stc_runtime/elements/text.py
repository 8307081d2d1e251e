"""Text elements: title, headers, markdown, text, caption, code, divider,
exception, and ``st.write`` which dispatches to them."""

from __future__ import annotations

import json
import os
import re
import textwrap
import traceback
from typing import Any

from .. import context
from ..delta_generator import DeltaGenerator, element
from ..errors import StreamlitAPIException


def _clean(body: Any) -> str:
    # Streamlit dedents and strips every text body (string_util.clean_text),
    # so Markdown in an indented triple-quoted string is not a code block.
    return textwrap.dedent(str(body)).strip()


def _heading(dg: DeltaGenerator, level: int, body: Any, anchor: Any, help: str | None, divider: Any) -> None:
    dg._write(
        {
            "kind": "heading",
            "level": level,
            "body": _clean(body),
            "anchor": anchor if isinstance(anchor, str) else None,
            "help": help,
            "divider": divider if isinstance(divider, str) else bool(divider),
        }
    )


@element
def title(dg: DeltaGenerator, body: Any, anchor: str | None = None, *, help: str | None = None) -> None:
    """Display text in title formatting (an ``<h1>``; Markdown allowed)."""
    _heading(dg, 1, body, anchor, help, False)


@element
def header(dg: DeltaGenerator, body: Any, anchor: str | None = None, *, help: str | None = None, divider: bool | str = False) -> None:
    """Display text in header formatting (an ``<h2>``)."""
    _heading(dg, 2, body, anchor, help, divider)


@element
def subheader(dg: DeltaGenerator, body: Any, anchor: str | None = None, *, help: str | None = None, divider: bool | str = False) -> None:
    """Display text in subheader formatting (an ``<h3>``)."""
    _heading(dg, 3, body, anchor, help, divider)


@element
def markdown(dg: DeltaGenerator, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None) -> None:
    """Display a Markdown string. HTML in it is escaped unless
    ``unsafe_allow_html=True``."""
    dg._write({"kind": "markdown", "body": _clean(body), "unsafe_allow_html": bool(unsafe_allow_html), "help": help, "variant": "body"})


@element
def caption(dg: DeltaGenerator, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None) -> None:
    """Display text in small font (Markdown allowed)."""
    dg._write({"kind": "markdown", "body": _clean(body), "unsafe_allow_html": bool(unsafe_allow_html), "help": help, "variant": "caption"})


@element
def text(dg: DeltaGenerator, body: Any, *, help: str | None = None) -> None:
    """Display fixed-width, preformatted text (no Markdown)."""
    dg._write({"kind": "text", "body": _clean(body), "help": help})


@element
def code(dg: DeltaGenerator, body: Any, language: str | None = "python", *, line_numbers: bool = False, wrap_lines: bool = False) -> None:
    """Display a code block."""
    # Only one leading and one trailing newline go (Streamlit keeps the
    # indentation of code): st.code("""\n...\n""") shows just the code.
    body = re.sub(r"\n\Z", "", re.sub(r"\A\n", "", str(body)))
    dg._write({"kind": "code", "body": body, "language": language, "line_numbers": bool(line_numbers), "wrap_lines": bool(wrap_lines)})


@element
def latex(dg: DeltaGenerator, body: Any, *, help: str | None = None) -> None:
    """Display mathematical expressions formatted as LaTeX (rendered with
    KaTeX in the page). ``body`` may also be a SymPy expression."""
    if type(body).__module__.startswith("sympy"):
        import sympy

        body = sympy.latex(body)
    dg._write({"kind": "latex", "body": str(body), "help": help})


@element
def divider(dg: DeltaGenerator) -> None:
    """Display a horizontal rule."""
    dg._write({"kind": "divider"})


def json_(dg: DeltaGenerator, body: Any, *, expanded: bool | int = True, width: Any = "stretch") -> None:
    """Display an object or JSON string as a collapsible tree: ``expanded``
    is True (all open), False (collapsed) or the number of levels open."""
    if not isinstance(expanded, (bool, int)):
        raise StreamlitAPIException(f"The type {type(expanded)} of `expanded` is not supported, must be bool or int.")
    if isinstance(body, (map, enumerate)):
        body = list(body)
    if isinstance(body, str):
        try:
            body = json.loads(body)
        except ValueError:
            pass
    dg._write({"kind": "json", "body": json.dumps(body, default=repr, indent=2), "expanded": expanded})


json_.__name__ = "json"
element(json_)


@element
def exception(dg: DeltaGenerator, exception: BaseException) -> None:
    """Display an exception with its traceback trimmed to the app's files."""
    dg._write(exception_element(exception))


def exception_element(exc: BaseException) -> dict[str, Any]:
    # Keep only frames from the app's own files: the runtime's frames mean
    # nothing to the author (Streamlit trims its own frames the same way).
    root = context.current().app_root if context._current is not None else ""
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
    return {
        "kind": "exception",
        "type": type(exc).__name__,
        "message": str(exc),
        "traceback": [line.rstrip("\n") for line in lines],
    }


def _is_dataframe_like(obj: Any) -> bool:
    module = type(obj).__module__ or ""
    return module.startswith("pandas") and type(obj).__name__ in ("DataFrame", "Series", "Index", "Styler")


# st.session_state, st.query_params and st.secrets: written as JSON, as dicts.
_DICT_PROXIES = {"SessionStateProxy", "QueryParamsProxy", "Secrets", "AttrDict"}


@element
def write(dg: DeltaGenerator, *args: Any, unsafe_allow_html: bool = False) -> None:
    """Write arguments to the app: strings as Markdown (consecutive strings are
    joined), DataFrames as tables, dicts and lists as JSON, exceptions with
    their traceback, and anything else as inline code of its ``str``."""
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
