"""st.secrets: empty on a static site (with a message saying why), read
from .streamlit/secrets.toml in CPython, and set by AppTest."""

from stc.testing import AppTest


def test_apptest_secrets_with_dotted_keys(tmp_path):
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write(st.secrets["db_username"], st.secrets.my_other_secrets.things_i_like[1])
        st.write("password" in st.secrets)
        """
    )
    at.secrets["db_username"] = "Jane"
    at.secrets["db_password"] = "mypassword"
    at.secrets["my_other_secrets.things_i_like"] = ["Streamlit", "Python"]
    at.run()
    assert at.markdown[0].value == "Jane Python"
    assert at.markdown[1].value == "`False`"


def test_missing_secret_says_a_static_site_has_none():
    at = AppTest.from_string('import streamlit as st\nst.secrets["password"]\n').run()
    assert at.exception[0].payload.type == "KeyError"
    assert "static site" in at.exception[0].value


def test_secrets_file_is_read_and_overridden(tmp_path):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text('token = "from-file"\nother = "kept"\n')
    (tmp_path / "app.py").write_text("import streamlit as st\nst.text(st.secrets.token + ' ' + st.secrets['other'])\n")
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert at.text[0].value == "from-file kept"
    at.secrets["token"] = "from-test"
    at.run()
    assert at.text[0].value == "from-test kept"
