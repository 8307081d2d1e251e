// @ts-check
// The site's service worker (stc-sw.js at the site's root: its scope is the
// site). It precaches every file of one deployment and serves them cache
// first, so a return visit loads nothing from the network and the site
// works offline on every page URL.
//
// The build (compiler/stc/package.py) prepends the deployment's manifest:
//
//   self.__STC_MANIFEST = {version: "<hash of all files>", files: {"index.html": "<sha256>", ...}};
//
// so a new deployment is a new service worker script, which the browser
// installs beside the running one. Installing downloads the new version
// completely (a file whose hash did not change is copied from the old
// cache; every downloaded body is checked against its hash) before it may
// take over: until the visitor accepts the "new version" notice the page
// keeps the old worker and the old cache, so it never mixes files of two
// deployments. Caches are named after the scope, so several stc sites
// under one origin (GitHub Pages project sites) never touch each other's.
//
// Nothing read from Cache Storage is trusted, though:
// it belongs to the whole origin, so a sibling project site or a script an
// app lets in (unsafe_allow_html) can put any body under this site's cache
// names, the genuine entry's headers copied, the stored hash included.
// Only a body's sha256 against the manifest this script came with counts:
// a body is checked before it is served (once per worker start, see
// verified()) and before it is carried into a new version's cache.

/**
 * This script's global scope, as a service worker's (the manifest the build
 * prepended included).
 * @type {ServiceWorkerGlobalScope & {__STC_MANIFEST: {version: string, files: Record<string, string>}}}
 */
const sw = /** @type {any} */ (self);
const MANIFEST = sw.__STC_MANIFEST;
const SCOPE = sw.registration.scope; // ends with "/"
const PREFIX = `stc-site ${SCOPE} `;
const CACHE = PREFIX + MANIFEST.version;
const HASH_HEADER = "x-stc-sha256";

// This version's cache, opened once per worker instance: a request that is
// checked and served would otherwise open it twice, each open a round trip
// to the browser process.
let opened = null;
function openCache() {
  opened ??= caches.open(CACHE).catch((error) => {
    opened = null; // storage failing now need not fail every later request
    throw error;
  });
  return opened;
}

async function sha256(buffer) {
  const digest = await crypto.subtle.digest("SHA-256", buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The body of a cached response if it is the manifest's file (`hash`), else
 * null. The stored header is only a cheap first filter (an entry of another
 * version is skipped unread); the body's own hash decides.
 */
async function verifiedBody(response, hash) {
  if (response.headers.get(HASH_HEADER) !== hash) return null;
  const body = await response.arrayBuffer();
  return (await sha256(body)) === hash ? body : null;
}

/** The file from an older cache of this site, if its body has the hash. */
async function fromOldCaches(url, hash) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const old = await (await caches.open(name)).match(url);
    const body = old && (await verifiedBody(old, hash));
    // The checked bytes themselves are stored: the entry cannot change in between.
    if (body) return new Response(body, { status: old.status, statusText: old.statusText, headers: old.headers });
  }
  return null;
}

async function download(url, hash) {
  for (const mode of /** @type {RequestCache[]} */ (["no-cache", "reload"])) {
    const response = await fetch(url, { cache: mode });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const body = await response.arrayBuffer();
    if ((await sha256(body)) !== hash) continue; // a stale copy on the way: once more, bypassing caches
    const headers = new Headers(response.headers);
    headers.set(HASH_HEADER, hash);
    for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
    return new Response(body, { status: 200, statusText: "OK", headers });
  }
  throw new Error(`${url} does not match this deployment's manifest`);
}

async function precache() {
  const cache = await openCache();
  const entries = Object.entries(MANIFEST.files);
  let next = 0;
  // A few downloads at a time: enough to fill the pipe, not to starve the page.
  const lane = async () => {
    while (next < entries.length) {
      const [path, hash] = entries[next++];
      const url = new URL(path, SCOPE).href;
      // This version's cache may hold the file already: from an install
      // that was interrupted, or planted (stc-sw.js tells anyone its name).
      const have = await cache.match(url);
      if (!(have && (await verifiedBody(have, hash)))) {
        await cache.put(url, (await fromOldCaches(url, hash)) ?? (await download(url, hash)));
      }
      checked.set(path, Promise.resolve(true));
    }
  };
  await Promise.all([lane(), lane(), lane(), lane()]);
}

const checked = new Map(); // manifest path -> Promise<boolean> of verified(), for this instance's lifetime

/**
 * Whether this version's cache holds `path` with the manifest's hash.
 *
 * Checked lazily, the first time this worker instance serves the file, and
 * remembered for the instance's lifetime (concurrent requests share one
 * check). Not a bulk pass at start whose result every request awaits: that
 * would hold the first paint (index.html, stc.css, stc-main.js: a few
 * hundred KB) behind reading the whole site (Pyodide, the snapshot, the
 * wheels: 20-30 MB); per request, each file waits for its own check only,
 * and a file the visit never asks for is never read. Nor a background pass
 * started with the worker (largest files first): measured, it gained
 * nothing clear over this, its reads competing with the page's own for the
 * same cores. Figures: bench/README.md (sw_verify.py).
 *
 * A planted or damaged body is dropped and downloaded again (download()
 * checks it against the manifest). False when the file is missing and
 * cannot be had: offline, or the host serves another deployment already;
 * that is not remembered, the next request tries again.
 *
 * What it leaves: an entry rewritten after this instance checked it is
 * served until the worker next starts (browsers stop an idle one after
 * ≈ 30 s); then it is found and replaced.
 */
function verified(path) {
  let check = checked.get(path);
  if (!check) {
    check = verify(path, MANIFEST.files[path]).catch(() => false); // storage failing: as if missing
    checked.set(path, check);
    check.then((ok) => ok || checked.delete(path));
  }
  return check;
}

async function verify(path, hash) {
  const url = new URL(path, SCOPE).href;
  const cache = await openCache();
  const have = await cache.match(url);
  if (have && (await verifiedBody(have, hash))) return true;
  if (have) await cache.delete(url); // never served, also when it cannot be replaced now
  try {
    await cache.put(url, await download(url, hash));
    return true;
  } catch {
    return false;
  }
}

/**
 * The cached response of a manifest path once verified(), else null (the
 * caller goes to the network, as for a file missing from the cache). It is
 * matched afresh rather than rebuilt from the checked bytes: a response read
 * from Cache Storage is the browser's fast path, and serving the checked
 * bytes instead measured slower, not faster (bench/README.md, sw_verify.py).
 */
async function fromCache(path) {
  if (!(path in MANIFEST.files) || !(await verified(path))) return null;
  try {
    const hit = await (await openCache()).match(new URL(path, SCOPE).href);
    if (hit) return hit;
  } catch {
    // storage failing: the network
  }
  checked.delete(path); // gone since it was checked (site data cleared): check again next time
  return null;
}

sw.addEventListener("install", (event) => {
  // Any failure fails the install: the running version stays in charge.
  event.waitUntil(precache());
});

sw.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await sw.clients.claim();
  })());
});

sw.addEventListener("message", (event) => {
  if (event.data?.type === "skip_waiting") sw.skipWaiting();
});

/**
 * The response with the headers that make a page cross-origin isolated
 * (SharedArrayBuffer, which interrupting a run needs). Static hosts
 * send none; the service worker adds them to everything it serves, so the
 * site is isolated from the first load it controls. COEP "credentialless"
 * rather than "require-corp": an image or iframe from another site that
 * sends no CORP header (st.image with a URL) still loads, without cookies.
 */
const ISOLATION_HEADERS = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "credentialless",
  "Cross-Origin-Resource-Policy": "same-origin",
};

function isolated(response) {
  if (response.type === "opaque" || response.type === "opaqueredirect" || response.status === 0) return response;
  // Precached responses carry the headers already (download() above) and are
  // served as they are: rebuilding a 10 MB response here measured ≈ 0.05 s
  // slower on a return visit (bench/README.md).
  if (response.headers.get("Cross-Origin-Embedder-Policy")) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** The manifest path a request names (folder URLs are their index.html). */
function manifestPath(url) {
  if (!url.href.startsWith(SCOPE)) return null;
  let path = url.pathname.slice(new URL(SCOPE).pathname.length);
  try {
    path = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (path === "" || path.endsWith("/")) path += "index.html";
  return path in MANIFEST.files ? path : null;
}

sw.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  const path = manifestPath(url);
  if (path === null && request.mode === "navigate" && !url.pathname.endsWith("/") && manifestPath(new URL(`${url.pathname}/`, url)) !== null) {
    // A page URL without its trailing slash: its relative URLs need the slash.
    event.respondWith(Response.redirect(`${url.pathname}/${url.search}`, 301));
    return;
  }
  if (path === null) {
    // Not part of the site (e.g. `stc serve`'s reload events), or an
    // unknown page: the network, else the site's own "Page not found".
    if (request.mode !== "navigate") return;
    event.respondWith(fetch(request).then(isolated, async () => {
      const notFound = await fromCache("404.html");
      return notFound ? isolated(new Response(notFound.body, { status: 404, headers: notFound.headers })) : Response.error();
    }));
    return;
  }
  event.respondWith((async () => isolated((await fromCache(path)) ?? (await fetch(request))))());
});
