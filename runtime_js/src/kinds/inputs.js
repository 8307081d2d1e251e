// @ts-check
// Input widgets: text_input, number_input, slider (also st.select_slider's
// numeric and date/time cousins), text_area, date_input, time_input.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
// All are native controls (<input>, <textarea>, <input type=range|date|time>)
// with real labels, so the browser gives keyboard use, pickers and
// accessibility for free. A typed value is sent when the visitor commits it,
// not on every keystroke.
import { formatNumber, h, nextId, widgetLabel } from "../dom.js";
import { formatMoment } from "./_shared.js";

/** @typedef {import("../protocol.js").DateInputElement} DateInputElement */
/** @typedef {import("../protocol.js").NumberInputElement} NumberInputElement */
/** @typedef {import("../protocol.js").SliderElement} SliderElement */
/** @typedef {import("../protocol.js").TextAreaElement} TextAreaElement */
/** @typedef {import("../protocol.js").TextInputElement} TextInputElement */
/** @typedef {import("../protocol.js").TimeInputElement} TimeInputElement */

const IS_MAC = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? "");

/** A date_input's format ("DD.MM.YYYY"...) applied to an ISO date. */
function formatDate(fmt, iso) {
  const [y, m, d] = iso.split("-");
  return fmt.replace("YYYY", y).replace("MM", m).replace("DD", d);
}

function setIfIdle(input, value) {
  // Never overwrite what the visitor is typing.
  if (input.value !== value && document.activeElement !== input) input.value = value;
}

export const KINDS = {
  text_input: {
    /** @param {TextInputElement} el */
    create(el, ctx) {
      const id = nextId();
      const wrap = h("div", { class: "stc-widget stc-text-input", "data-testid": "stTextInput" });
      const input = h("input", {
        id, type: el.input_type === "password" ? "password" : "text", disabled: el.disabled,
        placeholder: el.placeholder, maxlength: el.max_chars, autocomplete: el.autocomplete,
      });
      input.value = el.value ?? "";
      let committed = input.value;
      // Like Streamlit, the value is sent when the visitor commits it (Enter
      // or leaving the field), not on every keystroke.
      const commit = () => {
        if (input.value === committed) return;
        committed = input.value;
        ctx.send(el.id, input.value);
      };
      input.addEventListener("keydown", (e) => e.key === "Enter" && commit());
      input.addEventListener("change", commit);
      input._stcSetCommitted = (v) => (committed = v);
      wrap.append(widgetLabel(el, ctx, id), input);
      return { dom: wrap };
    },
    /** @param {TextInputElement} el */
    update(dom, el) {
      const input = dom.querySelector("input");
      input.disabled = el.disabled;
      const value = el.value ?? "";
      // Never overwrite what the visitor is typing.
      if (input.value !== value && document.activeElement !== input) input.value = value;
      input._stcSetCommitted(value);
    },
  },

  number_input: {
    /** @param {NumberInputElement} el */
    create(el, ctx) {
      const id = nextId();
      const wrap = h("div", { class: "stc-widget stc-number-input", "data-testid": "stNumberInput" });
      const input = h("input", {
        id, type: "number", disabled: el.disabled, placeholder: el.placeholder,
        min: el.min, max: el.max, step: el.step, inputmode: el.is_int ? "numeric" : "decimal",
      });
      const show = (v) => (v === null || v === undefined ? "" : formatNumber(el.format, v));
      input.value = show(el.value);
      let committed = el.value;
      const sendValue = (v) => {
        if (v === committed) return;
        committed = v;
        ctx.send(el.id, v);
      };
      const parse = () => {
        if (input.value.trim() === "") return null;
        const n = Number(input.value);
        if (Number.isNaN(n)) return committed;
        let v = el.is_int ? Math.round(n) : n;
        if (el.min !== null && v < el.min) v = el.min;
        if (el.max !== null && v > el.max) v = el.max;
        return v;
      };
      const commit = () => {
        const v = parse();
        input.value = show(v);
        sendValue(v);
      };
      input.addEventListener("keydown", (e) => e.key === "Enter" && commit());
      input.addEventListener("change", commit);
      const step = (dir) => {
        const base = parse() ?? (el.min ?? 0);
        let v = base + dir * el.step;
        if (!el.is_int) v = Number(v.toFixed(10));
        if (el.min !== null && v < el.min) return;
        if (el.max !== null && v > el.max) return;
        input.value = show(v);
        sendValue(v);
      };
      const minus = h("button", { type: "button", class: "stc-step", "aria-label": "-", "data-testid": "stNumberInputStepDown", disabled: el.disabled, text: "−", tabindex: -1 });
      const plus = h("button", { type: "button", class: "stc-step", "aria-label": "+", "data-testid": "stNumberInputStepUp", disabled: el.disabled, text: "+", tabindex: -1 });
      minus.addEventListener("click", () => step(-1));
      plus.addEventListener("click", () => step(1));
      input._stcSync = (v) => {
        committed = v;
        if (document.activeElement !== input) input.value = show(v);
      };
      wrap.append(widgetLabel(el, ctx, id), h("div", { class: "stc-number-row" }, input, minus, plus));
      return { dom: wrap };
    },
    /** @param {NumberInputElement} el */
    update(dom, el) {
      const input = dom.querySelector("input");
      input.disabled = el.disabled;
      dom.querySelectorAll("button").forEach((b) => (b.disabled = el.disabled));
      input._stcSync(el.value);
    },
  },

  slider: {
    /** @param {SliderElement} el */
    create(el, ctx) {
      const wrap = h("div", { class: "stc-widget stc-slider", "data-testid": "stSlider" });
      // Date/time sliders carry epoch microseconds; the readout formats them.
      const timelike = ["date", "time", "datetime"].includes(el.data_type);
      const fmt = (n) => (timelike ? formatMoment(el.format, n) : formatNumber(el.format, n));
      const values = /** @type {number[]} */ (el.is_range ? el.value : [el.value]);
      const inputs = values.map((v, i) => {
        const id = nextId();
        const input = h("input", { id, type: "range", min: el.min, max: el.max, step: el.step, disabled: el.disabled });
        if (el.is_range) input.setAttribute("aria-label", `${el.label} ${i === 0 ? "start" : "end"}`);
        input.value = String(v);
        return input;
      });
      const readout = h("div", { class: "stc-slider-value", "data-testid": "stSliderThumbValue", "aria-hidden": "true" });
      const show = () => {
        const nums = inputs.map((i) => Number(i.value));
        readout.textContent = nums.map(fmt).join(" – ");
        inputs.forEach((i) => i.setAttribute("aria-valuetext", fmt(Number(i.value))));
      };
      // Streamlit sends the value when the thumb is released, not while it moves.
      const commit = () => {
        const nums = inputs.map((i) => Number(i.value));
        ctx.send(el.id, el.is_range ? nums : nums[0]);
      };
      inputs.forEach((i) => {
        i.addEventListener("input", show);
        i.addEventListener("change", commit);
      });
      show();
      const row = h("div", { class: "stc-slider-row" }, ...inputs);
      wrap.append(widgetLabel(el, ctx, inputs[0].id), readout, row,
        h("div", { class: "stc-slider-bounds", "aria-hidden": "true" },
          h("span", { text: fmt(el.min) }), h("span", { text: fmt(el.max) })));
      wrap._stcShow = show;
      return { dom: wrap };
    },
    /** @param {SliderElement} el */
    update(dom, el) {
      const inputs = [...dom.querySelectorAll("input")];
      const values = el.is_range ? el.value : [el.value];
      inputs.forEach((i, k) => {
        i.disabled = el.disabled;
        if (document.activeElement !== i || Number(i.value) !== values[k]) i.value = String(values[k]);
      });
      dom._stcShow();
    },
  },

  text_area: {
    /** @param {TextAreaElement} el */
    create(el, ctx) {
      const id = nextId();
      const wrap = h("div", { class: "stc-widget stc-text-area", "data-testid": "stTextArea" });
      const area = h("textarea", { id, disabled: el.disabled, placeholder: el.placeholder, maxlength: el.max_chars, rows: 3 });
      if (typeof el.height === "number") area.style.height = `${el.height}px`;
      area.value = el.value ?? "";
      const hint = h("div", { class: "stc-input-instructions", "data-testid": "InputInstructions", "aria-live": "polite" });
      let committed = area.value;
      const showHint = () => {
        const pending = document.activeElement === area && area.value !== committed;
        const count = el.max_chars ? `${area.value.length}/${el.max_chars}` : "";
        hint.textContent = [pending ? `Press ${IS_MAC ? "⌘" : "Ctrl"}+Enter to apply` : "", count].filter(Boolean).join(" · ");
      };
      // Like Streamlit, the text is sent when the visitor commits it: on
      // leaving the field or with Ctrl/Cmd+Enter, never on every keystroke.
      const commit = () => {
        if (area.value === committed) return;
        committed = area.value;
        ctx.send(el.id, area.value);
        showHint();
      };
      area.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          commit();
          // Inside a form, Ctrl/Cmd+Enter also submits it, as in Streamlit:
          // the form's renderer listens for this event.
          wrap.dispatchEvent(new CustomEvent("stc-submit", { bubbles: true }));
        }
      });
      area.addEventListener("blur", () => {
        commit();
        showHint();
      });
      area.addEventListener("input", showHint);
      area.addEventListener("focus", showHint);
      wrap._stcSync = (value) => {
        setIfIdle(area, value);
        committed = value;
        showHint();
      };
      wrap.append(widgetLabel(el, ctx, id), area, hint);
      showHint();
      return { dom: wrap };
    },
    /** @param {TextAreaElement} el */
    update(dom, el) {
      const area = dom.querySelector("textarea");
      area.disabled = el.disabled;
      dom._stcSync(el.value ?? "");
    },
  },

  date_input: {
    /** @param {DateInputElement} el */
    create(el, ctx) {
      const wrap = h("div", { class: "stc-widget stc-date-input", "data-testid": "stDateInput" });
      const ends = el.is_range ? ["start", "end"] : [null];
      const inputs = ends.map((end) => {
        const input = h("input", { id: nextId(), type: "date", min: el.min, max: el.max, disabled: el.disabled });
        if (end) input.setAttribute("aria-label", `${el.label} ${end}`);
        return input;
      });
      const row = h("div", { class: "stc-date-row" }, inputs[0]);
      if (inputs[1]) row.append(h("span", { class: "stc-date-sep", "aria-hidden": "true", text: "–" }), inputs[1]);
      let sent = JSON.stringify(el.value);
      const show = (values) => {
        inputs.forEach((input, i) => {
          setIfIdle(input, values[i] ?? "");
          input.title = input.value ? formatDate(el.format, input.value) : "";
        });
        // The end of a range cannot come before its start.
        if (inputs[1]) inputs[1].min = inputs[0].value || el.min;
      };
      const commit = () => {
        // A date the browser marks invalid (out of range, half typed) is
        // not sent; the field shows it as invalid instead.
        if (inputs.some((i) => !i.validity.valid)) return;
        const values = inputs.map((i) => i.value).filter(Boolean);
        const wire = JSON.stringify(values);
        show(inputs.map((i) => i.value));
        if (wire === sent) return;
        sent = wire;
        ctx.send(el.id, values);
      };
      inputs.forEach((i) => i.addEventListener("change", commit));
      wrap._stcSync = (values) => {
        sent = JSON.stringify(values);
        show(values);
      };
      show(el.value);
      wrap.append(widgetLabel(el, ctx, inputs[0].id), row);
      return { dom: wrap };
    },
    /** @param {DateInputElement} el */
    update(dom, el) {
      dom.querySelectorAll("input").forEach((i) => {
        i.disabled = el.disabled;
        i.max = el.max;
      });
      dom.querySelector("input").min = el.min;
      dom._stcSync(el.value);
    },
  },

  time_input: {
    /** @param {TimeInputElement} el */
    create(el, ctx) {
      const id = nextId();
      const wrap = h("div", { class: "stc-widget stc-time-input", "data-testid": "stTimeInput" });
      const input = h("input", { id, type: "time", step: el.step, disabled: el.disabled });
      input.value = el.value ?? "";
      let sent = el.value ?? null;
      input.addEventListener("change", () => {
        if (input.validity.badInput) return;
        const value = input.value ? input.value.slice(0, 5) : null;
        if (value === sent) return;
        sent = value;
        ctx.send(el.id, value);
      });
      wrap._stcSync = (value) => {
        sent = value;
        setIfIdle(input, value ?? "");
      };
      wrap.append(widgetLabel(el, ctx, id), input);
      return { dom: wrap };
    },
    /** @param {TimeInputElement} el */
    update(dom, el) {
      const input = dom.querySelector("input");
      input.disabled = el.disabled;
      dom._stcSync(el.value ?? null);
    },
  },
};
