"""Every URL-typed field of every element, fed each URL of url_cases.py
(tests/browser/test_url_policy.py). Each case is a container keyed
"<bad|good>-<field>-<n>" (class st-key-…) holding one element, so the test
can tell which element took which URL.

A field is written through the public API where it takes the URL. Where the
API refuses it (st.image reads "javascript:…" as a missing file) or never
makes it (a video's YouTube embed, its subtitle track), the element's
payload is written as the API would have made it, through the same
DeltaGenerator._write every element uses: the page must not trust payloads
either, since a replayed cache entry or a later API change can carry any
string.
"""

import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitAPIException
from url_cases import CASES, PNG

PLAYER = {"start_time": 0.0, "end_time": None, "loop": False, "autoplay": False}
VIDEO = {"kind": "video", "format": "video/mp4", "muted": False, "subtitles": [], **PLAYER}


def public_or_payload(box, public, payload):
    try:
        public()
    # ValueError: a path with a NUL in it (st.image/st.audio open the string
    # as a file when it is no URL), raised by open() itself.
    except (StreamlitAPIException, ValueError):
        box._write(payload)


def image(box, url):
    payload = {"kind": "image", "images": [{"src": url, "caption": "case"}], "width": None, "stretch": False, "testid": "stImage"}
    public_or_payload(box, lambda: box.image(url, caption="case"), payload)


def image_link(box, url):
    # st.image takes any link as it is: the page decides what it follows.
    box.image(PNG, link=url)


def audio(box, url):
    public_or_payload(box, lambda: box.audio(url), {"kind": "audio", "src": url, "format": "audio/wav", **PLAYER})


def video(box, url):
    public_or_payload(box, lambda: box.video(url), {**VIDEO, "src": url})


def video_embed(box, url):
    box._write({**VIDEO, "src": "./clip.mp4", "embed": url})


def video_subtitles(box, url):
    box._write({**VIDEO, "src": "./clip.mp4", "subtitles": [{"label": "English", "src": url}]})


def link_button(box, url):
    box.link_button("case", url)


def page_link(box, url):
    payload = {"kind": "page_link", "help": None, "disabled": False, "use_container_width": False,
               "external": True, "href": url, "label": "case", "icon": ""}
    public_or_payload(box, lambda: box.page_link(url, label="case"), payload)


def chat_avatar(box, url):
    def public():
        with box.chat_message("case", avatar=url):
            st.write("case")

    public_or_payload(box, public, {"kind": "block", "block": "chat_message", "name": "case", "avatar": url, "avatar_type": "image"})


def markdown_dest(url):
    # The pointy form takes spaces, tabs and parentheses; < > are escaped.
    return "<" + url.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>") + ">"


def markdown_link(box, url):
    # Both forms: character references are decoded in the plain one.
    box.markdown(f"[case]({markdown_dest(url)}) and [case]({url})")


def markdown_image(box, url):
    box.markdown(f"![case]({markdown_dest(url)})")


def markdown_autolink(box, url):
    box.markdown(f"<{url}>")


def markdown_reference(box, url):
    box.markdown(f"[case][ref]\n\n[ref]: {markdown_dest(url)}")


WRITERS = {
    "image-src": image,
    "image-link": image_link,
    "audio-src": audio,
    "video-src": video,
    "video-embed": video_embed,
    "video-subtitles": video_subtitles,
    "link_button-url": link_button,
    "page_link-href": page_link,
    "chat_message-avatar": chat_avatar,
    "markdown-link": markdown_link,
    "markdown-image": markdown_image,
    "markdown-autolink": markdown_autolink,
    "markdown-reference": markdown_reference,
}
COLUMNS = {"LinkColumn": st.column_config.LinkColumn(), "ImageColumn": st.column_config.ImageColumn()}

st.title("URL policy")
for case, (bad, good) in CASES.items():
    for verdict, urls in (("bad", bad), ("good", good)):
        if case in COLUMNS:
            # One frame per verdict, a URL per row, tall enough that the
            # grid draws every row.
            st.container(key=f"{verdict}-{case}-0").dataframe(
                pd.DataFrame({"url": urls}), column_config={"url": COLUMNS[case]}, hide_index=True, height=(len(urls) + 2) * 35
            )
            continue
        for n, url in enumerate(urls):
            WRITERS[case](st.container(key=f"{verdict}-{case}-{n}"), url)
st.text("all cases written")
