// Bundles the browser side into dist/ (never committed): `npm run build`.
// stc's build copies dist/ into every site it writes.
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";

const here = new URL(".", import.meta.url).pathname;
await mkdir(`${here}dist`, { recursive: true });
const common = { bundle: true, format: "esm", target: "es2022", minify: true, sourcemap: true, logLevel: "warning" };
await Promise.all([
  build({ ...common, entryPoints: [`${here}src/main.js`], outfile: `${here}dist/stc-main.js` }),
  build({ ...common, entryPoints: [`${here}src/worker.js`], outfile: `${here}dist/stc-worker.js` }),
  copyFile(`${here}src/style.css`, `${here}dist/stc.css`),
]);
