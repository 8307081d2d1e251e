"""The app's .streamlit/config.toml and st.get_option/st.set_option
(runtime_py/stc_runtime/config.py), in CPython."""

from __future__ import annotations

# --- config.toml ------------------------------------------------------------


OPTIONS = """\
import streamlit as st
for name in ["runner.magicEnabled", "runner.enumCoercion", "client.showSidebarNavigation",
             "global.disableWidgetStateDuplicationWarning", "server.maxUploadSize", "theme.primaryColor"]:
    st.text(f"{name}={st.get_option(name)!r}")
"""


def options(drv) -> dict[str, str]:
    return dict(e["body"].split("=", 1) for e in drv.elements("text"))


def test_streamlit_defaults_without_config_toml(app):
    drv = app(OPTIONS).run()
    assert options(drv) == {
        "runner.magicEnabled": "True",
        "runner.enumCoercion": "'nameOnly'",
        "client.showSidebarNavigation": "True",
        "global.disableWidgetStateDuplicationWarning": "False",
        "server.maxUploadSize": "200",
        "theme.primaryColor": "None",
    }
    assert drv.elements("alert") == []


def test_config_toml_values(app):
    drv = app(
        OPTIONS,
        files={
            ".streamlit/config.toml": """\
            [runner]
            enumCoercion = "off"
            [client]
            showSidebarNavigation = false
            [server]
            maxUploadSize = 5
            port = 9000
            [theme]
            primaryColor = "#ff4b4b"
            [theme.sidebar]
            backgroundColor = "#eeeeee"
            """
        },
    ).run()
    got = options(drv)
    assert got["runner.enumCoercion"] == "'off'"
    assert got["client.showSidebarNavigation"] == "False"
    assert got["server.maxUploadSize"] == "5"
    assert got["theme.primaryColor"] == "'#ff4b4b'"
    from stc_runtime.config import Config

    config = Config.load(str(drv.script.parent))
    assert config.get("theme.sidebar.backgroundColor") == "#eeeeee"
    assert config.get("server.port") == 9000


def test_broken_config_toml_is_a_warning_with_file_and_line(app):
    drv = app(
        OPTIONS,
        files={".streamlit/config.toml": "[runner]\nfastReruns = true\nmagicEnabled = flase\n"},
    )
    drv.run()
    assert drv.status == "complete"
    (alert,) = drv.elements("alert")
    assert alert["variant"] == "warning"
    assert ".streamlit/config.toml" in alert["body"]
    assert "line 3" in alert["body"] and "magicEnabled = flase" in alert["body"]
    assert options(drv)["runner.magicEnabled"] == "True"  # defaults used
    drv.run()  # shown again on every run until fixed
    assert len(drv.elements("alert")) == 1


def test_wrong_type_or_value_is_a_warning_and_the_default_is_used(app):
    drv = app(
        OPTIONS,
        files={".streamlit/config.toml": '[runner]\nmagicEnabled = "no"\nenumCoercion = "names"\n'},
    ).run()
    bodies = [a["body"] for a in drv.elements("alert")]
    assert len(bodies) == 2
    assert "runner.magicEnabled" in bodies[0] and "true or false" in bodies[0]
    assert "runner.enumCoercion" in bodies[1] and "nameAndValue" in bodies[1]
    assert options(drv)["runner.magicEnabled"] == "True"
    assert options(drv)["runner.enumCoercion"] == "'nameOnly'"


def test_config_is_read_once_per_session(app):
    drv = app(OPTIONS, files={".streamlit/config.toml": "[server]\nmaxUploadSize = 1\n"}).run()
    (drv.script.parent / ".streamlit" / "config.toml").write_text("[server]\nmaxUploadSize = 2\n")
    drv.run()
    assert options(drv)["server.maxUploadSize"] == "1"
    fresh = type(drv)(drv.script).run()
    assert options(fresh)["server.maxUploadSize"] == "2"


def test_set_option_only_for_scriptable_client_options(app):
    drv = app(
        """\
        import streamlit as st
        st.text(repr(st.get_option("client.showSidebarNavigation")))
        st.set_option("client.showSidebarNavigation", False)
        st.text(repr(st.get_option("client.showSidebarNavigation")))
        for name in ["runner.magicEnabled", "no.such"]:
            try:
                st.set_option(name, False)
            except st.errors.StreamlitAPIException as e:
                st.text(str(e))
        try:
            st.get_option("no.such")
        except RuntimeError as e:
            st.text(str(e))
        """
    )
    drv.run()
    texts = [e["body"] for e in drv.elements("text")]
    assert texts[:2] == ["True", "False"]
    assert texts[2].startswith("runner.magicEnabled cannot be set on the fly.")
    assert texts[3] == "Unrecognized config option: no.such"
    assert texts[4] == 'Config key "no.such" not defined.'
    drv.run()  # the change lasts for the session
    assert [e["body"] for e in drv.elements("text")][0] == "False"
