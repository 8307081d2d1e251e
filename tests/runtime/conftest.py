"""CPython tests of runtime_py: a small harness that plays the page's part.

``app(source)`` writes ``source`` (dedented) to ``tmp_path/app.py`` and
returns an ``AppDriver`` around one ``AppSession``: ``run()`` sends a
``Rerun`` and records every message the session emits; ``click``/``set``
find a widget in the last run's deltas by kind and label and send a
``Rerun`` carrying its id, exactly as runtime_js does. Every emitted message
is also encoded with ``protocol.encode`` so anything that could not cross
to the page fails the test at the point where it was written.
"""

from __future__ import annotations

import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

import stc_runtime
from stc_runtime import payloads, protocol
from stc_runtime.runner import AppSession
from stc_runtime.testing._page import PageModel

# Apps import ``streamlit``; it must be this runtime (as in the worker).
stc_runtime.install_as_streamlit()

# The example apps the conformance suite runs against real Streamlit; a
# runtime test of the same app loads the file, so the two cannot drift apart.
CONFORMANCE_APPS = Path(__file__).resolve().parents[1] / "conformance" / "apps"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "seed_only: Streamlit's documented behaviour (its concept docs), where releases"
        " >= 1.50 differ; compared against Streamlit 1.49.1",
    )


@dataclass
class Run:
    run_id: int
    status: str | None = None
    deltas: list[protocol.Delta] = field(default_factory=list)

    def elements(self, kind: str | None = None) -> list[dict[str, Any]]:
        return [d.element for d in _page_order(self.deltas) if kind is None or d.element["kind"] == kind]


def _page_order(deltas: list[protocol.Delta]) -> list[protocol.Delta]:
    # A later delta at the same path replaces the earlier one; sorting paths
    # puts a block before its children and children before the next sibling,
    # which is the order on the page (main area, then sidebar).
    by_path: dict[tuple[int, ...], protocol.Delta] = {}
    for d in deltas:
        by_path[tuple(d.path)] = d
    return [by_path[p] for p in sorted(by_path)]


class AppDriver:
    def __init__(self, script: Path) -> None:
        self.script = script
        self.messages: list[Any] = []  # every message, since the session began
        self.runs: list[Run] = []  # every run, since the session began
        self.last_request_runs: list[Run] = []
        self.session = AppSession(str(script), self._emit)
        #: what the page shows (the rules of the page's renderer)
        self.page = PageModel()

    # --- the page's side -------------------------------------------------

    def _emit(self, msg: Any) -> None:
        protocol.encode(msg)  # must cross to the page as JSON
        self.page.apply(msg)
        if isinstance(msg, protocol.Delta):
            # Every element the page gets reads back into its payload class
            # and writes out the same (no field the class lacks).
            assert payloads.from_wire(msg.element).wire() == msg.element
        self.messages.append(msg)
        if isinstance(msg, protocol.RunStarted):
            run = Run(msg.run_id)
            self.runs.append(run)
            self.last_request_runs.append(run)
        elif isinstance(msg, protocol.Delta):
            assert msg.run_id == self.runs[-1].run_id
            self.runs[-1].deltas.append(msg)
        elif isinstance(msg, protocol.RunFinished):
            assert msg.run_id == self.runs[-1].run_id
            self.runs[-1].status = msg.status

    def run(self, *changes: protocol.WidgetChange) -> "AppDriver":
        self.last_request_runs = []
        main = sys.modules.get("__main__")
        try:
            self.session.handle(protocol.Rerun(changes=list(changes)))
        finally:
            # The runner installs the app as ``__main__`` (as streamlit run
            # does); give pytest its own back.
            sys.modules["__main__"] = main  # type: ignore[assignment]
        return self

    def write_script(self, source: str) -> None:
        self.script.write_text(textwrap.dedent(source), encoding="utf-8")

    # --- what the page shows (after the last request) -----------------------

    @property
    def last(self) -> Run:
        return self.runs[-1]

    @property
    def status(self) -> str | None:
        return self.last.status

    def elements(self, kind: str | None = None) -> list[dict[str, Any]]:
        """The elements on the page now, in page order (not those of the
        last run's deltas: a removed element is gone)."""
        return [e for _, e in self.paths(kind)]

    def paths(self, kind: str | None = None) -> list[tuple[list[int], dict[str, Any]]]:
        return [(list(path), node.element) for path, node in self.page.walk()
                if node.element is not None and (kind is None or node.element["kind"] == kind)]

    def kinds(self) -> list[str]:
        return [e["kind"] for e in self.elements()]

    def markdown(self) -> list[str]:
        return [e["body"] for e in self.elements("markdown")]

    def headings(self) -> list[str]:
        return [e["body"] for e in self.elements("heading")]

    def exceptions(self) -> list[dict[str, Any]]:
        return self.elements("exception")

    def widget(self, kind: str, label: str | None = None, *, key: str | None = None) -> dict[str, Any]:
        found = [
            e for e in self.elements(kind)
            if (label is None or e["label"] == label) and (key is None or e["id"].endswith(f"-{key}"))
        ]
        assert len(found) == 1, f"expected one {kind} {label!r} (key={key!r}), page has {self.kinds()}"
        return found[0]

    def value(self, kind: str, label: str | None = None, *, key: str | None = None) -> Any:
        return self.widget(kind, label, key=key)["value"]

    @property
    def state(self) -> dict[str, Any]:
        """What ``st.session_state`` holds now (widget keys included)."""
        return self.session.state.to_dict()

    # --- the visitor -----------------------------------------------------

    def set(self, kind: str, label: str | None, value: Any, *, key: str | None = None) -> "AppDriver":
        """Send the widget's new value in its wire form, then rerun."""
        wid = self.widget(kind, label, key=key)["id"]
        return self.run(protocol.WidgetChange(id=wid, value=value))

    def click(self, label: str, *, key: str | None = None) -> "AppDriver":
        return self.set("button", label, True, key=key)

    def select(self, label: str, option_label: str | None, *, key: str | None = None) -> "AppDriver":
        """Pick a selectbox option by its displayed text (the page sends its index)."""
        box = self.widget("selectbox", label, key=key)
        index = None if option_label is None else box["options"].index(option_label)
        return self.set("selectbox", label, index, key=key)


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., AppDriver]]:
    """``app(source, files={...})`` -> an AppDriver whose first run has NOT
    happened yet (call ``.run()``). ``files`` adds more files to the app
    folder (local modules, data); the folder is importable, as the worker
    makes it."""
    monkeypatch.syspath_prepend(str(tmp_path))

    def make(source: str, *, files: dict[str, str] | None = None) -> AppDriver:
        for name, text in (files or {}).items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        script = tmp_path / "app.py"
        script.write_text(textwrap.dedent(source), encoding="utf-8")
        return AppDriver(script)

    yield make
    # Forget the app's local modules: the next test's may share their names.
    for name, module in list(sys.modules.items()):
        if str(getattr(module, "__file__", None) or "").startswith(str(tmp_path)):
            del sys.modules[name]


@pytest.fixture
def conformance_app(app: Callable[..., AppDriver]) -> Callable[..., AppDriver]:
    """``conformance_app("forms_callback.py", files={...})`` -> ``app`` with
    that file of tests/conformance/apps/ as the script."""

    def make(name: str, **kwargs: Any) -> AppDriver:
        return app((CONFORMANCE_APPS / name).read_text(encoding="utf-8"), **kwargs)

    return make
