"""Where the user said Pyodide files can be found: directories and archives.

A source is searched by file base name only, so a distribution can sit at
any depth (a wheel that bundles it under a deep folder, the npm tarball
under ``package/``).  A source only offers bytes; whether they are accepted
is decided by their hash (``stc.pyodide.fetch``).
"""

from __future__ import annotations

import os
import tarfile
import zipfile
import zlib
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import IO

from .cache import DistributionError

# Archive suffixes whose members are searched by base name.
_ZIP_SUFFIXES = (".whl", ".zip")
_TAR_SUFFIXES = (".tgz", ".tar.gz", ".tar", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")

# Errors that mean "this source's bytes could not be read", as opposed to a
# bug: a corrupt archive, a truncated gzip stream, an unreadable file.
READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, zlib.error)


class Source:
    """Somewhere the user told us to look for files, matched by base name."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.label = str(path)

    def supply(self, wanted: Collection[str]) -> Iterator[tuple[str, IO[bytes]]]:
        """Yield (base name, stream) for wanted files this source holds.

        ``wanted`` is read lazily: the consumer removes names it accepted, so
        a later duplicate of an accepted file is not offered again, while a
        duplicate of a rejected one is.
        """
        raise NotImplementedError


class DirectorySource(Source):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.label = f"{path} (directory)"
        # First match in sorted walk order wins, so results do not depend
        # on the file system's listing order.
        self._index: dict[str, Path] = {}
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for fname in sorted(files):
                self._index.setdefault(fname, Path(root) / fname)

    def supply(self, wanted: Collection[str]) -> Iterator[tuple[str, IO[bytes]]]:
        for name in sorted(set(wanted) & set(self._index)):
            if name not in wanted:
                continue
            try:
                fh = self._index[name].open("rb")
            except FileNotFoundError:
                # Gone since indexing, e.g. the source is the cache itself
                # and this was a corrupt copy that was just removed.
                continue
            with fh:
                yield name, fh


class FileSource(Source):
    """A single file, offered under its own name (e.g. one package wheel)."""

    def supply(self, wanted: Collection[str]) -> Iterator[tuple[str, IO[bytes]]]:
        if self.path.name in wanted:
            with self.path.open("rb") as fh:
                yield self.path.name, fh


class ZipSource(FileSource):
    """A .whl/.zip: offered as itself, and each member by its base name
    (the provisa wheel keeps the distribution under a deep folder)."""

    def supply(self, wanted: Collection[str]) -> Iterator[tuple[str, IO[bytes]]]:
        yield from super().supply(wanted)
        if not wanted:  # e.g. the archive was itself the wanted file
            return
        try:
            with zipfile.ZipFile(self.path) as zf:
                index: dict[str, zipfile.ZipInfo] = {}
                for info in zf.infolist():
                    if not info.is_dir():
                        index.setdefault(info.filename.rsplit("/", 1)[-1], info)
                for name in sorted(set(wanted) & set(index)):
                    if name in wanted:
                        with zf.open(index[name]) as fh:
                            yield name, fh
        except zipfile.BadZipFile as exc:
            raise DistributionError(
                f"cannot read source {self.path} as a zip archive: {exc}"
            ) from exc


class TarSource(FileSource):
    """A tarball (the npm package): members matched by base name in one
    sequential pass, since seeking in a compressed tar means decompressing
    again from the start."""

    def supply(self, wanted: Collection[str]) -> Iterator[tuple[str, IO[bytes]]]:
        yield from super().supply(wanted)
        if not wanted:  # e.g. the archive was itself the wanted file
            return
        try:
            with tarfile.open(self.path, "r|*") as tf:
                for member in tf:
                    name = member.name.rsplit("/", 1)[-1]
                    if member.isfile() and name in wanted:
                        fh = tf.extractfile(member)
                        if fh is not None:
                            yield name, fh
        except (tarfile.TarError, EOFError, zlib.error) as exc:
            raise DistributionError(
                f"cannot read source {self.path} as a tar archive: {exc}"
            ) from exc


def open_source(path: Path) -> Source:
    """The kind of source ``path`` is: a directory, an archive or one file."""
    path = Path(path).expanduser()
    if path.is_dir():
        return DirectorySource(path)
    if not path.is_file():
        raise DistributionError(
            f"source {path} does not exist (expected a directory, .whl, .zip or .tgz)"
        )
    lower = path.name.lower()
    if lower.endswith(_ZIP_SUFFIXES):
        return ZipSource(path)
    if lower.endswith(_TAR_SUFFIXES):
        return TarSource(path)
    return FileSource(path)
