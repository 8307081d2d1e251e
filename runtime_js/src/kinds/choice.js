// @ts-check
// Choice widgets: toggle, radio, multiselect, select_slider, pills,
// segmented_control, feedback, checkbox, selectbox, color_picker.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
//
// The page works with option labels and indices only (the worker maps them
// back to the app's option objects); an entry the visitor types into a
// drop-down that accepts new options travels as its text. Every control has
// a role a screen reader and Playwright know: a switch checkbox, radios in a
// fieldset, a combobox with a listbox for selectbox and multiselect (plus a
// "Remove …" button per chip), range inputs whose aria-valuetext is the
// option label, and aria-pressed buttons in a named group. Option labels are
// Markdown (ctx.markdown escapes HTML) or plain textContent.
import { h, helpIcon, nextId, widgetLabel } from "../dom.js";
import { applyWidth, applyWrap, guardFormSubmits, iconNode } from "./_shared.js";

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
  dom._stcCheck = fresh._stcCheck;
  dom.classList.add("stc-element");
  return true;
}

// A checkbox's or toggle's label on one line (wrap=false, or "auto" in a
// column or a horizontal container) is cut with an ellipsis; hovering it
// shows the whole label.
function wrapLabel(wrap, text, wrapMode) {
  applyWrap(wrap, wrapMode);
  if (wrapMode === true) text.removeAttribute("title");
  else text.title = text.textContent.trim();
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
    wrapLabel(wrap, text, el.wrap);
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

// --- drop-downs the visitor types into (selectbox, multiselect) ------------------
// A text box with role "combobox" and a listbox under it. Typing narrows the
// options by the widget's filter_mode; ArrowUp/ArrowDown move through the
// rows, Enter or a click picks one, Escape closes the list (or, closed,
// clears a clearable selectbox). Besides options a row may be "Add: …" (a
// typed entry, accept_new_options) or "Select all" / "Select N matches"
// (multiselect).

/**
 * How well the typed letters match a label, in order and ignoring case:
 * null when they are not all in it; else higher is better. Of every way
 * the letters can be found in order, the best counts: each letter scores,
 * more when it follows the previous letter directly or starts a word, less
 * the further it is from the previous one (or from the start); the label
 * itself scores best, and of equals the shorter label wins.
 * @param {string} query @param {string} label @returns {number | null}
 */
export function fuzzyScore(query, label) {
  const q = query.toLowerCase();
  const text = label.toLowerCase();
  if (!q) return 0;
  if (q === text) return Number.POSITIVE_INFINITY;
  const n = text.length;
  const starts = [...text].map((c, j) => j === 0 || /[\s_\-./(]/.test(text[j - 1]) || (label[j] !== c && label[j - 1] === text[j - 1]));
  const GAP = 0.05;
  const LEAD = 0.01;
  // best[j]: the best score of the letters so far with the last one at j.
  let best = new Array(n).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < q.length; i++) {
    const next = new Array(n).fill(Number.NEGATIVE_INFINITY);
    let apart = Number.NEGATIVE_INFINITY; // best[k] - GAP * (j - 1 - k) over k <= j - 2
    for (let j = 0; j < n; j++) {
      if (j >= 2) apart = Math.max(apart, best[j - 2]) - GAP;
      if (text[j] !== q[i]) continue;
      const before = i === 0 ? -LEAD * j : Math.max(apart, j >= 1 ? best[j - 1] + 2 : Number.NEGATIVE_INFINITY);
      next[j] = before + 1 + (starts[j] ? 1.5 : 0);
    }
    best = next;
  }
  const score = Math.max(...best);
  return score === Number.NEGATIVE_INFINITY ? null : score - 0.001 * n;
}

/**
 * The options (``{label, index}``) that match ``query`` under a filter mode,
 * in the order shown: "fuzzy" best first (ties keep the options' order),
 * "contains" and "prefix" in the options' order; no query or no mode: all.
 * @template {{label: string}} T
 * @param {T[]} items @param {string} query @param {string | null} mode @returns {T[]}
 */
export function filterOptions(items, query, mode) {
  if (!query || mode === null) return items;
  const q = query.toLowerCase();
  if (mode === "contains") return items.filter((o) => o.label.toLowerCase().includes(q));
  if (mode === "prefix") return items.filter((o) => o.label.toLowerCase().startsWith(q));
  return items
    .map((item, order) => ({ item, order, score: fuzzyScore(query, item.label) }))
    .filter((m) => m.score !== null)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((m) => m.item);
}

/**
 * @typedef {{kind: "option", index: number, label: string} | {kind: "add", text: string, label: string} | {kind: "bulk", indices: number[], label: string}} Row
 */

/**
 * The text box, its list and the keyboard and mouse handling both
 * drop-downs share. ``rows(query, typed)`` lists what to show (``typed``:
 * the visitor has typed since the list opened, so it filters);
 * ``target(rows, query)`` is the row Enter picks when none is highlighted;
 * ``idleText()`` is what the box shows while the visitor is not typing.
 * @param {{id: string, typing: boolean, rows: (query: string, typed: boolean) => Row[], empty: () => string,
 *   target: (rows: Row[], query: string) => number, pick: (row: Row, query: string) => void,
 *   idleText: () => string, escape?: () => boolean, backspace?: () => void, keepOpen?: boolean}} spec
 */
function combobox(spec) {
  const listId = nextId();
  const input = /** @type {HTMLInputElement} */ (h("input", {
    id: spec.id, type: "text", role: "combobox", autocomplete: "off", spellcheck: "false",
    "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": listId,
  }));
  input.readOnly = !spec.typing; // filter_mode=None: pick from the list, no typing
  const list = h("ul", { id: listId, role: "listbox", class: "stc-combo-list", hidden: true });
  const state = { open: false, typed: false, active: -1, /** @type {Row[]} */ rows: [] };

  const draw = () => {
    const query = state.typed ? input.value : "";
    state.rows = spec.rows(query, state.typed);
    if (state.active >= state.rows.length) state.active = -1;
    const items = state.rows.map((row, i) => {
      const li = h("li", { id: `${listId}-${i}`, role: "option", class: `stc-combo-row stc-combo-${row.kind}`, "aria-selected": i === state.active ? "true" : "false", text: row.label });
      // mousedown would move the focus out of the box and close the list.
      li.addEventListener("mousedown", (e) => e.preventDefault());
      li.addEventListener("click", () => choose(i));
      return li;
    });
    if (!items.length) items.push(h("li", { class: "stc-combo-empty", role: "presentation", text: spec.empty() }));
    list.replaceChildren(...items);
    if (state.active >= 0) {
      input.setAttribute("aria-activedescendant", `${listId}-${state.active}`);
      list.children[state.active]?.scrollIntoView?.({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };
  const open = () => {
    if (input.disabled || state.open) return;
    state.open = true;
    state.active = -1;
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    draw();
  };
  const close = () => {
    state.open = false;
    state.typed = false;
    state.active = -1;
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    input.value = spec.idleText();
  };
  const choose = (i) => {
    const row = state.rows[i];
    if (!row) return;
    const query = input.value;
    if (spec.keepOpen) {
      state.typed = false;
      state.active = -1;
      input.value = "";
      spec.pick(row, query);
      if (state.open) draw();
    } else {
      close();
      spec.pick(row, query);
      input.value = spec.idleText();
    }
  };

  input.addEventListener("mousedown", () => (state.open ? close() : open()));
  input.addEventListener("input", () => {
    state.typed = true;
    if (!state.open) open();
    state.active = -1;
    draw();
  });
  input.addEventListener("keydown", (e) => {
    if (e.isComposing) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!state.open) return open();
      const n = state.rows.length;
      if (!n) return;
      state.active = e.key === "ArrowDown" ? (state.active + 1) % n : (state.active <= 0 ? n - 1 : state.active - 1);
      draw();
    } else if (e.key === "Enter") {
      if (!state.open) return;
      e.preventDefault();
      e.stopPropagation(); // picking is not a form's Enter-to-submit
      choose(state.active >= 0 ? state.active : spec.target(state.rows, state.typed ? input.value : ""));
    } else if (e.key === "Escape") {
      if (state.open) {
        e.preventDefault();
        close();
      } else if (spec.escape?.()) e.preventDefault();
    } else if (e.key === "Backspace" && !input.value && spec.backspace) {
      spec.backspace();
    } else if (e.key === "Tab" && state.open) close();
  });
  input.addEventListener("blur", () => state.open && close());

  return {
    input, list,
    refresh() { if (state.open) draw(); else input.value = spec.idleText(); },
    close,
  };
}

/** Index -> label rows of the options a drop-down may offer. @param {string[]} labels */
const optionRows = (labels, skip = (/** @type {number} */ _i) => false) =>
  labels.flatMap((label, index) => (skip(index) ? [] : [{ kind: /** @type {const} */ ("option"), index, label }]));

// --- selectbox ---------------------------------------------------------------------

/** The text shown while nothing is chosen, when the app gave none (as 1.67's page chooses it). */
function contextualPlaceholder(hasOptions, acceptNew, many) {
  if (!hasOptions) return acceptNew ? (many ? "Add options" : "Add an option") : "No options to select";
  if (acceptNew) return many ? "Choose or add options" : "Choose or add an option";
  return many ? "Choose options" : "Choose an option";
}

const selectbox = {
  /** @param {SelectboxElement} el */
  create(el, ctx) {
    const id = nextId();
    const wrap = h("div", { class: "stc-widget stc-selectbox", "data-testid": "stSelectbox" });
    const label = widgetLabel(el, ctx, id); // with "(required)" when el.required
    const state = { value: el.value };
    const nothingToPick = el.options.length === 0 && !el.accept_new_options;
    const labelOf = (v) => (v === null ? "" : typeof v === "number" ? el.options[v] ?? "" : v);
    const commit = (value) => {
      const changed = value !== state.value;
      state.value = value;
      paint();
      if (changed) ctx.send(el.id, value);
    };
    const box = combobox({
      id,
      typing: el.filter_mode !== null,
      idleText: () => labelOf(state.value),
      rows(query, typed) {
        const rows = /** @type {Row[]} */ (filterOptions(optionRows(el.options), typed ? query : "", el.filter_mode));
        if (el.accept_new_options && typed && query && !el.options.includes(query)) rows.unshift({ kind: "add", text: query, label: `Add: ${query}` });
        return rows;
      },
      empty: () => "No results",
      target(rows, query) {
        if (rows[0]?.kind === "add") return 0;
        const same = rows.findIndex((r) => r.kind === "option" && r.label === query);
        return same >= 0 ? same : rows.findIndex((r) => r.kind === "option");
      },
      pick: (row) => commit(row.kind === "add" ? row.text : /** @type {{index: number}} */ (row).index),
      escape() {
        if (!el.clearable || state.value === null) return false;
        commit(null);
        return true;
      },
    });
    const input = box.input;
    input.placeholder = el.placeholder ?? contextualPlaceholder(!nothingToPick && el.options.length > 0, el.accept_new_options, false);
    if (el.required) input.setAttribute("aria-required", "true");
    const clear = h("button", { type: "button", class: "stc-combo-clear", "aria-label": "Clear value", title: "Clear value", text: "×" });
    clear.addEventListener("click", () => {
      commit(null);
      input.focus();
    });
    const error = h("div", { id: nextId(), class: "stc-combo-error", role: "alert", "data-testid": "stSelectboxError" });
    const icon = el.icon === "spinner" ? h("span", { class: "stc-spinner-icon", "aria-hidden": "true", "data-testid": "stSelectboxIcon" }) : iconNode(el.icon);
    if (icon) {
      icon.classList.add("stc-combo-icon");
      icon.setAttribute("data-testid", "stSelectboxIcon");
    }
    const field = h("div", { class: "stc-combo" }, icon, input, clear, box.list);
    const paint = () => {
      input.disabled = el.disabled || nothingToPick;
      clear.hidden = !el.clearable || state.value === null || input.disabled;
      box.refresh();
      if (state.value !== null) flag(false);
    };
    const flag = (on) => {
      error.textContent = on ? "This field is required." : "";
      if (on) {
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", error.id);
      } else {
        input.removeAttribute("aria-invalid");
        input.removeAttribute("aria-describedby");
      }
    };
    if (el.required) {
      // A form does not submit while a required selectbox in it is empty
      // (the check 1.67 runs in the browser): the form guard asks every
      // ".stc-checked" field in the form through its _stcCheck.
      guardFormSubmits();
      wrap.classList.add("stc-checked");
      wrap._stcCheck = () => {
        flag(state.value === null);
        return state.value !== null;
      };
    }
    wrap.append(label, field, error);
    wrap._stc = { sync(value, disabled) { state.value = value; el = { ...el, disabled }; paint(); } };
    paint();
    applyWidth(wrap, el.width);
    return { dom: wrap };
  },
  /** @param {SelectboxElement} el @param {SelectboxElement} prev */
  update(dom, el, prev, ctx) {
    if (rebuildIfReshaped(selectbox, dom, el, prev, ctx)) return;
    dom._stc.sync(el.value, el.disabled);
  },
};

// --- multiselect -------------------------------------------------------------------

/** Whether "Select all" is offered for `count` options left to pick (select_all: -1 always, 0 never, N up to N). */
const offersSelectAll = (count, limit) => count >= 2 && (limit === -1 || (limit > 0 && count <= limit));

const multiselect = {
  /** @param {MultiselectElement} el */
  create(el, ctx) {
    const wrap = h("div", { class: "stc-widget stc-multiselect", "data-testid": "stMultiSelect" });
    const id = nextId();
    const label = widgetLabel(el, ctx, id);
    // Names of the helper controls do not repeat the label, so that
    // get_by_label(label) finds the text box alone.
    const tags = h("ul", { class: "stc-multiselect-tags", "aria-label": "Selected options" });
    const clear = h("button", { type: "button", class: "stc-multiselect-clear", "aria-label": "Clear all", title: "Clear all", text: "×", "data-testid": "stMultiSelectClearAll" });
    // Streamlit's "You can only select up to N options" message: the list's
    // only line once the limit is reached, and the box's description.
    const notice = h("div", { id: nextId(), class: "stc-multiselect-notice stc-label-collapsed", "aria-live": "polite" });
    const state = { value: [...el.value], disabled: el.disabled };
    const nothingToPick = el.options.length === 0 && !el.accept_new_options;
    const full = () => !!el.max_selections && state.value.length >= el.max_selections;
    const limitText = () => `You can only select up to ${el.max_selections} option${el.max_selections === 1 ? "" : "s"}. Remove an option first.`;
    const textOf = (item) => (typeof item === "number" ? el.options[item] : String(item));
    const commit = (value) => {
      state.value = value;
      render();
      ctx.send(el.id, value);
    };
    const sameText = (a, b) => a.toLowerCase() === b.toLowerCase();
    const box = combobox({
      id,
      typing: el.filter_mode !== null,
      keepOpen: true,
      idleText: () => "",
      rows(query, typed) {
        if (full()) return [];
        const left = optionRows(el.options, (i) => state.value.includes(i));
        const shown = /** @type {Row[]} */ (filterOptions(left, typed ? query : "", el.filter_mode));
        const rows = /** @type {Row[]} */ ([]);
        if (offersSelectAll(shown.length, el.select_all)) {
          const indices = shown.map((r) => /** @type {{index: number}} */ (r).index);
          rows.push({ kind: "bulk", indices, label: typed && query.trim() ? `Select ${indices.length} matches` : "Select all" });
        }
        rows.push(...shown);
        if (el.accept_new_options && typed && query && !el.options.includes(query) && !state.value.includes(query)) {
          rows.push({ kind: "add", text: query, label: `Add: ${query}` });
        }
        return rows;
      },
      empty: () => (full() ? limitText() : "No results"),
      target: (rows) => (rows.length ? 0 : -1),
      pick(row) {
        if (full()) return;
        if (row.kind === "option") return commit([...state.value, row.index]);
        if (row.kind === "bulk") {
          // Never past max_selections: the app would refuse the list.
          const room = el.max_selections ? el.max_selections - state.value.length : row.indices.length;
          return commit([...state.value, ...row.indices.slice(0, room)]);
        }
        // A typed entry that matches an option but for case picks the option;
        // one already chosen (either way) is not added twice.
        const match = el.options.findIndex((o) => sameText(o, row.text));
        if (state.value.some((v) => (typeof v === "number" ? v === match : sameText(v, row.text)))) return;
        commit([...state.value, match >= 0 ? match : row.text]);
      },
      backspace: () => state.value.length && !state.disabled && commit(state.value.slice(0, -1)),
    });
    const input = box.input;
    input.setAttribute("aria-describedby", notice.id);
    input.classList.add("stc-multiselect-add");
    const field = h("div", { class: "stc-multiselect-box stc-combo" }, tags, input, clear, box.list);
    applyWrap(field, el.wrap);
    wrap.append(label, field, notice);

    const render = () => {
      tags.replaceChildren(...state.value.map((item) => {
        const text = textOf(item);
        const remove = h("button", { type: "button", class: "stc-multiselect-remove", "aria-label": `Remove ${text}`, text: "×", disabled: state.disabled });
        remove.addEventListener("click", () => commit(state.value.filter((v) => v !== item)));
        return h("li", { class: "stc-multiselect-tag", "data-testid": "stMultiSelectTag" }, h("span", { text }), remove);
      }));
      input.placeholder = state.value.length ? "" : el.placeholder ?? contextualPlaceholder(el.options.length > 0, el.accept_new_options, true);
      input.disabled = state.disabled || nothingToPick;
      clear.hidden = state.value.length === 0;
      clear.disabled = state.disabled;
      notice.textContent = full() && !state.disabled ? limitText() : "";
      box.refresh();
    };
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
      applyWrap(wrap, el.wrap);
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
          button.setAttribute("aria-label", icon.textContent.replace(/_/g, " "));
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
      wrapLabel(wrap, text, el.wrap);
      applyWidth(wrap, el.width);
      return { dom: wrap };
    },
    /** @param {CheckboxElement} el @param {CheckboxElement} prev */
    update(dom, el, prev, ctx) {
      if (rebuildIfReshaped(KINDS.checkbox, dom, el, prev, ctx)) return;
      const input = dom.querySelector("input");
      input.disabled = el.disabled;
      input.checked = !!el.value;
    },
  },

  selectbox,

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
      wrap._stc = { sync(value) {
        sent = value;
        show(value);
      } };
      wrap.append(widgetLabel(el, ctx, id), h("div", { class: "stc-color-row" }, input, text));
      applyWidth(wrap, el.width);
      return { dom: wrap };
    },
    /** @param {ColorPickerElement} el @param {ColorPickerElement} prev */
    update(dom, el, prev, ctx) {
      if (rebuildIfReshaped(KINDS.color_picker, dom, el, prev, ctx)) return;
      dom.querySelector("input").disabled = el.disabled;
      dom._stc.sync(el.value);
    },
  },
};
