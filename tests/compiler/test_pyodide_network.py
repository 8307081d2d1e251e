"""Tests for stc.pyodide.network: the CDN and the npm registry, with urlopen
replaced by an in-memory fake (``FakeWeb``); the real network is never used
(``no_network`` fails any test that reaches it).
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from pyodide_fake import (
    FAKE_VERSION,
    Fake,
    assert_cache_holds,
    make_files,
    sha,
)
from stc import pyodide as pd

# Any test that reaches the real network fails (conftest.py).
pytestmark = pytest.mark.usefixtures("no_network")


def test_offline_never_touches_the_network(fake: Fake, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []

    def spy(*args: object, **kwargs: object) -> object:
        calls.append(args)
        raise AssertionError("network used in offline mode")

    monkeypatch.setattr(urllib.request, "urlopen", spy)
    # Nothing anywhere: core and packages are both missing.
    with pytest.raises(pd.DistributionError, match="offline"):
        pd.ensure(FAKE_VERSION, ["alpha"], [], offline=True, log=lambda m: None)
    # Core present, packages missing.
    pd.ensure(FAKE_VERSION, (), [fake.dist], offline=True, log=lambda m: None)
    with pytest.raises(pd.DistributionError, match="offline"):
        pd.ensure(FAKE_VERSION, ["alpha"], [], offline=True, log=lambda m: None)
    # An unpinned version cannot be verified offline.
    with pytest.raises(pd.DistributionError, match="not pinned"):
        pd.ensure("0.0.9-unpinned", (), [fake.dist], offline=True, log=lambda m: None)
    assert calls == []


class FakeWeb:
    """Stands in for urllib.request.urlopen: URL -> bytes, or an exception."""

    def __init__(self, responses: dict[str, bytes | Exception]) -> None:
        self.responses = responses
        self.calls: list[str] = []

    def __call__(self, request: urllib.request.Request, timeout: float | None = None) -> io.BytesIO:
        url = request.full_url
        self.calls.append(url)
        assert timeout is not None and timeout <= 30
        answer = self.responses.get(url, urllib.error.URLError("Name or service not known"))
        if isinstance(answer, Exception):
            raise answer
        return io.BytesIO(answer)


def cdn(version: str, file_name: str) -> str:
    return pd.CDN_URL.format(version=version, file_name=file_name)


def test_network_failure_is_a_distribution_error(
    fake: Fake, monkeypatch: pytest.MonkeyPatch
) -> None:
    pd.ensure(FAKE_VERSION, (), [fake.dist], offline=True, log=lambda m: None)
    web = FakeWeb({})
    monkeypatch.setattr(urllib.request, "urlopen", web)
    with pytest.raises(pd.DistributionError) as err:
        pd.ensure(FAKE_VERSION, ["alpha"], log=lambda m: None)
    msg = str(err.value)
    assert "could not be reached" in msg and "stc pyodide fetch --from" in msg
    for name in ("alpha", "beta-lib", "gamma"):
        assert fake.file_of(name) in msg
    # After the first connection failure the network is not tried again.
    assert len(web.calls) == 1


def test_packages_download_from_cdn_and_are_verified(
    fake: Fake, monkeypatch: pytest.MonkeyPatch
) -> None:
    pd.ensure(FAKE_VERSION, (), [fake.dist], offline=True, log=lambda m: None)
    good, bad = fake.file_of("gamma"), fake.file_of("delta")
    web = FakeWeb(
        {
            cdn(FAKE_VERSION, good): fake.files[good],
            cdn(FAKE_VERSION, bad): b"evil",
        }
    )
    monkeypatch.setattr(urllib.request, "urlopen", web)
    report = pd.ensure(FAKE_VERSION, ["gamma"], log=lambda m: None)
    assert report.packages_fetched == ["gamma"]
    assert report.origins[good] == cdn(FAKE_VERSION, good)
    assert_cache_holds(fake, [good])

    with pytest.raises(pd.DistributionError) as err:
        pd.ensure(FAKE_VERSION, ["delta"], log=lambda m: None)
    assert sha(b"evil") in str(err.value) and sha(fake.files[bad]) in str(err.value)
    assert not (fake.cache / bad).exists()


def test_http_error_names_the_file(fake: Fake, monkeypatch: pytest.MonkeyPatch) -> None:
    pd.ensure(FAKE_VERSION, (), [fake.dist], offline=True, log=lambda m: None)
    url = cdn(FAKE_VERSION, fake.file_of("delta"))
    web = FakeWeb({url: urllib.error.HTTPError(url, 404, "Not Found", {}, None)})  # type: ignore[arg-type]
    monkeypatch.setattr(urllib.request, "urlopen", web)
    with pytest.raises(pd.DistributionError, match="HTTP 404") as err:
        pd.ensure(FAKE_VERSION, ["delta"], log=lambda m: None)
    assert "package 'delta'" in str(err.value)


def npm_tarball(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name in (*pd.CORE_FILES, "README.md"):
            data = files.get(name, b"readme")
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def npm_web(version: str, tarball: bytes, integrity_of: bytes | None = None) -> FakeWeb:
    digest = hashlib.sha512(tarball if integrity_of is None else integrity_of).digest()
    tar_url = f"https://registry.npmjs.org/pyodide/-/pyodide-{version}.tgz"
    meta = {
        "dist": {"tarball": tar_url, "integrity": "sha512-" + base64.b64encode(digest).decode()}
    }
    return FakeWeb(
        {
            pd.NPM_METADATA_URL.format(version=version): json.dumps(meta).encode(),
            tar_url: tarball,
        }
    )


def test_unpinned_version_core_comes_from_verified_npm_tarball(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STC_CACHE_DIR", str(tmp_path / "cache"))
    version = "0.0.2-npm"
    files = make_files(version)
    web = npm_web(version, npm_tarball(files))
    monkeypatch.setattr(urllib.request, "urlopen", web)

    report = pd.ensure(version, (), log=lambda m: None)
    assert report.core_fetched == list(pd.CORE_FILES)
    directory = pd.cache_dir(version)
    for name in pd.CORE_FILES:
        assert (directory / name).read_bytes() == files[name]
    assert not (directory / "README.md").exists()
    assert not [p for p in directory.iterdir() if p.name.endswith(".part")]

    # The hashes taken from the tarball let later runs verify offline.
    assert pd.is_core_cached(version)
    assert pd.load_lock(version, offline=True, log=lambda m: None).info.version == version
    (directory / "pyodide.mjs").write_bytes(b"corrupt")
    with pytest.raises(pd.DistributionError, match="pyodide.mjs"):
        pd.ensure(version, (), offline=True, log=lambda m: None)


def test_unpinned_version_uses_a_local_tarball_matching_the_registry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STC_CACHE_DIR", str(tmp_path / "cache"))
    version = "0.0.3-npm"
    tarball = npm_tarball(make_files(version))
    local = tmp_path / f"pyodide-{version}.tgz"
    local.write_bytes(tarball)
    web = npm_web(version, tarball)
    monkeypatch.setattr(urllib.request, "urlopen", web)
    pd.ensure(version, (), [local], log=lambda m: None)
    assert web.calls == [
        pd.NPM_METADATA_URL.format(version=version)
    ]  # the tarball was not downloaded


def test_npm_integrity_mismatch_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STC_CACHE_DIR", str(tmp_path / "cache"))
    version = "0.0.4-npm"
    web = npm_web(version, npm_tarball(make_files(version)), integrity_of=b"something else")
    monkeypatch.setattr(urllib.request, "urlopen", web)
    with pytest.raises(pd.DistributionError, match="integrity"):
        pd.ensure(version, (), log=lambda m: None)
    assert not pd.cache_dir(version).exists()
