// Text and time widgets: text_area, date_input, time_input, color_picker, chat_input
// (st.write_stream needs no kind of its own: it re-writes one markdown element).
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
// All are native controls (<textarea>, <input type=date|time|color>) so the
// browser gives keyboard use, pickers and accessibility for free.
import { h, nextId, widgetLabel } from "../dom.js";

const IS_MAC = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? "");
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const pad = (n, width = 2) => String(n).padStart(width, "0");
const ordinal = (n) => n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] || "th");

/**
 * Format a date/time given as microseconds since the epoch, read as UTC (the
 * worker sends wall-clock values that way), with a Moment.js-style format
 * ("YYYY-MM-DD", "HH:mm", "MMM Do, h:mm a"; text in [brackets] is literal).
 * Used by date/time sliders.
 */
export function formatMoment(fmt, micros) {
  if (micros === null || micros === undefined) return "";
  const d = new Date(Math.round(Number(micros) / 1000));
  const H = d.getUTCHours();
  const parts = {
    YYYY: () => pad(d.getUTCFullYear(), 4), YY: () => pad(d.getUTCFullYear() % 100),
    MMMM: () => MONTHS[d.getUTCMonth()], MMM: () => MONTHS[d.getUTCMonth()].slice(0, 3),
    MM: () => pad(d.getUTCMonth() + 1), M: () => String(d.getUTCMonth() + 1),
    Do: () => ordinal(d.getUTCDate()), DD: () => pad(d.getUTCDate()), D: () => String(d.getUTCDate()),
    dddd: () => DAYS[d.getUTCDay()], ddd: () => DAYS[d.getUTCDay()].slice(0, 3),
    HH: () => pad(H), H: () => String(H), hh: () => pad(H % 12 || 12), h: () => String(H % 12 || 12),
    mm: () => pad(d.getUTCMinutes()), m: () => String(d.getUTCMinutes()),
    ss: () => pad(d.getUTCSeconds()), s: () => String(d.getUTCSeconds()),
    SSS: () => pad(d.getUTCMilliseconds(), 3), A: () => (H < 12 ? "AM" : "PM"), a: () => (H < 12 ? "am" : "pm"),
  };
  return String(fmt || "YYYY-MM-DD").replace(
    /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|SSS|A|a/g,
    (token, literal) => (literal !== undefined ? literal : parts[token]()),
  );
}

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
  text_area: {
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
          // Inside a form, Ctrl/Cmd+Enter also submits it (seed, "Using
          // forms"): the form's renderer listens for this event.
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
    update(dom, el) {
      const area = dom.querySelector("textarea");
      area.disabled = el.disabled;
      dom._stcSync(el.value ?? "");
    },
  },

  date_input: {
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
    update(dom, el) {
      const input = dom.querySelector("input");
      input.disabled = el.disabled;
      dom._stcSync(el.value ?? null);
    },
  },

  color_picker: {
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
    update(dom, el) {
      dom.querySelector("input").disabled = el.disabled;
      dom._stcSync(el.value);
    },
  },

  chat_input: {
    // In the main area (position "bottom") the box is pinned to the bottom of
    // the page whatever the order of the app's calls, as Streamlit's bottom
    // container does (CSS: order + position: sticky); elsewhere it is inline.
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
    update(dom, el, prev) {
      dom._stcApply(el, prev);
    },
  },
};
