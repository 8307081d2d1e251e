"""The import graph of each Python package has no cycles.

A cycle means neither module can be understood, tested or loaded without the
other, and the import order decides which one sees the other half-initialised.
The graph is read from the source (an AST scan), so it counts every import
wherever it is written: at the top or inside a function (a deferred import is
still a dependency). Imports under ``if TYPE_CHECKING:`` are not counted:
they never run, and they are how a module names a type in its annotations
(``RunContext`` holds its session and its containers) without depending on
the module that defines it.

``import_graph(root)`` and ``find_cycles(graph)`` are plain functions so that
other package roots can be checked the same way: add them to ``PACKAGE_ROOTS``.
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Package folders, relative to the repository root.
PACKAGE_ROOTS = ["compiler/stc", "runtime_py/stc_runtime"]


def module_names(root: Path) -> dict[str, Path]:
    """Every module of the package in folder ``root``, by dotted name (a
    package's ``__init__.py`` under the package's own name)."""
    modules: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = [root.name, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _targets(node: ast.AST, module: str, is_package: bool, modules: set[str]) -> set[str]:
    """The modules of the package one import statement depends on."""
    found: set[str] = set()
    if isinstance(node, ast.Import):
        for alias in node.names:
            name = alias.name
            # `import a.b.c` loads a.b.c; depend on the deepest module we know.
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name:
                found.add(name)
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            # Relative to the current package: a module's package is its
            # parent, a package's (__init__.py) is itself.
            base = module.split(".")
            if not is_package:
                base.pop()
            if node.level > 1:
                base = base[: len(base) - (node.level - 1)]
            parent = ".".join(base + ([node.module] if node.module else []))
        else:
            parent = node.module or ""
        for alias in node.names:
            # `from p import x`: x is either a submodule or a name in p.
            sub = f"{parent}.{alias.name}"
            if sub in modules:
                found.add(sub)
            elif parent in modules:
                found.add(parent)
    return found


def _is_type_checking(node: ast.AST) -> bool:
    """``if TYPE_CHECKING:`` or ``if typing.TYPE_CHECKING:``."""
    if not isinstance(node, ast.If):
        return False
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _runtime_nodes(tree: ast.AST):
    """Every node of ``tree`` that can run: all but the bodies of
    ``if TYPE_CHECKING:`` (their ``else:`` runs)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def import_graph(root: Path) -> dict[str, set[str]]:
    """module -> the package's modules it imports, for the package in ``root``."""
    modules = module_names(root)
    names = set(modules)
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        edges: set[str] = set()
        for node in _runtime_nodes(tree):
            edges |= _targets(node, module, is_package, names)
        edges.discard(module)
        graph[module] = edges
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (each a
    set of modules that import one another), each sorted; Tarjan's algorithm."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(cycles)


def describe(graph: dict[str, set[str]], cycle: list[str]) -> str:
    """One line per import inside a cycle, for the failure message."""
    members = set(cycle)
    return "\n".join(f"  {a} -> {b}" for a in cycle for b in sorted(graph[a] & members))


@pytest.mark.parametrize("root", PACKAGE_ROOTS)
def test_the_package_has_no_import_cycles(root: str) -> None:
    graph = import_graph(REPO / root)
    assert len(graph) > 1, f"no modules found under {root}"
    cycles = find_cycles(graph)
    assert not cycles, "import cycles:\n" + "\n\n".join(describe(graph, c) for c in cycles)


def test_the_scan_sees_the_imports_stc_is_known_to_have() -> None:
    graph = import_graph(REPO / "compiler/stc")
    assert "stc.serve" in graph["stc.cli"]  # a function-level import
    assert "stc.pyodide" in graph["stc.build"]  # `from . import pyodide`: the subpackage
    assert "stc.pyodide.cache" in graph["stc.pyodide.fetch"]  # `from .cache import ...`
    assert "stc.pyodide" in graph["stc.snapshot"]  # `from .pyodide import name`: the package


def write_package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "pkg"
    for rel, source in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    return root


def test_a_cycle_through_a_function_level_import_is_found(tmp_path: Path) -> None:
    root = write_package(tmp_path, {
        "__init__.py": "",
        "a.py": "from .b import f\n",
        "b.py": "def f():\n    from . import a\n",
        "c.py": "import pkg.a\n",
        "sub/__init__.py": "from .d import g\n",
        "sub/d.py": "from ..c import x\nfrom .. import e\n",
        "e.py": "def h():\n    from .sub import g\n",
    })
    graph = import_graph(root)
    assert graph["pkg.c"] == {"pkg.a"}
    assert graph["pkg.sub"] == {"pkg.sub.d"}
    assert graph["pkg.sub.d"] == {"pkg.c", "pkg.e"}
    assert find_cycles(graph) == [["pkg.a", "pkg.b"], ["pkg.e", "pkg.sub", "pkg.sub.d"]]


def test_a_package_without_cycles_has_none(tmp_path: Path) -> None:
    root = write_package(tmp_path, {"__init__.py": "from .a import x\n", "a.py": "from .b import y\n", "b.py": ""})
    assert find_cycles(import_graph(root)) == []


def test_an_annotation_only_import_is_not_a_dependency(tmp_path: Path) -> None:
    root = write_package(tmp_path, {
        "__init__.py": "",
        "a.py": "from .b import f\n",
        "b.py": ("from typing import TYPE_CHECKING\nimport typing\n"
                 "if TYPE_CHECKING:\n    from .a import A\nelse:\n    from . import c\n"
                 "if typing.TYPE_CHECKING:\n    from . import a\n"),
        "c.py": "",
    })
    graph = import_graph(root)
    assert graph["pkg.b"] == {"pkg.c"}
    assert find_cycles(graph) == []


def test_the_scan_sees_the_imports_the_runtime_is_known_to_have() -> None:
    graph = import_graph(REPO / "runtime_py/stc_runtime")
    assert "stc_runtime.run_context" in graph["stc_runtime.config"]  # a function-level import
    assert "stc_runtime.runner" not in graph["stc_runtime.run_context"]  # under TYPE_CHECKING only
    assert "stc_runtime.elements.text" in graph["stc_runtime.runner"]
