// @ts-check
// Small DOM helpers shared by every element renderer.

let uid = 0;
export const nextId = () => `stc-w${++uid}`;

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

export function helpIcon(help) {
  if (!help) return null;
  return h("span", { class: "stc-help", title: help, "aria-label": help, role: "img", text: "?" });
}

export function widgetLabel(el, ctx, forId) {
  const label = h("label", { class: "stc-label", for: forId, "data-testid": "stWidgetLabel" });
  label.innerHTML = ctx.markdown.inline(el.label);
  if (el.label_visibility !== "visible") label.classList.add(el.label_visibility === "hidden" ? "stc-label-hidden" : "stc-label-collapsed");
  // A widget that must not be left empty says so after its label, as
  // Streamlit's does (only where the label shows).
  if (el.required && el.label_visibility === "visible") {
    label.append(" ", h("span", { class: "stc-label-required", "data-testid": "stWidgetLabelRequired", "aria-hidden": "true", text: "(required)" }));
  }
  const help = helpIcon(el.help);
  if (help) label.append(" ", help);
  return label;
}

/** printf-style formatting for widget values and number formats ("%d", "%0.2f", "%.1f%%", "$%,.2f"). */
export function formatNumber(fmt, value) {
  if (value === null || value === undefined) return "";
  if (!fmt) return String(value);
  return fmt.replace(/%([0 +,-]*)(\d+)?(?:\.(\d+))?([difeEgGsu%])/g, (m, flags, width, prec, conv) => {
    let s;
    if (conv === "%") return "%";
    if (conv === "d" || conv === "i" || conv === "u") s = String(Math.trunc(Number(value)));
    else if (conv === "f") s = Number(value).toFixed(prec === undefined ? 6 : Number(prec));
    else if (conv === "e" || conv === "E") s = Number(value).toExponential(prec === undefined ? 6 : Number(prec));
    else if (conv === "g" || conv === "G") s = String(Number(Number(value).toPrecision(prec === undefined ? 6 : Math.max(1, Number(prec)))));
    else s = String(value);
    if (conv === "E" || conv === "G") s = s.toUpperCase();
    // "%,d": thousands separators in the integer part, as Streamlit allows.
    if (flags.includes(",") && "difu".includes(conv)) s = s.replace(/^(-?)(\d+)/, (_, sign, int) => sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
    if (flags.includes("+") && Number(value) >= 0) s = "+" + s;
    if (width && s.length < Number(width)) s = (flags.includes("0") ? "0" : " ").repeat(Number(width) - s.length) + s;
    return s;
  });
}

