// @ts-check
// The one decision on which URLs from an element payload may become an
// href or a src. Payload URLs are the app's input, and
// an app passes on its visitors' input (query params, text inputs, a cached
// replay): a `javascript:` link or a `data:text/html` frame would run script
// on the site's origin, which every project site of the same GitHub user
// shares. Every renderer that sets a URL attribute from a payload asks
// safeUrl(); nothing else in runtime_js decides.
//
// The URL is parsed as the browser will follow it: the WHATWG parser
// against the document's base drops leading/trailing spaces and C0
// controls, removes tabs and newlines anywhere, and lowercases the scheme,
// so " JaVaScRiPt:", "java\tscript:" and "\x01javascript:" all come out as
// `javascript:` and are refused. Entities (`javascript&colon;`) are decoded
// by the Markdown parser before it asks (markdown.js); in an attribute set
// from JS they are literal text and make a harmless relative URL. Schemes are
// allow-listed per kind of sink, never deny-listed, so a scheme nobody
// thought of is refused too.
//
//   sink     elements                         schemes           data: types
//   link     <a href>: markdown links,        http https        none (a data:
//            link_button, page_link,          mailto tel        top-level page
//            LinkColumn                       (relative ok)     is script-capable)
//   image    <img src>: st.image, chat        http https blob   image/* (an SVG
//            avatars, ImageColumn, markdown                     in <img> runs no
//            images                                             script), bytes*
//   media    <audio>/<video> src              http https blob   audio/* video/*
//                                                               bytes*
//   track    <track src> (video subtitles)    http https blob   text/vtt
//   frame    <iframe src> (YouTube embeds)    https http        none
//
//   * application/octet-stream: what the runtime labels bytes it cannot
//     identify (an avatar in a format it does not sniff); an image or a
//     player decodes it as media or not at all.
//
// The URL is returned as written, not re-serialized: the browser resolves
// that same string against that same base, so what was checked is what it
// follows, and relative links stay as the author wrote them.

const WEB = ["http:", "https:"];

/** @type {Record<string, {schemes: string[], data: RegExp | null}>} */
const SINKS = {
  link: { schemes: [...WEB, "mailto:", "tel:"], data: null },
  image: { schemes: [...WEB, "blob:"], data: /^(?:image\/[a-z0-9.+-]+|application\/octet-stream)$/ },
  media: { schemes: [...WEB, "blob:"], data: /^(?:(?:audio|video)\/[a-z0-9.+-]+|application\/octet-stream)$/ },
  track: { schemes: [...WEB, "blob:"], data: /^text\/vtt$/ },
  frame: { schemes: WEB, data: null },
};

// The media type of a data: URL's body (what follows "data:") as the fetch
// spec's data: URL processor reads it: up to the first comma, ASCII spaces
// trimmed, parameters dropped; "" without a comma (the browser would not
// load it either).
function dataMediaType(body) {
  const comma = body.indexOf(",");
  return comma < 0 ? "" : body.slice(0, comma).split(";")[0].replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, "").toLowerCase();
}

/**
 * The URL if a payload may put it in an attribute of the given kind of
 * sink ("link", "image", "media", "track" or "frame"; see the table at the
 * top of url_policy.js), else null. Callers leave the attribute out on null.
 * @param {unknown} url
 * @param {"link" | "image" | "media" | "track" | "frame"} sink
 * @returns {string | null}
 */
export function safeUrl(url, sink) {
  const policy = SINKS[sink];
  if (!policy) throw new Error(`url_policy: unknown sink ${sink}`);
  if (typeof url !== "string" || url === "") return null;
  // An image's data: URL can be megabytes: when it plainly starts with
  // "data:" its media type is read in place instead of copying it through
  // the URL parser (a type with a tab, "#" or "?" in it fails the pattern,
  // so the browser's reading of it cannot differ from an allowed one).
  if (/^data:/i.test(url)) return policy.data?.test(dataMediaType(url.slice(5))) ? url : null;
  let parsed;
  try {
    parsed = new URL(url, globalThis.document?.baseURI);
  } catch {
    return null;
  }
  if (parsed.protocol === "data:") return policy.data?.test(dataMediaType(parsed.pathname)) ? url : null;
  return policy.schemes.includes(parsed.protocol) ? url : null;
}
