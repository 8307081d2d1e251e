// @ts-check
// The app's chrome around what the script draws: the status line (boot
// progress, failures), the "running" indicator, the tab's title and
// favicon, the sidebar's visibility, the app menu ("Clear cache"),
// notices, and the offer to reload into a new deployment.
import { currentPageIcon, currentPageTitle, sidebarHasMenu } from "./router.js";
import { markdown } from "./markdown.js";
import { safeUrl } from "./url_policy.js";
import { materialName } from "./kinds/_shared.js";

const typingIn = (/** @type {EventTarget} */ el) => el instanceof Element && el.closest("input, textarea, select, [contenteditable]:not([contenteditable=false])") !== null;

export class Chrome {
  /**
   * @param {{sidebarEmpty: () => boolean, clearCaches: () => void}} env
   * `sidebarEmpty`: whether the app wrote nothing in the sidebar;
   * `clearCaches`: what the menu's "Clear cache" (and the C key) does.
   */
  constructor({ sidebarEmpty, clearCaches }) {
    this.app = document.getElementById("stc-app");
    this.status = document.getElementById("stc-status");
    this.running = document.getElementById("stc-running");
    this.defaultTitle = document.title;
    this.sidebarEmpty = sidebarEmpty;
    /** st.set_page_config's settings, if the app made any. @type {{title?: string, icon?: string | null, icon_url?: string | null, layout?: string, menu_items?: Record<string, string | null> | null} | null} */
    this.pageCfg = null;
    /** @type {Set<string>} notices shown (each once) */
    this.noticesShown = new Set();
    this.applyTitle = this.applyTitle.bind(this);
    this.pageConfig = this.pageConfig.bind(this);
    this._initMenu(clearCaches);
  }

  /**
   * @param {string} text
   * @param {{error?: boolean, reload?: boolean}} [options]
   */
  showStatus(text, { error = false, reload = false } = {}) {
    const status = this.status;
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

  hideStatus() {
    this.status.hidden = true;
    this.status.replaceChildren();
  }

  loading() {
    this.showStatus("Loading the app…");
  }

  /** @param {string} stage */
  bootProgress(stage) {
    this.showStatus(`${stage}…`);
  }

  /** @param {string} message */
  bootFailed(message) {
    this.showStatus(`The app could not start: ${message}`, { error: true, reload: true });
  }

  /** @param {string} [message] */
  workerStopped(message) {
    this.showStatus(`The app's Python worker stopped: ${message || "it could not be loaded"}.`, { error: true, reload: true });
  }

  versionMismatch() {
    this.showStatus("This page and its app are from different versions of the site.", { error: true, reload: true });
  }

  // The tab's title and favicon: st.set_page_config's, else the current
  // page's (multipage apps, router.js), else the build's.
  applyTitle() {
    document.title = this.pageCfg?.title || currentPageTitle() || this.defaultTitle;
    const link = /** @type {HTMLLinkElement | null} */ (document.querySelector("link[rel=icon]"));
    if (!link) return;
    const iconUrl = this.pageCfg?.icon_url ? safeUrl(this.pageCfg.icon_url, "image") : null;
    if (iconUrl) {
      link.href = iconUrl;
      return;
    }
    const icon = this.pageCfg?.icon || currentPageIcon();
    if (!icon) return;
    const name = materialName(icon);
    if (name) {
      faviconFromSymbol(name).then((href) => { if (href && (this.pageCfg?.icon || currentPageIcon()) === icon) link.href = href; });
      return;
    }
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${icon.replace(/[<&>]/g, "")}</text></svg>`;
    link.href = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  }

  /** st.set_page_config's element (null when the app stopped setting it). @param {any} cfg */
  pageConfig(cfg) {
    this.pageCfg = cfg;
    this.applyTitle();
    this.app.classList.toggle("stc-wide", cfg?.layout === "wide");
    this._menuItems(cfg?.menu_items ?? null);
  }

  // st.set_page_config(menu_items=...): "Get help" and "Report a bug" open
  // the app's URL in a new tab; "About" opens a dialog with its Markdown.
  /** @param {Record<string, string | null> | null} items */
  _menuItems(items) {
    const menu = document.getElementById("stc-menu");
    if (!menu) return;
    for (const old of menu.querySelectorAll(".stc-menu-app-item")) old.remove();
    const entries = [["get_help", "Get help"], ["report_a_bug", "Report a bug"], ["about", "About"]];
    for (const [field, label] of entries) {
      const value = items?.[field];
      if (!value) continue;
      let item;
      if (field === "about") {
        item = Object.assign(document.createElement("button"), { type: "button", textContent: label });
        item.addEventListener("click", () => showAbout(value));
      } else {
        item = Object.assign(document.createElement("a"), { href: value, target: "_blank", rel: "noopener noreferrer", textContent: label });
      }
      item.setAttribute("role", "menuitem");
      item.className = "stc-menu-app-item";
      item.addEventListener("click", () => {
        menu.hidden = true;
        document.getElementById("stc-menu-button")?.setAttribute("aria-expanded", "false");
      });
      menu.append(item);
    }
  }

  /** The sidebar shows when the app wrote in it or it holds the page menu. */
  updateSidebarVisibility() {
    const sidebar = document.getElementById("stc-sidebar");
    const empty = this.sidebarEmpty();
    sidebar.hidden = empty && !sidebarHasMenu();
    // A sidebar holding only the page menu lists every page (router.js).
    sidebar.classList.toggle("stc-sidebar-only-nav", empty);
  }

  runStarted() {
    this.running.hidden = false;
  }

  /** @param {import("./protocol.js").RunFinished} msg */
  runFinished(msg) {
    this.running.hidden = true;
    this.updateSidebarVisibility();
    if (this.status.getAttribute("role") === "status") this.hideStatus();
    if (!this.app.dataset.runs) dispatchEvent(new Event("stc:first-run")); // the template registers the service worker
    this.app.dataset.runs = String(msg.run_id);
  }

  // App menu: "Clear cache" empties st.cache_data and st.cache_resource
  // (memory and this browser's store) and reruns the app; so does the C key
  // when focus is not in an input.
  /** @param {() => void} clearCaches */
  _initMenu(clearCaches) {
    const menuButton = document.getElementById("stc-menu-button");
    const menu = document.getElementById("stc-menu");
    if (!menu) return;
    const setMenu = (/** @type {boolean} */ open) => {
      menu.hidden = !open;
      menuButton.setAttribute("aria-expanded", String(open));
      if (open) /** @type {HTMLElement} */ (menu.querySelector("[role=menuitem]")).focus();
    };
    menuButton.addEventListener("click", () => setMenu(!!menu.hidden));
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

  /**
   * A notice (protocol Notice): something degraded and the app goes on,
   * e.g. its cache fell back to memory. Each message is shown once.
   * @param {string} message
   */
  showNotice(message) {
    if (this.noticesShown.has(message)) return;
    this.noticesShown.add(message);
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

  /**
   * A new deployment (sw.js): its service worker has downloaded the whole
   * new version and waits; this page keeps running the old one until the
   * visitor reloads.
   * @param {ServiceWorkerRegistration | null} registration
   */
  offerNewVersion(registration) {
    const sw = navigator.serviceWorker;
    if (!registration || !sw.controller) return; // a first visit has nothing older
    const offer = (/** @type {ServiceWorker} */ waiting) => {
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
    const track = (/** @type {ServiceWorker | null} */ w) => {
      if (!w) return;
      if (w.state === "installed") offer(w);
      else w.addEventListener("statechange", () => w.state === "installed" && offer(w));
    };
    track(registration.waiting);
    track(registration.installing);
    registration.addEventListener("updatefound", () => track(registration.installing));
  }
}

/**
 * A Material Symbol drawn as a favicon: the bundled font on a canvas (a
 * favicon cannot use the page's fonts). Null when the font is unavailable.
 * @param {string} name
 * @returns {Promise<string | null>}
 */
async function faviconFromSymbol(name) {
  try {
    await document.fonts.load('64px "Material Symbols Rounded"', name);
    const canvas = Object.assign(document.createElement("canvas"), { width: 64, height: 64 });
    const g = canvas.getContext("2d");
    if (!g) return null;
    g.font = '64px "Material Symbols Rounded"';
    g.textAlign = "center";
    g.textBaseline = "middle";
    g.fillStyle = getComputedStyle(document.body).color || "#31333f";
    g.fillText(name, 32, 32);
    return canvas.toDataURL("image/png");
  } catch {
    return null;
  }
}

/** The About dialog of the app menu: the app's Markdown (escaped as st.markdown escapes it). @param {string} text */
function showAbout(text) {
  document.getElementById("stc-about")?.remove();
  const dialog = Object.assign(document.createElement("dialog"), { id: "stc-about", className: "stc-about" });
  dialog.setAttribute("aria-label", "About");
  const body = document.createElement("div");
  body.className = "stc-markdown";
  body.innerHTML = markdown.block(text);
  const close = Object.assign(document.createElement("button"), { type: "button", textContent: "Close", className: "stc-button" });
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => dialog.remove());
  dialog.append(body, close);
  document.body.append(dialog);
  dialog.showModal();
}
