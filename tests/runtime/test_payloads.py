"""Element payloads (stc_runtime/payloads): one typed dataclass per element
kind, built by the element functions, generated into protocol.js, and read
back by AppTest and the cache's replay."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from stc_runtime import payloads
from stc_runtime.protocol_js import field_comments

REPO = Path(__file__).resolve().parents[2]
ELEMENTS_DIR = REPO / "runtime_py" / "stc_runtime" / "elements"

RUNTIME_DIR = REPO / "runtime_py" / "stc_runtime"


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


def test_every_family_has_its_payload_classes():
    typed = {cls.__module__.rsplit(".", 1)[1] for cls in _classes()}
    assert typed == set(payloads.FAMILIES)


def _dict_literal_payloads(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Dict)
            and any(isinstance(k, ast.Constant) and k.value == "kind" for k in node.keys)]


# Every module that writes elements: all of the runtime but the payload
# classes themselves and AppTest (whose tree has a root node of its own).
_WRITERS = sorted(p for p in RUNTIME_DIR.rglob("*.py")
                  if not {"payloads", "testing", "__pycache__"} & set(p.relative_to(RUNTIME_DIR).parts))


@pytest.mark.parametrize("path", _WRITERS, ids=lambda p: str(p.relative_to(RUNTIME_DIR)))
def test_no_module_builds_a_payload_as_a_dict(path):
    lines = _dict_literal_payloads(path)
    assert not lines, f"{path.relative_to(REPO)} builds payload dicts at lines {lines}: build the payload class"


def test_the_scan_finds_a_payload_dict(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('def f(dg):\n    dg._write({"kind": "markdown", "body": "x"})\n', encoding="utf-8")
    assert _dict_literal_payloads(module) == [2]


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
