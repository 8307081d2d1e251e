"""Tests for stc.pyodide.fetch: what ``ensure()`` fetches, and the messages
it gives when a file cannot be provided.

Everything runs offline on a tiny fake distribution (``pyodide_fake``), with
STC_CACHE_DIR pointing into tmp_path so the real cache is never touched.
"""

from __future__ import annotations

import os

import pytest
from pyodide_fake import FAKE_VERSION, Fake, sha
from stc import pyodide as pd

# Any test that reaches the real network fails (conftest.py).
pytestmark = pytest.mark.usefixtures("no_network")


def test_ensure_without_deps(fake: Fake) -> None:
    report = pd.ensure(
        FAKE_VERSION, ["alpha"], [fake.dist], offline=True, log=lambda m: None, with_deps=False
    )
    assert report.packages_fetched == ["alpha"]


def test_hash_mismatch_is_refused_with_details(fake: Fake) -> None:
    fn = fake.file_of("delta")
    bad_dir = fake.tmp / "bad"
    bad_dir.mkdir()
    bad = b"tampered bytes"
    (bad_dir / fn).write_bytes(bad)
    pd.ensure(FAKE_VERSION, (), [fake.dist], offline=True, log=lambda m: None)  # core only

    with pytest.raises(pd.DistributionError) as err:
        pd.ensure(FAKE_VERSION, ["delta"], [bad_dir], offline=True, log=lambda m: None)
    msg = str(err.value)
    assert fn in msg
    assert sha(fake.files[fn]) in msg  # expected
    assert sha(bad) in msg  # actual
    assert str(bad_dir) in msg  # where it came from
    assert not (fake.cache / fn).exists()
    assert not [p for p in fake.cache.iterdir() if p.name.endswith(".part")]


def test_missing_file_message(fake: Fake) -> None:
    os.remove(fake.dist / "packages" / "nested" / fake.file_of("gamma"))
    with pytest.raises(pd.DistributionError) as err:
        pd.ensure(FAKE_VERSION, ["alpha"], [fake.dist], offline=True, log=lambda m: None)
    msg = str(err.value)
    assert fake.file_of("gamma") in msg
    assert "package 'gamma'" in msg
    assert "stc pyodide fetch --from" in msg
    assert str(fake.dist) in msg
    # What could be verified is kept for next time.
    assert (fake.cache / fake.file_of("alpha")).exists()


def test_missing_core_message(fake: Fake) -> None:
    with pytest.raises(pd.DistributionError) as err:
        pd.ensure(FAKE_VERSION, (), [], offline=True, log=lambda m: None)
    msg = str(err.value)
    assert "pyodide.asm.wasm" in msg and "stc pyodide fetch --from" in msg
