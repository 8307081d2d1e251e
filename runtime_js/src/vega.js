// Vega, Vega-Lite and vega-embed: a chunk of its own (see build.mjs), so only
// pages that show a chart download it. Charts are drawn as SVG.
import embed from "vega-embed";

// The world outline st.map draws its points on (world-atlas' 110m
// countries, copied into the assets by build.mjs): resolved against this
// chunk's URL (assets/chunks/), so the site's path prefix does not matter
// and no map tile server is ever asked for anything.
const NAMED_URLS = { "stc:world-110m": new URL("../maps/countries-110m.json", import.meta.url).href };

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
    // Save as SVG/PNG stays; "Open in Vega Editor" would leave the site.
    actions: { export: true, source: false, compiled: false, editor: false },
  });
}

/** Append `rows` to the live chart's data (what `add_rows` sends). */
export async function appendRows(result, rows) {
  await result.view.insert(DATA_NAME, rows).runAsync();
}
