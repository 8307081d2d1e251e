"""Tests for stc.pyodide_dist: the verified Pyodide cache.

Everything here runs offline on a tiny fake distribution built in tmp_path,
with STC_CACHE_DIR pointing into tmp_path so the real cache is never touched.
The network is blocked for every test (see ``no_network``); tests of the
download paths replace urlopen with an in-memory fake.  The last test uses
the real 0.27.7 cache if one is already filled, and skips otherwise.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import tarfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from stc import pyodide_dist as pd

FAKE_VERSION = "0.0.1-test"

# name -> (file_name, imports, depends, package_type)
FAKE_PACKAGES: dict[str, tuple[str, list[str], list[str], str]] = {
    "alpha": ("alpha-1.0-py3-none-any.whl", ["alpha"], ["Beta_Lib"], "package"),
    "beta-lib": (
        "beta_lib-2.0-cp312-cp312-pyodide_2024_0_wasm32.whl",
        ["beta"],
        ["gamma"],
        "package",
    ),
    "gamma": ("gamma-0.1.zip", [], [], "shared_library"),
    "delta": ("delta-3.0-py3-none-any.whl", ["delta_mod", "delta-extra"], [], "package"),
    "python-epsilon": (
        "python_epsilon-1.0-py3-none-any.whl",
        ["epsilon"],
        ["alpha", "gamma"],
        "package",
    ),
}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_lock(version: str, package_bytes: dict[str, bytes]) -> bytes:
    packages = {}
    for name, (file_name, imports, depends, ptype) in FAKE_PACKAGES.items():
        packages[name] = {
            "name": name,
            "version": "1.0",
            "file_name": file_name,
            "install_dir": "dynlib" if ptype == "shared_library" else "site",
            "sha256": sha(package_bytes[file_name]),
            "package_type": ptype,
            "imports": imports,
            "depends": depends,
            "unvendored_tests": False,
            "shared_library": ptype == "shared_library",
        }
    info = {
        "arch": "wasm32",
        "platform": "emscripten_3_1_58",
        "version": version,
        "python": "3.12.7",
        "abi_version": "2024_0",
    }
    return json.dumps({"info": info, "packages": packages}, indent=1).encode()


def make_files(version: str) -> dict[str, bytes]:
    """Every file of a fake distribution, by base name."""
    files = {
        name: f"fake {name} for {version}\n".encode() * 50
        for name in pd.CORE_FILES
        if name != pd.LOCK_FILE
    }
    package_bytes = {fn: f"contents of {fn}\n".encode() * 20 for fn, *_ in FAKE_PACKAGES.values()}
    files.update(package_bytes)
    files[pd.LOCK_FILE] = make_lock(version, package_bytes)
    return files


@dataclass
class Fake:
    dist: Path  # a directory source: core at the top, packages in a subfolder
    files: dict[str, bytes]
    cache: Path  # cache_dir(FAKE_VERSION)
    tmp: Path

    def file_of(self, package: str) -> str:
        return FAKE_PACKAGES[package][0]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fail any test that reaches urlopen without installing its own fake."""
    calls: list[str] = []

    def refuse(request: object, *args: object, **kwargs: object) -> object:
        url = getattr(request, "full_url", request)
        calls.append(str(url))
        pytest.fail(f"network used: {url}")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    return calls


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Fake:
    monkeypatch.setenv("STC_CACHE_DIR", str(tmp_path / "cache"))
    files = make_files(FAKE_VERSION)
    # The fake core is "pinned" like the real 0.27.7 one, so it may come
    # from any source.
    monkeypatch.setitem(
        pd.PINNED_CORE_SHA256, FAKE_VERSION, {name: sha(files[name]) for name in pd.CORE_FILES}
    )
    dist = tmp_path / "dist"
    (dist / "packages" / "nested").mkdir(parents=True)
    for name, data in files.items():
        where = dist if name in pd.CORE_FILES else dist / "packages" / "nested"
        (where / name).write_bytes(data)
    return Fake(dist=dist, files=files, cache=pd.cache_dir(FAKE_VERSION), tmp=tmp_path)


def quiet() -> tuple[list[str], Callable[[str], None]]:
    messages: list[str] = []
    return messages, messages.append


def fake_lock(fake: Fake):
    return pd.load_lock(FAKE_VERSION, [fake.dist], offline=True, log=lambda m: None)


def assert_cache_holds(fake: Fake, names: list[str]) -> None:
    for name in names:
        assert (fake.cache / name).read_bytes() == fake.files[name], name
    # No temporary files left behind.
    assert not [p.name for p in fake.cache.iterdir() if p.name.endswith(".part")]


# --------------------------------------------------------------------------
# Cache location


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


# --------------------------------------------------------------------------
# Lock queries


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


# --------------------------------------------------------------------------
# ensure() from the three kinds of sources


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


def test_ensure_without_deps(fake: Fake) -> None:
    report = pd.ensure(
        FAKE_VERSION, ["alpha"], [fake.dist], offline=True, log=lambda m: None, with_deps=False
    )
    assert report.packages_fetched == ["alpha"]


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


# --------------------------------------------------------------------------
# Verification failures


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


def test_core_mismatch_against_pins(fake: Fake) -> None:
    (fake.dist / "pyodide.asm.wasm").write_bytes(b"not the pinned wasm")
    with pytest.raises(pd.DistributionError) as err:
        pd.ensure(FAKE_VERSION, (), [fake.dist], offline=True, log=lambda m: None)
    assert "pyodide.asm.wasm" in str(err.value)
    assert pd.PINNED_CORE_SHA256[FAKE_VERSION]["pyodide.asm.wasm"] in str(err.value)
    assert not (fake.cache / "pyodide.asm.wasm").exists()


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


# --------------------------------------------------------------------------
# Network


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


# --------------------------------------------------------------------------
# The real distribution, if this machine already has it cached


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
