// @ts-check
// st.data_editor: the dataframe grid (kinds/data.js) with editable cells,
// and with added and deleted rows when num_rows is "dynamic".
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
//
// The page keeps the edits as Streamlit's editing state ({edited_rows,
// added_rows, deleted_rows}) and sends all of it with every change; the
// worker applies it to the app's data (runtime_py/stc_runtime/elements/
// data_editor.py).
import { h } from "../dom.js";
import { Grid } from "../grid.js";
import { cellText, gridOptions, renderCell, sizeWrap, tableColumns } from "./data.js";

/** @typedef {import("../protocol.js").DataEditorElement} DataEditorElement */
/** @typedef {import("./data.js").WithBuffers} WithBuffers */

const EDITABLE = new Set(["text", "number", "checkbox", "selectbox", "date", "time", "datetime", "link", "list"]);

/** A SelectboxColumn option's value and text (format_func gives options
 * as {value, label}). */
const optionOf = (o) => (o && typeof o === "object" ? { value: o.value, text: String(o.label ?? o.value) } : { value: o, text: String(o) });

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
  if (col.type === "selectbox" && tc.options && !tc.options.some((o) => String(optionOf(o).value) === String(value))) return "Choose one of the options.";
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
    const options = (tc.options || []).map(optionOf);
    for (const o of options) select.append(h("option", { value: String(o.value), text: o.text, selected: String(o.value) === String(value) }));
    return { input: select, read: () => (select.value === "" ? null : options.find((o) => String(o.value) === select.value)?.value ?? select.value) };
  }
  if (col.type === "list") {
    // A list is typed as its items separated by commas, as Streamlit's
    // grid pastes one.
    const input = h("input", { type: "text", class: "stc-grid-editor", "aria-label": `Edit ${col.label}` });
    input.value = Array.isArray(value) ? value.join(", ") : value === null || value === undefined ? "" : String(value);
    return { input, read: () => { const items = input.value.split(",").map((t) => t.trim()).filter(Boolean); return items.length ? items : null; } };
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

/** @param {DataEditorElement} el */
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
  const mode = el.num_rows_mode;
  const canAdd = mode === "dynamic" || mode === "add", canDelete = mode === "dynamic" || mode === "delete";
  const model = {
    columns: base,
    // As Streamlit: no sorting while rows can be added.
    sortable: !canAdd,
    selectableRows: canDelete,
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
  model.tools = [
    canAdd && {
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
    canDelete && {
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
  ].filter(Boolean);
  return model;
}

function canonical(value) {
  return JSON.stringify(value, (k, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
}

/** @param {DataEditorElement & WithBuffers} el */
function createEditor(el, ctx) {
  const wrap = h("div", { class: "stc-dataframe stc-data-editor", "data-testid": "stDataFrame" });
  sizeWrap(wrap, el);
  const grid = new Grid({ columns: [], rowCount: () => 0, render() {}, text: () => "" }, gridOptions(el));
  const model = editorModel(el, el.buffers, grid, ctx);
  grid.setModel(model);
  grid.setTools(model.tools);
  wrap.append(grid.dom);
  wrap._grid = grid;
  return wrap;
}

export const KINDS = {
  data_editor: {
    /** @param {DataEditorElement & WithBuffers} el */
    create: (el, ctx) => ({ dom: createEditor(el, ctx) }),
    /** @param {DataEditorElement & WithBuffers} el @param {DataEditorElement & WithBuffers} prev */
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
};
