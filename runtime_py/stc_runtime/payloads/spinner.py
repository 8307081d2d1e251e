"""Payloads of the spinner family (elements/spinner.py, runtime_js/src/kinds/spinner.js)."""

from __future__ import annotations
