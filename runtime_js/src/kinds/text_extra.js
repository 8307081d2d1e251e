// More text elements: json (a collapsible tree), help (st.help), html.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
import { h } from "../dom.js";

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
  json: {
    create(el) {
      const wrap = h("div", { class: "stc-json", "data-testid": "stJson" });
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

  help: {
    create(el, ctx) {
      const box = h("div", { class: "stc-docstring", "data-testid": "stHelp" });
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
    create(el) {
      const div = h("div", { class: "stc-html", "data-testid": "stHtml" });
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
