"""The network as a last resort: the npm registry for the core, the CDN for
packages.

Downloads are short-timeout urllib calls whose failures become messages;
the npm tarball of a version is only accepted when its sha512 matches the
``integrity`` the registry publishes.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import os
import tempfile
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from .cache import CHUNK, DistributionError, Log
from .sources import Source, TarSource

NPM_METADATA_URL = "https://registry.npmjs.org/pyodide/{version}"
CDN_URL = "https://cdn.jsdelivr.net/pyodide/v{version}/full/{file_name}"

# Short on purpose: without internet a DNS failure is instant, but a
# black-holed connection would otherwise hang a build for minutes.
NETWORK_TIMEOUT = 10.0

# Errors urllib and http.client raise for any network trouble.  URLError and
# socket timeouts are OSError subclasses.
NET_ERRORS = (OSError, http.client.HTTPException, ValueError)


class NetworkDown(Exception):
    """The network as a whole is unusable (no route, DNS, timeout)."""


class Network:
    """urllib with a short timeout, turning failures into messages.

    After the first connection-level failure the network is considered down
    for the rest of the call, so 40 missing packages cost one timeout, not 40.
    """

    def __init__(self, offline: bool) -> None:
        self.offline = offline
        self.down: str | None = "offline mode" if offline else None

    def open(self, url: str, accept: str | None = None) -> IO[bytes]:
        if self.down is not None:
            raise NetworkDown(self.down)
        request = urllib.request.Request(url, headers={"User-Agent": "stc"})
        if accept:
            request.add_header("Accept", accept)
        try:
            response: IO[bytes] = urllib.request.urlopen(request, timeout=NETWORK_TIMEOUT)
            return response
        except urllib.error.HTTPError as exc:
            # The server answered: only this URL is bad (404 and the like).
            raise DistributionError(f"{url} answered HTTP {exc.code} {exc.reason}") from exc
        except NET_ERRORS as exc:
            reason = getattr(exc, "reason", exc)
            self.down = f"{url.split('/')[2]} could not be reached: {reason}"
            raise NetworkDown(self.down) from exc


def _integrity_sha512(integrity: str) -> bytes | None:
    # npm's "integrity" is a Subresource Integrity list: "sha512-<base64> ...".
    for token in integrity.split():
        algo, _, b64 = token.partition("-")
        if algo == "sha512":
            try:
                return base64.b64decode(b64, validate=True)
            except ValueError:
                return None
    return None


def npm_tarball(
    version: str, directory: Path, sources: Sequence[Source], net: Network, log: Log
) -> tuple[Path, bool, str]:
    """A local path to the npm tarball of ``version``, verified against the
    registry's sha512 integrity.  Returns (path, is_temporary, origin).

    A .tgz among the sources with the right sha512 is used as is, which is
    how an unpinned version can be installed from a tarball the user already
    has (the registry lookup itself is a few kB).
    """
    meta_url = NPM_METADATA_URL.format(version=version)
    try:
        with net.open(meta_url, accept="application/json") as response:
            meta = json.load(response)
        tarball_url = meta["dist"]["tarball"]
        integrity = meta["dist"]["integrity"]
    except NetworkDown as exc:
        raise DistributionError(
            f"the npm registry is needed for the Pyodide {version} core but {exc}"
        ) from exc
    except DistributionError as exc:  # the registry answered with an HTTP error
        raise DistributionError(
            f"Pyodide {version} is not available from the npm registry: {exc}"
        ) from exc
    except (KeyError, TypeError, json.JSONDecodeError) as exc:
        raise DistributionError(
            f"{meta_url} did not describe a Pyodide {version} tarball ({exc!r})"
        ) from exc
    except NET_ERRORS as exc:
        raise DistributionError(f"could not read {meta_url}: {exc}") from exc
    expected = _integrity_sha512(str(integrity))
    if expected is None:
        raise DistributionError(
            f"{meta_url} gives no usable sha512 integrity ({integrity!r}); refusing the tarball"
        )

    for src in sources:
        if isinstance(src, TarSource):
            with src.path.open("rb") as fh:
                if hashlib.file_digest(fh, "sha512").digest() == expected:
                    return src.path, False, f"{src.path} (npm integrity verified)"

    fd, tmp_name = tempfile.mkstemp(
        dir=directory, prefix=f".pyodide-{version}.", suffix=".tgz.part"
    )
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha512()
        with os.fdopen(fd, "wb") as out, net.open(tarball_url) as response:
            log(f"downloading {tarball_url}")
            while chunk := response.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
    except NetworkDown as exc:
        tmp.unlink(missing_ok=True)
        raise DistributionError(f"could not download the Pyodide {version} core: {exc}") from exc
    except (DistributionError, *NET_ERRORS) as exc:
        tmp.unlink(missing_ok=True)
        raise DistributionError(f"could not download {tarball_url}: {exc}") from exc
    if digest.digest() != expected:
        tmp.unlink(missing_ok=True)
        raise DistributionError(
            f"{tarball_url} does not match the sha512 integrity the npm registry gives "
            f"({integrity}); refusing it"
        )
    return tmp, True, tarball_url
