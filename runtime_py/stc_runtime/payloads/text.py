"""Payloads of the text family (elements/text.py, runtime_js/src/kinds/text.js)."""

from __future__ import annotations
