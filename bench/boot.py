#!/usr/bin/env python3
"""Boot and interaction benchmark for stc sites.

    python bench/boot.py [--runs N] [--clicks M]

Builds examples/counter and examples/dataframe with ``stc.build.build``, writes
a bare baseline page per example (a module worker that only runs
``loadPyodide({indexURL, packages})`` from that site's own ``pyodide/`` folder,
so the same bytes), serves everything on 127.0.0.1 under a path prefix, and
loads each page N times, interleaved, each time in a fresh Chromium (new
browser process, new temporary profile: cold HTTP cache, cold wasm code cache).

All times are ``performance.now()`` in the page (0 = navigation start),
recorded by an init script; see bench/README.md for what each figure means.
Prints a table of medians (min/max) and writes the raw data to
bench/results/boot-<timestamp>.json. Never asserts on timings.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
EXAMPLES = REPO / "examples"
RESULTS = HERE / "results"
PREFIX = "/bench/prefix/"
CHROMIUM = os.environ.get("STC_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-gpu",
]
BOOT_TIMEOUT_MS = 180_000
STEP_TIMEOUT_MS = 30_000
SLIDER_LABEL = "Minimum population (millions)"
SLIDER_TTI_VALUE = 15  # the dataframe's first interaction (default is 10)
SLIDER_VALUES = (5, 15)  # alternated for the slider-latency loop

try:
    from stc.build import build
    from stc.static_server import Served, StaticServer
except ImportError:  # not installed: run from the checkout
    sys.path[:0] = [str(REPO / "compiler"), str(REPO / "runtime_py")]
    from stc.build import build
    from stc.static_server import Served, StaticServer


# --------------------------------------------------------------------------
# Server: stc's static server, serving only under PREFIX (like a project site
# on GitHub Pages) and counting the body bytes it sends.


class Traffic:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.entries: list[tuple[str, int, int]] = []  # (path, status, content-length)

    def reset(self) -> None:
        with self.lock:
            self.entries = []

    def add(self, path: str, status: int, length: int) -> None:
        with self.lock:
            self.entries.append((path, status, length))

    def record(self, served: Served) -> None:
        """The server's response hook: body bytes of each 200 answer."""
        length = (served.content_length or 0) if served.method != "HEAD" and served.status == 200 else 0
        self.add(served.path, served.status, length)

    def snapshot(self) -> list[tuple[str, int, int]]:
        with self.lock:
            return list(self.entries)


def serve(root: Path, traffic: Traffic, *, link: tuple[float, float] | None = None):
    """Serve ``root`` under PREFIX on a thread; ``link`` = (Mbit/s, RTT ms)
    throttles every response through one shared link. Returns (server, URL)."""
    httpd = StaticServer(root, prefix=PREFIX, on_response=traffic.record, link=link).start()
    return httpd, httpd.url


def parse_link(text: str) -> tuple[float, float]:
    """``--link 8/40``: 8 Mbit/s, 40 ms per request."""
    mbit, _, rtt = text.partition("/")
    try:
        return float(mbit), float(rtt or 0)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected MBIT/RTT_MS (e.g. 8/40), not {text!r}") from None


def start_streamlit(app: Path):
    """``streamlit run APP`` from the real-Streamlit venv that
    tests/conformance/setup_real_streamlit.sh makes (its own environment: stc
    never shares one with Streamlit). Returns (process, url) or None."""
    cache = Path(os.environ.get("STC_CACHE_DIR") or Path.home() / ".cache" / "stc").expanduser()
    python = cache / "venvs" / "streamlit-1.67.0" / "bin" / "python"
    if not python.is_file():
        print(f"no Streamlit venv at {python.parent.parent} (bash tests/conformance/setup_real_streamlit.sh): "
              "skipping the live-server comparison")
        return None
    import socket
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [str(python), "-m", "streamlit", "run", str(app), "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=app.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    for _ in range(300):
        try:
            with urllib.request.urlopen(url + "_stcore/health", timeout=1) as r:
                if r.status == 200:
                    return proc, url
        except OSError:
            time.sleep(0.1)
    proc.terminate()
    print("streamlit run did not come up: skipping the live-server comparison")
    return None


# --------------------------------------------------------------------------
# The baseline: the least a page can do to have Pyodide + the same packages
# ready in a module worker.

BASELINE_HTML = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>baseline: loadPyodide in a module worker</title>
<script type="module">
const worker = new Worker(new URL("worker.js", import.meta.url), { type: "module" });
const status = document.getElementById("status");
worker.onmessage = (e) => {
  if (e.data.type === "ready") {
    window.__baselineReady = performance.now();
    status.textContent = "ready";
    document.body.dataset.ready = "1";
  } else if (e.data.type === "failed") {
    status.textContent = "failed: " + e.data.message;
    document.body.dataset.failed = e.data.message;
  }
};
worker.onerror = (e) => { document.body.dataset.failed = e.message || "worker error"; };
</script>
</head>
<body><p id="status">Loading Pyodide…</p></body>
</html>
"""

BASELINE_WORKER = """import { loadPyodide } from "%(rel)spyodide.mjs";
const indexURL = new URL("%(rel)s", import.meta.url).href;
try {
  const pyodide = await loadPyodide({ indexURL, packages: %(packages)s });
  const imports = %(imports)s;
  if (imports.length) pyodide.runPython("import " + imports.join(", "));
  self.postMessage({ type: "ready" });
} catch (err) {
  self.postMessage({ type: "failed", message: String(err && err.message ? err.message : err) });
}
"""


def site_packages(site: Path) -> list[str]:
    html = (site / "index.html").read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="stc-config">(.*?)</script>', html, re.S)
    if not m:
        raise SystemExit(f"cannot find the boot configuration in {site / 'index.html'}")
    return list(json.loads(m.group(1))["packages"])


def site_imports(site: Path, packages: list[str]) -> list[str]:
    """The top-level modules of the site's packages (from its lock), which
    the baseline imports: "bare Pyodide with numpy+pandas imported"."""
    lock = json.loads((site / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))
    return sorted({name for p in packages for name in lock["packages"][p].get("imports", [])})


def write_baseline(root: Path, name: str, site_name: str, packages: list[str]) -> None:
    d = root / name
    d.mkdir()
    (d / "index.html").write_text(BASELINE_HTML, encoding="utf-8")
    rel = f"../{site_name}/pyodide/"
    imports = site_imports(root / site_name, packages)
    (d / "worker.js").write_text(BASELINE_WORKER % {"rel": rel, "packages": json.dumps(packages), "imports": json.dumps(imports)},
                                 encoding="utf-8")


# --------------------------------------------------------------------------
# Page instrumentation (an init script: runs before the page's own scripts).

INIT_JS = r"""
(() => {
  const MODE = window.__benchMode;
  const now = () => performance.now();
  const B = (window.__bench = {
    mode: MODE, msgs: [], firstText: null, firstTextFrame: null, firstTextPaint: null,
    workerCreated: null, ttiTrigger: null, ttiDom: null, ttiFrame: null, lastChange: null, lastClick: null,
    waiters: [], errors: [],
  });
  window.addEventListener("error", (e) => B.errors.push(String(e.message)));

  // Every message from a worker: when the page got it, and how long the
  // page's own handler (the renderer) took with it.
  const Orig = window.Worker;
  class BenchWorker extends Orig {
    constructor(...args) {
      super(...args);
      B.workerCreated = now();
      this.addEventListener("message", (e) => {
        const d = e.data || {};
        B.msgs.push({ type: d.type, run_id: d.run_id, stage: d.stage, kind: d.element ? d.element.kind : undefined, t: now(), h0: null, h1: null });
      });
    }
    set onmessage(fn) {
      const wrapped = typeof fn === "function" ? function (e) {
        const rec = B.msgs[B.msgs.length - 1];
        const h0 = now();
        try { return fn.call(this, e); } finally { if (rec) { rec.h0 = h0; rec.h1 = now(); } }
      } : fn;
      super.onmessage = wrapped;
    }
    get onmessage() { return super.onmessage; }
  }
  window.Worker = BenchWorker;

  // Interactions: the moment the event reaches the document (capture phase,
  // before the app's own listeners).
  document.addEventListener("click", () => { B.lastClick = now(); }, true);
  document.addEventListener("change", () => { B.lastChange = now(); }, true);

  // waitFor(pred): resolves with {dom, frame}: dom = the mutation batch in
  // which pred() became true; frame = the next animation frame after it.
  B.waitFor = (pred) => new Promise((resolve) => {
    const w = { pred, resolve };
    if (!check(w)) B.waiters.push(w);
  });
  function check(w) {
    let ok = false;
    try { ok = !!w.pred(); } catch (e) { ok = false; }
    if (!ok) return false;
    const dom = now();
    requestAnimationFrame(() => w.resolve({ dom, frame: now() }));
    return true;
  }

  const main = () => document.getElementById("stc-main");
  const textNodeOwner = (el) => {
    // The innermost element holding a non-blank text node (what Element
    // Timing reports paint for).
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.trim()) return n.parentElement;
    return el;
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === "bench-first-text" && B.firstTextPaint === null) B.firstTextPaint = e.renderTime || e.loadTime;
    }).observe({ type: "element", buffered: true });
  } catch (e) { /* Element Timing unsupported: only DOM and frame times */ }

  function onMutations() {
    if (B.firstText === null && main()) {
      const first = [...main().querySelectorAll(".stc-element")].find((el) => el.textContent.trim());
      if (first) {
        B.firstText = now();
        textNodeOwner(first).setAttribute("elementtiming", "bench-first-text");
        requestAnimationFrame(() => { B.firstTextFrame = now(); });
      }
    }
    if (B.ttiTrigger === null && (MODE === "counter" || MODE === "streamlit")) {
      // A live Streamlit server's page has no #stc-main: look in the body.
      const root = MODE === "streamlit" ? document.body : main();
      const button = root && [...root.querySelectorAll("button")].find((b) => b.textContent.trim() === "Increment");
      if (button) {
        B.ttiTrigger = now();
        button.click();
        B.waitFor(() => /Count =\s*1(?!\d)/.test(root.textContent)).then((r) => { B.ttiDom = r.dom; B.ttiFrame = r.frame; });
      }
    }
    if (B.ttiTrigger === null && MODE === "dataframe") {
      const slider = main() && main().querySelector('input[type="range"]');
      if (slider) {
        B.ttiTrigger = now();
        slider.value = String(window.__benchTti.value);
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        slider.dispatchEvent(new Event("change", { bubbles: true }));
        B.waitFor(() => B.tableRows() === window.__benchTti.rows).then((r) => { B.ttiDom = r.dom; B.ttiFrame = r.frame; });
      }
    }
    if (B.waiters.length) B.waiters = B.waiters.filter((w) => !check(w));
  }
  // The grid is virtualized: its row count is aria-rowcount (header included).
  B.tableRows = () => {
    const grid = document.querySelector('#stc-main [data-testid="stDataFrame"] [role="grid"]');
    return grid ? Number(grid.getAttribute("aria-rowcount")) - 1 : -1;
  };
  new MutationObserver(onMutations).observe(document, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["data-runs", "data-ready", "aria-rowcount"],
  });
})();
"""

# In the app's worker, after boot: note when each message is posted and each
# Rerun arrives (worker clock, as absolute ms: timeOrigin + now()).
WORKER_PATCH_JS = r"""
() => {
  if (self.__bench) return "already";
  const stamp = () => performance.timeOrigin + performance.now();
  self.__bench = [];
  const post = self.postMessage.bind(self);
  self.postMessage = function (m, ...rest) {
    self.__bench.push({ ev: "post:" + (m && m.type), run_id: m && m.run_id, kind: m && m.element ? m.element.kind : undefined, t: stamp() });
    return post(m, ...rest);
  };
  const handler = self.onmessage;
  if (typeof handler !== "function") return "no onmessage";
  self.onmessage = function (e) {
    self.__bench.push({ ev: "recv:" + (e.data && e.data.type), t: stamp() });
    return handler.call(this, e);
  };
  return "patched";
}
"""

RESOURCES_JS = r"""
() => ({
  timeOrigin: performance.timeOrigin,
  resources: performance.getEntriesByType("resource").map((e) => ({
    name: e.name, initiatorType: e.initiatorType, startTime: e.startTime, responseStart: e.responseStart, responseEnd: e.responseEnd,
    transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize,
  })),
  navigation: performance.getEntriesByType("navigation").map((e) => ({
    name: e.name, startTime: e.startTime, responseEnd: e.responseEnd, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize,
  })),
})
"""

COUNTER_CLICK_JS = r"""
async (k) => {
  const B = window.__bench;
  const main = document.getElementById("stc-main");
  const app = document.getElementById("stc-app");
  const button = [...main.querySelectorAll("button")].find((b) => b.textContent.trim() === "Increment");
  const re = new RegExp("Count =\\s*" + k + "(?!\\d)");
  const runsBefore = Number(app.dataset.runs || 0);
  const mark = B.msgs.length;
  const shown = B.waitFor(() => re.test(main.textContent));
  const finished = B.waitFor(() => Number(app.dataset.runs || 0) > runsBefore);
  const t0 = performance.now();
  button.click();
  const r = await shown;
  await finished;
  return { t0, dom: r.dom, frame: r.frame, msgs: B.msgs.slice(mark) };
}
"""

SLIDER_ARM_JS = r"""
(rows) => {
  const B = window.__bench;
  const app = document.getElementById("stc-app");
  const runsBefore = Number(app.dataset.runs || 0);
  B.armed = {
    mark: B.msgs.length,
    shown: B.waitFor(() => B.lastChange !== null && B.tableRows() === rows),
    finished: B.waitFor(() => Number(app.dataset.runs || 0) > runsBefore),
  };
  B.lastChange = null;
}
"""

SLIDER_COLLECT_JS = r"""
async () => {
  const B = window.__bench;
  const r = await B.armed.shown;
  await B.armed.finished;
  return { t0: B.lastChange, dom: r.dom, frame: r.frame, msgs: B.msgs.slice(B.armed.mark) };
}
"""


# --------------------------------------------------------------------------
# One page load in a fresh browser.


def expected_rows(csv_path: Path, minimum: float) -> int:
    with csv_path.open(encoding="utf-8") as f:
        return sum(1 for row in csv.DictReader(f) if float(row["population_m"]) >= minimum)


def to_page_ms(abs_ms: float, page_origin: float) -> float:
    return abs_ms - page_origin


def summarize_resources(page_res: dict, worker_res: dict | None) -> dict:
    """Bytes from Resource Timing (page + worker) and a per-file timeline in
    page time (ms since navigation start)."""
    origin = page_res["timeOrigin"]
    files = []
    for nav in page_res["navigation"]:
        files.append({"where": "page", "name": nav["name"], "start": nav["startTime"], "end": nav["responseEnd"],
                      "transferSize": nav["transferSize"], "encodedBodySize": nav["encodedBodySize"]})
    for e in page_res["resources"]:
        files.append({"where": "page", "name": e["name"], "start": e["startTime"], "end": e["responseEnd"],
                      "transferSize": e["transferSize"], "encodedBodySize": e["encodedBodySize"]})
    if worker_res:
        shift = worker_res["timeOrigin"] - origin
        for e in worker_res["resources"]:
            files.append({"where": "worker", "name": e["name"], "start": e["startTime"] + shift, "end": e["responseEnd"] + shift,
                          "transferSize": e["transferSize"], "encodedBodySize": e["encodedBodySize"]})
    files.sort(key=lambda f: f["start"])
    for f in files:
        f["file"] = unquote(urlsplit(f["name"]).path.rsplit("/", 1)[-1]) or "index.html"
    return {
        "files": files,
        "transfer_bytes": sum(f["transferSize"] for f in files),
        "body_bytes": sum(f["encodedBodySize"] for f in files),
        "requests": len(files),
    }


APP_INTERACTIVE_JS = (
    "() => (window.__bench.ttiFrame !== null && Number(document.getElementById('stc-app').dataset.runs || 0) >= 2)"
    " || document.querySelector('.stc-status-error')"
)


def first_visit(context, url: str) -> None:
    """A visit that leaves the service worker installed and the site
    precached, so that the next load is a return visit."""
    page = context.new_page()
    page.goto(url)
    page.wait_for_function(APP_INTERACTIVE_JS, timeout=BOOT_TIMEOUT_MS)
    # Registered after the first run; ready once installed (precached) and active.
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    page.close()


def run_once(pw, url: str, kind: str, mode: str, clicks: int, csv_path: Path | None, traffic: Traffic, *, return_visit: bool = False) -> dict:
    """kind: 'app', 'baseline' or 'streamlit' (a live server); mode:
    'counter' or 'dataframe'. ``return_visit``: measure the second visit of
    one browser profile (service worker warm) instead of the first."""
    traffic.reset()
    # A persistent profile in a new temporary folder: as cold as a new
    # browser gets, but with the disk caches a visitor's browser has. (A
    # Playwright `new_context()` is off the record: its HTTP cache is in
    # memory and V8 does not cache compiled wasm there, which makes return
    # visits look slower than they are.)
    profile = tempfile.mkdtemp(prefix="stc-bench-profile-")
    context = pw.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
                                                    viewport={"width": 1280, "height": 900})
    result: dict = {"url": url, "kind": kind, "mode": mode, "return_visit": return_visit}
    try:
        setup = f"window.__benchMode = {json.dumps({'app': mode, 'baseline': 'baseline', 'streamlit': 'streamlit'}[kind])};\n"
        if kind == "app" and mode == "dataframe":
            setup += f"window.__benchTti = {{value: {SLIDER_TTI_VALUE}, rows: {expected_rows(csv_path, SLIDER_TTI_VALUE)}}};\n"
        context.add_init_script(script=setup + INIT_JS)
        if return_visit:
            first_visit(context, url)
            traffic.reset()
        page = context.new_page()
        outside: list[str] = []
        console: list[str] = []
        page.on("request", lambda r: outside.append(r.url) if urlsplit(r.url).hostname != "127.0.0.1" else None)
        page.on("console", lambda m: console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
        wall0 = time.perf_counter()
        page.goto(url, wait_until="commit")

        if kind == "baseline":
            page.wait_for_function("() => window.__baselineReady !== undefined || document.body?.dataset.failed", timeout=BOOT_TIMEOUT_MS)
            failed = page.evaluate("() => document.body.dataset.failed || null")
            if failed:
                raise RuntimeError(f"baseline failed: {failed}")
            result["ready"] = page.evaluate("() => window.__baselineReady")
            b = page.evaluate("() => ({workerCreated: window.__bench.workerCreated, msgs: window.__bench.msgs})")
            result["workerCreated"] = b["workerCreated"]
            result["boot_msgs"] = b["msgs"]
        elif kind == "streamlit":
            page.wait_for_function("() => window.__bench.ttiDom !== null", timeout=BOOT_TIMEOUT_MS)
            b = page.evaluate("() => { const B = window.__bench; return {ttiTrigger: B.ttiTrigger, ttiDom: B.ttiDom} }")
            result.update(b)
            result["interactive"] = b["ttiDom"]
        else:
            page.wait_for_function(APP_INTERACTIVE_JS, timeout=BOOT_TIMEOUT_MS)
            err = page.evaluate("() => document.querySelector('.stc-status-error')?.textContent || null")
            if err:
                raise RuntimeError(f"app failed to boot: {err}")
            b = page.evaluate("() => { const B = window.__bench; return {firstText: B.firstText, firstTextFrame: B.firstTextFrame, firstTextPaint: B.firstTextPaint, workerCreated: B.workerCreated, ttiTrigger: B.ttiTrigger, ttiDom: B.ttiDom, ttiFrame: B.ttiFrame, msgs: B.msgs} }")
            result.update({k: b[k] for k in ("firstText", "firstTextFrame", "firstTextPaint", "workerCreated", "ttiTrigger", "ttiDom", "ttiFrame")})
            result["interactive"] = b["ttiDom"]
            result["boot_msgs"] = [m for m in b["msgs"] if m["type"] != "delta" or m["run_id"] in (1, 2)]
            # The worker's own boot steps (protocol.Ready.boot_phases, epoch ms).
            info = page.evaluate("() => window.__stcBootInfo ? {...window.__stcBootInfo, origin: performance.timeOrigin} : null")
            if info:
                result["snapshot"] = info["snapshot"]
                result["worker_phases"] = {k: v - info["origin"] for k, v in info["phases"].items()}
        result["boot_wall_s"] = time.perf_counter() - wall0

        # The worker's own view: resource timing, and (apps) a postMessage patch
        # for the interaction loop.
        worker = page.workers[0] if page.workers and kind != "streamlit" else None
        page_res = page.evaluate(RESOURCES_JS)
        worker_res = worker.evaluate(RESOURCES_JS) if worker else None
        result["network"] = summarize_resources(page_res, worker_res)
        result["page_time_origin"] = page_res["timeOrigin"]
        served = traffic.snapshot()
        result["server"] = {"requests": len(served), "body_bytes": sum(n for _, _, n in served),
                            "log": [[p, s, n] for p, s, n in served]}

        if kind == "app":
            patched = worker.evaluate(WORKER_PATCH_JS) if worker else "no worker"
            result["worker_patch"] = patched
            loop = []
            if mode == "counter":
                start = int(re.search(r"Count =\s*(\d+)", page.inner_text("#stc-main")).group(1))
                for i in range(clicks):
                    loop.append(page.evaluate(COUNTER_CLICK_JS, start + i + 1))
            else:
                slider = page.get_by_label(SLIDER_LABEL)
                for i in range(clicks):
                    value = SLIDER_VALUES[i % 2]
                    page.evaluate(SLIDER_ARM_JS, expected_rows(csv_path, value))
                    slider.fill(str(value))
                    loop.append(page.evaluate(SLIDER_COLLECT_JS))
            wlog = worker.evaluate("() => self.__bench || []") if worker and patched == "patched" else []
            result["interactions"] = analyze_interactions(loop, wlog, result["page_time_origin"])
        result["outside_requests"] = outside
        result["console"] = console[:20]
    finally:
        context.close()
        shutil.rmtree(profile, ignore_errors=True)
    return result


def analyze_interactions(loop: list[dict], wlog: list[dict], page_origin: float) -> list[dict]:
    """Split each interaction into: event -> worker got the Rerun -> script
    (run_started .. run_finished, worker clock) -> page got the deltas -> DOM."""
    out = []
    for it in loop:
        msgs = it["msgs"]
        started = next((m for m in msgs if m["type"] == "run_started"), None)
        finished = next((m for m in msgs if m["type"] == "run_finished"), None)
        run_id = started["run_id"] if started else None
        deltas = [m for m in msgs if m["type"] == "delta" and m["run_id"] == run_id]
        handler_ms = sum((m["h1"] - m["h0"]) for m in msgs if m["h0"] is not None and m["h1"] is not None)
        rec = {
            "total": it["dom"] - it["t0"],
            "to_frame": it["frame"] - it["t0"],
            "page_script": (finished["t"] - started["t"]) if started and finished else None,
            "page_handlers": handler_ms,
            "deltas": len(deltas),
        }
        # The delta that carried the visible change: the last delta received
        # before the DOM showed it.
        before_dom = [m for m in deltas if m["t"] <= it["dom"]]
        if before_dom:
            rec["render"] = it["dom"] - before_dom[-1]["t"]
        table = [m for m in deltas if m.get("kind") == "dataframe"]
        if table and table[0]["h0"] is not None:
            rec["table_handler"] = table[0]["h1"] - table[0]["h0"]
        # Worker clock (absolute ms) for this run.
        if run_id is not None and wlog:
            w_start = next((w for w in wlog if w["ev"] == "post:run_started" and w["run_id"] == run_id), None)
            w_end = next((w for w in wlog if w["ev"] == "post:run_finished" and w["run_id"] == run_id), None)
            w_recv = [w for w in wlog if w["ev"] == "recv:rerun" and w["t"] <= (w_start["t"] if w_start else 0)]
            if w_start and w_end:
                rec["script"] = w_end["t"] - w_start["t"]
            if w_recv and w_start:
                rec["to_worker"] = to_page_ms(w_recv[-1]["t"], page_origin) - it["t0"]
                rec["worker_queue"] = w_start["t"] - w_recv[-1]["t"]
        out.append(rec)
    return out


# --------------------------------------------------------------------------
# Statistics and output.


def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def stats(xs):
    xs = [x for x in xs if x is not None]
    if not xs:
        return None
    return {"median": statistics.median(xs), "min": min(xs), "max": max(xs), "n": len(xs)}


def fmt(v, unit):
    if v is None:
        return "—"
    if unit == "MB":
        return f"{v / 1e6:.2f}"
    if unit == "s":
        return f"{v / 1000:.2f}"
    return f"{v:.1f}"


def boot_timeline(run: dict) -> dict:
    """Milestones of one boot in page time (ms), for spotting waits."""
    files = run["network"]["files"]
    t = {}

    def first(pred, key):
        sel = [f for f in files if pred(f["file"])]
        return min(f[key] for f in sel) if sel else None

    def last(pred, key):
        sel = [f for f in files if pred(f["file"])]
        return max(f[key] for f in sel) if sel else None

    t["html loaded"] = first(lambda n: n == "index.html", "end")
    t["worker created"] = run.get("workerCreated")
    t["pyodide.mjs start"] = first(lambda n: n == "pyodide.mjs", "start")
    t["pyodide.asm.js start"] = first(lambda n: n == "pyodide.asm.js", "start")
    t["pyodide.asm.wasm start"] = first(lambda n: n == "pyodide.asm.wasm", "start")
    t["pyodide.asm.wasm end"] = first(lambda n: n == "pyodide.asm.wasm", "end")
    t["python_stdlib.zip end"] = first(lambda n: n == "python_stdlib.zip", "end")
    t["pyodide-lock.json end"] = first(lambda n: n == "pyodide-lock.json", "end")
    is_pkg = lambda n: n.endswith(".whl") or (n.endswith(".zip") and n not in ("python_stdlib.zip", "stc_runtime.zip"))
    t["packages first start"] = first(is_pkg, "start")
    t["packages last end"] = last(is_pkg, "end")
    t["stc_runtime.zip end"] = first(lambda n: n == "stc_runtime.zip", "end")
    msgs = run.get("boot_msgs") or []
    for m in msgs:
        if m["type"] == "boot_progress":
            t.setdefault(f"'{m['stage'][:40]}'", m["t"])
    for label, pred in (
        ("ready received", lambda m: m["type"] == "ready"),
        ("run 1 started", lambda m: m["type"] == "run_started" and m["run_id"] == 1),
        ("run 1 finished", lambda m: m["type"] == "run_finished" and m["run_id"] == 1),
        ("run 2 (click) finished", lambda m: m["type"] == "run_finished" and m["run_id"] == 2),
    ):
        hit = next((m for m in msgs if pred(m)), None)
        t[label] = hit["t"] if hit else None
    for name, at in (run.get("worker_phases") or {}).items():
        t[f"worker: {name}"] = at
    t["first text in DOM"] = run.get("firstText")
    t["first click sent"] = run.get("ttiTrigger")
    t["click shown (interactive)"] = run.get("ttiDom")
    t["ready (baseline)"] = run.get("ready")
    return {k: v for k, v in t.items() if v is not None}


def boot_phases(run: dict) -> dict:
    """Consecutive phases of one boot (ms); app and baseline side by side."""
    t = boot_timeline(run)
    p = {}

    def span(label, a, b):
        if t.get(a) is not None and t.get(b) is not None:
            p[label] = t[b] - t[a]

    p["navigation -> worker created"] = t.get("worker created")
    span("worker created -> pyodide.mjs requested", "worker created", "pyodide.mjs start")
    loaded = "'Starting the app'" if "'Starting the app'" in t else "ready (baseline)"
    span("pyodide.mjs requested -> loadPyodide done", "pyodide.mjs start", loaded)
    span("loadPyodide done -> ready (runtime import, bridge.start)", "'Starting the app'", "ready received")
    span("ready -> run 1 started", "ready received", "run 1 started")
    span("run 1 started -> first text in DOM", "run 1 started", "first text in DOM")
    span("run 1 started -> run 1 finished", "run 1 started", "run 1 finished")
    span("first click sent -> click shown", "first click sent", "click shown (interactive)")
    return {k: v for k, v in p.items() if v is not None}


def report(results: dict) -> str:
    names = results["order"]
    runs = results["runs"]
    by = {n: [r for r in runs if r["name"] == n and "error" not in r] for n in names}
    lines = []

    def vals(name, f):
        return [f(r) for r in by[name]]

    measures = [
        ("first app text in DOM", "ms", lambda r: r.get("firstText")),
        ("first app text painted (Element Timing)", "ms", lambda r: r.get("firstTextPaint")),
        ("interactive (1st click/slider shown)", "ms", lambda r: r.get("interactive")),
        ("baseline ready (Pyodide+packages)", "ms", lambda r: r.get("ready")),
        ("bytes transferred (Resource Timing)", "MB", lambda r: r["network"]["transfer_bytes"]),
        ("body bytes served (server count)", "MB", lambda r: r["server"]["body_bytes"]),
        ("requests (Resource Timing)", "n", lambda r: r["network"]["requests"]),
    ]
    inter = [
        ("click->DOM, median of M clicks", "ms", "total"),
        ("click->next frame, median of M", "ms", "to_frame"),
        ("  event->worker got Rerun", "ms", "to_worker"),
        ("  script (worker clock)", "ms", "script"),
        ("  script (page-seen started..finished)", "ms", "page_script"),
        ("  render (delta received->DOM)", "ms", "render"),
        ("  page handlers (all msgs of the run)", "ms", "page_handlers"),
    ]
    summary = {}
    header = f"{'measure':44} {'page':20} {'median':>9} {'min':>9} {'max':>9} {'n':>3}"
    lines.append(header)
    lines.append("-" * len(header))
    for label, unit, f in measures:
        for n in names:
            s = stats(vals(n, f))
            if s is None:
                continue
            summary.setdefault(n, {})[label] = s
            lines.append(f"{label + f' [{unit}]':44} {n:20} {fmt(s['median'], unit):>9} {fmt(s['min'], unit):>9} {fmt(s['max'], unit):>9} {s['n']:>3}")
    for label, unit, key in inter:
        for n in names:
            per_run = [med([it.get(key) for it in r.get("interactions", [])]) for r in by[n]]
            s = stats(per_run)
            if s is None:
                continue
            summary.setdefault(n, {})[label] = s
            lbl = label.replace("click", "slider") if n == "dataframe" else label
            lines.append(f"{lbl + f' [{unit}]':44} {n:20} {fmt(s['median'], unit):>9} {fmt(s['min'], unit):>9} {fmt(s['max'], unit):>9} {s['n']:>3}")
    lines.append("(interaction rows: per run the median of its M interactions; then median/min/max over runs)")
    lines.append("")

    def ratio(app, akey, base, bkey):
        a = [r.get(akey) for r in by.get(app, [])]
        b = [r.get(bkey) for r in by.get(base, [])]
        if not a or not b or med(a) is None or med(b) is None:
            return None, None
        paired = {}
        for r in by[app]:
            paired.setdefault(r["round"], {})["a"] = r.get(akey)
        for r in by[base]:
            paired.setdefault(r["round"], {})["b"] = r.get(bkey)
        per_round = [p["a"] / p["b"] for p in paired.values() if p.get("a") and p.get("b")]
        diffs = [p["a"] - p["b"] for p in paired.values() if p.get("a") and p.get("b")]
        return med(a) / med(b), (dict(stats(per_round), diff_median_ms=med(diffs)) if per_round else None)

    ratios = {}
    # (figure, numerator page, its key, denominator page, its key, (target, what the target is called))
    # boot-overhead: stc adds at most 15% to a bare Pyodide boot; no-slower-than-bare: an stc page is
    # interactive no later than bare Pyodide is ready; return-visit: a second visit (service worker and
    # its cache warm) takes at most half a cold one, and beats a live Streamlit server's cold load.
    targets = (
        ("counter interactive / bare Pyodide ready", "counter", "interactive", "baseline-counter", "ready",
         ((1.15, "boot-overhead"), (1.0, "no-slower-than-bare"))),
        ("dataframe interactive / Pyodide ready with numpy+pandas imported", "dataframe", "interactive", "baseline-dataframe", "ready",
         ((1.0, "no-slower-than-bare"),)),
        ("counter return visit / counter cold", "counter-return", "interactive", "counter", "interactive", ((0.5, "return-visit"),)),
        ("dataframe return visit / dataframe cold", "dataframe-return", "interactive", "dataframe", "interactive", ((0.5, "return-visit"),)),
        ("counter return visit / live Streamlit server cold", "counter-return", "interactive", "streamlit-counter", "interactive",
         ((1.0, "return-visit"),)),
    )
    for label, app, akey, base, bkey, tgts in targets:
        r, per = ratio(app, akey, base, bkey)
        if r is None:
            continue
        ratios[label] = {"ratio_of_medians": r, "per_round": per, "targets": tgts}
        tgt = "".join(f"   {name} target <= {t:.2f}: {'met' if r <= t else 'NOT met'}" for t, name in tgts)
        extra = (f" (per-round ratios: median {per['median']:.2f}, min {per['min']:.2f}, max {per['max']:.2f};"
                 f" per-round difference: median {per['diff_median_ms']:.0f} ms)") if per else ""
        lines.append(f"{label} = {r:.2f}{extra}{tgt}")
    for app in ("counter", "dataframe"):
        first = summary.get(app, {}).get("first app text in DOM")
        if first:
            lines.append(f"{app} first app text in DOM = {first['median']:.0f} ms   first-paint target <= 300 ms: {'met' if first['median'] <= 300 else 'NOT met'}")
    click = summary.get("counter", {}).get("click->DOM, median of M clicks")
    if click:
        pooled = [it["total"] for r in by["counter"] for it in r.get("interactions", [])]
        lines.append(
            f"counter click->DOM median = {click['median']:.1f} ms (all {len(pooled)} clicks pooled: median {med(pooled):.1f}, "
            f"p90 {sorted(pooled)[int(0.9 * (len(pooled) - 1))]:.1f}, max {max(pooled):.1f})   target <= 16 ms: "
            f"{'met' if click['median'] <= 16 else 'NOT met'}"
        )
    results["summary"] = summary
    results["ratios"] = ratios

    # Boot timelines (medians), for where the time goes.
    lines.append("")
    lines.append("Boot timeline, median ms since navigation start (page clock; worker resource times shifted by timeOrigin):")
    tl = {n: [boot_timeline(r) for r in by[n]] for n in names}
    keys: list[str] = []
    for n in names:
        for t in tl[n]:
            for k in t:
                if k not in keys:
                    keys.append(k)
    order = {k: med([t.get(k) for n in names for t in tl[n]]) or 0 for k in keys}
    keys.sort(key=lambda k: order[k])
    head = f"  {'milestone':42}" + "".join(f"{n:>20}" for n in names)
    lines.append(head)
    for k in keys:
        cells = []
        for n in names:
            m = med([t.get(k) for t in tl[n]])
            cells.append(f"{fmt(m, 'ms'):>20}")
        lines.append(f"  {k:42}" + "".join(cells))
    results["timeline_medians"] = {n: {k: med([t.get(k) for t in tl[n]]) for k in keys} for n in names}

    lines.append("")
    lines.append("Boot phases, median ms (where an app's time goes, next to its baseline):")
    ph = {n: [boot_phases(r) for r in by[n]] for n in names}
    pkeys: list[str] = []
    for n in names:
        for t in ph[n]:
            for k in t:
                if k not in pkeys:
                    pkeys.append(k)
    lines.append(f"  {'phase':52}" + "".join(f"{n:>20}" for n in names))
    for k in pkeys:
        lines.append(f"  {k:52}" + "".join(f"{fmt(med([t.get(k) for t in ph[n]]), 'ms'):>20}" for n in names))
    results["phase_medians"] = {n: {k: med([t.get(k) for t in ph[n]]) for k in pkeys} for n in names}

    errors = [r for r in runs if "error" in r]
    if errors:
        lines.append("")
        lines.append(f"{len(errors)} run(s) failed:")
        for r in errors:
            lines.append(f"  round {r['round']} {r['name']}: {r['error']}")
    outside = sorted({u for r in runs for u in r.get("outside_requests", [])})
    if outside:
        lines.append(f"requests outside 127.0.0.1: {outside}")
    return "\n".join(lines)


def chromium_version() -> str:
    try:
        return subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except Exception as exc:  # noqa: BLE001
        return f"unknown ({exc})"



def measure_sizes(app_source: str, sizes: list[int], runs: int, measure, *, label: str) -> dict | None:
    """For bench/cache.py and bench/dataframe.py: build ``app_source`` as a
    site, serve it, and call ``measure(browser, url, rows)`` ``runs`` times
    per size in one Chromium. Returns the results dict (None without
    Chromium)."""
    import textwrap

    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        print(f"Chromium not found at {CHROMIUM} (set STC_CHROMIUM)", file=sys.stderr)
        return None
    from playwright.sync_api import sync_playwright

    root = Path(tempfile.mkdtemp(prefix=f"stc-bench-{label}-"))
    root.chmod(0o755)
    try:
        (root / "src").mkdir()
        (root / "src" / "app.py").write_text(textwrap.dedent(app_source), encoding="utf-8")
        build(root / "src" / "app.py", root / "site", log=lambda m: None)
        httpd, base = serve(root, Traffic())
        url = f"{base}site/"
        results: dict = {"started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "chromium": chromium_version(),
                         "runs": runs, "sizes": {}}
        print(f"{results['chromium']}; {runs} runs per size")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            try:
                for rows in sizes:
                    results["sizes"][rows] = [measure(browser, url, rows) for _ in range(runs)]
            finally:
                browser.close()
        httpd.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return results

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7, help="fresh-browser loads per page (default 7, at least 5 recommended)")
    ap.add_argument("--clicks", type=int, default=20, help="interactions per app load for the latency figures (default 20)")
    ap.add_argument("--no-warmup", action="store_true", help="skip the unmeasured warm-up load")
    ap.add_argument("--keep", action="store_true", help="keep the built sites (prints where)")
    ap.add_argument("--no-streamlit", action="store_true", help="skip the live `streamlit run` comparison")
    ap.add_argument("--only", nargs="+", metavar="PAGE", help="measure only these pages (e.g. counter counter-return)")
    ap.add_argument("--link", type=parse_link, metavar="MBIT/RTT_MS",
                    help="serve through a throttled link shared by all requests, e.g. 8/40 (default: unthrottled)")
    args = ap.parse_args()
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        print(f"Chromium not found at {CHROMIUM} (set STC_CHROMIUM)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    t_start = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="stc-bench-"))
    root.chmod(0o755)
    try:
        builds = {}
        for name in ("counter", "dataframe"):
            r = build(EXAMPLES / name / "app.py", root / name, log=lambda m: None)
            builds[name] = {"packages": list(r.packages), "files": r.files, "total_bytes": r.total_bytes, "build_s": r.seconds}
            write_baseline(root, f"baseline-{name}", name, site_packages(root / name))
            print(f"built {name}: {r.files} files, {r.total_bytes / 1e6:.1f} MB, packages: {', '.join(r.packages) or '(none)'}")
        # Warm the OS file cache so the first round does not read from disk.
        for p in root.rglob("*"):
            if p.is_file():
                p.read_bytes()
        csv_path = EXAMPLES / "dataframe" / "cities.csv"

        traffic = Traffic()
        httpd, base = serve(root, traffic, link=args.link)
        pages = {
            "counter": ("app", "counter", f"{base}counter/"),
            "dataframe": ("app", "dataframe", f"{base}dataframe/"),
            "baseline-counter": ("baseline", "counter", f"{base}baseline-counter/"),
            "baseline-dataframe": ("baseline", "dataframe", f"{base}baseline-dataframe/"),
            # Second visit of one profile: service worker and its cache warm.
            "counter-return": ("app", "counter", f"{base}counter/"),
            "dataframe-return": ("app", "dataframe", f"{base}dataframe/"),
        }
        server = None if args.no_streamlit else start_streamlit(EXAMPLES / "counter" / "app.py")
        if server:
            pages["streamlit-counter"] = ("streamlit", "counter", server[1])
        order = [n for n in pages if not args.only or n in args.only]
        results: dict = {
            "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "config": {"runs": args.runs, "clicks": args.clicks, "prefix": PREFIX, "link": args.link, "chromium": chromium_version(),
                       "chromium_args": CHROMIUM_ARGS, "python": sys.version.split()[0], "platform": platform.platform(),
                       "cpus": os.cpu_count(), "slider_tti_value": SLIDER_TTI_VALUE, "slider_values": SLIDER_VALUES},
            "builds": builds,
            "order": order,
            "runs": [],
        }
        print(f"{results['config']['chromium']}; {args.runs} rounds x {len(order)} pages, {args.clicks} interactions per app load")
        with sync_playwright() as pw:
            if not args.no_warmup:
                kind, mode, url = pages["counter"]
                try:
                    run_once(pw, url, kind, mode, 2, csv_path, traffic)
                    print("warm-up load done (not counted)")
                except Exception as exc:  # noqa: BLE001
                    print(f"warm-up failed: {exc}")
            for rnd in range(args.runs):
                for name in order:
                    kind, mode, url = pages[name]
                    t0 = time.perf_counter()
                    try:
                        r = run_once(pw, url, kind, mode, args.clicks, csv_path, traffic, return_visit=name.endswith("-return"))
                    except Exception as exc:  # noqa: BLE001
                        r = {"error": f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"}
                    r.update({"name": name, "round": rnd, "loadavg_after": os.getloadavg()[0]})
                    results["runs"].append(r)
                    key = "ready" if kind == "baseline" else "interactive"
                    shown = r.get(key)
                    print(f"  round {rnd + 1}/{args.runs} {name:20} "
                          + (f"{key} {shown:8.0f} ms" if shown is not None else f"ERROR {r.get('error')}")
                          + f"   ({time.perf_counter() - t0:.1f} s, load avg {os.getloadavg()[0]:.2f})", flush=True)
        httpd.stop()
        if server:
            server[0].terminate()

        table = report(results)
        results["elapsed_s"] = time.perf_counter() - t_start
        RESULTS.mkdir(parents=True, exist_ok=True)
        out = RESULTS / f"boot-{time.strftime('%Y%m%d-%H%M%S')}.json"
        out.write_text(json.dumps(results, indent=1), encoding="utf-8")
        print()
        print(table)
        print()
        print(f"raw results: {out.relative_to(REPO) if out.is_relative_to(REPO) else out}   (total {results['elapsed_s']:.0f} s)")
    finally:
        if args.keep:
            print(f"sites kept in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
