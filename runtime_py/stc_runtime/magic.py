"""Magic: bare expressions in the app script are written with ``st.write``.

The script is parsed, the statements Streamlit's magic applies to are
rewritten, and the tree is compiled; the runner does this for every script it
runs, so the browser, the build-time prerender and AppTest see the same thing.

Which statements are written (Streamlit's rules, 1.4x-1.67, see
https://docs.streamlit.io/develop/api-reference/write-magic/magic):

- an expression statement (``x``, ``"text"``, ``f"{x}"``, ``df``, ``a.b``,
  ``a[0]``, ``a == b``, ``a + b``, ``[1, 2]``, ``{...}``, ``lambda: 0``...)
  becomes ``st.write(x)``; a bare tuple ``a, b`` becomes ``st.write(a, b)``
  (so a trailing comma writes a call's result: ``np.random.randn(3),``);
- except: function calls (``st.button(...)``, ``print(...)``); docstrings
  (a string first in the module or in a function; class bodies are never
  looked at); ``yield``, ``yield from`` and ``await`` expressions;
- where: the module body and, recursively, the bodies of ``if``/``elif``/
  ``else``, ``for``/``while`` (and their ``else``), ``with``, ``try`` (body,
  every ``except``, ``else``, ``finally``; also ``try``/``except*``), ``match``
  cases, functions (sync and async, nested too) and the methods of a class,
  but not other statements directly in a class body;
- two hidden options change this: ``magic.displayRootDocString`` writes the
  module docstring, ``magic.displayLastExprIfNoSemicolon`` writes the last
  statement of the module even if it is a call, unless that line ends with a
  semicolon (notebook style). Both are off by default.

The rewritten call keeps the expression's own source position, so a
traceback raised inside a magic expression points at the user's line and
columns. The call goes through ``MAGIC_NAME``, a dunder global the runner
puts into the script's namespace (dunder names are not mangled inside class
bodies, and no app uses it), not through the app's own ``st``, which the app
may have shadowed or never imported.
"""

from __future__ import annotations

import ast
import sys
from typing import Any

#: the global the rewritten calls look up; see ``namespace_entries()``
MAGIC_NAME = "__streamlitmagic__"

_RECURSE_BODY = (ast.FunctionDef, ast.AsyncFunctionDef, ast.With, ast.AsyncWith)
_RECURSE_BODY_AND_ELSE = (ast.For, ast.AsyncFor, ast.While, ast.If)
_TRY = (ast.Try, ast.TryStar) if sys.version_info >= (3, 11) else (ast.Try,)
_DOCSTRING_PARENTS = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef)


def transparent_write(*args: Any) -> Any:
    """What a magic statement calls: ``st.write(*args)``, returning what it
    was given (one value, or the tuple)."""
    from . import delta_generator

    # The main area's write defers to the innermost ``with`` container, as
    # ``st.write`` does.
    delta_generator.main.write(*args)
    return args[0] if len(args) == 1 else args


def namespace_entries() -> dict[str, Any]:
    """What the namespace of a magic-compiled script must hold."""
    return {MAGIC_NAME: transparent_write}


def compile_script(
    source: str,
    filename: str,
    *,
    enabled: bool = True,
    display_root_docstring: bool = False,
    display_last_expr_if_no_semicolon: bool = False,
):
    """Compile an app script (``exec`` mode), with magic unless ``enabled``
    is False. Raises ``SyntaxError`` exactly as ``compile`` would."""
    if not enabled:
        return compile(source, filename, "exec", dont_inherit=True)
    tree = ast.parse(source, filename, "exec")
    transform(
        tree,
        source,
        display_root_docstring=display_root_docstring,
        display_last_expr_if_no_semicolon=display_last_expr_if_no_semicolon,
    )
    return compile(tree, filename, "exec", dont_inherit=True)


def transform(
    tree: ast.Module,
    source: str = "",
    *,
    display_root_docstring: bool = False,
    display_last_expr_if_no_semicolon: bool = False,
) -> ast.Module:
    """Rewrite ``tree`` in place (and return it)."""
    rules = _Rules(
        display_root_docstring=display_root_docstring,
        display_last_expr=display_last_expr_if_no_semicolon and not _last_line_ends_with_semicolon(tree, source),
    )
    rules.body(tree, tree.body, is_root=True)
    return tree


class _Rules:
    def __init__(self, *, display_root_docstring: bool, display_last_expr: bool) -> None:
        self.display_root_docstring = display_root_docstring
        self.display_last_expr = display_last_expr

    def body(self, parent: ast.AST, statements: list[ast.stmt], *, is_root: bool = False) -> None:
        for index, node in enumerate(statements):
            if isinstance(node, _RECURSE_BODY):
                self.body(node, node.body)
            elif isinstance(node, _RECURSE_BODY_AND_ELSE):
                self.body(node, node.body)
                self.body(node, node.orelse)
            elif isinstance(node, ast.ClassDef):
                # Only the methods: a bare expression in the class body
                # itself is left alone (Streamlit's rule).
                for member in node.body:
                    if isinstance(member, (ast.FunctionDef, ast.AsyncFunctionDef)):
                        self.body(member, member.body)
            elif isinstance(node, _TRY):
                self.body(node, node.body)
                for handler in node.handlers:
                    self.body(handler, handler.body)
                self.body(node, node.orelse)
                self.body(node, node.finalbody)
            elif sys.version_info >= (3, 10) and isinstance(node, ast.Match):
                for case in node.cases:
                    self.body(case, case.body)
            elif isinstance(node, ast.Expr):
                is_last = is_root and index == len(statements) - 1
                call = self._write_call(node.value, index, parent, is_root, is_last)
                if call is not None:
                    node.value = call

    def _write_call(self, value: ast.expr, index: int, parent: ast.AST, is_root: bool, is_last: bool) -> ast.Call | None:
        if isinstance(value, ast.Call) and not (is_last and self.display_last_expr):
            return None
        is_docstring = (
            index == 0
            and isinstance(value, ast.Constant)
            and isinstance(value.value, str)
            and isinstance(parent, _DOCSTRING_PARENTS)
        )
        if is_docstring and not (is_root and self.display_root_docstring):
            return None
        if isinstance(value, (ast.Yield, ast.YieldFrom, ast.Await)):
            return None
        args = list(value.elts) if isinstance(value, ast.Tuple) else [value]
        func = ast.Name(id=MAGIC_NAME, ctx=ast.Load())
        call = ast.Call(func=func, args=args, keywords=[])
        # The call spans exactly the user's expression: tracebacks (and the
        # carets under the failing part) point at the user's source.
        for node in (func, call):
            ast.copy_location(node, value)
        return call


def _last_line_ends_with_semicolon(tree: ast.Module, source: str) -> bool:
    if not tree.body:
        return False
    end = getattr(tree.body[-1], "end_lineno", None)
    lines = source.split("\n")
    if end is None or end > len(lines):
        return False
    return lines[end - 1].strip().endswith(";")
