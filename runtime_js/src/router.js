// @ts-check
// Multipage apps in the page: the URL <-> page mapping, the navigation menu
// and "Page not found", with the History API under the site's base path.
//
//   https://user.github.io/repo/            the default page (url_path "")
//   https://user.github.io/repo/Second/     the page "Second"
//   └── base ───────────────┘└ url_path ┘
//
// The base is the document's base URL: every page file of a build carries a
// <base> for its depth, and 404.html finds the site's root by probing for
// stc-site.json upwards from its URL (see templates/index.html.j2). Switching
// pages never reloads: the menu, st.page_link and back/forward post a Rerun
// with `page`; the worker answers with a Navigation message naming the page
// it shows, which we put in the URL (pushState) when it differs, e.g. after
// st.switch_page or when a page was not found.

import { h } from "./dom.js";
import { rerunMessage } from "./rerun.js";
import { iconNode } from "./kinds/_shared.js";

const basePath = new URL(document.baseURI).pathname.replace(/[^/]*$/, "");
/** @type {(msg: import("./protocol.js").Rerun) => void} */
let post = () => {};
let titleChanged = () => {};
let pageTitle = "";
let pageIcon = "";
let hasMenu = false;

/** The url_path the browser's address names ("" for the default page). */
export function urlPathFromLocation() {
  let path = location.pathname;
  if (!path.startsWith(basePath)) return "";
  path = path.slice(basePath.length).replace(/(^|\/)index\.html$/, "").replace(/\/+$/, "");
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The address of a page (a folder URL, as the build writes it). */
export function hrefFor(urlPath) {
  return basePath + (urlPath ? `${urlPath.split("/").map(encodeURIComponent).join("/")}/` : "");
}

let shown = urlPathFromLocation(); // the page the URL names

/**
 * Go to another page of the app without reloading (menu, st.page_link).
 * A page switch starts from a clean query string, as in Streamlit, or from
 * the one the link carries (st.page_link's query_params).
 * @param {string} urlPath @param {string} [query] without "?"
 */
export function navigate(urlPath, query = "") {
  if (urlPath !== shown || location.search.slice(1) !== query) {
    shown = urlPath;
    history.pushState(null, "", hrefFor(urlPath) + (query ? `?${query}` : ""));
  }
  queryString = query;
  post(rerunMessage({ page: urlPath, query_string: query }));
}

/** The title the tab shows unless st.set_page_config sets one. */
export const currentPageTitle = () => pageTitle;
export const currentPageIcon = () => pageIcon;
/** Whether the sidebar holds the navigation menu (so it is shown). */
export const sidebarHasMenu = () => hasMenu;

/**
 * @param {{post: (msg: import("./protocol.js").Rerun) => void, titleChanged: () => void}} env
 * `post` sends a message to the worker (queued until it is ready);
 * `titleChanged` reapplies the tab's title and favicon.
 */
export function initRouter(env) {
  post = env.post;
  titleChanged = env.titleChanged;
}

/**
 * Back/forward: the page the URL now names, or null when it did not change
 * (only the query or hash did).
 */
export function pageFromHistory() {
  const urlPath = urlPathFromLocation();
  if (urlPath === shown) return null;
  shown = urlPath;
  return urlPath;
}

// st.query_params lives in the URL. The worker got the boot-time query in
// Boot; it says when the app changes it (the URL is rewritten in place, no
// reload); back/forward changes it behind the app's back, so the app is told.
let queryString = location.search.slice(1);

/**
 * Back/forward (the page's one popstate listener): what the worker must be
 * told in one Rerun -- the page, when it changed, and the query string --
 * or null when only the hash changed. One step that changes both page and
 * query is one rerun, not two.
 * @returns {{page: string | null, query_string: string} | null}
 */
export function historyStep() {
  const page = pageFromHistory(); // multipage apps: null if the page is the same
  const qs = location.search.slice(1);
  if (page === null && qs === queryString) return null;
  queryString = qs;
  return { page, query_string: qs };
}

/** The app changed st.query_params: the address follows, in place. @param {import("./protocol.js").QueryParamsChanged} msg */
export function onQueryParamsChanged(msg) {
  queryString = msg.query_string;
  history.replaceState(history.state, "", location.pathname + (queryString ? `?${queryString}` : "") + location.hash);
}

/** The page to ask for in the first Rerun: the one the URL names. */
export const initialPage = () => shown;

/**
 * A link that switches pages in place (plain clicks) or opens a new tab;
 * `query` (without "?"): the query string the page opens with.
 */
export function pageAnchor(urlPath, label, iconName, attrs = {}, query = "") {
  const a = h("a", { href: hrefFor(urlPath) + (query ? `?${query}` : ""), ...attrs });
  const i = iconNode(iconName);
  if (i) a.append(i);
  a.append(h("span", { class: "stc-nav-label", text: label }));
  a.addEventListener("click", (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || a.getAttribute("aria-disabled") === "true") return;
    e.preventDefault();
    navigate(urlPath, query);
  });
  return a;
}

/** st.Page("https://..."): a menu item that opens the other site in a new tab. */
function externalAnchor(url, label, iconName, attrs) {
  const a = h("a", { href: url, target: "_blank", rel: "noopener noreferrer", ...attrs });
  const i = iconNode(iconName);
  if (i) a.append(i);
  a.append(h("span", { class: "stc-nav-label", text: label }));
  return a;
}

// The visitor's "View more" stays open across reruns (as in Streamlit, an
// expanded menu stays expanded).
let menuOpened = false;

function menu(msg) {
  const top = msg.position === "top";
  const nav = h("nav", { id: "stc-nav", class: top ? "stc-nav stc-nav-top" : "stc-nav", "aria-label": "Pages", "data-testid": top ? "stTopNav" : "stSidebarNav" });
  // st.navigation(expanded=): a sidebar menu of `limit` + 3 pages or more
  // lists `limit` of them and a "View N more" button (CSS lists them all
  // when the sidebar holds nothing else: chrome.js).
  const listed = msg.pages.filter((p) => !p.hidden).length;
  const limit = msg.visible_items ?? 10;
  const collapsible = !top && !msg.expanded && listed >= limit + 3;
  let list = null;
  let section = null;
  let n = 0;
  for (const page of msg.pages) {
    if (page.hidden) continue;
    const extra = collapsible && n >= limit;
    if (list === null || page.section !== section) {
      section = page.section;
      if (section) nav.append(h("header", { class: extra ? "stc-nav-section stc-nav-extra" : "stc-nav-section", "data-testid": "stNavSectionHeader", text: section }));
      list = nav.appendChild(h("ul", { "data-testid": "stSidebarNavItems" }));
    }
    const current = page.url_path === msg.current;
    const attrs = { class: current ? "stc-nav-link stc-nav-current" : "stc-nav-link", "data-testid": top ? "stTopNavLink" : "stSidebarNavLink" };
    if (current) attrs["aria-current"] = "page";
    // st.Page(help=): the item's tooltip (plain text; Streamlit's is markdown).
    if (page.help) attrs.title = page.help;
    list.append(h("li", extra ? { class: "stc-nav-extra" } : {},
      page.external_url ? externalAnchor(page.external_url, page.title, page.icon, attrs) : pageAnchor(page.url_path, page.title, page.icon, attrs)));
    n += 1;
  }
  if (collapsible) {
    const more = `View ${listed - limit} more`;
    const toggle = h("button", { type: "button", class: "stc-nav-toggle", "data-testid": "stSidebarNavViewButton" });
    const show = (/** @type {boolean} */ open) => {
      nav.classList.toggle("stc-nav-collapsed", !open);
      toggle.textContent = open ? "View less" : more;
      toggle.setAttribute("aria-expanded", String(open));
    };
    toggle.addEventListener("click", () => { menuOpened = !menuOpened; show(menuOpened); });
    show(menuOpened);
    nav.append(toggle);
  }
  return nav;
}

function notFound(path) {
  document.getElementById("stc-page-not-found")?.remove();
  const close = h("button", { type: "button", class: "stc-notice-close", "aria-label": "Dismiss", text: "×" });
  const box = h(
    "div",
    { id: "stc-page-not-found", class: "stc-page-not-found", role: "alert", "data-testid": "stPageNotFound" },
    h("strong", { text: "Page not found" }),
    h("span", { text: `You have requested page /${path}, but no corresponding page was found in the app. Running the app's default page.` }),
    close,
  );
  close.addEventListener("click", () => box.remove());
  document.getElementById("stc-main-wrap").prepend(box);
}

/** @param {import("./protocol.js").Navigation} msg */
export function onNavigation(msg) {
  document.getElementById("stc-nav")?.remove();
  const listed = msg.pages.filter((p) => !p.hidden).length;
  hasMenu = false;
  // One page: no menu, whatever the position (as in Streamlit).
  if (msg.position !== "hidden" && listed > 1) {
    if (msg.position === "top") document.getElementById("stc-main-wrap").prepend(menu(msg));
    else {
      document.getElementById("stc-sidebar").prepend(menu(msg));
      hasMenu = true;
    }
  }
  if (msg.not_found !== null && msg.not_found !== undefined) notFound(msg.not_found);
  if (msg.current !== shown) {
    // The app chose the page (st.switch_page, a page that was not found):
    // the address follows. Not found: replace the bad address.
    const url = hrefFor(msg.current) + (msg.query_string ? `?${msg.query_string}` : "");
    if (msg.not_found !== null && msg.not_found !== undefined) history.replaceState(null, "", url + location.hash);
    else history.pushState(null, "", url);
    shown = msg.current;
  }
  pageTitle = msg.title;
  pageIcon = msg.icon;
  titleChanged();
}
