"""AppTest accessors of the buttons family (elements/buttons.py):
``at.button`` (form submit buttons too), ``at.download_button``,
``at.link_button``; ``at.page_link`` (elements/navigation.py) is here too,
as 1.67 keeps it beside the link button."""

from __future__ import annotations

import base64
from typing import NoReturn

from ..payloads.buttons import ButtonElement, DownloadButtonElement, LinkButtonElement
from ..payloads.navigation import PageLinkElement
from ._tree import _UNSET, AppTestError, Element, Widget, register


class Button(Widget):
    """``st.button`` and ``st.form_submit_button``; ``value`` is True in
    the run its click caused."""

    payload: ButtonElement

    @property
    def key(self) -> str | None:
        own = super().key
        if own is None and self.proto.get("kind") == "form_submit_button":
            # 1.67 keys a submit button without a key of its own after its
            # form and label.
            return f"FormSubmitter:{self.form_id}-{self.label}"
        return own

    @property
    def value(self) -> bool:
        pending = self.root._pending.get(self.id, _UNSET)
        if pending is not _UNSET:
            return bool(pending)
        return bool(self.root._session.state.widget_value(self.id))

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
        self._assert_can_interact()
        if not self.payload.ignore_rerun:
            self.set_value(True)
        return self


class LinkButton(Element):
    """``st.link_button``: ``value`` is its label, as 1.67 reports it."""

    payload: LinkButtonElement

    @property
    def value(self) -> str:
        return self.payload.label

    @property
    def key(self) -> str | None:
        # The payload's key: a link button has a widget id only with on_click.
        return self.payload.key

    def _raise_unsupported_interaction(self, method: str) -> NoReturn:
        key_part = f" (key={self.key!r})" if self.key else ""
        raise AppTestError(
            f"{method}() is not supported for link_button{key_part}. "
            "AppTest does not open URLs or trigger on_click. Use a Playwright e2e test."
        )

    @property
    def label(self) -> str:
        return self.payload.label

    @property
    def url(self) -> str:
        return self.payload.url

    @property
    def help(self) -> str:
        return self.payload.help or ""

    @property
    def disabled(self) -> bool:
        return self.payload.disabled


class PageLink(Element):
    """``st.page_link``: ``value`` is its label, as 1.67 reports it."""

    payload: PageLinkElement

    @property
    def value(self) -> str:
        return self.payload.label

    @property
    def label(self) -> str:
        return self.payload.label

    @property
    def help(self) -> str:
        return self.payload.help or ""


register("button", Button)
register("download_button", DownloadButton)
register("link_button", LinkButton)
register("page_link", PageLink)
