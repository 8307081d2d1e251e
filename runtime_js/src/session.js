// @ts-check
// The page's end of the session with the Python worker: the connection the
// inline script in index.html opened (so Pyodide starts loading before this
// bundle has downloaded), the queue of what the visitor does before the
// worker is ready, and the boot handshake (protocol version, first run).
//
//   index.html: new Worker, Boot ──► messages kept in __stcEarly
//   attach(early): replay them, then listen
//   Ready ──► version check ──► hooks.ready() ──► first Rerun ──► queued messages
import { PROTOCOL_VERSION } from "./protocol.js";
import { rerunMessage } from "./rerun.js";
import { initialPage } from "./router.js";

/** @typedef {import("./protocol.js").ToMain} ToMain */
/** @typedef {import("./protocol.js").ToWorker} ToWorker */

/**
 * @typedef {object} SessionHooks
 * @property {(msg: ToMain) => void} message every message but Ready
 * @property {() => void} ready the worker is ready; called before the first Rerun is sent
 * @property {(reason: string) => void} stopped the worker could not be loaded or died
 * @property {() => void} versionMismatch page and worker disagree on the protocol even after a reload
 */

export class Session {
  /** @param {SessionHooks} hooks */
  constructor(hooks) {
    this.hooks = hooks;
    /** @type {Worker | null} */
    this.worker = null;
    this.ready = false;
    /** @type {ToWorker[]} messages sent before the worker was ready, in order */
    this.pending = [];
  }

  /**
   * Send to the worker, or queue until it is ready. `transfer`: ArrayBuffers
   * inside the message to hand over rather than copy (uploaded files);
   * a queued message is copied when it is finally sent.
   * @param {ToWorker} msg
   * @param {Transferable[]} [transfer]
   */
  post(msg, transfer = []) {
    if (this.ready) this.worker.postMessage(msg, transfer);
    else this.pending.push(msg);
  }

  /**
   * Take over the worker index.html started and what it said so far.
   * @param {StcEarly} early
   */
  attach(early) {
    this.worker = early.worker;
    this.worker.onmessage = (e) => this.receive(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.hooks.stopped(e.message);
    };
    for (const msg of early.messages.splice(0)) this.receive(msg);
    if (early.errors.length) this.hooks.stopped(early.errors[0]);
  }

  /** @param {ToMain} msg */
  receive(msg) {
    if (msg.type !== "ready") {
      this.hooks.message(msg);
      return;
    }
    if (msg.protocol_version !== PROTOCOL_VERSION) {
      // A cached page talking to a newer worker (or the reverse): start
      // over once; if that does not help, say so instead of looping.
      if (!sessionStorage.getItem("stc-reloaded")) {
        sessionStorage.setItem("stc-reloaded", "1");
        location.reload();
      } else this.hooks.versionMismatch();
      return;
    }
    sessionStorage.removeItem("stc-reloaded");
    // Diagnostics (bench/boot.py reads them): how Python started and when
    // each boot step ended.
    window.__stcBootInfo = { snapshot: msg.snapshot, phases: msg.boot_phases };
    this.ready = true;
    this.hooks.ready();
    // The first run shows the page the URL names; what the visitor did
    // meanwhile follows, in order (widget ids are the live ones).
    this.worker.postMessage(rerunMessage({ page: initialPage() }));
    for (const m of this.pending.splice(0)) this.worker.postMessage(m);
  }
}
