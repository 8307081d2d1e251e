"""Stored st.cache_data entries are untrusted input, in the browser.

Any site of the same GitHub Pages user shares the origin and can write the
app's IndexedDB. The page itself plays that site here (same origin): it
plants a database of another schema before the first visit, or replaces
the app's stored entries with crafted ones, and the app must compute the
values again, never run a payload (a pickle that changes the app's module, an
html element with script, Markdown with an event handler), show at most one
notice, and be back to normal on the next visit. The values read back from
IndexedDB must equal fresh ones exactly (Pyodide's pandas and numpy).

The crafted bytes are made with the runtime's own entry format
(stc_runtime.caching.persist) in the test process.
"""

from __future__ import annotations

import pickle
import re

import pytest
from browser_support import APPS, wait_for_runs
from playwright.sync_api import expect

from stc_runtime.caching import codec, persist, replay
from stc_runtime.caching.errors import UNUSABLE_STORED_ENTRY

pytestmark = pytest.mark.browser

APP = APPS / "caching_untrusted" / "app.py"
N = 6  # entries the app stores (load(0) ... load(5))

# A database as another program (or a damaged one) leaves it: same name,
# the version stc opens, other stores.
PLANT_OTHER_SCHEMA = """
async (name) => {
  await new Promise((ok, fail) => {
    const r = indexedDB.open(name, 1);
    r.onupgradeneeded = () => {
      r.result.createObjectStore("meta");  // no keyPath, no indexes
      r.result.createObjectStore("junk", { autoIncrement: true }).put({ evil: true });
    };
    r.onsuccess = () => { r.result.close(); ok(); };
    r.onerror = () => fail(r.error);
  });
}
"""

# A version stc does not know: open(name, 1) fails with VersionError.
PLANT_OTHER_VERSION = """
async (name) => {
  await new Promise((ok, fail) => {
    const r = indexedDB.open(name, 7);
    r.onupgradeneeded = () => r.result.createObjectStore("blobs");
    r.onsuccess = () => { r.result.close(); ok(); };
    r.onerror = () => fail(r.error);
  });
}
"""

SCHEMA = """
async (name) => {
  const db = await new Promise((ok, fail) => { const r = indexedDB.open(name); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  const stores = [...db.objectStoreNames].sort();
  const meta = stores.includes("meta") ? db.transaction("meta").objectStore("meta") : null;
  const out = { version: db.version, stores, keyPath: meta && meta.keyPath, indexes: meta ? [...meta.indexNames].sort() : [] };
  db.close();
  return out;
}
"""

READ_BLOBS = """
async (name) => {
  const db = await new Promise((ok, fail) => { const r = indexedDB.open(name); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  const tx = db.transaction("blobs");
  const store = tx.objectStore("blobs");
  const keys = await new Promise((ok) => { const r = store.getAllKeys(); r.onsuccess = () => ok(r.result); });
  const out = {};
  for (const key of keys) {
    out[key] = await new Promise((ok) => { const r = store.get(key); r.onsuccess = () => ok(Array.from(r.result)); });
  }
  db.close();
  return out;
}
"""

WRITE_BLOBS = """
async ([name, blobs]) => {
  const db = await new Promise((ok, fail) => { const r = indexedDB.open(name); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  const tx = db.transaction("blobs", "readwrite");
  for (const [key, bytes] of Object.entries(blobs)) tx.objectStore("blobs").put(new Uint8Array(bytes), key);
  await new Promise((ok, fail) => { tx.oncomplete = ok; tx.onerror = () => fail(tx.error); });
  db.close();
}
"""


def db_name(url: str) -> str:
    return "stc-cache:" + re.sub(r"^https?://[^/]+", "", url)


def expect_app(page, computed: int) -> None:
    expect(page.get_by_text(f"Computed in this session: {computed}", exact=True)).to_be_visible()
    expect(page.get_by_text("Marks: []", exact=True)).to_be_visible()
    expect(page.get_by_text("Round trip exact: True", exact=True)).to_be_visible()
    # The elements written inside the cached function, computed or replayed.
    expect(page.get_by_text(re.compile(r"^Loaded \d inside the cached function$"))).to_have_count(N)


def wait_entries(page, url: str, n: int) -> dict:
    for _ in range(600):
        blobs = page.evaluate(READ_BLOBS, db_name(url))
        if len(blobs) >= n:
            return blobs
        page.wait_for_timeout(100)
    raise AssertionError(f"expected {n} stored entries, found {len(blobs)}")


class RunsPython:
    def __reduce__(self):
        return (exec, ("import marks; marks.log.append('pwned')",))


def crafted(good: bytes, variant: int) -> bytes:
    stored = persist.decode_entry(good)
    value, messages = bytes(stored.value), stored.messages

    def extra(element):
        return persist.encode_entry(stored.created, [*messages, replay.Record(["main"], element)], value)

    return [
        # A pickle that would append to the app's module, as the value...
        lambda: persist.encode_entry(stored.created, messages, codec.PICKLE + pickle.dumps(RunsPython())),
        # ... and behind a tag that says it is the safe format.
        lambda: persist.encode_entry(stored.created, messages, codec.TREE + pickle.dumps(RunsPython())),
        # Script in the elements to replay.
        lambda: extra({"kind": "html", "body": "<script>window.__pwned = 'html'</script>", "unsafe_allow_javascript": True}),
        lambda: extra({"kind": "markdown", "body": "<img src=x onerror=\"window.__pwned = 'markdown'\">",
                       "unsafe_allow_html": True, "help": None, "variant": "body"}),
        lambda: extra({"kind": "no_such_kind", "body": "x"}),
        lambda: good[: len(good) // 2],  # truncated
    ][variant]()


def notices(page):
    return page.get_by_test_id("stNotice")


@pytest.mark.parametrize("plant", [PLANT_OTHER_SCHEMA, PLANT_OTHER_VERSION], ids=["other-schema", "other-version"])
def test_a_database_of_another_schema_is_repaired_once(build_site, new_page, plant):
    url = build_site(APP)
    # A same-origin page (a 404) before the app's first visit: plant there.
    page = new_page(url + "__not_the_app__/", wait_for_run=False)
    page.evaluate(plant, db_name(url))

    page.goto(url)
    wait_for_runs(page, 1)
    expect_app(page, N)
    wait_entries(page, url, N)  # stored: the database works again
    assert page.evaluate(SCHEMA, db_name(url)) == {
        "version": 1, "stores": ["blobs", "meta"], "keyPath": "key", "indexes": ["family", "fn"]}
    assert notices(page).count() <= 1
    repaired = [m for m in page.console_messages if "had another layout" in m]
    assert len(repaired) == 1

    # The next visit: entries read back, nothing to repair or report.
    page.console_messages.clear()
    page.reload()
    wait_for_runs(page, 1)
    expect_app(page, 0)
    expect(notices(page)).to_have_count(0)
    assert not [m for m in page.console_messages if "had another layout" in m or "cache" in m.lower() and "stc:" in m]


def test_crafted_entries_are_computed_again_and_never_run(build_site, new_page):
    url = build_site(APP)
    page = new_page(url)
    expect_app(page, N)
    good = {key: bytes(data) for key, data in wait_entries(page, url, N).items()}
    assert len(good) == N

    # Every stored entry replaced by a different crafted one.
    planted = {key: list(crafted(data, i)) for i, (key, data) in enumerate(sorted(good.items()))}
    page.evaluate(WRITE_BLOBS, [db_name(url), planted])
    page.console_messages.clear()
    page.reload()
    wait_for_runs(page, 1)
    expect_app(page, N)  # all six computed again, nothing of the payloads
    assert page.evaluate("window.__pwned") is None
    expect(page.locator("[data-testid=stHtml], img[src=x]")).to_have_count(0)
    expect(notices(page)).to_have_count(1)  # one notice for all six
    expect(notices(page)).to_contain_text(UNUSABLE_STORED_ENTRY)

    # The computed values replaced the crafted entries: the next visit reads
    # them back, with no notice.
    for _ in range(600):
        fresh = {key: bytes(data) for key, data in wait_entries(page, url, N).items()}
        if all(data != bytes(planted[key]) for key, data in fresh.items()):
            break
        page.wait_for_timeout(100)
    for data in fresh.values():
        persist.decode_entry(data)  # raises if it is not a good entry
    page.reload()
    wait_for_runs(page, 1)
    expect_app(page, 0)
    expect(notices(page)).to_have_count(0)
    assert page.evaluate("window.__pwned") is None
