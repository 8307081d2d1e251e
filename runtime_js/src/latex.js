// @ts-check
// KaTeX, loaded only by pages that show math (a separate chunk, with its
// stylesheet and fonts fetched on first use).
import katex from "katex";

let stylesheet = null;

function ensureStylesheet() {
  if (stylesheet) return;
  // Resolved against this chunk's own URL (assets/chunks/), so the site's
  // path prefix does not matter.
  stylesheet = document.createElement("link");
  stylesheet.rel = "stylesheet";
  stylesheet.href = new URL("../katex/katex.min.css", import.meta.url).href;
  document.head.append(stylesheet);
}

/** Render TeX into `target`; errors are shown in place, not thrown. */
export function renderTex(tex, target, { displayMode = true } = {}) {
  ensureStylesheet();
  katex.render(tex, target, { displayMode, throwOnError: false, output: "htmlAndMathml" });
}
