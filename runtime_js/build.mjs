// Bundles the browser side into dist/ (never committed): `npm run build`.
// stc's build copies dist/ (without source maps) into every site it writes.
//
//   dist/stc-main.js      the page (renderer, markdown)
//   dist/chunks/*.js      code loaded only by pages that need it (KaTeX...)
//   dist/stc-worker.js    the Pyodide worker
//   dist/stc-sw.js        the service worker (precache, offline); stc's build
//                         puts it at the site's root with the manifest prepended
//   dist/stc.css          styles
//   dist/katex/           KaTeX's stylesheet and fonts, fetched with its chunk
//   dist/maps/            world outline (TopoJSON) for st.map, fetched with the vega chunk
//   dist/fonts/material-symbols-rounded.woff2 (+ its -LICENSE.txt)
//                         the icon font of ":material/name:" icons (stc.css's
//                         @font-face: fetched only by a page that draws one)
import { build } from "esbuild";
import { copyFile, cp, mkdir, readdir, rm } from "node:fs/promises";

const here = new URL(".", import.meta.url).pathname;
const dist = `${here}dist`;
await rm(dist, { recursive: true, force: true });
await mkdir(`${dist}/katex/fonts`, { recursive: true });
const common = { bundle: true, format: "esm", target: "es2022", minify: true, sourcemap: true, logLevel: "warning" };
const katexDist = `${here}node_modules/katex/dist`;
const fonts = (await readdir(`${katexDist}/fonts`)).filter((f) => f.endsWith(".woff2"));
await Promise.all([
  // Splitting: heavy libraries imported with import() become chunks that
  // only the pages using them download.
  build({
    ...common, entryPoints: { "stc-main": `${here}src/main.js` }, outdir: dist,
    splitting: true, chunkNames: "chunks/[name]-[hash]",
  }),
  build({ ...common, entryPoints: [`${here}src/worker.js`], outfile: `${dist}/stc-worker.js` }),
  // A classic script: module service workers are not everywhere yet.
  build({ ...common, format: "iife", entryPoints: [`${here}src/sw.js`], outfile: `${dist}/stc-sw.js` }),
  copyFile(`${here}src/style.css`, `${dist}/stc.css`),
  // Browsers that run Pyodide all read woff2: the other font formats are dead weight.
  copyFile(`${katexDist}/katex.min.css`, `${dist}/katex/katex.min.css`),
  // st.map's world outline (fetched by the vega chunk only when a map is shown).
  mkdir(`${dist}/maps`, { recursive: true }).then(() =>
    copyFile(`${here}node_modules/world-atlas/countries-110m.json`, `${dist}/maps/countries-110m.json`)),
  ...fonts.map((f) => cp(`${katexDist}/fonts/${f}`, `${dist}/katex/fonts/${f}`)),
  // Material Symbols Rounded, the icon font Streamlit draws ":material/...:"
  // with. @fontsource's static weight-400 file (~370 kB) has every icon in
  // the one style Streamlit uses (weight 400, unfilled); the variable fonts
  // (@fontsource-variable ~970 kB with a weight axis, material-symbols'
  // ~5 MB with all four axes) carry axes nothing here varies.
  // Its SIL Open Font License travels with it, as the license asks.
  mkdir(`${dist}/fonts`, { recursive: true }).then(() => Promise.all([
    copyFile(`${here}node_modules/@fontsource/material-symbols-rounded/files/material-symbols-rounded-latin-400-normal.woff2`,
      `${dist}/fonts/material-symbols-rounded.woff2`),
    copyFile(`${here}node_modules/@fontsource/material-symbols-rounded/LICENSE`, `${dist}/fonts/material-symbols-rounded-LICENSE.txt`),
  ])),
]);
