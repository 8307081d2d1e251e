"""Payloads of the data family (elements/data.py, runtime_js/src/kinds/data.js)."""

from __future__ import annotations
