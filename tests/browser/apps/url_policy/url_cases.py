"""The URLs app.py feeds to every URL-typed field (test_url_policy.py reads
the same lists). A script that runs sets ``window.__stcPwned``, opens a
dialog, or (from a frame of another origin, where dialogs are muted) posts
"stc-pwned" to the page: the test watches for all three."""

import base64

RUN = "window.__stcPwned=1;alert(1)"
_FRAME_RUN = "parent.postMessage('stc-pwned','*');alert(1)"
_HTML = f"<script>{_FRAME_RUN}</script>"

# Scheme, case, whitespace and control-character tricks; script-capable data:.
BAD = [
    f"javascript:{RUN}",
    f"JaVaScRiPt:{RUN}",
    f" javascript:{RUN}",
    f"java\tscript:{RUN}",
    f"java\nscript:{RUN}",
    f"\x01javascript:{RUN}",
    f"\x00javascript:{RUN}",
    "vbscript:msgbox(1)",
    f"data:text/html,{_HTML}",
    f"DATA:Text/HTML;base64,{base64.b64encode(_HTML.encode()).decode()}",
    f"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload=\"{_FRAME_RUN}\"/>",
    f"data:application/xhtml+xml,<html xmlns='http://www.w3.org/1999/xhtml'>{_HTML}</html>",
    "file:///etc/passwd",
]
# Markdown decodes character references in a link destination before the
# URL is judged; an attribute set from JS keeps them as text (a harmless
# relative URL), so these are bad only in Markdown.
BAD_MARKDOWN = [*BAD, f"javascript&colon;{RUN}", f"&#106;avascript:{RUN}", f"javascript&#x3A;{RUN}"]

PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg=="
# Fine as an <img src>, never as a link, a frame or a player's source.
BAD_OUTSIDE_IMAGES = [PNG, "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>"]

GOOD_LINKS = ["https://example.com/", "./x", "mailto:someone@example.com", "tel:+15550100"]
GOOD_IMAGES = ["./x.png", PNG, "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'/>"]
GOOD_MEDIA = ["./clip.mp4", "data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA="]
GOOD_TRACKS = ["data:text/vtt,WEBVTT", "./subtitles.vtt"]
# A file the app publishes (the site serves app files under app/), so the
# frame loads nothing from outside 127.0.0.1.
GOOD_FRAMES = ["./app/frame.txt"]

_NOT_IMAGES = [*BAD, *BAD_OUTSIDE_IMAGES]
_MARKDOWN_LINKS = [*BAD_MARKDOWN, *BAD_OUTSIDE_IMAGES]
# case -> (bad URLs, good URLs); app.py draws one element per URL, in a
# container keyed "<bad|good>-<case>-<n>" (one dataframe per column case).
CASES = {
    "image-src": (BAD, GOOD_IMAGES),
    "image-link": (_NOT_IMAGES, GOOD_LINKS),
    "audio-src": (_NOT_IMAGES, GOOD_MEDIA),
    "video-src": (_NOT_IMAGES, GOOD_MEDIA),
    "video-embed": (_NOT_IMAGES, GOOD_FRAMES),
    "video-subtitles": (_NOT_IMAGES, GOOD_TRACKS),
    "link_button-url": (_NOT_IMAGES, GOOD_LINKS),
    "page_link-href": (_NOT_IMAGES, GOOD_LINKS),
    "chat_message-avatar": (BAD, GOOD_IMAGES),
    "LinkColumn": (_NOT_IMAGES, GOOD_LINKS),
    "ImageColumn": (BAD, GOOD_IMAGES),
    "markdown-link": (_MARKDOWN_LINKS, GOOD_LINKS),
    "markdown-image": (BAD_MARKDOWN, GOOD_IMAGES),
    # An autolink needs a scheme: no relative URLs.
    "markdown-autolink": (_MARKDOWN_LINKS, [u for u in GOOD_LINKS if ":" in u]),
    "markdown-reference": (_MARKDOWN_LINKS, GOOD_LINKS),
}
