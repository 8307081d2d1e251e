"""What differs between two surface tables of ``dump_surface.py``: one line
per difference, each starting with the name it is about, so an allow-list
entry can name a callable (``st.logo``) or one parameter of it
(``st.slider(bind)``)."""

from __future__ import annotations

from typing import Any, Iterator


def _params(reference: list[dict] | None, ours: list[dict] | None, where: str) -> Iterator[str]:
    if reference is None or ours is None:
        return  # no signature to read (a builtin): nothing to compare
    mine = {p["name"]: p for p in ours}
    names = [p["name"] for p in reference]
    for position, param in enumerate(reference):
        name = param["name"]
        if name not in mine:
            yield f"{where}({name}): missing"
            continue
        got = mine[name]
        if got["kind"] != param["kind"]:
            yield f"{where}({name}): kind {got['kind']}, 1.67 has {param['kind']}"
        if got.get("default") != param.get("default"):
            yield f"{where}({name}): default {got.get('default', 'required')}, 1.67 has {param.get('default', 'required')}"
        if param["kind"] == "POSITIONAL_OR_KEYWORD":
            ours_positional = [p["name"] for p in ours if p["kind"] in ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")]
            if position < len(ours_positional) and ours_positional[position] != name:
                yield f"{where}({name}): position {ours_positional.index(name) if name in ours_positional else '?'}, 1.67 has {position}"
    for name in mine:
        if name not in names and mine[name]["kind"] not in ("VAR_POSITIONAL", "VAR_KEYWORD"):
            yield f"{where}({name}): not in 1.67"


def differences(reference: dict[str, Any], ours: dict[str, Any]) -> Iterator[str]:
    """Every way ``ours`` differs from ``reference`` (1.67's table)."""
    for name, entry in reference["st"].items():
        where = f"st.{name}"
        got = ours["st"].get(name)
        if got is None:
            yield f"{where}: missing"
        elif entry["kind"] == "object":
            if got["kind"] != "object":
                yield f"{where}: a {got['kind']}, 1.67 has an object"
        else:
            yield from _params(entry.get("params"), got.get("params"), where)
    for section, prefix in (("DeltaGenerator", "DeltaGenerator."), ("column_config", "st.column_config."),
                            ("components", "st.components."), ("AppTest", "AppTest.")):
        for name, params in reference[section].items():
            where = prefix + name
            if name not in ours[section]:
                yield f"{where}: missing"
            elif params == "property":
                if ours[section][name] != "property":
                    yield f"{where}: not a property"
            elif isinstance(params, list):
                yield from _params(params, ours[section][name] if isinstance(ours[section][name], list) else None, where)
    for name, entry in reference["errors"].items():
        where = f"streamlit.errors.{name}"
        got = ours["errors"].get(name)
        if got is None:
            yield f"{where}: missing"
        else:
            for base in entry["bases"]:
                if base not in got["bases"]:
                    yield f"{where}: not a subclass of {base}"
