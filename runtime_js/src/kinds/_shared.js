// @ts-check
// Render helpers that more than one family uses, and the fallback drawn
// for a kind no family knows (an element from a newer runtime, say).
import { formatNumber, h } from "../dom.js";

// --- icons and labels (layout, forms, chat) ----------------------------------

// A ":material/name:" icon is its name written in the Material Symbols
// Rounded font (stc.css): the font's ligatures turn the word into the
// glyph, as Streamlit draws them. The browser fetches the font the first
// time a page shows one; until it has it the word stays invisible
// (font-display: block), never shown as text.
const MATERIAL = /^:material\/([a-z0-9_]+):$/;

/** The name of a ":material/name:" icon, else null. @param {string | null | undefined} icon */
export function materialName(icon) {
  const m = icon ? MATERIAL.exec(icon) : null;
  return m ? m[1] : null;
}

/** A node for an emoji or ":material/name:" icon (null for none). @param {string | null | undefined} icon */
export function iconNode(icon) {
  if (!icon) return null;
  const name = materialName(icon);
  if (name) return h("span", { class: "stc-icon stc-material-icon", "aria-hidden": "true", "data-icon": name, text: name });
  return h("span", { class: "stc-icon", "aria-hidden": "true", text: icon });
}

const escapeAttr = (/** @type {string} */ s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * HTML of a Material Symbol inside text (markdown's ":material/name:"):
 * an image named by the icon, the glyph drawn by the icon font.
 * @param {string} name the icon's name in snake case
 */
export function materialIconHtml(name) {
  const safe = escapeAttr(name);
  const label = escapeAttr(name.replace(/_/g, " "));
  return `<span class="stc-material-icon" role="img" aria-label="${label}" data-icon="${safe}"><span aria-hidden="true">${safe}</span></span>`;
}

/** @param {HTMLElement} node @param {{label: string, icon: string | null}} el @param {any} ctx */
export function labelled(node, el, ctx, text = el.label) {
  const label = h("span", { class: "stc-inline-label" });
  label.innerHTML = ctx.markdown.inline(text);
  node.replaceChildren(...[iconNode(el.icon), label].filter(Boolean));
}

// --- layout parameters (width=, height= of many elements) ---------------------

/**
 * Size a node by an element's ``width``, checked by ``runtime_py/stc_runtime/sizing.py``:
 * "stretch" fills the container, "content" shrinks to what the element
 * draws, a number of pixels is an upper bound (never wider than the
 * container, as in Streamlit). Absent (null/undefined) leaves the node's own CSS.
 * @param {HTMLElement} node @param {number | string | null | undefined} width
 */
export function applyWidth(node, width) {
  node.classList.toggle("stc-width-stretch", width === "stretch");
  node.classList.toggle("stc-width-content", width === "content");
  const px = typeof width === "number";
  node.style.width = px ? `${width}px` : "";
  node.style.maxWidth = px ? "100%" : "";
}

/**
 * Size a node by an element's ``height``: a number of pixels fixes it (the
 * content scrolls inside), "stretch" fills a container of fixed height,
 * "content" (and an element's own keywords such as "auto") leave the
 * natural height.
 * @param {HTMLElement} node @param {number | string | null | undefined} height
 */
export function applyHeight(node, height) {
  node.classList.toggle("stc-height-stretch", height === "stretch");
  const px = typeof height === "number";
  node.style.height = px ? `${height}px` : "";
  node.style.overflowY = px ? "auto" : "";
}

// --- numbers (data's NumberColumn cells, st.metric) ---------------------------

/**
 * A number shown with one of Streamlit's number formats (NumberColumn's
 * and st.metric's ``format``): a preset name ("dollar", "compact", …) or a
 * printf format; none: as Streamlit shows a plain cell. ``precision``: the
 * digits after the point a column's ``step`` asks for (null: the format's
 * own), as Streamlit's grid applies it to the presets (printf formats
 * state their own).
 * @param {any} value @param {string | null | undefined} fmt @param {boolean} [integer]
 * @param {number | null} [precision]
 */
export function formatNumberAs(value, fmt, integer, precision = null) {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  const v = Number(value);
  const p = precision ?? undefined;
  switch (fmt) {
    case undefined:
    case null:
    case "":
      if (p !== undefined) return (p === 0 ? Math.round(v) : v).toFixed(p);
      if (integer) return String(value);
      // Streamlit shows up to 4 decimals and drops trailing zeros.
      return Number.isInteger(v) ? v.toFixed(1) : String(Number(v.toFixed(4)));
    case "plain": return String(v);
    case "localized": return v.toLocaleString(undefined, { minimumFractionDigits: p, maximumFractionDigits: p });
    case "percent":
      // A step's digits count the fraction before it is a percentage
      // (0.001 -> 1 digit of the percentage).
      if (p !== undefined) return v.toLocaleString("en-US", { style: "percent", minimumFractionDigits: Math.max(p - 2, 0), maximumFractionDigits: Math.max(p - 2, 0) });
      return v.toLocaleString("en-US", { style: "percent", maximumFractionDigits: 2 });
    case "dollar": return v.toLocaleString("en-US", { style: "currency", currency: "USD", minimumFractionDigits: p, maximumFractionDigits: p });
    case "euro": return v.toLocaleString("en-US", { style: "currency", currency: "EUR", minimumFractionDigits: p, maximumFractionDigits: p });
    case "yen": return v.toLocaleString("en-US", { style: "currency", currency: "JPY", minimumFractionDigits: p, maximumFractionDigits: p });
    case "accounting": return v < 0 ? `(${Math.abs(v).toFixed(p ?? 2)})` : v.toFixed(p ?? 2);
    case "compact": return v.toLocaleString("en-US", { notation: "compact", maximumFractionDigits: 1 });
    case "bytes": return formatBytes(v);
    case "scientific": return v.toExponential(3);
    case "engineering": return v.toLocaleString("en-US", { notation: "engineering", maximumFractionDigits: 3 });
    default: return formatNumber(fmt, v);
  }
}

/**
 * The digits after the point of a ``step`` (0.01 -> 2, 1 -> 0), which
 * Streamlit's grid shows every number of the column with; null: no step.
 * @param {any} step @returns {number | null}
 */
export function stepPrecision(step) {
  if (step === null || step === undefined || !Number.isFinite(Number(step))) return null;
  const n = Number(step);
  if (n % 1 === 0) return 0;
  const text = n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
  return text.includes(".") ? text.split(".")[1].length : 0;
}

function formatBytes(v) {
  const units = ["B", "KB", "MB", "GB", "TB", "PB"];
  let i = 0;
  let n = Math.abs(v);
  while (n >= 1000 && i < units.length - 1) { n /= 1000; i += 1; }
  const shown = i === 0 ? String(n) : String(Number(n.toFixed(1)));
  return `${v < 0 ? "-" : ""}${shown}${units[i]}`;
}

// --- dates and times (inputs' date/time sliders, data's temporal cells) --------

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const pad = (n, width = 2) => String(n).padStart(width, "0");
const ordinal = (n) => n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] || "th");

/**
 * Format a date/time given as microseconds since the epoch, read as UTC (the
 * worker sends wall-clock values that way), with a Moment.js-style format
 * ("YYYY-MM-DD", "HH:mm", "MMM Do, h:mm a"; text in [brackets] is literal).
 * Used by date/time sliders and data cells.
 */
export function formatMoment(fmt, micros) {
  if (micros === null || micros === undefined) return "";
  const d = new Date(Math.round(Number(micros) / 1000));
  const H = d.getUTCHours();
  const parts = {
    YYYY: () => pad(d.getUTCFullYear(), 4), YY: () => pad(d.getUTCFullYear() % 100),
    MMMM: () => MONTHS[d.getUTCMonth()], MMM: () => MONTHS[d.getUTCMonth()].slice(0, 3),
    MM: () => pad(d.getUTCMonth() + 1), M: () => String(d.getUTCMonth() + 1),
    Do: () => ordinal(d.getUTCDate()), DD: () => pad(d.getUTCDate()), D: () => String(d.getUTCDate()),
    dddd: () => DAYS[d.getUTCDay()], ddd: () => DAYS[d.getUTCDay()].slice(0, 3),
    HH: () => pad(H), H: () => String(H), hh: () => pad(H % 12 || 12), h: () => String(H % 12 || 12),
    mm: () => pad(d.getUTCMinutes()), m: () => String(d.getUTCMinutes()),
    ss: () => pad(d.getUTCSeconds()), s: () => String(d.getUTCSeconds()),
    SSS: () => pad(d.getUTCMilliseconds(), 3), A: () => (H < 12 ? "AM" : "PM"), a: () => (H < 12 ? "am" : "pm"),
  };
  return String(fmt || "YYYY-MM-DD").replace(
    /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|SSS|A|a/g,
    (token, literal) => (literal !== undefined ? literal : parts[token]()),
  );
}

export const KINDS = {
  unknown: {
    create: (el) => ({ dom: h("div", { class: "stc-unknown", role: "note", text: `stc cannot show the element "${el.kind}" yet.` }) }),
  },
};

// --- buttons' parts (buttons; forms' submit button; layout's popover) ------------

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

// --- forms' checks (inputs' required and validated fields; choice's required selectbox) --
// A form is not submitted while a field in it says no: each such field's
// wrapper has the class "stc-checked" and a `_stcCheck()` that shows what is
// wrong and returns whether the field may be submitted. One listener on the
// document, in the capture phase, runs before the submit button's own click
// handler, so a blocked click never reaches it (Enter in a field clicks the
// button too). Each family that draws such a field calls this once.

let formsGuarded = false;

export function guardFormSubmits() {
  if (formsGuarded || typeof document === "undefined") return;
  formsGuarded = true;
  document.addEventListener("click", (e) => {
    const target = /** @type {Element | null} */ (e.target instanceof Element ? e.target : null);
    const form = target?.closest('[data-testid="stFormSubmitButton"] button')?.closest('[data-testid="stForm"]');
    if (!form) return;
    let ok = true;
    for (const field of form.querySelectorAll(".stc-checked")) {
      const check = /** @type {any} */ (field)._stcCheck;
      if (check && !check()) ok = false;
    }
    if (!ok) {
      e.stopImmediatePropagation();
      e.preventDefault();
    }
  }, true);
}

// --- files (file_uploader, chat_input attachments) ------------------------------

/** A byte count as Streamlit's uploader shows it: "1.2KB", "200.0MB" (powers of 1000). */
export function sizeDisplay(size, rounding = 1) {
  const units = ["B", "KB", "MB", "GB"];
  let unit = 0;
  while (unit < units.length - 1 && size > 500) {
    size /= 1000;
    unit += 1;
  }
  return `${size.toFixed(rounding)}${units[unit]}`;
}

/** Is `file` allowed by a normalized `accept` list (the uploader's, chat_input's file_type) (".csv", "image/*", "text/csv")? */
export function typeAllowed(file, accept) {
  if (!accept.length) return true;
  const name = file.name.toLowerCase();
  const mime = (file.type || "").toLowerCase();
  return accept.some((t) => {
    if (t.endsWith("/*")) return mime.startsWith(t.slice(0, -1));
    if (t.includes("/")) return mime === t;
    return name.endsWith(t);
  });
}

export function extensionOf(name) {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot) : name;
}
