// @ts-check
// Navigation: page_link, a link to a page of the app (switches in place
// through the router, no reload) or to another website (opens in a new tab),
// and page_config (st.set_page_config: the tab's title and icon, the layout;
// the chrome applies it, the element itself shows nothing).
import { h, helpIcon } from "../dom.js";
import { pageAnchor } from "../router.js";
import { safeUrl } from "../url_policy.js";
import { applyWidth } from "./_shared.js";

/** @typedef {import("../protocol.js").PageConfigElement} PageConfigElement */
/** @typedef {import("../protocol.js").PageLinkElement} PageLinkElement */

/** @param {PageLinkElement} el */
function link(el) {
  let a;
  if (el.external) {
    // A refused URL leaves a link without a target, shown as a disabled one.
    const href = safeUrl(el.href, "link");
    a = h("a", href ? { href, target: "_blank", rel: "noopener noreferrer" } : { "aria-disabled": "true" });
    if (el.icon) a.append(h("span", { class: "stc-icon", "aria-hidden": "true", text: el.icon.startsWith(":material/") ? el.icon.slice(10, -1).replace(/_/g, " ") : el.icon }));
    a.append(h("span", { class: "stc-nav-label", text: el.label }));
  } else {
    a = pageAnchor(el.url_path, el.label, el.icon, el.current ? { "aria-current": "page" } : {}, el.query_string || "");
  }
  if (el.icon_position === "right") {
    const icon = a.querySelector(".stc-icon");
    if (icon) a.append(icon); // after the label
  }
  a.className = `stc-page-link${el.current ? " stc-nav-current" : ""}`;
  a.dataset.testid = "stPageLink-NavLink";
  if (el.disabled) {
    a.setAttribute("aria-disabled", "true");
    a.removeAttribute("href");
    a.addEventListener("click", (e) => e.preventDefault());
  }
  return a;
}

export const KINDS = {
  page_link: {
    /** @param {PageLinkElement} el */
    create(el) {
      const wrap = h("div", { class: "stc-page-link-wrap", "data-testid": "stPageLink" }, link(el));
      applyWidth(wrap, el.width);
      const help = helpIcon(el.help);
      if (help) wrap.append(help);
      return { dom: wrap };
    },
  },

  page_config: {
    /** @param {PageConfigElement} el */
    create(el, ctx) {
      ctx.pageConfig(el);
      return { dom: h("div", { hidden: true }) };
    },
    /** @param {PageConfigElement} el @param {PageConfigElement} prev */
    update(dom, el, prev, ctx) {
      ctx.pageConfig(el);
    },
    remove(ctx) {
      ctx.pageConfig(null);
    },
  },
};
