"""Payloads of the navigation family (elements/navigation.py,
runtime_js/src/kinds/navigation.js), and of ``st.set_page_config``, whose
element the page applies to the browser tab and the app's layout instead of
drawing it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from . import ElementPayload, optional, url


@dataclass(frozen=True, kw_only=True)
class PageLinkElement(ElementPayload):
    """``st.page_link``: a link to a page of the app (``external`` false:
    it switches pages without reloading) or to another website (opened in a
    new tab)."""

    KIND: ClassVar[str] = "page_link"
    #: a link to another website (``href``), not to a page of the app
    #: (``url_path``)
    external: bool
    #: the link's text, plain text
    label: str
    #: an emoji or ``":material/name:"`` shown before the label; ``""``: none
    icon: str = ""
    #: the tooltip text (Markdown) of the "?" icon; null: no icon
    help: str | None = None
    #: drawn greyed out, and the link cannot be followed
    disabled: bool = False
    #: ``"left"`` or ``"right"``: which side of the label the icon is on
    icon_position: Literal["left", "right"] = "left"
    #: ``"content"``, ``"stretch"`` (always in the sidebar) or a width in
    #: pixels
    width: int | Literal["content", "stretch"] = "content"
    #: external links: the website's URL; absent for a page of the app
    href: str | None = url(None, omit_none=True)
    #: links to a page of the app: its URL path, which the page's router
    #: turns into an address under the site; absent for external links
    url_path: str | None = optional()
    #: links to a page of the app: it is the page shown now (drawn as the
    #: current one); absent for external links
    current: bool | None = optional()
    #: the query string (no ``?``) the link opens the page with
    #: (``query_params``); "": none, so a page switch clears the query
    query_string: str = ""


@dataclass(frozen=True, kw_only=True)
class PageConfigElement(ElementPayload):
    """``st.set_page_config``: written at its own root, apart from the app's
    elements; the page sets the tab's title and favicon and the layout from
    it, and drops them again when a run no longer writes it."""

    KIND: ClassVar[str] = "page_config"
    #: the browser tab's title; null: the page's or the build's title
    title: str | None = None
    #: an emoji or ``":material/name:"`` for the favicon; null: ``icon_url``,
    #: else the page's icon or the build's
    icon: str | None = None
    #: an image for the favicon (a URL, often ``data:``); null: ``icon``
    icon_url: str | None = None
    #: ``"centered"`` (a column of limited width) or ``"wide"`` (the whole
    #: window)
    layout: Literal["centered", "wide"] = "centered"
    #: the app's ``initial_sidebar_state`` (``"auto"``, ``"expanded"``,
    #: ``"collapsed"`` or what it passed), sent as given; the page does not
    #: act on it yet
    initial_sidebar_state: str = "auto"
    #: the app menu's entries the app set (``menu_items``): ``get_help`` and
    #: ``report_a_bug`` (URLs; null hides the entry), ``about`` (Markdown
    #: for the About dialog; null: none); null: the menu as it is
    menu_items: dict[str, str | None] | None = None
