"""Payloads of the navigation family (elements/navigation.py, runtime_js/src/kinds/navigation.js)."""

from __future__ import annotations
