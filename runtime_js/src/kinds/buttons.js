// @ts-check
// Buttons: button, download_button, link_button.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
// Each is a real <button> (or, for a link, an <a>) named by its label.
import { h, helpIcon } from "../dom.js";
import { safeUrl } from "../url_policy.js";
import { applyWidth, iconNode } from "./_shared.js";

/** @typedef {import("../protocol.js").ButtonElement} ButtonElement */
/** @typedef {import("../protocol.js").DownloadButtonElement} DownloadButtonElement */
/** @typedef {import("../protocol.js").LinkButtonElement} LinkButtonElement */

/** @param {DownloadButtonElement} el */
function saveDownload(el) {
  let blob;
  if (el.encoding === "base64") {
    const raw = atob(el.data);
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    blob = new Blob([bytes], { type: el.mime });
  } else blob = new Blob([el.data], { type: el.mime });
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: el.file_name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started; give the browser a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function iconSpan(icon) {
  const node = iconNode(icon);
  if (node) node.classList.add("stc-button-icon");
  return node;
}

/** @param {HTMLElement} node @param {{label: string, icon?: string | null, icon_position?: string}} el */
export function buttonLabel(node, el, ctx) {
  const text = h("span", { class: "stc-button-label" });
  text.innerHTML = ctx.markdown.inline(el.label);
  const icon = iconSpan(el.icon);
  const right = el.icon_position === "right";
  if (icon) icon.classList.toggle("stc-button-icon-right", right);
  node.replaceChildren(...(right ? [text, icon] : [icon, text]).filter(Boolean));
}

/** wrap: "true"/"false", or "auto" (one line in a column or horizontal
 * container, as 1.67 decides; the CSS reads the attribute).
 * @param {HTMLElement} node @param {boolean | null | undefined} wrap */
export function applyWrap(node, wrap) {
  node.dataset.wrap = wrap == null ? "auto" : String(wrap);
}

// --- keyboard shortcuts (shortcut="ctrl+k") ------------------------------------
// One listener for the page: a key press that matches a drawn, enabled
// button's canonical shortcut clicks that button.

const NAMED_KEYS = { enter: "Enter", space: " ", tab: "Tab", escape: "Escape", backspace: "Backspace", delete: "Delete", home: "Home", end: "End", pageup: "PageUp", pagedown: "PageDown", left: "ArrowLeft", right: "ArrowRight", up: "ArrowUp", down: "ArrowDown" };
const IS_MAC = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent || "");

/** Does a key press match a canonical shortcut ("ctrl+shift+k")? @param {KeyboardEvent} e @param {string} shortcut */
export function matchesShortcut(e, shortcut) {
  const parts = shortcut.split("+");
  const key = parts.pop() || "";
  const want = new Set(parts);
  // "ctrl" also answers to Cmd on a Mac, where Ctrl+letter is the system's.
  const ctrl = want.has("ctrl") ? e.ctrlKey || (IS_MAC && e.metaKey) : e.ctrlKey;
  const meta = want.has("cmd") ? e.metaKey : e.metaKey && !(IS_MAC && want.has("ctrl"));
  if (want.has("ctrl") !== ctrl || want.has("cmd") !== meta || want.has("alt") !== e.altKey || want.has("shift") !== e.shiftKey) return false;
  if (key in NAMED_KEYS) return e.key === NAMED_KEYS[key];
  if (/^f\d+$/.test(key)) return e.key.toLowerCase() === key;
  // Letters and digits by their physical key: Shift/Alt change e.key.
  if (/^[a-z]$/.test(key)) return e.code === `Key${key.toUpperCase()}` || e.key.toLowerCase() === key;
  if (/^\d$/.test(key)) return e.code === `Digit${key}` || e.key === key;
  return e.key.toLowerCase() === key;
}

/** The hint drawn in the button: "Ctrl + K", "⌘ + Enter". @param {string} shortcut */
export function shortcutLabel(shortcut) {
  const names = { ctrl: IS_MAC ? "⌃" : "Ctrl", cmd: IS_MAC ? "⌘" : "Cmd", alt: IS_MAC ? "⌥" : "Alt", shift: IS_MAC ? "⇧" : "Shift", enter: "Enter", space: "Space", escape: "Esc", left: "←", right: "→", up: "↑", down: "↓" };
  return shortcut.split("+").map((p) => names[p] || (p.length === 1 ? p.toUpperCase() : p[0].toUpperCase() + p.slice(1))).join(" + ");
}

/** @param {EventTarget | null} target */
function isEditable(target) {
  const node = /** @type {HTMLElement | null} */ (target);
  return !!node && (node.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(node.tagName));
}

let listening = false;
function listenForShortcuts() {
  if (listening || typeof document === "undefined") return;
  listening = true;
  document.addEventListener("keydown", (e) => {
    if (e.repeat) return;
    for (const node of document.querySelectorAll("[data-stc-shortcut]")) {
      const button = /** @type {HTMLButtonElement | HTMLAnchorElement} */ (node);
      const shortcut = button.dataset.stcShortcut || "";
      const plain = !/(^|\+)(ctrl|cmd|alt)\+/.test(shortcut);
      // A bare key typed into a field is the visitor's text, not a click.
      if (plain && isEditable(e.target)) continue;
      if (/** @type {any} */ (button).disabled || button.getAttribute("aria-disabled") === "true" || !button.isConnected) continue;
      if (!matchesShortcut(e, shortcut)) continue;
      e.preventDefault();
      button.click();
      return;
    }
  });
}

/** Bind (or unbind) a button's shortcut and draw its hint.
 * @param {HTMLElement} node @param {string | null | undefined} shortcut */
export function applyShortcut(node, shortcut) {
  node.querySelector(":scope > .stc-shortcut-hint")?.remove();
  if (!shortcut) {
    delete node.dataset.stcShortcut;
    node.removeAttribute("aria-keyshortcuts");
    return;
  }
  listenForShortcuts();
  node.dataset.stcShortcut = shortcut;
  node.setAttribute("aria-keyshortcuts", shortcut.split("+").map((p) => ({ ctrl: "Control", cmd: "Meta", alt: "Alt", shift: "Shift" })[p] || NAMED_KEYS[p] || p.toUpperCase()).join("+"));
  node.append(h("kbd", { class: "stc-shortcut-hint", "aria-hidden": "true", "data-testid": "stButtonShortcut", text: shortcutLabel(shortcut) }));
}

export const KINDS = {
  button: {
    /** @param {ButtonElement} el */
    create(el, ctx) {
      const wrap = h("div", { class: "stc-widget stc-button-wrap", "data-testid": "stButton" });
      const button = h("button", { type: "button", class: `stc-button stc-button-${el.button_type}`, disabled: el.disabled, title: el.help, "data-testid": `stBaseButton-${el.button_type}` });
      buttonLabel(button, el, ctx);
      applyWidth(button, el.width);
      applyWrap(button, el.wrap);
      applyShortcut(button, el.shortcut);
      button.addEventListener("click", () => ctx.send(el.id, true));
      wrap.append(button);
      return { dom: wrap };
    },
    /** @param {ButtonElement} el @param {ButtonElement} prev */
    update(dom, el, prev, ctx) {
      const button = dom.querySelector("button");
      button.disabled = el.disabled;
      if (el.label !== prev.label || el.icon !== prev.icon || el.icon_position !== prev.icon_position) buttonLabel(button, el, ctx);
      applyWidth(button, el.width);
      applyWrap(button, el.wrap);
      applyShortcut(button, el.shortcut);
    },
  },

  download_button: {
    /** @param {DownloadButtonElement} el */
    create(el, ctx) {
      const wrap = h("div", { class: "stc-widget stc-button-wrap", "data-testid": "stDownloadButton" });
      const button = h("button", { type: "button", class: `stc-button stc-button-${el.button_type}`, disabled: el.disabled, title: el.help, "data-testid": `stBaseButton-${el.button_type}` });
      buttonLabel(button, el, ctx);
      applyWidth(button, el.width);
      applyWrap(button, el.wrap);
      applyShortcut(button, el.shortcut);
      let current = el;
      button.addEventListener("click", () => {
        saveDownload(current);
        if (!current.ignore_rerun) ctx.send(current.id, true);
      });
      wrap._stcSet = (next) => (current = next);
      wrap.append(button);
      const help = helpIcon(el.help);
      if (help) wrap.append(" ", help);
      return { dom: wrap };
    },
    /** @param {DownloadButtonElement} el @param {DownloadButtonElement} prev */
    update(dom, el, prev, ctx) {
      dom._stcSet(el);
      const button = dom.querySelector("button");
      button.disabled = el.disabled;
      if (el.label !== prev.label || el.icon !== prev.icon || el.icon_position !== prev.icon_position) buttonLabel(button, el, ctx);
      applyWidth(button, el.width);
      applyWrap(button, el.wrap);
      applyShortcut(button, el.shortcut);
    },
  },

  link_button: {
    /** @param {LinkButtonElement} el */
    create(el, ctx) {
      const wrap = h("div", { class: "stc-widget stc-button-wrap", "data-testid": "stLinkButton" });
      const a = h("a", { class: `stc-button stc-button-${el.button_type} stc-link-button`, "data-testid": `stBaseLinkButton-${el.button_type}` });
      KINDS.link_button.update(wrap, el, {}, ctx, a);
      wrap.append(a);
      return { dom: wrap };
    },
    /** @param {LinkButtonElement} el */
    update(dom, el, prev, ctx, link = null) {
      const a = link || dom.querySelector("a");
      buttonLabel(a, el, ctx);
      applyWidth(a, el.width);
      applyWrap(a, el.wrap);
      applyShortcut(a, el.shortcut);
      // A disabled link (or one to a refused URL) has no href; role and
      // aria-disabled keep it announced as the link it would be.
      const href = el.disabled ? null : safeUrl(el.url, "link");
      const attrs = href
        ? { href, target: "_blank", rel: "noopener", role: null, "aria-disabled": null }
        : { href: null, target: null, rel: null, role: "link", "aria-disabled": "true" };
      attrs.title = el.help || null;
      for (const [name, value] of Object.entries(attrs)) {
        if (value) a.setAttribute(name, value);
        else a.removeAttribute(name);
      }
    },
  },
};
