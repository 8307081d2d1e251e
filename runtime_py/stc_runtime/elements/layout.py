"""Layout containers: columns, container, expander. Each returns
DeltaGenerators addressing its slots, so ``col.button`` and ``with col:`` both
write into it."""

from __future__ import annotations

from typing import Any, Sequence

from ..delta_generator import DeltaGenerator, element
from ..errors import StreamlitAPIException


@element
def container(dg: DeltaGenerator, *, border: bool | None = None, height: int | None = None, key: str | None = None) -> DeltaGenerator:
    """Insert a container that elements can be written into, out of order."""
    return dg._block({"kind": "block", "block": "vertical", "border": bool(border), "height": height})


@element
def columns(dg: DeltaGenerator, spec: int | Sequence[float], *, gap: str = "small", vertical_alignment: str = "top", border: bool = False) -> list[DeltaGenerator]:
    """Insert side-by-side columns; ``spec`` is a count or relative widths."""
    if isinstance(spec, int):
        if spec < 1:
            raise StreamlitAPIException("The input argument to st.columns must be a positive integer.")
        weights = [1.0] * spec
    else:
        weights = [float(w) for w in spec]
        if not weights or any(w <= 0 for w in weights):
            raise StreamlitAPIException("The input argument to st.columns must be a list of positive numbers.")
    row = dg._block({"kind": "block", "block": "horizontal", "gap": gap, "vertical_alignment": vertical_alignment})
    total = sum(weights)
    return [row._block({"kind": "block", "block": "column", "weight": w / total, "border": bool(border)}) for w in weights]


@element
def expander(dg: DeltaGenerator, label: str, expanded: bool = False, *, icon: str | None = None) -> DeltaGenerator:
    """Insert a container that can be expanded and collapsed."""
    return dg._block({"kind": "block", "block": "expander", "label": str(label), "expanded": bool(expanded), "icon": icon})
