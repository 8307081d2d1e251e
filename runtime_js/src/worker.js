// @ts-check
// The Pyodide worker: boots Python with the app's packages, mounts the app,
// then runs the script with stc_runtime as `streamlit` for every Rerun.
//
// Boot is one parallel fan-out (no step waits on another it does not need):
//   pyodide.mjs ─► loadPyodide(packages)  ─┐   interpreter + wheels download together
//   snapshot    ─► fetch + inflate ────────┤   restored instead of starting Python
//   runtime zip ─► fetch ──────────────────┤   mounted by fsInit, before Python starts
//   app files   ─► fetch (all at once) ────┘
//
// Message shapes: see protocol.js (generated from runtime_py/stc_runtime/protocol.py).
import { PROTOCOL_VERSION } from "./protocol.js";
import { jspiSupported, openCacheStore } from "./cache_store.js";
import { rerunMessage } from "./rerun.js";

/** @typedef {import("./protocol.js").ToMain} ToMain */
/** @typedef {import("./protocol.js").ToWorker} ToWorker */
/**
 * A message waiting for the interpreter; a clear_caches one has no changes.
 * @typedef {{type: "rerun" | "clear_caches" | "store_changes", changes: import("./protocol.js").WidgetChange[], query_string?: string | null, page?: string | null}} Queued
 */

const APP_DIR = "/home/pyodide/app";
const RUNTIME_ZIP = "/home/pyodide/.stc/stc_runtime.zip";
const UPLOAD_DIR = "/tmp/stc-uploads"; // files.py reads (and deletes) uploads from here

// A Delta's binary attachments (protocol.py, Delta.buffers) arrive from
// Python as typed arrays copied out of the wasm heap: hand their
// ArrayBuffers to the page (transferred, not copied again). A view on a
// bigger buffer (never the wasm heap itself) is copied first.
/**
 * @param {ToMain} msg
 * @param {ArrayLike<Uint8Array> | undefined} buffers
 * @returns {[ToMain, ArrayBuffer[]?]}
 */
function withBuffers(msg, buffers) {
  if (!buffers) return [msg];
  const delta = /** @type {import("./protocol.js").Delta} */ (msg);
  delta.buffers = Array.from(buffers, (b) => /** @type {ArrayBuffer} */ (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b.buffer : b.slice().buffer));
  return [delta, delta.buffers];
}

/**
 * After a snapshot restore: put back this browser's CPython call trampoline.
 * Pyodide probes at start-up for a wasm feature that lets CPython call C
 * functions without a JS frame in between, and stores the result in the
 * interpreter's memory; the snapshot holds the answer of the Node.js that
 * made it (none, on Node 20), and with JS frames on the stack JSPI cannot
 * suspend (run_sync fails). The probe ran again for this instance (a preRun
 * hook); its result just has to be written back.
 */
/** @param {any} pyodide */
function reapplyCallTrampoline(pyodide) {
  const M = pyodide._module;
  if (!M._PyEM_CountArgsPtr || M.__PyEM_EMSCRIPTEN_COUNT_ARGS_OFFSET === undefined || M.__PyRuntime === undefined) return;
  const offset = M.HEAP32[M.__PyEM_EMSCRIPTEN_COUNT_ARGS_OFFSET / 4];
  M.HEAP32[(M.__PyRuntime + offset) / 4] = M._PyEM_CountArgsPtr;
}

/**
 * Make the worker's message handler. A factory so that tests can drive the
 * worker logic with their own postMessage and loadPyodide.
 * @param {{postMessage: (msg: ToMain, transfer?: ArrayBuffer[]) => void, importPyodide?: (url: string) => Promise<any>}} env
 * @returns {(event: {data: ToWorker}) => void} the worker's onmessage
 */
export function startWorker({ postMessage, importPyodide = (url) => import(/* @vite-ignore */ url) }) {
  let bridge = null; // Python: stc_runtime.bridge, once booted
  let FS = null; // Pyodide's file system, once booted (uploads are staged there)
  let booting = null;
  /** @type {Queued[]} Rerun messages waiting for the interpreter */
  const queue = [];
  let pumping = false;
  /** @type {import("./protocol.js").ClientContext | null} the newest browser facts not yet given to Python */
  let clientContext = null;
  // bridge.handle, entered with callPromising where JSPI lets Python wait for
  // IndexedDB (st.cache_data reads, see cache_store.js).
  let callPython = null;

  const progress = (/** @type {string} */ stage) => postMessage({ type: "boot_progress", stage });

  /** @param {string} url */
  async function fetchBytes(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  }

  /**
   * The build's memory snapshot (compiler/stc/snapshot.py), as bytes,
   * inflated as it arrives (it is stored gzip-compressed, under a name no
   * host serves with a Content-Encoding of its own).
   * @param {string} url
   */
  async function fetchSnapshot(url) {
    const response = await fetch(url);
    if (!response.ok || !response.body) throw new Error(`Could not load ${url} (HTTP ${response.status})`);
    return new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer());
  }

  /** @param {import("./protocol.js").Boot} cfg */
  async function boot(cfg) {
    /** @type {Record<string, number>} protocol.Ready.boot_phases */
    const phases = {};
    const mark = (/** @type {string} */ name) => { phases[name] = Math.round(performance.timeOrigin + performance.now()); };
    mark("worker started");
    progress("Loading Python");
    const testMode = cfg.cache_test_mode || "";
    const jspi = jspiSupported(testMode);
    const cacheStore = openCacheStore({
      appUrl: cfg.app_url, fingerprint: cfg.cache_version || "", testMode, jspi,
      notify: (message) => postMessage({ type: "notice", message }),
    });
    // Inflating the snapshot keeps this thread busy for about 0.1 s: it is
    // started once loadPyodide has begun (its first step starts the wasm
    // download and compile), so it delays nothing on the way there.
    /** @type {(value?: unknown) => void} */
    let startSnapshot = () => {};
    const snapshot = cfg.snapshot_url ? new Promise((resolve) => { startSnapshot = resolve; }).then(() => fetchSnapshot(cfg.snapshot_url)) : null;
    const runtimeZip = fetchBytes(cfg.runtime_url);
    const appFiles = Promise.all(
      cfg.app_files.map(async (rel) => [rel, await fetchBytes(cfg.app_url + rel.split("/").map(encodeURIComponent).join("/"))]),
    );
    // Don't leave these as unhandled rejections while Pyodide loads; the
    // awaits below report the first failure.
    snapshot?.then(() => mark("snapshot downloaded"), () => {});
    runtimeZip.catch(() => {});
    appFiles.catch(() => {});
    let mountError = null;
    /** @param {any} FS Pyodide's (Emscripten's) file system */
    async function mountFiles(FS) {
      for (const [rel, bytes] of await appFiles) {
        const path = `${APP_DIR}/${rel}`;
        FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
        FS.writeFile(path, bytes);
      }
      // The runtime is imported straight from its archive (zipimport):
      // nothing to unpack on the boot path. A snapshot's imports remember
      // this path and these bytes.
      FS.mkdirTree(RUNTIME_ZIP.slice(0, RUNTIME_ZIP.lastIndexOf("/")));
      FS.writeFile(RUNTIME_ZIP, await runtimeZip);
    }
    const { loadPyodide } = await importPyodide(cfg.pyodide_url + "pyodide.mjs");
    mark("pyodide.mjs loaded");
    if (cfg.packages.length) progress(`Loading Python and ${cfg.packages.join(", ")}`);
    /** @type {Record<string, any>} loadPyodide's options */
    const options = {
      indexURL: cfg.pyodide_url,
      packages: cfg.packages,
      // App output goes to the browser console, like a terminal for `streamlit run`.
      stdout: (line) => console.log(line),
      stderr: (line) => console.warn(line),
      // Pyodide does not stop on an error thrown here: keep it and rethrow below.
      fsInit: async (FS) => {
        mark("interpreter instantiated");
        try {
          await mountFiles(FS);
        } catch (err) {
          mountError = err;
        }
      },
    };
    let pyodide = null;
    let restored = false;
    if (snapshot) {
      try {
        const loading = loadPyodide({ ...options, _loadSnapshot: snapshot });
        setTimeout(startSnapshot, 0);
        pyodide = await loading;
        reapplyCallTrampoline(pyodide);
        restored = true;
      } catch (err) {
        if (mountError) throw mountError;
        // A snapshot that cannot be restored (a damaged download, a browser
        // that rejects it) costs time, never the visit.
        console.warn(`stc: the memory snapshot could not be restored (${err?.message ?? err}); starting Python from scratch.`);
      }
    }
    pyodide ??= await loadPyodide(options);
    if (mountError) throw mountError;
    mark(cfg.packages.length ? "Python and packages loaded" : "Python loaded");
    progress("Starting the app");
    pyodide.runPython(`import sys\nif "${RUNTIME_ZIP}" not in sys.path: sys.path.insert(0, "${RUNTIME_ZIP}")`);
    bridge = pyodide.pyimport("stc_runtime.bridge");
    FS = pyodide.FS;
    bridge.start(`${APP_DIR}/${cfg.entrypoint}`, (json, buffers) => postMessage(...withBuffers(JSON.parse(json), buffers)), cfg.query_string || "");
    callPython = jspi ? (json) => bridge.handle.callPromising(json) : (json) => bridge.handle(json);
    mark("runtime started");
    const store = await cacheStore;
    if (store) bridge.enable_cache_store(store);
    mark("ready");
    postMessage({ type: "ready", protocol_version: PROTOCOL_VERSION, snapshot: restored, boot_phases: phases });
  }

  // Reruns are handled one at a time; changes that arrive while the script
  // runs are merged, in order, into the next run (as Streamlit coalesces
  // widget updates that arrive during a run).
  async function pump() {
    if (pumping || !bridge || !queue.length) return;
    pumping = true;
    const batch = queue.splice(0);
    const changes = batch.flatMap((msg) => msg.changes);
    // The newest query string the page reported (back/forward), if any.
    const query_string = batch.reduce((/** @type {string | null} */ q, msg) => msg.query_string ?? q, null);
    // The newest page the visitor asked for (multipage apps), if any.
    const page = batch.reduce((/** @type {string | null} */ p, msg) => msg.page ?? p, null);
    try {
      // The browser's facts (st.context), newest first, before the run reads them.
      if (clientContext) {
        const facts = clientContext;
        clientContext = null;
        await callPython(JSON.stringify(facts));
      }
      if (batch.some((msg) => msg.type === "clear_caches")) await callPython(JSON.stringify({ type: "clear_caches" }));
      // Uploaded files (st.file_uploader) arrive as ArrayBuffers, which JSON
      // cannot carry: write each into the virtual FS and give Python its
      // path instead (the wire form is documented on WidgetChange, protocol.py).
      for (const change of changes) {
        const files = change.value?.files;
        if (!Array.isArray(files)) continue;
        for (const file of files) {
          if (!(file?.data instanceof ArrayBuffer)) continue;
          FS.mkdirTree(UPLOAD_DIR);
          file.path = `${UPLOAD_DIR}/${String(file.file_id).replace(/[^\w-]/g, "_")}`;
          FS.writeFile(file.path, new Uint8Array(file.data));
          delete file.data;
        }
      }
      // Only changes of on_change="ignore" widgets: stored, no run.
      if (batch.every((msg) => msg.type === "store_changes")) await callPython(JSON.stringify({ type: "store_changes", changes }));
      else await callPython(JSON.stringify(rerunMessage({ changes, query_string, page })));
    } catch (err) {
      // The runtime shows app errors in the page itself; reaching here is a
      // bug of ours. Say so instead of failing silently.
      console.error(err);
      postMessage({ type: "boot_failed", message: `Internal error while running the app: ${err.message}` });
    } finally {
      pumping = false;
    }
    // Let messages that arrived during the run in before the next one.
    setTimeout(pump, 0);
  }

  return function onmessage(event) {
    const msg = event.data;
    if (msg.type === "boot") {
      if (booting) return;
      booting = boot(msg).then(pump, (err) => {
        console.error(err);
        postMessage({ type: "boot_failed", message: String(err && err.message ? err.message : err) });
      });
    } else if (msg.type === "rerun" || msg.type === "store_changes") {
      queue.push(msg);
      pump();
    } else if (msg.type === "client_context") {
      // Kept for the next run, never handed over during one (a run may be
      // suspended on IndexedDB through JSPI).
      clientContext = msg;
    } else if (msg.type === "clear_caches") {
      queue.push({ ...msg, changes: [] }); // cleared, then the script reruns
      pump();
    }
  };
}

// In a real worker, wire the factory to the worker's globals at once: the
// handler must exist before the page's first message arrives.
if (typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope) {
  self.onmessage = startWorker({ postMessage: (msg, transfer) => self.postMessage(msg, transfer ?? []) });
}
