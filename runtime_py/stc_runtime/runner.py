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

from . import run_context, delta_generator, magic
from .config import Config
from .elements.text import exception_element
from .errors import RerunException, StopException
from .navigation import calls_navigation, script_for_run
from .protocol import (
    QueryParamsChanged,
    Rerun,
    RunFinished,
    RunStarted,
    StoreChanges,
    ToMain,
    WidgetChange,
)
from .query_params import QueryParams
from .secrets import load_secrets_file
from .state import SessionState


class AppSession:
    def __init__(
        self,
        script_path: str,
        emit: Callable[[ToMain], None],
        *,
        app_root: str | None = None,
        query_string: str = "",
    ) -> None:
        self.script_path = os.path.abspath(script_path)
        self.app_root = os.path.abspath(app_root or os.path.dirname(self.script_path))
        self.emit = emit
        self.state = SessionState()
        #: ``st.get_option``: the app's .streamlit/config.toml, read once
        #: per session (its problems are shown at the top of every run)
        self.config = Config.load(self.app_root)
        #: the page URL's query string (no ``?``): given at boot, changed by
        #: the page (back/forward) and by the app through ``st.query_params``
        self.query_string = query_string.lstrip("?")
        #: ``st.query_params``, repopulated from ``query_string`` every run
        self.query_params = QueryParams(self.query_string, on_change=self._query_params_changed)
        self.state.query_params = self.query_params
        #: ``st.secrets``: the app's .streamlit/secrets.toml when there is
        #: one (CPython/AppTest; a built site never has one), merged with
        #: what AppTest sets in ``at.secrets``.
        self.secrets: dict = load_secrets_file(self.app_root)
        self._run_id = 0
        self._code: tuple[tuple[str, tuple[tuple[str, bool], ...]], types.CodeType] | None = None
        #: compiled page scripts of a multipage app, by path (see _compile)
        self._page_code: dict[str, tuple[tuple[str, tuple[tuple[str, bool], ...]], types.CodeType]] = {}
        # Multipage apps (navigation.py): the page shown (its URL pathname,
        # "" for the default page), the one asked for and not yet shown,
        # the pages of the last st.navigation call, and whether the pages/
        # folder defines the pages (until the app calls st.navigation).
        self.current_page = ""
        self._page_request: str | None = None
        self.nav_pages: list = []
        with open(self.script_path, encoding="utf-8") as f:
            self.uses_pages_directory = not calls_navigation(f.read())

    # --- requests ---------------------------------------------------------

    def handle(self, request: Rerun) -> None:
        """Apply the visitor's changes in order, then run the script (again
        and again while it calls ``st.rerun()``)."""
        if request.query_string is not None:
            query_string = request.query_string.lstrip("?")
            # The visitor went back or forward: widgets bound to the URL
            # take what it says (state.py).
            self.state.url_changed_by_page = query_string != self.query_string
            self.query_string = query_string
        if request.page is not None:
            self.request_page(request.page)
        self.apply_changes(request.changes)
        while self._run_once() == "rerun":
            pass

    def apply_changes(self, changes: list[WidgetChange]) -> None:
        for change in changes:
            self.state.apply_change(change.id, change.value)

    def store_changes(self, request: StoreChanges) -> None:
        """Changes of ``on_change="ignore"`` widgets: stored for the next
        run, which they do not start (a bound one's URL follows at once)."""
        self.query_params.populate(self.query_string)
        self.apply_changes(request.changes)

    # --- one run ----------------------------------------------------------

    def _query_params_changed(self, query_string: str) -> None:
        # Told at once, as Streamlit does: the URL follows even if the run
        # later fails or is cut short by st.rerun()/st.stop().
        self.query_string = query_string
        self.emit(QueryParamsChanged(query_string=query_string))

    def request_page(self, url_path: str) -> None:
        """Show the page at ``url_path`` from the next run on."""
        self._page_request = url_path.strip("/")

    def take_page_request(self) -> tuple[str, bool]:
        """``(url_path, asked)``: the page to show now; ``asked`` is True
        when the visitor or st.switch_page asked for it (an unknown one is
        then "Page not found")."""
        if self._page_request is None:
            return self.current_page, False
        requested, self._page_request = self._page_request, None
        return requested, True

    def set_query_string(self, query_string: str) -> None:
        self.query_string = query_string

    def compile_file(self, path: str) -> types.CodeType:
        """A page script, compiled with magic like the entrypoint."""
        return self._compile(path)

    def _compile(self, path: str | None = None):
        # Keyed on the source text, not the mtime: an edit within one tick
        # of a coarse file-system clock keeps its mtime. Reading the file is
        # cheap next to compiling it. Magic (bare expressions -> st.write)
        # is applied here, so the browser, the prerender and AppTest run
        # the same code; the config.toml options that shape it are part of
        # the key.
        if path is not None and path != self.script_path:
            with open(path, encoding="utf-8") as f:
                source = f.read()
            options = self.config.magic_options()
            key = (source, tuple(sorted(options.items())))
            cached = self._page_code.get(path)
            if cached is None or cached[0] != key:
                cached = self._page_code[path] = (key, magic.compile_script(source, path, **options))
            return cached[1]
        with open(self.script_path, encoding="utf-8") as f:
            source = f.read()
        options = self.config.magic_options()
        key = (source, tuple(sorted(options.items())))
        if self._code is None or self._code[0] != key:
            self._code = (key, magic.compile_script(source, self.script_path, **options))
        return self._code[1]

    def _run_once(self) -> str:
        self._run_id += 1
        ctx = run_context.RunContext(run_id=self._run_id, session=self, emit=self.emit, script_path=self.script_path)
        self.emit(RunStarted(run_id=self._run_id))
        self.state.on_run_started()
        run_context.activate(ctx)
        # Every run starts from the page's URL (Streamlit repopulates
        # st.query_params from the browser's query string each run).
        self.query_params.populate(self.query_string)
        status = "complete"
        try:
            for problem in self.config.problems:
                delta_generator.main.warning(problem)
            # Callbacks run first, inside the run, so what they write appears
            # at the top of the page (Streamlit's order of operations).
            # (st.rerun's checks ask whether they are inside one.)
            ctx.in_callback = True
            try:
                for meta in self.state.take_pending_callbacks():
                    meta.callback(*meta.args, **meta.kwargs)
            finally:
                ctx.in_callback = False
            # A pages/ app runs the page's own file instead of the entrypoint.
            script = ctx.script_path = script_for_run(self)
            code = self._compile(script)
            module = types.ModuleType("__main__")
            module.__file__ = script
            module.__dict__["__builtins__"] = __builtins__
            module.__dict__.update(magic.namespace_entries())
            sys.modules["__main__"] = module
            exec(code, module.__dict__)
        except RerunException:
            status = "rerun"
        except StopException:
            status = "stopped"
        except Exception as exc:  # the app's own error: show it in the page
            status = "error"
            ctx.with_stack.clear()  # the error shows where the script was, outside any block
            delta_generator.main._write(exception_element(exc))
        finally:
            # Only a run that reached the end of the script forgets the
            # widgets it did not draw. After st.stop() or an exception
            # Streamlit skips the clean-up too ("premature stop"), so widgets
            # below that point keep their values; a run ended by st.rerun()
            # is cut short on purpose (the next run will draw them).
            self.state.on_run_finished(cleanup=status == "complete", page=self.current_page)
            run_context.activate(None)
        self.emit(RunFinished(run_id=self._run_id, status=status))  # type: ignore[arg-type]
        return status
