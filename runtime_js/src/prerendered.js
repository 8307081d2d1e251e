// @ts-check
// The build's prerendered first run (compiler/stc/prerender.py), adopted by
// the page: the page's first run as the default session sees it, drawn with
// the same renderer before Python has started. Its nodes carry run id -1, so
// the live first run keeps what it writes again unchanged (same kind and
// widget id: same node, no flicker) and its sweep removes everything else.
// Until the worker is ready, controls say they are loading; what the visitor
// does meanwhile is queued by the session and applied, in order, after the
// first run.

/** @typedef {import("./protocol.js").Delta} Delta */
/** @typedef {import("./protocol.js").Navigation} Navigation */

const PRERENDER_RUN = -1;
const CONTROLS = "button, input, select, textarea, [role=slider], [role=checkbox], [role=switch], [role=combobox], [role=radio], [role=tab]";
/** @type {HTMLElement[]} controls marked as loading, until endPrerender() */
const inert = [];

/**
 * Draw the prerendered run kept in the page (a no-op when it has none).
 * @param {HTMLElement} app
 * @param {{navigation: (msg: Navigation) => void, delta: (msg: Delta) => void, drawn: () => void}} draw
 * where each kind of message goes, and what follows a run
 */
export function showPrerender(app, draw) {
  const script = document.getElementById("stc-prerender");
  if (!script) return;
  let data;
  try {
    data = JSON.parse(script.textContent);
  } catch {
    return;
  }
  for (const msg of data.messages ?? []) {
    if (msg.type === "navigation") draw.navigation(msg);
    if (msg.type !== "delta") continue;
    // Binary attachments are kept in the page as base64 (JSON has no bytes);
    // from here on the delta is one as the worker sends it.
    const buffers = msg.buffers_b64?.map((/** @type {string} */ b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)).buffer);
    draw.delta({ type: "delta", path: msg.path, element: msg.element, run_id: PRERENDER_RUN, buffers });
  }
  draw.drawn();
  app.classList.add("stc-prerendered");
  for (const el of /** @type {NodeListOf<HTMLElement>} */ (app.querySelectorAll(CONTROLS))) {
    if (el.hasAttribute("aria-disabled")) continue;
    el.setAttribute("aria-disabled", "true");
    el.dataset.stcInert = el.getAttribute("title") ?? "";
    el.title = "Loading…";
    inert.push(el);
  }
}

/** The worker is ready: controls work again. @param {HTMLElement} app */
export function endPrerender(app) {
  app.classList.remove("stc-prerendered");
  for (const el of inert.splice(0)) {
    el.removeAttribute("aria-disabled");
    if (el.dataset.stcInert) el.title = el.dataset.stcInert;
    else el.removeAttribute("title");
    delete el.dataset.stcInert;
  }
}
