// Files and links: file_uploader, download_button, link_button.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
//
// Uploads never travel as JSON: the chosen files are read as ArrayBuffers and
// posted to the worker inside the Rerun change, transferred rather than
// copied (`ctx.send(id, value, transfer)`); worker.js writes them into
// Pyodide's file system and Python gets their paths (see WidgetChange in
// protocol.js). Files the app already holds are named by `file_id` only.
import { h, helpIcon, nextId, widgetLabel } from "../dom.js";
import { safeUrl } from "../url_policy.js";

/** A byte count as Streamlit's uploader shows it: "1.2KB", "200.0MB" (powers of 1000). */
export function sizeDisplay(size, rounding = 1) {
  const units = ["B", "KB", "MB", "GB"];
  let unit = 0;
  while (unit < units.length - 1 && size > 500) {
    size /= 1000;
    unit += 1;
  }
  return `${size.toFixed(rounding)}${units[unit]}`;
}

/** Is `file` allowed by the uploader's normalized `accept` list (".csv", "image/*", "text/csv")? */
function typeAllowed(file, accept) {
  if (!accept.length) return true;
  const name = file.name.toLowerCase();
  const mime = (file.type || "").toLowerCase();
  return accept.some((t) => {
    if (t.endsWith("/*")) return mime.startsWith(t.slice(0, -1));
    if (t.includes("/")) return mime === t;
    return name.endsWith(t);
  });
}

function extensionOf(name) {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot) : name;
}

// Page-unique ids for uploads (crypto.randomUUID needs a secure context,
// which a site on a LAN address over http is not).
let uploadCounter = 0;
const newFileId = () => `${Date.now().toString(36)}-${(++uploadCounter).toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

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

  wrap._stcUpdate = (next) => {
    state.el = next;
    state.files = next.value.files.slice();
    input.disabled = next.disabled;
    browse.disabled = next.disabled;
    wrap.classList.toggle("stc-disabled", next.disabled);
    render();
  };
  wrap.classList.toggle("stc-disabled", el.disabled);
  render();
  return wrap;
}

// --- download_button ------------------------------------------------------

function saveDownload(el) {
  let blob;
  if (el.encoding === "base64") {
    const raw = atob(el.data);
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    blob = new Blob([bytes], { type: el.mime });
  } else blob = new Blob([el.data], { type: el.mime });
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: el.file_name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started; give the browser a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function iconSpan(icon) {
  // Material icons need a web font a static site does not ship: emoji only.
  if (!icon || icon.startsWith(":material/")) return null;
  return h("span", { class: "stc-button-icon", "aria-hidden": "true", text: icon });
}

function applyWidth(node, width) {
  node.classList.toggle("stc-full-width", width === "stretch");
  node.style.width = typeof width === "number" ? `${width}px` : "";
}

function buttonLabel(node, el, ctx) {
  const text = h("span", { class: "stc-button-label" });
  text.innerHTML = ctx.markdown.inline(el.label);
  node.replaceChildren(...[iconSpan(el.icon), text].filter(Boolean));
}

export const KINDS = {
  file_uploader: {
    create: (el, ctx) => ({ dom: fileUploader(el, ctx) }),
    update(dom, el) {
      dom._stcUpdate(el);
    },
  },

  download_button: {
    create(el, ctx) {
      const wrap = h("div", { class: "stc-widget stc-button-wrap", "data-testid": "stDownloadButton" });
      const button = h("button", { type: "button", class: `stc-button stc-button-${el.button_type}`, disabled: el.disabled, title: el.help, "data-testid": `stBaseButton-${el.button_type}` });
      buttonLabel(button, el, ctx);
      applyWidth(button, el.width);
      let current = el;
      button.addEventListener("click", () => {
        saveDownload(current);
        if (!current.ignore_rerun) ctx.send(current.id, true);
      });
      wrap._stcSet = (next) => (current = next);
      wrap.append(button);
      const help = helpIcon(el.help);
      if (help) wrap.append(" ", help);
      return { dom: wrap };
    },
    update(dom, el, prev, ctx) {
      dom._stcSet(el);
      const button = dom.querySelector("button");
      button.disabled = el.disabled;
      if (el.label !== prev.label || el.icon !== prev.icon) buttonLabel(button, el, ctx);
    },
  },

  link_button: {
    create(el, ctx) {
      const wrap = h("div", { class: "stc-widget stc-button-wrap", "data-testid": "stLinkButton" });
      const a = h("a", { class: `stc-button stc-button-${el.button_type} stc-link-button`, "data-testid": `stBaseLinkButton-${el.button_type}` });
      KINDS.link_button.update(wrap, el, {}, ctx, a);
      wrap.append(a);
      return { dom: wrap };
    },
    update(dom, el, prev, ctx, link = null) {
      const a = link || dom.querySelector("a");
      buttonLabel(a, el, ctx);
      applyWidth(a, el.width);
      // A disabled link (or one to a refused URL) has no href; role and
      // aria-disabled keep it announced as the link it would be.
      const href = el.disabled ? null : safeUrl(el.url, "link");
      const attrs = href
        ? { href, target: "_blank", rel: "noopener", role: null, "aria-disabled": null }
        : { href: null, target: null, rel: null, role: "link", "aria-disabled": "true" };
      attrs.title = el.help || null;
      for (const [name, value] of Object.entries(attrs)) {
        if (value) a.setAttribute(name, value);
        else a.removeAttribute(name);
      }
    },
  },
};
