"""Tests for stc.pyodide.lock: queries on pyodide-lock.json (dependency
closure, import names, package files), on the fake distribution
(``pyodide_fake``) and, if this machine already has it cached, on the real
0.27.7 lock (skipped otherwise).
"""

from __future__ import annotations

import pytest
from pyodide_fake import (
    FAKE_PACKAGES,
    FAKE_VERSION,
    Fake,
    fake_lock,
    make_lock,
    sha,
)
from stc import pyodide as pd

# Any test that reaches the real network fails (conftest.py).
pytestmark = pytest.mark.usefixtures("no_network")


def test_closure_is_transitive_sorted_and_deduplicated(fake: Fake) -> None:
    lock = fake_lock(fake)
    assert pd.closure(lock, ["alpha"]) == ["alpha", "beta-lib", "gamma"]
    assert pd.closure(lock, ["python-epsilon", "alpha", "delta"]) == [
        "alpha",
        "beta-lib",
        "delta",
        "gamma",
        "python-epsilon",
    ]
    assert pd.closure(lock, []) == []
    # Same answer whatever the order of the request.
    assert pd.closure(lock, ["delta", "python-epsilon"]) == pd.closure(
        lock, ["python-epsilon", "delta"]
    )


def test_closure_normalizes_names(fake: Fake) -> None:
    lock = fake_lock(fake)
    # The lock itself spells alpha's dependency "Beta_Lib".
    assert pd.closure(lock, ["Python_Epsilon"]) == ["alpha", "beta-lib", "gamma", "python-epsilon"]
    assert pd.closure(lock, "beta.lib") == ["beta-lib", "gamma"]  # a bare string is one name


def test_closure_unknown_name(fake: Fake) -> None:
    lock = fake_lock(fake)
    with pytest.raises(pd.DistributionError) as err:
        pd.closure(lock, ["alpha", "nosuchpkg"])
    assert "'nosuchpkg'" in str(err.value)
    assert FAKE_VERSION in str(err.value)
    # An import name gets pointed at its package.
    with pytest.raises(pd.DistributionError, match="provided by package 'delta'"):
        pd.closure(lock, ["delta_mod"])
    with pytest.raises(pd.DistributionError, match="did you mean 'alpha'"):
        pd.closure(lock, ["alpah"])


def test_import_map(fake: Fake) -> None:
    lock = fake_lock(fake)
    assert pd.import_map(lock) == {
        "alpha": "alpha",
        "beta": "beta-lib",
        "delta_mod": "delta",
        "delta-extra": "delta",
        "delta_extra": "delta",  # a "-" import is also mapped as Python spells it
        "epsilon": "python-epsilon",
    }


def test_package_files(fake: Fake) -> None:
    lock = fake_lock(fake)
    assert pd.package_files(lock, ["gamma", "alpha"]) == [
        fake.file_of("gamma"),
        fake.file_of("alpha"),
    ]
    with pytest.raises(pd.DistributionError, match="nope"):
        pd.package_files(lock, ["nope"])


def test_load_lock(fake: Fake) -> None:
    lock = fake_lock(fake)
    assert lock.info.version == FAKE_VERSION
    assert sorted(lock.packages) == sorted(FAKE_PACKAGES)


def test_lock_of_another_version_is_refused(fake: Fake, monkeypatch: pytest.MonkeyPatch) -> None:
    other = make_lock("9.9.9", {fn: fake.files[fn] for fn, *_ in FAKE_PACKAGES.values()})
    (fake.dist / pd.LOCK_FILE).write_bytes(other)
    monkeypatch.setitem(pd.PINNED_CORE_SHA256[FAKE_VERSION], pd.LOCK_FILE, sha(other))
    with pytest.raises(pd.DistributionError, match="describes Pyodide 9.9.9"):
        fake_lock(fake)


def test_real_cached_0_27_7() -> None:
    if not pd.is_core_cached(pd.DEFAULT_VERSION):
        pytest.skip(f"no verified Pyodide {pd.DEFAULT_VERSION} core in {pd.cache_dir()}")
    lock = pd.load_lock(offline=True, log=lambda m: None)
    assert lock.info.version == pd.DEFAULT_VERSION == "0.27.7"
    assert len(lock.packages) == 351
    assert pd.closure(lock, ["pandas"]) == ["numpy", "pandas", "python-dateutil", "pytz", "six"]
    assert pd.closure(lock, ["numpy"]) == ["numpy"]
    # Every dependency in the lock resolves (some are spelled non-canonically,
    # e.g. ipython depends on "prompt_toolkit").
    assert len(pd.closure(lock, lock.packages)) == 351
    imports = pd.import_map(lock)
    assert imports["sklearn"] == "scikit-learn"
    assert imports["PIL"] == "pillow"
    assert imports["dateutil"] == "python-dateutil"
    assert imports["matplotlib_inline"] == "matplotlib-inline"
    files = pd.package_files(lock, ["numpy", "pandas"])
    assert files == [
        "numpy-2.0.2-cp312-cp312-pyodide_2024_0_wasm32.whl",
        "pandas-2.2.3-cp312-cp312-pyodide_2024_0_wasm32.whl",
    ]
    needed = pd.package_files(lock, pd.closure(lock, ["pandas"]))
    if all((pd.cache_dir() / f).exists() for f in needed):
        report = pd.ensure(packages=["pandas"], offline=True, log=lambda m: None)
        assert sorted(report.already_cached) == sorted(
            [*pd.CORE_FILES, "numpy", "pandas", "python-dateutil", "pytz", "six"]
        )
