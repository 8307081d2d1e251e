// @ts-check
// Text elements: heading (title, header, subheader), markdown (also
// caption), text, code, latex, divider, json (a collapsible tree), exception,
// help (st.help), html.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
// Everything the app provides is escaped: text goes through textContent, and
// Markdown through markdown-it with raw HTML off unless the element says
// `unsafe_allow_html`.
import { h, helpIcon } from "../dom.js";
import { applyHeight, applyWidth, iconNode } from "./_shared.js";

/** @typedef {import("../protocol.js").CodeElement} CodeElement */
/** @typedef {import("../protocol.js").DividerElement} DividerElement */
/** @typedef {import("../protocol.js").ExceptionElement} ExceptionElement */
/** @typedef {import("../protocol.js").HeadingElement} HeadingElement */
/** @typedef {import("../protocol.js").HelpElement} HelpElement */
/** @typedef {import("../protocol.js").HtmlElement} HtmlElement */
/** @typedef {import("../protocol.js").JsonElement} JsonElement */
/** @typedef {import("../protocol.js").LatexElement} LatexElement */
/** @typedef {import("../protocol.js").MarkdownElement} MarkdownElement */
/** @typedef {import("../protocol.js").TextElement} TextElement */

/**
 * The layout text elements share: width ("auto" leaves the block's own),
 * alignment, and `wrap: false` (one line, cut with an ellipsis).
 * @param {HTMLElement} node
 * @param {{width: number | string, text_alignment: string, wrap: boolean}} el
 */
function layoutText(node, el) {
  if (el.width !== "auto") applyWidth(node, el.width);
  node.style.textAlign = el.text_alignment && el.text_alignment !== "left" ? el.text_alignment : "";
  node.classList.toggle("stc-nowrap", el.wrap === false);
}

// A heading's id, as Streamlit derives it from the text: lower case, words
// joined by "-", other characters dropped.
const slug = (/** @type {string} */ text) => text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");

// The hover link to a heading: a pointer convenience, out of the heading's
// accessible name (screen readers read the heading's text only, as in 1.67).
const anchorLink = (/** @type {string} */ id) => h("a", { class: "stc-heading-anchor", href: `#${id}`, "aria-hidden": "true", tabindex: "-1", text: "🔗" });

/** Ids (and, with `anchors`, hover link icons) on the headings of a Markdown block. @param {HTMLElement} div @param {boolean} anchors */
function anchorHeadings(div, anchors) {
  for (const heading of div.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    if (!heading.id) heading.id = slug(heading.textContent || "");
    if (anchors && heading.id) {
      heading.append(anchorLink(heading.id));
    }
  }
}

/** @param {MarkdownElement} el */
function markdownBlock(el, ctx, cls) {
  const div = h("div", { class: cls, "data-testid": el.variant === "caption" ? "stCaptionContainer" : "stMarkdown" });
  // One line can hold only inline Markdown: block markers stay literal text.
  div.innerHTML = el.wrap === false ? ctx.markdown.inline(el.body) : ctx.markdown.block(el.body, el.unsafe_allow_html);
  anchorHeadings(div, el.anchors !== false);
  layoutText(div, el);
  const help = helpIcon(el.help);
  if (help) div.append(help);
  return div;
}

// --- json ---------------------------------------------------------------------
// Nested <details>/<summary> disclosures: keyboard and screen readers know
// them, and the browser keeps what the visitor opened. `expanded` is true
// (all open), false (all closed) or how many levels start open. Children of
// a closed node are built when it is first opened, so large documents stay
// cheap.

const SPECIAL = "\u0000"; // marks NaN / Infinity, which JSON has no words for

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    // Python's json.dumps writes NaN and Infinity bare.
    const fixed = text.replace(/("(?:[^"\\]|\\.)*")|\b(NaN|-?Infinity)\b/g, (m, str, word) => str ?? JSON.stringify(SPECIAL + word));
    return JSON.parse(fixed);
  }
}

function scalar(value) {
  if (value === null) return h("span", { class: "stc-json-null", text: "null" });
  if (typeof value === "string") {
    if (value.startsWith(SPECIAL)) return h("span", { class: "stc-json-number", text: value.slice(1) });
    return h("span", { class: "stc-json-string", text: JSON.stringify(value) });
  }
  return h("span", { class: `stc-json-${typeof value}`, text: String(value) });
}

function keyNode(key) {
  if (key === undefined) return null;
  return h("span", { class: "stc-json-key", text: typeof key === "number" ? `${key}: ` : `${JSON.stringify(key)}: ` });
}

function jsonNode(value, key, depth, expanded, last) {
  const comma = last ? "" : ",";
  if (value === null || typeof value !== "object") {
    return h("div", { class: "stc-json-row" }, keyNode(key), scalar(value), comma);
  }
  const isArray = Array.isArray(value);
  const entries = isArray ? value.map((v, i) => [i, v]) : Object.entries(value);
  const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
  if (!entries.length) return h("div", { class: "stc-json-row" }, keyNode(key), `${open}${close}${comma}`);
  const details = h("details", { class: "stc-json-node", open: expanded === true || (typeof expanded === "number" && depth < expanded) });
  const count = `${entries.length} ${isArray ? (entries.length === 1 ? "item" : "items") : entries.length === 1 ? "key" : "keys"}`;
  const summary = h("summary", {}, keyNode(key), open,
    h("span", { class: "stc-json-collapsed", "aria-hidden": "true", text: ` … ${close}${comma}` }),
    h("span", { class: "stc-json-count", text: ` ${count}` }));
  const body = h("div", { class: "stc-json-children" });
  details.append(summary, body, h("div", { class: "stc-json-close", text: `${close}${comma}` }));
  const fill = () => {
    if (body.childElementCount) return;
    entries.forEach(([k, v], i) => body.append(jsonNode(v, k, depth + 1, expanded, i === entries.length - 1)));
  };
  if (details.open) fill();
  else details.addEventListener("toggle", fill);
  return details;
}

// --- html -----------------------------------------------------------------------

let purifier = null;
const loadPurifier = () => (purifier ??= import("dompurify").then((m) => m.default));

function fillHtml(div, html) {
  div.innerHTML = html;
  // Only <style>: it styles the page and takes no room (as in Streamlit).
  div.hidden = [...div.childNodes].every((n) => n.nodeName === "STYLE" || (n.nodeType === Node.TEXT_NODE && !n.textContent.trim()));
}

export const KINDS = {
  heading: {
    /** @param {HeadingElement} el */
    create(el, ctx) {
      const testid = { 1: "stHeading", 2: "stHeading", 3: "stHeading" }[el.level];
      const wrap = h("div", { class: `stc-heading stc-h${el.level}`, "data-testid": testid });
      const heading = h(`h${el.level}`, { id: el.anchor || null });
      heading.innerHTML = ctx.markdown.inline(el.body);
      // As 1.67: an id from the text unless `anchor` names one, and a link
      // icon on hover; anchor=False has neither.
      if (!el.hide_anchor) {
        if (!heading.id) heading.id = slug(heading.textContent || "");
        if (heading.id) heading.append(anchorLink(heading.id));
      }
      // Decorative: screen readers read only the heading's text.
      const icon = el.icon === "spinner" ? h("span", { class: "stc-spinner-icon stc-heading-icon", "aria-hidden": "true" }) : iconNode(el.icon);
      if (icon) {
        icon.classList.add("stc-heading-icon");
        heading.prepend(icon, " ");
      }
      wrap.append(heading);
      const help = helpIcon(el.help);
      if (help) heading.append(" ", help);
      if (el.divider) wrap.append(h("hr", { class: `stc-divider-${el.divider === true ? "auto" : el.divider}` }));
      layoutText(wrap, el);
      return { dom: wrap };
    },
  },

  markdown: {
    /** @param {MarkdownElement} el */
    create: (el, ctx) => ({ dom: markdownBlock(el, ctx, el.variant === "caption" ? "stc-markdown stc-caption" : "stc-markdown") }),
  },

  text: {
    /** @param {TextElement} el */
    create(el) {
      const div = h("div", { class: "stc-text", "data-testid": "stText", text: el.body });
      layoutText(div, el);
      return { dom: div };
    },
  },

  code: {
    /** @param {CodeElement} el */
    create(el) {
      const pre = h("pre", { class: `stc-code${el.wrap_lines ? " stc-wrap" : ""}`, "data-testid": "stCode" });
      pre.append(h("code", { class: el.language ? `language-${el.language}` : null, text: el.body }));
      applyWidth(pre, el.width);
      applyHeight(pre, el.height);
      return { dom: pre };
    },
  },

  latex: {
    /** @param {LatexElement} el */
    create(el) {
      // The TeX source is shown (and read by screen readers) until KaTeX's
      // chunk has loaded; then KaTeX's MathML output carries the meaning.
      const div = h("div", { class: "stc-latex", "data-testid": "stLatex" }, h("code", { text: el.body }));
      applyWidth(div, el.width);
      import("../latex.js").then(({ renderTex }) => renderTex(el.body, div));
      const help = helpIcon(el.help);
      if (help) div.after(help);
      return { dom: div };
    },
  },

  divider: {
    /** @param {DividerElement} el */
    create(el) {
      const hr = h("hr", { class: "stc-divider", "data-testid": "stDivider" });
      // The rule's own CSS width is 100%: only a pixel width changes it.
      if (typeof el.width === "number") applyWidth(hr, el.width);
      return { dom: hr };
    },
  },

  json: {
    /** @param {JsonElement} el */
    create(el) {
      const wrap = h("div", { class: "stc-json", "data-testid": "stJson" });
      applyWidth(wrap, el.width ?? "stretch");
      let value;
      try {
        value = parseJson(el.body);
      } catch {
        wrap.append(h("pre", { class: "stc-json-raw", text: el.body }));
        return { dom: wrap };
      }
      wrap.append(jsonNode(value, undefined, 0, el.expanded, true));
      return { dom: wrap };
    },
  },

  exception: {
    /** @param {ExceptionElement} el */
    create(el) {
      const box = h("div", { class: "stc-exception", role: "alert", "data-testid": "stException" });
      if (typeof el.width === "number") applyWidth(box, el.width);
      box.append(h("div", { class: "stc-exception-message" }, h("strong", { text: `${el.type}: ` }), el.message));
      if (el.traceback.length) {
        box.append(h("div", { class: "stc-exception-tb-title", text: "Traceback:" }));
        box.append(h("pre", { class: "stc-exception-tb", text: el.traceback.join("\n") }));
      }
      return { dom: box };
    },
  },

  help: {
    /** @param {HelpElement} el */
    create(el, ctx) {
      const box = h("div", { class: "stc-docstring", "data-testid": "stHelp" });
      if (typeof el.width === "number") applyWidth(box, el.width);
      const head = h("div", { class: "stc-docstring-header" });
      if (el.name) head.append(h("code", { class: "stc-docstring-name", text: el.name }));
      if (el.signature) head.append(h("code", { class: "stc-docstring-signature", text: el.signature }));
      if (el.value !== null && el.value !== undefined) head.append(h("code", { class: "stc-docstring-value", text: el.value }));
      head.append(h("span", { class: "stc-docstring-type", text: el.module ? `${el.type} · ${el.module}` : el.type }));
      box.append(head);
      if (el.doc) box.append(h("pre", { class: "stc-docstring-doc", "data-testid": "stHelpDoc", text: el.doc }));
      if (el.members.length) {
        const table = h("table", { class: "stc-docstring-members", "data-testid": "stHelpMembers" });
        table.append(h("caption", { class: "stc-visually-hidden", text: `Members of ${el.name || el.type}` }));
        table.append(h("thead", {}, h("tr", {}, h("th", { scope: "col", text: "Name" }), h("th", { scope: "col", text: "Type" }), h("th", { scope: "col", text: "Value or description" }))));
        const body = h("tbody");
        for (const m of el.members) {
          body.append(h("tr", {}, h("th", { scope: "row" }, h("code", { text: m.name })), h("td", { text: m.type }), h("td", { text: m.value ?? m.doc })));
        }
        table.append(body);
        box.append(table);
      }
      return { dom: box };
    },
  },

  html: {
    // Sanitized with DOMPurify (loaded on first use), as Streamlit does:
    // scripts and event handlers go. `unsafe_allow_javascript` keeps them
    // and runs the scripts.
    /** @param {HtmlElement} el */
    create(el) {
      const div = h("div", { class: "stc-html", "data-testid": "stHtml" });
      applyWidth(div, el.width);
      if (el.unsafe_allow_javascript) {
        fillHtml(div, el.body);
        for (const old of div.querySelectorAll("script")) {
          const script = document.createElement("script");
          for (const a of old.attributes) script.setAttribute(a.name, a.value);
          script.textContent = old.textContent;
          old.replaceWith(script);
        }
      } else {
        loadPurifier().then((purify) => fillHtml(div, purify.sanitize(el.body, { FORCE_BODY: true })));
      }
      return { dom: div };
    },
  },
};
