// @ts-check
// Choice widgets: toggle, radio, multiselect, select_slider, pills,
// segmented_control, feedback, checkbox, selectbox, color_picker.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
//
// The page works with option labels and indices only (the worker maps them
// back to the app's option objects). Every control is a native one a screen
// reader and Playwright know: a switch checkbox, radios in a fieldset, a
// <select> to add to a multiselect (plus a "Remove …" button per chip), range
// inputs whose aria-valuetext is the option label, and aria-pressed buttons
// in a named group. Option labels are Markdown (ctx.markdown escapes HTML)
// or plain textContent.
import { h, helpIcon, nextId, widgetLabel } from "../dom.js";
import { applyWidth } from "./_shared.js";

/** @typedef {import("../protocol.js").CheckboxElement} CheckboxElement */
/** @typedef {import("../protocol.js").ColorPickerElement} ColorPickerElement */
/** @typedef {import("../protocol.js").FeedbackElement} FeedbackElement */
/** @typedef {import("../protocol.js").MultiselectElement} MultiselectElement */
/** @typedef {import("../protocol.js").PillsElement} PillsElement */
/** @typedef {import("../protocol.js").RadioElement} RadioElement */
/** @typedef {import("../protocol.js").SegmentedControlElement} SegmentedControlElement */
/** @typedef {import("../protocol.js").SelectSliderElement} SelectSliderElement */
/** @typedef {import("../protocol.js").SelectboxElement} SelectboxElement */
/** @typedef {import("../protocol.js").ToggleElement} ToggleElement */

/** Plain text of an inline-Markdown label (for aria-label texts). */
function plainText(ctx, markdownText) {
  const span = document.createElement("span");
  span.innerHTML = ctx.markdown.inline(markdownText);
  return span.textContent.trim();
}

// "hidden" keeps the label's space and its accessible name (opacity, not
// visibility: a fieldset or group named by a hidden label keeps its name).
function visibilityClass(el) {
  if (el.label_visibility === "hidden") return "stc-choice-label-hidden";
  if (el.label_visibility === "collapsed") return "stc-label-collapsed";
  return null;
}

/** Every prop but these is fixed for one widget id (they are in its identity). */
function sameShape(el, prev, live = ["value", "disabled"]) {
  const strip = (e) => JSON.stringify(Object.fromEntries(Object.entries(e).filter(([k]) => !live.includes(k))));
  return strip(el) === strip(prev);
}

/** Update in place when only live props changed, else rebuild the node's content. */
function rebuildIfReshaped(spec, dom, el, prev, ctx) {
  if (sameShape(el, prev)) return false;
  const fresh = spec.create(el, ctx).dom;
  dom.className = fresh.className;
  dom.replaceChildren(...fresh.childNodes);
  dom.style.cssText = fresh.style.cssText;
  dom._stc = fresh._stc;
  dom.classList.add("stc-element");
  return true;
}

// --- toggle ----------------------------------------------------------------------

const toggle = {
  /** @param {ToggleElement} el */
  create(el, ctx) {
    const wrap = h("div", { class: "stc-widget stc-toggle", "data-testid": "stCheckbox" });
    const input = h("input", { type: "checkbox", role: "switch", disabled: el.disabled });
    input.checked = !!el.value;
    input.addEventListener("change", () => ctx.send(el.id, input.checked));
    const text = h("span", { class: "stc-toggle-label" });
    text.innerHTML = ctx.markdown.inline(el.label);
    const hidden = visibilityClass(el);
    if (hidden) text.classList.add(hidden);
    wrap.append(h("label", {}, input, text));
    const help = helpIcon(el.help);
    if (help) wrap.append(help);
    applyWidth(wrap, el.width);
    return { dom: wrap };
  },
  /** @param {ToggleElement} el @param {ToggleElement} prev */
  update(dom, el, prev, ctx) {
    if (rebuildIfReshaped(toggle, dom, el, prev, ctx)) return;
    const input = dom.querySelector("input");
    input.disabled = el.disabled;
    input.checked = !!el.value;
  },
};

// --- radio -----------------------------------------------------------------------

const radio = {
  /** @param {RadioElement} el */
  create(el, ctx) {
    const wrap = h("div", { class: "stc-widget stc-radio", "data-testid": "stRadio" });
    const group = h("fieldset", { class: `stc-radio-group${el.horizontal ? " stc-radio-horizontal" : ""}`, role: "radiogroup", disabled: el.disabled });
    const legend = h("legend", { class: "stc-label", "data-testid": "stWidgetLabel" });
    legend.innerHTML = ctx.markdown.inline(el.label);
    const hidden = visibilityClass(el);
    if (hidden) legend.classList.add(hidden);
    const help = helpIcon(el.help);
    if (help) legend.append(" ", help);
    group.append(legend);
    const name = nextId();
    const options = h("div", { class: "stc-radio-options" });
    el.options.forEach((option, i) => {
      const input = h("input", { type: "radio", name, value: String(i) });
      input.checked = el.value === i;
      input.addEventListener("change", () => input.checked && ctx.send(el.id, i));
      const text = h("span", { class: "stc-radio-text" });
      text.innerHTML = ctx.markdown.inline(option);
      const item = h("div", { class: "stc-radio-item" }, h("label", { class: "stc-radio-option" }, input, text));
      const caption = el.captions?.[i];
      if (caption) {
        // Outside the <label>: the radio's name is the option label alone.
        const id = nextId();
        const note = h("div", { id, class: "stc-radio-caption stc-caption" });
        note.innerHTML = ctx.markdown.inline(caption);
        input.setAttribute("aria-describedby", id);
        item.append(note);
      }
      options.append(item);
    });
    group.append(options);
    wrap.append(group);
    applyWidth(wrap, el.width);
    return { dom: wrap };
  },
  /** @param {RadioElement} el @param {RadioElement} prev */
  update(dom, el, prev, ctx) {
    if (rebuildIfReshaped(radio, dom, el, prev, ctx)) return;
    dom.querySelector("fieldset").disabled = el.disabled;
    dom.querySelectorAll("input").forEach((input, i) => (input.checked = el.value === i));
  },
};

// --- multiselect -------------------------------------------------------------------

const multiselect = {
  /** @param {MultiselectElement} el */
  create(el, ctx) {
    const wrap = h("div", { class: "stc-widget stc-multiselect", "data-testid": "stMultiSelect" });
    const id = nextId();
    const label = widgetLabel(el, ctx, id);
    // Names of the helper controls do not repeat the label, so that
    // get_by_label(label) finds the <select> alone.
    const tags = h("ul", { class: "stc-multiselect-tags", "aria-label": "Selected options" });
    const select = h("select", { id, class: "stc-multiselect-add" });
    const clear = h("button", { type: "button", class: "stc-multiselect-clear", "aria-label": "Clear all", title: "Clear all", text: "×", "data-testid": "stMultiSelectClearAll" });
    const box = h("div", { class: "stc-multiselect-box" }, tags, select, clear);
    wrap.append(label, box);
    let newInput = null;
    if (el.accept_new_options) {
      newInput = h("input", { type: "text", class: "stc-multiselect-new", "aria-label": "Add a new option", placeholder: "Add an option and press Enter" });
      wrap.append(newInput);
    }
    // Streamlit's "You can only select up to N options" message: shown in
    // the <select> once the limit is reached, and announced from here (the
    // select's description).
    const notice = h("div", { id: nextId(), class: "stc-multiselect-notice stc-label-collapsed", "aria-live": "polite" });
    select.setAttribute("aria-describedby", notice.id);
    wrap.append(notice);

    const state = { value: [...el.value], disabled: el.disabled };
    const textOf = (item) => (typeof item === "number" ? el.options[item] : String(item));
    const full = () => el.max_selections && state.value.length >= el.max_selections;
    const commit = (value) => {
      state.value = value;
      render();
      ctx.send(el.id, value);
    };
    const render = () => {
      tags.replaceChildren(...state.value.map((item) => {
        const text = textOf(item);
        const remove = h("button", { type: "button", class: "stc-multiselect-remove", "aria-label": `Remove ${text}`, text: "×", disabled: state.disabled });
        remove.addEventListener("click", () => commit(state.value.filter((v) => v !== item)));
        return h("li", { class: "stc-multiselect-tag", "data-testid": "stMultiSelectTag" }, h("span", { text }), remove);
      }));
      const placeholderText = full()
        ? `You can only select up to ${el.max_selections} option${el.max_selections === 1 ? "" : "s"}. Remove an option first.`
        : el.placeholder;
      const items = [h("option", { value: "", disabled: true, text: placeholderText })];
      el.options.forEach((text, i) => {
        if (!state.value.includes(i)) items.push(h("option", { value: String(i), text }));
      });
      select.replaceChildren(...items);
      select.value = "";
      select.disabled = state.disabled || full() || items.length === 1;
      clear.hidden = state.value.length === 0;
      clear.disabled = state.disabled;
      if (newInput) newInput.disabled = state.disabled || full();
      notice.textContent = full() && !state.disabled ? placeholderText : "";
    };
    // A closed <select> changes its value on ArrowUp/ArrowDown, which here
    // would add an option per key press: open the list instead.
    select.addEventListener("keydown", (e) => {
      if ((e.key === "ArrowDown" || e.key === "ArrowUp") && !e.altKey) {
        e.preventDefault();
        try {
          select.showPicker();
        } catch {
          // no showPicker (older browsers): Alt+Down or Space opens the list
        }
      }
    });
    select.addEventListener("change", () => {
      if (select.value === "" || full()) return;
      commit([...state.value, Number(select.value)]);
    });
    clear.addEventListener("click", () => commit([]));
    if (newInput) {
      newInput.addEventListener("keydown", (e) => {
        if (e.key !== "Enter") return;
        e.preventDefault();
        const text = newInput.value.trim();
        if (!text || full()) return;
        newInput.value = "";
        // An entry that matches an option (ignoring case) selects the option.
        const match = el.options.findIndex((o) => o.toLowerCase() === text.toLowerCase());
        const item = match >= 0 ? match : text;
        if (state.value.some((v) => (typeof v === "number" ? v === item : typeof item === "string" && v.toLowerCase() === text.toLowerCase()))) return;
        commit([...state.value, item]);
      });
    }
    render();
    wrap._stc = { sync(value, disabled) { state.value = [...value]; state.disabled = disabled; render(); } };
    applyWidth(wrap, el.width);
    return { dom: wrap };
  },
  /** @param {MultiselectElement} el @param {MultiselectElement} prev */
  update(dom, el, prev, ctx) {
    if (rebuildIfReshaped(multiselect, dom, el, prev, ctx)) return;
    dom._stc.sync(el.value, el.disabled);
  },
};

// --- select_slider -------------------------------------------------------------------

const selectSlider = {
  /** @param {SelectSliderElement} el */
  create(el, ctx) {
    const wrap = h("div", { class: "stc-widget stc-slider stc-select-slider", "data-testid": "stSlider" });
    const last = el.options.length - 1;
    const inputs = el.value.map((v, i) => {
      const input = h("input", { id: nextId(), type: "range", min: 0, max: last, step: 1, disabled: el.disabled });
      if (el.is_range) input.setAttribute("aria-label", `${plainText(ctx, el.label)} ${i === 0 ? "start" : "end"}`);
      input.value = String(v);
      return input;
    });
    const readout = h("div", { class: "stc-slider-value", "data-testid": "stSliderThumbValue", "aria-hidden": "true" });
    const show = () => {
      const picked = inputs.map((i) => Number(i.value));
      readout.textContent = picked.map((i) => el.options[i]).join(" – ");
      inputs.forEach((i) => i.setAttribute("aria-valuetext", el.options[Number(i.value)]));
    };
    // Sent when the thumb is released (or a key changed it), as Streamlit does.
    const commit = () => {
      const picked = inputs.map((i) => Number(i.value)).sort((a, b) => a - b);
      ctx.send(el.id, picked);
    };
    inputs.forEach((i) => {
      i.addEventListener("input", show);
      i.addEventListener("change", commit);
    });
    show();
    wrap.append(
      widgetLabel(el, ctx, inputs[0].id),
      readout,
      h("div", { class: "stc-slider-row" }, ...inputs),
      h("div", { class: "stc-slider-bounds", "aria-hidden": "true" }, h("span", { text: el.options[0] }), h("span", { text: el.options[last] })),
    );
    wrap._stc = { show };
    applyWidth(wrap, el.width);
    return { dom: wrap };
  },
  /** @param {SelectSliderElement} el @param {SelectSliderElement} prev */
  update(dom, el, prev, ctx) {
    if (rebuildIfReshaped(selectSlider, dom, el, prev, ctx)) return;
    dom.querySelectorAll("input").forEach((input, k) => {
      input.disabled = el.disabled;
      input.value = String(el.value[k]);
    });
    dom._stc.show();
  },
};

// --- pills and segmented_control ---------------------------------------------------

function iconNode(icon) {
  if (!icon) return null;
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  // No icon font ships with the site: a Material icon shows its name.
  if (material) return h("span", { class: "stc-icon stc-material-icon", "aria-hidden": "true", "data-icon": material[1], text: material[1].replace(/_/g, " ") });
  return h("span", { class: "stc-icon", "aria-hidden": "true", text: icon });
}

function buttonGroup(style) {
  const spec = {
    /** @param {PillsElement | SegmentedControlElement} el */
    create(el, ctx) {
      const wrap = h("div", { class: `stc-widget stc-button-group stc-${style.replace("_", "-")}`, "data-testid": "stButtonGroup" });
      const labelId = nextId();
      const label = h("div", { id: labelId, class: "stc-label", "data-testid": "stWidgetLabel" });
      label.innerHTML = ctx.markdown.inline(el.label);
      const hidden = visibilityClass(el);
      if (hidden) label.classList.add(hidden);
      const help = helpIcon(el.help);
      if (help) label.append(" ", help);
      const group = h("div", { class: "stc-button-group-row", role: "group", "aria-labelledby": labelId });
      const state = { value: [...el.value] };
      const buttons = el.options.map((option, i) => {
        const button = h("button", { type: "button", class: "stc-group-button", disabled: el.disabled });
        const icon = iconNode(option.icon);
        if (icon) button.append(icon);
        if (option.content) {
          const content = h("span", { class: "stc-group-button-text" });
          content.innerHTML = ctx.markdown.inline(option.content);
          button.append(content);
        } else if (icon) {
          button.setAttribute("aria-label", icon.textContent);
          if (!icon.classList.contains("stc-material-icon")) icon.removeAttribute("aria-hidden");
        }
        button.addEventListener("click", () => {
          let next;
          if (el.selection_mode === "single") {
            if (state.value.includes(i)) {
              if (el.required) return; // a required selection cannot be cleared
              next = [];
            } else next = [i];
          } else {
            next = state.value.includes(i) ? state.value.filter((v) => v !== i) : [...state.value, i];
          }
          state.value = next;
          paint();
          ctx.send(el.id, next);
        });
        return button;
      });
      const testid = style === "pills" ? "stBaseButton-pills" : "stBaseButton-segmented_control";
      const paint = () => buttons.forEach((b, i) => {
        const on = state.value.includes(i);
        b.setAttribute("aria-pressed", on ? "true" : "false");
        b.setAttribute("data-testid", on ? `${testid}Active` : testid);
      });
      paint();
      group.append(...buttons);
      wrap.append(label, group);
      wrap._stc = { sync(value, disabled) { state.value = [...value]; buttons.forEach((b) => (b.disabled = disabled)); paint(); } };
      applyWidth(wrap, el.width);
      return { dom: wrap };
    },
    /** @param {PillsElement | SegmentedControlElement} el @param {PillsElement | SegmentedControlElement} prev */
    update(dom, el, prev, ctx) {
      if (rebuildIfReshaped(spec, dom, el, prev, ctx)) return;
      dom._stc.sync(el.value, el.disabled);
    },
  };
  return spec;
}

// --- feedback ----------------------------------------------------------------------

// Display order and sentiment values: thumbs up first (1), then down (0).
/** @type {Record<FeedbackElement["options"], Array<[number, string, string]>>} value, glyph, name */
const FEEDBACK = {
  thumbs: [[1, "👍", "Thumbs up"], [0, "👎", "Thumbs down"]],
  faces: [[0, "😞", "Very dissatisfied"], [1, "🙁", "Dissatisfied"], [2, "😐", "Neutral"], [3, "🙂", "Satisfied"], [4, "😀", "Very satisfied"]],
  stars: [0, 1, 2, 3, 4].map((v) => [v, "★", `${v + 1} star${v ? "s" : ""}`]),
};

const feedback = {
  /** @param {FeedbackElement} el */
  create(el, ctx) {
    const wrap = h("div", { class: `stc-widget stc-feedback stc-feedback-${el.options}`, "data-testid": "stFeedback", role: "group", "aria-label": "Feedback" });
    const state = { value: el.value };
    const buttons = FEEDBACK[el.options].map(([value, glyph, name]) => {
      const button = h("button", { type: "button", class: "stc-feedback-button", "aria-label": name, title: name, disabled: el.disabled, text: glyph });
      button.addEventListener("click", () => {
        // Choosing the current option again clears it.
        state.value = state.value === value ? null : value;
        paint();
        ctx.send(el.id, state.value);
      });
      return [value, button];
    });
    const paint = () => buttons.forEach(([value, b]) => {
      b.setAttribute("aria-pressed", state.value === value ? "true" : "false");
      // Stars light up to the chosen one.
      b.classList.toggle("stc-feedback-lit", el.options === "stars" ? state.value !== null && value <= state.value : state.value === value);
    });
    paint();
    wrap.append(...buttons.map(([, b]) => b));
    wrap._stc = { sync(value, disabled) { state.value = value; buttons.forEach(([, b]) => (b.disabled = disabled)); paint(); } };
    applyWidth(wrap, el.width);
    return { dom: wrap };
  },
  /** @param {FeedbackElement} el @param {FeedbackElement} prev */
  update(dom, el, prev, ctx) {
    if (rebuildIfReshaped(feedback, dom, el, prev, ctx)) return;
    dom._stc.sync(el.value, el.disabled);
  },
};

export const KINDS = {
  toggle,
  radio,
  multiselect,
  select_slider: selectSlider,
  pills: buttonGroup("pills"),
  segmented_control: buttonGroup("segmented_control"),
  feedback,

  checkbox: {
    /** @param {CheckboxElement} el */
    create(el, ctx) {
      const wrap = h("div", { class: "stc-widget stc-checkbox", "data-testid": "stCheckbox" });
      const input = h("input", { type: "checkbox", disabled: el.disabled });
      input.checked = !!el.value;
      input.addEventListener("change", () => ctx.send(el.id, input.checked));
      const text = h("span", { class: "stc-checkbox-label" });
      text.innerHTML = ctx.markdown.inline(el.label);
      const label = h("label", {}, input, text);
      if (el.label_visibility !== "visible") text.classList.add("stc-label-hidden");
      wrap.append(label);
      const help = helpIcon(el.help);
      if (help) wrap.append(help);
      return { dom: wrap };
    },
    /** @param {CheckboxElement} el */
    update(dom, el) {
      const input = dom.querySelector("input");
      input.disabled = el.disabled;
      input.checked = !!el.value;
    },
  },

  selectbox: {
    /** @param {SelectboxElement} el */
    create(el, ctx) {
      const id = nextId();
      const wrap = h("div", { class: "stc-widget stc-selectbox", "data-testid": "stSelectbox" });
      const select = h("select", { id, disabled: el.disabled });
      if (el.value === null) select.append(h("option", { value: "", disabled: true, text: el.placeholder }));
      el.options.forEach((label, i) => select.append(h("option", { value: String(i), text: label })));
      select.value = el.value === null ? "" : String(el.value);
      select.addEventListener("change", () => ctx.send(el.id, Number(select.value)));
      wrap.append(widgetLabel(el, ctx, id), select);
      return { dom: wrap };
    },
    /** @param {SelectboxElement} el @param {SelectboxElement} prev */
    update(dom, el, prev, ctx) {
      // Options are part of the widget id, so only value/disabled can differ.
      const select = dom.querySelector("select");
      select.disabled = el.disabled;
      select.value = el.value === null ? "" : String(el.value);
    },
  },

  color_picker: {
    /** @param {ColorPickerElement} el */
    create(el, ctx) {
      const id = nextId();
      const wrap = h("div", { class: "stc-widget stc-color-picker", "data-testid": "stColorPicker" });
      const input = h("input", { id, type: "color", disabled: el.disabled, "data-testid": "stColorPickerBlock" });
      const text = h("span", { class: "stc-color-value", "aria-hidden": "true" });
      const show = (value) => {
        // <input type=color> only takes "#rrggbb"; the app may give "#RGB".
        let hex = String(value).toLowerCase();
        if (/^#[0-9a-f]{3}$/.test(hex)) hex = `#${[...hex.slice(1)].map((c) => c + c).join("")}`;
        input.value = hex;
        text.textContent = value;
      };
      show(el.value);
      let sent = el.value;
      // "change" fires when the picker closes (Streamlit sends then too), not
      // on every move of the cursor.
      input.addEventListener("input", () => (text.textContent = input.value));
      input.addEventListener("change", () => {
        if (input.value === String(sent).toLowerCase()) return;
        sent = input.value;
        ctx.send(el.id, input.value);
      });
      wrap._stcSync = (value) => {
        sent = value;
        show(value);
      };
      wrap.append(widgetLabel(el, ctx, id), h("div", { class: "stc-color-row" }, input, text));
      return { dom: wrap };
    },
    /** @param {ColorPickerElement} el */
    update(dom, el) {
      dom.querySelector("input").disabled = el.disabled;
      dom._stcSync(el.value);
    },
  },
};
