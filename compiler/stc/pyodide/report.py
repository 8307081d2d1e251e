"""What a fetch is looking for, and what it did.

``Want`` is one file the fetch must place in the cache, ``Progress`` the
tally kept while it runs, and ``FetchReport`` the frozen result
:func:`stc.pyodide.ensure` returns (and ``stc pyodide fetch`` prints).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


def human(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.1f} kB"


@dataclass(frozen=True)
class FetchReport:
    """What :func:`ensure` did.

    ``core_fetched`` holds core file names and ``packages_fetched`` package
    names (lock keys) that were copied or downloaded into the cache by this
    call.  ``already_cached`` holds both kinds (core file names and package
    names) whose cached copy was verified and kept.  ``replaced`` names the
    entries whose cached copy was corrupt and got deleted; each also appears
    in a ``*_fetched`` list when a good copy was found (with
    ``packages=None``, one that no source holds is just dropped).
    ``origins`` maps each fetched file name to where its bytes came from.
    """

    version: str
    directory: Path
    core_fetched: list[str] = field(default_factory=list)
    packages_fetched: list[str] = field(default_factory=list)
    already_cached: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    origins: dict[str, str] = field(default_factory=dict)
    bytes_fetched: int = 0
    # Size of every file this call guarantees (fetched or already cached).
    total_bytes: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        """One line for the CLI."""
        n_fetched = len(self.core_fetched) + len(self.packages_fetched)
        n_files = n_fetched + len(self.already_cached)
        parts = [
            f"Pyodide {self.version}: {n_files} files verified in {self.directory}",
            f"{n_fetched} fetched ({human(self.bytes_fetched)})",
            f"{len(self.already_cached)} already cached",
        ]
        if self.replaced:
            parts.append(f"{len(self.replaced)} corrupt cached file(s) replaced")
        parts.append(f"{human(self.total_bytes)} in total, {self.seconds:.1f} s")
        return ", ".join(parts)


@dataclass
class Progress:
    """Mutable twin of FetchReport, filled while ensure() runs."""

    core_fetched: list[str] = field(default_factory=list)
    packages_fetched: list[str] = field(default_factory=list)
    already_cached: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    origins: dict[str, str] = field(default_factory=dict)
    bytes_fetched: int = 0
    total_bytes: int = 0


@dataclass
class Want:
    """One file ensure() must place in the cache, and what it has learned
    about it so far (for the error message if it never arrives)."""

    file_name: str  # base name in the cache and in sources
    sha256: str | None  # None: accept and record (npm-verified core only)
    label: str  # report key: core file name or package name
    is_core: bool
    required: bool = True
    url: str | None = None  # where the network would have it
    rejections: list[str] = field(default_factory=list)
    net_failure: str | None = None
