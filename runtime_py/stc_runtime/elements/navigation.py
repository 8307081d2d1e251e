"""``st.page_link``: a link to a page of the app or to another website;
several of them in the sidebar make a custom navigation menu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import run_context
from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..errors import StreamlitAPIException
from ..navigation import StreamlitPage, _check_icon, resolve_page
from ..payloads.navigation import PageLinkElement


@element
def page_link(
    dg: DeltaGenerator,
    page: str | Path | StreamlitPage,
    *,
    label: str | None = None,
    icon: str | None = None,
    help: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    query_params: Any = None,
) -> DeltaGenerator:
    """Display a link to a page of the app or to another website. A page
    link switches pages without reloading (session state survives); a
    website opens in a new tab.

    Parameters:
        page: the page: a ``StreamlitPage`` (from ``st.Page``), a file path
            relative to the entrypoint, or a URL starting with ``http://`` or
            ``https://`` for another website.
        label: the link's text; None: the page's title (required for a
            website).
        icon: an emoji or ``":material/name:"`` shown before the label;
            None: the page's icon (none for a website).
        help: a tooltip (Markdown) shown on a "?" icon next to the link.
        disabled: draw it greyed out, and not followable.
        use_container_width: stretch the link to the width of its container.
        query_params: query parameters for the target page (accepted; the
            link does not carry them yet).
    """
    if icon is not None:
        _check_icon(icon)
    common = {"help": help, "disabled": bool(disabled), "use_container_width": bool(use_container_width)}
    if isinstance(page, str) and page.startswith(("http://", "https://")):
        if label is None:
            raise StreamlitAPIException("The label param is required for external links used with st.page_link.")
        return dg._element(PageLinkElement(external=True, href=page, label=str(label), icon=icon or "", **common))
    url_path, title, page_icon = resolve_page(page)
    session = run_context.current().session
    return dg._element(PageLinkElement(
        external=False, url_path=url_path, label=str(label) if label is not None else title,
        icon=icon if icon is not None else page_icon, current=url_path == session.current_page, **common,
    ))
