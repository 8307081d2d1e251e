// @ts-check
// Buttons: button, download_button, link_button.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
// Each is a real <button> (or, for a link, an <a>) named by its label.
import { h, helpIcon } from "../dom.js";
import { safeUrl } from "../url_policy.js";
import { applyShortcut, applyWidth, applyWrap, buttonLabel } from "./_shared.js";

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
      const a = /** @type {HTMLAnchorElement & {_stcLink: LinkButtonElement}} */ (
        h("a", { class: `stc-button stc-button-${el.button_type} stc-link-button`, "data-testid": `stBaseLinkButton-${el.button_type}` }));
      // With on_click (an id), the click also reruns the app; the link
      // opens all the same (its href does that).
      a.addEventListener("click", () => {
        const cur = a._stcLink;
        if (cur.id && !cur.disabled) ctx.send(cur.id, true);
      });
      KINDS.link_button.update(wrap, el, {}, ctx, a);
      wrap.append(a);
      return { dom: wrap };
    },
    /** @param {LinkButtonElement} el */
    update(dom, el, prev, ctx, link = null) {
      const a = link || dom.querySelector("a");
      a._stcLink = el;
      for (const c of [...dom.classList]) if (c.startsWith("st-key-")) dom.classList.remove(c);
      if (el.key) dom.classList.add(`st-key-${String(el.key).replace(/[^\w-]/g, "-")}`);
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
