// @ts-check
// The one place a Rerun message is built, on the page (a widget change, a
// form's submit, a page switch, back/forward, the first run) and in the
// worker (the batch it hands Python), so every sender agrees on its shape:
// a field left out is null, which the worker's merge reads as "no news".

/**
 * @param {{changes?: import("./protocol.js").WidgetChange[], page?: string | null, query_string?: string | null}} [fields]
 * @returns {import("./protocol.js").Rerun}
 */
export function rerunMessage({ changes = [], page = null, query_string = null } = {}) {
  return { type: "rerun", changes, query_string, page };
}
