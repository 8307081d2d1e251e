// The page: renders what the worker sends and sends back what the visitor
// does. The worker itself is started by a tiny inline script in index.html
// (so Pyodide starts loading before this bundle has downloaded).
import { PROTOCOL_VERSION } from "./protocol.js";
import { Renderer } from "./render.js";
import { markdown } from "./markdown.js";
import { afterRun as layoutAfterRun } from "./kinds/layout.js";
import { currentPageIcon, currentPageTitle, initialPage, initRouter, onNavigation, pageFromHistory, sidebarHasMenu } from "./router.js";


const app = document.getElementById("stc-app");
const status = document.getElementById("stc-status");
const defaultTitle = document.title;

function showStatus(text, { error = false, reload = false } = {}) {
  status.hidden = false;
  status.className = error ? "stc-status stc-status-error" : "stc-status";
  status.setAttribute("role", error ? "alert" : "status");
  status.replaceChildren(document.createTextNode(text));
  if (reload) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Reload";
    button.className = "stc-button stc-button-primary";
    button.addEventListener("click", () => location.reload());
    status.append(" ", button);
  }
}

function hideStatus() {
  status.hidden = true;
  status.replaceChildren();
}

const running = document.getElementById("stc-running");
let worker;
let ready = false;
const pending = []; // widget changes made before the worker was ready

function post(msg, transfer = []) {
  if (ready) worker.postMessage(msg, transfer);
  else pending.push(msg);
}

// Forms (seed, "Using forms"): a change of a widget inside an st.form does
// not rerun the app; it waits here until the form is submitted, then goes
// with the submit click in one Rerun. Widget payloads name their form.
const widgetForms = new Map(); // widget id -> form id (from the deltas)
const formChanges = new Map(); // form id -> Map(widget id -> {value, transfer})

function noteWidgetForm(element) {
  if (element.id === undefined || element.id === null) return;
  if (element.form_id) widgetForms.set(element.id, element.form_id);
  else widgetForms.delete(element.id);
}

// A widget drawn again while the visitor has an unsent change in its form
// keeps showing that change (the change is in the payload's wire form).
function withFormChange(delta) {
  const change = formChanges.get(delta.element.form_id)?.get(delta.element.id);
  return change ? { ...delta, element: { ...delta.element, value: change.value } } : delta;
}

// `transfer`: ArrayBuffers inside `value` to hand over rather than copy
// (uploaded files); before the worker is ready they are copied later.
function send(id, value, transfer = []) {
  const formId = widgetForms.get(id);
  if (formId) {
    if (!formChanges.has(formId)) formChanges.set(formId, new Map());
    formChanges.get(formId).set(id, { value, transfer });
    return;
  }
  post({ type: "rerun", changes: [{ id, value }] }, transfer);
}

/** Send the form's held-back changes and the click of its submit button. */
function submitForm(formId, buttonId) {
  const held = [...(formChanges.get(formId) ?? new Map())];
  formChanges.delete(formId);
  const changes = held.map(([id, { value }]) => ({ id, value }));
  changes.push({ id: buttonId, value: true });
  post({ type: "rerun", changes }, held.flatMap(([, { transfer }]) => transfer));
}

// An open st.dialog lives in a root of its own, out of the page's flow.
const dialogRoot = document.getElementById("stc-dialogs") ?? document.body.appendChild(Object.assign(document.createElement("div"), { id: "stc-dialogs" }));

// The tab's title and favicon: st.set_page_config's, else the current
// page's (multipage apps, router.js), else the build's.
let pageCfg = null;
function applyTitle() {
  document.title = pageCfg?.title || currentPageTitle() || defaultTitle;
  const icon = pageCfg?.icon || currentPageIcon();
  const link = document.querySelector("link[rel=icon]");
  if (link && icon && !icon.startsWith(":material/")) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${icon.replace(/[<&>]/g, "")}</text></svg>`;
    link.href = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  }
}
initRouter({ post, titleChanged: applyTitle });

const renderer = new Renderer(
  { 0: document.getElementById("stc-main"), 1: document.getElementById("stc-sidebar-content"), 2: document.getElementById("stc-meta"), 3: dialogRoot },
  {
    send,
    submitForm,
    markdown,
    pageConfig(cfg) {
      pageCfg = cfg;
      applyTitle();
      app.classList.toggle("stc-wide", cfg?.layout === "wide");
    },
  },
);

// st.query_params lives in the URL. The worker got the boot-time query in
// Boot; it says when the app changes it (the URL is rewritten in place, no
// reload); back/forward changes it behind the app's back, so tell the app.
let queryString = location.search.slice(1);
window.addEventListener("popstate", () => {
  const page = pageFromHistory(); // multipage apps: null if the page is the same
  const qs = location.search.slice(1);
  if (page === null && qs === queryString) return; // only the hash changed
  queryString = qs;
  const msg = { type: "rerun", changes: [], query_string: qs, ...(page === null ? {} : { page }) };
  if (ready) worker.postMessage(msg);
  else pending.push(msg);
});

// App menu (seed, "App menu"): "Clear cache" empties st.cache_data and
// st.cache_resource (memory and this browser's store) and reruns the app; so
// does the C key when focus is not in an input.
const menuButton = document.getElementById("stc-menu-button");
const menu = document.getElementById("stc-menu");

function clearCaches() {
  post({ type: "clear_caches" });
}

function setMenu(open) {
  menu.hidden = !open;
  menuButton.setAttribute("aria-expanded", String(open));
  if (open) menu.querySelector("[role=menuitem]").focus();
}

const typingIn = (el) => el instanceof Element && el.closest("input, textarea, select, [contenteditable]:not([contenteditable=false])") !== null;

if (menu) {
  menuButton.addEventListener("click", () => setMenu(menu.hidden));
  document.getElementById("stc-menu-clear-cache").addEventListener("click", () => {
    setMenu(false);
    menuButton.focus();
    clearCaches();
  });
  document.addEventListener("click", (e) => {
    if (!menu.hidden && !(e.target instanceof Element && e.target.closest("#stc-toolbar"))) setMenu(false);
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !menu.hidden) {
      setMenu(false);
      menuButton.focus();
    } else if ((e.key === "c" || e.key === "C") && !e.ctrlKey && !e.metaKey && !e.altKey && !e.repeat && !typingIn(e.target)) {
      clearCaches();
    }
  });
}

// Notices (protocol Notice): something degraded and the app goes on, e.g.
// its cache fell back to memory. Each message is shown once.
const noticesShown = new Set();

function showNotice(message) {
  if (noticesShown.has(message)) return;
  noticesShown.add(message);
  let host = document.getElementById("stc-notices");
  if (!host) {
    host = Object.assign(document.createElement("div"), { id: "stc-notices" });
    document.body.append(host);
  }
  const box = Object.assign(document.createElement("div"), { className: "stc-notice" });
  box.setAttribute("role", "status");
  box.dataset.testid = "stNotice";
  const close = Object.assign(document.createElement("button"), { type: "button", className: "stc-notice-close", textContent: "×" });
  close.setAttribute("aria-label", "Dismiss");
  close.addEventListener("click", () => box.remove());
  box.append(Object.assign(document.createElement("span"), { textContent: message }), close);
  host.append(box);
}

function updateSidebarVisibility() {
  const sidebar = document.getElementById("stc-sidebar");
  sidebar.hidden = renderer.roots.get(1).children.length === 0 && !sidebarHasMenu();
}

/** @param {import("./protocol.js").ToMain} msg */
function onMessage(msg) {
  switch (msg.type) {
    case "boot_progress":
      showStatus(`${msg.stage}…`);
      break;
    case "boot_failed":
      showStatus(`The app could not start: ${msg.message}`, { error: true, reload: true });
      break;
    case "ready":
      if (msg.protocol_version !== PROTOCOL_VERSION) {
        // A cached page talking to a newer worker (or the reverse): start
        // over once; if that does not help, say so instead of looping.
        if (!sessionStorage.getItem("stc-reloaded")) {
          sessionStorage.setItem("stc-reloaded", "1");
          location.reload();
        } else showStatus("This page and its app are from different versions of the site.", { error: true, reload: true });
        return;
      }
      sessionStorage.removeItem("stc-reloaded");
      // Diagnostics (bench/boot.py reads them): how Python started and when
      // each boot step ended.
      window.__stcBootInfo = { snapshot: msg.snapshot, phases: msg.boot_phases };
      ready = true;
      endPrerender();
      worker.postMessage({ type: "rerun", changes: [], page: initialPage() });
      for (const m of pending.splice(0)) worker.postMessage(m);
      break;
    case "navigation":
      onNavigation(msg);
      updateSidebarVisibility();
      break;
    case "notice":
      showNotice(msg.message);
      break;
    case "query_params_changed":
      queryString = msg.query_string;
      history.replaceState(history.state, "", location.pathname + (queryString ? `?${queryString}` : "") + location.hash);
      break;
    case "run_started":
      running.hidden = false;
      renderer.markStale();
      break;
    case "delta":
      // Binary attachments (Delta.buffers) go with the element to its
      // renderer; as ArrayBuffers they add only "{}" to its JSON signature.
      if (msg.buffers) msg.element.buffers = msg.buffers;
      noteWidgetForm(msg.element);
      renderer.applyDelta(msg.element.form_id ? withFormChange(msg) : msg);
      break;
    case "run_finished":
      if (msg.status !== "rerun") renderer.sweep(msg.run_id);
      running.hidden = true;
      updateSidebarVisibility();
      layoutAfterRun();
      if (status.getAttribute("role") === "status") hideStatus();
      if (!app.dataset.runs) dispatchEvent(new Event("stc:first-run")); // the template registers the service worker
      app.dataset.runs = String(msg.run_id);
      break;
  }
}

function workerDied(message) {
  showStatus(`The app's Python worker stopped: ${message || "it could not be loaded"}.`, { error: true, reload: true });
}

// Build-time prerender (compiler/stc/prerender.py): the page's first run as
// the default session sees it, drawn with the same renderer before Python
// has started. Its nodes carry run id -1, so the live first run keeps what
// it writes again unchanged (same kind and widget id: same node, no
// flicker) and its sweep removes everything else. Until the worker is
// ready, controls say they are loading; what the visitor does meanwhile
// goes through `send`/`post` into `pending` and is applied, in order,
// after the first run (widget ids are the live ones).
const PRERENDER_RUN = -1;
const inert = [];

function showPrerender() {
  const script = document.getElementById("stc-prerender");
  if (!script) return;
  let data;
  try {
    data = JSON.parse(script.textContent);
  } catch {
    return;
  }
  for (const msg of data.messages ?? []) {
    if (msg.type === "navigation") onNavigation(msg);
    if (msg.type !== "delta") continue;
    if (msg.buffers_b64) msg.element.buffers = msg.buffers_b64.map((b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)).buffer);
    noteWidgetForm(msg.element);
    renderer.applyDelta({ type: "delta", path: msg.path, element: msg.element, run_id: PRERENDER_RUN });
  }
  updateSidebarVisibility();
  layoutAfterRun();
  app.classList.add("stc-prerendered");
  for (const el of app.querySelectorAll("button, input, select, textarea, [role=slider], [role=checkbox], [role=switch], [role=combobox], [role=radio], [role=tab]")) {
    if (el.hasAttribute("aria-disabled")) continue;
    el.setAttribute("aria-disabled", "true");
    el.dataset.stcInert = el.getAttribute("title") ?? "";
    el.title = "Loading…";
    inert.push(el);
  }
}

function endPrerender() {
  app.classList.remove("stc-prerendered");
  for (const el of inert.splice(0)) {
    el.removeAttribute("aria-disabled");
    if (el.dataset.stcInert) el.title = el.dataset.stcInert;
    else el.removeAttribute("title");
    delete el.dataset.stcInert;
  }
}

// A new deployment (runtime_js/src/sw.js): its service worker has
// downloaded the whole new version and waits; this page keeps running the
// old one until the visitor reloads.
function watchForNewVersion(registration) {
  const sw = navigator.serviceWorker;
  if (!registration || !sw.controller) return; // a first visit has nothing older
  const offer = (waiting) => {
    if (document.getElementById("stc-update")) return;
    const box = Object.assign(document.createElement("div"), { id: "stc-update" });
    box.setAttribute("role", "status");
    box.dataset.testid = "stUpdateNotice";
    const button = Object.assign(document.createElement("button"), { type: "button", className: "stc-button", textContent: "Reload" });
    button.addEventListener("click", () => {
      sw.addEventListener("controllerchange", () => location.reload(), { once: true });
      waiting.postMessage({ type: "skip_waiting" });
    });
    box.append(Object.assign(document.createElement("span"), { textContent: "New version available" }), button);
    document.body.append(box);
  };
  const track = (w) => {
    if (!w) return;
    if (w.state === "installed") offer(w);
    else w.addEventListener("statechange", () => w.state === "installed" && offer(w));
  };
  track(registration.waiting);
  track(registration.installing);
  registration.addEventListener("updatefound", () => track(registration.installing));
}

// index.html started the worker (see the template) and kept what it said.
function start() {
  const early = window.__stcEarly;
  worker = early.worker;
  if (!ready) showStatus("Loading the app…");
  worker.onmessage = (e) => onMessage(e.data);
  worker.onerror = (e) => {
    e.preventDefault();
    workerDied(e.message);
  };
  for (const msg of early.messages.splice(0)) onMessage(msg);
  if (early.errors.length) workerDied(early.errors[0]);
  early.sw?.then(watchForNewVersion);
}

if (!window.__stcEarly?.messages.some((m) => m.type === "ready")) showPrerender();
start();
