// @ts-check
// Chat: chat_input (the message box) and chat_message (a container with the
// author's avatar).
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
import { h } from "../dom.js";
import { safeUrl } from "../url_policy.js";
import { applyWidth, extensionOf, iconNode, sizeDisplay, typeAllowed } from "./_shared.js";

/** @typedef {import("../protocol.js").ChatInputElement} ChatInputElement */
/** @typedef {import("../protocol.js").ChatMessageBlock} ChatMessageBlock */

export const KINDS = {
  chat_input: {
    // In the main area (position "bottom") the box is pinned to the bottom of
    // the page whatever the order of the app's calls, as Streamlit's bottom
    // container does (CSS: order + position: sticky); elsewhere it is inline.
    /** @param {ChatInputElement} el */
    create(el, ctx) {
      const wrap = h("div", { class: "stc-chat-input-wrap" });
      const box = h("div", { class: "stc-chat-input", "data-testid": "stChatInput" });
      const area = h("textarea", { rows: 1, "data-testid": "stChatInputTextArea" });
      const button = h("button", { type: "button", class: "stc-chat-send", "aria-label": "Send", "data-testid": "stChatInputSubmitButton", text: "➤" });
      const mic = h("button", { type: "button", class: "stc-chat-mic", "aria-label": "Record a voice message", "aria-pressed": "false", "data-testid": "stChatInputMicButton" },
        iconNode(":material/mic:"));
      const note = h("small", { class: "stc-chat-note", role: "status", hidden: true, "data-testid": "stChatInputNote" });
      // Attachments (accept_file): a picker, and the files waiting to be sent.
      const picker = h("input", { type: "file", class: "stc-visually-hidden", tabindex: -1, "aria-hidden": "true", "data-testid": "stChatInputFileInput" });
      const attach = h("button", { type: "button", class: "stc-chat-mic", "aria-label": "Attach files", "data-testid": "stChatInputFileUploadButton" },
        iconNode(":material/attach_file:"));
      const staged = h("ul", { class: "stc-chat-files", "aria-label": "Attached files", hidden: true });
      const state = {
        el,
        /** @type {File[]} attachments waiting to be sent */
        files: [],
        /** @type {{blob: Blob, seconds: number} | null} the recording waiting to be sent */
        audio: null,
        /** @type {Recorder | null} */
        recorder: null,
        /** greyed out by submit_mode until the run the sending caused ends */
        waiting: false,
      };
      const blocked = () => state.el.disabled || state.waiting;
      const grow = () => {
        area.disabled = blocked();
        mic.disabled = blocked();
        attach.disabled = blocked();
        button.disabled = blocked() || (area.value.trim() === "" && !state.audio && !state.files.length);
        if (!area.isConnected) return; // no layout yet: CSS gives one line
        area.style.height = "auto";
        area.style.height = `${Math.min(area.scrollHeight, 240)}px`;
      };
      const showNote = (text) => {
        note.textContent = text;
        note.hidden = !text;
      };
      const submit = async () => {
        const cur = state.el;
        const text = area.value;
        if (blocked() || state.recorder || (text.trim() === "" && !state.audio && !state.files.length)) return;
        area.value = "";
        if (!cur.accept_audio && cur.accept_file === "none") {
          ctx.send(cur.id, text);
        } else {
          // Text, attachments and recording go together; files cross as
          // uploads (their bytes transferred, staged by the worker).
          const files = await Promise.all(state.files.map(async (file) => ({
            file_id: newUploadId(), name: file.webkitRelativePath || file.name, type: file.type, size: file.size,
            data: await file.arrayBuffer(),
          })));
          let audioId = null;
          if (state.audio) {
            const data = await state.audio.blob.arrayBuffer();
            audioId = newUploadId();
            files.push({ file_id: audioId, name: "audio.wav", type: "audio/wav", size: data.byteLength, data });
          }
          state.audio = null;
          state.files = [];
          showFiles();
          showNote("");
          ctx.send(cur.id, { text, files, audio_file_id: audioId }, files.map((f) => f.data));
        }
        if (cur.submit_mode !== "submit") waitForRun();
        grow();
      };
      const showFiles = () => {
        staged.replaceChildren(...state.files.map((file) => {
          const remove = h("button", { type: "button", class: "stc-file-remove", "aria-label": `Remove ${file.name}`, text: "×" });
          remove.addEventListener("click", () => {
            state.files = state.files.filter((f) => f !== file);
            showFiles();
            grow();
          });
          return h("li", { class: "stc-file", "data-testid": "stChatInputFile" },
            h("span", { class: "stc-file-name", title: file.name, text: file.webkitRelativePath || file.name }),
            h("small", { class: "stc-file-size", text: sizeDisplay(file.size) }), remove);
        }));
        staged.hidden = !state.files.length;
      };
      // Chosen files are checked as 1.67's page checks them (type, size,
      // one file unless "multiple"/"directory"); refused ones are named.
      const take = (/** @type {File[]} */ chosen) => {
        const cur = state.el;
        const limit = cur.max_upload_size_mb * 1e6;
        const refused = [];
        const ok = [];
        for (const file of chosen) {
          if (!typeAllowed(file, cur.file_type)) {
            // A folder's other files are left out quietly, as 1.67 does.
            if (cur.accept_file !== "directory") refused.push(`${file.name}: ${file.type || extensionOf(file.name)} files are not allowed.`);
          } else if (file.size > limit) refused.push(`${file.name}: File must be ${sizeDisplay(limit)} or smaller.`);
          else ok.push(file);
        }
        if (cur.accept_file === "one") state.files = ok.slice(-1);
        else state.files = [...state.files, ...ok];
        showFiles();
        showNote(refused.join(" "));
        grow();
      };
      picker.addEventListener("change", () => {
        const chosen = [...(picker.files || [])];
        picker.value = ""; // choosing the same file again is a new choice
        take(chosen);
      });
      attach.addEventListener("click", () => picker.click());
      box.addEventListener("dragover", (e) => {
        if (state.el.accept_file === "none" || blocked()) return;
        e.preventDefault();
      });
      box.addEventListener("drop", (e) => {
        if (state.el.accept_file === "none" || blocked()) return;
        e.preventDefault();
        take([...(e.dataTransfer?.files || [])]);
      });
      // submit_mode "disable" / "stop": greyed out until the run ends (the
      // page marks each finished run on #stc-app's data-runs).
      const waitForRun = () => {
        const app = document.getElementById("stc-app");
        if (!app) return;
        state.waiting = true;
        const seen = app.dataset.runs;
        const watch = new MutationObserver(() => {
          if (app.dataset.runs === seen) return;
          watch.disconnect();
          state.waiting = false;
          grow();
        });
        watch.observe(app, { attributes: true, attributeFilter: ["data-runs"] });
      };
      // Enter sends, Shift+Enter starts a new line (not while an IME is
      // composing a character).
      area.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
          e.preventDefault();
          submit();
        }
      });
      area.addEventListener("input", grow);
      button.addEventListener("click", () => {
        submit();
        area.focus();
      });
      mic.addEventListener("click", async () => {
        if (state.recorder) {
          const recorder = state.recorder;
          state.recorder = null;
          mic.setAttribute("aria-pressed", "false");
          mic.classList.remove("stc-recording");
          showNote("Processing…");
          try {
            const wav = await recorder.stop(state.el.audio_sample_rate);
            const limit = state.el.max_upload_size_mb * 1e6;
            if (wav.blob.size > limit) {
              state.audio = null;
              showNote(`File must be ${sizeDisplay(limit)} or smaller.`);
            } else {
              state.audio = wav;
              showNote(`Voice message ${wav.seconds.toFixed(1)} s, sent with the next message`);
            }
          } catch (err) {
            showNote(`Recording failed: ${err.message}`);
          }
          grow();
          return;
        }
        try {
          state.recorder = await Recorder.start();
          mic.setAttribute("aria-pressed", "true");
          mic.classList.add("stc-recording");
          showNote("Recording… click the microphone again to stop");
        } catch (err) {
          showNote(`The microphone is not available: ${err.message}`);
        }
        grow();
      });
      /** @param {ChatInputElement} el @param {ChatInputElement | null} prev */
      wrap._stcApply = (el, prev) => {
        state.el = el;
        wrap.classList.toggle("stc-chat-bottom", el.position === "bottom");
        wrap.setAttribute("data-testid", el.position === "bottom" ? "stBottom" : "stChatInputContainer");
        area.placeholder = el.placeholder;
        area.setAttribute("aria-label", el.placeholder);
        if (el.max_chars) area.maxLength = el.max_chars;
        else area.removeAttribute("maxlength");
        mic.hidden = !el.accept_audio;
        attach.hidden = el.accept_file === "none";
        picker.multiple = el.accept_file === "multiple" || el.accept_file === "directory";
        picker.toggleAttribute("webkitdirectory", el.accept_file === "directory");
        if (el.file_type.length) picker.accept = el.file_type.join(",");
        else picker.removeAttribute("accept");
        applyWidth(wrap, el.width);
        // height: a minimum (the box still grows with the text), or the
        // container's height ("stretch").
        box.classList.toggle("stc-height-stretch", el.height === "stretch");
        box.style.minHeight = typeof el.height === "number" ? `${el.height}px` : "";
        // Text the app put into the box through st.session_state (unsent).
        if (el.value !== null && el.value !== undefined && el.prefill_run !== prev?.prefill_run) area.value = el.value;
        grow();
      };
      box.append(attach, picker, area, mic, button);
      wrap.append(staged, box, note);
      wrap._stcApply(el, null);
      return { dom: wrap };
    },
    /** @param {ChatInputElement} el @param {ChatInputElement} prev */
    update(dom, el, prev) {
      dom._stcApply(el, prev);
    },
  },

  "block:chat_message": {
    /** @param {ChatMessageBlock} el */
    create(el) {
      const wrap = h("div", { class: "stc-chat-message", role: "group", "data-testid": "stChatMessage" });
      const slot = h("div", { class: "stc-block stc-vertical stc-chat-content", "data-testid": "stChatMessageContent" });
      wrap.append(h("span"), slot);
      showAuthor(wrap, el);
      applyWidth(wrap, el.width);
      return { dom: wrap, slot };
    },
    /** @param {ChatMessageBlock} el */
    update(dom, el) {
      showAuthor(dom, el);
      applyWidth(dom, el.width);
    },
  },
};

// --- chat avatars -------------------------------------------------------------------

const SVG = "http://www.w3.org/2000/svg";

function svgIcon(paths) {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  for (const d of paths) {
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}

const USER_ICON = ["M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Z", "M3.5 21a8.5 8.5 0 0 1 17 0Z"];
const ASSISTANT_ICON = [
  "M11 2h2v3h-2Z",
  "M6 6h12a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3V9a3 3 0 0 1 3-3Zm3 5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm6 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm-6 5v1.5h6V16Z",
];

/** @param {HTMLElement} wrap @param {ChatMessageBlock} el */
function showAuthor(wrap, el) {
  const preset = { user: "user", human: "user", assistant: "assistant", ai: "assistant" }[el.avatar_type === "icon" ? el.avatar : ""];
  let avatar;
  if (preset) {
    avatar = h("div", { class: `stc-avatar stc-avatar-${preset}`, "data-testid": preset === "user" ? "stChatMessageAvatarUser" : "stChatMessageAvatarAssistant" });
    avatar.append(svgIcon(preset === "user" ? USER_ICON : ASSISTANT_ICON));
  } else if (el.avatar_type === "image") {
    avatar = h("img", { class: "stc-avatar stc-avatar-image", src: safeUrl(el.avatar, "image"), alt: "", "data-testid": "stChatMessageAvatarImage" });
  } else {
    // An emoji, a Material icon, or (no avatar) the name's first letter.
    const text = el.avatar_type === "emoji" ? el.avatar : iconNode(el.avatar)?.textContent || (el.name ? [...el.name][0].toUpperCase() : "?");
    avatar = h("div", { class: "stc-avatar stc-avatar-custom", "data-testid": "stChatMessageAvatarCustom", text });
  }
  avatar.setAttribute("aria-hidden", "true");
  wrap.replaceChild(avatar, wrap.firstChild);
  wrap.setAttribute("aria-label", `Chat message from ${el.name}`);
  wrap.classList.toggle("stc-chat-user", preset === "user");
}


// --- chat_input's voice messages ----------------------------------------------------

// Page-unique ids for attachments (crypto.randomUUID needs a secure context).
let uploads = 0;
const newUploadId = () => `chat-${Date.now().toString(36)}-${(++uploads).toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * One recording from the microphone (MediaRecorder), turned into a mono
 * 16-bit WAV at the sample rate the app asked for, as 1.67's chat input
 * sends it.
 */
class Recorder {
  /** @param {MediaStream} stream @param {MediaRecorder} media */
  constructor(stream, media) {
    this.stream = stream;
    this.media = media;
    /** @type {Blob[]} */
    this.chunks = [];
    media.addEventListener("dataavailable", (e) => e.data.size && this.chunks.push(e.data));
  }

  static async start() {
    if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === "undefined") {
      throw new Error("this browser cannot record audio here");
    }
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const recorder = new Recorder(stream, new MediaRecorder(stream));
    recorder.media.start();
    return recorder;
  }

  /**
   * Stop, and return the recording as WAV.
   * @param {number | null | undefined} rate the sample rate (Hz); none: the recording's own
   * @returns {Promise<{blob: Blob, seconds: number}>}
   */
  async stop(rate) {
    const stopped = new Promise((resolve) => this.media.addEventListener("stop", resolve, { once: true }));
    this.media.stop();
    await stopped;
    for (const track of this.stream.getTracks()) track.stop();
    const encoded = await new Blob(this.chunks, { type: this.media.mimeType }).arrayBuffer();
    const decoder = new AudioContext();
    let decoded;
    try {
      decoded = await decoder.decodeAudioData(encoded);
    } finally {
      decoder.close();
    }
    const target = rate || decoded.sampleRate;
    // Resampled (and mixed down to one channel) by an offline render.
    const frames = Math.max(1, Math.ceil(decoded.duration * target));
    const offline = new OfflineAudioContext(1, frames, target);
    const source = offline.createBufferSource();
    source.buffer = decoded;
    source.connect(offline.destination);
    source.start();
    const rendered = await offline.startRendering();
    return { blob: wavBlob(rendered.getChannelData(0), target), seconds: decoded.duration };
  }
}

/** PCM samples (-1..1) as a 16-bit mono WAV file. @param {Float32Array} samples @param {number} rate */
export function wavBlob(samples, rate) {
  const view = new DataView(new ArrayBuffer(44 + samples.length * 2));
  const text = (at, s) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, "RIFF");
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, "WAVE");
  text(12, "fmt ");
  view.setUint32(16, 16, true); // the fmt chunk's size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // one channel
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  text(36, "data");
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((x, i) => view.setInt16(44 + i * 2, Math.max(-1, Math.min(1, x)) * 0x7fff, true));
  return new Blob([view.buffer], { type: "audio/wav" });
}
