"""``st.page_link``: a link to a page of the app or to another website;
several of them in the sidebar make a custom navigation menu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import run_context
from ..delta_generator import SIDEBAR_ROOT, DeltaGenerator
from ..element_registry import element
from ..errors import StreamlitAPIException
from ..navigation import StreamlitPage, _check_icon, resolve_page
from ..payloads.navigation import PageLinkElement
from ..sizing import width as checked_width
from ..sizing import icon_position as _icon_position


@element
def page_link(
    dg: DeltaGenerator,
    page: str | Path | StreamlitPage,
    *,
    label: str | None = None,
    icon: str | None = None,
    icon_position: str = "left",
    help: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
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
        icon_position: "left" (the default) or "right": the side of the
            label the icon is drawn on.
        help: a tooltip (Markdown) shown on a "?" icon next to the link.
        disabled: draw it greyed out, and not followable.
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``width="content"``; None: ``width`` decides.
        width: "content" (as wide as its label), "stretch" (its container's
            width) or a width in pixels; in the sidebar a page link always
            stretches, as in Streamlit.
        query_params: the query parameters the target page opens with (a
            dict, or key-value pairs; a list value repeats its key); None:
            the page switch clears them, as every page switch does.
    """
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    if dg._path[:1] == (SIDEBAR_ROOT,):
        width = "stretch"  # a menu of page links fills the sidebar, as in 1.67
    icon_position = _icon_position(icon_position)
    width = checked_width(width, allow_content=True)
    if icon is not None:
        _check_icon(icon)
    query = _query_string(query_params) if query_params else ""
    common = {"help": help, "disabled": bool(disabled), "icon_position": icon_position, "width": width,
              "query_string": query}
    if isinstance(page, str) and page.startswith(("http://", "https://")):
        if label is None:
            raise StreamlitAPIException("The label param is required for external links used with st.page_link.")
        href = page + (("&" if "?" in page else "?") + query if query else "")
        return dg._element(PageLinkElement(external=True, href=href, label=str(label), icon=icon or "", **common))
    url_path, title, page_icon = resolve_page(page)
    session = run_context.current().session
    return dg._element(PageLinkElement(
        external=False, url_path=url_path, label=str(label) if label is not None else title,
        icon=icon if icon is not None else page_icon, current=url_path == session.current_page, **common,
    ))


def _query_string(query_params: Any) -> str:
    """``query_params`` as 1.67 encodes it: a mapping or key-value pairs,
    iterable values as repeated keys, a repeated pair adding to its key."""
    from urllib.parse import urlencode

    from ..query_params import _stored

    pairs = [(k, query_params[k]) for k in query_params.keys()] if hasattr(query_params, "keys") else list(query_params)
    merged: dict[str, Any] = {}
    for key, value in pairs:
        stored = _stored(str(key), value)
        if key in merged:
            before = merged[key] if isinstance(merged[key], list) else [merged[key]]
            merged[key] = before + (stored if isinstance(stored, list) else [stored])
        else:
            merged[key] = stored
    return urlencode(merged, doseq=True)
