"""``st.page_link``: a link to a page of the app or to another website
(seed, "Build a custom navigation menu with st.page_link")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import context
from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..errors import StreamlitAPIException
from ..navigation import StreamlitPage, _check_icon, resolve_page


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
) -> None:
    """Link to a page of the app (a ``StreamlitPage`` or a file path relative
    to the entrypoint) or, for a URL starting with ``http://`` or
    ``https://``, to another website (``label`` is then required). A page
    link switches pages without reloading; session state survives."""
    if icon is not None:
        _check_icon(icon)
    payload: dict[str, Any] = {"kind": "page_link", "help": help, "disabled": bool(disabled),
                               "use_container_width": bool(use_container_width)}
    if isinstance(page, str) and page.startswith(("http://", "https://")):
        if label is None:
            raise StreamlitAPIException("The label param is required for external links used with st.page_link.")
        payload.update(external=True, href=page, label=str(label), icon=icon or "")
    else:
        url_path, title, page_icon = resolve_page(page)
        session = context.current().session
        payload.update(external=False, url_path=url_path, label=str(label) if label is not None else title,
                       icon=icon if icon is not None else page_icon, current=url_path == session.current_page)
    dg._write(payload)
