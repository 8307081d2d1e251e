// @ts-check
// st.dataframe and st.table (st.data_editor, kinds/data_editor.js, builds on
// the decoding and cell rendering here).
//
// Payloads are columnar (runtime_py/stc_runtime/elements/data.py): each
// column names its values in the delta's binary attachments, a typed array
// for numbers and booleans ({buffer, type}) or the JSON text of a list
// ({json}). Column types come from the data and st.column_config; dates and
// times are shown exactly as Python holds them, never moved to the
// visitor's time zone.
import { h } from "../dom.js";
import { applyHeight, applyWidth, formatMoment, formatNumberAs, stepPrecision } from "./_shared.js";
import { Grid } from "../grid.js";
import { safeUrl } from "../url_policy.js";

/** @typedef {import("../protocol.js").DataEditorElement} DataEditorElement */
/** @typedef {import("../protocol.js").DataframeElement} DataframeElement */
/** @typedef {import("../protocol.js").TableElement} TableElement */
// The page attaches a delta's binary parts to its element (main.js), so
// renderers find the column values beside the payload's fields.
/** @typedef {{buffers?: ArrayBuffer[]}} WithBuffers */
// st.table has no column order or config: it shows every column as is.
/** @typedef {DataframeElement | DataEditorElement | TableElement & {column_order?: undefined, column_config?: undefined}} TablePayload */

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
  if (data.json !== undefined && data.chunks) {
    // A lazy grid's text: each chunk is parsed the first time one of its
    // rows is drawn, sorted on or copied, so the rows never shown cost
    // nothing.
    const size = data.chunk_rows, parsed = new Array(data.chunks);
    const chunk = (i) => (parsed[i] ??= JSON.parse(new TextDecoder().decode(buffers[data.json + i])));
    return { get: (r) => chunk(Math.floor(r / size))[r % size] ?? null };
  }
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

const TYPE_OF_KIND = { int: "number", float: "number", bool: "checkbox", datetime: "datetime", date: "date", time: "time", list: "list", string: "text", object: "text" };

const ALIGNMENTS = new Set(["left", "center", "right"]);
// The kinds that draw something of their own for a missing value (an
// empty box, no chart, no bar) rather than the placeholder text.
const NO_PLACEHOLDER = new Set(["checkbox", "line_chart", "bar_chart", "progress"]);

/** A progress column's range, label format and precision: an integer
 * column counts 0..100 as "%3d%%", a float one 0..1 as a percentage, as
 * Streamlit's grid does; the column config overrides each. */
function progressOptions(col, tc) {
  const integer = col.kind === "int";
  const step = tc.step ?? (integer ? 1 : null);
  return {
    min: tc.min_value ?? 0,
    max: tc.max_value ?? (integer ? 100 : 1),
    format: tc.format ?? (integer ? "%3d%%" : "percent"),
    precision: stepPrecision(step),
  };
}
/**
 * The columns a table payload shows, in order, with their config: the
 * payload's column (or index) plus what the page derives from it.
 * @param {TablePayload} el
 * @returns {Array<Record<string, any>>}
 */
export function tableColumns(el, buffers) {
  const config = el.column_config || {};
  const cols = [];
  /** @type {Record<string, any>} the index, described as a column is */
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
    const numeric = type === "number" || type === "progress";
    cols.push({
      ...col,
      cfg,
      tc,
      type,
      values,
      label: cfg.label ?? (col.isIndex ? col.name : col.name),
      help: cfg.help,
      width: typeof cfg.width === "number" && cfg.width > 0 ? cfg.width : { small: 75, medium: 200, large: 400 }[cfg.width],
      numeric,
      // the column config's alignment; one Streamlit does not know is
      // ignored, as its grid ignores it (the type's own alignment stays)
      align: ALIGNMENTS.has(cfg.alignment) ? cfg.alignment : numeric ? "right" : "left",
      // grids show missing values as the placeholder ("None" unless the app
      // gives its own); st.table keeps its own rule (undefined here)
      missing: el.kind === "table" ? undefined : el.placeholder ?? "None",
      progress: type === "progress" ? progressOptions(col, tc) : null,
      precision: type === "number" ? stepPrecision(tc.step) : null,
    });
  }
  return cols;
}

/** The text a cell shows (also what search, CSV and copy use). */
export function cellText(col, value) {
  // A grid's missing value copies, searches and downloads as empty text
  // (its placeholder is only drawn).
  if (value === null || value === undefined) return col.missing === undefined && col.type === "text" && col.kind === "object" ? "None" : "";
  switch (col.type) {
    case "number": return formatNumberAs(value, col.tc.format, col.kind === "int" || col.tc.integer, col.precision);
    case "checkbox": return value ? "true" : "false";
    case "date":
    case "time":
    case "datetime": return formatTemporal(value, col.type, col.tc.format);
    case "progress": return col.progress ? formatNumberAs(value, col.progress.format, col.kind === "int", col.progress.precision) : String(value);
    case "list":
    case "line_chart":
    case "bar_chart":
    case "area_chart": return Array.isArray(value) ? value.map((v) => (v === null ? "" : String(v))).join(", ") : String(value);
    case "link": return linkText(col, value);
    case "selectbox": return optionLabel(col, value);
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

/** A SelectboxColumn option's text: its label when format_func gave one. */
function optionLabel(col, value) {
  for (const o of col.tc.options || []) {
    if (o && typeof o === "object" && String(o.value) === String(value)) return String(o.label ?? o.value);
  }
  return typeof value === "boolean" ? (value ? "true" : "false") : String(value);
}

// Streamlit's basic palette for chart and progress colours given by name.
const PALETTE = { red: "#ff4b4b", orange: "#ffa421", yellow: "#faca2b", green: "#21c354", blue: "#1c83e1", violet: "#803df5", gray: "#a3a8b8", grey: "#a3a8b8", primary: "var(--stc-primary)" };

/** The CSS colour of a chart or progress column: ``color`` as configured;
 * "auto" green when ``up`` (the series rises, the bar is past half way)
 * and red otherwise, "auto-inverse" red when ``up``; null: the primary
 * colour (the stylesheet's). */
export function columnColor(color, up) {
  if (color === "auto" || color === "auto-inverse") return (color === "auto") === up ? PALETTE.green : PALETTE.red;
  if (!color) return null;
  return PALETTE[color] ?? String(color);
}

function sparkline(values, type, yMin, yMax, color) {
  const nums = (values || []).map(Number).filter((v) => Number.isFinite(v));
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 100 24");
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("class", "stc-grid-chart");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", nums.join(", "));
  if (!nums.length) return svg;
  // The y axis as Streamlit's grid draws it: the data's own range (a flat
  // series from 0), unless y_min/y_max fix it; values past them are clipped.
  const top = Math.max(...nums), bottom = Math.min(...nums);
  let lo = yMin ?? bottom, hi = yMax ?? top;
  if (top === bottom) {
    hi = yMax ?? (top <= 0 ? Number(top === 0) : top);
    lo = yMin ?? (top >= 0 ? 0 : top);
  }
  const span = hi - lo || 1;
  const y = (v) => 23 - ((Math.min(hi, Math.max(lo, v)) - lo) / span) * 22;
  // "auto": red when the series ends below where it starts, green
  // otherwise; "auto-inverse": red when it ends above
  const first = nums[0], last = nums[nums.length - 1];
  const fill = columnColor(color, color === "auto-inverse" ? first < last : !(first > last));
  if (fill) svg.style.setProperty("--stc-chart-color", fill);
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
    cell.textContent = col.missing === undefined ? cellText(col, value) : NO_PLACEHOLDER.has(col.type) ? "" : col.missing;
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
      const { min: lo, max: hi } = col.progress;
      const fraction = Math.max(0, Math.min(1, (Number(value) - lo) / (hi - lo || 1)));
      const bar = h("div", { class: "stc-grid-progress", role: "progressbar", "aria-valuenow": String(value), "aria-valuemin": String(lo), "aria-valuemax": String(hi) });
      const fill = h("div", { class: "stc-grid-progress-fill" });
      fill.style.width = `${fraction * 100}%`;
      // "auto": green past half way, red up to it
      const color = columnColor(col.tc.color, fraction > 0.5);
      if (color) fill.style.background = color;
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
      cell.append(sparkline(value, col.type, col.tc.y_min, col.tc.y_max, col.tc.color));
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

/** @param {DataframeElement} el */
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

/** @param {DataframeElement | DataEditorElement} el */
export function gridOptions(el) {
  return {
    height: el.height ?? "auto",
    rowHeight: el.row_height || null,
    alt: el.alt ?? null,
    lazy: el.kind === "dataframe" && el.lazy === true,
    fill: el.width !== "content",
  };
}

/** The grid's frame: its width ("stretch" fills the container, "content"
 * and pixels as the grid's own) and height ("stretch" lets it grow).
 * @param {HTMLElement} wrap @param {DataframeElement | DataEditorElement} el */
export function sizeWrap(wrap, el) {
  applyWidth(wrap, el.width);
  // in pixels or stretched, the grid fills its frame; "content": the
  // columns' own width (at most the container's)
  wrap.classList.toggle("stc-grid-stretch", el.width !== "content");
  applyHeight(wrap, el.height === "stretch" ? "stretch" : null);
}

// --- the kinds -------------------------------------------------------------------

/** @param {DataframeElement & WithBuffers} el */
function createFrame(el) {
  const wrap = h("div", { class: "stc-dataframe", "data-testid": "stDataFrame" });
  sizeWrap(wrap, el);
  const grid = new Grid(frameModel(el, el.buffers), gridOptions(el));
  wrap.append(grid.dom);
  wrap._grid = grid;
  return wrap;
}

/** @param {TableElement & WithBuffers} el */
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
  table.append(...(el.hide_header ? [body] : [h("thead", {}, head), body]));
  if (el.alt) table.setAttribute("aria-label", el.alt);
  return table;
}

/** The static table's frame: its lines (border), size and scrolling.
 * @param {HTMLElement} wrap @param {TableElement} el */
function frameStaticTable(wrap, el) {
  wrap.dataset.border = el.border || "all";
  applyWidth(wrap, el.width);
  applyHeight(wrap, el.height);
}

export const KINDS = {
  dataframe: {
    /** @param {DataframeElement & WithBuffers} el */
    create: (el) => ({ dom: createFrame(el) }),
    /** @param {DataframeElement & WithBuffers} el */
    update(dom, el) {
      // Same element, new data (add_rows, a rerun with other data): keep the
      // grid, its sort, search, column widths and scroll position.
      sizeWrap(dom, el);
      const options = gridOptions(el);
      if (options.lazy !== dom._grid.lazy) {
        // the toolbar differs: a new grid
        dom._grid = new Grid(frameModel(el, el.buffers), options);
        dom.replaceChildren(dom._grid.dom);
        return;
      }
      dom._grid.setAlt(options.alt);
      dom._grid.height = options.height;
      dom._grid.fill = options.fill && !dom._grid.userSized;
      dom._grid.setModel(frameModel(el, el.buffers));
    },
  },
  table: {
    /** @param {TableElement & WithBuffers} el */
    create(el) {
      const wrap = h("div", { class: "stc-static-table", "data-testid": "stTable" });
      frameStaticTable(wrap, el);
      wrap.append(staticTable(el));
      return { dom: wrap };
    },
    /** @param {TableElement & WithBuffers} el */
    update(dom, el) {
      frameStaticTable(dom, el);
      dom.replaceChildren(staticTable(el));
    },
  },
};
