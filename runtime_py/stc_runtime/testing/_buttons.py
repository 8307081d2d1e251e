"""AppTest accessors of the buttons family (elements/buttons.py):
``at.button``, ``at.download_button``, ``at.link_button``."""

from __future__ import annotations

import base64

from ..payloads.buttons import ButtonElement, DownloadButtonElement, LinkButtonElement
from ._tree import _UNSET, Element, Widget, register


class Button(Widget):
    payload: ButtonElement

    def click(self) -> "Button":
        return self.set_value(True)  # type: ignore[return-value]


class DownloadButton(Widget):
    payload: DownloadButtonElement

    @property
    def data(self) -> bytes:
        """The bytes a click downloads."""
        p = self.payload
        return base64.b64decode(p.data) if p.encoding == "base64" else p.data.encode("utf-8")

    @property
    def file_name(self) -> str:
        return self.payload.file_name

    @property
    def mime(self) -> str:
        return self.payload.mime

    @property
    def value(self) -> bool:
        pending = self.root._pending.get(self.id, _UNSET)
        if pending is not _UNSET:
            return bool(pending)
        return bool(self.root._session.state.widget_value(self.id))

    def click(self) -> "DownloadButton":
        # With on_click="ignore" the page downloads without telling the app.
        if not self.payload.ignore_rerun:
            self.set_value(True)
        return self


class LinkButton(Element):
    payload: LinkButtonElement

    @property
    def label(self) -> str:
        return self.payload.label

    @property
    def url(self) -> str:
        return self.payload.url

    @property
    def value(self) -> str:
        return self.payload.url

    @property
    def help(self) -> str | None:
        return self.payload.help

    @property
    def disabled(self) -> bool:
        return self.payload.disabled


register("button", Button)
register("download_button", DownloadButton)
register("link_button", LinkButton)
