// Status elements: success, info, warning, error, toast, metric.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
import { h, helpIcon } from "../dom.js";

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

function showToast(el, ctx) {
  const toast = h("div", { class: "stc-toast", role: "status", "data-testid": "stToast" });
  if (el.icon) toast.append(h("span", { class: "stc-toast-icon", "aria-hidden": "true", text: el.icon }));
  const body = h("div", { class: "stc-toast-body" });
  body.innerHTML = ctx.markdown.inline(el.body);
  const close = h("button", { type: "button", class: "stc-toast-close", "aria-label": "Close", text: "×" });
  close.addEventListener("click", () => toast.remove());
  toast.append(body, close);
  toastHost().append(toast);
  if (el.seconds) setTimeout(() => toast.remove(), el.seconds * 1000);
}

export const KINDS = {
  alert: {
    create(el, ctx) {
      // Errors interrupt; the others are announced politely.
      const box = h("div", { class: `stc-alert stc-alert-${el.variant}`, role: el.variant === "error" ? "alert" : "status", "data-testid": "stAlert" });
      const icon = el.icon || ALERT_ICONS[el.variant];
      box.append(h("span", { class: "stc-alert-icon", "aria-hidden": "true", text: icon }));
      const body = h("div", { class: "stc-alert-body stc-markdown", "data-testid": ALERT_TESTIDS[el.variant] });
      body.innerHTML = ctx.markdown.block(el.body);
      box.append(body);
      return { dom: box };
    },
  },

  toast: {
    // The element itself takes no room; each new element shows a toast.
    create(el, ctx) {
      showToast(el, ctx);
      return { dom: h("div", { hidden: true }) };
    },
    update(dom, el, prev, ctx) {
      showToast(el, ctx);
    },
  },

  metric: {
    create(el) {
      const box = h("div", { class: `stc-metric${el.border ? " stc-border" : ""}`, "data-testid": "stMetric" });
      const label = h("div", { class: "stc-metric-label", "data-testid": "stMetricLabel", text: el.label });
      if (el.label_visibility !== "visible") label.classList.add(el.label_visibility === "hidden" ? "stc-label-hidden" : "stc-label-collapsed");
      const help = helpIcon(el.help);
      if (help) label.append(" ", help);
      box.append(label, h("div", { class: "stc-metric-value", "data-testid": "stMetricValue", text: el.value }));
      if (el.delta) {
        const arrow = el.direction === "up" ? "↑" : el.direction === "down" ? "↓" : "";
        const delta = h("div", { class: `stc-metric-delta stc-delta-${el.color}`, "data-testid": "stMetricDelta" });
        delta.append(h("span", { "aria-hidden": "true", text: arrow ? `${arrow} ` : "" }), el.delta);
        box.append(delta);
      }
      return { dom: box };
    },
  },
};
