"""``streamlit.runtime``, ``st.user``/``st.login``/``st.logout`` without an
``[auth]`` section, and ``st.__version__``."""

from __future__ import annotations


def test_runtime_exists_during_a_run_only(app):
    import streamlit.runtime as runtime

    assert runtime.exists() is False
    a = app(
        """
        import streamlit as st
        from streamlit import runtime
        from streamlit.runtime.scriptrunner import get_script_run_ctx, add_script_run_ctx
        import threading
        t = add_script_run_ctx(threading.Thread(target=lambda: None))
        st.write(f"{runtime.exists()} {get_script_run_ctx() is not None} {type(t).__name__}")
        """
    ).run()
    assert a.markdown() == ["True True Thread"]


def test_version_is_1_67(app):
    a = app("import streamlit as st\nst.write(st.__version__)\n").run()
    assert a.markdown() == ["1.67.0"]


def test_user_without_auth_is_empty_and_read_only(app):
    a = app(
        """
        import streamlit as st
        st.write(f"{dict(st.user)} {len(st.user)} {st.user.to_dict()} {dict(st.user.tokens)}")
        for attempt in (lambda: st.user.is_logged_in, lambda: st.user["email"]):
            try:
                attempt()
            except (AttributeError, KeyError) as e:
                st.write(type(e).__name__ + " " + str(e))
        try:
            st.user.name = "x"
        except Exception as e:
            st.write(type(e).__name__ + " " + str(e))
        """
    ).run()
    assert a.markdown() == [
        "{} 0 {} {}",
        'AttributeError st.user has no attribute "is_logged_in".',
        "KeyError 'st.user has no key \"email\".'",
        "StreamlitAPIException st.user cannot be modified",
    ]


def test_with_an_auth_section_nobody_is_logged_in(app):
    a = app("import streamlit as st\nst.write(str(st.user.is_logged_in))\n",
            files={".streamlit/secrets.toml": '[auth]\nredirect_uri = "x"\n'})
    a.run()
    assert a.markdown() == ["False"]


def test_login_raises_as_1_67_and_logout_is_quiet(app):
    a = app(
        """
        import streamlit as st
        try:
            st.login("google")
        except Exception as e:
            st.write(type(e).__name__ + ": " + str(e))
        st.logout()
        st.write("after logout")
        """
    ).run()
    assert a.markdown() == [
        "StreamlitMissingAuthlibError: Authentication requires Authlib>=1.3.2. Install it via "
        "`pip install streamlit[auth]`.",
        "after logout",
    ]
