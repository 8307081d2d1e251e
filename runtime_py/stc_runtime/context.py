"""The state of the run in progress: where the next element goes, which widgets
were drawn, and where messages are sent.

There is one `RunContext` per script run; `current()` returns it. Element
functions only ever talk to the run through it, which is what lets the same
code run in the worker, in the build-time prerender and in AppTest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from .errors import StreamlitAPIException
from .protocol import Delta

if TYPE_CHECKING:
    from .state import SessionState


@dataclass
class RunContext:
    run_id: int
    session_state: "SessionState"
    #: absolute path of the script being run (widget identity includes it)
    script_path: str
    #: folder of the app; tracebacks are trimmed to files under it
    app_root: str
    emit: Callable[[Delta], None]
    #: next free index of each container, by container path
    cursors: dict[tuple[int, ...], int] = field(default_factory=dict)
    #: widget ids drawn in this run, in order
    widget_ids: list[str] = field(default_factory=list)
    #: user keys of the widgets drawn in this run
    widget_keys: set[str] = field(default_factory=set)
    #: the AppSession running this script (secrets, query params...)
    session: Any = None

    def next_path(self, container: tuple[int, ...]) -> tuple[int, ...]:
        index = self.cursors.get(container, 0)
        self.cursors[container] = index + 1
        return container + (index,)

    def write(self, path: tuple[int, ...], element: dict[str, Any], buffers: list[Any] | None = None) -> None:
        self.emit(Delta(run_id=self.run_id, path=list(path), element=element, buffers=list(buffers or [])))


_current: RunContext | None = None


def current() -> RunContext:
    if _current is None:
        raise StreamlitAPIException(
            "Streamlit commands can only be used while the app script runs."
        )
    return _current


def activate(ctx: RunContext | None) -> None:
    global _current
    _current = ctx
