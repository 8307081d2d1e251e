"""Payloads of the media family (elements/media.py, runtime_js/src/kinds/media.js)."""

from __future__ import annotations
