"""Where ``st.cache_data`` entries outlive the Python process.

On a server, Streamlit's cache lives as long as the server and is shared by
every session. A built site has no server: the equivalent is the visitor's
browser, so in the worker ``bridge.enable_cache_store`` installs a
``PersistentStore`` backed by IndexedDB (``runtime_js/src/cache_store.js``).
A result computed once is then a hit after a reload and in another tab of
the same site. In CPython (tests, prerender, AppTest) no store is installed
and caches live in memory only, as in ``streamlit run``.

The store is a plain interface: reads are synchronous (the bridge blocks on
IndexedDB with JSPI, or answers from entries it fetched before the run),
writes and deletions are fire-and-forget (they never hold up a run), and
every failure is the store's to report (once) and to survive: a read that
fails is a miss, a write that fails leaves the entry in memory only.

An entry's bytes are ``encode_entry(...)``: a small JSON header (when it was
made, the elements to replay) followed by the pickled value. The pickle is
what ``cache_data`` keeps in memory too, so persisting costs no extra
serialization.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from typing import Any, Protocol

_MAGIC = b"stc-cache-1\n"


# The store slot lives outside this package so that the worker's bridge can
# install the browser's store at boot without importing the caching package
# (an app that caches nothing never pays for it).
from ..persistence import PersistentStore, current, install  # noqa: E402,F401


class CorruptEntry(Exception):
    pass


@dataclass(frozen=True)
class StoredEntry:
    created: float
    messages: list[Any]
    #: the pickled value (a view into the entry's bytes)
    value: bytes | memoryview


def encode_entry(created: float, messages: list[Any], value: bytes) -> bytes:
    header = json.dumps({"created": created, "messages": messages}, separators=(",", ":")).encode()
    return _MAGIC + struct.pack("<I", len(header)) + header + value


def decode_entry(data: bytes) -> StoredEntry:
    try:
        if not data.startswith(_MAGIC):
            raise ValueError("not an stc cache entry")
        start = len(_MAGIC)
        (size,) = struct.unpack_from("<I", data, start)
        header = json.loads(data[start + 4: start + 4 + size])
        # A view, not a copy: entries can be tens of MB.
        return StoredEntry(float(header["created"]), list(header["messages"]), memoryview(data)[start + 4 + size:])
    except Exception as exc:  # noqa: BLE001 - any malformation is corruption
        raise CorruptEntry(str(exc)) from None
