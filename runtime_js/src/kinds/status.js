// @ts-check
// Status elements: success, info, warning, error, toast, metric, progress,
// status (a container), balloons and snow.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
//
// Progress bars, toasts and status containers are updated in place: the
// worker rewrites the same path while the script runs, and update() changes
// the existing node, so a loop with time.sleep animates smoothly.
import { h, helpIcon } from "../dom.js";
import { applyHeight, applyWidth, formatNumberAs, iconNode as iconGlyph } from "./_shared.js";

/** @typedef {import("../protocol.js").AlertElement} AlertElement */
/** @typedef {import("../protocol.js").CelebrationElement} CelebrationElement */
/** @typedef {import("../protocol.js").MetricElement} MetricElement */
/** @typedef {import("../protocol.js").ProgressElement} ProgressElement */
/** @typedef {import("../protocol.js").StatusBlock} StatusBlock */
/** @typedef {import("../protocol.js").ToastElement} ToastElement */

const ALERT_ICONS = { success: "✅", info: "ℹ️", warning: "⚠️", error: "❗" };
const ALERT_TESTIDS = { success: "stAlertContentSuccess", info: "stAlertContentInfo", warning: "stAlertContentWarning", error: "stAlertContentError" };

function toastHost() {
  let host = document.getElementById("stc-toasts");
  if (!host) {
    host = h("div", { id: "stc-toasts", class: "stc-toasts", role: "log", "aria-live": "polite" });
    document.body.append(host);
  }
  return host;
}

// An icon is an emoji or `:material/name:`; Markdown renders both.
function iconNode(icon, ctx, cls) {
  const span = h("span", { class: cls, "aria-hidden": "true" });
  span.innerHTML = ctx.markdown.inline(icon);
  return span;
}

/** @param {ToastElement} el */
function fillToast(toast, el, ctx) {
  const body = h("div", { class: "stc-toast-body", "data-testid": "stToastBody" });
  body.innerHTML = ctx.markdown.inline(el.body);
  const close = h("button", { type: "button", class: "stc-toast-close", "aria-label": "Close", text: "×" });
  close.addEventListener("click", () => toast.remove());
  toast.replaceChildren(...[el.icon ? iconNode(el.icon, ctx, "stc-toast-icon") : null, body, close].filter(Boolean));
  clearTimeout(toast._stcTimer);
  if (el.seconds) toast._stcTimer = setTimeout(() => toast.remove(), el.seconds * 1000);
}

/** @param {ToastElement} el */
function showToast(el, ctx) {
  const toast = h("div", { class: "stc-toast", role: "status", "data-testid": "stToast" });
  fillToast(toast, el, ctx);
  toastHost().append(toast);
  return toast;
}

// --- balloons and snow ----------------------------------------------------------
// A few seconds of emoji drifting over the page, drawn with CSS animations;
// decoration only (aria-hidden), and not drawn at all for visitors who ask
// for reduced motion.
function celebrate(effect) {
  if (window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches) return;
  const layer = h("div", { class: `stc-celebration stc-${effect}`, "aria-hidden": "true", "data-testid": effect === "snow" ? "stSnow" : "stBalloons" });
  const glyphs = effect === "snow" ? ["❄", "❅", "❆"] : ["🎈"];
  const count = effect === "snow" ? 40 : 24;
  for (let i = 0; i < count; i++) {
    const piece = h("span", { class: "stc-celebration-piece", text: glyphs[i % glyphs.length] });
    piece.style.left = `${Math.random() * 100}%`;
    piece.style.animationDelay = `${Math.random() * 1.5}s`;
    piece.style.animationDuration = `${(effect === "snow" ? 4 : 3) + Math.random() * 2}s`;
    piece.style.fontSize = `${(effect === "snow" ? 1 : 2) + Math.random()}rem`;
    if (effect === "balloons") piece.style.filter = `hue-rotate(${Math.floor(Math.random() * 360)}deg)`;
    layer.append(piece);
  }
  document.body.append(layer);
  setTimeout(() => layer.remove(), 7000);
}

// --- status ---------------------------------------------------------------------

const STATE_ICONS = { running: null, complete: "✓", error: "✕" };
const STATE_NAMES = { running: "Running", complete: "Complete", error: "Error" };

/** @param {StatusBlock} el */
function statusSummary(summary, el, ctx) {
  // Running shows a spinner; the state is also said in words for screen readers.
  const icon = el.state === "running"
    ? h("span", { class: "stc-spinner-icon stc-status-spinner", "data-testid": "stStatusIcon" })
    : h("span", { class: `stc-status-icon stc-status-${el.state}`, "data-testid": "stStatusIcon", text: STATE_ICONS[el.state] });
  icon.setAttribute("aria-hidden", "true");
  const label = h("span", { class: "stc-inline-label" });
  label.innerHTML = ctx.markdown.inline(el.label);
  summary.replaceChildren(icon, label, h("span", { class: "stc-visually-hidden", text: ` (${STATE_NAMES[el.state]})` }));
}

export const KINDS = {
  alert: {
    /** @param {AlertElement} el */
    create(el, ctx) {
      // Errors interrupt; the others are announced politely.
      const box = h("div", { class: `stc-alert stc-alert-${el.variant}`, role: el.variant === "error" ? "alert" : "status", "data-testid": "stAlert" });
      applyWidth(box, el.width ?? "stretch");
      box.append(el.icon ? iconNode(el.icon, ctx, "stc-alert-icon") : h("span", { class: "stc-alert-icon", "aria-hidden": "true", text: ALERT_ICONS[el.variant] }));
      const body = h("div", { class: "stc-alert-body stc-markdown", "data-testid": ALERT_TESTIDS[el.variant] });
      body.innerHTML = ctx.markdown.block(el.body);
      if (el.title) {
        const title = h("div", { class: "stc-alert-title" });
        title.innerHTML = ctx.markdown.inline(el.title);
        body.prepend(title);
      }
      box.append(body);
      return { dom: box };
    },
  },

  toast: {
    // The element itself takes no room. A new run shows the toast again;
    // .toast() in the same run (same `run`) updates the one on screen.
    /** @param {ToastElement} el */
    create(el, ctx) {
      const dom = h("div", { hidden: true });
      dom._stcToast = showToast(el, ctx);
      return { dom };
    },
    /** @param {ToastElement} el @param {ToastElement} prev */
    update(dom, el, prev, ctx) {
      const shown = dom._stcToast;
      if (el.run === prev.run && shown && shown.isConnected) fillToast(shown, el, ctx);
      else dom._stcToast = showToast(el, ctx);
    },
  },

  progress: {
    /** @param {ProgressElement} el */
    create(el, ctx) {
      const wrap = h("div", { class: "stc-progress", "data-testid": "stProgress" });
      const text = h("div", { class: "stc-progress-text" });
      const bar = h("div", { class: "stc-progress-bar", role: "progressbar", "aria-valuemin": 0, "aria-valuemax": 100 });
      bar.append(h("div", { class: "stc-progress-fill" }));
      wrap.append(text, bar);
      KINDS.progress.update(wrap, el, {}, ctx);
      return { dom: wrap };
    },
    // create() passes {} for `prev`: every field counts as changed.
    /** @param {ProgressElement} el @param {Partial<ProgressElement>} prev */
    update(dom, el, prev, ctx) {
      const text = dom.querySelector(".stc-progress-text");
      const bar = dom.querySelector("[role=progressbar]");
      if (el.text !== prev.text) {
        text.innerHTML = el.text ? ctx.markdown.inline(el.text) : "";
        text.hidden = !el.text;
        if (!text.id && el.text) text.id = `stc-progress-${Math.random().toString(36).slice(2)}`;
        if (el.text) bar.setAttribute("aria-labelledby", text.id);
        else bar.removeAttribute("aria-labelledby");
      }
      bar.setAttribute("aria-valuenow", String(el.value));
      bar.firstChild.style.width = `${el.value}%`;
    },
  },

  "block:status": {
    /** @param {StatusBlock} el */
    create(el, ctx) {
      const details = h("details", { class: "stc-expander stc-status-container", "data-testid": "stExpander", open: el.expanded });
      details.dataset.state = el.state;
      details.classList.add(`stc-status-type-${el.type || "default"}`);
      const summary = h("summary", { "data-testid": "stExpanderHeader" });
      statusSummary(summary, el, ctx);
      const slot = h("div", { class: "stc-block stc-vertical stc-expander-body", "data-testid": "stExpanderDetails" });
      details.append(summary, slot);
      return { dom: details, slot };
    },
    /** @param {StatusBlock} el @param {StatusBlock} prev */
    update(dom, el, prev, ctx) {
      dom.dataset.state = el.state;
      if (el.label !== prev.label || el.state !== prev.state) statusSummary(dom.querySelector("summary"), el, ctx);
      // Only .update(expanded=...) moves it; otherwise the visitor decides.
      if (el.expanded !== prev.expanded) dom.open = el.expanded;
    },
  },

  celebration: {
    /** @param {CelebrationElement} el */
    create(el) {
      celebrate(el.effect);
      return { dom: h("div", { hidden: true, "data-testid": "stCelebration" }) };
    },
    /** @param {CelebrationElement} el */
    update(dom, el) {
      celebrate(el.effect);
    },
  },

  metric: {
    /** @param {MetricElement} el */
    create(el) {
      const box = h("div", { "data-testid": "stMetric" });
      drawMetric(box, el);
      return { dom: box };
    },
    /** @param {MetricElement} el */
    update(dom, el) {
      drawMetric(dom, el);
    },
  },
};

// --- metric --------------------------------------------------------------------

const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/** A value or delta text in the metric's number format; text that is not a
 * number is shown as it is (as Streamlit does). */
function metricText(text, fmt) {
  return fmt && NUMERIC.test(text) ? formatNumberAs(Number(text), fmt) : text;
}

/** The sparkline of ``chart_data``: a line, a shaded area or bars, in the
 * delta's colour (currentColor), scaled to the values' range. */
function sparkline(values, type) {
  const NS = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", "0 0 100 32");
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("class", "stc-metric-chart");
  svg.setAttribute("aria-hidden", "true");
  svg.dataset.testid = "stMetricChart";
  const lo = Math.min(...values, type === "bar" ? 0 : Infinity);
  const hi = Math.max(...values);
  const y = (v) => 30 - (hi === lo ? 0.5 : (v - lo) / (hi - lo)) * 28;
  const add = (tag, attrs) => {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    svg.append(node);
  };
  if (type === "bar") {
    const w = 100 / values.length;
    values.forEach((v, i) => add("rect", { x: i * w + w * 0.1, width: w * 0.8, y: y(v), height: Math.max(0.5, 30 - y(v)), fill: "currentColor" }));
    return svg;
  }
  const x = (i) => (values.length === 1 ? 50 : (i / (values.length - 1)) * 100);
  const points = values.map((v, i) => `${x(i).toFixed(2)},${y(v).toFixed(2)}`);
  if (type === "area") add("path", { d: `M0,32 L${points.join(" L")} L100,32 Z`, fill: "currentColor", "fill-opacity": 0.2, stroke: "none" });
  add("polyline", { points: points.join(" "), fill: "none", stroke: "currentColor", "stroke-width": 1.5, "vector-effect": "non-scaling-stroke" });
  return svg;
}

/** @param {HTMLElement} box @param {MetricElement} el */
function drawMetric(box, el) {
  box.className = `stc-metric${el.border ? " stc-border" : ""}`;
  applyWidth(box, el.width);
  applyHeight(box, el.height);
  const label = h("div", { class: "stc-metric-label", "data-testid": "stMetricLabel", text: el.label });
  if (el.label_visibility !== "visible") label.classList.add(el.label_visibility === "hidden" ? "stc-label-hidden" : "stc-label-collapsed");
  const help = helpIcon(el.help);
  if (help) label.append(" ", help);
  const value = h("div", { class: "stc-metric-value", "data-testid": "stMetricValue" });
  value.append(...[iconGlyph(el.icon), metricText(el.value, el.format)].filter(Boolean));
  const parts = [label, value];
  if (el.delta) {
    const arrow = el.direction === "up" ? "↑" : el.direction === "down" ? "↓" : "";
    const delta = h("div", { class: `stc-metric-delta stc-delta-${el.color}`, "data-testid": "stMetricDelta" });
    delta.append(h("span", { "aria-hidden": "true", text: arrow ? `${arrow} ` : "" }), metricText(el.delta, el.format));
    const row = h("div", { class: "stc-metric-delta-row" }, delta);
    if (el.delta_description) row.append(h("span", { class: "stc-metric-delta-description", "data-testid": "stMetricDeltaDescription", text: el.delta_description }));
    parts.push(row);
  }
  if (el.chart_data && el.chart_data.length) {
    const chart = h("div", { class: `stc-metric-chart-wrap stc-delta-${el.color}` });
    chart.append(sparkline(el.chart_data, el.chart_type));
    parts.push(chart);
  }
  box.replaceChildren(...parts);
}
