// @ts-check
// The worker's store of st.cache_data entries: IndexedDB, opened from the
// worker. Python reaches it through
// stc_runtime.bridge.enable_cache_store (runtime_py/stc_runtime/caching/persist.py
// describes the contract); the page never talks to it.
//
//   database  "stc-cache:<site path>"   one per site: GitHub Pages sites of one
//                                       user share an origin, not a path
//   store "meta"   key -> {key, fn, family, fingerprint, created, expires,
//                          max_entries, size, used}      small; indexes fn, family
//   store "blobs"  key -> Uint8Array (runtime_py/stc_runtime/caching/persist.py)
//
// Everything in the database is untrusted: every site of
// one GitHub Pages user shares the origin, so any of them can write it. The
// store only checks what it needs itself (the schema, each meta record's
// fields, that a blob is bytes); Python checks the entry's contents. A
// database of another schema (another program's, a damaged one, a version
// this stc does not know) is deleted and created afresh, once, with a line
// in the console: no notice, and nothing left to warn about on the next visit.
//
// Reads are on demand, one entry at a time (a hit on one entry never reads
// another's bytes): Python blocks on get() with JSPI (pyodide.ffi.run_sync).
// Where JSPI is missing, the worker cannot block, so before the first run the
// store fetches the most recently used entries (up to PREFETCH_BYTES) and
// Python takes them from memory; other entries are computed again.
//
// Writes, pruning and deletions never block a run: Python hands the bytes
// over and goes on. Everything that goes wrong (IndexedDB unavailable in a
// private window or blocked, quota exceeded, an unreadable entry) falls back to
// memory: the call is a miss or the entry stays in the tab, and the visitor is
// told once (console and a `notice` message the page shows; one notice for
// all failures of the database, however many operations fail).
//
// Test-only switches (Boot.cache_test_mode, which index.html reads from
// localStorage["stc-cache-test"], comma-separated):
//   no-indexeddb   indexedDB.open throws, as in a browser that forbids it
//   no-jspi        behave as where JSPI is missing (prefetch, no run_sync)
//   log-reads      console.info("[stc-cache] read <key> <bytes>") per entry read

const DB_VERSION = 1;
const META = "meta";
const BLOBS = "blobs";
const OPEN_TIMEOUT_MS = 5000;
const PREFETCH_BYTES = 64 * 1024 * 1024;

const done = (request) =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const finished = (tx) =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new DOMException("The transaction was aborted", "AbortError"));
  });

const reason = (err) => (err && (err.message || err.name)) || String(err);

/** True when Pyodide can suspend Python on a promise (JSPI), as Pyodide itself tests it. */
export function jspiSupported(testMode = "") {
  if (testMode.split(",").includes("no-jspi")) return false;
  return typeof WebAssembly !== "undefined" && ("Suspending" in WebAssembly || "Suspender" in WebAssembly);
}

/** The site's folder, from the URL of its app/ folder (Boot.app_url). */
export function sitePath(appUrl) {
  return new URL(appUrl).pathname.replace(/[^/]*\/?$/, "");
}

function openDatabase(name, testMode) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("IndexedDB did not open (blocked by another tab?)")), OPEN_TIMEOUT_MS);
    let request;
    try {
      if (testMode.split(",").includes("no-indexeddb")) throw new DOMException("IndexedDB is disabled (cache_test_mode)", "InvalidStateError");
      if (typeof indexedDB === "undefined") throw new Error("this browser has no IndexedDB");
      request = indexedDB.open(name, DB_VERSION);
    } catch (err) {
      clearTimeout(timer);
      reject(err);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const store of [...db.objectStoreNames]) db.deleteObjectStore(store);
      const meta = db.createObjectStore(META, { keyPath: "key" });
      meta.createIndex("fn", "fn");
      meta.createIndex("family", "family");
      db.createObjectStore(BLOBS);
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve(request.result);
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(request.error);
    };
    request.onblocked = () => {}; // wait for the timeout
  });
}

function deleteDatabase(name) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("IndexedDB could not replace the cache (blocked by another tab?)")), OPEN_TIMEOUT_MS);
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve();
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(request.error);
    };
    request.onblocked = () => {}; // other connections get versionchange; wait for the timeout
  });
}

/** Whether `db` has exactly the stores and indexes openDatabase creates. */
function hasOurSchema(db) {
  const stores = [...db.objectStoreNames].sort();
  if (stores.join() !== [BLOBS, META].sort().join()) return false;
  const tx = db.transaction([META, BLOBS], "readonly");
  const meta = tx.objectStore(META);
  const blobs = tx.objectStore(BLOBS);
  if (meta.keyPath !== "key" || meta.autoIncrement || blobs.keyPath !== null || blobs.autoIncrement) return false;
  if ([...meta.indexNames].sort().join() !== "family,fn") return false;
  return ["fn", "family"].every((name) => {
    const index = meta.index(name);
    return index.keyPath === name && !index.unique && !index.multiEntry;
  });
}

/**
 * Open the site's database; one of another schema (or of a version this stc
 * does not know, which open() refuses) is deleted and created again, once.
 */
async function openOurDatabase(name, testMode) {
  let db;
  try {
    db = await openDatabase(name, testMode);
    if (hasOurSchema(db)) return db;
    db.close();
  } catch (err) {
    if (!err || err.name !== "VersionError") throw err;
  }
  console.warn(`stc: the app's cache database in this browser (${name}) had another layout; it was emptied and made again.`);
  await deleteDatabase(name);
  db = await openDatabase(name, testMode);
  if (!hasOurSchema(db)) {
    db.close();
    throw new Error("the cache database could not be made again");
  }
  return db;
}

const isNumber = (x) => typeof x === "number" && Number.isFinite(x);

/** A meta record as put() writes it (anything else in the store is dropped at boot). */
function validMeta(m, key = m && m.key) {
  return (
    m !== null && typeof m === "object" && typeof m.key === "string" && m.key === key &&
    typeof m.fn === "string" && typeof m.family === "string" && typeof m.fingerprint === "string" &&
    isNumber(m.created) && isNumber(m.size) && m.size >= 0 &&
    (m.expires === null || m.expires === undefined || isNumber(m.expires)) &&
    (m.max_entries === null || m.max_entries === undefined || (Number.isInteger(m.max_entries) && m.max_entries >= 0)) &&
    (m.used === undefined || isNumber(m.used))
  );
}

export class CacheStore {
  constructor(db, { fingerprint, notify, testMode = "" }) {
    this.db = db;
    /** Part of every key Python computes: app data files, Pyodide and package versions. */
    this.fingerprint = fingerprint;
    this._notify = notify;
    this._warned = new Set();
    this._notified = new Set();
    this._logReads = testMode.split(",").includes("log-reads");
    /** @type {Map<string, Uint8Array>} entries fetched before the run (no JSPI) */
    this.prefetched = new Map();
    this.stats = { reads: 0, bytesRead: 0, writes: 0, bytesWritten: 0 };
    db.onversionchange = () => db.close(); // a newer stc on this site: let it upgrade
  }

  /**
   * Tell the visitor once per kind of problem (`kind`: messages that share
   * one notice; each distinct message still goes to the console once). The
   * app goes on from memory.
   */
  problem(message, kind = String(message)) {
    const text = String(message);
    if (this._warned.has(text)) return;
    this._warned.add(text);
    console.warn(`stc: ${text}`);
    if (this._notified.has(kind)) return;
    this._notified.add(kind);
    this._notify(text);
  }

  _failed(what, err) {
    const name = err && err.name;
    if (name === "QuotaExceededError") {
      this.problem("This browser has no room left to keep the app's cached results: they are kept for this tab only.");
    } else {
      this.problem(`The app's cache in this browser failed (${what}: ${reason(err)}); cached results are kept for this tab only.`, "failed");
    }
  }

  /** The entry's bytes, or undefined (absent, from another deploy, or unreadable). */
  async get(key) {
    try {
      const tx = this.db.transaction([META, BLOBS], "readonly");
      const [meta, blob] = await Promise.all([done(tx.objectStore(META).get(key)), done(tx.objectStore(BLOBS).get(key))]);
      if (!meta || !blob || !validMeta(meta, key) || meta.fingerprint !== this.fingerprint) return undefined;
      if (!(blob instanceof Uint8Array || blob instanceof ArrayBuffer)) {
        this.delete(key); // not bytes: not ours
        return undefined;
      }
      const bytes = blob instanceof Uint8Array ? blob : new Uint8Array(blob);
      this.stats.reads += 1;
      this.stats.bytesRead += bytes.byteLength;
      if (this._logReads) console.info(`[stc-cache] read ${key} ${bytes.byteLength}`);
      this._touch(meta);
      return bytes;
    } catch (err) {
      this._failed("reading an entry", err);
      return undefined;
    }
  }

  /** Prefetched entry for Python when it cannot block on get() (no JSPI). */
  takePrefetched(key) {
    const bytes = this.prefetched.get(key);
    this.prefetched.delete(key);
    return bytes;
  }

  _touch(meta) {
    // "Recently used" decides what is prefetched where JSPI is missing.
    try {
      this.db.transaction(META, "readwrite").objectStore(META).put({ ...meta, used: Date.now() / 1000 });
    } catch {
      /* only a hint */
    }
  }

  /** Store an entry; resolves when stored and pruned (Python does not wait). */
  async put(key, data, metaJson) {
    const meta = { ...JSON.parse(metaJson), key, fingerprint: this.fingerprint, used: Date.now() / 1000 };
    // A copy that owns its memory: `data` may view Python's heap.
    const bytes = data instanceof Uint8Array ? data.slice() : new Uint8Array(data);
    try {
      const tx = this.db.transaction([META, BLOBS], "readwrite");
      tx.objectStore(BLOBS).put(bytes, key);
      tx.objectStore(META).put(meta);
      await finished(tx);
      this.stats.writes += 1;
      this.stats.bytesWritten += bytes.byteLength;
    } catch (err) {
      this._failed("saving an entry", err);
      return;
    }
    await this._prune(meta);
  }

  // After a write: other versions of the function's code are stale, and
  // the function keeps at most max_entries entries, the newest.
  async _prune(written) {
    try {
      const tx = this.db.transaction([META, BLOBS], "readwrite");
      const metas = tx.objectStore(META);
      const blobs = tx.objectStore(BLOBS);
      const family = await done(metas.index("family").getAll(written.family));
      const now = Date.now() / 1000;
      const keep = [];
      for (const m of family) {
        if (m.fn !== written.fn || m.fingerprint !== this.fingerprint || (m.expires != null && m.expires < now)) {
          metas.delete(m.key);
          blobs.delete(m.key);
        } else keep.push(m);
      }
      if (written.max_entries != null && keep.length > written.max_entries) {
        keep.sort((a, b) => a.created - b.created);
        for (const m of keep.slice(0, keep.length - written.max_entries)) {
          metas.delete(m.key);
          blobs.delete(m.key);
        }
      }
      await finished(tx);
    } catch (err) {
      this._failed("pruning", err);
    }
  }

  delete(key) {
    this._delete((metas, blobs) => {
      metas.delete(key);
      blobs.delete(key);
    });
  }

  deleteFunction(fn) {
    this._delete(async (metas, blobs) => {
      for (const key of await done(metas.index("fn").getAllKeys(fn))) {
        metas.delete(key);
        blobs.delete(key);
      }
    });
  }

  clear() {
    this.prefetched.clear();
    this._delete((metas, blobs) => {
      metas.clear();
      blobs.clear();
    });
  }

  _delete(work) {
    // The transaction is created now, synchronously: reads Python makes
    // after asking for a deletion (the rerun after "Clear cache") queue
    // behind it, as IndexedDB orders overlapping transactions.
    let tx;
    try {
      tx = this.db.transaction([META, BLOBS], "readwrite");
    } catch (err) {
      this._failed("deleting", err);
      return Promise.resolve();
    }
    Promise.resolve(work(tx.objectStore(META), tx.objectStore(BLOBS))).catch(() => {});
    return finished(tx).catch((err) => this._failed("deleting", err));
  }

  /**
   * At boot: drop entries of older deploys, expired ones and meta records
   * put() did not write (reads only the small records).
   */
  async pruneStale() {
    const tx = this.db.transaction([META, BLOBS], "readwrite");
    const metas = tx.objectStore(META);
    const blobs = tx.objectStore(BLOBS);
    const now = Date.now() / 1000;
    const [keys, all] = await Promise.all([done(metas.getAllKeys()), done(metas.getAll())]);
    all.forEach((m, i) => {
      if (!validMeta(m, keys[i]) || m.fingerprint !== this.fingerprint || (m.expires != null && m.expires < now)) {
        metas.delete(keys[i]);
        blobs.delete(keys[i]);
      }
    });
    await finished(tx);
  }

  /** Where JSPI is missing: fetch the most recently used entries before the run. */
  async prefetch(budget = PREFETCH_BYTES) {
    const metas = await done(this.db.transaction(META, "readonly").objectStore(META).getAll());
    metas.sort((a, b) => (b.used || 0) - (a.used || 0));
    const chosen = [];
    let total = 0;
    for (const m of metas) {
      if (total + m.size > budget) continue;
      total += m.size;
      chosen.push(m.key);
    }
    for (const key of chosen) {
      const bytes = await this.get(key);
      if (bytes) this.prefetched.set(key, bytes);
    }
  }
}

/**
 * Open the site's store. Never rejects: without IndexedDB the app runs with
 * memory caches and the visitor is told (resolves to null).
 * @param {{appUrl: string, fingerprint: string, testMode?: string, jspi: boolean, notify: (message: string) => void}} options
 */
export async function openCacheStore({ appUrl, fingerprint, testMode = "", jspi, notify }) {
  let db;
  try {
    db = await openOurDatabase(`stc-cache:${sitePath(appUrl)}`, testMode);
  } catch (err) {
    const text = `The app's cache cannot use this browser's storage (${reason(err)}); cached results are kept for this tab only.`;
    console.warn(`stc: ${text}`);
    notify(text);
    return null;
  }
  const store = new CacheStore(db, { fingerprint, notify, testMode });
  try {
    await store.pruneStale();
    if (!jspi) await store.prefetch();
  } catch (err) {
    store._failed("opening", err);
  }
  return store;
}
