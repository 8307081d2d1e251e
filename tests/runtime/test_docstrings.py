"""Every ``st.*`` function documents itself: ``help(st.x)`` shows its own
docstring (not a wrapper's), and the docstring names each parameter."""

from __future__ import annotations

import inspect
import pydoc

import pytest

import stc_runtime as st
from stc_runtime import element_registry


def _public_callables():
    element_registry.load_all()
    names = sorted(set(st.__all__) | set(element_registry.ELEMENTS))
    out = []
    for name in names:
        obj = getattr(st, name)
        if inspect.isclass(obj) and name not in ("Page",):
            continue  # DeltaGenerator and the like
        if callable(obj) and not inspect.isclass(obj) or name == "Page":
            out.append(name)
    return out


@pytest.mark.parametrize("name", _public_callables())
def test_each_st_function_has_a_docstring_naming_its_parameters(name):
    fn = getattr(st, name)
    doc = inspect.getdoc(fn) or ""
    assert doc.strip(), f"st.{name} has no docstring"
    target = fn.__init__ if inspect.isclass(fn) else fn
    params = [p for p in inspect.signature(target).parameters.values()
              if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD) and p.name not in ("self", "dg")]
    missing = [p.name for p in params if p.name not in doc]
    assert not missing, f"st.{name}'s docstring does not mention: {', '.join(missing)}"


def test_help_shows_the_elements_own_docstring():
    text = pydoc.render_doc(st.slider, renderer=pydoc.plaintext)
    assert "partial" not in text
    assert inspect.getdoc(st.slider).splitlines()[0] in text
    assert "dg" not in str(inspect.signature(st.slider))
