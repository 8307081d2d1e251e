// @ts-check
// Vega, Vega-Lite and vega-embed: a chunk of its own (see build.mjs), so only
// pages that show a chart download it. Charts are drawn as SVG.
import embed, { vega } from "vega-embed";

import { safeUrl } from "./url_policy.js";

// The world outline st.map draws its points on (world-atlas' 110m
// countries, copied into the assets by build.mjs): resolved against this
// chunk's URL (assets/chunks/), so the site's path prefix does not matter
// and no map tile server is ever asked for anything.
const NAMED_URLS = { "stc:world-110m": new URL("../maps/countries-110m.json", import.meta.url).href };

/**
 * Vega follows URLs of its own from a spec: an `href` channel opens a link
 * on click, an image mark loads its `url`. Both are the app's input, so
 * they pass the same policy as every other payload URL (url_policy.js);
 * Vega's own check lets `data:` links through. Data loads ("dataflow") are
 * fetches, not navigations, and keep Vega's rules.
 */
function guardedLoader() {
  const loader = vega.loader();
  const sanitize = loader.sanitize.bind(loader);
  const SINK = { href: "link", image: "image" };
  loader.sanitize = async (uri, options) => {
    const result = await sanitize(uri, options);
    const sink = SINK[options?.context];
    if (sink && safeUrl(result.href, sink) === null) throw new Error(`refused URL: ${String(uri).slice(0, 80)}`);
    return result;
  };
  return loader;
}

/** The name of the data set `add_rows` appends to (the spec's top-level inline data). */
export const DATA_NAME = "stc_data";

function resolve(node) {
  if (Array.isArray(node)) return node.map(resolve);
  if (node && typeof node === "object") {
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === "url" && typeof v === "string" && v in NAMED_URLS ? NAMED_URLS[v] : resolve(v);
    return out;
  }
  return node;
}

/**
 * Draw the Vega-Lite `spec` into `target`; resolves to vega-embed's result
 * (`view`, `finalize`). Top-level inline data is named DATA_NAME, so rows
 * can be inserted into the live view later.
 */
export async function drawChart(target, spec) {
  const resolved = resolve(spec);
  if (resolved.data && Array.isArray(resolved.data.values) && !resolved.data.name) resolved.data.name = DATA_NAME;
  return embed(target, resolved, {
    mode: "vega-lite",
    renderer: "svg",
    loader: guardedLoader(),
    // Save as SVG/PNG stays; "Open in Vega Editor" would leave the site.
    actions: { export: true, source: false, compiled: false, editor: false },
  });
}

/** Append `rows` to the live chart's data (what `add_rows` sends). */
export async function appendRows(result, rows) {
  await result.view.insert(DATA_NAME, rows).runAsync();
}
