// @ts-check
// Layout containers: container (vertical, and horizontal flow), columns,
// expander, empty, tabs, popover, dialog.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
//
// What the visitor chooses here (the open tab, an open popover or expander,
// a dialog closed with Esc) is page state: the renderer keeps these nodes
// across reruns, so it survives them, as in Streamlit.
import { h, nextId } from "../dom.js";
import { applyHeight, applyWidth, applyWrap, iconNode, labelled } from "./_shared.js";

/** @typedef {import("../protocol.js").ColumnBlock} ColumnBlock */
/** @typedef {import("../protocol.js").DialogBlock} DialogBlock */
/** @typedef {import("../protocol.js").ExpanderBlock} ExpanderBlock */
/** @typedef {import("../protocol.js").HorizontalBlock} HorizontalBlock */
/** @typedef {import("../protocol.js").PopoverBlock} PopoverBlock */
/** @typedef {import("../protocol.js").TabBlock} TabBlock */
/** @typedef {import("../protocol.js").TabContainerBlock} TabContainerBlock */
/** @typedef {import("../protocol.js").VerticalBlock} VerticalBlock */

// --- container, columns, expander, empty ----------------------------------------

/** The CSS class Streamlit gives a keyed container. @param {string | null | undefined} key */
function keyClass(key) {
  return key ? `st-key-${String(key).replace(/[^\w-]/g, "-")}` : "";
}

/** @param {HTMLElement} node @param {string | null | undefined} key */
function applyKey(node, key) {
  for (const c of [...node.classList]) if (c.startsWith("st-key-")) node.classList.remove(c);
  const cls = keyClass(key);
  if (cls) node.classList.add(cls);
}

/**
 * width, height and key of st.tabs. A fixed or stretched height makes the
 * selected panel scroll (the tab bar stays), as in 1.67.
 * @param {HTMLElement} wrap @param {TabContainerBlock} el
 */
function styleTabs(wrap, el) {
  applyWidth(wrap, el.width);
  applyHeight(wrap, el.height);
  wrap.style.overflowY = "";
  wrap.classList.toggle("stc-tabs-sized", el.height !== "content" && el.height !== undefined);
  applyKey(wrap, el.key);
}

/** @param {HTMLElement} details @param {ExpanderBlock} el */
function styleExpander(details, el) {
  for (const t of ["default", "compact", "step"]) details.classList.toggle(`stc-expander-type-${t}`, (el.type || "default") === t);
  applyKey(details, el.key);
  applyWidth(details, el.width);
}

/** @param {HTMLElement} div @param {VerticalBlock} el */
function styleContainer(div, el) {
  div.className = [
    "stc-block", el.horizontal ? "stc-horizontal stc-flow" : "stc-vertical",
    el.border ? "stc-border" : "",
    el.horizontal ? `stc-halign-${el.horizontal_alignment || "left"}` : "",
    `stc-valign-${el.vertical_alignment || "top"}`,
    keyClass(el.key),
  ].filter(Boolean).join(" ");
  applyGap(div, el.gap);
  applyHeight(div, el.height);
  applyWidth(div, el.width);
}

/** A container's or a row's ``gap``: a named size (a class), or pixels. @param {HTMLElement} div @param {string | number | undefined} gap */
function applyGap(div, gap) {
  const px = typeof gap === "number";
  for (const c of [...div.classList]) if (c.startsWith("stc-gap-")) div.classList.remove(c);
  div.classList.add(`stc-gap-${px ? "px" : gap || "small"}`);
  div.style.gap = px ? `${gap}px` : "";
}

/**
 * ``autoscroll``: a container of fixed height follows what is added to it,
 * staying scrolled to its bottom (true: always; null: while it holds a chat
 * message, as 1.67 decides; false: never). The block's current payload is
 * read on each change, so an update that turns it off takes effect.
 * @param {HTMLElement & {_stcBlock?: VerticalBlock}} div
 */
function followContent(div) {
  const follows = () => {
    const el = div._stcBlock;
    if (!el || typeof el.height !== "number" || el.autoscroll === false) return false;
    return el.autoscroll === true || !!div.querySelector('[data-testid="stChatMessage"]');
  };
  new MutationObserver(() => {
    if (follows()) div.scrollTop = div.scrollHeight;
  }).observe(div, { childList: true, subtree: true, characterData: true });
}

export const KINDS = {
  "block:vertical": {
    /** @param {VerticalBlock} el */
    create(el) {
      const div = /** @type {HTMLElement & {_stcBlock?: VerticalBlock}} */ (h("div", { "data-testid": "stVerticalBlock" }));
      div._stcBlock = el;
      followContent(div);
      styleContainer(div, el);
      // A scrolling container is reachable by keyboard.
      if (typeof el.height === "number") div.tabIndex = 0; // a scrolling box takes keyboard focus
      return { dom: div, slot: div };
    },
    /** @param {VerticalBlock} el */
    update(dom, el) {
      dom._stcBlock = el;
      styleContainer(dom, el);
      dom.classList.add("stc-element"); // the renderer's mark, reset above
      if (typeof el.height === "number") dom.tabIndex = 0;
      else dom.removeAttribute("tabindex");
    },
  },

  "block:horizontal": {
    /** @param {HorizontalBlock} el */
    create(el) {
      const div = h("div", { class: `stc-block stc-horizontal stc-valign-${el.vertical_alignment}${el.wrap === false ? " stc-columns-nowrap" : ""}`, "data-testid": "stHorizontalBlock" });
      applyGap(div, el.gap);
      applyWidth(div, el.width ?? "stretch");
      return { dom: div, slot: div };
    },
  },

  "block:column": {
    /** @param {ColumnBlock} el */
    create(el) {
      const div = h("div", { class: `stc-block stc-column${el.border ? " stc-border" : ""}`, "data-testid": "stColumn" });
      div.style.flex = `${el.weight} 1 0%`;
      return { dom: div, slot: div };
    },
    /** @param {ColumnBlock} el */
    update(dom, el) {
      dom.style.flex = `${el.weight} 1 0%`;
    },
  },

  "block:expander": {
    /** @param {ExpanderBlock} el */
    create(el, ctx) {
      const details = /** @type {HTMLDetailsElement & {_stcExpander: ExpanderBlock}} */ (
        h("details", { class: "stc-expander", "data-testid": "stExpander", open: el.expanded }));
      details._stcExpander = el;
      const summary = h("summary", { "data-testid": "stExpanderHeader" });
      labelled(summary, el, ctx);
      const slot = h("div", { class: "stc-block stc-vertical stc-expander-body", "data-testid": "stExpanderDetails" });
      details.append(summary, slot);
      styleExpander(details, el);
      // A stateful expander (it has an id) tells the app each opening and
      // closing; the toggle an update causes (the app set it) matches the
      // payload and sends nothing.
      details.addEventListener("toggle", () => {
        const cur = details._stcExpander;
        if (cur.id && details.open !== cur.expanded) ctx.send(cur.id, details.open);
      });
      return { dom: details, slot };
    },
    /** @param {ExpanderBlock} el @param {ExpanderBlock} prev */
    update(dom, el, prev, ctx) {
      dom._stcExpander = el;
      if (el.label !== prev.label || el.icon !== prev.icon) labelled(dom.querySelector("summary"), el, ctx);
      styleExpander(dom, el);
      // Stateless, `expanded` is only where it starts: the visitor opens and
      // closes it. Stateful, the payload is the app's state of it.
      if (el.id && dom.open !== el.expanded) dom.open = el.expanded;
    },
  },

  // st.empty(): holds nothing visible until something is written over it.
  empty: { create: () => ({ dom: h("div", { class: "stc-empty", "data-testid": "stEmpty", hidden: true }) }) },

  // --- tabs -------------------------------------------------------------------
  // A WAI-ARIA tablist: arrow keys, Home and End move between tabs (and show
  // them); only the selected tab is in the tab order.
  "block:tab_container": {
    /** @param {TabContainerBlock} el */
    create(el, ctx) {
      const wrap = h("div", { class: "stc-tabs", "data-testid": "stTabs" });
      const list = h("div", { class: "stc-tablist", role: "tablist" });
      const panels = h("div", { class: "stc-tab-panels" });
      wrap.append(list, panels);
      const tabs = { selected: el.default || 0, buttons: [], el };
      tabs.sync = () => {
        tabs.buttons.forEach((button, i) => {
          const selected = i === tabs.selected;
          button.setAttribute("aria-selected", String(selected));
          button.tabIndex = selected ? 0 : -1;
          const panel = panels.children[i];
          if (!panel) return;
          button.setAttribute("aria-controls", panel.id);
          panel.setAttribute("aria-labelledby", button.id);
          panel.hidden = !selected;
        });
      };
      const select = (i, focus) => {
        const changed = i !== tabs.selected;
        tabs.selected = i;
        tabs.sync();
        if (focus) tabs.buttons[i].focus();
        // Stateful tabs (an id) tell the app the selected tab's label.
        const cur = tabs.el;
        if (changed && cur.id) ctx.send(cur.id, cur.labels[i]);
      };
      tabs.build = (labels) => {
        tabs.buttons = labels.map((label, i) => {
          const button = h("button", { type: "button", role: "tab", id: nextId(), class: "stc-tab", "data-testid": "stTab" });
          button.innerHTML = ctx.markdown.inline(label);
          button.addEventListener("click", () => select(i, false));
          return button;
        });
        list.replaceChildren(...tabs.buttons);
        tabs.sync();
      };
      list.addEventListener("keydown", (e) => {
        const n = tabs.buttons.length;
        const next = { ArrowRight: tabs.selected + 1, ArrowLeft: tabs.selected - 1 + n, Home: 0, End: n - 1 }[e.key];
        if (next === undefined) return;
        e.preventDefault();
        select(next % n, true);
      });
      tabs.build(el.labels);
      styleTabs(wrap, el);
      wrap._stcTabs = tabs;
      return { dom: wrap, slot: panels };
    },
    /** @param {TabContainerBlock} el */
    update(dom, el) {
      const tabs = dom._stcTabs;
      tabs.el = el;
      // Stateless, the visitor's tab stays; stateful, the payload says which
      // tab is selected (the app may have set it).
      tabs.selected = el.id ? el.default || 0 : Math.min(tabs.selected, el.labels.length - 1);
      tabs.build(el.labels);
      styleTabs(dom, el);
      queueMicrotask(tabs.sync); // once the panels of this run are in
    },
  },

  "block:tab": {
    /** @param {TabBlock} el */
    create(el) {
      const panel = h("div", { role: "tabpanel", id: nextId(), tabindex: 0, class: "stc-block stc-vertical stc-tab-panel", "data-testid": "stTabPanel" });
      panel.hidden = el.index !== 0;
      // The renderer inserts the panel right after this returns.
      queueMicrotask(() => panel.closest(".stc-tabs")?._stcTabs.sync());
      return { dom: panel, slot: panel };
    },
  },

  // --- popover ------------------------------------------------------------------
  // A native popover (top layer, light dismiss: Esc or a click outside).
  "block:popover": {
    /** @param {PopoverBlock} el */
    create(el, ctx) {
      const wrap = h("div", { class: "stc-popover", "data-testid": "stPopover" });
      const panel = h("div", { id: nextId(), popover: "auto", role: "dialog", class: "stc-popover-body", "data-testid": "stPopoverBody" });
      const slot = h("div", { class: "stc-block stc-vertical" });
      panel.append(slot);
      const button = h("button", {
        type: "button", class: "stc-button stc-button-secondary stc-popover-button", "data-testid": "stPopoverButton",
        popovertarget: panel.id, "aria-haspopup": "dialog", "aria-expanded": "false",
      });
      const place = () => {
        const r = button.getBoundingClientRect();
        panel.style.top = `${r.bottom + 4}px`;
        panel.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - panel.offsetWidth - 8))}px`;
      };
      // Placed before it shows (no flash at the corner), then again with its size known.
      panel.addEventListener("beforetoggle", (e) => e.newState === "open" && place());
      panel.addEventListener("toggle", (e) => {
        const open = e.newState === "open";
        button.setAttribute("aria-expanded", String(open));
        if (open) {
          place();
          window.addEventListener("scroll", place, { capture: true, passive: true });
        } else window.removeEventListener("scroll", place, { capture: true });
        // A stateful popover (an id) tells the app each opening and closing;
        // one the app asked for (an update) matches the payload: no send.
        const cur = wrap._stcPopover;
        if (cur.id && open !== cur.open) ctx.send(cur.id, open);
      });
      wrap.append(button, panel);
      /** @param {PopoverBlock} e */
      wrap._stcShow = (e) => {
        wrap._stcPopover = e;
        applyKey(wrap, e.key);
        labelled(button, e, ctx);
        button.append(h("span", { class: "stc-chevron", "aria-hidden": "true", text: "⌄" }));
        button.disabled = e.disabled;
        button.title = e.help || "";
        for (const t of ["primary", "secondary", "tertiary"]) button.classList.toggle(`stc-button-${t}`, (e.button_type || "secondary") === t);
        applyWidth(button, e.width);
        applyWrap(button, e.wrap);
        panel.setAttribute("aria-label", button.textContent.replace("⌄", "").trim());
      };
      wrap._stcShow(el);
      // Opened by the app (st.session_state) before the visitor saw it.
      if (el.id && el.open) queueMicrotask(() => setPopover(panel, true));
      return { dom: wrap, slot };
    },
    /** @param {PopoverBlock} el */
    update(dom, el) {
      dom._stcShow(el);
      if (el.id) setPopover(dom.querySelector(".stc-popover-body"), el.open);
    },
  },

  // A modal <dialog>: focus stays inside, the page behind is inert. Closing
  // it (button, Esc, a click outside) sends nothing unless the app asked
  // for on_dismiss; a run that does not draw it removes it.
  "block:dialog": {
    /** @param {DialogBlock} el */
    create(el, ctx) {
      const titleId = nextId();
      const dialog = h("dialog", { class: "stc-dialog", "aria-labelledby": titleId, "data-testid": "stDialog" });
      const title = h("h2", { id: titleId, class: "stc-dialog-title" });
      const close = h("button", { type: "button", class: "stc-dialog-close", "aria-label": "Close", text: "×" });
      close.addEventListener("click", () => dialog.close());
      const slot = h("div", { class: "stc-block stc-vertical stc-dialog-body" });
      dialog.append(h("div", { class: "stc-dialog-head" }, title, close), slot);
      /** @param {DialogBlock} e */
      dialog._stcShow = (e) => {
        dialog._stcDialog = e;
        for (const w of ["small", "medium", "large"]) dialog.classList.toggle(`stc-dialog-${w}`, e.width === w);
        for (const p of ["left", "center", "right"]) dialog.classList.toggle(`stc-dialog-at-${p}`, (e.position || "center") === p);
        title.innerHTML = ctx.markdown.inline(e.title);
        const icon = e.icon === "spinner" ? h("span", { class: "stc-spinner-icon", "aria-hidden": "true" }) : iconNode(e.icon);
        if (icon) {
          icon.classList.add("stc-dialog-icon");
          title.prepend(icon);
        }
        close.hidden = !e.dismissible;
      };
      dialog._stcShow(el);
      dialog.addEventListener("cancel", (e) => {
        if (!dialog._stcDialog.dismissible) e.preventDefault();
      });
      dialog.addEventListener("click", (e) => {
        if (e.target !== dialog || !dialog._stcDialog.dismissible) return;
        const r = dialog.getBoundingClientRect();
        const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
        if (!inside) dialog.close(); // a click on the backdrop
      });
      dialog.addEventListener("close", () => {
        const { dismiss_id: dismissId } = dialog._stcDialog;
        if (dialog.isConnected && dismissId) ctx.send(dismissId, true);
      });
      queueMicrotask(() => openDialog(dialog)); // once it is in the document
      return { dom: dialog, slot };
    },
    /** @param {DialogBlock} el @param {DialogBlock} prev */
    update(dom, el, prev) {
      dom._stcShow(el);
      // Each run that calls the dialog function opens it (again).
      if (el.opened_in_run !== prev.opened_in_run) openDialog(dom);
    },
  },
};

/** Open or close a popover's panel as the app's state says. @param {HTMLElement} panel @param {boolean} open */
function setPopover(panel, open) {
  if (!panel.isConnected || panel.matches(":popover-open") === open) return;
  if (open) panel.showPopover();
  else panel.hidePopover();
}

function openDialog(dialog) {
  if (dialog.isConnected && !dialog.open) dialog.showModal();
}
