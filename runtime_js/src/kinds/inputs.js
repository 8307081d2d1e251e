// @ts-check
// Input widgets: text_input, number_input, slider (also st.select_slider's
// numeric and date/time cousins), text_area, date_input, time_input.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
// Native controls (<input>, <textarea>, <input type=range|date>) with real
// labels, so the browser gives keyboard use, pickers and accessibility for
// free; the time field is a text box, so it can show the hour as the app
// asks (12h/24h) whatever the browser's language. A typed value is sent
// when the visitor commits it, not on every keystroke (text_input's `live`
// aside).
import { formatNumber, h, nextId, widgetLabel } from "../dom.js";
import { applyWidth, formatMoment, guardFormSubmits, iconNode } from "./_shared.js";

/** @typedef {import("../protocol.js").DateInputElement} DateInputElement */
/** @typedef {import("../protocol.js").NumberInputElement} NumberInputElement */
/** @typedef {import("../protocol.js").SliderElement} SliderElement */
/** @typedef {import("../protocol.js").TextAreaElement} TextAreaElement */
/** @typedef {import("../protocol.js").TextInputElement} TextInputElement */
/** @typedef {import("../protocol.js").TimeInputElement} TimeInputElement */

const IS_MAC = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? "");

/** What a required field says when it is left empty (Streamlit's words). */
const REQUIRED = "This field is required.";

/** A date_input's format ("DD.MM.YYYY"...) applied to an ISO date. */
function formatDate(fmt, iso) {
  const [y, m, d] = iso.split("-");
  return fmt.replace("YYYY", y).replace("MM", m).replace("DD", d);
}

function setIfIdle(input, value) {
  // Never overwrite what the visitor is typing.
  if (input.value !== value && document.activeElement !== input) input.value = value;
}

const blank = (/** @type {string | null | undefined} */ v) => v === null || v === undefined || v.trim() === "";

/** Tell assistive technology whether the field must be filled. @param {HTMLElement} field @param {boolean} required */
function markRequired(field, required) {
  if (required) field.setAttribute("aria-required", "true");
  else field.removeAttribute("aria-required");
}

/** The icon drawn inside a field, left of its value (null for none). @param {string | null | undefined} icon @param {string} testid */
function fieldIcon(icon, testid) {
  if (!icon) return null;
  const node = icon === "spinner" ? h("span", { class: "stc-spinner-icon", "aria-hidden": "true" }) : iconNode(icon);
  return h("span", { class: "stc-field-icon", "data-testid": testid }, node);
}

/**
 * How a field shows what is wrong with it (a required field left empty, a
 * text that fails its check): a red border, an error mark inside the box
 * whose tooltip is the message, and the message itself for screen readers.
 * Returns a setter (null clears it).
 * @param {HTMLElement} box @param {HTMLElement} field @param {string} testid
 */
function fieldError(box, field, testid) {
  guardFormSubmits();
  const mark = h("span", { class: "stc-field-error", "data-testid": testid, hidden: true, text: "!" });
  const alert = h("span", { class: "stc-visually-hidden", role: "alert", id: nextId() });
  box.append(mark);
  return (/** @type {string | null} */ message) => {
    box.classList.toggle("stc-invalid", message !== null);
    mark.hidden = message === null;
    mark.title = message ?? "";
    alert.textContent = message ?? "";
    // The alert is in the page only while there is something to say, so
    // an error is announced when it appears.
    if (message === null) {
      alert.remove();
      field.removeAttribute("aria-invalid");
      field.removeAttribute("aria-describedby");
    } else {
      if (!alert.isConnected) box.append(alert);
      field.setAttribute("aria-invalid", "true");
      field.setAttribute("aria-describedby", alert.id);
    }
  };
}

// A form is not submitted while one of its fields is required and empty, or
// fails its check: each such field's wrapper carries `_stcCheck` (shows the
// error, returns whether the field may be submitted). The guard listens on
// the document in the capture phase, so it runs before the submit button's
// own click handler and a blocked click never reaches it; Enter in a field
// clicks the button too, and is blocked the same way. It is installed by the
// first field drawn (importing this module has no side effects).
/** A text_input's native input type for its `type`. */
const TEXT_TYPES = { default: "text", password: "password", email: "email", url: "url", phone: "tel", search: "search" };

/**
 * A text_input's `validate` rule compiled as Streamlit compiles it (flags
 * "us"): a RegExp, null for none, or the message of a rule that does not
 * compile (the field then refuses every value and shows it).
 * @param {string | null | undefined} source
 */
function compileRule(source) {
  if (!source) return null;
  try {
    return new RegExp(source, "us");
  } catch (err) {
    const message = `Invalid validate regex: ${source}. Error: ${String(err)}`;
    console.error(message);
    return message;
  }
}

// --- time_input: a text box showing the hour as the app asks ----------------

/** The field shows 1-12 and AM/PM. @param {TimeInputElement} el */
function twelveHour(el) {
  if (el.format === "12h") return true;
  if (el.format !== "localized") return false;
  const cycle = new Intl.DateTimeFormat(globalThis.navigator?.language, { hour: "numeric" }).resolvedOptions().hourCycle;
  return cycle === "h11" || cycle === "h12";
}

const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");

/** A wire time ("14:05" or "14:05:30") as the field shows it. */
function showTime(wire, twelve, seconds) {
  if (!wire) return "";
  const [hh, mm, ss = 0] = wire.split(":").map(Number);
  const tail = `${pad(mm)}${seconds ? `:${pad(ss)}` : ""}`;
  if (!twelve) return `${pad(hh)}:${tail}`;
  return `${hh % 12 === 0 ? 12 : hh % 12}:${tail} ${hh < 12 ? "AM" : "PM"}`;
}

/**
 * What the visitor typed as a wire time, or `{error}` when it is not one.
 * Accepts "14:05", "1405", "14:05:30" (with seconds when the step has
 * them), and an AM/PM suffix in either display format.
 * @returns {{wire: string | null} | {error: string}}
 */
function parseTime(text, seconds) {
  const t = text.trim();
  if (t === "") return { wire: null };
  const m = /^(\d{1,2})(?::?(\d{2}))(?::(\d{2}))?\s*([AaPp]\.?[Mm]?\.?)?$/.exec(t);
  if (!m) return { error: seconds ? "Invalid time format. Please use HH:MM:SS or HH:MM." : "Invalid time format. Please use HH:MM." };
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  const half = m[4]?.[0].toLowerCase();
  if (half && (hour < 1 || hour > 12)) return { error: "Time is out of range. Hours must be 1–12 with AM/PM." };
  if (half) hour = (hour % 12) + (half === "p" ? 12 : 0);
  if (hour > 23 || minute > 59 || second > 59) {
    return { error: `Time is out of range. Hours must be 0–23, minutes 0–59${seconds ? ", seconds 0–59" : ""}.` };
  }
  return { wire: `${pad(hour)}:${pad(minute)}${seconds ? `:${pad(second)}` : ""}` };
}

/** The wire time `step` seconds later (dir 1) or earlier (-1), on the step grid, wrapping around midnight. */
function stepTime(wire, step, dir, seconds) {
  const [hh, mm, ss = 0] = (wire ?? "00:00").split(":").map(Number);
  const now = hh * 3600 + mm * 60 + ss;
  const next = dir > 0 ? Math.floor(now / step) * step + step : Math.ceil(now / step) * step - step;
  const t = ((next % 86400) + 86400) % 86400;
  return `${pad(Math.floor(t / 3600))}:${pad(Math.floor((t % 3600) / 60))}${seconds ? `:${pad(t % 60)}` : ""}`;
}

export const KINDS = {
  text_input: {
    /** @param {TextInputElement} el */
    create(el, ctx) {
      const id = nextId();
      const wrap = h("div", { class: "stc-widget stc-text-input stc-checked", "data-testid": "stTextInput" });
      const box = h("div", { class: "stc-input-box", "data-testid": "stTextInputRootElement" });
      const input = h("input", {
        id, type: TEXT_TYPES[el.input_type] ?? "text", disabled: el.disabled, placeholder: el.placeholder || null,
        maxlength: el.max_chars, autocomplete: el.autocomplete || null, "data-testid": "stTextInputField",
        enterkeyhint: el.input_type === "search" ? "search" : null,
      });
      input.value = el.value ?? "";
      const icon = fieldIcon(el.icon, "stTextInputIcon");
      if (icon) box.append(icon);
      box.append(input);
      const showError = fieldError(box, input, "stTextInputErrorIcon");
      // `state.el` is the payload last drawn (update replaces it), so the
      // handlers below always follow the app's current parameters.
      const state = { el, committed: input.value, rule: compileRule(el.validate_regex), timer: 0 };
      const inForm = () => Boolean(state.el.form_id);
      /** May `value` be sent? Shows why not. */
      const check = (value, showRequired = true) => {
        const cur = state.el;
        if (cur.required && blank(value)) {
          if (showRequired) showError(REQUIRED);
          return false;
        }
        if (value === "") {
          showError(typeof state.rule === "string" ? state.rule : null);
          return typeof state.rule !== "string";
        }
        if (typeof state.rule === "string") {
          showError(state.rule);
          return false;
        }
        if (state.rule && !state.rule.test(value)) {
          showError(cur.validate_message ?? `Invalid input. Must match pattern: ${state.rule.toString()}`);
          return false;
        }
        showError(null);
        return true;
      };
      const commit = (showRequired = true) => {
        clearTimeout(state.timer);
        const value = input.value;
        if (!check(value, showRequired) || value === state.committed) return;
        state.committed = value;
        ctx.send(el.id, value);
        showClear();
      };
      wrap._stcCheck = () => check(input.value);
      input.addEventListener("keydown", (e) => e.key === "Enter" && !e.isComposing && commit());
      input.addEventListener("change", () => commit());
      input.addEventListener("input", () => {
        // Typing clears the error until the next commit, as in Streamlit.
        if (typeof state.rule !== "string") showError(null);
        showClear();
        const pause = state.el.live_debounce_ms;
        if (pause === null || pause === undefined || inForm()) return;
        // `live`: commit after a pause in typing (every change for 0). A
        // required field left empty meanwhile is not sent, and says nothing
        // until the visitor commits it.
        clearTimeout(state.timer);
        if (pause === 0) commit(false);
        else state.timer = setTimeout(() => commit(false), pause);
      });
      // type="search": a button that empties the field and sends it (not on
      // a required field, which may not be emptied).
      const clear = h("button", { type: "button", class: "stc-field-button", "data-testid": "stTextInputClearButton", "aria-label": "Clear entry", tabindex: -1, text: "✕", hidden: true });
      clear.addEventListener("mousedown", (e) => e.preventDefault());
      clear.addEventListener("click", () => {
        input.value = "";
        showError(null);
        commit();
        showClear();
      });
      const showClear = () => {
        const cur = state.el;
        clear.hidden = !(cur.input_type === "search" && !cur.disabled && !cur.required && input.value !== "");
      };
      box.append(clear);
      if (el.input_type === "password") {
        // Show or hide what was typed, as Streamlit's password field does.
        const eye = h("button", { type: "button", class: "stc-field-button", "aria-label": "Show password", "aria-pressed": "false", disabled: el.disabled },
          iconNode(":material/visibility:"));
        eye.addEventListener("mousedown", (e) => e.preventDefault());
        eye.addEventListener("click", () => {
          const shown = input.type === "password";
          input.type = shown ? "text" : "password";
          eye.setAttribute("aria-label", shown ? "Hide password" : "Show password");
          eye.setAttribute("aria-pressed", String(shown));
          eye.replaceChildren(iconNode(shown ? ":material/visibility_off:" : ":material/visibility:"));
        });
        box.append(eye);
      }
      showClear();
      wrap._stcSync = (/** @type {TextInputElement} */ next) => {
        state.el = next;
        if (next.validate_regex !== el.validate_regex) state.rule = compileRule(next.validate_regex);
        el = next;
        input.disabled = next.disabled;
        markRequired(input, next.required);
        const value = next.value ?? "";
        setIfIdle(input, value);
        state.committed = value;
        showClear();
      };
      markRequired(input, el.required);
      if (typeof state.rule === "string") showError(state.rule);
      wrap.append(widgetLabel(el, ctx, id), box);
      applyWidth(wrap, el.width);
      return { dom: wrap };
    },
    /** @param {TextInputElement} el */
    update(dom, el) {
      dom._stcSync(el);
      applyWidth(dom, el.width);
    },
  },

  number_input: {
    /** @param {NumberInputElement} el */
    create(el, ctx) {
      const id = nextId();
      const wrap = h("div", { class: "stc-widget stc-number-input stc-checked", "data-testid": "stNumberInput" });
      const input = h("input", {
        id, type: "number", disabled: el.disabled, placeholder: el.placeholder,
        min: el.min, max: el.max, step: el.step, inputmode: el.is_int ? "numeric" : "decimal",
        "aria-required": el.required ? "true" : null,
      });
      const show = (v) => (v === null || v === undefined ? "" : formatNumber(el.format, v));
      input.value = show(el.value);
      let committed = el.value;
      let required = el.required;
      const box = h("div", { class: "stc-input-box stc-number-box", "data-testid": "stNumberInputContainer" });
      const icon = fieldIcon(el.icon, "stNumberInputIcon");
      if (icon) box.append(icon);
      box.append(input);
      const showError = fieldError(box, input, "stNumberInputErrorIcon");
      const sendValue = (v) => {
        if (required && v === null) {
          // A required field emptied: nothing is sent, the last number stays.
          showError(REQUIRED);
          return;
        }
        showError(null);
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
      input.addEventListener("input", () => showError(null));
      wrap._stcCheck = () => {
        const ok = !(required && input.value.trim() === "");
        showError(ok ? null : REQUIRED);
        return ok;
      };
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
      input._stcSync = (v, req) => {
        committed = v;
        required = req;
        markRequired(input, req);
        if (document.activeElement !== input) input.value = show(v);
      };
      wrap.append(widgetLabel(el, ctx, id), h("div", { class: "stc-number-row" }, box, minus, plus));
      applyWidth(wrap, el.width);
      return { dom: wrap };
    },
    /** @param {NumberInputElement} el */
    update(dom, el) {
      const input = dom.querySelector("input");
      input.disabled = el.disabled;
      dom.querySelectorAll("button").forEach((b) => (b.disabled = el.disabled));
      input._stcSync(el.value, el.required);
      applyWidth(dom, el.width);
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
      applyWidth(wrap, el.width);
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
      applyWidth(dom, el.width);
    },
  },

  text_area: {
    /** @param {TextAreaElement} el */
    create(el, ctx) {
      const id = nextId();
      const wrap = h("div", { class: "stc-widget stc-text-area stc-checked", "data-testid": "stTextArea" });
      const area = h("textarea", {
        id, disabled: el.disabled, placeholder: el.placeholder, maxlength: el.max_chars, rows: 3,
        "aria-required": el.required ? "true" : null,
      });
      if (typeof el.height === "number") area.style.height = `${el.height}px`;
      area.value = el.value ?? "";
      const box = h("div", { class: "stc-input-box stc-area-box" }, area);
      const showError = fieldError(box, area, "stTextAreaErrorIcon");
      const hint = h("div", { class: "stc-input-instructions", "data-testid": "InputInstructions", "aria-live": "polite" });
      let committed = area.value;
      let required = el.required;
      const showHint = () => {
        const pending = document.activeElement === area && area.value !== committed;
        const count = el.max_chars ? `${area.value.length}/${el.max_chars}` : "";
        hint.textContent = [pending ? `Press ${IS_MAC ? "⌘" : "Ctrl"}+Enter to apply` : "", count].filter(Boolean).join(" · ");
      };
      /** May the text be sent? A required area left blank may not. */
      const check = () => {
        const ok = !(required && blank(area.value));
        showError(ok ? null : REQUIRED);
        return ok;
      };
      // Like Streamlit, the text is sent when the visitor commits it: on
      // leaving the field or with Ctrl/Cmd+Enter, never on every keystroke.
      const commit = () => {
        if (area.value === committed || !check()) return;
        committed = area.value;
        ctx.send(el.id, area.value);
        showHint();
      };
      wrap._stcCheck = check;
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
      area.addEventListener("input", () => {
        showError(null);
        showHint();
      });
      area.addEventListener("focus", showHint);
      wrap._stcSync = (value, req) => {
        setIfIdle(area, value);
        committed = value;
        required = req;
        markRequired(area, req);
        showHint();
      };
      wrap.append(widgetLabel(el, ctx, id), box, hint);
      applyWidth(wrap, el.width);
      showHint();
      return { dom: wrap };
    },
    /** @param {TextAreaElement} el */
    update(dom, el) {
      const area = dom.querySelector("textarea");
      area.disabled = el.disabled;
      dom._stcSync(el.value ?? "", el.required);
      applyWidth(dom, el.width);
    },
  },

  date_input: {
    /** @param {DateInputElement} el */
    create(el, ctx) {
      const wrap = h("div", { class: "stc-widget stc-date-input stc-checked", "data-testid": "stDateInput" });
      const ends = el.is_range ? ["start", "end"] : [null];
      const inputs = ends.map((end) => {
        const input = h("input", { id: nextId(), type: "date", min: el.min, max: el.max, disabled: el.disabled, "aria-required": el.required ? "true" : null });
        if (end) input.setAttribute("aria-label", `${el.label} ${end}`);
        return input;
      });
      const row = h("div", { class: "stc-date-row stc-input-box" }, inputs[0]);
      if (inputs[1]) row.append(h("span", { class: "stc-date-sep", "aria-hidden": "true", text: "–" }), inputs[1]);
      const showError = fieldError(row, inputs[0], "stDateInputErrorIcon");
      let sent = JSON.stringify(el.value);
      let required = el.required;
      const show = (values) => {
        inputs.forEach((input, i) => {
          setIfIdle(input, values[i] ?? "");
          input.title = input.value ? formatDate(el.format, input.value) : "";
        });
        // The end of a range cannot come before its start.
        if (inputs[1]) inputs[1].min = inputs[0].value || el.min;
      };
      // A required field counts as empty without a date, or, for a range,
      // without both ends.
      const complete = (values) => values.length >= inputs.length;
      const commit = () => {
        // A date the browser marks invalid (out of range, half typed) is
        // not sent; the field shows it as invalid instead.
        if (inputs.some((i) => !i.validity.valid)) return;
        const values = inputs.map((i) => i.value).filter(Boolean);
        show(inputs.map((i) => i.value));
        if (required && !complete(values)) {
          // Not sent; a range's missing end waits silently for the visitor.
          showError(values.length === 0 ? REQUIRED : null);
          return;
        }
        showError(null);
        const wire = JSON.stringify(values);
        if (wire === sent) return;
        sent = wire;
        ctx.send(el.id, values);
      };
      wrap._stcCheck = () => {
        const ok = !required || complete(inputs.map((i) => i.value).filter(Boolean));
        showError(ok ? null : REQUIRED);
        return ok;
      };
      inputs.forEach((i) => i.addEventListener("change", commit));
      wrap._stcSync = (values, req) => {
        sent = JSON.stringify(values);
        required = req;
        show(values);
      };
      show(el.value);
      wrap.append(widgetLabel(el, ctx, inputs[0].id), row);
      applyWidth(wrap, el.width);
      return { dom: wrap };
    },
    /** @param {DateInputElement} el */
    update(dom, el) {
      dom.querySelectorAll("input").forEach((i) => {
        i.disabled = el.disabled;
        i.max = el.max;
      });
      dom.querySelector("input").min = el.min;
      dom._stcSync(el.value, el.required);
      applyWidth(dom, el.width);
    },
  },

  time_input: {
    /** @param {TimeInputElement} el */
    create(el, ctx) {
      const id = nextId();
      const wrap = h("div", { class: "stc-widget stc-time-input stc-checked", "data-testid": "stTimeInput" });
      const seconds = el.step % 60 !== 0;
      const twelve = twelveHour(el);
      const input = h("input", {
        id, type: "text", disabled: el.disabled, autocomplete: "off", spellcheck: "false",
        placeholder: `${twelve ? "hh" : "HH"}:mm${seconds ? ":ss" : ""}${twelve ? " AM" : ""}`,
        "aria-required": el.required ? "true" : null, "data-testid": "stTimeInputField",
      });
      const box = h("div", { class: "stc-input-box", "data-testid": "stTimeInputTimeDisplay" }, input);
      const showError = fieldError(box, input, "stTimeInputError");
      const state = { el, sent: el.value ?? null };
      input.value = showTime(state.sent, twelve, seconds);
      const send = (wire) => {
        const cur = state.el;
        if (wire === null && cur.required) {
          showError(REQUIRED);
          return false;
        }
        showError(null);
        input.value = showTime(wire, twelve, seconds);
        if (wire === state.sent) return true;
        state.sent = wire;
        ctx.send(cur.id, wire);
        showClear();
        return true;
      };
      /** Read what was typed; a time that cannot be read is shown as an error and not sent. */
      const commit = () => {
        const parsed = parseTime(input.value, seconds);
        if ("error" in parsed) {
          showError(`Error: ${parsed.error}`);
          return false;
        }
        if (parsed.wire === null && !state.el.clearable) {
          // A time input with a default cannot be emptied: its time comes back.
          input.value = showTime(state.sent, twelve, seconds);
          showError(null);
          return true;
        }
        return send(parsed.wire);
      };
      input.addEventListener("change", commit);
      input.addEventListener("input", () => showError(null));
      input.addEventListener("keydown", (e) => {
        if (e.key === "Enter") commit();
        else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
          // The arrows move the time by `step` and send it at once.
          e.preventDefault();
          const parsed = parseTime(input.value, seconds);
          const from = "error" in parsed ? state.sent : parsed.wire;
          send(stepTime(from, state.el.step, e.key === "ArrowUp" ? 1 : -1, seconds));
        }
      });
      wrap._stcCheck = () => {
        if (!commit()) return false;
        const ok = !(state.el.required && input.value.trim() === "");
        if (!ok) showError(REQUIRED);
        return ok;
      };
      // A time input without a default may be emptied with this button.
      const clear = h("button", { type: "button", class: "stc-field-button", "data-testid": "stTimeInputClearButton", "aria-label": "Clear time", tabindex: -1, text: "✕", hidden: true });
      clear.addEventListener("mousedown", (e) => e.preventDefault());
      clear.addEventListener("click", () => send(null));
      const showClear = () => {
        const cur = state.el;
        clear.hidden = !(cur.clearable && !cur.required && !cur.disabled && state.sent !== null);
      };
      box.append(clear);
      showClear();
      wrap._stcSync = (/** @type {TimeInputElement} */ next) => {
        state.el = next;
        state.sent = next.value ?? null;
        input.disabled = next.disabled;
        setIfIdle(input, showTime(state.sent, twelve, seconds));
        showClear();
      };
      wrap.append(widgetLabel(el, ctx, id), box);
      applyWidth(wrap, el.width);
      return { dom: wrap };
    },
    /** @param {TimeInputElement} el */
    update(dom, el) {
      dom._stcSync(el);
      applyWidth(dom, el.width);
    },
  },
};
