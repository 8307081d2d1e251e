"""AppTest accessors of the media family (elements/media.py):
``at.file_uploader`` (also ``at.get("file_uploader")``), which Streamlit's
own AppTest does not have; images, audio and video are plain elements
(``at.get("image")``...)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..elements.media import UploadedFile, stage_upload
from ..payloads.media import FileUploaderElement
from ._tree import Widget, register


class FileUploader(Widget):
    """``set_value`` takes what a visitor would pick: a ``(name, bytes)`` or
    ``(name, bytes, mime_type)`` tuple, a path to a file, an ``UploadedFile``
    the app returned earlier, a list of these (``accept_multiple_files``),
    or ``None`` / ``[]`` to remove every file. The bytes go through a
    transfer file, exactly as the worker hands them over in the browser."""

    payload: FileUploaderElement

    @property
    def value(self) -> Any:
        # What the app got in the last run (a pending choice is only wire
        # data until ``run()``).
        return self.root._session.state.widget_value(self.id)

    @property
    def accept(self) -> list[str]:
        return list(self.payload.accept)

    @property
    def multiple(self) -> bool:
        return self.payload.multiple

    @property
    def max_upload_size_mb(self) -> int:
        return self.payload.max_upload_size_mb

    @property
    def file_names(self) -> list[str]:
        """Names of the files the page lists (after the last run)."""
        return [f.name for f in self.payload.value.files]

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


register("file_uploader", FileUploader)
