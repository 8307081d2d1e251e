"""Build hook; everything else about the package is in pyproject.toml.

A wheel carries the browser bundle (runtime_js, bundled by esbuild) as
``stc/_bundle``, so an installed stc builds sites without the checkout or
Node's npm packages. The bundling is the one `stc build` does in a checkout
(stc.assets.bundle_checkout), so the wheel holds what a checkout would serve.
"""

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class build_py_with_bundle(build_py):
    def run(self) -> None:
        super().run()
        # An editable install runs the checkout, which bundles on demand.
        if self.editable_mode:
            return
        sys.path[:0] = [str(ROOT / "compiler"), str(ROOT / "runtime_py")]
        from stc.assets import bundle_checkout
        from stc.errors import BuildError

        try:
            dist = bundle_checkout(log=lambda message: self.announce(message, level=2))
        except BuildError as exc:
            raise SystemExit(f"stc: {exc}") from None
        target = Path(self.build_lib) / "stc" / "_bundle"
        shutil.rmtree(target, ignore_errors=True)
        # Source maps: a site never ships them either.
        shutil.copytree(dist, target, ignore=shutil.ignore_patterns("*.map"))


setup(cmdclass={"build_py": build_py_with_bundle})
