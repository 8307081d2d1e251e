"""One URL policy for every sink: every URL-typed field of
every element payload, fed scheme, case, whitespace, control-character,
entity and script-capable data: tricks, never puts a script-capable URL in
an attribute, runs no script, and still renders good URLs (https, relative,
mailto, tel; data: images and media where a player takes them).

The fields are listed here (URL_FIELDS) and found in the payload classes
(fields declared with ``url()`` or named like a URL) and the column types
(test_every_url_field_is_listed): a URL field added to a payload later, or a
new column type of URLs, fails until it is fed the bad URLs too. The app is
apps/url_policy/app.py; its URLs are apps/url_policy/url_cases.py.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib.util
import json
import re
import shutil
import subprocess

import pytest
from browser_support import APPS, REPO, wait_for_runs
from playwright.sync_api import expect

from stc_runtime import payloads

APP = APPS / "url_policy" / "app.py"
_spec = importlib.util.spec_from_file_location("url_cases", APP.parent / "url_cases.py")
cases = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cases)

# (element, payload field) -> the app's case (container keys "<bad|good>-<case>-<n>")
URL_FIELDS = {
    ("st.image", "images[].src"): "image-src",
    ("st.image", "link"): "image-link",
    ("st.audio", "src"): "audio-src",
    ("st.video", "src"): "video-src",
    ("st.video", "embed"): "video-embed",
    ("st.video", "subtitles[].src"): "video-subtitles",
    ("st.link_button", "url"): "link_button-url",
    ("st.page_link", "href"): "page_link-href",
    ("st.chat_message", "avatar"): "chat_message-avatar",
    ("st.column_config.LinkColumn", "cell values"): "LinkColumn",
    ("st.column_config.ImageColumn", "cell values"): "ImageColumn",
    # Markdown in any element (bodies, labels, captions): one renderer.
    ("markdown", "[text](url)"): "markdown-link",
    ("markdown", "![alt](url)"): "markdown-image",
    ("markdown", "<url>"): "markdown-autolink",
    ("markdown", "[text][ref] + [ref]: url"): "markdown-reference",
}

# Where each URL field of the payloads is fed: the cases above. The keys are
# (payload class, field) for the typed payloads — every field declared with
# url() must be here — and (module, name) for the column types.
SOURCE_FIELDS = {
    ("ImageItem", "src"): ["image-src"],  # st.image, and st.pyplot's image
    ("ImageElement", "link"): ["image-link"],
    ("AudioElement", "src"): ["audio-src"],
    ("VideoElement", "src"): ["video-src"],
    ("VideoElement", "embed"): ["video-embed"],
    ("SubtitleTrack", "src"): ["video-subtitles"],
    ("LinkButtonElement", "url"): ["link_button-url"],
    ("PageLinkElement", "href"): ["page_link-href"],
    ("ChatMessageBlock", "avatar"): ["chat_message-avatar"],
    ("column_config", "link"): ["LinkColumn"],
    ("column_config", "image"): ["ImageColumn"],
}
# URL-looking names that are no URL an attribute takes from the payload, and why.
NOT_ATTRIBUTE_URLS = {
    ("ChatMessageBlock", "avatar_type"): "a tag naming what `avatar` holds",
    ("ImageElement", "images"): "a list of ImageItem, whose `src` is the URL",
    ("PageLinkElement", "url_path"): "a page of the app's own (resolve_page refuses others); router.hrefFor "
                                     "percent-encodes it under the site's base path, so it is never a scheme",
    ("chart_specs", "url"): "a Vega-Lite data URL (the bundled world map) that vega's loader fetches, no attribute",
    ("PageConfigElement", "icon_url"): "the favicon's <link href>, outside the app's containers: chrome.js passes it "
                                       "through safeUrl(..., 'image') first (test_page_chrome.py feeds it a bad one)",
    ("buttons", "url"): "link_button's URL as a defining parameter of its widget id (hashed, never sent)",
    ("inputs", "url"): "the name of text_input's type='url' (its icon and format check), no URL",
}

# A URL-ish word as a whole part of a snake_case name ("image_url", "src").
_URL_NAME = re.compile(r"(?:^|_)(?:urls?|uris?|src|srcs|href|links?|images?|avatars?|embed|logo|poster|iframe|action)(?:_|$)", re.I)


def _payload_classes() -> dict[str, type]:
    classes: dict[str, type] = {}
    for cls in payloads.load_all().values():
        classes[cls.__name__] = cls
        classes.update(payloads.nested_types(cls))
    return classes


def _payload_url_names() -> set[tuple[str, str]]:
    """Every URL field the runtime can send: (class, field) for each payload
    field declared with url() or named like a URL; (module, key) for a
    URL-looking key of the free-form dicts element modules build (chart
    specs); ("column_config", type) for column types of URLs."""
    found = {(name, f.name) for name, cls in _payload_classes().items() for f in dataclasses.fields(cls)
             if f.metadata.get("carries") == "url" or _URL_NAME.search(f.name)}
    runtime = REPO / "runtime_py" / "stc_runtime"
    # _index.py maps st.* names to modules: names of functions, no payload.
    for path in sorted((runtime / "elements").glob("*.py")):
        if path.name in ("__init__.py", "_index.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                names = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
                found |= {(path.stem.lstrip("_"), name) for name in names if _URL_NAME.search(name)}
    for node in ast.walk(ast.parse((runtime / "column_config.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.keyword) and node.arg == "type" and isinstance(node.value, ast.Constant):
            if _URL_NAME.search(str(node.value.value)):
                found.add(("column_config", node.value.value))
    return found


def test_every_url_field_is_fed_bad_urls():
    # The url() declarations are what the generated typedefs mark "(url)":
    # each one is in SOURCE_FIELDS, and what SOURCE_FIELDS names as a payload
    # field is declared with url().
    declared = payloads.fields_carrying("url")
    listed = {k for k in SOURCE_FIELDS if k[0] != "column_config"}
    assert declared == listed, f"declared with url() but not fed: {sorted(declared - listed)}; " \
                               f"fed but not declared with url(): {sorted(listed - declared)}"


def test_every_url_field_is_listed():
    found = _payload_url_names()
    listed = set(SOURCE_FIELDS) | set(NOT_ATTRIBUTE_URLS)
    assert found - listed == set(), f"URL fields no case feeds bad URLs (add them to URL_FIELDS and the app): {sorted(found - listed)}"
    assert listed - found == set(), f"listed fields the runtime no longer has: {sorted(listed - found)}"
    fed = {case for cases_ in SOURCE_FIELDS.values() for case in cases_}
    assert fed <= set(URL_FIELDS.values())
    assert set(URL_FIELDS.values()) == set(cases.CASES)  # the app draws every listed case


# The policy alone, in Node: the tricks a payload can play, sink by sink.
POLICY_TABLE = [
    # (url, sink, allowed)
    *[(u, sink, False) for u in cases.BAD for sink in ("link", "frame")],
    *[(u, "image", False) for u in cases.BAD if not u.startswith("data:image/")],
    *[(u, sink, False) for u in cases.BAD for sink in ("media", "track")],
    *[(u, sink, False) for u in cases.BAD_OUTSIDE_IMAGES for sink in ("link", "frame", "media", "track")],
    *[(u, "image", True) for u in cases.BAD_OUTSIDE_IMAGES],
    ("data:image/svg+xml,<svg/>", "image", True),  # an SVG in <img> runs no script
    ("data:image/svg+xml,<svg/>", "link", False),
    (cases.PNG, "image", True),
    (cases.PNG, "link", False),
    (cases.PNG, "media", False),
    ("data: image/png ;base64,AA", "image", True),
    ("data:image/png", "image", False),  # no comma: no data URL
    ("data:image/png#,AA", "image", False),
    ("data:audio/wav;base64,AA", "media", True),
    ("data:application/octet-stream;base64,AA", "image", True),  # bytes the runtime could not identify
    ("data:application/octet-stream;base64,AA", "media", True),
    ("data:application/octet-stream;base64,AA", "link", False),
    ("data:application/octet-stream;base64,AA", "frame", False),
    ("data:text/vtt,WEBVTT", "track", True),
    ("data:text/vtt,WEBVTT", "media", False),
    ("blob:http://127.0.0.1/0b3f", "image", True),
    ("blob:http://127.0.0.1/0b3f", "link", False),
    ("https://example.com/", "frame", True),
    ("mailto:someone@example.com", "frame", False),
    *[(u, "link", True) for u in cases.GOOD_LINKS],
    ("#section", "link", True),
    ("//example.com/x", "link", True),
    ("javascript&colon;alert(1)", "link", True),  # literal text: a relative URL
    ("http://[::1", "link", False),
    ("", "link", False),
]


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js runs the policy module; the browser test below covers it too")
def test_policy_table_in_node():
    script = (
        "globalThis.document = { baseURI: 'http://127.0.0.1:8000/some/prefix/site/' };"
        f"const {{ safeUrl }} = await import({json.dumps((REPO / 'runtime_js' / 'src' / 'url_policy.js').as_uri())});"
        "const table = JSON.parse(process.argv[1]);"
        "console.log(JSON.stringify(table.map(([u, sink]) => safeUrl(u, sink) === u)));"
    )
    out = subprocess.run(["node", "--input-type=module", "-e", script, json.dumps(POLICY_TABLE)],
                         capture_output=True, text=True, check=True).stdout
    got = json.loads(out)
    wrong = [(u, sink, want) for (u, sink, want), allowed in zip(POLICY_TABLE, got) if allowed != want]
    assert wrong == []


# Every attribute in the page that a browser follows as a URL, checked as the
# browser resolves it: only web, mail and phone URLs (and a page's own blob:
# URLs) anywhere; data: only as an image/media/subtitle source (or bytes of
# no known type in an image or a player); srcdoc never.
DANGEROUS_ATTRIBUTES = """() => {
  const URL_ATTRS = ["href", "src", "srcdoc", "action", "formaction", "poster", "data", "xlink:href", "background", "srcset", "ping", "cite", "codebase"];
  const BYTES = "|application\\/octet-stream$";
  const DATA_SOURCES = { IMG: RegExp(`^(?:image\\/${BYTES})`), AUDIO: RegExp(`^(?:(audio|video)\\/${BYTES})`),
                         VIDEO: RegExp(`^(?:(audio|video)\\/${BYTES})`), SOURCE: RegExp(`^(?:(audio|video|image)\\/${BYTES})`),
                         TRACK: /^text\\/vtt$/ };
  const found = [];
  for (const el of document.body.querySelectorAll("*")) {
    for (const { name, value } of el.attributes) {
      if (!URL_ATTRS.includes(name.toLowerCase())) continue;
      const shown = `<${el.tagName.toLowerCase()} ${name}=${JSON.stringify(value.slice(0, 80))}>`;
      if (name.toLowerCase() === "srcdoc") { found.push(shown); continue; }
      let url;
      try { url = new URL(value, document.baseURI); } catch { continue; }  // the browser cannot follow it either
      if (["http:", "https:", "mailto:", "tel:", "blob:"].includes(url.protocol)) continue;
      const type = url.pathname.split(",")[0].split(";")[0].trim().toLowerCase();
      if (url.protocol === "data:" && name === "src" && url.pathname.includes(",") && DATA_SOURCES[el.tagName]?.test(type)) continue;
      found.push(shown);
    }
  }
  return found;
}"""

# The element each case draws (to be sure a refused URL still drew it).
TESTIDS = {
    "image-src": "stImage", "image-link": "stImage", "audio-src": "stAudio", "video-src": "stVideo", "video-embed": "stVideo",
    "video-subtitles": "stVideo", "link_button-url": "stLinkButton", "page_link-href": "stPageLink",
    "chat_message-avatar": "stChatMessageAvatarImage", "markdown-link": "stMarkdown", "markdown-image": "stMarkdown",
    "markdown-autolink": "stMarkdown", "markdown-reference": "stMarkdown",
}


def _urls(case: str, verdict: str) -> list[str]:
    bad, good = cases.CASES[case]
    return bad if verdict == "bad" else good


@pytest.mark.browser
def test_no_payload_url_becomes_a_script_sink(build_site, new_page):
    page = new_page(build_site(APP))
    # Watch from the first paint (the prerendered run) on: reload with the
    # listeners in place. A frame of another origin cannot open dialogs, so
    # the payloads also post "stc-pwned" to the page.
    dialogs: list[str] = []
    popups: list[str] = []
    page.context.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.context.on("page", lambda p: popups.append(p.url))
    page.add_init_script("addEventListener('message', (e) => { if (e.data === 'stc-pwned') window.__stcPwned = 1; });")
    page.reload()
    wait_for_runs(page, 1)
    expect(page.get_by_text("all cases written")).to_be_visible()

    assert page.evaluate(DANGEROUS_ATTRIBUTES) == []

    for case in URL_FIELDS.values():
        if case in ("LinkColumn", "ImageColumn"):
            # One frame per verdict: a drawn row for each URL.
            for verdict in ("bad", "good"):
                grid = page.locator(f".st-key-{verdict}-{case}-0").get_by_test_id("stDataFrame")
                expect(grid.locator("[role=row]:has([role=gridcell])")).to_have_count(len(_urls(case, verdict)))
            continue
        for n in range(len(_urls(case, "bad"))):
            expect(page.locator(f".st-key-bad-{case}-{n}").get_by_test_id(TESTIDS[case]).first).to_be_attached()

    # Refused links are drawn without a target.
    for n in range(len(_urls("link_button-url", "bad"))):
        expect(page.locator(f".st-key-bad-link_button-url-{n} a")).to_have_attribute("aria-disabled", "true")
        expect(page.locator(f".st-key-bad-link_button-url-{n} a")).not_to_have_attribute("href", re.compile(".*"))
    expect(page.locator(".st-key-bad-LinkColumn-0 [role=gridcell] a")).to_have_count(0)

    # Good URLs keep working: each good case holds its URL, resolved as the
    # browser resolves it, in an href/src (compared percent-decoded: Markdown
    # percent-encodes what a URL may not hold as is, as CommonMark asks).
    for case in URL_FIELDS.values():
        for n, url in enumerate(_urls(case, "good")):
            box = f".st-key-good-{case}-{0 if case in ('LinkColumn', 'ImageColumn') else n}"
            held = page.evaluate(
                "([box, url]) => { const plain = (u) => decodeURIComponent(new URL(u, document.baseURI).href);"
                " const want = plain(url);"
                " return [...document.querySelectorAll(`${box} [href], ${box} [src]`)]"
                ".some((el) => plain(el.getAttribute('href') ?? el.getAttribute('src')) === want); }",
                [box, url],
            )
            assert held, f"{case}: {url!r} is not drawn as a link or source"
    for url in cases.GOOD_LINKS:
        expect(page.locator(f'.st-key-good-LinkColumn-0 a[href="{url}"]')).to_have_attribute("target", "_blank")

    assert page.evaluate("window.__stcPwned") is None
    assert dialogs == [] and popups == []


@pytest.mark.browser
def test_a_vega_href_channel_passes_the_same_policy(build_site, new_page):
    page = new_page(build_site(APPS / "vega_href" / "app.py"))
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text))
    wait_for_runs(page, 1)
    expect(page.get_by_text("chart written")).to_be_visible()
    bars = page.locator(".mark-rect path")
    expect(bars).to_have_count(2)
    start = page.url
    for n in range(2):
        bars.nth(n).click()
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.__stcPwned") is None
    assert page.url == start
    assert len(page.context.pages) == 1  # no window opened on a data: page either
    # Vega's own check lets the data: link through to the browser, which
    # refuses a top-level data: page; the policy stops it before that.
    assert not [m for m in console if "data URL" in m], console
