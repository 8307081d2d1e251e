"""Payloads of the status family (elements/status.py, runtime_js/src/kinds/status.js)."""

from __future__ import annotations
