// Element renderers: for each element kind, `create(element, ctx)` returns
// `{dom, slot?}` and optional `update(dom, element, previous, ctx)` changes an
// existing DOM node in place (widgets do, so focus and caret survive reruns).
// Everything the app provides is escaped: text goes through textContent, and
// Markdown through markdown-it with raw HTML off unless the element says
// `unsafe_allow_html`.
//
// Widgets are real controls with real labels (a <button> named by its label,
// inputs tied to a <label for>), and carry Streamlit's data-testid names.

import { formatNumber, h, helpIcon, nextId, widgetLabel } from "./dom.js";
import { KINDS as CHOICE } from "./kinds/choice.js";
import { KINDS as TEXT_AND_TIME, formatMoment } from "./kinds/text_time.js";
import { KINDS as LAYOUT } from "./kinds/layout.js";
import { KINDS as FILES } from "./kinds/files.js";
import { KINDS as STATUS } from "./kinds/status.js";
import { KINDS as SPINNER } from "./kinds/spinner.js";
import { KINDS as DATA } from "./kinds/data.js";
import { KINDS as NAVIGATION } from "./kinds/navigation.js";
import { KINDS as TEXT_EXTRA } from "./kinds/text_extra.js";
import { KINDS as CHARTS } from "./kinds/charts.js";
import { KINDS as MEDIA } from "./kinds/media.js";

export { formatNumber };

function markdownBlock(el, ctx, cls) {
  const div = h("div", { class: cls, "data-testid": el.variant === "caption" ? "stCaptionContainer" : "stMarkdown" });
  div.innerHTML = ctx.markdown.block(el.body, el.unsafe_allow_html);
  const help = helpIcon(el.help);
  if (help) div.append(help);
  return div;
}

// --- the kinds --------------------------------------------------------------

const BASE = {
  heading: {
    create(el, ctx) {
      const testid = { 1: "stHeading", 2: "stHeading", 3: "stHeading" }[el.level];
      const wrap = h("div", { class: `stc-heading stc-h${el.level}`, "data-testid": testid });
      const heading = h(`h${el.level}`, { id: el.anchor || null });
      heading.innerHTML = ctx.markdown.inline(el.body);
      wrap.append(heading);
      const help = helpIcon(el.help);
      if (help) heading.append(" ", help);
      if (el.divider) wrap.append(h("hr", { class: `stc-divider-${el.divider === true ? "auto" : el.divider}` }));
      return { dom: wrap };
    },
  },

  markdown: {
    create: (el, ctx) => ({ dom: markdownBlock(el, ctx, el.variant === "caption" ? "stc-markdown stc-caption" : "stc-markdown") }),
  },

  text: {
    create: (el) => ({ dom: h("div", { class: "stc-text", "data-testid": "stText", text: el.body }) }),
  },

  code: {
    create(el) {
      const pre = h("pre", { class: `stc-code${el.wrap_lines ? " stc-wrap" : ""}`, "data-testid": "stCode" });
      pre.append(h("code", { class: el.language ? `language-${el.language}` : null, text: el.body }));
      return { dom: pre };
    },
  },

  latex: {
    create(el) {
      // The TeX source is shown (and read by screen readers) until KaTeX's
      // chunk has loaded; then KaTeX's MathML output carries the meaning.
      const div = h("div", { class: "stc-latex", "data-testid": "stLatex" }, h("code", { text: el.body }));
      import("./latex.js").then(({ renderTex }) => renderTex(el.body, div));
      const help = helpIcon(el.help);
      if (help) div.after(help);
      return { dom: div };
    },
  },

  divider: { create: () => ({ dom: h("hr", { class: "stc-divider", "data-testid": "stDivider" }) }) },

  // json: kinds/text_extra.js

  exception: {
    create(el) {
      const box = h("div", { class: "stc-exception", role: "alert", "data-testid": "stException" });
      box.append(h("div", { class: "stc-exception-message" }, h("strong", { text: `${el.type}: ` }), el.message));
      if (el.traceback.length) {
        box.append(h("div", { class: "stc-exception-tb-title", text: "Traceback:" }));
        box.append(h("pre", { class: "stc-exception-tb", text: el.traceback.join("\n") }));
      }
      return { dom: box };
    },
  },

  page_config: {
    create(el, ctx) {
      ctx.pageConfig(el);
      return { dom: h("div", { hidden: true }) };
    },
    update(dom, el, prev, ctx) {
      ctx.pageConfig(el);
    },
    remove(ctx) {
      ctx.pageConfig(null);
    },
  },

  "block:horizontal": {
    create(el) {
      const div = h("div", { class: `stc-block stc-horizontal stc-gap-${el.gap || "small"} stc-valign-${el.vertical_alignment}`, "data-testid": "stHorizontalBlock" });
      return { dom: div, slot: div };
    },
  },

  "block:column": {
    create(el) {
      const div = h("div", { class: `stc-block stc-column${el.border ? " stc-border" : ""}`, "data-testid": "stColumn" });
      div.style.flex = `${el.weight} 1 0%`;
      return { dom: div, slot: div };
    },
    update(dom, el) {
      dom.style.flex = `${el.weight} 1 0%`;
    },
  },

  // --- widgets ----------------------------------------------------------------

  button: {
    create(el, ctx) {
      const wrap = h("div", { class: "stc-widget stc-button-wrap", "data-testid": "stButton" });
      const button = h("button", { type: "button", class: `stc-button stc-button-${el.button_type}`, disabled: el.disabled, title: el.help });
      button.innerHTML = ctx.markdown.inline(el.label);
      if (el.use_container_width) button.classList.add("stc-full-width");
      button.addEventListener("click", () => ctx.send(el.id, true));
      wrap.append(button);
      return { dom: wrap };
    },
    update(dom, el, prev, ctx) {
      const button = dom.querySelector("button");
      button.disabled = el.disabled;
      if (el.label !== prev.label) button.innerHTML = ctx.markdown.inline(el.label);
    },
  },

  checkbox: {
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
    update(dom, el) {
      const input = dom.querySelector("input");
      input.disabled = el.disabled;
      input.checked = !!el.value;
    },
  },

  text_input: {
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
    update(dom, el) {
      const input = dom.querySelector("input");
      input.disabled = el.disabled;
      dom.querySelectorAll("button").forEach((b) => (b.disabled = el.disabled));
      input._stcSync(el.value);
    },
  },

  selectbox: {
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
    update(dom, el, prev, ctx) {
      // Options are part of the widget id, so only value/disabled can differ.
      const select = dom.querySelector("select");
      select.disabled = el.disabled;
      select.value = el.value === null ? "" : String(el.value);
    },
  },

  slider: {
    create(el, ctx) {
      const wrap = h("div", { class: "stc-widget stc-slider", "data-testid": "stSlider" });
      // Date/time sliders carry epoch microseconds; the readout formats them.
      const timelike = ["date", "time", "datetime"].includes(el.data_type);
      const fmt = (n) => (timelike ? formatMoment(el.format, n) : formatNumber(el.format, n));
      const values = el.is_range ? el.value : [el.value];
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

  unknown: {
    create: (el) => ({ dom: h("div", { class: "stc-unknown", role: "note", text: `stc cannot show the element "${el.kind}" yet.` }) }),
  },
};

// Element families live in kinds/*.js, one module each; later keys win.
export const KINDS = { ...BASE, ...CHOICE, ...TEXT_AND_TIME, ...LAYOUT, ...FILES, ...STATUS, ...SPINNER, ...TEXT_EXTRA, ...NAVIGATION, ...CHARTS, ...MEDIA, ...DATA };
