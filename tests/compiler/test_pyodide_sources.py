"""Tests for stc.pyodide.sources: the directories and archives a fetch takes
files from, matched by base name, and what happens when a source offers bytes
with the wrong hash.

Everything runs offline on a tiny fake distribution (``pyodide_fake``).
"""

from __future__ import annotations

import io
import tarfile
import zipfile

import pytest
from pyodide_fake import FAKE_VERSION, Fake, assert_cache_holds, quiet
from stc import pyodide as pd

# Any test that reaches the real network fails (conftest.py).
pytestmark = pytest.mark.usefixtures("no_network")


def test_ensure_from_directory(fake: Fake) -> None:
    messages, log = quiet()
    report = pd.ensure(FAKE_VERSION, ["alpha"], [fake.dist], offline=True, log=log)
    assert report.core_fetched == list(pd.CORE_FILES)
    assert report.packages_fetched == ["alpha", "beta-lib", "gamma"]
    assert report.already_cached == []
    assert report.directory == fake.cache
    wanted = list(pd.CORE_FILES) + [fake.file_of(p) for p in ("alpha", "beta-lib", "gamma")]
    assert_cache_holds(fake, wanted)
    assert not (fake.cache / fake.file_of("delta")).exists()
    assert report.bytes_fetched == report.total_bytes == sum(len(fake.files[n]) for n in wanted)
    assert report.origins[fake.file_of("alpha")].startswith(str(fake.dist))
    assert any("alpha-1.0" in m for m in messages)
    assert "9 files verified" in report.summary()

    # A second run finds everything verified in the cache, even without sources.
    again = pd.ensure(FAKE_VERSION, ["alpha"], offline=True, log=log)
    assert again.core_fetched == again.packages_fetched == []
    assert sorted(again.already_cached) == sorted(
        list(pd.CORE_FILES) + ["alpha", "beta-lib", "gamma"]
    )
    assert again.bytes_fetched == 0 and again.total_bytes == report.total_bytes


def test_ensure_from_wheel_archive_takes_everything_available(fake: Fake) -> None:
    # Like the provisa wheel: files deep inside, plus unrelated members and
    # a bogus extra lock that must not shadow anything (core comes first from
    # the directory source, and the archive's own lock is never needed).
    wheel = fake.tmp / "bundle-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for name in ("alpha", "gamma", "delta"):
            fn = fake.file_of(name)
            zf.writestr(f"bundle/assets/pyodide/{fn}", fake.files[fn])
        zf.writestr("bundle/__init__.py", "")
        zf.writestr("bundle/assets/pyodide/wheels/other-0.1-py3-none-any.whl", b"not in the lock")
    core_only = fake.tmp / "core"
    core_only.mkdir()
    for name in pd.CORE_FILES:
        (core_only / name).write_bytes(fake.files[name])

    report = pd.ensure(FAKE_VERSION, None, [core_only, wheel], offline=True, log=lambda m: None)
    # packages=None: exactly what the sources hold, dependencies not added.
    assert report.packages_fetched == ["alpha", "delta", "gamma"]
    assert_cache_holds(fake, [fake.file_of(n) for n in ("alpha", "gamma", "delta")])
    assert report.origins[fake.file_of("delta")] == str(wheel)


def test_ensure_from_zip_with_core_and_packages(fake: Fake) -> None:
    archive = fake.tmp / "dist.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for name, data in fake.files.items():
            zf.writestr(f"some/dir/{name}", data)
    report = pd.ensure(
        FAKE_VERSION, ["python-epsilon"], [archive], offline=True, log=lambda m: None
    )
    assert report.core_fetched == list(pd.CORE_FILES)
    assert report.packages_fetched == ["alpha", "beta-lib", "gamma", "python-epsilon"]


def test_ensure_from_tgz(fake: Fake) -> None:
    # Laid out like the npm tarball: everything under package/.
    tgz = fake.tmp / "pyodide-fake.tgz"
    with tarfile.open(tgz, "w:gz") as tf:
        for name, data in fake.files.items():
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    report = pd.ensure(FAKE_VERSION, ["delta", "gamma"], [tgz], offline=True, log=lambda m: None)
    assert report.core_fetched == list(pd.CORE_FILES)
    assert report.packages_fetched == ["delta", "gamma"]
    assert_cache_holds(fake, list(pd.CORE_FILES) + [fake.file_of("delta"), fake.file_of("gamma")])


def test_single_wheel_file_is_its_own_source(fake: Fake) -> None:
    pd.ensure(FAKE_VERSION, (), [fake.dist], offline=True, log=lambda m: None)
    wheel = fake.dist / "packages" / "nested" / fake.file_of("delta")
    report = pd.ensure(FAKE_VERSION, ["delta"], [wheel], offline=True, log=lambda m: None)
    assert report.packages_fetched == ["delta"]


def test_missing_source_path(fake: Fake) -> None:
    with pytest.raises(pd.DistributionError, match="does not exist"):
        pd.ensure(FAKE_VERSION, (), [fake.tmp / "nowhere"], offline=True, log=lambda m: None)


def test_bad_copy_is_skipped_when_a_later_source_is_good(fake: Fake) -> None:
    fn = fake.file_of("delta")
    bad_dir = fake.tmp / "bad"
    bad_dir.mkdir()
    (bad_dir / fn).write_bytes(b"tampered")
    messages, log = quiet()
    report = pd.ensure(FAKE_VERSION, ["delta"], [bad_dir, fake.dist], offline=True, log=log)
    assert report.packages_fetched == ["delta"]
    assert_cache_holds(fake, [fn])
    assert any("ignoring" in m and fn in m for m in messages)


def test_bad_copy_is_an_error_even_when_fetching_everything(fake: Fake) -> None:
    pd.ensure(FAKE_VERSION, (), [fake.dist], offline=True, log=lambda m: None)
    bad_dir = fake.tmp / "bad"
    bad_dir.mkdir()
    (bad_dir / fake.file_of("gamma")).write_bytes(b"tampered")
    with pytest.raises(pd.DistributionError, match="sha256 mismatch"):
        pd.ensure(FAKE_VERSION, None, [bad_dir], offline=True, log=lambda m: None)
