"""The shape of the code base, in figures: for each part, how many files and
lines it has and how large a share its largest file holds; and, for every
element kind, which files name it.

    python bench/structure.py

A part whose largest file holds most of its lines is one where every change
meets every other; the kind table shows where a new element has to go (the
files that are generated from the Python payloads are listed apart: they
follow by running their generator, never by hand). Prints only; asserts
nothing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

PARTS = {
    "compiler (compiler/stc)": ("compiler/stc", "*.py"),
    "runtime, Python (runtime_py/stc_runtime)": ("runtime_py/stc_runtime", "*.py"),
    "runtime, JS (runtime_js/src)": ("runtime_js/src", "*.js"),
    "tests": ("tests", "*.py"),
}
# Written by a generator from the Python payloads and element functions.
GENERATED = {"runtime_js/src/protocol.js", "runtime_py/stc_runtime/elements/_index.py"}


def _lines(path: Path) -> int:
    return sum(1 for _ in path.open(encoding="utf-8", errors="replace"))


def parts_table() -> list[str]:
    out = [f"{'part':44} {'files':>5} {'lines':>7}  largest file (share of the part's lines)"]
    for name, (folder, pattern) in PARTS.items():
        files = [p for p in (REPO / folder).rglob(pattern)
                 if "node_modules" not in p.parts and "__pycache__" not in p.parts
                 and str(p.relative_to(REPO)) not in GENERATED]
        sizes = {p: _lines(p) for p in files}
        total = sum(sizes.values())
        largest = max(sizes, key=sizes.get)
        out.append(f"{name:44} {len(files):>5} {total:>7}  {largest.relative_to(REPO)} "
                   f"{sizes[largest]} lines ({100 * sizes[largest] / total:.1f}%)")
    return out


def kind_places() -> list[str]:
    """For each element kind (its payload class), the hand-written files that
    name the class or the kind's wire name as a renderer key."""
    sys.path.insert(0, str(REPO / "runtime_py"))
    from stc_runtime import payloads

    kinds = payloads.load_all()
    sources = [p for folder, pattern in PARTS.values() if folder != "tests"
               for p in (REPO / folder).rglob(pattern)
               if "node_modules" not in p.parts and "__pycache__" not in p.parts]
    texts = {p: p.read_text(encoding="utf-8", errors="replace") for p in sources}
    out = [f"{'kind':22} {'places':>6}  files (besides the generated {', '.join(sorted(GENERATED))})"]
    counts = []
    for key, cls in sorted(kinds.items()):
        wire = key[6:] if key.startswith("block:") else key
        # The class by name, or the kind as code names a kind: in Python
        # any quoted "slider"/"block:tab"; in JS a KINDS property
        # (`slider:` / `"block:tab":`) or a comparison with `kind`/`block`
        # (not a tag name such as h("button")).
        py = re.compile(rf"\b{cls.__name__}\b|[\"']{re.escape(key)}[\"']|[\"']{re.escape(wire)}[\"']")
        js = re.compile(rf"\b{cls.__name__}\b|^\s*[\"']?{re.escape(key)}[\"']?\s*:|"
                        rf"(?:kind|block)\s*[!=]==?\s*[\"']{re.escape(wire)}[\"']|[\"']{re.escape(key)}[\"']\s*\]", re.M)
        pattern_for = {".py": py, ".js": js}
        places = sorted(str(p.relative_to(REPO)) for p, text in texts.items()
                        if str(p.relative_to(REPO)) not in GENERATED and pattern_for[p.suffix].search(text))
        counts.append(len(places))
        out.append(f"{key:22} {len(places):>6}  {', '.join(places)}")
    out.append(f"{'median':22} {sorted(counts)[len(counts) // 2]:>6}")
    return out


if __name__ == "__main__":
    print("\n".join(parts_table()))
    print()
    print("\n".join(kind_places()))
