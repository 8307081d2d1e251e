"""Magic: which statements are written with st.write, where, and that the
rewrite keeps the user's line numbers (runtime_py/stc_runtime/magic.py).

The rules are Streamlit's (1.4x-1.67, magic.py): every bare expression
statement is written except calls, docstrings (module and function; class
bodies are never looked at), yield/yield from and await; inside if/elif/
else, for/while (+ else), with, try (every part), match cases, functions
and methods.
"""

from __future__ import annotations

import json
import traceback

import pytest

from stc_runtime import magic


def shown(drv) -> list[str]:
    """What the page shows, one string per element: Markdown bodies as they
    are, JSON as ``json:<compact>``, anything else as its kind."""
    out = []
    for e in drv.elements():
        if e["kind"] == "markdown":
            out.append(e["body"])
        elif e["kind"] == "json":
            out.append("json:" + json.dumps(json.loads(e["body"]), separators=(",", ":")))
        else:
            out.append(e["kind"])
    return out


CASES = [
    # --- written ---------------------------------------------------------
    ("string", 'x = 1\n"hello"', ["hello"]),
    ("a lone string is the module docstring", '"hello"', []),
    ("f-string", 'x = 3\nf"x is {x}"', ["x is 3"]),
    ("f-string first in module is not a docstring", 'f"shown {1}"', ["shown 1"]),
    ("name", 'x = "abc"\nx', ["abc"]),
    ("attribute", 'import types\nns = types.SimpleNamespace(a="attr")\nns.a', ["attr"]),
    ("subscript", 'd = {"k": "sub"}\nd["k"]', ["sub"]),
    ("comparison", "1 < 2", ["`True`"]),
    ("binary operation", '"a" + "b"', ["ab"]),
    ("number", "42", ["`42`"]),
    ("list", "[1, 2]", ["json:[1,2]"]),
    ("dict", '{"a": 1}', ['json:{"a":1}']),
    ("tuple writes each item", '"a", "b"', ["a b"]),
    ("trailing comma writes a call's result", "str(5),", ["5"]),
    ("statement ending with a semicolon", 'x = 1\n"semi";', ["semi"]),
    ("walrus", '(w := "walrus")', ["walrus"]),
    ("second string of the module", '"""Doc."""\n"second"', ["second"]),
    ("script never imports streamlit", 'x = 1\n"no import"', ["no import"]),
    ("app shadows st and write", 'st = None\nwrite = None\n"still"', ["still"]),
    # --- not written -----------------------------------------------------
    ("function call", 'print("x")\nimport streamlit as st\nst.markdown("once")', ["once"]),
    ("module docstring", '"""Module doc."""\nimport os', []),
    ("module docstring after a comment", '# comment\n"""Module doc."""', []),
    ("await", 'import asyncio\nasync def s():\n    return "awaited"\nasync def f():\n    await s()\nasyncio.run(f())', []),
    ("yield and yield from", 'def g():\n    yield "y"\n    yield from ["z"]\nlist(g())', []),
    ("class body", 'class C:\n    """Class doc."""\n    "class body"\n    if True:\n        "if in class body"', []),
    # --- inside blocks ------------------------------------------------------
    ("function: docstring skipped, body written",
     'def f():\n    """Doc."""\n    "body"\n    def inner():\n        pass\n        "nested"\n    inner()\nf()', ["body", "nested"]),
    ("async function", 'import asyncio\nasync def f():\n    """Doc."""\n    "async body"\nasyncio.run(f())', ["async body"]),
    ("method (not its docstring)",
     'class C:\n    def m(self):\n        """Doc."""\n        "method body"\n    async def a(self):\n        pass\n        "async method"\n'
     'C().m()\nimport asyncio\nasyncio.run(C().a())', ["method body", "async method"]),
    ("if (first string of a block is written)", 'if True:\n    "if body"', ["if body"]),
    ("elif", 'x = 2\nif x == 1:\n    "one"\nelif x == 2:\n    "two"\nelse:\n    "other"', ["two"]),
    ("else", 'x = 3\nif x == 1:\n    "one"\nelse:\n    "other"', ["other"]),
    ("for and its else", 'for i in range(2):\n    i\nelse:\n    "done"', ["`0`", "`1`", "done"]),
    ("while and its else", 'n = 0\nwhile n < 1:\n    n += 1\n    "loop"\nelse:\n    "end"', ["loop", "end"]),
    ("with", 'import contextlib\nwith contextlib.nullcontext():\n    "in with"', ["in with"]),
    ("try, except, finally",
     'try:\n    "try"\n    1 / 0\nexcept ZeroDivisionError:\n    "except"\nelse:\n    "else"\nfinally:\n    "finally"',
     ["try", "except", "finally"]),
    ("try, else, finally", 'try:\n    "try"\nexcept ValueError:\n    "except"\nelse:\n    "else"\nfinally:\n    "finally"',
     ["try", "else", "finally"]),
    ("try/except*", 'try:\n    raise ExceptionGroup("g", [ValueError()])\nexcept* ValueError:\n    "star"', ["star"]),
    ("match", 'match 2:\n    case 1:\n        "one"\n    case _:\n        "default"', ["default"]),
    ("lambda", "lambda: 0", ["help"]),  # a function: st.help, as 1.67's st.write shows it
]


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_magic_rules(app, source, expected):
    drv = app(source).run()
    assert drv.status == "complete", drv.exceptions()
    assert shown(drv) == expected


def test_magic_in_a_with_block_writes_into_that_container(app):
    drv = app('import streamlit as st\nwith st.sidebar:\n    "in the sidebar"\n"in main"').run()
    assert [(p[0], e["body"]) for p, e in drv.paths("markdown")] == [(0, "in main"), (1, "in the sidebar")]


def test_magic_returns_the_value_and_runs_on_every_rerun(app):
    drv = app('import streamlit as st\nst.button("Again")\n"text"').run()
    assert shown(drv) == ["button", "text"]
    drv.click("Again")
    assert shown(drv) == ["button", "text"]
    assert magic.transparent_write.__name__ == "transparent_write"


# --- line numbers ---------------------------------------------------------


def test_exception_in_a_magic_expression_points_at_the_users_line(app):
    drv = app(
        """\
        import streamlit as st
        x, y = 1, 0
        "fine"
        [1, 2, x / y]
        """
    ).run()
    assert drv.status == "error"
    (exc,) = drv.exceptions()
    assert exc["type"] == "ZeroDivisionError"
    trace = "\n".join(exc["traceback"])
    assert "line 4, in <module>" in trace
    assert "[1, 2, x / y]" in trace
    # The carets sit under the failing part: column information survived.
    assert "~~^~~" in trace


def test_exception_inside_a_magic_function_points_at_its_line(app):
    drv = app(
        """\
        def f():
            x = 1
            "first"
            {}["missing"]
        "before"
        f()
        """
    ).run()
    assert shown(drv)[:2] == ["before", "first"]
    trace = "\n".join(drv.exceptions()[0]["traceback"])
    assert "line 4, in f" in trace and "line 6, in <module>" in trace


def test_positions_are_exactly_those_of_the_unmagicked_script(tmp_path):
    source = 'x = 0\n"a"\nif True:\n    "b"\n    (1 +\n     1 / x)\n'
    path = str(tmp_path / "app.py")
    (tmp_path / "app.py").write_text(source)
    positions = []
    for enabled in (True, False):
        code = magic.compile_script(source, path, enabled=enabled)
        namespace = {"__name__": "__main__", magic.MAGIC_NAME: lambda *a: a}
        with pytest.raises(ZeroDivisionError) as info:
            exec(code, namespace)
        frame = traceback.extract_tb(info.value.__traceback__)[-1]
        positions.append((frame.lineno, frame.end_lineno, frame.colno, frame.end_colno))
    assert positions[0] == positions[1] == (6, 6, 5, 10)


def test_syntax_errors_are_reported_as_without_magic(app):
    drv = app('"ok"\nreturn 5\n').run()
    (exc,) = drv.exceptions()
    assert exc["type"] == "SyntaxError"
    assert "'return' outside function" in exc["message"]
    assert any("line 2" in line for line in exc["traceback"])


# --- config.toml ----------------------------------------------------------


def test_magic_enabled_false_turns_it_off(app):
    drv = app(
        'import streamlit as st\n"not written"\nst.write(st.get_option("runner.magicEnabled"))',
        files={".streamlit/config.toml": "[runner]\nmagicEnabled = false\n"},
    ).run()
    assert shown(drv) == ["`False`"]


def test_display_root_docstring_option(app):
    drv = app('"""Shown."""\nx = 1', files={".streamlit/config.toml": "[magic]\ndisplayRootDocString = true\n"}).run()
    assert shown(drv) == ["Shown."]


@pytest.mark.parametrize(("last_line", "expected"), [("str(7)", ["7"]), ("str(7);", []), ("str(7)  ;  ", [])])
def test_display_last_expr_if_no_semicolon_option(app, last_line, expected):
    drv = app(f"str(6)\n{last_line}\n", files={".streamlit/config.toml": "[magic]\ndisplayLastExprIfNoSemicolon = true\n"}).run()
    assert shown(drv) == expected


def test_apptest_applies_magic_too():
    from stc.testing import AppTest

    at = AppTest.from_string('x = "from AppTest"\nx\n').run()
    assert at.markdown[0].value == "from AppTest"


def test_transform_leaves_calls_alone_and_wraps_expressions():
    import ast

    tree = magic.transform(ast.parse('"""doc"""\nf()\nx\na, b\n'))
    calls = [s.value for s in tree.body]
    assert isinstance(calls[0], ast.Constant)
    assert isinstance(calls[1], ast.Call) and calls[1].func.id == "f"
    assert calls[2].func.id == magic.MAGIC_NAME and [a.id for a in calls[2].args] == ["x"]
    assert [a.id for a in calls[3].args] == ["a", "b"]
