"""The page's renderer modules mirror the Python element families: for each
runtime_py/stc_runtime/elements/<family>.py there is
runtime_js/src/kinds/<family>.js and the other way round, and every element
kind a family writes is drawn by that family's JS module and by no other.
So whoever changes an element finds its renderer by name, and a kind that
moves between families has to move on both sides.

What the Python side writes is its payload classes: each kind is the
``KIND`` of one class in ``payloads/<family>.py`` (no runtime module writes
an element as a plain dict; tests/runtime checks that). What the JS side
draws comes from Node importing each module (tests/js/kinds_keys.mjs).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

from stc_runtime import payloads

REPO = Path(__file__).resolve().parents[2]
ELEMENTS = REPO / "runtime_py" / "stc_runtime" / "elements"
KINDS_DIR = REPO / "runtime_js" / "src" / "kinds"
#: JS modules in kinds/ that are not a family: the registry, and the
#: helpers shared by several families (with the fallback for unknown kinds)
NOT_FAMILIES = {"index", "_shared"}


def python_families() -> set[str]:
    return {p.stem for p in ELEMENTS.glob("*.py") if not p.stem.startswith("_")}


def js_families() -> set[str]:
    return {p.stem for p in KINDS_DIR.glob("*.js")} - NOT_FAMILIES


@pytest.fixture(scope="module")
def js_keys() -> dict[str, list[str]]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed")
    out = subprocess.run([node, str(Path(__file__).with_name("kinds_keys.mjs"))], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def python_owners() -> dict[str, str]:
    """Renderer key -> the family whose payload module defines it. A family
    may write another family's kind through that family's payload class
    (st.pyplot draws the media family's image); the kind stays the media
    family's."""
    return {key: cls.__module__.rsplit(".", 1)[-1] for key, cls in payloads.load_all().items()}


def test_every_python_family_has_a_js_module_and_back() -> None:
    assert python_families() == js_families(), (
        f"only in Python: {sorted(python_families() - js_families())}, only in JS: {sorted(js_families() - python_families())}"
    )
    assert set(payloads.FAMILIES) == python_families()


def test_every_kind_is_drawn_by_its_family_only(js_keys: dict[str, list[str]]) -> None:
    owners = python_owners()
    drawn_by: dict[str, list[str]] = defaultdict(list)
    for module, keys in js_keys.items():
        if module != "index":
            for key in keys:
                drawn_by[key].append(module)
    problems = []
    for key, family in sorted(owners.items()):
        if drawn_by.get(key) != [family]:
            problems.append(f"{key!r}: a payload of payloads/{family}.py, drawn by {[f'kinds/{m}.js' for m in drawn_by.get(key, [])]}")
    for key, modules in sorted(drawn_by.items()):
        if key not in owners and key != "unknown":
            problems.append(f"{key!r}: drawn by {modules}, no payload class has this KIND")
    assert not problems, "\n".join(problems)


def test_shared_module_holds_only_the_fallback(js_keys: dict[str, list[str]]) -> None:
    assert js_keys["_shared"] == ["unknown"]


def test_the_registry_is_every_family(js_keys: dict[str, list[str]]) -> None:
    merged = [key for module, keys in js_keys.items() if module != "index" for key in keys]
    assert sorted(js_keys["index"]) == sorted(merged)
