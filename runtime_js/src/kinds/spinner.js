// @ts-check
// st.spinner, and the spinner a cached function shows while it computes.
// The element stays at its place when the block ends, marked `done`, and is
// then hidden. It appears only after half a second (CSS: .stc-spinner), as
// Streamlit does, so quick blocks and cache hits never flash it.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
import { h } from "../dom.js";
import { applyWidth } from "./_shared.js";

/** @typedef {import("../protocol.js").SpinnerElement} SpinnerElement */

function elapsed(ms) {
  const s = ms / 1000;
  return s < 60 ? `(${s.toFixed(1)} seconds)` : `(${Math.floor(s / 60)} min ${Math.round(s % 60)} s)`;
}

/** @param {SpinnerElement} el */
function render(dom, el, ctx) {
  dom.hidden = el.done;
  const text = dom.querySelector(".stc-spinner-text");
  text.innerHTML = ctx.markdown.inline(el.text);
  clearInterval(dom._stcTimer);
  const time = dom.querySelector(".stc-spinner-time");
  time.textContent = "";
  if (el.done) return;
  // Restart the appearance delay: a spinner kept from the previous run
  // (same place, now running again) must not show at once either.
  dom.classList.remove("stc-spinner");
  void dom.offsetWidth;
  dom.classList.add("stc-spinner");
  if (el.show_time) {
    const started = performance.now();
    const tick = () => (time.textContent = elapsed(performance.now() - started));
    tick();
    dom._stcTimer = setInterval(() => (dom.isConnected ? tick() : clearInterval(dom._stcTimer)), 100);
  }
}

export const KINDS = {
  spinner: {
    /** @param {SpinnerElement} el */
    create(el, ctx) {
      const dom = h(
        "div",
        { class: "stc-spinner", role: "status", "data-testid": "stSpinner" },
        h("span", { class: "stc-spinner-icon", "aria-hidden": "true" }),
        h("span", { class: "stc-spinner-text" }),
        h("span", { class: "stc-spinner-time", "data-testid": "stSpinnerTimer" }),
      );
      applyWidth(dom, el.width);
      render(dom, el, ctx);
      return { dom };
    },
    /** @param {SpinnerElement} el @param {SpinnerElement} prev */
    update(dom, el, prev, ctx) {
      applyWidth(dom, el.width);
      render(dom, el, ctx);
    },
  },
};
