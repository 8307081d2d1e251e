"""Status elements: success, info, warning, error, toast, metric."""

from __future__ import annotations
