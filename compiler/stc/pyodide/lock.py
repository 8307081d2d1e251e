"""Questions answered from a Pyodide version's ``pyodide-lock.json``.

Which package provides an import, which packages a set of packages needs
(the transitive ``depends``), and which file each one is.  Names are matched
after PEP 503 normalisation, as the lock's own keys are.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from pyodide_lock import PyodideLockSpec

from .cache import LOCK_FILE, DistributionError


def canonical(name: str) -> str:
    # PEP 503 normalisation; the lock's keys are already in this form, so
    # "Python_DateUtil" finds "python-dateutil".
    return re.sub(r"[-_.]+", "-", name).lower()


def resolve(lock: PyodideLockSpec, name: str) -> str | None:
    """The lock's key for ``name``, or None if the lock has no such package."""
    if name in lock.packages:
        return name
    canon = canonical(name)
    if canon in lock.packages:
        return canon
    for key in lock.packages:
        if canonical(key) == canon:
            return key
    return None


def unknown_names_error(lock: PyodideLockSpec, unknown: Sequence[str]) -> DistributionError:
    # Users often write the import name ("sklearn", "PIL"); point them at the
    # package that provides it, or at close spellings.
    imports = import_map(lock)
    lines = []
    for name in unknown:
        hint = ""
        if name in imports:
            hint = f" (the import {name!r} is provided by package {imports[name]!r})"
        else:
            close = difflib.get_close_matches(canonical(name), list(lock.packages), n=3)
            if close:
                hint = f" (did you mean {', '.join(repr(c) for c in close)}?)"
        lines.append(f"  - {name!r}{hint}")
    return DistributionError(
        f"Pyodide {lock.info.version} has no package named:\n"
        + "\n".join(lines)
        + "\nPackages must be listed in its pyodide-lock.json."
    )


def as_names(names: Iterable[str] | str) -> list[str]:
    # A bare string is one name, not an iterable of one-letter names.
    return [names] if isinstance(names, str) else list(names)


def import_map(lock: PyodideLockSpec) -> dict[str, str]:
    """Map each import name declared in the lock to the package providing it.

    Keys are the lock's ``imports`` entries as written (a few are dotted, e.g.
    ``arro3.compute``).  Packages are visited in name order so that the result
    is deterministic if two ever claim the same import.  An entry that is not
    a valid module name because it contains ``-`` (0.27.7 lists
    ``matplotlib-inline``) is also mapped in its ``_`` spelling, which is
    what Python code actually imports.
    """
    result: dict[str, str] = {}
    for pkg_name in sorted(lock.packages):
        for imp in lock.packages[pkg_name].imports:
            result.setdefault(imp, pkg_name)
            if "-" in imp:
                result.setdefault(imp.replace("-", "_"), pkg_name)
    return result


def closure(lock: PyodideLockSpec, names: Iterable[str]) -> list[str]:
    """The named packages plus all their transitive ``depends``, sorted.

    Names are matched after PEP 503 normalisation and returned as the lock's
    keys.  An unknown name raises :class:`DistributionError`.
    """
    requested = as_names(names)
    resolved: list[str] = []
    unknown: list[str] = []
    for name in requested:
        key = resolve(lock, name)
        if key is None:
            unknown.append(name)
        else:
            resolved.append(key)
    if unknown:
        raise unknown_names_error(lock, unknown)

    seen: set[str] = set()
    stack = list(resolved)
    while stack:
        key = stack.pop()
        if key in seen:
            continue
        seen.add(key)
        for dep in lock.packages[key].depends:
            dep_key = resolve(lock, dep)
            if dep_key is None:
                # A dependency missing from its own lock means a broken lock,
                # not a user mistake; still say which package asked for it.
                raise DistributionError(
                    f"pyodide-lock.json of Pyodide {lock.info.version} is inconsistent: "
                    f"package {key!r} depends on {dep!r}, which it does not list"
                )
            if dep_key not in seen:
                stack.append(dep_key)
    return sorted(seen)


def package_files(lock: PyodideLockSpec, names: Iterable[str]) -> list[str]:
    """The lock's ``file_name`` of each named package, in the given order."""
    requested = as_names(names)
    keys = [resolve(lock, n) for n in requested]
    unknown = [n for n, k in zip(requested, keys, strict=True) if k is None]
    if unknown:
        raise unknown_names_error(lock, unknown)
    return [lock.packages[k].file_name for k in keys if k is not None]


def read_lock(version: str, directory: Path) -> PyodideLockSpec:
    """Parse the (already verified) lock of ``version`` in ``directory``."""
    try:
        lock = PyodideLockSpec.from_json(directory / LOCK_FILE)
    except (
        Exception
    ) as exc:  # pydantic/json errors: the bytes were verified, so the parser disagrees
        raise DistributionError(f"cannot parse {directory / LOCK_FILE}: {exc}") from exc
    if lock.info.version != version:
        raise DistributionError(
            f"{directory / LOCK_FILE} describes Pyodide {lock.info.version}, not {version}"
        )
    return lock
