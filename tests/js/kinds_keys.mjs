// Prints, as JSON, the renderer keys each runtime_js/src/kinds/*.js module
// exports in its KINDS: {"text": ["heading", ...], ...}, by module name.
// Read by test_kinds_mirror.py, which compares them with the kinds the
// Python families write. (Outside runtime_js/test/: `npm test` runs every
// module there as a test.)
//
//   node tests/js/kinds_keys.mjs
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const KINDS_DIR = fileURLToPath(new URL("../../runtime_js/src/kinds/", import.meta.url));

// The router (st.page_link's renderer uses it) reads the page's address when
// it is imported; Node has no page, so it gets a stand-in. Renderers touch
// the DOM only when they draw, which this never does.
globalThis.location ??= new URL("http://localhost/");
globalThis.document ??= { baseURI: "http://localhost/" };

const keys = {};
for (const file of readdirSync(KINDS_DIR).filter((f) => f.endsWith(".js")).sort()) {
  const { KINDS } = await import(pathToFileURL(KINDS_DIR + file).href);
  keys[file.slice(0, -3)] = Object.keys(KINDS ?? {});
}
console.log(JSON.stringify(keys));
