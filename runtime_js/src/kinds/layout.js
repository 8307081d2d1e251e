// Layout containers and forms: container, expander, empty, tabs, popover,
// form + form_submit_button, chat_message, dialog.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
//
// What the visitor chooses here (the open tab, an open popover or expander,
// a dialog closed with Esc) is page state: the renderer keeps these nodes
// across reruns, so it survives them, as in Streamlit.
import { h, nextId } from "../dom.js";
import { safeUrl } from "../url_policy.js";

function iconNode(icon) {
  if (!icon) return null;
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  // No icon font ships with the site: a Material icon shows its name.
  if (material) return h("span", { class: "stc-icon stc-material-icon", "aria-hidden": "true", text: material[1].replace(/_/g, " ") });
  return h("span", { class: "stc-icon", "aria-hidden": "true", text: icon });
}

function labelled(node, el, ctx, text = el.label) {
  const label = h("span", { class: "stc-inline-label" });
  label.innerHTML = ctx.markdown.inline(text);
  node.replaceChildren(...[iconNode(el.icon), label].filter(Boolean));
}

// --- container, expander, empty ---------------------------------------------

function styleContainer(div, el) {
  div.className = [
    "stc-block", el.horizontal ? "stc-horizontal stc-flow" : "stc-vertical",
    el.border ? "stc-border" : "", `stc-gap-${el.gap || "small"}`,
    el.horizontal ? `stc-halign-${el.horizontal_alignment || "left"}` : "",
    `stc-valign-${el.vertical_alignment || "top"}`,
    el.key ? `st-key-${String(el.key).replace(/[^\w-]/g, "-")}` : "",
  ].filter(Boolean).join(" ");
  div.style.height = el.height ? `${el.height}px` : "";
  div.style.overflow = el.height ? "auto" : "";
  div.style.width = el.width ? `${el.width}px` : "";
}

export const KINDS = {
  "block:vertical": {
    create(el) {
      const div = h("div", { "data-testid": "stVerticalBlock" });
      styleContainer(div, el);
      // A scrolling container is reachable by keyboard.
      if (el.height) div.tabIndex = 0;
      return { dom: div, slot: div };
    },
    update(dom, el) {
      styleContainer(dom, el);
      dom.classList.add("stc-element"); // the renderer's mark, reset above
      if (el.height) dom.tabIndex = 0;
      else dom.removeAttribute("tabindex");
    },
  },

  "block:expander": {
    create(el, ctx) {
      const details = h("details", { class: "stc-expander", "data-testid": "stExpander", open: el.expanded });
      const summary = h("summary", { "data-testid": "stExpanderHeader" });
      labelled(summary, el, ctx);
      const slot = h("div", { class: "stc-block stc-vertical stc-expander-body", "data-testid": "stExpanderDetails" });
      details.append(summary, slot);
      return { dom: details, slot };
    },
    update(dom, el, prev, ctx) {
      // `expanded` is only where it starts; the visitor opens and closes it.
      if (el.label !== prev.label || el.icon !== prev.icon) labelled(dom.querySelector("summary"), el, ctx);
    },
  },

  // st.empty(): holds nothing visible until something is written over it.
  empty: { create: () => ({ dom: h("div", { class: "stc-empty", "data-testid": "stEmpty", hidden: true }) }) },

  // --- tabs -------------------------------------------------------------------
  // A WAI-ARIA tablist: arrow keys, Home and End move between tabs (and show
  // them); only the selected tab is in the tab order.
  "block:tab_container": {
    create(el, ctx) {
      const wrap = h("div", { class: "stc-tabs", "data-testid": "stTabs" });
      const list = h("div", { class: "stc-tablist", role: "tablist" });
      const panels = h("div", { class: "stc-tab-panels" });
      wrap.append(list, panels);
      const tabs = { selected: el.default || 0, buttons: [] };
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
        tabs.selected = i;
        tabs.sync();
        if (focus) tabs.buttons[i].focus();
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
      wrap._stcTabs = tabs;
      return { dom: wrap, slot: panels };
    },
    update(dom, el) {
      const tabs = dom._stcTabs;
      tabs.selected = Math.min(tabs.selected, el.labels.length - 1);
      tabs.build(el.labels);
      queueMicrotask(tabs.sync); // once the panels of this run are in
    },
  },

  "block:tab": {
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
      });
      wrap.append(button, panel);
      wrap._stcShow = (e) => {
        labelled(button, e, ctx);
        button.append(h("span", { class: "stc-chevron", "aria-hidden": "true", text: "⌄" }));
        button.disabled = e.disabled;
        button.title = e.help || "";
        button.classList.toggle("stc-full-width", e.use_container_width);
        panel.setAttribute("aria-label", button.textContent.replace("⌄", "").trim());
      };
      wrap._stcShow(el);
      return { dom: wrap, slot };
    },
    update(dom, el) {
      dom._stcShow(el);
    },
  },

  // --- forms ----------------------------------------------------------------------
  "block:form": {
    create(el, ctx) {
      const dom = h("div", { class: `stc-form${el.border ? " stc-border" : ""}`, "data-testid": "stForm", "data-form-id": el.form_id });
      const slot = h("div", { class: "stc-block stc-vertical" });
      if (el.height) Object.assign(slot.style, { height: `${el.height}px`, overflow: "auto" });
      // Streamlit's page shows this in a form that has no submit button.
      const missing = h("div", { class: "stc-alert stc-alert-error stc-form-missing", role: "alert", "data-testid": "stFormMissingSubmitButton", hidden: true });
      const text = h("div", { class: "stc-alert-body stc-markdown" });
      text.innerHTML = ctx.markdown.block(MISSING_SUBMIT_BUTTON);
      missing.append(text);
      dom.append(slot, missing);
      dom._stcForm = el;
      // Enter in a text or number input (Ctrl/Cmd+Enter in a text area,
      // which signals "stc-submit") submits the form like its first submit
      // button. The widget's own handler has already committed the value.
      const submit = () => {
        if (!dom._stcForm.enter_to_submit) return;
        const button = dom.querySelector('[data-testid="stFormSubmitButton"] button');
        if (button && !button.disabled) button.click();
      };
      dom.addEventListener("keydown", (e) => {
        if (e.key !== "Enter" || e.isComposing || e.target.tagName !== "INPUT") return;
        if (!e.target.closest('[data-testid="stTextInput"], [data-testid="stNumberInput"]')) return;
        submit();
      });
      dom.addEventListener("stc-submit", submit);
      return { dom, slot };
    },
    update(dom, el) {
      dom._stcForm = el;
      dom.classList.toggle("stc-border", el.border);
    },
  },

  form_submit_button: {
    create(el, ctx) {
      const wrap = h("div", { class: "stc-widget stc-button-wrap", "data-testid": "stFormSubmitButton" });
      const button = h("button", { type: "button", class: `stc-button stc-button-${el.button_type}`, disabled: el.disabled, title: el.help });
      labelled(button, el, ctx);
      if (el.use_container_width) button.classList.add("stc-full-width");
      button.addEventListener("click", () => {
        const form = wrap.closest('[data-testid="stForm"]');
        const active = document.activeElement;
        if (form?._stcForm?.clear_on_submit && active && form.contains(active) && active !== button) {
          // The field is about to be reset to its default; a focused input
          // would keep the visitor's text, so step out and come back after.
          refocus = active;
          active.blur();
        }
        ctx.submitForm(el.form_id, el.id);
      });
      wrap.append(button);
      return { dom: wrap };
    },
    update(dom, el, prev, ctx) {
      const button = dom.querySelector("button");
      button.disabled = el.disabled;
      if (el.label !== prev.label || el.icon !== prev.icon) labelled(button, el, ctx);
    },
  },

  // --- chat_message -------------------------------------------------------------
  "block:chat_message": {
    create(el) {
      const wrap = h("div", { class: "stc-chat-message", role: "group", "data-testid": "stChatMessage" });
      const slot = h("div", { class: "stc-block stc-vertical stc-chat-content", "data-testid": "stChatMessageContent" });
      wrap.append(h("span"), slot);
      showAuthor(wrap, el);
      return { dom: wrap, slot };
    },
    update(dom, el) {
      showAuthor(dom, el);
    },
  },

  // --- dialog ---------------------------------------------------------------------
  // A modal <dialog>: focus stays inside, the page behind is inert. Closing
  // it (button, Esc, a click outside) sends nothing unless the app asked
  // for on_dismiss; a run that does not draw it removes it.
  "block:dialog": {
    create(el, ctx) {
      const titleId = nextId();
      const dialog = h("dialog", { class: "stc-dialog", "aria-labelledby": titleId, "data-testid": "stDialog" });
      const title = h("h2", { id: titleId, class: "stc-dialog-title" });
      const close = h("button", { type: "button", class: "stc-dialog-close", "aria-label": "Close", text: "×" });
      close.addEventListener("click", () => dialog.close());
      const slot = h("div", { class: "stc-block stc-vertical stc-dialog-body" });
      dialog.append(h("div", { class: "stc-dialog-head" }, title, close), slot);
      dialog._stcShow = (e) => {
        dialog._stcDialog = e;
        for (const w of ["small", "medium", "large"]) dialog.classList.toggle(`stc-dialog-${w}`, e.width === w);
        title.innerHTML = ctx.markdown.inline(e.title);
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
    update(dom, el, prev) {
      dom._stcShow(el);
      // Each run that calls the dialog function opens it (again).
      if (el.opened_in_run !== prev.opened_in_run) openDialog(dom);
    },
  },
};

function openDialog(dialog) {
  if (dialog.isConnected && !dialog.open) dialog.showModal();
}

// --- chat avatars -------------------------------------------------------------------

const SVG = "http://www.w3.org/2000/svg";

function svgIcon(paths) {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  for (const d of paths) {
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}

const USER_ICON = ["M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Z", "M3.5 21a8.5 8.5 0 0 1 17 0Z"];
const ASSISTANT_ICON = [
  "M11 2h2v3h-2Z",
  "M6 6h12a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3V9a3 3 0 0 1 3-3Zm3 5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm6 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm-6 5v1.5h6V16Z",
];

function showAuthor(wrap, el) {
  const preset = { user: "user", human: "user", assistant: "assistant", ai: "assistant" }[el.avatar_type === "icon" ? el.avatar : ""];
  let avatar;
  if (preset) {
    avatar = h("div", { class: `stc-avatar stc-avatar-${preset}`, "data-testid": preset === "user" ? "stChatMessageAvatarUser" : "stChatMessageAvatarAssistant" });
    avatar.append(svgIcon(preset === "user" ? USER_ICON : ASSISTANT_ICON));
  } else if (el.avatar_type === "image") {
    avatar = h("img", { class: "stc-avatar stc-avatar-image", src: safeUrl(el.avatar, "image"), alt: "", "data-testid": "stChatMessageAvatarImage" });
  } else {
    // An emoji, a Material icon, or (no avatar) the name's first letter.
    const text = el.avatar_type === "emoji" ? el.avatar : iconNode(el.avatar)?.textContent || (el.name ? [...el.name][0].toUpperCase() : "?");
    avatar = h("div", { class: "stc-avatar stc-avatar-custom", "data-testid": "stChatMessageAvatarCustom", text });
  }
  avatar.setAttribute("aria-hidden", "true");
  wrap.replaceChild(avatar, wrap.firstChild);
  wrap.setAttribute("aria-label", `Chat message from ${el.name}`);
  wrap.classList.toggle("stc-chat-user", preset === "user");
}

// --- after each run -------------------------------------------------------------------

const MISSING_SUBMIT_BUTTON =
  "**Missing Submit Button**\n\nThis form has no submit button, which means that user interactions will never be sent to your Streamlit app." +
  "\n\nTo create a submit button, use the `st.form_submit_button()` function." +
  "\n\nFor more information, refer to the [documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).";

let refocus = null; // the input a clear_on_submit form was submitted from

/** Called by the page when a run has finished (and its leftovers are swept). */
export function afterRun() {
  for (const form of document.querySelectorAll('[data-testid="stForm"]')) {
    const missing = form.querySelector(":scope > .stc-form-missing");
    if (missing) missing.hidden = !!form.querySelector('[data-testid="stFormSubmitButton"]');
  }
  if (refocus?.isConnected) refocus.focus();
  refocus = null;
}
