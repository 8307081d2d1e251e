// The page: renders what the worker sends and sends back what the visitor
// does. The worker itself is started by a tiny inline script in index.html
// (so Pyodide starts loading before this bundle has downloaded).
import { PROTOCOL_VERSION } from "./protocol.js";
import { Renderer } from "./render.js";
import { markdown } from "./markdown.js";


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

function send(id, value) {
  const msg = { type: "rerun", changes: [{ id, value }] };
  if (ready) worker.postMessage(msg);
  else pending.push(msg);
}

const renderer = new Renderer(
  { 0: document.getElementById("stc-main"), 1: document.getElementById("stc-sidebar-content"), 2: document.getElementById("stc-meta") },
  {
    send,
    markdown,
    pageConfig(cfg) {
      document.title = cfg?.title || defaultTitle;
      app.classList.toggle("stc-wide", cfg?.layout === "wide");
    },
  },
);

function updateSidebarVisibility() {
  const sidebar = document.getElementById("stc-sidebar");
  sidebar.hidden = renderer.roots.get(1).children.length === 0;
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
      ready = true;
      worker.postMessage({ type: "rerun", changes: [] });
      for (const m of pending.splice(0)) worker.postMessage(m);
      break;
    case "run_started":
      running.hidden = false;
      renderer.markStale();
      break;
    case "delta":
      renderer.applyDelta(msg);
      break;
    case "run_finished":
      if (msg.status !== "rerun") renderer.sweep(msg.run_id);
      running.hidden = true;
      updateSidebarVisibility();
      if (status.getAttribute("role") === "status") hideStatus();
      app.dataset.runs = String(msg.run_id);
      break;
  }
}

function workerDied(message) {
  showStatus(`The app's Python worker stopped: ${message || "it could not be loaded"}.`, { error: true, reload: true });
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
}

start();
