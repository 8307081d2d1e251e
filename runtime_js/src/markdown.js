// @ts-check
// Markdown as Streamlit renders it. Raw HTML is escaped unless the element
// says `unsafe_allow_html=True` (then, like Streamlit, it is not sanitized);
// links open in a new tab. Streamlit's extensions, as markdown-it plugins:
//
//   :red[text]  :blue-background[text]  :green-badge[text]  :rainbow[text]
//   :small[text]                    colored / small text (nested Markdown ok)
//   :material/icon_name:            an icon (kinds/_shared.js materialIconHtml)
//   :paw_prints:                    emoji shortcodes (markdown-it-emoji's map)
//   $x^2$   $$\int f$$              math, typeset by KaTeX
//
// Rendering stays synchronous (labels and bodies are strings of HTML), and
// the heavy parts load only for pages that use them: math is emitted as a
// placeholder holding its TeX source, a shortcode as a placeholder holding
// its text, until KaTeX's chunk (270 kB) or the emoji map (50 kB) has loaded;
// then every placeholder in the document is filled in, wherever the HTML
// was inserted. Once the emoji map is there, shortcodes render directly.
import MarkdownIt from "markdown-it";
import { safeUrl } from "./url_policy.js";
import { materialIconHtml } from "./kinds/_shared.js";

// Streamlit's Markdown colors (`primary` follows the theme).
export const COLORS = ["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "rainbow", "primary"];

function directiveClass(name) {
  if (name === "small") return "stc-small";
  const m = /^([a-z]+?)(-background|-badge)?$/.exec(name);
  if (!m || !COLORS.includes(m[1])) return null;
  const color = m[1] === "grey" ? "gray" : m[1];
  if (m[2] === "-background") return color === "rainbow" ? null : `stc-bg-${color}`;
  if (m[2] === "-badge") return color === "rainbow" ? null : `stc-badge stc-badge-${color}`;
  return `stc-color-${color}`;
}

// `:name[content]`: the content is parsed as inline Markdown (so
// `:red[**bold**]` and nested directives work); unknown names stay text.
function directiveRule(state, silent) {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== 0x3a /* : */) return false;
  const m = /^:([a-z]+(?:-[a-z]+)?)\[/.exec(src.slice(pos, pos + 24));
  if (!m) return false;
  const cls = directiveClass(m[1]);
  if (!cls) return false;
  const labelStart = pos + m[0].length;
  const labelEnd = state.md.helpers.parseLinkLabel(state, labelStart - 1, false);
  if (labelEnd < 0) return false;
  if (!silent) {
    const open = state.push("stc_directive_open", "span", 1);
    open.attrSet("class", cls);
    const oldMax = state.posMax;
    state.pos = labelStart;
    state.posMax = labelEnd;
    state.md.inline.tokenize(state);
    state.posMax = oldMax;
    state.push("stc_directive_close", "span", -1);
  }
  state.pos = labelEnd + 1;
  return true;
}

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** HTML of the icon `name` (a Material Symbols name in snake case), drawn with the icon font. */
export const materialIcon = materialIconHtml;

function materialRule(state, silent) {
  if (state.src.charCodeAt(state.pos) !== 0x3a) return false;
  const m = /^:material\/([a-z0-9_]+):/.exec(state.src.slice(state.pos, state.pos + 80));
  if (!m) return false;
  if (!silent) state.push("stc_material_icon", "", 0).content = m[1];
  state.pos += m[0].length;
  return true;
}

// --- math ---------------------------------------------------------------------

// Inline `$...$` follows pandoc's rule so prices stay text ("$5 and $10"):
// the opening `$` is followed by a non-space, the closing one preceded by a
// non-space and not followed by a digit. `$$...$$` inside a line is display
// math, as in Streamlit (remark-math).
function mathInlineRule(state, silent) {
  const { src, pos, posMax: max } = state;
  if (src.charCodeAt(pos) !== 0x24 /* $ */) return false;
  if (src.charCodeAt(pos + 1) === 0x24) {
    const end = src.indexOf("$$", pos + 2);
    if (end < 0 || end + 2 > max || !src.slice(pos + 2, end).trim()) return false;
    if (!silent) state.push("stc_math_display", "", 0).content = src.slice(pos + 2, end).trim();
    state.pos = end + 2;
    return true;
  }
  const first = src.charAt(pos + 1);
  if (!first || /\s/.test(first)) return false;
  let end = pos + 1;
  for (;;) {
    end = src.indexOf("$", end);
    if (end < 0 || end >= max) return false;
    if (src.charCodeAt(end - 1) === 0x5c /* \ */) { end += 1; continue; }
    if (/\s/.test(src.charAt(end - 1))) return false;
    if (/[0-9]/.test(src.charAt(end + 1))) return false;
    break;
  }
  if (!silent) state.push("stc_math_inline", "", 0).content = src.slice(pos + 1, end);
  state.pos = end + 1;
  return true;
}

// A `$$` block: `$$` alone on a line up to the next line ending with `$$`
// (or one line `$$ ... $$`).
function mathBlockRule(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (state.src.slice(pos, pos + 2) !== "$$") return false;
  const firstLine = state.src.slice(pos + 2, max);
  let content;
  let line = startLine;
  if (firstLine.trim().endsWith("$$")) {
    content = firstLine.trim().slice(0, -2);
  } else {
    const parts = [firstLine];
    let found = false;
    while (++line < endLine) {
      pos = state.bMarks[line] + state.tShift[line];
      max = state.eMarks[line];
      const text = state.src.slice(pos, max);
      if (text.trimEnd().endsWith("$$")) {
        parts.push(text.trimEnd().slice(0, -2));
        found = true;
        break;
      }
      parts.push(text);
    }
    if (!found) return false;
    content = parts.join("\n");
  }
  if (!content.trim()) return false;
  if (silent) return true;
  state.line = line + 1;
  const token = state.push("stc_math_block", "", 0);
  token.block = true;
  token.content = content.trim();
  token.map = [startLine, state.line];
  return true;
}

let typesetScheduled = false;

function scheduleTypeset() {
  if (typesetScheduled) return;
  typesetScheduled = true;
  import("./latex.js").then(({ renderTex }) => {
    typesetScheduled = false;
    for (const node of document.querySelectorAll(".stc-math-pending")) {
      node.classList.remove("stc-math-pending");
      renderTex(node.textContent, node, { displayMode: node.classList.contains("stc-math-display") });
    }
  });
}

function mathHtml(tex, display, tag) {
  scheduleTypeset();
  // The TeX source is what shows (and is read) until KaTeX has loaded.
  return `<${tag} class="stc-math stc-math-pending${display ? " stc-math-display" : ""}">${escapeHtml(tex)}</${tag}>`;
}

// --- emoji shortcodes -------------------------------------------------------------

let emojiMap = null; // shortcode -> emoji, once loaded
let emojiLoading = null;

function loadEmoji() {
  emojiLoading ??= import("markdown-it-emoji/lib/data/full.mjs").then((m) => {
    emojiMap = m.default;
    for (const node of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll(".stc-emoji-pending"))) {
      const emoji = emojiMap[node.dataset.shortcode];
      node.replaceWith(emoji ?? `:${node.dataset.shortcode}:`);
    }
  });
  return emojiLoading;
}

// Streamlit turns shortcodes into emoji but leaves emoticons alone:
// "Something went wrong :(" stays as written.
function emojiRule(state, silent) {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== 0x3a) return false;
  if (pos > 0 && /[A-Za-z0-9]/.test(src.charAt(pos - 1))) return false;
  const m = /^:([a-z0-9_+-]+):/.exec(src.slice(pos, pos + 64));
  if (!m) return false;
  if (emojiMap && !Object.hasOwn(emojiMap, m[1])) return false;
  if (!silent) state.push("stc_emoji", "", 0).content = m[1];
  state.pos += m[0].length;
  return true;
}

function emojiHtml(name) {
  if (emojiMap) return escapeHtml(emojiMap[name]);
  loadEmoji();
  return `<span class="stc-emoji-pending" data-shortcode="${escapeHtml(name)}">:${escapeHtml(name)}:</span>`;
}

// --- the parsers ----------------------------------------------------------------

function dropAttr(token, name) {
  token.attrs = (token.attrs || []).filter(([key]) => key !== name);
}

function make(html) {
  const md = new MarkdownIt({ html, linkify: true, typographer: false });
  // URLs go through url_policy.js (entities are decoded by then). The parser
  // cannot tell a link's URL from an image's, so it keeps what either sink
  // takes (anything else stays text, as markdown-it does by default) and
  // the renderers below apply their own sink's rule.
  md.validateLink = (url) => safeUrl(url, "link") !== null || safeUrl(url, "image") !== null;
  const defaultLink = md.renderer.rules.link_open || ((tokens, i, options, env, self) => self.renderToken(tokens, i, options));
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    const href = String(tokens[i].attrGet("href") || "");
    if (safeUrl(href, "link") === null) dropAttr(tokens[i], "href");
    else if (!href.startsWith("#")) {
      tokens[i].attrSet("target", "_blank");
      tokens[i].attrSet("rel", "noopener noreferrer");
    }
    return defaultLink(tokens, i, options, env, self);
  };
  const defaultImage = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, i, options, env, self) => {
    if (safeUrl(tokens[i].attrGet("src"), "image") === null) dropAttr(tokens[i], "src");
    return defaultImage(tokens, i, options, env, self);
  };
  md.inline.ruler.before("emphasis", "stc_material_icon", materialRule);
  md.inline.ruler.before("emphasis", "stc_directive", directiveRule);
  md.inline.ruler.before("emphasis", "stc_emoji", emojiRule);
  md.inline.ruler.after("escape", "stc_math_inline", mathInlineRule);
  md.block.ruler.before("fence", "stc_math_block", mathBlockRule, { alt: ["paragraph", "reference", "blockquote", "list"] });
  md.renderer.rules.stc_material_icon = (tokens, i) => materialIcon(tokens[i].content);
  md.renderer.rules.stc_math_inline = (tokens, i) => mathHtml(tokens[i].content, false, "span");
  md.renderer.rules.stc_math_display = (tokens, i) => mathHtml(tokens[i].content, true, "span");
  md.renderer.rules.stc_math_block = (tokens, i) => `${mathHtml(tokens[i].content, true, "div")}\n`;
  md.renderer.rules.stc_emoji = (tokens, i) => emojiHtml(tokens[i].content);
  return md;
}

const safe = make(false);
const unsafe = make(true);

export const markdown = {
  /** Resolves once the emoji map is loaded (tests, and pages that want it early). */
  loadEmoji,
  /** Block Markdown (paragraphs, lists, code...). */
  block: (text, allowHtml = false) => (allowHtml ? unsafe : safe).render(String(text)),
  /** Inline Markdown only, for labels and headings. */
  inline: (text, allowHtml = false) => (allowHtml ? unsafe : safe).renderInline(String(text)),
};
