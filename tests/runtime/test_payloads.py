"""Element payloads (stc_runtime/payloads): one typed dataclass per element
kind, built by the element functions, generated into protocol.js, and read
back by AppTest and the cache's replay."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from stc_runtime import payloads, protocol
from stc_runtime.protocol_js import field_comments

REPO = Path(__file__).resolve().parents[2]
ELEMENTS_DIR = REPO / "runtime_py" / "stc_runtime" / "elements"

def _typed_families() -> set[str]:
    return {cls.__module__.rsplit(".", 1)[1] for cls in payloads.load_all().values()}


# Families whose payloads are not typed yet (no class in payloads/<family>.py).
UNTYPED_FAMILIES = set(payloads.FAMILIES) - _typed_families()


def _classes():
    return sorted(payloads.load_all().values(), key=lambda c: c.KIND)


def test_every_payload_field_says_what_it_means_on_the_wire():
    missing = [f"{cls.__name__}.{f.name}" for cls in _classes() for f in dataclasses.fields(cls)
               if f.name not in field_comments(cls)]
    assert not missing, "add a `#:` comment above each of these fields: " + ", ".join(missing)


def test_each_payload_lives_in_its_familys_module():
    for cls in _classes():
        family = cls.__module__.rsplit(".", 1)[1]
        assert family in payloads.FAMILIES, cls
        assert (ELEMENTS_DIR / f"{family}.py").exists(), cls


def _dict_literal_payloads(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Dict)
            and any(isinstance(k, ast.Constant) and k.value == "kind" for k in node.keys)]


@pytest.mark.parametrize("family", payloads.FAMILIES)
def test_element_modules_build_payload_dataclasses_not_dicts(family):
    lines = _dict_literal_payloads(ELEMENTS_DIR / f"{family}.py")
    if family in UNTYPED_FAMILIES:
        pytest.xfail(f"{family}: payloads not typed yet")
    assert not lines, f"elements/{family}.py builds payload dicts at lines {lines}"


def test_the_kinds_python_can_emit_are_the_typed_kinds():
    typed = set(payloads.load_all())
    if UNTYPED_FAMILIES:
        assert typed <= protocol.ELEMENT_KINDS, typed - protocol.ELEMENT_KINDS
    else:
        assert typed == protocol.ELEMENT_KINDS


def test_wire_form_round_trips_and_drops_unset_optional_fields():
    from stc_runtime.payloads.buttons import ButtonElement, LinkButtonElement

    button = ButtonElement(id="w", label="Go")
    wire = button.wire()
    assert wire["kind"] == "button" and "form_id" not in wire and wire["help"] is None
    assert payloads.from_wire(wire) == button
    assert payloads.from_wire({**wire, "form_id": "f"}).form_id == "f"
    link = LinkButtonElement(label="Docs", url="https://example.org")
    assert payloads.from_wire(link.wire()) == link


@pytest.mark.parametrize(
    ("element", "why"),
    [
        ({"kind": "nope"}, "unknown element kind"),
        ({"label": "x"}, "no kind"),
        ({"kind": "link_button", "label": "x", "onclick": "alert(1)"}, "unknown field"),
        ({"kind": "link_button", "label": 3}, "link_button.label"),
        ({"kind": "button", "label": "x"}, "id"),
    ],
)
def test_from_wire_refuses_what_does_not_match_its_class(element, why):
    with pytest.raises(payloads.PayloadError, match=why):
        payloads.from_wire(element)


def test_url_and_html_fields_are_marked():
    from stc_runtime.payloads.buttons import LinkButtonElement

    carries = {f.name: f.metadata.get("carries") for f in dataclasses.fields(LinkButtonElement)}
    assert carries["url"] == "url"
