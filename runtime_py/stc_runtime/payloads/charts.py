"""Payloads of the charts family (elements/charts.py, runtime_js/src/kinds/charts.js)."""

from __future__ import annotations
