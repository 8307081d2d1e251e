"""The ``stc`` command.

    stc
    ├── build APP.py [-o OUT]            compile an app into a static site
    ├── serve [OUT | APP.py] [--port N]  serve a site on 127.0.0.1; given an
    │                                    app, build it and rebuild on change
    └── pyodide
        └── fetch [--version V] [--from PATH]... [PACKAGE]...
                                         fill the local Pyodide cache

Every failure the author can fix ends with a clear message and exit code 1,
never a traceback of ours.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from .errors import BuildError
from .pyodide import DEFAULT_VERSION, DistributionError, ensure
from .summary import print_build_summary


def _friendly(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (BuildError, DistributionError) as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)

    return wrapper


@click.group()
@click.version_option(package_name="stc")
def main() -> None:
    """Compile a Streamlit app into a static site that runs in the browser."""


@main.command()
@click.argument("app", type=click.Path(path_type=Path))
@click.option("-o", "--out", type=click.Path(path_type=Path), help="Output folder (default: dist/ beside the app).")
@click.option("--pyodide-version", default=DEFAULT_VERSION, show_default=True)
@click.option("--from", "sources", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="A folder or wheel/archive holding Pyodide files, used before the cache and the network.")
@click.option("--snapshot/--no-snapshot", default=True, show_default=True,
              help="Ship a memory snapshot of Python with the runtime imported (about 5 MB more to download on "
                   "a first visit; Python then starts about three times faster).")
@click.option("--strict", is_flag=True,
              help="Make a link out of the app's folder (its target would be published) an error, not a warning.")
@_friendly
def build(app: Path, out: Path | None, pyodide_version: str, sources: tuple[Path, ...], snapshot: bool,
          strict: bool) -> None:
    """Build APP (the app's main script) into a static site."""
    from .build import build as run_build

    result = run_build(app, out, pyodide_version=pyodide_version, sources=sources, snapshot=snapshot,
                       strict=strict, log=lambda m: click.echo(m, err=True))
    print_build_summary(result)


@main.command()
@click.argument("target", required=False, type=click.Path(path_type=Path))
@click.option("--port", default=8501, show_default=True, type=int)
@click.option("--from", "sources", multiple=True, type=click.Path(exists=True, path_type=Path))
@_friendly
def serve(target: Path | None, port: int, sources: tuple[Path, ...]) -> None:
    """Serve a built site (a folder) or build and serve an app script,
    rebuilding when its files change."""
    from .serve import serve_app, serve_dir

    target = target or Path("dist")
    if target.is_dir():
        if not (target / "index.html").is_file():
            raise BuildError(f"{target} has no index.html: give a folder `stc build` wrote, or an app script.")
        serve_dir(target, port)
    elif target.is_file():
        serve_app(target, port, sources=sources)
    else:
        raise BuildError(f"{target}: no such file or folder.")


@main.group()
def pyodide() -> None:
    """Manage the local Pyodide distribution cache."""


@pyodide.command()
@click.argument("packages", nargs=-1)
@click.option("--version", "version", default=DEFAULT_VERSION, show_default=True)
@click.option("--from", "sources", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="A folder, wheelhouse or archive (.whl/.zip/.tgz) holding Pyodide files.")
@click.option("--offline", is_flag=True, help="Never use the network.")
@_friendly
def fetch(packages: tuple[str, ...], version: str, sources: tuple[Path, ...], offline: bool) -> None:
    """Fill the cache with the Pyodide core and PACKAGES (with their
    dependencies); without PACKAGES, with every package the sources hold."""
    wanted = list(packages) if packages else (None if sources else ())
    report = ensure(version, wanted, sources, offline=offline, log=lambda m: click.echo(m, err=True))
    click.echo(report.summary())
