// @ts-check
// Forms: form (a container whose widgets' changes wait for its submit
// button) and form_submit_button.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
import { h } from "../dom.js";
import { applyHeight, applyShortcut, applyWidth, applyWrap, buttonLabel } from "./_shared.js";

/** @typedef {import("../protocol.js").FormBlock} FormBlock */
/** @typedef {import("../protocol.js").FormSubmitButtonElement} FormSubmitButtonElement */

const MISSING_SUBMIT_BUTTON =
  "**Missing Submit Button**\n\nThis form has no submit button, which means that user interactions will never be sent to your Streamlit app." +
  "\n\nTo create a submit button, use the `st.form_submit_button()` function." +
  "\n\nFor more information, refer to the [documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).";

/** The form's width on the form, its height on its content (which scrolls). @param {HTMLElement} dom @param {HTMLElement} slot @param {FormBlock} el */
function sizeForm(dom, slot, el) {
  applyWidth(dom, el.width);
  applyHeight(slot, el.height);
  dom.classList.toggle("stc-height-stretch", el.height === "stretch");
}

let refocus = null; // the input a clear_on_submit form was submitted from

export const KINDS = {
  "block:form": {
    /** @param {FormBlock} el */
    create(el, ctx) {
      const dom = h("div", { class: `stc-form${el.border ? " stc-border" : ""}`, "data-testid": "stForm", "data-form-id": el.form_id });
      const slot = h("div", { class: "stc-block stc-vertical" });
      sizeForm(dom, slot, el);
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
    /** @param {FormBlock} el */
    update(dom, el) {
      dom._stcForm = el;
      dom.classList.toggle("stc-border", el.border);
      sizeForm(dom, /** @type {HTMLElement} */ (dom.firstElementChild), el);
    },
  },

  form_submit_button: {
    /** @param {FormSubmitButtonElement} el */
    create(el, ctx) {
      const wrap = h("div", { class: "stc-widget stc-button-wrap", "data-testid": "stFormSubmitButton" });
      const button = h("button", { type: "button", class: `stc-button stc-button-${el.button_type}`, disabled: el.disabled, title: el.help });
      buttonLabel(button, el, ctx);
      applyWidth(button, el.width);
      applyWrap(button, el.wrap);
      applyShortcut(button, el.shortcut);
      button.addEventListener("click", () => {
        const form = wrap.closest('[data-testid="stForm"]');
        const active = /** @type {HTMLElement | null} */ (document.activeElement);
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
    /** @param {FormSubmitButtonElement} el @param {FormSubmitButtonElement} prev */
    update(dom, el, prev, ctx) {
      const button = dom.querySelector("button");
      button.disabled = el.disabled;
      if (el.label !== prev.label || el.icon !== prev.icon || el.icon_position !== prev.icon_position) buttonLabel(button, el, ctx);
      applyWidth(button, el.width);
      applyWrap(button, el.wrap);
      applyShortcut(button, el.shortcut);
    },
  },
};

// --- after each run -------------------------------------------------------------------

/** Called by the page when a run has finished (and its leftovers are swept). */
export function afterRun() {
  for (const form of document.querySelectorAll('[data-testid="stForm"]')) {
    const missing = /** @type {HTMLElement | null} */ (form.querySelector(":scope > .stc-form-missing"));
    if (missing) missing.hidden = !!form.querySelector('[data-testid="stFormSubmitButton"]');
  }
  if (refocus?.isConnected) refocus.focus();
  refocus = null;
}
