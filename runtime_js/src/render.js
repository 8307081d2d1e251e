// @ts-check
// The one module that patches the DOM.
//
// The page mirrors the worker's UI tree. Every delta names a path:
//
//   root 0 (main) ─┬─ [0,0] heading
//                  ├─ [0,1] block:horizontal ─┬─ [0,1,0] block:column ─ [0,1,0,0] button
//                  │                          └─ [0,1,1] block:column ─ ...
//                  └─ [0,2] markdown
//   root 1 (sidebar) ─ [1,0] ...
//   root 2 (page)    ─ [2,0] page_config
//   root 3 (dialog)  ─ [3,0] block:dialog ─ ...   (st.dialog's modal)
//
// A node keeps its DOM element for as long as consecutive runs write the same
// kind (and, for widgets, the same widget id) at its path: unchanged elements
// are not touched at all, changed ones are updated in place, so an input keeps
// focus and caret across a rerun. When a run finishes, nodes it did not write
// are removed (the sweep).
import { KINDS } from "./kinds/index.js";

/** @typedef {{kind: string, sig: string, id: string|null, dom: HTMLElement, slot: HTMLElement|null, runId: number, children: Node[], element: any}} Node */

export class Renderer {
  /**
   * @param {{[root: number]: HTMLElement}} rootSlots
   * @param {object} ctx passed to element renderers (send, markdown, ...)
   */
  constructor(rootSlots, ctx) {
    this.ctx = ctx;
    /** @type {Map<number, Node>} */
    this.roots = new Map();
    for (const [root, slot] of Object.entries(rootSlots)) {
      this.roots.set(Number(root), { kind: "root", sig: "", id: null, dom: slot, slot, runId: 0, children: [], element: null });
    }
  }

  /** @param {import("./protocol.js").Delta} delta */
  applyDelta(delta) {
    const { path, element, run_id: runId } = delta;
    let parent = this.roots.get(path[0]);
    if (!parent) return;
    parent.runId = runId;
    for (const index of path.slice(1, -1)) {
      const next = parent.children[index];
      if (!next || !next.slot) return; // out-of-order delta: ignore, the run will resend
      next.runId = runId;
      next.dom.classList.remove("stc-stale");
      parent = next;
    }
    this._place(parent, path[path.length - 1], element, runId);
  }

  _place(parent, index, element, runId) {
    const kind = element.kind === "block" ? `block:${element.block}` : element.kind;
    const spec = KINDS[kind] || KINDS.unknown;
    const sig = JSON.stringify(element);
    const id = element.id ?? null;
    const old = parent.children[index];
    if (old && old.kind === kind && old.id === id) {
      old.runId = runId;
      old.dom.classList.remove("stc-stale");
      if (old.sig !== sig) {
        if (spec.update) spec.update(old.dom, element, old.element, this.ctx);
        else this._replace(parent, index, old, spec, element, kind, sig, id, runId);
        old.sig = sig;
        old.element = element;
      }
      return;
    }
    this._replace(parent, index, old, spec, element, kind, sig, id, runId);
  }

  _replace(parent, index, old, spec, element, kind, sig, id, runId) {
    const { dom, slot = null } = spec.create(element, this.ctx);
    dom.classList.add("stc-element");
    const node = { kind, sig, id, dom, slot, runId, children: old && old.kind === kind && slot ? old.children : [], element };
    if (node.children.length && slot) for (const child of node.children) slot.appendChild(child.dom);
    if (old) parent.slot.replaceChild(dom, old.dom);
    else {
      // Deltas arrive in order, so the slot after the last child is free;
      // holes (never expected) are filled with placeholders to keep indices.
      while (parent.children.length < index) {
        const hole = { kind: "empty", sig: "", id: null, dom: document.createElement("div"), slot: null, runId, children: [], element: null };
        parent.slot.appendChild(hole.dom);
        parent.children.push(hole);
      }
      const before = parent.children[index + 1]?.dom ?? null;
      parent.slot.insertBefore(dom, before);
    }
    parent.children[index] = node;
  }

  /** Remove what run `runId` did not write. */
  sweep(runId) {
    for (const root of this.roots.values()) this._sweep(root, runId);
  }

  _sweep(node, runId) {
    const keep = [];
    for (const child of node.children) {
      if (child.runId === runId) {
        child.dom.classList.remove("stc-stale");
        if (child.slot) this._sweep(child, runId);
        keep.push(child);
      } else {
        child.dom.remove();
        if (child.kind === "page_config" && KINDS.page_config.remove) KINDS.page_config.remove(this.ctx);
      }
    }
    node.children = keep;
  }

  /**
   * A run started: everything on screen is from the previous run until the
   * new run writes it again. Stale elements dim (after a short delay in CSS,
   * so quick reruns do not flicker), as Streamlit shows them.
   */
  markStale() {
    const walk = (node) => {
      for (const child of node.children) {
        child.dom.classList.add("stc-stale");
        if (child.slot) walk(child);
      }
    };
    for (const root of this.roots.values()) walk(root);
  }
}
