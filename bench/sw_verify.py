#!/usr/bin/env python3
"""What checking cached bodies costs the service worker.

    python bench/sw_verify.py [--runs N] [--apps counter,dataframe]

Builds each example and serves it twice on 127.0.0.1 under a path prefix:
as built, and as a baseline whose service worker serves its cache as it is
(as sw.js did before it checked bodies: the stored x-stc-sha256 header trusted).
Both service workers are runtime_js/src/sw.js with the site's manifest; the
baseline's replaces fromCache() by a plain cache lookup. One Chromium
profile on disk (as a visitor's) visits every site once, so each is
precached, then each round, for every site in turn (order alternating):

    return visit     the service worker stopped (CDP, as the browser does when
                     it idles), a new tab opens the site: the page script
                     served (Resource Timing responseEnd), first app text in
                     the DOM and the first run finished (performance.now()
                     in the page, 0 = navigation start)
    index.html       the worker stopped, the page fetches index.html: the
                     worker's start and the first-paint file
    every file       then every other file of the manifest at once: with
                     checking, this is the whole cache verified
    again            every file once more, worker running (checked already)

Prints medians (min-max) of N rounds and the verification's cost (verifying
minus baseline in the same round: median, min..max), and writes the raw figures to
bench/results/sw_verify-<timestamp>.json. Never asserts on timings.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import boot  # noqa: E402  (the server, Chromium flags and build import of bench/boot.py)

SW_SOURCE = boot.REPO / "runtime_js" / "src" / "sw.js"
RESULTS = HERE / "results"
TIMEOUT_MS = 180_000

# Appended to the baseline's service worker: a later function declaration
# of a classic script replaces the earlier one. This is how sw.js served a
# cached file before it checked bodies.
BASELINE_FROM_CACHE = """
async function fromCache(path) {
  return (await (await caches.open(CACHE)).match(new URL(path, SCOPE).href)) ?? null;
}
"""

INIT_JS = r"""
(() => {
  const B = (window.__bench = { firstText: null, firstRun: null });
  new MutationObserver(() => {
    const main = document.getElementById("stc-main");
    if (B.firstText === null && main && [...main.querySelectorAll(".stc-element")].some((el) => el.textContent.trim())) B.firstText = performance.now();
    const app = document.getElementById("stc-app");
    if (B.firstRun === null && app && Number(app.dataset.runs || 0) >= 1) B.firstRun = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["data-runs"] });
})();
"""

FETCH_JS = r"""
async ({ first, rest }) => {
  const get = async (p) => { const r = await fetch(p, { cache: "no-store" }); if (!r.ok) throw new Error(`${p}: ${r.status}`); return (await r.arrayBuffer()).byteLength; };
  const t0 = performance.now();
  await get(first);
  const t1 = performance.now();
  await Promise.all(rest.map(get));
  const t2 = performance.now();
  await Promise.all([first, ...rest].map(get));
  const t3 = performance.now();
  return { index_ms: t1 - t0, every_file_ms: t2 - t0, again_ms: t3 - t2 };
}
"""


def manifest(site: Path) -> tuple[str, dict]:
    """The first line of the built stc-sw.js (package.py) and the manifest in it."""
    first = (site / "stc-sw.js").read_text(encoding="utf-8").split("\n", 1)[0]
    return first, json.loads(first.removeprefix("self.__STC_MANIFEST=").removesuffix(";"))


def write_variants(root: Path, app: str) -> dict:
    site = root / app
    boot.build(boot.EXAMPLES / app / "app.py", site, log=lambda m: None)
    line, files = manifest(site)
    source = SW_SOURCE.read_text(encoding="utf-8")
    if "async function fromCache(path)" not in source:
        raise SystemExit(f"{SW_SOURCE} has no fromCache(path): update BASELINE_FROM_CACHE in {Path(__file__).name}")
    baseline = root / f"{app}-baseline"
    shutil.copytree(site, baseline)
    (site / "stc-sw.js").write_text(f"{line}\n{source}", encoding="utf-8")
    (baseline / "stc-sw.js").write_text(f"{line}\n{source}{BASELINE_FROM_CACHE}", encoding="utf-8")
    sizes = {p: (site / p).stat().st_size for p in files["files"]}
    return {"files": len(sizes), "bytes": sum(sizes.values()), "paths": sorted(sizes)}


def stop_service_workers(context, page) -> None:
    """Stop every running service worker and wait until it has stopped."""
    cdp = context.new_cdp_session(page)
    running: dict[str, str] = {}
    cdp.on("ServiceWorker.workerVersionUpdated",
           lambda e: running.update({v["versionId"]: v["runningStatus"] for v in e["versions"]}))
    cdp.send("ServiceWorker.enable")
    cdp.send("ServiceWorker.stopAllWorkers")
    deadline = time.monotonic() + 30
    while not (running and all(s == "stopped" for s in running.values())):
        if time.monotonic() > deadline:
            raise RuntimeError(f"the service workers did not stop: {running}")
        page.wait_for_timeout(10)
    cdp.detach()


def open_site(context, url: str):
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("() => window.__bench.firstRun !== null", timeout=TIMEOUT_MS)
    return page


def measure(context, page, url: str, paths: list[str]) -> tuple[object, dict]:
    stop_service_workers(context, page)
    page.close()  # a new tab: nothing from this one's memory cache
    page = open_site(context, url)
    visit = page.evaluate("""() => ({
      first_text_ms: window.__bench.firstText, first_run_ms: window.__bench.firstRun,
      main_js_ms: performance.getEntriesByType("resource").find((e) => e.name.endsWith("/assets/stc-main.js")).responseEnd,
    })""")
    if not page.evaluate("() => navigator.serviceWorker.controller !== null"):
        raise RuntimeError(f"{url} is not served by its service worker")
    stop_service_workers(context, page)
    fetched = page.evaluate(FETCH_JS, {"first": "index.html", "rest": [p for p in paths if p != "index.html"]})
    return page, {**visit, **fetched}


FIGURES = [
    ("return visit: stc-main.js served", "main_js_ms"),
    ("return visit: first app text in DOM", "first_text_ms"),
    ("return visit: first run finished", "first_run_ms"),
    ("worker start + index.html", "index_ms"),
    ("worker start + every file", "every_file_ms"),
    ("every file again (worker running)", "again_ms"),
]


def fmt(values: list[float]) -> str:
    return f"{statistics.median(values):8.1f} ({min(values):.1f}-{max(values):.1f})"


def report(results: dict) -> str:
    lines = [f"{'figure [ms], median (min-max)':38} {'site':10} {'baseline':>24} {'verifying':>24} {'cost: per-round difference':>30}"]
    for app, info in results["apps"].items():
        rounds = info["rounds"]
        for label, key in FIGURES:
            base = [r["baseline"][key] for r in rounds]
            ver = [r["verifying"][key] for r in rounds]
            cost = [r["verifying"][key] - r["baseline"][key] for r in rounds]
            spread = f"{statistics.median(cost):+.1f} ({min(cost):+.0f}..{max(cost):+.0f})"
            lines.append(f"{label:38} {app:10} {fmt(base):>24} {fmt(ver):>24} {spread:>30}")
        cost = statistics.median(r["verifying"]["every_file_ms"] - r["baseline"]["every_file_ms"] for r in rounds)
        rate = f"{info['bytes'] / 1e6 / (cost / 1000):.0f} MB/s" if cost > 0 else "n/a"
        lines.append(f"  {app}: {info['files']} files, {info['bytes'] / 1e6:.1f} MB verified in +{cost:.0f} ms ({rate})")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7, help="rounds (default 7)")
    ap.add_argument("--apps", default="counter,dataframe", help="comma-separated examples (default counter,dataframe)")
    args = ap.parse_args()
    if not Path(boot.CHROMIUM).exists() and not shutil.which(boot.CHROMIUM):
        print(f"Chromium not found at {boot.CHROMIUM} (set STC_CHROMIUM)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    apps = args.apps.split(",")
    root = Path(tempfile.mkdtemp(prefix="stc-bench-sw-"))
    root.chmod(0o755)
    profile = Path(tempfile.mkdtemp(prefix="stc-bench-profile-"))
    try:
        results: dict = {"started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "chromium": boot.chromium_version(), "runs": args.runs, "apps": {}}
        for app in apps:
            info = write_variants(root, app)
            results["apps"][app] = {"files": info["files"], "bytes": info["bytes"], "rounds": []}
            results["apps"][app]["paths"] = info["paths"]
            print(f"built {app}: {info['files']} files, {info['bytes'] / 1e6:.1f} MB")
        for p in root.rglob("*"):  # warm the OS file cache
            if p.is_file():
                p.read_bytes()
        httpd, base = boot.serve(root, boot.Traffic())
        print(f"{results['chromium']}; {args.runs} rounds")
        with sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(str(profile), executable_path=boot.CHROMIUM, headless=True,
                                                            args=boot.CHROMIUM_ARGS)
            context.add_init_script(INIT_JS)
            try:
                sites = [(app, variant, f"{base}{app}{'' if variant == 'verifying' else '-baseline'}/")
                         for app in apps for variant in ("verifying", "baseline")]
                pages = {}
                for app, variant, url in sites:  # the first visit: install, precache
                    page = open_site(context, url)
                    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
                    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=TIMEOUT_MS)
                    pages[url] = page
                for n in range(args.runs):
                    rounds = {app: {} for app in apps}
                    for app, variant, url in sites if n % 2 == 0 else reversed(sites):
                        pages[url], rounds[app][variant] = measure(context, pages[url], url, results["apps"][app]["paths"])
                    for app in apps:
                        results["apps"][app]["rounds"].append(rounds[app])
                    print(f"round {n + 1}/{args.runs}: " + ", ".join(
                        f"{app} every file {r['baseline']['every_file_ms']:.0f} / {r['verifying']['every_file_ms']:.0f} ms"
                        for app, r in rounds.items()))
            finally:
                context.close()
        httpd.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)
    print()
    print(report(results))
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"sw_verify-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\nraw figures: {out.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
