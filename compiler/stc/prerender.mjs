// Run by compiler/stc/prerender.py under Node.js: each page's first run, in
// the Pyodide the site ships, in an environment a visitor's worker would
// have -- and nothing of the build machine.
//
//   node prerender.mjs JOB.json
//
// JOB names the Pyodide folder (the verified cache), the runtime archive and
// the memory snapshot (optional), a folder holding exactly the published app
// files, the packages, and the pages to run. One interpreter is started, the
// app files mounted where the worker mounts them; then, for every page in
// order, a new default session runs the page once (what a first visit to
// that URL sees: see FORGET_EARLIER_PAGE), its messages are written to
// OUT_DIR/<index>.json and one line "done <index>" is printed, so the build
// can stop a page that hangs and go on with the next one.
//
// What Python sees is what runtime_js/src/worker.js gives it: the same
// paths, Emscripten's browser-like environment (os.environ, the user and
// host names, the home folder are the wasm build's own), the app files and
// nothing else of the disk, no processes; `js` is a worker-like global
// object without Node's process, require or Buffer, and without network
// (fetch rejects; sockets have nothing to connect through). prerender.py
// also starts this process with an empty environment, under Node's
// permission model (reads limited to the job's folders, no child
// processes, no workers) and, where the system allows, in a network
// namespace of its own.
import { constants as fsConstants, readFileSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";

// Emscripten's NODEFS setup asks process.binding("constants") for the
// open() flags, which Node's permission model forbids; the flags are
// public as fs.constants. Nothing else may use process.binding.
if (typeof process.permission !== "undefined") {
  const binding = process.binding.bind(process);
  process.binding = (name) => (name === "constants" ? { fs: fsConstants } : binding(name));
}

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
// Must be the worker's (worker.js APP_DIR, RUNTIME_ZIP): widget ids hash
// the script's path, and the snapshot's zipimport remembers the archive's.
const { app_dir: APP_DIR, runtime_zip_path: RUNTIME_ZIP } = job;

const runtimeZip = readFileSync(job.runtime_zip);
const snapshot = job.snapshot ? gunzipSync(readFileSync(job.snapshot)) : null;
const appFiles = job.app_files.map((rel) => [rel, readFileSync(join(job.files_dir, ...rel.split("/")))]);

/** No network in the build: what a page's fetch meets when it is offline. */
function offlineFetch() {
  return Promise.reject(new TypeError("Failed to fetch (no network while the site is built)"));
}

/**
 * The object Python's `js` module reflects: the ECMAScript built-ins and
 * the few web APIs a worker has that make sense here, so that app code
 * written for the browser behaves as there (`from js import process`
 * fails, as in a browser). It hides Node from well-behaved code; it is not
 * what stops a hostile one (see the permission flags in prerender.py).
 */
function workerLikeGlobals() {
  const names = [
    "Object", "Function", "Array", "Number", "parseFloat", "parseInt", "Infinity", "NaN", "undefined", "Boolean",
    "String", "Symbol", "Date", "Promise", "RegExp", "Error", "AggregateError", "EvalError", "RangeError",
    "ReferenceError", "SyntaxError", "TypeError", "URIError", "JSON", "Math", "Intl", "ArrayBuffer", "Uint8Array",
    "Int8Array", "Uint16Array", "Int16Array", "Uint32Array", "Int32Array", "Float32Array", "Float64Array",
    "Uint8ClampedArray", "BigUint64Array", "BigInt64Array", "DataView", "Map", "BigInt", "Set", "WeakMap", "WeakSet",
    "Proxy", "Reflect", "WeakRef", "FinalizationRegistry", "decodeURI", "decodeURIComponent", "encodeURI",
    "encodeURIComponent", "escape", "unescape", "isFinite", "isNaN", "SharedArrayBuffer", "Atomics", "WebAssembly",
    "console", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "queueMicrotask", "structuredClone",
    "atob", "btoa", "TextEncoder", "TextDecoder", "URL", "URLSearchParams", "AbortController", "AbortSignal",
    "Event", "EventTarget", "Blob", "performance", "crypto", "Headers", "Request", "Response",
  ];
  const scope = {};
  for (const name of names) if (name in globalThis) scope[name] = globalThis[name];
  scope.fetch = offlineFetch;
  scope.self = scope;
  scope.globalThis = scope;
  return scope;
}

const { loadPyodide } = await import(pathToFileURL(join(job.pyodide_dir, "pyodide.mjs")).href);
// Pyodide's own loading reads files; once an interpreter runs app code,
// nothing in this process may reach the network.
globalThis.fetch = offlineFetch;
delete globalThis.WebSocket;
delete globalThis.XMLHttpRequest;

async function startPython() {
  const options = {
    indexURL: job.pyodide_dir.endsWith("/") ? job.pyodide_dir : `${job.pyodide_dir}/`,
    packages: job.packages,
    jsglobals: workerLikeGlobals(),
    // What a browser's Emscripten uses (under Node it would be this script's path).
    _sysExecutable: "./this.program",
    // What the app prints goes to the build's log only when asked for
    // (job.show_output), as a visitor's console is not the author's.
    stdout: (line) => { if (job.show_output) process.stderr.write(`${line}\n`); },
    stderr: (line) => { if (job.show_output) process.stderr.write(`${line}\n`); },
    fsInit: (FS) => {
      for (const [rel, bytes] of appFiles) {
        const path = `${APP_DIR}/${rel}`;
        FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
        FS.writeFile(path, bytes);
      }
      FS.mkdirTree(RUNTIME_ZIP.slice(0, RUNTIME_ZIP.lastIndexOf("/")));
      FS.writeFile(RUNTIME_ZIP, runtimeZip);
    },
  };
  if (snapshot) {
    try {
      return await loadPyodide({ ...options, _loadSnapshot: snapshot });
    } catch (err) {
      process.stderr.write(`the memory snapshot could not be restored (${err?.message ?? err}); starting Python from scratch\n`);
    }
  }
  return loadPyodide(options);
}

// Emscripten's Node build reaches Node through the CommonJS `require` of
// pyodide.asm.js: `os.system` runs a shell with child_process, a socket
// connects or listens with the `ws` package. In a browser both are
// refused, so they are here, at the one place every such `require` goes
// through: `os.system` answers as a shell that found no command (exit
// status 127), and sockets fail with the errno a browser worker gets --
// instead of the permission model's refusal, which would end the whole
// process with a fatal error. Reading files and randomness stay as they are.
let current = null; // the running interpreter (its FS.ErrnoError)
function refused(errno) {
  return class {
    constructor() { throw new current.FS.ErrnoError(errno); }
  };
}
const EHOSTUNREACH = 23; // Emscripten's numbers; a failed connect reads as this anyway
const EOPNOTSUPP = 138; // what listen() raises in a browser
const wsStub = Object.assign(refused(EHOSTUNREACH), { Server: refused(EOPNOTSUPP) });
const childProcessStub = { spawnSync: () => ({ status: 127, signal: null }) };
const stubs = { ws: wsStub, child_process: childProcessStub, "node:child_process": childProcessStub };
const load = Module._load;
Module._load = function (request, ...rest) {
  return Object.hasOwn(stubs, request) ? stubs[request] : load.call(this, request, ...rest);
};

function base64(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

// What a first visit finds that an earlier page's run may have changed:
// the app's own modules (imported afresh, so their globals start over) and
// both caches. Packages stay imported -- importing pandas again would cost
// seconds per page, and a package's state is the app's only when the app
// sets it (pd.set_option), which a later run of any page would see on a
// Streamlit server too. Session state, query parameters and the page's
// navigation belong to the session, which each page gets new.
const FORGET_EARLIER_PAGE = `
import sys
from stc_runtime.caching import clear_all
clear_all()
for _name, _module in list(sys.modules.items()):
    if (getattr(_module, "__file__", None) or "").startswith(${JSON.stringify(APP_DIR + "/")}):
        del sys.modules[_name]
del _name, _module
`;

// One interpreter for the process, restored from the snapshot once, with
// the packages loaded once; each page then runs in a new session of it.
const pyodide = await startPython();
current = pyodide;
pyodide.runPython(`import sys\nif ${JSON.stringify(RUNTIME_ZIP)} not in sys.path: sys.path.insert(0, ${JSON.stringify(RUNTIME_ZIP)})`);
const bridge = pyodide.pyimport("stc_runtime.bridge");

for (const [index, urlPath] of job.pages.entries()) {
  if (index > 0) pyodide.runPython(FORGET_EARLIER_PAGE);
  const messages = [];
  let status = "error";
  let error = "";
  let shown = urlPath;
  // The same callback shape worker.js gives bridge.start: one JSON text and,
  // for a Delta with binary attachments, a JS array of Uint8Arrays.
  bridge.start(`${APP_DIR}/${job.entrypoint}`, (json, buffers) => {
    const msg = JSON.parse(json);
    if (msg.type === "delta") {
      if (buffers && buffers.length) msg.buffers_b64 = Array.from(buffers, base64);
      if (msg.element?.kind === "exception") error = `${msg.element.type}: ${msg.element.message}`.slice(0, 200);
      messages.push(msg);
    } else if (msg.type === "navigation") {
      shown = msg.not_found == null ? msg.current : `\0not found: ${msg.not_found}`;
      messages.push(msg);
    } else if (msg.type === "run_finished") {
      status = msg.status;
    }
  }, "");
  await bridge.handle(JSON.stringify({ type: "rerun", changes: [], page: urlPath }));
  writeFileSync(join(job.out_dir, `${index}.json`), JSON.stringify({ status, error, shown, messages }));
  process.stdout.write(`done ${index}\n`);
}
// Pyodide keeps handles open under Node; the work is done.
process.exit(0);
