// @ts-check
// The page: renders what the worker sends and sends back what the visitor
// does. This module only connects the parts:
//
//   session.js         the worker (started by index.html), boot handshake, queue
//   widget_changes.js  widget values and forms -> Rerun
//   render.js          deltas -> DOM
//   prerendered.js     the build's first run, shown until the worker is ready
//   router.js          pages and query string <-> URL and history
//   chrome.js          status line, title, sidebar, menu, notices, new version
import { Renderer } from "./render.js";
import { markdown } from "./markdown.js";
import { afterRun as formsAfterRun } from "./kinds/forms.js";
import { historyStep, initRouter, onNavigation, onQueryParamsChanged } from "./router.js";
import { Chrome } from "./chrome.js";
import { endPrerender, showPrerender } from "./prerendered.js";
import { rerunMessage } from "./rerun.js";
import { Session } from "./session.js";
import { WidgetChanges } from "./widget_changes.js";

/** @typedef {import("./protocol.js").ToMain} ToMain */
/** @typedef {import("./protocol.js").Delta} Delta */

const app = document.getElementById("stc-app");

const session = new Session({
  message: onMessage,
  ready: () => endPrerender(app),
  stopped: (reason) => chrome.workerStopped(reason),
  versionMismatch: () => chrome.versionMismatch(),
});
const changes = new WidgetChanges((msg, transfer) => session.post(msg, transfer));

// An open st.dialog lives in a root of its own, out of the page's flow.
const dialogRoot = document.getElementById("stc-dialogs") ?? document.body.appendChild(Object.assign(document.createElement("div"), { id: "stc-dialogs" }));

const chrome = new Chrome({
  sidebarEmpty: () => renderer.roots.get(1).children.length === 0,
  clearCaches: () => session.post({ type: "clear_caches" }),
});
initRouter({ post: (msg) => session.post(msg), titleChanged: chrome.applyTitle });

const renderer = new Renderer(
  { 0: document.getElementById("stc-main"), 1: document.getElementById("stc-sidebar-content"), 2: document.getElementById("stc-meta"), 3: dialogRoot },
  { send: changes.send, submitForm: changes.submitForm, markdown, pageConfig: chrome.pageConfig },
);

addEventListener("popstate", () => {
  const step = historyStep();
  if (step) session.post(rerunMessage(step));
});

/** @param {Delta} msg */
function drawDelta(msg) {
  // Binary attachments (Delta.buffers) go with the element to its
  // renderer; as ArrayBuffers they add only "{}" to its JSON signature.
  if (msg.buffers) msg.element.buffers = msg.buffers;
  renderer.applyDelta(changes.shown(msg));
}

/** @param {ToMain} msg */
function onMessage(msg) {
  switch (msg.type) {
    case "boot_progress":
      chrome.bootProgress(msg.stage);
      break;
    case "boot_failed":
      chrome.bootFailed(msg.message);
      break;
    case "navigation":
      onNavigation(msg);
      chrome.updateSidebarVisibility();
      break;
    case "notice":
      chrome.showNotice(msg.message);
      break;
    case "query_params_changed":
      onQueryParamsChanged(msg);
      break;
    case "run_started":
      chrome.runStarted();
      renderer.markStale();
      break;
    case "delta":
      drawDelta(msg);
      break;
    case "run_finished":
      if (msg.status !== "rerun") renderer.sweep(msg.run_id);
      chrome.runFinished(msg);
      formsAfterRun();
      break;
  }
}

const early = window.__stcEarly;
if (!early?.messages.some((m) => m.type === "ready")) {
  showPrerender(app, {
    navigation: onNavigation,
    delta: drawDelta,
    drawn: () => {
      chrome.updateSidebarVisibility();
      formsAfterRun();
    },
  });
}
/**
 * What st.context reports about this browser (protocol.ClientContext).
 * @returns {import("./protocol.js").ClientContext}
 */
function clientContext() {
  /** @type {Record<string, string>} */
  const cookies = {};
  for (const part of document.cookie ? document.cookie.split(";") : []) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    const decode = (/** @type {string} */ text) => { try { return decodeURIComponent(text); } catch { return text; } };
    cookies[decode(part.slice(0, at).trim())] = decode(part.slice(at + 1).trim());
  }
  let framed = false;
  try { framed = window.self !== window.top; } catch { framed = true; } // a cross-origin parent
  // The site's root, as the router resolves pages against it.
  const root = new URL(document.baseURI);
  return {
    type: "client_context",
    url: root.origin + root.pathname.replace(/[^/]*$/, ""),
    locale: navigator.language || "",
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || "",
    timezone_offset: new Date().getTimezoneOffset(),
    theme: getComputedStyle(document.documentElement).colorScheme.includes("dark") ? "dark" : "light",
    cookies,
    is_embedded: framed || new URLSearchParams(location.search).get("embed") === "true",
  };
}

chrome.loading();
// Straight to the worker (which keeps it for its first run), not through the
// session's queue: the queue is sent only after the first run has started.
early?.worker?.postMessage(clientContext());
matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => session.post(clientContext()));
session.attach(early);
early.sw?.then((registration) => chrome.offerNewVersion(registration));
