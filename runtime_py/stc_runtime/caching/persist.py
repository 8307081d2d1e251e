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

What the store gives back is untrusted input (any site on the same origin
can write it, and nothing in a static site can sign it).
An entry's bytes are

    MAGIC  u32 size  header JSON  element buffers...  value

``MAGIC`` carries the format's version: an entry of another version is
computed again, never misread. The header holds when the entry was made,
the elements to replay (``replay.Record.to_json``) and the sizes of their
binary attachments; the value is ``codec.encode``'s tree (JSON and
``.npy``), the same bytes ``cache_data`` keeps in memory, so persisting
costs no extra serialization. A value that needed pickle is never written,
and ``decode_entry`` refuses one (whatever else the entry claims), so
nothing read from the browser is ever unpickled.
"""

from __future__ import annotations

import json
import math
import struct
from dataclasses import dataclass
from typing import Any

from . import codec, replay

MAGIC = b"stc-cache-2\n"
_OLDER = b"stc-cache-"

# The store slot lives outside this package so that the worker's bridge can
# install the browser's store at boot without importing the caching package
# (an app that caches nothing never pays for it).
from ..persistence import PersistentStore, current, install  # noqa: E402,F401


class CorruptEntry(Exception):
    """A stored entry that must not be used (damaged or crafted); the message
    says why, for tests and the console."""


class OtherVersion(CorruptEntry):
    """An entry of another format version: computed again without a word
    (expected after an upgrade, not a problem to tell the visitor about)."""


@dataclass(frozen=True)
class StoredEntry:
    created: float
    messages: list[replay.Record]
    #: the encoded value (``codec``'s tree; a view into the entry's bytes)
    value: memoryview


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} in an entry's header")


def encode_entry(created: float, messages: list[replay.Record], value: bytes) -> bytes:
    """An entry's bytes. ``value`` is ``codec.encode``'s and should be a tree
    and ``messages`` ``replay.storable`` (the caller checks both; an entry
    that breaks either is refused when read)."""
    sizes = [[len(b) for b in r.buffers] for r in messages]
    header = json.dumps({"created": created, "messages": [r.to_json() for r in messages], "buffers": sizes},
                        separators=(",", ":"), allow_nan=False).encode()
    parts = [b for r in messages for b in r.buffers]
    return b"".join([MAGIC, struct.pack("<I", len(header)), header, *parts, value])


def decode_entry(data: bytes | memoryview) -> StoredEntry:
    """The entry in ``data``, checked; ``CorruptEntry`` for anything else."""
    view = memoryview(data)
    if bytes(view[:len(MAGIC)]) != MAGIC:
        if bytes(view[:len(_OLDER)]) == _OLDER:
            raise OtherVersion("written by another version of stc")
        raise CorruptEntry("not an stc cache entry")
    try:
        start = len(MAGIC)
        (size,) = struct.unpack_from("<I", view, start)
        start += 4
        if start + size > len(view):
            raise ValueError("truncated")
        # No NaN or Infinity: they could not cross to the page (protocol.encode).
        header = json.loads(bytes(view[start:start + size]), parse_constant=_no_constant)
        start += size
        if not isinstance(header, dict):
            raise ValueError("malformed header")
        created = header.get("created")
        if type(created) not in (int, float) or not math.isfinite(created):
            raise ValueError("malformed creation time")
        sizes = header.get("buffers")
        if not isinstance(sizes, list):
            raise ValueError("malformed buffer list")
        buffers: list[list[bytes]] = []
        for record_sizes in sizes:
            if not isinstance(record_sizes, list):
                raise ValueError("malformed buffer list")
            own = []
            for n in record_sizes:
                if type(n) is not int or not 0 <= n <= len(view) - start:
                    raise ValueError("truncated")
                own.append(bytes(view[start:start + n]))
                start += n
            buffers.append(own)
        messages = replay.from_stored(header.get("messages"), buffers)
        # A view, not a copy: entries can be tens of MB.
        value = view[start:]
        if not codec.is_tree(value):
            # Pickle (or anything else) is never read back from storage.
            raise ValueError("the value is not in stc's safe format")
        return StoredEntry(float(created), messages, value)
    except Exception as exc:  # noqa: BLE001 - any malformation is corruption
        raise CorruptEntry(str(exc) or type(exc).__name__) from None
