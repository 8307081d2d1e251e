// @ts-check
// What the visitor sets on a widget, on its way to the worker. A change
// reruns the app at once, except inside an st.form: there it waits until the
// form is submitted, then goes with the submit click in one Rerun (as
// Streamlit's forms batch their widgets). Widget payloads name their form.
// A widget drawn with on_change="ignore" (its payload is `quiet`) sends
// StoreChanges instead: the worker keeps the value for the next run and
// does not start one.
import { rerunMessage } from "./rerun.js";

/** @typedef {import("./protocol.js").Delta} Delta */

export class WidgetChanges {
  /**
   * @param {(msg: import("./protocol.js").Rerun | import("./protocol.js").StoreChanges, transfer?: Transferable[]) => void} post
   * sends a message to the worker (queued until it is ready)
   */
  constructor(post) {
    this.post = post;
    /** @type {Map<string, string>} widget id -> form id (from the deltas) */
    this.widgetForms = new Map();
    /** @type {Set<string>} ids of the widgets drawn quiet (on_change="ignore") */
    this.quiet = new Set();
    /** @type {Map<string, Map<string, {value: any, transfer: Transferable[]}>>} form id -> widget id -> held change */
    this.formChanges = new Map();
    // Renderers get these as plain functions (ctx.send, ctx.submitForm).
    this.send = this.send.bind(this);
    this.submitForm = this.submitForm.bind(this);
  }

  /**
   * A widget's new value. `transfer`: ArrayBuffers inside `value` to hand
   * over rather than copy (uploaded files).
   * @param {string} id
   * @param {any} value
   * @param {Transferable[]} [transfer]
   */
  send(id, value, transfer = []) {
    const formId = this.widgetForms.get(id);
    if (formId) {
      if (!this.formChanges.has(formId)) this.formChanges.set(formId, new Map());
      this.formChanges.get(formId).set(id, { value, transfer });
      return;
    }
    if (this.quiet.has(id)) {
      this.post({ type: "store_changes", changes: [{ id, value }] }, transfer);
      return;
    }
    this.post(rerunMessage({ changes: [{ id, value }] }), transfer);
  }

  /**
   * Send the form's held-back changes and the click of its submit button.
   * @param {string} formId
   * @param {string} buttonId
   */
  submitForm(formId, buttonId) {
    const held = [...(this.formChanges.get(formId) ?? new Map())];
    this.formChanges.delete(formId);
    const changes = held.map(([id, { value }]) => ({ id, value }));
    changes.push({ id: buttonId, value: true });
    this.post(rerunMessage({ changes }), held.flatMap(([, { transfer }]) => transfer));
  }

  /**
   * The delta as the page should draw it: remembers which form its widget
   * is in, and a widget drawn again while the visitor has an unsent change
   * in its form keeps showing that change (in the payload's wire form).
   * @param {Delta} delta
   * @returns {Delta}
   */
  shown(delta) {
    const element = delta.element;
    if (element.id !== undefined && element.id !== null) {
      if (element.form_id) this.widgetForms.set(element.id, element.form_id);
      else this.widgetForms.delete(element.id);
      if (element.quiet) this.quiet.add(element.id);
      else this.quiet.delete(element.id);
    }
    if (!element.form_id) return delta;
    const change = this.formChanges.get(element.form_id)?.get(element.id);
    return change ? { ...delta, element: { ...element, value: change.value } } : delta;
  }
}
