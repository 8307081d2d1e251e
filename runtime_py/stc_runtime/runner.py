"""Runs the app script, once per interaction, the way Streamlit does.

``AppSession`` is the whole life of one visitor's session: it owns the session
state and turns each ``Rerun`` request into a script run that streams
``RunStarted``, ``Delta``... and ``RunFinished`` through ``emit``. It knows
nothing about browsers; the worker bridge, the build-time prerender and
AppTest all drive it the same way.
"""

from __future__ import annotations

import os
import sys
import types
from typing import Callable

from . import context, delta_generator
from .elements.text import exception_element
from .errors import RerunException, StopException
from .protocol import Rerun, RunFinished, RunStarted, ToMain, WidgetChange
from .secrets import load_secrets_file
from .state import SessionState


class AppSession:
    def __init__(self, script_path: str, emit: Callable[[ToMain], None], *, app_root: str | None = None) -> None:
        self.script_path = os.path.abspath(script_path)
        self.app_root = os.path.abspath(app_root or os.path.dirname(self.script_path))
        self.emit = emit
        self.state = SessionState()
        #: ``st.secrets``: the app's .streamlit/secrets.toml when there is
        #: one (CPython/AppTest; a built site never has one), merged with
        #: what AppTest sets in ``at.secrets``.
        self.secrets: dict = load_secrets_file(self.app_root)
        self._run_id = 0
        self._code: tuple[str, types.CodeType] | None = None

    # --- requests ---------------------------------------------------------

    def handle(self, request: Rerun) -> None:
        """Apply the visitor's changes in order, then run the script (again
        and again while it calls ``st.rerun()``)."""
        self.apply_changes(request.changes)
        while self._run_once() == "rerun":
            pass

    def apply_changes(self, changes: list[WidgetChange]) -> None:
        for change in changes:
            self.state.apply_change(change.id, change.value)

    # --- one run ----------------------------------------------------------

    def _compile(self):
        # Keyed on the source text, not the mtime: an edit within one tick
        # of a coarse file-system clock keeps its mtime. Reading the file is
        # cheap next to compiling it.
        with open(self.script_path, encoding="utf-8") as f:
            source = f.read()
        if self._code is None or self._code[0] != source:
            self._code = (source, compile(source, self.script_path, "exec", dont_inherit=True))
        return self._code[1]

    def _run_once(self) -> str:
        self._run_id += 1
        ctx = context.RunContext(
            run_id=self._run_id,
            session_state=self.state,
            script_path=self.script_path,
            app_root=self.app_root,
            emit=self.emit,
            session=self,
        )
        self.emit(RunStarted(run_id=self._run_id))
        self.state.on_run_started()
        delta_generator.reset_with_stack()
        context.activate(ctx)
        status = "complete"
        try:
            # Callbacks run first, inside the run, so what they write appears
            # at the top of the page (Streamlit's order of operations).
            for meta in self.state.take_pending_callbacks():
                meta.callback(*meta.args, **meta.kwargs)
            code = self._compile()
            module = types.ModuleType("__main__")
            module.__file__ = self.script_path
            module.__dict__["__builtins__"] = __builtins__
            sys.modules["__main__"] = module
            exec(code, module.__dict__)
        except RerunException:
            status = "rerun"
        except StopException:
            status = "stopped"
        except Exception as exc:  # the app's own error: show it in the page
            status = "error"
            delta_generator.reset_with_stack()
            delta_generator.main._write(exception_element(exc))
        finally:
            # Only a run that reached the end of the script forgets the
            # widgets it did not draw. After st.stop() or an exception
            # Streamlit skips the clean-up too ("premature stop"), so widgets
            # below that point keep their values; a run ended by st.rerun()
            # is cut short on purpose (the next run will draw them).
            self.state.on_run_finished(cleanup=status == "complete")
            context.activate(None)
            delta_generator.reset_with_stack()
        self.emit(RunFinished(run_id=self._run_id, status=status))  # type: ignore[arg-type]
        return status
