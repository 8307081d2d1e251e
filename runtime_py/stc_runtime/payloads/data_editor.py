"""Payloads of the data_editor family (elements/data_editor.py, runtime_js/src/kinds/data_editor.js)."""

from __future__ import annotations
