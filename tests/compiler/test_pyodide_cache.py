"""Tests for stc.pyodide.cache: where the cache lives, the pinned core, and
that a damaged cache file is always detected.

Everything runs offline on a tiny fake distribution (``pyodide_fake``), with
STC_CACHE_DIR pointing into tmp_path so the real cache is never touched.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pyodide_fake import FAKE_PACKAGES, FAKE_VERSION, Fake
from stc import pyodide as pd

# Any test that reaches the real network fails (conftest.py).
pytestmark = pytest.mark.usefixtures("no_network")


def test_cache_root_honours_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STC_CACHE_DIR", str(tmp_path / "c"))
    assert pd.cache_root() == tmp_path / "c"
    assert pd.cache_dir("1.2.3") == tmp_path / "c" / "pyodide" / "1.2.3"
    assert pd.cache_dir() == tmp_path / "c" / "pyodide" / pd.DEFAULT_VERSION


def test_cache_root_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STC_CACHE_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert pd.cache_root() == tmp_path / ".cache" / "stc"


@pytest.mark.parametrize("bad", ["../etc", "", "a/b", ".hidden"])
def test_cache_dir_rejects_unsafe_versions(bad: str) -> None:
    with pytest.raises(pd.DistributionError):
        pd.cache_dir(bad)


def test_core_mismatch_against_pins(fake: Fake) -> None:
    (fake.dist / "pyodide.asm.wasm").write_bytes(b"not the pinned wasm")
    with pytest.raises(pd.DistributionError) as err:
        pd.ensure(FAKE_VERSION, (), [fake.dist], offline=True, log=lambda m: None)
    assert "pyodide.asm.wasm" in str(err.value)
    assert pd.PINNED_CORE_SHA256[FAKE_VERSION]["pyodide.asm.wasm"] in str(err.value)
    assert not (fake.cache / "pyodide.asm.wasm").exists()


@pytest.mark.parametrize("name", ["delta", "pyodide.asm.wasm"])
@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_corrupted_cache_file_is_detected_and_replaced(fake: Fake, name: str, damage: str) -> None:
    pd.ensure(FAKE_VERSION, ["delta"], [fake.dist], offline=True, log=lambda m: None)
    fn = fake.file_of(name) if name in FAKE_PACKAGES else name
    path = fake.cache / fn
    good = path.read_bytes()
    stat = path.stat()
    if damage == "truncate":
        path.write_bytes(good[: len(good) // 2])
    else:
        path.write_bytes(bytes([good[0] ^ 1]) + good[1:])
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size and mtime

    # Without a source the damage is reported, and the bad file is gone.
    with pytest.raises(pd.DistributionError, match=fn.replace(".", r"\.")):
        pd.ensure(FAKE_VERSION, ["delta"], offline=True, log=lambda m: None)
    assert not path.exists()

    path.write_bytes(good[:10])
    report = pd.ensure(FAKE_VERSION, ["delta"], [fake.dist], offline=True, log=lambda m: None)
    assert report.replaced == [name]
    assert path.read_bytes() == good


def test_is_core_cached(fake: Fake) -> None:
    assert not pd.is_core_cached(FAKE_VERSION)
    pd.ensure(FAKE_VERSION, (), [fake.dist], offline=True, log=lambda m: None)
    assert pd.is_core_cached(FAKE_VERSION)
    (fake.cache / "python_stdlib.zip").write_bytes(b"x")
    assert not pd.is_core_cached(FAKE_VERSION)
    assert (fake.cache / "python_stdlib.zip").exists()  # read-only check
