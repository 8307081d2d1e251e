// @ts-check
// Chat: chat_input (the message box) and chat_message (a container with the
// author's avatar).
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
import { h } from "../dom.js";
import { safeUrl } from "../url_policy.js";
import { iconNode } from "./_shared.js";

/** @typedef {import("../protocol.js").ChatInputElement} ChatInputElement */
/** @typedef {import("../protocol.js").ChatMessageBlock} ChatMessageBlock */

export const KINDS = {
  chat_input: {
    // In the main area (position "bottom") the box is pinned to the bottom of
    // the page whatever the order of the app's calls, as Streamlit's bottom
    // container does (CSS: order + position: sticky); elsewhere it is inline.
    /** @param {ChatInputElement} el */
    create(el, ctx) {
      const wrap = h("div", { class: "stc-chat-input-wrap" });
      const box = h("div", { class: "stc-chat-input", "data-testid": "stChatInput" });
      const area = h("textarea", { rows: 1, "data-testid": "stChatInputTextArea" });
      const button = h("button", { type: "button", class: "stc-chat-send", "aria-label": "Send", "data-testid": "stChatInputSubmitButton", text: "➤" });
      const grow = () => {
        button.disabled = area.disabled || area.value.trim() === "";
        if (!area.isConnected) return; // no layout yet: CSS gives one line
        area.style.height = "auto";
        area.style.height = `${Math.min(area.scrollHeight, 240)}px`;
      };
      const submit = () => {
        const text = area.value;
        if (area.disabled || text.trim() === "") return;
        area.value = "";
        grow();
        ctx.send(el.id, text);
      };
      // Enter sends, Shift+Enter starts a new line (not while an IME is
      // composing a character).
      area.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
          e.preventDefault();
          submit();
        }
      });
      area.addEventListener("input", grow);
      button.addEventListener("click", () => {
        submit();
        area.focus();
      });
      /** @param {ChatInputElement} el @param {ChatInputElement | null} prev */
      wrap._stcApply = (el, prev) => {
        wrap.classList.toggle("stc-chat-bottom", el.position === "bottom");
        wrap.setAttribute("data-testid", el.position === "bottom" ? "stBottom" : "stChatInputContainer");
        area.placeholder = el.placeholder;
        area.setAttribute("aria-label", el.placeholder);
        if (el.max_chars) area.maxLength = el.max_chars;
        else area.removeAttribute("maxlength");
        area.disabled = el.disabled;
        // Text the app put into the box through st.session_state (unsent).
        if (el.value !== null && el.prefill_run !== prev?.prefill_run) area.value = el.value;
        grow();
      };
      box.append(area, button);
      wrap.append(box);
      wrap._stcApply(el, null);
      return { dom: wrap };
    },
    /** @param {ChatInputElement} el @param {ChatInputElement} prev */
    update(dom, el, prev) {
      dom._stcApply(el, prev);
    },
  },

  "block:chat_message": {
    /** @param {ChatMessageBlock} el */
    create(el) {
      const wrap = h("div", { class: "stc-chat-message", role: "group", "data-testid": "stChatMessage" });
      const slot = h("div", { class: "stc-block stc-vertical stc-chat-content", "data-testid": "stChatMessageContent" });
      wrap.append(h("span"), slot);
      showAuthor(wrap, el);
      return { dom: wrap, slot };
    },
    /** @param {ChatMessageBlock} el */
    update(dom, el) {
      showAuthor(dom, el);
    },
  },
};

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

/** @param {HTMLElement} wrap @param {ChatMessageBlock} el */
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

