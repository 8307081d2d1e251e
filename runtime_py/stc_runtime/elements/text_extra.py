"""More text elements: echo, help, badge and html."""

from __future__ import annotations

import ast
import contextlib
import inspect
import os
import sys
import textwrap
from pathlib import Path
from typing import Any, Iterator

from ..delta_generator import DeltaGenerator, element
from ..errors import StreamlitAPIException

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


# --- echo -----------------------------------------------------------------------


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
    """Use in a ``with`` block to show the block's code in the app, then run
    it: ``code_location`` is ``"above"`` (default) or ``"below"`` what the
    block writes::

        with st.echo():
            st.write("This code will be printed")
    """
    frame = _caller_frame()
    return _echo(dg, code_location, frame.f_code.co_filename, frame.f_lineno)


# --- help -------------------------------------------------------------------------


def _argument_text(frame: Any) -> str | None:
    """The source of the argument of the ``st.help(...)`` call at the
    caller's line (Streamlit shows it as the name of what is inspected)."""
    try:
        source = _read_source(frame.f_code.co_filename)
    except OSError:
        return None
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.lineno == frame.f_lineno and node.args:
            func = node.func
            if (isinstance(func, ast.Attribute) and func.attr == "help") or (isinstance(func, ast.Name) and func.id == "help"):
                return ast.get_source_segment(source, node.args[0])
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


def _help_payload(obj: Any, name: str | None) -> dict[str, Any]:
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
        members.append({
            "name": attr,
            "type": type(value).__name__,
            "value": None if routine or inspect.ismodule(value) else _short_value(value, 80),
            "doc": _first_line(inspect.getdoc(value)) if routine else "",
        })
    return {
        "kind": "help",
        "name": obj_name if described else (name or obj_name or ""),
        "module": getattr(obj, "__module__", None) if described and not inspect.ismodule(obj) else None,
        "type": type(obj).__name__,
        "signature": _signature(obj) if is_callable or inspect.isclass(obj) else "",
        "value": None if described else _short_value(obj),
        "doc": inspect.getdoc(obj) or "",
        "members": members,
    }


@element
def help(dg: DeltaGenerator, obj: Any = None) -> None:  # noqa: A001 - the name is st.help
    """Display an object's name, signature, docstring and members
    (without an argument: ``st`` itself)."""
    frame = _caller_frame()
    argument = _argument_text(frame) if frame is not None else None
    if obj is None and argument is None:
        # Streamlit's default argument is the streamlit module itself.
        obj = sys.modules.get("streamlit") or sys.modules[__name__.split(".")[0]]
    dg._write(_help_payload(obj, argument))


# --- badge -------------------------------------------------------------------------

_BADGE_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")


@element
def badge(dg: DeltaGenerator, label: str, *, icon: str | None = None, color: str = "blue", width: Any = "content") -> None:
    """Display a small colored badge with an optional icon (an emoji or
    ``:material/icon_name:``)."""
    from .status import _icon
    from .text import markdown

    if color not in _BADGE_COLORS:
        raise StreamlitAPIException(
            f"Invalid color for badge: {color}. Supported colors are: {', '.join(_BADGE_COLORS)}."
        )
    icon = _icon(icon)
    escaped = str(label).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    markdown(dg, f":{color}-badge[{icon + ' ' if icon else ''}{escaped}]")


# --- html ---------------------------------------------------------------------------


@element
def html(dg: DeltaGenerator, body: Any, *, width: Any = "stretch", unsafe_allow_javascript: bool = False) -> None:
    """Insert HTML into the app. Scripts and event handlers are removed
    (the page sanitizes it with DOMPurify) unless
    ``unsafe_allow_javascript=True``. ``body`` may be a path to an HTML,
    CSS (inserted as a ``<style>``) or JS file, or an object with
    ``_repr_html_()``."""
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
    dg._write({"kind": "html", "body": text, "unsafe_allow_javascript": bool(unsafe_allow_javascript)})


def _is_file(body: Any) -> bool:
    text = str(body)
    if "\n" in text or "<" in text or len(text) > 1024:
        return False
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):
        return False
