// What the page's inline boot script (compiler/stc/templates/index.html.j2)
// leaves on `window` for the bundle, and what the bundle leaves for tools.

/** The worker the inline script started, and what it said before the bundle took over. */
interface StcEarly {
  worker: Worker;
  messages: import("./protocol.js").ToMain[];
  errors: string[];
  /** The service worker's registration, once registered (null without one). */
  sw?: Promise<ServiceWorkerRegistration | null>;
}

interface Window {
  __stcEarly?: StcEarly;
  /** Boot diagnostics (bench/boot.py reads them). */
  __stcBootInfo?: { snapshot: boolean; phases: Record<string, number> };
}
