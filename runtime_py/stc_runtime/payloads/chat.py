"""Payloads of the chat family (elements/chat.py, runtime_js/src/kinds/chat.js)."""

from __future__ import annotations
