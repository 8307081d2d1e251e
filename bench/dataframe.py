#!/usr/bin/env python3
"""st.dataframe benchmark in the browser.

    python bench/dataframe.py [--runs N] [--rows 10000,100000,1000000]

Builds a small app that, when its button is clicked, makes a DataFrame of
``rows`` x 4 columns (int, two floats, a string) and shows it with
``st.dataframe``. It serves the site on 127.0.0.1 under a path prefix and,
for each size, in a fresh browser context:

    first rows      ms from the click to the grid's first row of the new
                    frame in the DOM (the script run: building the frame,
                    encoding it into columnar buffers, the transfer to the
                    page, decoding and painting the visible rows)
    python          ms of the ``st.dataframe`` call in the worker (encoding
                    and handing the buffers over), part of "first rows"
    heap            growth of the page's JS heap (CDP Performance.getMetrics,
                    JSHeapUsedSize after a forced GC) from before the click to
                    after the frame is shown: the grid's data on the page
    rows in DOM     rows the grid keeps in the DOM (virtualization)

and, for the largest size, the scroll frame time: the viewport is scrolled
by 10 rows per animation frame for 240 frames; the intervals between frames
(median, p95, max) say whether scrolling keeps up with the display.

Prints medians (min-max) and writes the raw figures to
bench/results/dataframe-<timestamp>.json. Never asserts on timings.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import boot  # noqa: E402  (the server, Chromium flags and build import of bench/boot.py)

RESULTS = HERE / "results"
TIMEOUT_MS = 240_000

APP = '''
import time
import numpy as np
import pandas as pd
import streamlit as st

rows = int(st.query_params.get("rows", "10000"))
if st.button("Show"):
    rng = np.random.default_rng(0)
    df = pd.DataFrame({
        "a": np.arange(rows), "b": rng.random(rows),
        "c": rng.random(rows) * 1000, "d": [f"row {i}" for i in range(rows)],
    })
    started = time.perf_counter()
    st.dataframe(df)
    st.text(f"df-bench rows={rows} python_ms={(time.perf_counter() - started) * 1000:.3f}")
'''

SCROLL = """
async () => {
  const vp = document.querySelector('.stc-grid-viewport');
  const frames = [];
  let last = performance.now();
  for (let i = 0; i < 240; i++) {
    await new Promise((ok) => requestAnimationFrame(ok));
    const now = performance.now();
    frames.push(now - last);
    last = now;
    vp.scrollTop += 350;
  }
  return frames.slice(1);
}
"""


def runs_done(page, n: int) -> None:
    page.wait_for_function("n => Number(document.getElementById('stc-app').dataset.runs || 0) >= n", arg=n, timeout=TIMEOUT_MS)


def heap(cdp) -> float:
    cdp.send("HeapProfiler.collectGarbage")
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    return metrics["JSHeapUsedSize"]


def measure(browser, url: str, rows: int, scroll: bool) -> dict:
    context = browser.new_context()
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Performance.enable")
        page.goto(f"{url}?rows={rows}")
        runs_done(page, 1)
        before = heap(cdp)
        page.evaluate("""() => {
          window.__dfShown = null;
          const t0 = performance.now();
          new MutationObserver((_, obs) => {
            if (document.querySelector('.stc-grid-rows [role=row]')) { window.__dfShown = performance.now() - t0; obs.disconnect(); }
          }).observe(document.body, {subtree: true, childList: true});
          [...document.querySelectorAll('button')].find((b) => b.textContent === 'Show').click();
        }""")
        page.wait_for_function("() => window.__dfShown !== null", timeout=TIMEOUT_MS)
        runs_done(page, 2)
        shown_ms = page.evaluate("() => window.__dfShown")
        text = page.get_by_text(re.compile(r"^df-bench ")).inner_text()
        python_ms = float(re.search(r"python_ms=([\d.]+)", text).group(1))
        after = heap(cdp)
        dom_rows = page.locator(".stc-grid-rows [role=row]").count()
        result = {"first_rows_ms": shown_ms, "python_ms": python_ms, "heap_bytes": after - before, "dom_rows": dom_rows}
        if scroll:
            frames = page.evaluate(SCROLL)
            frames.sort()
            result["scroll_frames_ms"] = frames
            result["dom_rows_after_scroll"] = page.locator(".stc-grid-rows [role=row]").count()
        return result
    finally:
        context.close()


def fmt(values: list[float], scale: float = 1.0) -> str:
    values = [v / scale for v in values]
    return f"{statistics.median(values):8.1f} ({min(values):.1f}-{max(values):.1f})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="fresh contexts per size (default 3)")
    ap.add_argument("--rows", default="10000,100000,1000000", help="comma-separated DataFrame sizes")
    args = ap.parse_args()
    sizes = [int(r) for r in args.rows.split(",")]
    results = boot.measure_sizes(
        APP, sizes, args.runs, lambda browser, url, rows: measure(browser, url, rows, scroll=rows == max(sizes)), label="df"
    )
    if results is None:
        return 2

    print(f"\n{'rows':>9} | {'first rows ms':>22} | {'python ms':>22} | {'heap MB':>22} | {'rows in DOM':>11}")
    for rows, runs in results["sizes"].items():
        print(f"{rows:>9} | {fmt([r['first_rows_ms'] for r in runs]):>22} | {fmt([r['python_ms'] for r in runs]):>22} | "
              f"{fmt([r['heap_bytes'] for r in runs], 1e6):>22} | {max(r['dom_rows'] for r in runs):>11}")
    largest = results["sizes"][max(sizes)]
    frames = [f for r in largest for f in r["scroll_frames_ms"]]
    frames.sort()
    p95 = frames[int(0.95 * (len(frames) - 1))]
    print(f"\nscroll, {max(sizes)} rows: frame interval median {statistics.median(frames):.1f} ms, p95 {p95:.1f} ms, "
          f"max {frames[-1]:.1f} ms; rows in DOM after scrolling: {max(r['dom_rows_after_scroll'] for r in largest)}")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"dataframe-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\nraw figures: {out.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
