"""Payloads of the forms family (elements/forms.py, runtime_js/src/kinds/forms.js)."""

from __future__ import annotations
