// Drives the Pyodide worker module (src/worker.js) under Node with the
// cached Pyodide: a real site is built for a tiny app, served over HTTP, and
// the worker gets the Boot the page's inline script would send, then Reruns
// as the page sends them (built with the page's own rerunMessage).
//
//   npm test                      (or: node --test test/)
//
// Needs Pyodide in stc's cache ($STC_CACHE_DIR or ~/.cache/stc, filled by
// any `stc build`): skipped without it. The site is built by Python's stc:
// $STC_PYTHON (default python3) must import it (PYTHONPATH in a checkout).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { homedir, tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { pathToFileURL } from "node:url";

import { startWorker } from "../src/worker.js";
import { PROTOCOL_VERSION } from "../src/protocol.js";
import { rerunMessage } from "../src/rerun.js";

// stc's default Pyodide (compiler/stc/pyodide_dist.py; the pytest wrapper passes it).
const PYODIDE_VERSION = process.env.STC_PYODIDE_VERSION || "0.27.7";
const cacheRoot = process.env.STC_CACHE_DIR || join(homedir(), ".cache", "stc");
const pyodideCache = join(cacheRoot, "pyodide", PYODIDE_VERSION);
const haveCache = existsSync(join(pyodideCache, "pyodide.mjs")) && existsSync(join(pyodideCache, "pyodide-lock.json"));

const APP = `
import streamlit as st

st.markdown("Hello from the worker test")
st.session_state.setdefault("count", 0)
if st.button("Add one"):
    st.session_state.count += 1
st.markdown(f"Count: {st.session_state.count}")
`;

let tmp;
let site;
let server;
let baseUrl;

/** The build's own config for the page (what index.html's boot script reads). */
function siteConfig() {
  const html = readFileSync(join(site, "index.html"), "utf8");
  const m = /<script type="application\/json" id="stc-config">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m, "index.html has no stc-config");
  return JSON.parse(m[1]);
}

/** A static server for the site folder (what a static host would be). */
function serve(root) {
  const types = { ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".wasm": "application/wasm", ".zip": "application/zip" };
  return new Promise((resolve) => {
    const s = createServer((req, res) => {
      const path = normalize(join(root, decodeURIComponent(new URL(req.url, "http://x").pathname)));
      if (!path.startsWith(root + sep) || !existsSync(path)) {
        res.writeHead(404).end();
        return;
      }
      try {
        const body = readFileSync(path);
        res.writeHead(200, { "Content-Type": types[extname(path)] ?? "application/octet-stream" }).end(body);
      } catch {
        res.writeHead(404).end(); // a folder
      }
    });
    s.listen(0, "127.0.0.1", () => resolve(s));
  });
}

before(() => {
  if (!haveCache) return;
  tmp = mkdtempSync(join(tmpdir(), "stc-worker-test-"));
  mkdirSync(join(tmp, "app"));
  writeFileSync(join(tmp, "app", "app.py"), APP);
  site = join(tmp, "site");
  // No snapshot and no prerender: the worker is what is under test, and
  // both would run Pyodide during the build too.
  const script = [
    "import sys",
    "from pathlib import Path",
    "from stc.build import build",
    "build(Path(sys.argv[1]), Path(sys.argv[2]), pyodide_version=sys.argv[3], prerender=False, snapshot=False, log=lambda _m: None)",
  ].join("\n");
  execFileSync(process.env.STC_PYTHON || "python3", ["-c", script, join(tmp, "app", "app.py"), site, PYODIDE_VERSION], { stdio: ["ignore", "ignore", "pipe"] });
});

before(async () => {
  if (!haveCache) return;
  server = await serve(site);
  baseUrl = `http://127.0.0.1:${server.address().port}/`;
});

after(() => {
  server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/**
 * The worker, wired as in a browser worker but with a postMessage that
 * records what it says, and a way to wait for a message.
 */
function startRecordedWorker() {
  const messages = [];
  let wake = () => {};
  const onmessage = startWorker({
    postMessage: (msg) => {
      messages.push(msg);
      wake();
    },
    // Node imports file: URLs only (see the Boot below).
    importPyodide: (url) => import(pathToFileURL(url).href),
  });
  /** Resolves with the first message from index `from` on that matches. */
  async function waitFor(predicate, from = 0, timeoutMs = 30000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.slice(from).find(predicate);
      if (found) return found;
      const failed = messages.find((m) => m.type === "boot_failed");
      if (failed) throw new Error(`the worker failed: ${failed.message}`);
      if (Date.now() > deadline) throw new Error(`timed out; messages so far: ${JSON.stringify(messages.map((m) => m.type))}`);
      await new Promise((resolve) => {
        wake = resolve;
        setTimeout(resolve, 200);
      });
    }
  }
  return { messages, send: (data) => onmessage({ data }), waitFor };
}

/** The messages of the run that ends at the first run_finished from `from` on. */
async function nextRun(worker, from) {
  const finished = await worker.waitFor((m) => m.type === "run_finished", from);
  const run = worker.messages.slice(from, worker.messages.indexOf(finished) + 1);
  return { run, finished };
}

const markdownWith = (run, text) => run.find((m) => m.type === "delta" && m.element.kind === "markdown" && JSON.stringify(m.element).includes(text));

test("the worker boots a built site under Node and runs the app for each Rerun", { skip: !haveCache && `no Pyodide ${PYODIDE_VERSION} in ${cacheRoot}`, timeout: 90000 }, async () => {
  const config = siteConfig();
  const abs = (rel) => new URL(rel, baseUrl).href;
  const worker = startRecordedWorker();
  // protocol.Boot, as compiler/stc/templates/index.html.j2 builds it. One
  // difference: Pyodide under Node reads its lock file from disk whatever
  // the URL, so its folder is given as a path to the site's copy.
  worker.send({
    type: "boot", pyodide_url: `${join(site, config.pyodide)}/`, packages: config.packages,
    runtime_url: abs(config.runtime), app_url: abs(config.app), snapshot_url: "",
    app_files: config.app_files, entrypoint: config.entrypoint, query_string: "",
    cache_version: config.cache_version || "", cache_test_mode: "",
  });
  const ready = await worker.waitFor((m) => m.type === "ready");
  assert.equal(ready.protocol_version, PROTOCOL_VERSION);
  assert.equal(ready.snapshot, false);
  assert.ok(worker.messages.some((m) => m.type === "boot_progress"), "boot progress was reported");

  // The page's first Rerun: the page its URL names (the default one).
  let from = worker.messages.length;
  worker.send(rerunMessage({ page: "" }));
  let { run, finished } = await nextRun(worker, from);
  const started = run.find((m) => m.type === "run_started");
  assert.ok(started, "run_started precedes the deltas");
  assert.equal(finished.status, "complete");
  assert.equal(finished.run_id, started.run_id);
  for (const m of run.filter((x) => x.type === "delta")) assert.equal(m.run_id, started.run_id);
  assert.ok(markdownWith(run, "Hello from the worker test"), "the app's markdown arrives as a delta");
  assert.ok(markdownWith(run, "Count: 0"));
  const button = run.find((m) => m.type === "delta" && m.element.kind === "button");
  assert.ok(button?.element.id, "the button has a widget id");

  // A click: the button's change, as the page's ctx.send posts it.
  from = worker.messages.length;
  worker.send(rerunMessage({ changes: [{ id: button.element.id, value: true }] }));
  ({ run, finished } = await nextRun(worker, from));
  assert.equal(finished.status, "complete");
  assert.ok(finished.run_id > started.run_id);
  assert.ok(markdownWith(run, "Count: 1"), `the app counted the click: ${JSON.stringify(run.filter((m) => m.type === "delta").map((m) => m.element))}`);

  // The next run without a change: the button is back to false, the state stays.
  from = worker.messages.length;
  worker.send(rerunMessage());
  ({ run } = await nextRun(worker, from));
  assert.ok(markdownWith(run, "Count: 1"));
});
