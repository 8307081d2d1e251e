"""Payloads of the inputs family (elements/inputs.py, runtime_js/src/kinds/inputs.js)."""

from __future__ import annotations
