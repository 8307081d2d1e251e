"""The one exception type the CLI turns into a clear message and exit code 1
(never a traceback of ours), and the one way a message points into the
author's files."""


class BuildError(Exception):
    """A problem the author can fix; ``str()`` is the whole message."""


def at_source(rel: str, line: int, column: int, message: str, text: str | None) -> str:
    """``file:line:col: message``, then the source line and a caret under
    ``column`` (1-based, in characters; 0: no column known). ``text`` is the
    line itself (None: no excerpt). The layout compilers use, so editors and
    terminals link it."""
    where = f"{rel}:{line}:{column}" if column else f"{rel}:{line}" if line else rel
    out = f"{where}: {message}"
    if text is not None and line:
        text = text.rstrip("\r\n")
        stripped = text.lstrip()
        indent = len(text) - len(stripped)
        out += f"\n    {stripped}"
        if column:
            out += "\n    " + " " * max(0, column - 1 - indent) + "^"
    return out
