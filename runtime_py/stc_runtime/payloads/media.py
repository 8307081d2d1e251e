"""Payloads of the media family (elements/media.py; the page draws them in
runtime_js/src/kinds/media.js). ``st.pyplot`` (elements/charts.py) writes an
``image`` too."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from . import ElementPayload, LabeledWidgetPayload, url


@dataclass(frozen=True)
class ImageItem:
    """One image of an ``image`` element."""

    #: the image: a ``data:`` URL made by the worker, or the URL the app
    #: gave; put in an ``<img src>``
    src: str = url("")
    #: the text shown below it (plain text); null: none
    caption: str | None = None
    #: its text alternative (the ``<img alt>``); ``""``: decorative, screen
    #: readers skip it; null: the caption stands in for it
    alt: str | None = None


@dataclass(frozen=True, kw_only=True)
class ImageElement(ElementPayload):
    """``st.image`` (and ``st.pyplot``): one or more images side by side."""

    KIND: ClassVar[str] = "image"
    #: the images, in order
    images: list[ImageItem]
    #: the width of each image in pixels; null: its own width (or the
    #: container's with ``stretch``)
    width: int | None = None
    #: the images stretch to the width of their container
    stretch: bool = False
    #: ``"stImage"`` or ``"stPyplot"``: which Streamlit element the page
    #: names it as (its ``data-testid``)
    testid: Literal["stImage", "stPyplot"] = "stImage"
    #: a single image opens this URL in a new tab when clicked (an ``<a
    #: href>`` around it); null: not a link
    link: str | None = url(None)


@dataclass(frozen=True)
class SubtitleTrack:
    """One subtitle track of a ``video`` element."""

    #: the name the player's captions menu shows
    label: str
    #: the WebVTT text as a ``data:text/vtt`` URL; put in a ``<track src>``
    src: str = url("")


@dataclass(frozen=True, kw_only=True)
class AudioElement(ElementPayload):
    """``st.audio``: an audio player."""

    KIND: ClassVar[str] = "audio"
    #: what to play: a ``data:`` URL made by the worker, or the URL the app
    #: gave; put in an ``<audio src>``; null: an empty player
    src: str | None = url(None)
    #: the MIME type of what ``src`` holds
    format: str = "audio/wav"
    #: where playing starts, in seconds
    start_time: float = 0.0
    #: where playing stops (or loops back), in seconds; null: the end
    end_time: float | None = None
    #: start again at ``start_time`` when it ends
    loop: bool = False
    #: start playing when drawn (browsers may refuse unless muted)
    autoplay: bool = False
    #: the player's accessible name (``aria-label``); null: none
    alt: str | None = None
    #: the player's width: ``"stretch"`` (the container's) or pixels (at
    #: most the container's)
    width: int | Literal["stretch"] = "stretch"


@dataclass(frozen=True, kw_only=True)
class VideoElement(ElementPayload):
    """``st.video``: a video player, or a YouTube video embedded."""

    KIND: ClassVar[str] = "video"
    #: what to play: a ``data:`` URL made by the worker, or the URL the app
    #: gave; put in a ``<video src>``; null: an empty player
    src: str | None = url(None)
    #: the MIME type of what ``src`` holds
    format: str = "video/mp4"
    #: where playing starts, in seconds
    start_time: float = 0.0
    #: where playing stops (or loops back), in seconds; null: the end
    end_time: float | None = None
    #: start again at ``start_time`` when it ends
    loop: bool = False
    #: start playing when drawn (browsers may refuse unless muted)
    autoplay: bool = False
    #: play without sound
    muted: bool = False
    #: the subtitle tracks (one ``default``, if there is only one)
    subtitles: list[SubtitleTrack] = field(default_factory=list)
    #: for a YouTube ``src``: its embed URL, put in an ``<iframe src>``
    #: instead of a player; absent for any other video
    embed: str | None = url(None, omit_none=True)
    #: the player's accessible name (``aria-label``; an embedded video's
    #: frame ``title``); null: none (a frame's title is its URL)
    alt: str | None = None
    #: the player's width: ``"stretch"`` (the container's) or pixels (at
    #: most the container's)
    width: int | Literal["stretch"] = "stretch"


@dataclass(frozen=True)
class UploadedFileInfo:
    """A file the uploader holds, as the page lists it."""

    #: the id the worker gave the file when the visitor picked it
    file_id: str
    #: the file's name
    name: str
    #: its MIME type
    type: str
    #: its size in bytes
    size: int


@dataclass(frozen=True)
class FileUploaderFiles:
    """The files a ``file_uploader`` holds after a run (what it sends back
    when they change is a ``FileUploaderChange``)."""

    #: the files, in the order they were picked
    files: list[UploadedFileInfo] = field(default_factory=list)


@dataclass(frozen=True)
class SentFile:
    """One file in the list a ``file_uploader`` sends."""

    #: a file the app already holds (its ``file_id``), or a new id the page
    #: made up for a file just chosen
    file_id: str
    #: the file's name on the visitor's computer
    name: str
    #: its MIME type; ``""``: the browser does not know it
    type: str
    #: its size in bytes
    size: int
    #: (page to worker, new files only) the bytes, an ArrayBuffer sent as a
    #: transferable, never JSON
    data: Any = None
    #: (worker to Python, new files only) the file the worker wrote the bytes
    #: to; Python reads it once and deletes it
    path: str | None = None


@dataclass(frozen=True)
class FileUploaderChange:
    """What a ``file_uploader`` sends when its files change."""

    #: every file it holds now, in order; a file left out was removed
    files: list[SentFile]


@dataclass(frozen=True, kw_only=True)
class FileUploaderElement(LabeledWidgetPayload):
    """``st.file_uploader``: a drop zone and file picker; picking or removing
    files sends the uploader's new list of files."""

    KIND: ClassVar[str] = "file_uploader"
    #: the uploader's whole new list of files
    SENDS: ClassVar[Any] = FileUploaderChange
    SETTABLE: ClassVar[bool] = False
    #: the files it holds after this run
    value: FileUploaderFiles = field(default_factory=FileUploaderFiles)
    #: the picker's ``accept`` list: extensions (``".csv"``) and MIME types
    #: (``"image/*"``); empty: any file
    accept: list[str] = field(default_factory=list)
    #: it takes several files (``accept_multiple_files``)
    multiple: bool = False
    #: the largest file it takes, in megabytes (``max_upload_size``, else
    #: ``server.maxUploadSize``); the page refuses larger ones
    max_upload_size_mb: int = 200
    #: ``"stretch"`` (the container's width) or a width in pixels
    width: int | Literal["stretch"] = "stretch"
