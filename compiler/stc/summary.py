"""What ``stc build`` and ``stc serve`` print after a successful build.

Its own module so that both commands can print it while the dependency
between them goes one way: ``cli`` imports ``serve``, never the reverse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:  # the build pipeline is heavy to import; `stc --help` needs none of it
    from .build import BuildResult


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e5 else f"{n / 1e3:.0f} kB"


def print_build_summary(result: BuildResult) -> None:
    packages = ", ".join(result.packages) if result.packages else "none"
    snapshot = (f"  memory snapshot: {_size(result.snapshot_bytes)} (the browser restores Python instead of starting it)\n"
                if result.snapshot_bytes else "  memory snapshot: none (Python starts from scratch in the browser)\n")
    prerendered = (f"  prerendered: {result.prerendered} page{'s' if result.prerendered != 1 else ''}, in the {result.prerender_engine}\n"
                   if result.prerender_engine else "")
    click.echo(
        f"Built {result.out_dir} in {result.seconds:.1f} s\n"
        f"  packages: {packages}\n"
        f"  app files: {result.app_files}; site: {result.files} files, {_size(result.total_bytes)}\n"
        f"{snapshot}"
        f"{prerendered}"
        "  Everything in this folder is public: your sources and data files included."
    )
