"""Payloads of the choice family (elements/choice.py, runtime_js/src/kinds/choice.js)."""

from __future__ import annotations
