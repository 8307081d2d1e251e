"""The message protocol: the JS typedefs are generated from protocol.py and
must match the committed file; messages are JSON with snake_case keys."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest

from stc_runtime import protocol, protocol_js

REPO = Path(__file__).resolve().parents[2]


def test_committed_protocol_js_matches_protocol_py():
    committed = (REPO / protocol_js.JS_PATH).read_text(encoding="utf-8")
    assert protocol_js.generate() == committed, (
        f"{protocol_js.JS_PATH} is out of date with runtime_py/stc_runtime/protocol.py; "
        "regenerate it from the repository root with `python -m stc_runtime.protocol_js`"
    )


def test_regeneration_command_writes_the_file(tmp_path):
    # The command the generated header and the message above point to.
    target = tmp_path / "protocol.js"
    subprocess.run([sys.executable, "-m", "stc_runtime.protocol_js", str(target)], check=True, cwd=tmp_path)
    assert target.read_text(encoding="utf-8") == protocol_js.generate()


def test_jsdoc_declares_every_message_and_field():
    js = protocol_js.generate()
    assert f"export const PROTOCOL_VERSION = {protocol.PROTOCOL_VERSION};" in js
    for union in (protocol.ToMain, protocol.ToWorker):
        for cls in typing.get_args(union):
            assert f"@typedef {{Object}} {cls.__name__}" in js
            for f in dataclasses.fields(cls):
                assert re.search(rf"@property {{[^}}]+}} \[?{f.name}\]?( - |\n)", js), f"{cls.__name__}.{f.name}"
    for name, union in (("ToMain", protocol.ToMain), ("ToWorker", protocol.ToWorker)):
        members = " | ".join(m.__name__ for m in typing.get_args(union))
        assert f"/** @typedef {{{members}}} {name} */" in js


def test_every_to_main_message_has_a_distinct_type_tag():
    tags = [cls().type for cls in typing.get_args(protocol.ToMain)] + [cls().type for cls in typing.get_args(protocol.ToWorker)]
    assert len(tags) == len(set(tags))
    for tag in tags:
        assert tag == tag.lower() and " " not in tag


@pytest.mark.parametrize(
    ("msg", "expected"),
    [
        (protocol.Ready(), {"type": "ready", "protocol_version": protocol.PROTOCOL_VERSION, "snapshot": False, "boot_phases": {}}),
        (protocol.RunStarted(run_id=3), {"type": "run_started", "run_id": 3}),
        (
            protocol.Delta(run_id=3, path=[0, 2, 1], element={"kind": "markdown", "body": "é ✓"}),
            {"type": "delta", "run_id": 3, "path": [0, 2, 1], "element": {"kind": "markdown", "body": "é ✓"}},
        ),
        (protocol.RunFinished(run_id=3, status="error"), {"type": "run_finished", "run_id": 3, "status": "error"}),
        (protocol.BootProgress(stage="Loading pandas"), {"type": "boot_progress", "stage": "Loading pandas"}),
        (protocol.BootFailed(message="404"), {"type": "boot_failed", "message": "404"}),
    ],
)
def test_messages_encode_to_json(msg, expected):
    text = protocol.encode(msg)
    assert json.loads(text) == expected
    assert "\n" not in text


def test_encoding_refuses_nan():
    with pytest.raises(ValueError):
        protocol.encode(protocol.Delta(element={"kind": "x", "value": float("nan")}))


def test_decode_rerun_from_the_page():
    msg = protocol.decode_to_worker({"type": "rerun", "changes": [{"id": "w1", "value": 3}, {"id": "w2"}]})
    assert msg == protocol.Rerun(changes=[protocol.WidgetChange(id="w1", value=3), protocol.WidgetChange(id="w2", value=None)])
    assert protocol.decode_to_worker({"type": "rerun"}) == protocol.Rerun()
    with pytest.raises(ValueError, match="unknown message type"):
        protocol.decode_to_worker({"type": "nope"})


def test_bridge_round_trip(tmp_path, monkeypatch):
    """The worker's edge: JSON text in, JSON text out."""
    from stc_runtime import bridge

    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\nst.write('hi from', 'the bridge')\nst.checkbox('C')\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    monkeypatch.setattr(sys, "path", list(sys.path))
    main = sys.modules.get("__main__")
    posted: list[str] = []
    try:
        bridge.start(str(script), posted.append)
        bridge.handle(json.dumps({"type": "rerun", "changes": []}))
        first = [json.loads(p) for p in posted]
        checkbox = next(m for m in first if m["type"] == "delta" and m["element"]["kind"] == "checkbox")
        posted.clear()
        bridge.handle(json.dumps({"type": "rerun", "changes": [{"id": checkbox["element"]["id"], "value": True}]}))
    finally:
        sys.modules["__main__"] = main  # type: ignore[assignment]
        monkeypatch.setattr(bridge, "_session", None)
    assert [m["type"] for m in first] == ["run_started", "delta", "delta", "run_finished"]
    assert first[1]["element"]["body"] == "hi from the bridge"
    second = [json.loads(p) for p in posted]
    assert second[2]["element"]["value"] is True
    assert second[-1] == {"type": "run_finished", "run_id": 2, "status": "complete"}
