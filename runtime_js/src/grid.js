// @ts-check
// The virtualized grid behind st.dataframe and st.data_editor.
//
// Only the rows in view (plus a few above and below) exist in the DOM, so
// 10^6 rows scroll as smoothly as 10. The grid knows nothing of Python or
// of column types: its model hands it cells.
//
//   div.stc-grid[role=grid]           aria-rowcount = rows shown + header
//   ├─ div.stc-grid-toolbar           search, download CSV, add/delete rows
//   └─ div.stc-grid-viewport          the scroller (fixed height)
//      ├─ div[role=row] header        sticky; sort buttons, resize handles
//      └─ div.stc-grid-sizer          as tall as every row together
//         └─ div.stc-grid-rows        the rows in view, translated to place
//
// model = {
//   columns: [{name, label, width, numeric, align?, sortKey(row)?, help?}],
//   rowCount(),                         // rows of the data (view rows map to these)
//   render(row, col, cellElement),      // fill one cell
//   text(row, col),                     // plain text (search, CSV, copy)
//   sortable, editable(row, col)?, onEditStart?(row, col, cell, done),
//   selectableRows?,                    // checkboxes for data_editor deletion
//   toolbar: [{label, icon, onClick}]   // extra toolbar buttons
// }
import { h } from "./dom.js";

const ROW_HEIGHT = 35;
const OVERSCAN = 6;
// Browsers cap an element's height (Chrome near 2^25 px): past this, the
// scrollbar maps onto the rows proportionally instead of pixel for pixel.
const MAX_SCROLL_PX = 8_000_000;
// As in Streamlit, sorting is switched off above 150,000 rows (unless the
// rows are lazy, which Streamlit sorts where they are kept).
export const MAX_SORTABLE_ROWS = 150000;
// height="content" grows with the rows up to this, as Streamlit caps it.
const MAX_CONTENT_HEIGHT = 10000;
const JUSTIFY = { left: "flex-start", center: "center", right: "flex-end" };

export class Grid {
  /**
   * ``height``: pixels, "auto" (up to ten rows; null too), "content"
   * (every row, capped) or "stretch" (what a fixed-height parent leaves,
   * at least three rows); ``alt``: the grid's accessible name (none
   * without it); ``lazy``: the model reads rows on demand, so nothing
   * that needs every row (search, CSV) is offered; ``fill``: the grid is
   * wider than its columns may be (stretched, or in pixels), so the room
   * they leave is shared among them, as Streamlit's grid shares it.
   */
  constructor(model, { height = null, rowHeight = null, alt = null, lazy = false, fill = false } = {}) {
    this.model = model;
    this.lazy = lazy;
    this.fill = fill;
    this.extra = 0; // pixels each column gets beyond its own width (fill)
    this.rowHeight = rowHeight || ROW_HEIGHT;
    this.sort = { col: -1, dir: 0 };
    this.query = "";
    this.order = null; // view row -> data row (null: identity)
    this.selected = null; // {r0, c0, r1, c1} in view coordinates
    this.checked = new Set(); // data rows ticked for deletion
    this.dom = h("div", { class: "stc-grid", role: "grid", "aria-label": alt || null, tabindex: "0" });
    this.toolbar = h("div", { class: "stc-grid-toolbar", "data-testid": "stElementToolbar" });
    this.viewport = h("div", { class: "stc-grid-viewport" });
    this.header = h("div", { class: "stc-grid-row stc-grid-header", role: "row", "aria-rowindex": "1" });
    this.sizer = h("div", { class: "stc-grid-sizer" });
    this.rowsLayer = h("div", { class: "stc-grid-rows", role: "rowgroup" });
    this.sizer.append(this.rowsLayer);
    this.viewport.append(this.header, this.sizer);
    this.dom.append(this.toolbar, this.viewport);
    this.height = height;
    this.viewport.addEventListener("scroll", () => this._schedule(), { passive: true });
    this.dom.addEventListener("keydown", (e) => this._key(e));
    this.dom.addEventListener("copy", (e) => this._copy(e));
    this._buildToolbar();
    this.setModel(model);
    if (typeof ResizeObserver !== "undefined") new ResizeObserver(() => this._fit()).observe(this.viewport);
  }

  /** A column's width as drawn. */
  colWidth(c) {
    return this.widths[c] + this.extra;
  }

  /** Share the room the columns leave in a wider grid among them. */
  _fit() {
    const n = this.widths.length;
    const own = this.widths.reduce((a, b) => a + b, 0) + (this.model.selectableRows ? 36 : 0);
    const room = this.viewport.clientWidth - own;
    const extra = this.fill && n && room > 0 ? Math.floor(room / n) : 0;
    if (extra === this.extra) return;
    this.extra = extra;
    for (let c = 0; c < n; c++) this._setColWidth(c);
  }

  _setColWidth(c) {
    const w = `${this.colWidth(c)}px`;
    this.header.querySelectorAll(`[aria-colindex="${c + 1}"]`).forEach((el) => (el.style.width = w));
    this.rowsLayer.querySelectorAll(`[aria-colindex="${c + 1}"]`).forEach((el) => (el.style.width = w));
    this.header.style.width = `${this._totalWidth()}px`;
    this.sizer.style.width = `${this._totalWidth()}px`;
    this.viewport.style.width = `${this._totalWidth() + 2}px`;
  }

  /** New data or columns: keep sort, search and scroll where possible. */
  setModel(model) {
    this.model = model;
    this.widths = model.columns.map((c, i) => this.widths?.[i] ?? c.width ?? defaultWidth(c));
    this._buildHeader();
    this._recompute();
    this._fit();
  }

  // --- view rows -----------------------------------------------------------

  _recompute() {
    const n = this.model.rowCount();
    let rows = null;
    if (this.query) {
      const q = this.query.toLowerCase();
      const hits = [];
      const cols = this.model.columns.length;
      for (let r = 0; r < n; r++) {
        for (let c = 0; c < cols; c++) {
          if (this.model.text(r, c).toLowerCase().includes(q)) {
            hits.push(r);
            break;
          }
        }
      }
      rows = Uint32Array.from(hits);
    }
    const sortCol = this.model.columns[this.sort.col];
    if (this.sort.dir && sortCol && this.canSort()) {
      if (!rows) {
        rows = new Uint32Array(n);
        for (let i = 0; i < n; i++) rows[i] = i;
      }
      const key = sortCol.sortKey || ((r) => this.model.text(r, this.sort.col));
      const keys = new Array(n);
      for (const r of rows) keys[r] = key(r);
      const sign = this.sort.dir === 1 ? 1 : -1;
      rows.sort((a, b) => {
        const x = keys[a], y = keys[b];
        const xn = x === null || x === undefined || Number.isNaN(x), yn = y === null || y === undefined || Number.isNaN(y);
        if (xn || yn) return xn === yn ? a - b : xn ? 1 : -1; // missing values last
        return x < y ? -sign : x > y ? sign : a - b;
      });
    }
    this.order = rows;
    this.viewCount = rows ? rows.length : n;
    this.dom.setAttribute("aria-rowcount", String(this.viewCount + 1));
    this.dom.setAttribute("aria-colcount", String(this.model.columns.length));
    const total = this.viewCount * this.rowHeight;
    this.scaled = total > MAX_SCROLL_PX;
    this.sizer.style.height = `${Math.min(total, MAX_SCROLL_PX)}px`;
    this.sizer.style.width = `${this._totalWidth()}px`;
    this.viewport.style.width = `${this._totalWidth() + 2}px`;
    this._size(total);
    this._paint(true);
  }

  /** The viewport's height for ``total`` pixels of rows, by ``height``. */
  _size(total) {
    const header = this.rowHeight + 2;
    const auto = Math.max(Math.min(total, 10 * this.rowHeight) + header, 2 * this.rowHeight + 2);
    const vp = this.viewport.style;
    vp.flexBasis = vp.minHeight = "";
    if (typeof this.height === "number") vp.height = `${Math.max(this.height, 2 * this.rowHeight + 2)}px`;
    else if (this.height === "content") vp.height = `${Math.max(Math.min(total + header, MAX_CONTENT_HEIGHT), 2 * this.rowHeight + 2)}px`;
    else if (this.height === "stretch") {
      // The stylesheet lets the viewport grow into (and shrink within) a
      // parent of fixed height; elsewhere it keeps the "auto" height.
      vp.height = "";
      vp.flexBasis = `${auto}px`;
      vp.minHeight = `${Math.min(auto, 3 * this.rowHeight + header)}px`;
    } else vp.height = `${auto}px`;
  }

  /** @param {string | null} alt */
  setAlt(alt) {
    if (alt) this.dom.setAttribute("aria-label", alt);
    else this.dom.removeAttribute("aria-label");
  }

  canSort() {
    return this.model.sortable !== false && (this.lazy || this.model.rowCount() <= MAX_SORTABLE_ROWS);
  }

  dataRow(viewRow) {
    return this.order ? this.order[viewRow] : viewRow;
  }

  _totalWidth() {
    return this.widths.reduce((a, b) => a + b, 0) + this.extra * this.widths.length + (this.model.selectableRows ? 36 : 0);
  }

  // --- painting --------------------------------------------------------------

  _schedule() {
    if (this._frame) return;
    this._frame = requestAnimationFrame(() => {
      this._frame = 0;
      this._paint(false);
    });
  }

  // The first row in view (fractional) for the viewport's scrollTop.
  _rowAt(top) {
    if (!this.scaled) return top / this.rowHeight;
    const vp = this.viewport;
    const maxTop = vp.scrollHeight - vp.clientHeight;
    const bodyRows = (vp.clientHeight - this.rowHeight) / this.rowHeight;
    return maxTop > 0 ? (top / maxTop) * Math.max(0, this.viewCount - bodyRows) : 0;
  }

  _topOf(row) {
    if (!this.scaled) return row * this.rowHeight;
    const vp = this.viewport;
    const bodyRows = (vp.clientHeight - this.rowHeight) / this.rowHeight;
    return (row / Math.max(1, this.viewCount - bodyRows)) * (vp.scrollHeight - vp.clientHeight);
  }

  _paint(force) {
    const top = this.viewport.scrollTop;
    const visible = Math.ceil((this.viewport.clientHeight || 400) / this.rowHeight);
    const exact = this._rowAt(top);
    const firstVisible = Math.floor(exact);
    const first = Math.max(0, firstVisible - OVERSCAN);
    const last = Math.min(this.viewCount, first + visible + 2 * OVERSCAN);
    // Where row `first` goes inside the sizer, so that row `exact` sits at
    // the top of the view.
    const offset = this.scaled ? top - (exact - first) * this.rowHeight : first * this.rowHeight;
    this.rowsLayer.style.transform = `translateY(${offset}px)`;
    if (!force && first === this._first && last === this._last) return;
    this._first = first;
    this._last = last;
    const frag = document.createDocumentFragment();
    for (let v = first; v < last; v++) frag.append(this._row(v));
    this.rowsLayer.replaceChildren(frag);
  }

  _row(v) {
    const r = this.dataRow(v);
    const row = h("div", { class: "stc-grid-row", role: "row", "aria-rowindex": String(v + 2) });
    row.style.height = `${this.rowHeight}px`;
    if (this.model.selectableRows) {
      const box = h("input", { type: "checkbox", "aria-label": `Select row ${v + 1}` });
      box.checked = this.checked.has(r);
      box.addEventListener("change", () => {
        if (box.checked) this.checked.add(r);
        else this.checked.delete(r);
        this._updateToolbar();
      });
      row.append(h("div", { class: "stc-grid-cell stc-grid-select", role: "gridcell" }, box));
    }
    this.model.columns.forEach((col, c) => {
      const cell = h("div", { class: `stc-grid-cell${col.numeric ? " stc-num" : ""}${col.isIndex ? " stc-grid-index" : ""}`, role: "gridcell", "aria-colindex": String(c + 1) });
      cell.style.width = `${this.colWidth(c)}px`;
      if (col.align) cell.style.justifyContent = JUSTIFY[col.align] ?? "";
      if (this._isSelected(v, c)) cell.setAttribute("aria-selected", "true");
      this.model.render(r, c, cell);
      cell.addEventListener("mousedown", (e) => {
        if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
        this._select(v, c, e.shiftKey);
      });
      if (this.model.editable?.(r, c)) {
        cell.classList.add("stc-grid-editable");
        cell.addEventListener("dblclick", () => this.edit(v, c));
      }
      row.append(cell);
    });
    return row;
  }

  cellAt(viewRow, col) {
    return this.rowsLayer.querySelector(`[aria-rowindex="${viewRow + 2}"] [aria-colindex="${col + 1}"]`);
  }

  // --- header: sorting and resizing ---------------------------------------------

  _buildHeader() {
    const cells = [];
    if (this.model.selectableRows) cells.push(h("div", { class: "stc-grid-cell stc-grid-select", role: "columnheader", "aria-label": "Row selection" }));
    this.model.columns.forEach((col, c) => {
      const cell = h("div", { class: `stc-grid-cell stc-grid-head${col.numeric ? " stc-num" : ""}`, role: "columnheader", "aria-colindex": String(c + 1), title: col.help || null });
      cell.style.width = `${this.colWidth(c)}px`;
      const sorted = this.sort.col === c && this.sort.dir;
      cell.setAttribute("aria-sort", sorted ? (this.sort.dir === 1 ? "ascending" : "descending") : "none");
      const button = h("button", { type: "button", class: "stc-grid-sort", text: col.label });
      if (sorted) button.append(h("span", { class: "stc-grid-sort-icon", "aria-hidden": "true", text: this.sort.dir === 1 ? " ↑" : " ↓" }));
      button.disabled = !this.canSort();
      button.addEventListener("click", () => {
        this.sort = { col: c, dir: this.sort.col === c ? (this.sort.dir + 1) % 3 : 1 };
        this._buildHeader();
        this._recompute();
      });
      const handle = h("div", { class: "stc-grid-resize", role: "separator", "aria-orientation": "vertical", "aria-label": `Resize column ${c + 1}` });
      // (numbered, not named: a name would also match the app's own labels)
      handle.addEventListener("pointerdown", (e) => this._startResize(e, c, handle));
      cell.append(button, handle);
      cells.push(cell);
    });
    this.header.replaceChildren(...cells);
    this.header.style.width = `${this._totalWidth()}px`;
  }

  _startResize(e, c, handle) {
    e.preventDefault();
    const startX = e.clientX;
    const start = this.colWidth(c);
    handle.setPointerCapture?.(e.pointerId);
    const move = (ev) => this.resizeColumn(c, start + ev.clientX - startX);
    const up = () => {
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", up);
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", up);
  }

  resizeColumn(c, width) {
    this.userSized = true;
    if (this.extra) {
      // The visitor sizes columns themselves from now on: each keeps the
      // width it is drawn with.
      this.widths = this.widths.map((w) => w + this.extra);
      this.extra = 0;
      this.fill = false;
      for (let i = 0; i < this.widths.length; i++) if (i !== c) this._setColWidth(i);
    }
    this.widths[c] = Math.max(40, Math.round(width));
    this._setColWidth(c);
  }

  // --- toolbar: search, download, (data_editor) add/delete ---------------------

  _buildToolbar() {
    const search = h("input", { type: "search", class: "stc-grid-search", placeholder: "Search", "aria-label": "Search", hidden: true });
    let timer = 0;
    search.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        this.query = search.value;
        this.viewport.scrollTop = 0;
        this._recompute();
      }, 150);
    });
    search.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        search.value = "";
        this.query = "";
        search.hidden = true;
        this._recompute();
        this.dom.focus();
      }
    });
    this.searchInput = search;
    const button = (label, text, onClick) => {
      const b = h("button", { type: "button", class: "stc-grid-tool", "aria-label": label, title: label, text });
      b.addEventListener("click", onClick);
      return b;
    };
    this.extraTools = h("span", { class: "stc-grid-extra" });
    this.toolbar.append(search, this.extraTools);
    if (this.lazy) return; // both need every row
    this.toolbar.append(
      button("Search", "⌕", () => {
        search.hidden = !search.hidden;
        if (!search.hidden) search.focus();
      }),
      button("Download as CSV", "⤓", () => this.downloadCsv()),
    );
  }

  setTools(tools) {
    this.extraTools.replaceChildren(...tools.map((t) => {
      const b = h("button", { type: "button", class: "stc-grid-tool", "aria-label": t.label, title: t.label, text: t.icon });
      b.addEventListener("click", () => t.onClick(this));
      if (t.needsChecked) b.dataset.needsChecked = "1";
      return b;
    }));
    this._updateToolbar();
  }

  _updateToolbar() {
    this.extraTools.querySelectorAll("[data-needs-checked]").forEach((b) => (b.disabled = this.checked.size === 0));
  }

  csv() {
    const esc = (s) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const cols = this.model.columns;
    const lines = [cols.map((c) => esc(c.label)).join(",")];
    for (let v = 0; v < this.viewCount; v++) {
      const r = this.dataRow(v);
      lines.push(cols.map((_, c) => esc(this.model.text(r, c))).join(","));
    }
    return "\ufeff" + lines.join("\n") + "\n";
  }

  downloadCsv() {
    const url = URL.createObjectURL(new Blob([this.csv()], { type: "text/csv;charset=utf-8" }));
    const a = h("a", { href: url, download: `${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}_export.csv` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // --- selection, keyboard, copy ---------------------------------------------------

  _isSelected(v, c) {
    const s = this.selected;
    if (!s) return false;
    return v >= Math.min(s.r0, s.r1) && v <= Math.max(s.r0, s.r1) && c >= Math.min(s.c0, s.c1) && c <= Math.max(s.c0, s.c1);
  }

  _select(v, c, extend) {
    this.selected = extend && this.selected ? { ...this.selected, r1: v, c1: c } : { r0: v, c0: c, r1: v, c1: c };
    this.rowsLayer.querySelectorAll("[aria-selected]").forEach((el) => el.removeAttribute("aria-selected"));
    for (const row of this.rowsLayer.children) {
      const vr = Number(row.getAttribute("aria-rowindex")) - 2;
      for (const cell of row.querySelectorAll("[aria-colindex]")) {
        if (this._isSelected(vr, Number(cell.getAttribute("aria-colindex")) - 1)) cell.setAttribute("aria-selected", "true");
      }
    }
    if (!this.dom.contains(document.activeElement)) this.dom.focus({ preventScroll: true });
  }

  selectedText() {
    const s = this.selected;
    if (!s) return "";
    const lines = [];
    for (let v = Math.min(s.r0, s.r1); v <= Math.max(s.r0, s.r1); v++) {
      const r = this.dataRow(v);
      const cells = [];
      for (let c = Math.min(s.c0, s.c1); c <= Math.max(s.c0, s.c1); c++) cells.push(this.model.text(r, c));
      lines.push(cells.join("\t"));
    }
    return lines.join("\n");
  }

  _copy(e) {
    if (!this.selected || e.target instanceof HTMLInputElement) return;
    e.clipboardData.setData("text/plain", this.selectedText());
    e.preventDefault();
  }

  _key(e) {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement) return;
    if ((e.ctrlKey || e.metaKey) && e.key === "f" && !this.lazy) {
      e.preventDefault();
      this.searchInput.hidden = false;
      this.searchInput.focus();
      return;
    }
    const s = this.selected;
    if (!s) return;
    const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (moves[e.key]) {
      e.preventDefault();
      const v = Math.min(this.viewCount - 1, Math.max(0, s.r1 + moves[e.key][0]));
      const c = Math.min(this.model.columns.length - 1, Math.max(0, s.c1 + moves[e.key][1]));
      this.scrollToRow(v);
      this._select(v, c, e.shiftKey);
    } else if (e.key === "Enter" && this.model.editable?.(this.dataRow(s.r1), s.c1)) {
      e.preventDefault();
      this.edit(s.r1, s.c1);
    }
  }

  scrollToRow(v) {
    const vp = this.viewport;
    const inner = (vp.clientHeight - this.rowHeight) / this.rowHeight; // body rows in view
    const first = this._rowAt(vp.scrollTop);
    if (v < first) vp.scrollTop = this._topOf(v);
    else if (v + 1 > first + inner) vp.scrollTop = this._topOf(v + 1 - inner);
    this._paint(false);
  }

  /** Open the model's editor on a cell (view coordinates). */
  edit(v, c) {
    this.scrollToRow(v);
    const cell = this.cellAt(v, c);
    if (!cell || !this.model.onEditStart) return;
    this.model.onEditStart(this.dataRow(v), c, cell, () => {
      this._paint(true);
      this.dom.focus({ preventScroll: true });
    });
  }

  refresh() {
    this._recompute();
  }
}

function defaultWidth(col) {
  const chars = Math.max(String(col.label).length, col.sampleChars ?? 8);
  return Math.min(400, Math.max(col.numeric ? 70 : 90, chars * 8 + 28));
}
