"""Stage 2 of the build: check the app's Python and work out which Pyodide
packages it needs.

Reads the entrypoint and, transitively, the local modules it imports. Every
import is classified as local (a module in the app folder), standard library,
a Pyodide package (mapped through the lock's ``imports`` lists), or unknown.
Unknown imports are errors unless they sit inside ``try: ... except
ImportError`` (an optional dependency), because the site could not run them.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

from stc_runtime.elements._index import NEEDS as ELEMENT_NEEDS

from .errors import BuildError, at_source

# Provided by stc itself inside the worker.
_PROVIDED = {"streamlit", "stc_runtime"}
# Pyodide's own modules, always present.
_PYODIDE_BUILTIN = {"pyodide", "pyodide_js", "js", "_pyodide"}
# Known packages that cannot be bundled, with the way out.
_CANNOT_BUNDLE = {
    "plotly": (
        "plotly cannot be bundled: it is not part of the Pyodide distribution, so st.plotly_chart cannot work in "
        "the browser. Draw the chart with st.vega_lite_chart (a Vega-Lite spec, the JSON altair writes), "
        "st.altair_chart with an object that has to_dict(), the simple charts (st.line_chart, st.bar_chart, "
        "st.scatter_chart...) or st.pyplot with matplotlib."
    ),
}


@dataclass(frozen=True)
class ImportSite:
    module: str  # top-level name
    file: str  # app-relative path
    line: int
    optional: bool  # inside try/except ImportError


@dataclass(frozen=True)
class Analysis:
    local_modules: tuple[str, ...]  # app-relative paths of .py files that are imported
    packages: tuple[str, ...]  # Pyodide package names the imports map to (before closure)
    imports: tuple[ImportSite, ...] = field(default=())


def syntax_error_message(path: Path, rel: str, err: SyntaxError) -> str:
    """``file:line:col: SyntaxError: msg`` plus the source line and a caret."""
    line = err.lineno or 0
    col = err.offset or 0
    text = err.text
    if text is None and line:
        try:
            text = path.read_text(encoding="utf-8").splitlines()[line - 1]
        except (OSError, IndexError, UnicodeDecodeError):
            text = None
    return at_source(rel, line, col, f"{type(err).__name__}: {err.msg}", text)


def parse_file(path: Path, rel: str) -> ast.Module:
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise BuildError(f"{rel}: not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.") from None
    except OSError as exc:  # unreadable (permissions, a broken link): a message, not a traceback
        raise BuildError(f"{rel}: cannot read it ({exc.strerror or exc}).") from None
    try:
        return ast.parse(source, filename=rel)
    except (SyntaxError, ValueError) as err:
        if "\0" in source and (not isinstance(err, SyntaxError) or err.lineno is None):
            # CPython reports a NUL byte with no position (a ValueError before
            # 3.11.4); the author still needs file:line:col to find it.
            before = source[: source.index("\0")]
            line = before.count("\n") + 1
            col = len(before) - (before.rfind("\n") + 1) + 1
            text = source.splitlines()[line - 1].replace("\0", " ")
            err = SyntaxError("source code cannot contain null bytes", (rel, line, col, text))
        elif not isinstance(err, SyntaxError):
            raise
        raise BuildError(syntax_error_message(path, rel, err)) from None


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    if handler.type is None:
        return True
    names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(n, ast.Name) and n.id in ("ImportError", "ModuleNotFoundError", "Exception", "BaseException") for n in names)


def _imports(tree: ast.Module, rel: str, package: str) -> list[tuple[ImportSite, str]]:
    """(site, dotted name as imported, resolved for relative imports)."""
    found: list[tuple[ImportSite, str]] = []

    def visit(node: ast.AST, optional: bool) -> None:
        if isinstance(node, ast.Try):
            guarded = optional or any(_catches_import_error(h) for h in node.handlers)
            for child in node.body:
                visit(child, guarded)
            for child in [*node.handlers, *node.orelse, *node.finalbody]:
                visit(child, optional)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append((ImportSite(alias.name.split(".")[0], rel, node.lineno, optional), alias.name))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".") if package else []
                parts = parts[: len(parts) - (node.level - 1)] if node.level > 1 else parts
                base = ".".join(p for p in [*parts, node.module or ""] if p)
                for alias in node.names:
                    dotted = f"{base}.{alias.name}" if base else alias.name
                    found.append((ImportSite(dotted.split(".")[0], rel, node.lineno, optional), dotted))
            elif node.module:
                found.append((ImportSite(node.module.split(".")[0], rel, node.lineno, optional), node.module))
                for alias in node.names:
                    # `from pkg import submodule` may name a local module file.
                    found.append((ImportSite(node.module.split(".")[0], rel, node.lineno, optional), f"{node.module}.{alias.name}"))
        for child in ast.iter_child_nodes(node):
            visit(child, optional)

    visit(tree, False)
    return found


def _element_calls(tree: ast.Module) -> set[str]:
    """The names called as ``<something>.<name>(...)`` that are elements with
    packages of their own (``st.line_chart(...)``, ``col.dataframe(...)``):
    the runtime imports those packages whatever the app passes in, so they
    are bundled even when the app never imports them. A method of the same
    name on another object (``series.map(...)``) only adds a package the app
    most likely imports anyway."""
    return {node.func.attr for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ELEMENT_NEEDS}


def _local_file(root: Path, files: set[str], dotted: str) -> str | None:
    parts = dotted.split(".")
    for candidate in ("/".join(parts) + ".py", "/".join(parts) + "/__init__.py"):
        if candidate in files:
            return candidate
    return None


def analyze(root: Path, entrypoint: str, files: tuple[str, ...], import_map: dict[str, str], *, pyodide_version: str, pages: tuple[str, ...] = ()) -> Analysis:
    """``pages``: the page files of a multipage app (app-relative); they are
    scripts like the entrypoint and their imports count too."""
    file_set = set(files)
    scripts = {entrypoint, *pages}
    todo = [entrypoint, *sorted(set(pages) - {entrypoint}, reverse=True)]
    seen: set[str] = set()
    sites: list[ImportSite] = []
    packages: set[str] = set()
    unknown: list[ImportSite] = []
    local_tops = {f.split("/")[0].removesuffix(".py") for f in files if f.endswith(".py") or "/" in f}

    while todo:
        rel = todo.pop()
        if rel in seen:
            continue
        seen.add(rel)
        tree = parse_file(root / rel, rel)
        package = ".".join(rel.split("/")[:-1]) if rel not in scripts else ""
        for name in _element_calls(tree):
            packages.update(import_map[need] for need in ELEMENT_NEEDS[name] if need in import_map)
        for site, dotted in _imports(tree, rel, package):
            local = _local_file(root, file_set, dotted)
            if local is not None:
                todo.append(local)
                continue
            sites.append(site)
            top = site.module
            if top in _PROVIDED or top in _PYODIDE_BUILTIN or top == "__future__":
                continue
            if top in import_map:
                packages.add(import_map[top])
            elif top in sys.stdlib_module_names:
                continue
            elif top in local_tops:
                continue  # a local package or data folder reached another way
            elif not site.optional:
                unknown.append(site)

    if unknown:
        lines = [
            f"{s.file}:{s.line}: `import {s.module}`: no package provides `{s.module}` in Pyodide {pyodide_version}."
            for s in sorted(set(unknown), key=lambda s: (s.file, s.line, s.module))
        ]
        lines.extend(_CANNOT_BUNDLE[m] for m in sorted({s.module for s in unknown} & _CANNOT_BUNDLE.keys()))
        lines.append(
            "Packages with compiled code must be part of the Pyodide distribution to run in the browser. "
            "If this is a module of your app, put it in the app's folder; if the import is optional, "
            "wrap it in `try: ... except ImportError:`."
        )
        raise BuildError("\n".join(lines))
    return Analysis(local_modules=tuple(sorted(seen)), packages=tuple(sorted(packages)), imports=tuple(sites))
