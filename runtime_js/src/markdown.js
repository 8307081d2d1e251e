// Markdown as Streamlit renders it. Raw HTML is escaped unless the element
// says `unsafe_allow_html=True`; links open in a new tab.
import MarkdownIt from "markdown-it";

function make(html) {
  const md = new MarkdownIt({ html, linkify: true, typographer: false });
  const defaultLink = md.renderer.rules.link_open || ((tokens, i, options, env, self) => self.renderToken(tokens, i, options));
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    const href = tokens[i].attrGet("href") || "";
    if (!href.startsWith("#")) {
      tokens[i].attrSet("target", "_blank");
      tokens[i].attrSet("rel", "noopener noreferrer");
    }
    return defaultLink(tokens, i, options, env, self);
  };
  return md;
}

const safe = make(false);
const unsafe = make(true);

export const markdown = {
  /** Block Markdown (paragraphs, lists, code...). */
  block: (text, allowHtml = false) => (allowHtml ? unsafe : safe).render(String(text)),
  /** Inline Markdown only, for labels and headings. */
  inline: (text, allowHtml = false) => (allowHtml ? unsafe : safe).renderInline(String(text)),
};
