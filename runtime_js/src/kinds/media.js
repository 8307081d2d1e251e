// @ts-check
// Media: image (also st.pyplot's figures), audio, video, file_uploader.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
//
// Sources are data: URLs made by the worker or the URLs the app gave
// (runtime_py/stc_runtime/elements/media.py), each put in the DOM only if
// url_policy.js allows it; captions are text, never HTML.
//
// Uploads never travel as JSON: the chosen files are read as ArrayBuffers and
// posted to the worker inside the Rerun change, transferred rather than
// copied (`ctx.send(id, value, transfer)`); worker.js writes them into
// Pyodide's file system and Python gets their paths (see WidgetChange in
// protocol.js). Files the app already holds are named by `file_id` only.
import { h, nextId, widgetLabel } from "../dom.js";
import { safeUrl } from "../url_policy.js";
import { applyWidth, extensionOf, sizeDisplay, typeAllowed } from "./_shared.js";

/** @typedef {import("../protocol.js").AudioElement} AudioElement */
/** @typedef {import("../protocol.js").FileUploaderElement} FileUploaderElement */
/** @typedef {import("../protocol.js").ImageElement} ImageElement */
/** @typedef {import("../protocol.js").VideoElement} VideoElement */
// Audio and video share the player; audio has none of the video-only fields.
/** @typedef {VideoElement | AudioElement & {muted?: undefined, subtitles?: undefined, embed?: undefined}} PlayerElement */

// --- file_uploader ------------------------------------------------------------

// Page-unique ids for uploads (crypto.randomUUID needs a secure context,
// which a site on a LAN address over http is not).
let uploadCounter = 0;
const newFileId = () => `${Date.now().toString(36)}-${(++uploadCounter).toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** @param {FileUploaderElement} el */
function instructions(el) {
  const text = `Drag and drop ${el.multiple ? "files" : "file"} here`;
  let sub = `Limit ${sizeDisplay(el.max_upload_size_mb * 1e6, 0)} per file`;
  if (el.accept.length) {
    const shown = [...new Set(el.accept.map((t) => (t.endsWith("/*") ? t.slice(0, -2) : t.includes("/") ? t : t.replace(/^\./, "").toUpperCase())))];
    sub += ` • ${shown.join(", ")}`;
  }
  return h("div", { class: "stc-dropzone-text", "data-testid": "stFileUploaderDropzoneInstructions" },
    h("span", { text }), h("small", { text: sub }));
}

/** @param {FileUploaderElement} el */
function fileUploader(el, ctx) {
  const wrap = h("div", { class: "stc-widget stc-file-uploader", "data-testid": "stFileUploader" });
  const inputId = nextId();
  // The input is the real, labelled control (keyboard users focus it and
  // open the picker with Enter/Space); it is only visually hidden. The
  // visible "Browse files" button and the drop zone are mouse shortcuts.
  const input = h("input", {
    id: inputId, type: "file", class: "stc-visually-hidden", multiple: el.multiple,
    accept: el.accept.length ? el.accept.join(",") : null, disabled: el.disabled,
    "data-testid": "stFileUploaderDropzoneInput",
  });
  const browse = h("button", { type: "button", class: "stc-button stc-button-secondary", tabindex: -1, "aria-hidden": "true", text: "Browse files", disabled: el.disabled, "data-testid": "stBaseButton-secondary" });
  const zone = h("section", { class: "stc-dropzone", "data-testid": "stFileUploaderDropzone" }, instructions(el), browse, input);
  const list = h("ul", { class: "stc-file-list", "aria-label": "Uploaded files" });
  wrap.append(widgetLabel(el, ctx, inputId), zone, list);

  // What the page shows: the app's files (the last run's value, or what
  // was just sent) plus files refused here, which never reach the app.
  const state = { el, files: el.value.files.slice(), rejected: [] };

  const sendFiles = (files, transfer = []) => {
    state.files = files.map(({ file_id, name, type, size }) => ({ file_id, name, type, size }));
    render();
    ctx.send(state.el.id, { files }, transfer);
  };

  function render() {
    const items = [];
    // Newest first, as Streamlit lists them.
    for (const r of state.rejected.slice().reverse()) {
      const remove = h("button", { type: "button", class: "stc-file-remove", "aria-label": `Remove ${r.name}`, text: "×", "data-testid": "stFileUploaderDeleteBtn" });
      remove.addEventListener("click", () => {
        state.rejected = state.rejected.filter((x) => x !== r);
        render();
      });
      items.push(h("li", { class: "stc-file stc-file-error", "data-testid": "stFileUploaderFile" },
        h("span", { class: "stc-file-name", "data-testid": "stFileUploaderFileName", title: r.name, text: r.name }),
        h("span", { class: "stc-file-error-message", role: "alert", "data-testid": "stFileUploaderFileErrorMessage", text: r.error }),
        remove));
    }
    for (const f of state.files.slice().reverse()) {
      const remove = h("button", { type: "button", class: "stc-file-remove", "aria-label": `Remove ${f.name}`, text: "×", disabled: state.el.disabled, "data-testid": "stFileUploaderDeleteBtn" });
      remove.addEventListener("click", () => sendFiles(state.files.filter((x) => x.file_id !== f.file_id)));
      items.push(h("li", { class: "stc-file", "data-testid": "stFileUploaderFile" },
        h("span", { class: "stc-file-name", "data-testid": "stFileUploaderFileName", title: f.name, text: f.name }),
        h("small", { class: "stc-file-size", text: sizeDisplay(f.size) }),
        remove));
    }
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
  }

  async function take(fileList) {
    const el = state.el;
    if (el.disabled || !fileList.length) return;
    const maxBytes = el.max_upload_size_mb * 1e6;
    const accepted = [];
    const rejected = [];
    for (const file of fileList) {
      let error = null;
      if (!typeAllowed(file, el.accept)) error = `${file.type || extensionOf(file.name)} files are not allowed.`;
      else if (file.size > maxBytes) error = `File must be ${sizeDisplay(maxBytes)} or smaller.`;
      else if (!el.multiple && accepted.length) error = "Only one file is allowed.";
      if (error) rejected.push({ name: file.name, error });
      else accepted.push(file);
    }
    // A new choice replaces earlier refusals (they never reached the app).
    state.rejected = rejected;
    render();
    if (!accepted.length) return;
    const added = await Promise.all(accepted.map(async (file) => ({
      file_id: newFileId(), name: file.name, type: file.type, size: file.size, data: await file.arrayBuffer(),
    })));
    const files = el.multiple ? [...state.files, ...added] : added;
    sendFiles(files, added.map((f) => f.data));
  }

  input.addEventListener("change", () => {
    const chosen = [...input.files];
    input.value = ""; // choosing the same file again is a new change
    take(chosen);
  });
  browse.addEventListener("click", () => input.click());
  zone.addEventListener("dragover", (e) => {
    if (state.el.disabled) return;
    e.preventDefault();
    zone.classList.add("stc-dropzone-active");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("stc-dropzone-active"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("stc-dropzone-active");
    take([...(e.dataTransfer?.files || [])]);
  });

  /** @param {FileUploaderElement} next */
  wrap._stcUpdate = (next) => {
    state.el = next;
    state.files = next.value.files.slice();
    input.disabled = next.disabled;
    browse.disabled = next.disabled;
    wrap.classList.toggle("stc-disabled", next.disabled);
    applyWidth(wrap, next.width);
    render();
  };
  wrap.classList.toggle("stc-disabled", el.disabled);
  applyWidth(wrap, el.width);
  render();
  return wrap;
}

// --- image, audio, video ------------------------------------------------------

/** @param {ImageElement} el */
function images(el) {
  // A link wraps a single image only (Python refuses one for several).
  const link = el.images.length === 1 ? safeUrl(el.link, "link") : null;
  return el.images.map((img) => {
    // alt "" marks a decorative image; without alt the caption stands in.
    const tag = h("img", { src: safeUrl(img.src, "image"), alt: img.alt ?? img.caption ?? "", loading: "lazy" });
    if (el.width) tag.style.width = `${el.width}px`;
    const caption = img.caption !== null && img.caption !== undefined
      ? h("div", { class: "stc-image-caption", "data-testid": "stImageCaption", id: nextId(), text: img.caption }) : null;
    let shown = tag;
    if (link) {
      // Opens in a new tab without giving it this page (no opener, no
      // referrer); named by the caption when there is one, else the alt
      // text or the URL, as Streamlit names it.
      shown = h("a", { class: "stc-image-link", href: link, target: "_blank", rel: "noopener noreferrer", "data-testid": "stImageLink" }, tag);
      if (caption) shown.setAttribute("aria-labelledby", caption.id);
      else shown.setAttribute("aria-label", img.alt || link);
    }
    const fig = h("div", { class: "stc-image", "data-testid": "stImage" }, shown);
    if (caption) fig.append(caption);
    return fig;
  });
}

// start_time/end_time: the player starts at start_time and stops (or loops
// back) at end_time, as Streamlit's player does.
/** @param {PlayerElement} el @param {"audio" | "video"} tag */
function player(el, tag) {
  const media = h(tag, { controls: true, src: safeUrl(el.src, "media"), autoplay: el.autoplay, muted: el.muted, loop: el.loop && el.end_time === null, preload: "metadata", "aria-label": el.alt ?? null });
  if (el.muted) media.muted = true;
  for (const track of el.subtitles ?? []) media.append(h("track", { kind: "captions", src: safeUrl(track.src, "track"), label: track.label, default: el.subtitles.length === 1 }));
  if (el.start_time) media.addEventListener("loadedmetadata", () => { media.currentTime = el.start_time; }, { once: true });
  if (el.end_time !== null && el.end_time !== undefined) {
    media.addEventListener("timeupdate", () => {
      if (media.currentTime < el.end_time) return;
      if (el.loop) media.currentTime = el.start_time || 0;
      else media.pause();
    });
  }
  return media;
}

/** @param {PlayerElement} el @param {"audio" | "video"} tag */
function mediaChildren(el, tag) {
  if (!el.src) return [];
  const embed = safeUrl(el.embed, "frame");
  if (embed) {
    const url = new URL(embed, document.baseURI);
    if (el.start_time) url.searchParams.set("start", String(Math.floor(el.start_time)));
    if (el.end_time) url.searchParams.set("end", String(Math.floor(el.end_time)));
    // A frame needs a title: the alt text, else (as Streamlit) its URL.
    return [h("iframe", { src: url.href, title: el.alt ?? el.src, allow: "autoplay; encrypted-media; picture-in-picture", allowfullscreen: true })];
  }
  return [player(el, tag)];
}

export const KINDS = {
  image: {
    /** @param {ImageElement} el */
    create(el) {
      const dom = h("div", { class: `stc-images${el.stretch ? " stc-images-stretch" : ""}`, "data-testid": el.testid === "stPyplot" ? "stPyplot" : "stImageContainer" }, ...images(el));
      return { dom };
    },
    /** @param {ImageElement} el */
    update(dom, el) {
      dom.classList.toggle("stc-images-stretch", Boolean(el.stretch));
      dom.replaceChildren(...images(el));
    },
  },
  audio: {
    /** @param {AudioElement} el */
    create(el) {
      const dom = h("div", { class: "stc-media", "data-testid": "stAudio" }, ...mediaChildren(el, "audio"));
      applyWidth(dom, el.width);
      return { dom };
    },
    /** @param {AudioElement} el */
    update(dom, el) {
      applyWidth(dom, el.width);
      dom.replaceChildren(...mediaChildren(el, "audio"));
    },
  },
  video: {
    /** @param {VideoElement} el */
    create(el) {
      const dom = h("div", { class: "stc-media stc-video", "data-testid": "stVideo" }, ...mediaChildren(el, "video"));
      applyWidth(dom, el.width);
      return { dom };
    },
    /** @param {VideoElement} el */
    update(dom, el) {
      applyWidth(dom, el.width);
      dom.replaceChildren(...mediaChildren(el, "video"));
    },
  },

  file_uploader: {
    /** @param {FileUploaderElement} el */
    create: (el, ctx) => ({ dom: fileUploader(el, ctx) }),
    /** @param {FileUploaderElement} el */
    update(dom, el) {
      dom._stcUpdate(el);
    },
  },
};
