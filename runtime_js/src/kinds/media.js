// Media: image (also st.pyplot's figures), audio, video. Sources are data:
// URLs made by the worker or the URLs the app gave (runtime_py/stc_runtime/
// elements/media.py), each put in the DOM only if url_policy.js allows it;
// captions are text, never HTML.
import { h } from "../dom.js";
import { safeUrl } from "../url_policy.js";

function images(el) {
  return el.images.map((img) => {
    const tag = h("img", { src: safeUrl(img.src, "image"), alt: img.caption ?? "", loading: "lazy" });
    if (el.width) tag.style.width = `${el.width}px`;
    const fig = h("div", { class: "stc-image", "data-testid": "stImage" }, tag);
    if (img.caption !== null && img.caption !== undefined) fig.append(h("div", { class: "stc-image-caption", "data-testid": "stImageCaption", text: img.caption }));
    return fig;
  });
}

// start_time/end_time: the player starts at start_time and stops (or loops
// back) at end_time, as Streamlit's player does.
function player(el, tag) {
  const media = h(tag, { controls: true, src: safeUrl(el.src, "media"), autoplay: el.autoplay, muted: el.muted, loop: el.loop && el.end_time === null, preload: "metadata" });
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

function mediaChildren(el, tag) {
  if (!el.src) return [];
  const embed = safeUrl(el.embed, "frame");
  if (embed) {
    const url = new URL(embed, document.baseURI);
    if (el.start_time) url.searchParams.set("start", String(Math.floor(el.start_time)));
    if (el.end_time) url.searchParams.set("end", String(Math.floor(el.end_time)));
    return [h("iframe", { src: url.href, title: "Video", allow: "autoplay; encrypted-media; picture-in-picture", allowfullscreen: true })];
  }
  return [player(el, tag)];
}

export const KINDS = {
  image: {
    create(el) {
      const dom = h("div", { class: `stc-images${el.stretch ? " stc-images-stretch" : ""}`, "data-testid": el.testid === "stPyplot" ? "stPyplot" : "stImageContainer" }, ...images(el));
      return { dom };
    },
    update(dom, el) {
      dom.classList.toggle("stc-images-stretch", Boolean(el.stretch));
      dom.replaceChildren(...images(el));
    },
  },
  audio: {
    create(el) {
      return { dom: h("div", { class: "stc-media", "data-testid": "stAudio" }, ...mediaChildren(el, "audio")) };
    },
    update(dom, el) {
      dom.replaceChildren(...mediaChildren(el, "audio"));
    },
  },
  video: {
    create(el) {
      return { dom: h("div", { class: "stc-media stc-video", "data-testid": "stVideo" }, ...mediaChildren(el, "video")) };
    },
    update(dom, el) {
      dom.replaceChildren(...mediaChildren(el, "video"));
    },
  },
};
