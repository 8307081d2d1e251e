"""Payloads of the layout family (elements/layout.py, runtime_js/src/kinds/layout.js)."""

from __future__ import annotations
