"""Files and links: file_uploader, download_button, link_button."""

from __future__ import annotations
