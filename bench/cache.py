#!/usr/bin/env python3
"""st.cache_data benchmark in the browser.

    python bench/cache.py [--runs N] [--rows 10000,100000,1000000]

Builds a small app whose cached function makes a DataFrame of four columns
(two float, one int, one string), serves it on 127.0.0.1 under a path
prefix and, for each size, in a fresh browser context (empty
IndexedDB) measures with ``time.perf_counter`` inside the worker:

    compute         the first call: the function body, pickling the value and
                    handing the bytes to IndexedDB (the write itself goes on
                    after the run)
    body            the function body alone (part of compute)
    hit (session)   a rerun in the same tab: unpickle the in-memory copy
    hit (reload)    after a reload (a new Python): read the entry from
                    IndexedDB (JSPI) and unpickle it
    stored          bytes of the entry in IndexedDB (header + pickle)

Prints medians (min-max) over N runs and writes the raw figures to
bench/results/cache-<timestamp>.json. Never asserts on timings.
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
TIMEOUT_MS = 180_000

APP = '''
import time

import numpy as np
import pandas as pd
import streamlit as st


@st.cache_data(show_spinner=False)
def make(rows):
    started = time.perf_counter()
    rng = np.random.default_rng(0)
    df = pd.DataFrame({
        "a": rng.random(rows), "b": rng.integers(0, 1000, rows),
        "c": rng.random(rows), "d": [f"row {i}" for i in range(rows)],
    })
    st.session_state["body_ms"] = (time.perf_counter() - started) * 1000
    return df


rows = int(st.query_params.get("rows", "10000"))
started = time.perf_counter()
df = make(rows)
ms = (time.perf_counter() - started) * 1000
st.text(f"cache-bench rows={len(df)} ms={ms:.3f} body_ms={st.session_state.pop('body_ms', -1):.3f}")
st.button("Again")
'''

STORED = """
async (prefix) => {
  const names = (await indexedDB.databases()).map((d) => d.name).filter((n) => n.startsWith("stc-cache:" + prefix));
  if (!names.length) return [];
  const db = await new Promise((ok, fail) => { const r = indexedDB.open(names[0]); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  if (!db.objectStoreNames.contains("meta")) { db.close(); return []; }
  const all = await new Promise((ok) => { const r = db.transaction("meta").objectStore("meta").getAll(); r.onsuccess = () => ok(r.result); });
  db.close();
  return all.map((m) => m.size);
}
"""


def runs_done(page, n: int) -> None:
    page.wait_for_function("n => Number(document.getElementById('stc-app').dataset.runs || 0) >= n", arg=n, timeout=TIMEOUT_MS)


def reading(page) -> dict:
    text = page.get_by_text(re.compile(r"^cache-bench ")).inner_text()
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.\-]+)", text)}


def measure(browser, url: str, rows: int) -> dict:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{url}?rows={rows}")
        runs_done(page, 1)
        first = reading(page)
        page.get_by_role("button", name="Again").click()
        runs_done(page, 2)
        again = reading(page)
        prefix = re.sub(r"^https?://[^/]+", "", url)
        deadline = time.monotonic() + 120
        sizes: list[int] = []
        while not sizes and time.monotonic() < deadline:
            sizes = page.evaluate(STORED, prefix)
            if not sizes:
                page.wait_for_timeout(100)
        page.reload()
        runs_done(page, 1)
        reloaded = reading(page)
        if reloaded["body_ms"] >= 0:
            raise RuntimeError("the function ran again after the reload: the IndexedDB entry was not used")
        return {"compute_ms": first["ms"], "body_ms": first["body_ms"], "hit_session_ms": again["ms"],
                "hit_reload_ms": reloaded["ms"], "stored_bytes": sizes[0] if sizes else None}
    finally:
        context.close()


def fmt_ms(values: list[float]) -> str:
    return f"{statistics.median(values):9.1f} ({min(values):.1f}-{max(values):.1f})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="fresh contexts per size (default 3)")
    ap.add_argument("--rows", default="10000,100000,1000000", help="comma-separated DataFrame sizes")
    args = ap.parse_args()
    sizes = [int(r) for r in args.rows.split(",")]
    results = boot.measure_sizes(APP, sizes, args.runs, measure, label="cache")
    if results is None:
        return 2

    print(f"\n{'rows':>9} | {'compute ms':>22} | {'body ms':>22} | {'hit (session) ms':>22} | {'hit (reload) ms':>22} | {'stored':>9}")
    for rows, runs in results["sizes"].items():
        stored = statistics.median(r["stored_bytes"] for r in runs if r["stored_bytes"])
        print(f"{rows:>9} | {fmt_ms([r['compute_ms'] for r in runs]):>22} | {fmt_ms([r['body_ms'] for r in runs]):>22} | "
              f"{fmt_ms([r['hit_session_ms'] for r in runs]):>22} | {fmt_ms([r['hit_reload_ms'] for r in runs]):>22} | "
              f"{stored / 1e6:7.1f} MB")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"cache-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\nraw figures: {out.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
