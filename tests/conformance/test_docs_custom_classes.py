"""Streamlit's concept docs, "Using custom Python classes in your Streamlit app"."""

from __future__ import annotations

from pathlib import Path

from apptest_impl import REAL, AppTest, version_tuple

APPS = Path(__file__).parent / "apps"


def markdown(at) -> list[str]:
    return [m.value for m in at.markdown]


def test_isinstance_is_false_on_rerun_for_a_class_defined_in_the_script():
    at = AppTest.from_file("apps/class_in_script.py").run()
    # "Displays True on the first run then False on every rerun"
    assert markdown(at) == ["`True`"]
    at.button[0].click().run()
    assert markdown(at) == ["`False`"]
    at.run()
    assert markdown(at) == ["`False`"]


def test_isinstance_is_true_on_rerun_for_a_class_imported_from_a_module(monkeypatch):
    if REAL and version_tuple() < (1, 50):
        # `streamlit run` puts the app's folder on sys.path; 1.49's AppTest
        # does not (later releases do), so do it for it.
        monkeypatch.syspath_prepend(str(APPS))
    at = AppTest.from_file("apps/class_from_module.py").run()
    # "Displays True on every rerun"
    assert markdown(at) == ["`True`"]
    at.button[0].click().run()
    assert markdown(at) == ["`True`"]
    at.run()
    assert markdown(at) == ["`True`"]


def test_dataclass_default_eq_is_false_on_rerun():
    at = AppTest.from_file("apps/dataclass_default_eq.py").run()
    # "Displays True on the first run the False on every rerun" (magic)
    assert markdown(at) == ["`True`"]
    at.button[0].click().run()
    assert markdown(at) == ["`False`"]


def test_dataclass_custom_eq_is_true_on_every_rerun():
    at = AppTest.from_file("apps/dataclass_custom_eq.py").run()
    assert markdown(at) == ["`True`"]
    at.button[0].click().run()
    assert markdown(at) == ["`True`"]


def test_dataclass_stored_serialized_is_true_on_every_rerun():
    at = AppTest.from_file("apps/dataclass_serialized.py").run()
    assert markdown(at) == ["`True`"]
    at.button[0].click().run()
    assert markdown(at) == ["`True`"]
    assert at.session_state.my_dataclass == "1,5.5"


def test_cached_resource_survives_the_class_being_redefined():
    at = AppTest.from_file("apps/class_cached_resource.py").run()
    assert markdown(at) == ["`True`", "http://example.com/api/"]
    at.button[0].click().run()
    # The rerun redefines MyResource, yet the cached instance comes back.
    assert markdown(at) == ["`True`", "http://example.com/api/"]


def test_pathological_selectbox_compares_against_the_previous_runs_options():
    at = AppTest.from_file("apps/class_pathological_selectbox.py").run()
    # First run: both comparisons hold.
    assert markdown(at) == ["`True`", "`True`"]
    at.run()
    # "This comparison does not return expected results: selected == Marshall_A"
    # "This comparison evaluates as expected: selected == Marshall_B"
    assert markdown(at) == ["`False`", "`True`"]
    at.selectbox[0].select_index(1).run()
    assert markdown(at) == ["`False`", "`True`"]


def test_enum_coercion_finds_yellow():
    at = AppTest.from_file("apps/class_enum_multiselect.py").run()
    assert markdown(at) == []
    assert at.multiselect[0].options == ["Color.RED", "Color.GREEN", "Color.BLUE"]
    at.multiselect[0].select("Color.RED").run()
    assert markdown(at) == []
    at.multiselect[0].select("Color.GREEN").run()
    # The values are the current run's Color members (enumCoercion).
    assert markdown(at) == ["Hooray, you found the color YELLOW!"]
    at.run()
    assert markdown(at) == ["Hooray, you found the color YELLOW!"]
