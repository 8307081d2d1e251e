"""Shared by the stc.pyodide tests: a tiny fake Pyodide distribution.

``make_fake`` lays one out in tmp_path (core files at the top of a
directory, packages in a nested folder, a lock naming their sha256) with its
core "pinned" like the real 0.27.7 one, and points STC_CACHE_DIR into
tmp_path so the real cache is never touched. The ``fake`` and ``no_network``
fixtures of this folder's conftest.py wrap it and block the network.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from stc import pyodide as pd

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


def make_fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Fake:
    """A fake distribution in ``tmp_path``, its core pinned, the cache beside it."""
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
