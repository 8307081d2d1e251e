"""Stage 1 of the build: find the app's files.

Every file under the app's folder is part of the site (the entrypoint, its
modules, data files, ``.streamlit/config.toml``...), except what never belongs
on a public static site: ``.git``, ``__pycache__``, virtual environments, the
output folder itself, ``.streamlit/secrets.toml``, and whatever the app's own
``.gitignore`` excludes.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pathspec

from .errors import BuildError

FILE_WARN_BYTES = 50 * 1024 * 1024
TOTAL_WARN_BYTES = 200 * 1024 * 1024

_SKIP_DIRS = {".git", "__pycache__", ".hg", ".svn", "node_modules", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".ipynb_checkpoints"}
_SKIP_FILES = {".DS_Store"}
SECRETS = ".streamlit/secrets.toml"
# Temporary folders package.py creates beside the output (".NAME.stc-XXXX",
# ".NAME.old-XXXX"); a killed build can leave one behind.
_BUILD_TEMP = re.compile(r"^\..+\.(stc|old)-[A-Za-z0-9_]+$")


@dataclass(frozen=True)
class AppFiles:
    root: Path
    entrypoint: str  # relative to root, "/"-separated
    files: tuple[str, ...]  # relative, "/"-separated, sorted; includes the entrypoint
    total_bytes: int
    warnings: tuple[str, ...] = field(default=())


def _is_virtualenv(path: Path) -> bool:
    return (path / "pyvenv.cfg").is_file() or (path / "conda-meta").is_dir()


def is_stc_site(path: Path) -> bool:
    """A folder ``stc build`` wrote (package.py's layout), not just any
    folder with an index.html."""
    return (path / "index.html").is_file() and (path / "assets" / "stc_runtime.zip").is_file()


def discover(entrypoint: Path, out_dir: Path | None = None) -> AppFiles:
    entrypoint = entrypoint.resolve()
    if not entrypoint.is_file():
        raise BuildError(f"{entrypoint}: no such file. Give the path of your app's main script, e.g. `stc build app.py`.")
    if entrypoint.suffix != ".py":
        raise BuildError(f"{entrypoint}: the app's main script must be a .py file.")
    root = entrypoint.parent
    ignore = _gitignore(root)
    out_resolved = out_dir.resolve() if out_dir is not None else None

    files: list[str] = []
    sizes: dict[str, int] = {}
    dir_sizes: dict[str, int] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        rel_dir = here.relative_to(root).as_posix()
        rel_dir = "" if rel_dir == "." else rel_dir + "/"
        keep_dirs = []
        for d in sorted(dirnames):
            sub = here / d
            if d in _SKIP_DIRS or _is_virtualenv(sub):
                continue
            if out_resolved is not None and sub.resolve() == out_resolved:
                continue
            # An earlier build into another folder inside the app (say `-o site`
            # after the default dist/) is not part of the app: publishing it
            # would nest a whole second copy of Pyodide in the site (issue 3).
            if is_stc_site(sub) or _BUILD_TEMP.match(d):
                continue
            if ignore is not None and ignore.match_file(rel_dir + d + "/"):
                continue
            keep_dirs.append(d)
        dirnames[:] = keep_dirs
        for name in sorted(filenames):
            rel = rel_dir + name
            if name in _SKIP_FILES or rel == SECRETS:
                continue
            if ignore is not None and ignore.match_file(rel):
                continue
            path = here / name
            if not path.is_file():
                continue
            size = path.stat().st_size
            files.append(rel)
            sizes[rel] = size
            top = rel.split("/", 1)[0] if "/" in rel else ""
            if top:
                dir_sizes[top] = dir_sizes.get(top, 0) + size

    warnings = [
        f"{rel} is {sizes[rel] / 1e6:.0f} MB: every visitor may download it. Add it to .gitignore if the app does not need it."
        for rel in files
        if sizes[rel] > FILE_WARN_BYTES
    ]
    warnings += [
        f"folder {d}/ holds {n / 1e6:.0f} MB of files that will be published."
        for d, n in sorted(dir_sizes.items())
        if n > TOTAL_WARN_BYTES
    ]
    # Files directly in the app folder belong to no subfolder above: name the
    # app folder itself when the whole app is too big and no subfolder was named.
    total = sum(sizes.values())
    if total > TOTAL_WARN_BYTES and not any(n > TOTAL_WARN_BYTES for n in dir_sizes.values()):
        warnings.append(f"the app folder {root} holds {total / 1e6:.0f} MB of files that will be published.")
    entry_rel = entrypoint.relative_to(root).as_posix()
    return AppFiles(root=root, entrypoint=entry_rel, files=tuple(sorted(files)), total_bytes=total, warnings=tuple(warnings))


def _gitignore(root: Path) -> pathspec.GitIgnoreSpec | None:
    gitignore = root / ".gitignore"
    if not gitignore.is_file():
        return None
    lines = gitignore.read_text(encoding="utf-8", errors="replace").splitlines()
    # GitIgnoreSpec follows git's own rules (a later "!keep.log" re-includes);
    # the "gitwildmatch" factory is deprecated in pathspec 1.x.
    return pathspec.GitIgnoreSpec.from_lines(lines)
