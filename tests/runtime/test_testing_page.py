"""The page model (stc_runtime/testing/_page.py) that AppTest and the runtime
tests read the page from: the renderer's rules, applied to messages."""

from __future__ import annotations

from stc_runtime.protocol import Delta, RunFinished
from stc_runtime.testing._page import PageModel


def md(body):
    return {"kind": "markdown", "body": body}


def shown(page):
    return [(list(p), n.element.get("body") or n.kind) for p, n in page.walk()]


def test_a_finished_run_removes_what_it_did_not_write():
    page = PageModel()
    page.apply(Delta(run_id=1, path=[0, 0], element=md("a")))
    page.apply(Delta(run_id=1, path=[0, 1], element=md("b")))
    page.apply(RunFinished(run_id=1))
    page.apply(Delta(run_id=2, path=[0, 0], element=md("a")))
    assert shown(page) == [([0, 0], "a"), ([0, 1], "b")]  # still running: b is only stale
    page.apply(RunFinished(run_id=2))
    assert shown(page) == [([0, 0], "a")]


def test_a_run_ended_by_rerun_removes_nothing():
    page = PageModel()
    page.apply(Delta(run_id=1, path=[0, 0], element=md("a")))
    page.apply(RunFinished(run_id=1, status="rerun"))
    page.apply(Delta(run_id=2, path=[1, 0], element=md("side")))
    page.apply(RunFinished(run_id=2, status="rerun"))
    assert shown(page) == [([0, 0], "a"), ([1, 0], "side")]


def test_a_container_keeps_its_children_until_its_kind_changes():
    page = PageModel()
    box = {"kind": "block", "block": "vertical"}
    page.apply(Delta(run_id=1, path=[0, 0], element=box))
    page.apply(Delta(run_id=1, path=[0, 0, 0], element=md("inside")))
    page.apply(Delta(run_id=1, path=[0, 0], element={**box, "border": True}))
    assert shown(page) == [([0, 0], "block:vertical"), ([0, 0, 0], "inside")]
    page.apply(Delta(run_id=1, path=[0, 0], element=md("replaced")))
    assert shown(page) == [([0, 0], "replaced")]


def test_a_delta_the_page_cannot_place_is_ignored():
    page = PageModel()
    page.apply(Delta(run_id=1, path=[0, 0], element=md("not a container")))
    page.apply(Delta(run_id=1, path=[0, 0, 0], element=md("orphan")))
    page.apply(Delta(run_id=1, path=[0, 5, 0], element=md("nowhere")))
    assert shown(page) == [([0, 0], "not a container")]
