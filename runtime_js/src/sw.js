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

const MANIFEST = self.__STC_MANIFEST;
const SCOPE = self.registration.scope; // ends with "/"
const PREFIX = `stc-site ${SCOPE} `;
const CACHE = PREFIX + MANIFEST.version;
const HASH_HEADER = "x-stc-sha256";

async function sha256(buffer) {
  const digest = await crypto.subtle.digest("SHA-256", buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The file's response from an older cache of this site, if its hash is the same. */
async function fromOldCaches(url, hash) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const old = await (await caches.open(name)).match(url);
    if (old && old.headers.get(HASH_HEADER) === hash) return old;
  }
  return null;
}

async function download(url, hash) {
  for (const mode of ["no-cache", "reload"]) {
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
  const cache = await caches.open(CACHE);
  const entries = Object.entries(MANIFEST.files);
  let next = 0;
  // A few downloads at a time: enough to fill the pipe, not to starve the page.
  const lane = async () => {
    while (next < entries.length) {
      const [path, hash] = entries[next++];
      const url = new URL(path, SCOPE).href;
      const have = await cache.match(url);
      if (have && have.headers.get(HASH_HEADER) === hash) continue;
      await cache.put(url, (await fromOldCaches(url, hash)) ?? (await download(url, hash)));
    }
  };
  await Promise.all([lane(), lane(), lane(), lane()]);
}

self.addEventListener("install", (event) => {
  // Any failure fails the install: the running version stays in charge.
  event.waitUntil(precache());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  if (event.data?.type === "skip_waiting") self.skipWaiting();
});

/**
 * The response with the headers that make a page cross-origin isolated
 * (SharedArrayBuffer: interrupting a run, issue 8 point 7). Static hosts
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

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
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
      const notFound = await (await caches.open(CACHE)).match(new URL("404.html", SCOPE).href);
      return notFound ? isolated(new Response(notFound.body, { status: 404, headers: notFound.headers })) : Response.error();
    }));
    return;
  }
  event.respondWith((async () => {
    const cached = await (await caches.open(CACHE)).match(new URL(path, SCOPE).href);
    return isolated(cached ?? (await fetch(request)));
  })());
});
