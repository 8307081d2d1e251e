"""AppTest accessors of the media family (elements/media.py), as 1.67 has
them: ``at.image`` (``Image``: ``.value`` the images' addresses,
``.captions``), ``at.file_uploader`` (``FileUploader``); audio and video
are elements 1.67 has no class for (``at.get("audio")``, ``at.get("video")``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..elements.media import UploadedFile, stage_upload
from ..payloads.media import FileUploaderElement, ImageElement
from ._tree import Element, UnknownElement, Widget, register


class Image(Element):
    payload: ImageElement

    @property
    def value(self) -> list[str]:
        """The address of each image (a URL, or the data the page shows)."""
        return [item.src for item in self.payload.images]

    @property
    def captions(self) -> list[str]:
        return [item.caption or "" for item in self.payload.images]


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
    def allowed_type(self) -> list[str]:
        """The file extensions it takes (1.67's name for ``accept``)."""
        return list(self.payload.accept)

    @property
    def multiple(self) -> bool:
        return self.payload.multiple

    @property
    def accept_multiple_files(self) -> bool:
        return self.payload.multiple

    @property
    def max_upload_size_mb(self) -> int:
        return self.payload.max_upload_size_mb

    @property
    def file_names(self) -> list[str]:
        """Names of the files the page lists (after the last run)."""
        return [f.name for f in self.payload.value.files]

    def set_value(self, value: Any) -> "FileUploader":
        self._assert_can_interact()
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

    def upload(self, filename: str, content: bytes | str, mime_type: str = "application/octet-stream") -> "FileUploader":
        """Add one file (replacing the current one unless the uploader
        takes several), as dropping a file on it does. Without
        ``mime_type`` the file's type is ``application/octet-stream``, as
        1.67's AppTest gives it."""
        item = (filename, content, mime_type)
        pending = self.root._pending.get(self.id)
        if self.multiple and pending is not None:
            # Chained uploads add to the files chosen since the last run.
            self._assert_can_interact()
            self.root._pending[self.id] = {"files": [*pending["files"], self._entry(item)]}
            return self
        current = list(self.value or []) if self.multiple else []
        return self.set_value([*current, item] if self.multiple else item)

    @property
    def accept_directory(self) -> bool:
        """Whether it takes a folder's files (stc's uploader takes files)."""
        return bool(getattr(self.payload, "accept_directory", False))

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
register("image", Image)
register("audio", UnknownElement)
register("video", UnknownElement)
