"""``st.context``: the browser's facts as 1.67's types, ``None`` without a
browser (AppTest, prerender), and the page's ClientContext message."""

from __future__ import annotations

import pytest

from stc_runtime import protocol

APP = """
import streamlit as st
c = st.context
st.write(repr((c.url, c.locale, c.timezone, c.timezone_offset, c.theme.type, c.is_embedded, c.ip_address)))
st.write(repr((dict(c.cookies), dict(c.headers), c["locale"], "theme" in c, "nope" in c)))
st.write(type(c).__name__, type(c.cookies).__name__, type(c.headers).__name__, type(c.theme).__name__)
"""


def test_without_a_browser_every_fact_is_none(app):
    a = app(APP).run()
    assert a.markdown()[:2] == [
        "(None, None, None, None, None, None, None)", "({}, {}, None, True, False)"]


def test_the_browser_facts_reach_the_app(app):
    a = app(APP)
    a.session.client_context = protocol.decode_to_worker({
        "type": "client_context", "url": "https://example.org/app/", "locale": "de-DE",
        "timezone": "Europe/Berlin", "timezone_offset": -60, "theme": "dark",
        "cookies": {"session": "abc"}, "is_embedded": True})
    a.run()
    assert a.markdown()[:2] == [
        "('https://example.org/app', 'de-DE', 'Europe/Berlin', -60, 'dark', True, None)",
        "({'session': 'abc'}, {}, 'de-DE', True, False)"]
    assert "ContextProxy" in a.markdown()[2]


def test_url_names_the_page_shown(app):
    a = app(
        """
        import streamlit as st
        def home(): st.write(st.context.url)
        def other(): st.write(st.context.url)
        st.navigation([st.Page(home, title="Home"), st.Page(other, title="Other", url_path="other")]).run()
        """
    )
    a.session.client_context = protocol.ClientContext(url="https://example.org/")
    a.run()
    assert a.markdown() == ["https://example.org"]
    a.session.request_page("other")
    a.run()
    assert a.markdown() == ["https://example.org/other"]


def test_the_mappings_are_read_only_and_unknown_keys_raise(app):
    a = app(
        """
        import streamlit as st
        try:
            st.context.cookies["x"] = "1"
        except TypeError:
            st.write("read-only")
        try:
            st.context["nope"]
        except KeyError as e:
            st.write(str(e))
        st.write(str(st.context.headers.get_all("Accept")))
        """
    ).run()
    assert a.markdown()[0] == "read-only"
    assert a.markdown()[1].startswith("'st.context has no key \"nope\". Valid keys are: cookies, headers, ip_address")


def test_the_worker_hands_the_message_to_the_session(tmp_path, monkeypatch):
    import json

    from stc_runtime import bridge

    (tmp_path / "app.py").write_text("import streamlit as st\nst.write(st.context.locale)\n")
    posted: list[str] = []
    monkeypatch.setattr(bridge, "_session", None)
    monkeypatch.chdir(tmp_path)
    bridge.start(str(tmp_path / "app.py"), posted.append)
    bridge.handle(json.dumps({"type": "client_context", "locale": "fr-FR", "cookies": "not a dict"}))
    assert bridge._session.client_context == protocol.ClientContext(locale="fr-FR")
    bridge.handle(json.dumps({"type": "rerun", "changes": []}))
    assert any('"fr-FR"' in m for m in posted)


@pytest.mark.parametrize("given, theme", [("dark", "dark"), ("light", "light"), ("purple", "light")])
def test_decoding_keeps_only_known_values(given, theme):
    assert protocol.decode_to_worker({"type": "client_context", "theme": given}).theme == theme
