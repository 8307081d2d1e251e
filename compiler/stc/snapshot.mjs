// Run by compiler/stc/snapshot.py under Node.js: start Pyodide, import the
// runtime the way the browser worker will find it, and write the
// interpreter's memory to a file. The worker restores it instead of
// initialising Python and compiling the runtime on every visit.
//
//   node snapshot.mjs PYODIDE_DIR RUNTIME_ZIP RUNTIME_ZIP_PATH OUT
//
// PYODIDE_DIR holds pyodide.mjs and friends (the verified cache);
// RUNTIME_ZIP_PATH is where the worker mounts the runtime archive (the same
// path must hold the same bytes when the snapshot is restored: zipimport
// remembers offsets into it). Prints one JSON line of timings.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [pyodideDir, runtimeZip, runtimeZipPath, out] = process.argv.slice(2);
const started = performance.now();
const { loadPyodide } = await import(pathToFileURL(`${pyodideDir}/pyodide.mjs`).href);
const pyodide = await loadPyodide({
  indexURL: `${pyodideDir}/`,
  _makeSnapshot: true,
  // What a browser's Emscripten uses; under Node it would be this script's
  // path on the build machine, which would then be in every visitor's copy.
  _sysExecutable: "./this.program",
  // Anything the runtime prints while importing would be a bug; keep it visible.
  stdout: (line) => process.stderr.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  fsInit: (FS) => {
    FS.mkdirTree(runtimeZipPath.slice(0, runtimeZipPath.lastIndexOf("/")));
    FS.writeFile(runtimeZipPath, readFileSync(runtimeZip));
  },
});
const loaded = performance.now();
// The interpreter picks its run_sync at start-up, by whether the engine can
// switch stacks (JSPI): a snapshot without it would leave every visitor
// without st.cache_data's reads from IndexedDB. snapshot.py passes Node the
// flag that enables it; refuse to make a lesser snapshot.
if (!pyodide._module.jspiSupported) {
  console.error("this Node.js cannot enable WebAssembly stack switching (JSPI)");
  process.exit(3);
}
pyodide.runPython(`
import sys
sys.path.insert(0, ${JSON.stringify(runtimeZipPath)})
import stc_runtime.bridge
stc_runtime.bridge.prepare_snapshot()
`);
const imported = performance.now();
const snapshot = pyodide.makeMemorySnapshot();
writeFileSync(out, snapshot);
console.log(JSON.stringify({
  load_ms: Math.round(loaded - started),
  import_ms: Math.round(imported - loaded),
  snapshot_ms: Math.round(performance.now() - imported),
  bytes: snapshot.length,
}));
// Pyodide keeps handles open under Node; the work is done.
process.exit(0);
