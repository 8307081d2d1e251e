"""AppTest wrappers of the files elements (see v1.register): file_uploader,
download_button, link_button. Streamlit's own AppTest has none of them; ours
lists them as ``at.file_uploader``, ``at.download_button`` and
``at.link_button`` (also ``at.get("file_uploader")``)."""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import Any

from ..elements.media import UploadedFile, stage_upload
from .v1 import _UNSET, Element, Widget, register


class FileUploader(Widget):
    """``set_value`` takes what a visitor would pick: a ``(name, bytes)`` or
    ``(name, bytes, mime_type)`` tuple, a path to a file, an ``UploadedFile``
    the app returned earlier, a list of these (``accept_multiple_files``),
    or ``None`` / ``[]`` to remove every file. The bytes go through a
    transfer file, exactly as the worker hands them over in the browser."""

    @property
    def value(self) -> Any:
        # What the app got in the last run (a pending choice is only wire
        # data until ``run()``).
        return self.root._session.state.widget_value(self.id)

    @property
    def accept(self) -> list[str]:
        return list(self.proto["accept"])

    @property
    def multiple(self) -> bool:
        return bool(self.proto["multiple"])

    @property
    def max_upload_size_mb(self) -> int:
        return self.proto["max_upload_size_mb"]

    @property
    def file_names(self) -> list[str]:
        """Names of the files the page lists (after the last run)."""
        return [f["name"] for f in self.proto["value"]["files"]]

    def set_value(self, value: Any) -> "FileUploader":
        if value is None:
            items: list[Any] = []
        elif isinstance(value, list):
            items = value
        else:
            items = [value]
        if len(items) > 1 and not self.multiple:
            raise ValueError(
                f"file_uploader {self.label!r} takes one file (accept_multiple_files=False), got {len(items)}."
            )
        entries = [self._entry(item) for item in items]
        self.root._pending[self.id] = {"files": entries}
        return self

    def upload(self, name: str, data: bytes | str, mime_type: str | None = None) -> "FileUploader":
        """Add one file (replacing the current one unless the uploader
        takes several), as dropping a file on it does."""
        current = list(self.value or []) if self.multiple else []
        return self.set_value([*current, (name, data, mime_type)] if self.multiple else (name, data, mime_type))

    def clear(self) -> "FileUploader":
        return self.set_value(None)

    @staticmethod
    def _entry(item: Any) -> dict[str, Any]:
        if isinstance(item, UploadedFile):
            known = {"file_id": item.file_id, "name": item.name, "type": item.type, "size": item.size}
            # The widget knows it by id; the bytes ride along in case it
            # does not (a file from another uploader, say).
            return {**stage_upload(item.getvalue(), item.name, item.type), **known}
        if isinstance(item, (str, os.PathLike)):
            path = Path(item)
            return stage_upload(path.read_bytes(), path.name)
        if isinstance(item, tuple) and len(item) in (2, 3):
            name, data = item[0], item[1]
            mime = item[2] if len(item) == 3 else None
            if isinstance(data, str):
                data = data.encode()
            return stage_upload(bytes(data), str(name), mime)
        raise TypeError(
            "file_uploader.set_value takes (name, bytes[, mime_type]) tuples, paths or UploadedFile objects, "
            f"not {item!r}."
        )


class DownloadButton(Widget):
    @property
    def data(self) -> bytes:
        """The bytes a click downloads."""
        text = self.proto["data"]
        return base64.b64decode(text) if self.proto["encoding"] == "base64" else text.encode("utf-8")

    @property
    def file_name(self) -> str:
        return self.proto["file_name"]

    @property
    def mime(self) -> str:
        return self.proto["mime"]

    @property
    def value(self) -> bool:
        pending = self.root._pending.get(self.id, _UNSET)
        if pending is not _UNSET:
            return bool(pending)
        return bool(self.root._session.state.widget_value(self.id))

    def click(self) -> "DownloadButton":
        # With on_click="ignore" the page downloads without telling the app.
        if not self.proto.get("ignore_rerun"):
            self.set_value(True)
        return self


class LinkButton(Element):
    @property
    def label(self) -> str:
        return self.proto["label"]

    @property
    def url(self) -> str:
        return self.proto["url"]

    @property
    def value(self) -> str:
        return self.proto["url"]

    @property
    def help(self) -> str | None:
        return self.proto.get("help")

    @property
    def disabled(self) -> bool:
        return bool(self.proto.get("disabled"))


register("file_uploader", FileUploader)
register("download_button", DownloadButton)
register("link_button", LinkButton)
