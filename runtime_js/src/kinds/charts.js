// @ts-check
// Charts: every chart is a `vega_lite` element holding a complete Vega-Lite
// spec (built in Python: runtime_py/stc_runtime/elements/charts.py), drawn by
// vega-embed from a lazily loaded chunk (../vega.js).
//
// A run that only appends rows (add_rows while the script runs: same spec,
// old rows a prefix of the new) inserts the new rows into the live view, so
// the chart animates instead of being drawn again.
import { h } from "../dom.js";
import { applyHeight, applyWidth } from "./_shared.js";

/** @typedef {import("../protocol.js").VegaLiteElement} VegaLiteElement */

/** @type {WeakMap<HTMLElement, {queue: Promise<void>, result: any, spec: any}>} */
const charts = new WeakMap();

function withoutValues(spec) {
  return spec && spec.data && Array.isArray(spec.data.values) ? { ...spec, data: { ...spec.data, values: null } } : spec;
}

/** New rows at the end of `next`'s data if it only appends to `prev`'s, else null. */
function appended(prev, next) {
  const a = prev?.data?.values, b = next?.data?.values;
  if (!Array.isArray(a) || !Array.isArray(b) || b.length < a.length) return null;
  if (JSON.stringify(withoutValues(prev)) !== JSON.stringify(withoutValues(next))) return null;
  if (JSON.stringify(a) !== JSON.stringify(b.slice(0, a.length))) return null;
  return b.slice(a.length);
}

/** @param {HTMLElement} dom @param {VegaLiteElement} el */
function draw(dom, el) {
  const state = charts.get(dom);
  const body = dom.querySelector(".stc-chart-body");
  state.queue = state.queue.then(async () => {
    const vega = await import("../vega.js");
    const rows = state.result ? appended(state.spec, el.spec) : null;
    if (rows) {
      if (rows.length) await vega.appendRows(state.result, rows);
    } else {
      state.result?.finalize();
      state.result = null;
      body.replaceChildren();
      state.result = await vega.drawChart(body, el.spec);
    }
    state.spec = el.spec;
    dom.dataset.rows = String(el.spec?.data?.values?.length ?? "");
    dom.querySelector(".stc-chart-error")?.remove();
  }).catch((err) => {
    state.result = null;
    state.spec = null;
    dom.querySelector(".stc-chart-error")?.remove();
    dom.append(h("div", { class: "stc-chart-error", role: "alert", text: `This chart could not be drawn: ${err?.message ?? err}` }));
  });
}

/** The box's size and name: the spec fills the box (sized in Python to
 * "container"), so the box's width is the chart's; a pixel height is the
 * spec's own, so only "stretch" needs the box to grow.
 * @param {HTMLElement} dom @param {VegaLiteElement} el */
function frame(dom, el) {
  applyWidth(dom, el.width);
  applyHeight(dom, el.height === "stretch" ? "stretch" : null);
  // Streamlit's names for the charts it draws; alt replaces them.
  const generic = el.chart === "vega_lite" || el.chart === "altair" ? "chart" : `${el.chart} chart`;
  dom.setAttribute("aria-label", el.alt ?? generic);
}

export const KINDS = {
  vega_lite: {
    /** @param {VegaLiteElement} el */
    create(el) {
      // Streamlit's test ids: st.map is a deck.gl chart there, everything else Vega-Lite.
      const testid = el.chart === "map" ? "stDeckGlJsonChart" : "stVegaLiteChart";
      const dom = h("div", { class: `stc-chart stc-chart-${el.chart}`, "data-testid": testid, role: "figure" },
        h("div", { class: "stc-chart-body" }));
      frame(dom, el);
      charts.set(dom, { queue: Promise.resolve(), result: null, spec: null });
      draw(dom, el);
      return { dom };
    },
    /** @param {VegaLiteElement} el */
    update(dom, el) {
      frame(dom, el);
      draw(dom, el);
    },
  },
};
