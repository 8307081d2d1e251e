// st.dataframe, st.table and st.data_editor.
//
// Payloads are columnar (runtime_py/stc_runtime/elements/data.py): each
// column names its values in the delta's binary attachments, a typed array
// for numbers and booleans ({buffer, type}) or the JSON text of a list
// ({json}). Column types come from the data and st.column_config; dates and
// times are shown exactly as Python holds them, never moved to the
// visitor's time zone (seed: "Working with timezones").
import { formatNumber, h } from "../dom.js";
import { formatMoment } from "./text_time.js";
import { Grid } from "../grid.js";
import { safeUrl } from "../url_policy.js";

const TYPED = { f8: Float64Array, f4: Float32Array, i4: Int32Array, i2: Int16Array, i1: Int8Array, u4: Uint32Array, u2: Uint16Array, u1: Uint8Array };

// --- decoding ----------------------------------------------------------------

function columnValues(col, buffers, numRows) {
  if (col.range) {
    const [start, step] = col.range;
    return { get: (r) => start + step * r, length: numRows };
  }
  const data = col.data;
  const buf = buffers?.[data.buffer ?? data.json];
  if (!buf) return { get: () => null };
  if (data.json !== undefined) {
    const list = JSON.parse(new TextDecoder().decode(buf));
    return { get: (r) => list[r] ?? null, list };
  }
  const arr = new TYPED[data.type](buf);
  if (col.kind === "bool") return { get: (r) => (arr[r] === 2 ? null : arr[r] === 1), arr };
  if (data.type === "f8" || data.type === "f4") return { get: (r) => (Number.isNaN(arr[r]) ? null : arr[r]), arr };
  return { get: (r) => arr[r], arr };
}

// "2020-01-10 10:30:00.5-05:00" -> wall-clock microseconds (as if UTC) and
// the offset text: formatting works on the wall time, so nothing converts.
function parseMoment(text) {
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:[ T](\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?)?(Z|[+-]\d\d:?\d\d)?$/.exec(String(text));
  if (!m) {
    const t = /^(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?$/.exec(String(text));
    if (!t) return null;
    return { micros: ((+t[1] * 60 + +t[2]) * 60 + +(t[3] || 0)) * 1e6 + +((t[4] || "").padEnd(6, "0").slice(0, 6) || 0), offset: "" };
  }
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0), +(m[6] || 0));
  return { micros: ms * 1000 + +((m[7] || "").padEnd(6, "0").slice(3, 6) || 0), offset: m[8] || "" };
}

const DEFAULT_MOMENT = { date: "YYYY-MM-DD", time: "HH:mm:ss", datetime: "YYYY-MM-DD HH:mm:ss" };

function formatTemporal(value, type, fmt) {
  if (value === null || value === undefined) return "";
  if (!fmt || fmt === "iso8601") return String(value);
  const parsed = parseMoment(value);
  if (!parsed) return String(value);
  if (fmt === "localized") {
    const d = new Date(parsed.micros / 1000);
    const opts = { timeZone: "UTC" };
    return type === "date" ? d.toLocaleDateString(undefined, opts) : type === "time" ? d.toLocaleTimeString(undefined, opts) : d.toLocaleString(undefined, opts);
  }
  const pattern = fmt === "distance" || fmt === "calendar" ? DEFAULT_MOMENT[type] : fmt;
  return formatMoment(pattern, parsed.micros) + (type === "datetime" && /Z|ZZ/.test(pattern) ? parsed.offset : "");
}

function formatNumberCell(value, fmt, integer) {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  const v = Number(value);
  switch (fmt) {
    case undefined:
    case null:
    case "":
      if (integer) return String(value);
      // Streamlit shows up to 4 decimals and drops trailing zeros.
      return Number.isInteger(v) ? v.toFixed(1) : String(Number(v.toFixed(4)));
    case "plain": return String(v);
    case "localized": return v.toLocaleString();
    case "percent": return `${(v * 100).toFixed(2)}%`;
    case "dollar": return v.toLocaleString("en-US", { style: "currency", currency: "USD" });
    case "euro": return v.toLocaleString("en-US", { style: "currency", currency: "EUR" });
    case "yen": return v.toLocaleString("en-US", { style: "currency", currency: "JPY" });
    case "accounting": return v < 0 ? `(${Math.abs(v).toFixed(2)})` : v.toFixed(2);
    case "compact": return v.toLocaleString("en-US", { notation: "compact", maximumFractionDigits: 1 });
    case "scientific": return v.toExponential(3);
    case "engineering": return v.toLocaleString("en-US", { notation: "engineering", maximumFractionDigits: 3 });
    default: return formatNumber(fmt, v);
  }
}

const TYPE_OF_KIND = { int: "number", float: "number", bool: "checkbox", datetime: "datetime", date: "date", time: "time", list: "list", string: "text", object: "text" };

/** The columns a table payload shows, in order, with their config. */
export function tableColumns(el, buffers) {
  const config = el.column_config || {};
  const cols = [];
  const index = { ...el.index, name: el.index.name ?? "", isIndex: true, key: "_index" };
  const hideIndex = el.hide_index === true || config._index?.hidden;
  const data = el.columns.map((c) => ({ ...c, key: c.name, isIndex: false }));
  let ordered = data;
  if (el.column_order) ordered = el.column_order.map((n) => data.find((c) => c.name === n)).filter(Boolean);
  for (const col of [...(hideIndex ? [] : [index]), ...ordered]) {
    const cfg = config[col.key] || {};
    if (cfg.hidden) continue;
    const tc = cfg.type_config || {};
    const type = tc.type || TYPE_OF_KIND[col.kind] || "text";
    const values = columnValues(col, buffers, el.num_rows);
    cols.push({
      ...col,
      cfg,
      tc,
      type,
      values,
      label: cfg.label ?? (col.isIndex ? col.name : col.name),
      help: cfg.help,
      width: typeof cfg.width === "number" ? cfg.width : { small: 75, medium: 200, large: 400 }[cfg.width],
      numeric: type === "number" || type === "progress",
    });
  }
  return cols;
}

/** The text a cell shows (also what search, CSV and copy use). */
export function cellText(col, value) {
  if (value === null || value === undefined) return col.type === "text" && col.kind === "object" ? "None" : "";
  switch (col.type) {
    case "number": return formatNumberCell(value, col.tc.format, col.kind === "int" || col.tc.integer);
    case "checkbox": return value ? "true" : "false";
    case "date":
    case "time":
    case "datetime": return formatTemporal(value, col.type, col.tc.format);
    case "progress": return col.tc.format ? formatNumberCell(value, col.tc.format) : String(value);
    case "list":
    case "line_chart":
    case "bar_chart":
    case "area_chart": return Array.isArray(value) ? value.map((v) => (v === null ? "" : String(v))).join(", ") : String(value);
    case "link": return linkText(col, value);
    default: return typeof value === "boolean" ? (value ? "true" : "false") : Array.isArray(value) ? JSON.stringify(value) : String(value);
  }
}

function linkText(col, url) {
  const shown = col.tc.display_text;
  if (!shown) return String(url);
  try {
    const m = new RegExp(shown).exec(String(url));
    if (m && m.length > 1) return m[1];
  } catch { /* not a regular expression: plain text */ }
  return shown;
}

function sparkline(values, type, yMin, yMax) {
  const nums = (values || []).map(Number).filter((v) => Number.isFinite(v));
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 100 24");
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("class", "stc-grid-chart");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", nums.join(", "));
  if (!nums.length) return svg;
  const lo = yMin ?? Math.min(0, ...nums), hi = yMax ?? Math.max(...nums);
  const span = hi - lo || 1;
  const y = (v) => 23 - ((v - lo) / span) * 22;
  const ns = "http://www.w3.org/2000/svg";
  if (type === "bar_chart") {
    const w = 100 / nums.length;
    nums.forEach((v, i) => {
      const bar = document.createElementNS(ns, "rect");
      bar.setAttribute("x", String(i * w + w * 0.1));
      bar.setAttribute("width", String(w * 0.8));
      bar.setAttribute("y", String(y(v)));
      bar.setAttribute("height", String(Math.max(0.5, 23 - y(v))));
      svg.append(bar);
    });
  } else {
    const pts = nums.map((v, i) => `${nums.length === 1 ? 50 : (i / (nums.length - 1)) * 100},${y(v)}`);
    const line = document.createElementNS(ns, type === "area_chart" ? "polygon" : "polyline");
    line.setAttribute("points", type === "area_chart" ? `0,23 ${pts.join(" ")} 100,23` : pts.join(" "));
    svg.append(line);
  }
  return svg;
}

/** Fill a cell element with a value as its column type shows it. */
export function renderCell(col, value, cell) {
  if (value === null || value === undefined) {
    cell.textContent = cellText(col, value);
    if (cell.textContent) cell.classList.add("stc-grid-null");
    return;
  }
  switch (col.type) {
    case "checkbox": {
      cell.append(h("span", { class: `stc-grid-check${value ? " stc-on" : ""}`, role: "img", "aria-label": value ? "true" : "false", text: value ? "✓" : "" }));
      return;
    }
    case "link": {
      // A refused URL shows as text, not as a link.
      const href = safeUrl(String(value), "link");
      cell.append(href ? h("a", { href, target: "_blank", rel: "noopener noreferrer", text: linkText(col, value) }) : linkText(col, value));
      return;
    }
    case "image": {
      cell.append(h("img", { src: safeUrl(String(value), "image"), alt: "", class: "stc-grid-image", loading: "lazy" }));
      return;
    }
    case "progress": {
      const lo = col.tc.min_value ?? 0, hi = col.tc.max_value ?? 100;
      const pct = Math.max(0, Math.min(100, ((Number(value) - lo) / (hi - lo || 1)) * 100));
      const bar = h("div", { class: "stc-grid-progress", role: "progressbar", "aria-valuenow": String(value), "aria-valuemin": String(lo), "aria-valuemax": String(hi) });
      const fill = h("div", { class: "stc-grid-progress-fill" });
      fill.style.width = `${pct}%`;
      bar.append(fill);
      cell.append(bar, h("span", { class: "stc-grid-progress-text", text: cellText(col, value) }));
      return;
    }
    case "list": {
      for (const item of Array.isArray(value) ? value : [value]) cell.append(h("span", { class: "stc-grid-tag", text: String(item) }));
      return;
    }
    case "line_chart":
    case "bar_chart":
    case "area_chart":
      cell.append(sparkline(value, col.type, col.tc.y_min, col.tc.y_max));
      return;
    default:
      cell.textContent = cellText(col, value);
  }
}

function sortKey(col, get) {
  if (col.type === "number" || col.type === "progress" || col.kind === "int" || col.kind === "float") return (r) => get(r);
  if (col.kind === "bool") return (r) => { const v = get(r); return v === null ? null : Number(v); };
  if (col.type === "datetime" || col.kind === "datetime") return (r) => { const v = get(r); const p = v === null ? null : parseMoment(v); return p ? p.micros : v; };
  return (r) => { const v = get(r); return v === null ? null : typeof v === "string" ? v : JSON.stringify(v); };
}

// --- st.dataframe ---------------------------------------------------------------

function frameModel(el, buffers) {
  const cols = tableColumns(el, buffers);
  for (const c of cols) {
    c.sortKey = sortKey(c, c.values.get);
    c.sampleChars = sampleChars(c, el.num_rows);
  }
  return {
    columns: cols,
    rowCount: () => el.num_rows,
    render: (r, c, cell) => renderCell(cols[c], cols[c].values.get(r), cell),
    text: (r, c) => cellText(cols[c], cols[c].values.get(r)),
  };
}

function sampleChars(col, n) {
  let max = 0;
  for (let r = 0; r < Math.min(n, 50); r++) max = Math.max(max, cellText(col, col.values.get(r)).length);
  return Math.min(max, 40);
}

function gridOptions(el) {
  return {
    height: typeof el.height === "number" ? el.height : null,
    width: typeof el.width === "number" && !el.use_container_width ? el.width : null,
    rowHeight: el.row_height || null,
  };
}

function sizeWrap(wrap, el) {
  wrap.classList.toggle("stc-grid-stretch", el.use_container_width === true || el.width === "stretch");
}

// --- st.data_editor ------------------------------------------------------------------

const EDITABLE = new Set(["text", "number", "checkbox", "selectbox", "date", "time", "datetime", "link"]);

/** Why `value` can't go into the column (null: it can). */
export function validate(col, value) {
  const tc = col.tc;
  const empty = value === null || value === undefined || value === "";
  if (empty) return col.cfg.required ? "This value is required." : null;
  if (col.type === "number") {
    if (typeof value !== "number" || Number.isNaN(value)) return "Enter a number.";
    if ((col.kind === "int" || tc.integer) && !Number.isInteger(value)) return "Enter a whole number.";
    if (tc.min_value !== null && tc.min_value !== undefined && value < tc.min_value) return `The value must be at least ${tc.min_value}.`;
    if (tc.max_value !== null && tc.max_value !== undefined && value > tc.max_value) return `The value must be at most ${tc.max_value}.`;
  }
  if (col.type === "text" || col.type === "link") {
    if (tc.max_chars && String(value).length > tc.max_chars) return `At most ${tc.max_chars} characters.`;
    if (tc.validate) {
      try {
        if (!new RegExp(tc.validate).test(String(value))) return "The value does not match the required format.";
      } catch { /* an invalid pattern validates nothing */ }
    }
  }
  if (col.type === "selectbox" && tc.options && !tc.options.some((o) => String(o) === String(value))) return "Choose one of the options.";
  if (["date", "time", "datetime"].includes(col.type)) {
    const key = (v) => (v === null || v === undefined ? null : String(v).replace("T", " "));
    const v = key(value);
    if (tc.min_value && v < key(tc.min_value)) return `The value must be ${String(tc.min_value).replace("T", " ")} or later.`;
    if (tc.max_value && v > key(tc.max_value)) return `The value must be ${String(tc.max_value).replace("T", " ")} or earlier.`;
  }
  return null;
}

function editorInput(col, value) {
  const tc = col.tc;
  if (col.type === "selectbox") {
    const select = h("select", { class: "stc-grid-editor", "aria-label": `Edit ${col.label}` });
    if (!col.cfg.required) select.append(h("option", { value: "", text: "" }));
    for (const o of tc.options || []) select.append(h("option", { value: String(o), text: String(o), selected: String(o) === String(value) }));
    return { input: select, read: () => (select.value === "" ? null : (tc.options || []).find((o) => String(o) === select.value) ?? select.value) };
  }
  if (col.type === "number") {
    const input = h("input", { type: "number", class: "stc-grid-editor", "aria-label": `Edit ${col.label}`, step: tc.step ?? (col.kind === "int" || tc.integer ? 1 : "any"), min: tc.min_value ?? null, max: tc.max_value ?? null });
    input.value = value === null || value === undefined ? "" : String(value);
    return { input, read: () => (input.value.trim() === "" ? (input.validity.badInput ? NaN : null) : Number(input.value)) };
  }
  const types = { date: "date", time: "time", datetime: "datetime-local" };
  const input = h("input", { type: types[col.type] || "text", class: "stc-grid-editor", "aria-label": `Edit ${col.label}` });
  if (col.type === "time" || col.type === "datetime") input.step = String(tc.step ?? 1);
  if (value !== null && value !== undefined) {
    const s = String(value);
    input.value = col.type === "datetime" ? s.replace(" ", "T").replace(/([+-]\d\d:\d\d|Z)$/, "").slice(0, 19) : col.type === "date" ? s.slice(0, 10) : s;
  }
  if (col.type === "text" && tc.max_chars) input.maxLength = tc.max_chars;
  return { input, read: () => (input.value === "" ? null : col.type === "datetime" && input.value.length === 16 ? `${input.value}:00` : input.value) };
}

function editorModel(el, buffers, grid, ctx) {
  const base = tableColumns(el, buffers);
  const state = structuredClone(el.value || { edited_rows: {}, added_rows: [], deleted_rows: [] });
  const n = el.num_rows;
  const disabledAll = el.disabled === true;
  const disabledCols = new Set(Array.isArray(el.disabled) ? el.disabled : []);
  // Rows shown: originals not deleted, then added rows. id < n: original row.
  const rows = () => {
    const deleted = new Set(state.deleted_rows);
    const ids = [];
    for (let r = 0; r < n; r++) if (!deleted.has(r)) ids.push(r);
    for (let a = 0; a < state.added_rows.length; a++) ids.push(n + a);
    return ids;
  };
  let ids = rows();
  const get = (id, col) => {
    if (id >= n) {
      const added = state.added_rows[id - n];
      if (col.key in added) return added[col.key];
      return col.isIndex ? null : col.cfg.default ?? null;
    }
    const edits = state.edited_rows[String(id)];
    if (edits && col.key in edits) return edits[col.key];
    return col.values.get(id);
  };
  const send = () => ctx.send(el.id, structuredClone(state));
  const isEditable = (col) => !disabledAll && !col.cfg.disabled && !disabledCols.has(col.key) && EDITABLE.has(col.type) && !(col.isIndex && col.range);
  const model = {
    columns: base,
    // As Streamlit: no sorting while rows can be added (seed: "Limitations").
    sortable: el.num_rows_mode !== "dynamic",
    selectableRows: el.num_rows_mode === "dynamic",
    rowCount: () => ids.length,
    render(r, c, cell) {
      const col = base[c];
      const value = get(ids[r], col);
      renderCell(col, value, cell);
      if (validate(col, value) && ids[r] >= n) cell.classList.add("stc-grid-invalid");
      if (col.type === "checkbox" && isEditable(col)) {
        // A checkbox toggles with one click, as Streamlit's grid does.
        cell.replaceChildren();
        const box = h("input", { type: "checkbox", "aria-label": `${col.label}, row ${r + 1}` });
        box.checked = !!value;
        box.addEventListener("change", () => commit(ids[r], col, box.checked));
        cell.append(box);
      }
    },
    text: (r, c) => cellText(base[c], get(ids[r], base[c])),
    editable: (r, c) => isEditable(base[c]) && base[c].type !== "checkbox",
    onEditStart(r, c, cell, done) {
      const col = base[c];
      const { input, read } = editorInput(col, get(ids[r], col));
      const error = h("div", { class: "stc-grid-error", role: "alert", hidden: true });
      cell.replaceChildren(input, error);
      cell.classList.add("stc-grid-editing");
      input.focus();
      let finished = false;
      const finish = (save) => {
        if (finished) return;
        if (save) {
          const value = read();
          const problem = validate(col, value);
          if (problem) {
            error.textContent = problem;
            error.hidden = false;
            input.setAttribute("aria-invalid", "true");
            input.focus();
            return;
          }
          finished = true;
          commit(ids[r], col, value);
        } else finished = true;
        done();
      };
      input.addEventListener("keydown", (e) => {
        if (e.key === "Enter") { e.preventDefault(); finish(true); }
        else if (e.key === "Escape") { e.preventDefault(); finish(false); }
        e.stopPropagation();
      });
      input.addEventListener("blur", () => setTimeout(() => { if (!finished) finish(!input.hasAttribute("aria-invalid")); if (!finished) finish(false); }, 0));
    },
  };
  function commit(id, col, value) {
    if (value === get(id, col)) {
      grid.refresh();
      return; // nothing changed: no rerun
    }
    if (id >= n) state.added_rows[id - n][col.key] = value;
    else {
      const original = col.values.get(id);
      const edits = (state.edited_rows[String(id)] ||= {});
      if (value === original) delete edits[col.key];
      else edits[col.key] = value;
      if (!Object.keys(edits).length) delete state.edited_rows[String(id)];
    }
    grid.refresh();
    send();
  }
  model.state = state;
  model.tools = el.num_rows_mode === "dynamic" ? [
    {
      label: "Add row", icon: "+",
      onClick: (g) => {
        const row = {};
        for (const col of base) if (!col.isIndex && col.cfg.default !== null && col.cfg.default !== undefined) row[col.key] = col.cfg.default;
        state.added_rows.push(row);
        ids = rows();
        g.refresh();
        g.viewport.scrollTop = g.viewport.scrollHeight;
        send();
        const first = base.findIndex((c) => isEditable(c) && c.type !== "checkbox");
        if (first >= 0) requestAnimationFrame(() => g.edit(ids.length - 1, first));
      },
    },
    {
      label: "Delete selected rows", icon: "🗑", needsChecked: true,
      onClick: (g) => {
        const chosen = [...g.checked].map((p) => ids[p]); // grid rows -> row ids
        g.checked.clear();
        const removeAdded = chosen.filter((id) => id >= n).map((id) => id - n).sort((a, b) => b - a);
        for (const a of removeAdded) state.added_rows.splice(a, 1);
        state.deleted_rows = [...new Set([...state.deleted_rows, ...chosen.filter((id) => id < n)])].sort((a, b) => a - b);
        for (const id of chosen) if (id < n) delete state.edited_rows[String(id)];
        ids = rows();
        g.refresh();
        send();
      },
    },
  ] : [];
  return model;
}

function canonical(value) {
  return JSON.stringify(value, (k, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
}

// --- the kinds -------------------------------------------------------------------

function createFrame(el) {
  const wrap = h("div", { class: "stc-dataframe", "data-testid": "stDataFrame" });
  sizeWrap(wrap, el);
  const grid = new Grid(frameModel(el, el.buffers), { ...gridOptions(el), label: "Data frame" });
  wrap.append(grid.dom);
  wrap._grid = grid;
  return wrap;
}

function createEditor(el, ctx) {
  const wrap = h("div", { class: "stc-dataframe stc-data-editor", "data-testid": "stDataFrame" });
  sizeWrap(wrap, el);
  const grid = new Grid({ columns: [], rowCount: () => 0, render() {}, text: () => "" }, { ...gridOptions(el), label: "Data editor" });
  const model = editorModel(el, el.buffers, grid, ctx);
  grid.setModel(model);
  grid.setTools(model.tools);
  wrap.append(grid.dom);
  wrap._grid = grid;
  return wrap;
}

function staticTable(el) {
  const cols = tableColumns({ ...el, hide_index: el.hide_index }, el.buffers);
  const table = h("table", { class: "stc-table" });
  const head = h("tr");
  for (const col of cols) head.append(h("th", { scope: "col", class: col.numeric ? "stc-num" : null, text: col.label }));
  const body = h("tbody");
  for (let r = 0; r < el.num_rows; r++) {
    const tr = document.createElement("tr");
    for (const col of cols) {
      const cell = document.createElement(col.isIndex ? "th" : "td");
      if (col.isIndex) cell.setAttribute("scope", "row");
      if (col.numeric) cell.className = "stc-num";
      renderCell(col, col.values.get(r), cell);
      tr.append(cell);
    }
    body.append(tr);
  }
  table.append(h("thead", {}, head), body);
  return table;
}

export const KINDS = {
  dataframe: {
    create: (el) => ({ dom: createFrame(el) }),
    update(dom, el) {
      // Same element, new data (add_rows, a rerun with other data): keep the
      // grid, its sort, search, column widths and scroll position.
      sizeWrap(dom, el);
      dom._grid.fixedHeight = gridOptions(el).height;
      dom._grid.setModel(frameModel(el, el.buffers));
    },
  },
  data_editor: {
    create: (el, ctx) => ({ dom: createEditor(el, ctx) }),
    update(dom, el, prev, ctx) {
      // The run that follows an edit sends back the edits the page already
      // shows: keep the grid (an open cell editor, focus and scroll stay).
      const same = canonical({ ...el, value: null, buffers: null }) === canonical({ ...prev, value: null, buffers: null });
      if (same && canonical(el.value) === canonical(dom._grid.model.state)) return;
      const fresh = createEditor(el, ctx);
      const top = dom._grid.viewport.scrollTop;
      dom.replaceChildren(...fresh.childNodes);
      dom._grid = fresh._grid;
      dom._grid.viewport.scrollTop = top;
    },
  },
  table: {
    create(el) {
      const wrap = h("div", { class: "stc-static-table", "data-testid": "stTable" });
      wrap.append(staticTable(el));
      return { dom: wrap };
    },
    update(dom, el) {
      dom.replaceChildren(staticTable(el));
    },
  },
};
