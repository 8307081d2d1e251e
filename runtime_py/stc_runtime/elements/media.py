"""Media elements: ``st.image``, ``st.audio``, ``st.video``.

Media travels inside the element as a ``data:`` URL (bytes, arrays, PIL
images, files of the app) or as the URL the app gave (kept as is). Arrays
are encoded here with the standard library (PNG with zlib, WAV with
``wave``), so showing a numpy image never needs Pillow in the site.
"""

from __future__ import annotations

import base64
import datetime as _dt
import io
import logging
import mimetypes
import os
import re
import struct
import tempfile
import uuid
import wave
import zlib
from typing import Any, Callable, Sequence

from ..config import get_option
from ..delta_generator import DeltaGenerator
from ..element_registry import element
from ..errors import StreamlitAPIException, StreamlitValueError
from ..payloads.media import (
    AudioElement, FileUploaderElement, FileUploaderFiles, ImageElement, ImageItem, SubtitleTrack,
    UploadedFileInfo, VideoElement,
)
from ..protocol import UPLOAD_DIR
from ..sizing import width as checked_width
from ..widgets import label_fields, register_widget

_LOG = logging.getLogger(__name__)


def data_url(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def png_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of PNG bytes, read from the header."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    return None


def _chunk(tag: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF)


def encode_png(pixels: Any) -> bytes:
    """A uint8 array (H×W, H×W×1, H×W×3 or H×W×4) as PNG bytes."""
    import numpy as np

    arr = np.ascontiguousarray(pixels, dtype=np.uint8)
    if arr.ndim == 3 and arr.shape[2] == 1:
        arr = arr[:, :, 0]
    height, width = arr.shape[:2]
    color_type = {2: 0, 3: {3: 2, 4: 6}.get(arr.shape[2] if arr.ndim == 3 else 0)}.get(arr.ndim)
    if color_type is None:
        raise StreamlitAPIException(f"Image array has an unsupported shape {tuple(arr.shape)}: expected H×W, H×W×3 or H×W×4.")
    rows = arr.reshape(height, -1)
    raw = np.hstack([np.zeros((height, 1), dtype=np.uint8), rows]).tobytes()  # filter 0 on each row
    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 6)) + _chunk(b"IEND", b"")


_ZIGZAG = [0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14,
           21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60,
           61, 54, 47, 55, 62, 63]
#: The AC symbols a baseline scan can use: end of block, sixteen zeros, and
#: (run of zeros, size of the value) pairs.
_AC_SYMBOLS = [0x00, 0xF0, *((run << 4) | size for run in range(16) for size in range(1, 11))]
_AC_CODE = {symbol: code for code, symbol in enumerate(_AC_SYMBOLS)}


def encode_jpeg(pixels: Any) -> bytes:
    """A uint8 array (H×W gray, H×W×3 RGB; a fourth channel is dropped) as
    a baseline JPEG, at quality 100 (every quantizer 1) as Streamlit encodes
    JPEGs, without Pillow.

    Colour is YCbCr without subsampling. The Huffman tables give every DC
    symbol a 4-bit code and every AC symbol an 8-bit one: a valid table that
    needs no statistics, a little larger than an optimal one."""
    import numpy as np

    arr = np.asarray(pixels, dtype=np.float64)
    if arr.ndim == 3 and arr.shape[2] == 1:
        arr = arr[:, :, 0]
    height, width = arr.shape[:2]
    if arr.ndim == 2:
        planes = [arr]
    else:
        r, g, b = arr[:, :, 0], arr[:, :, 1], arr[:, :, 2]
        planes = [0.299 * r + 0.587 * g + 0.114 * b,
                  -0.168736 * r - 0.331264 * g + 0.5 * b + 128,
                  0.5 * r - 0.418688 * g - 0.081312 * b + 128]
    n = np.arange(8)
    dct = np.cos((2 * n[None, :] + 1) * n[:, None] * np.pi / 16) * np.where(n == 0, np.sqrt(1 / 8), np.sqrt(2 / 8))[:, None]
    rows, cols = -(-height // 8), -(-width // 8)
    coefficients = []
    for plane in planes:
        # Edges repeated out to whole 8×8 blocks, so padding adds no ringing.
        padded = np.pad(plane - 128, ((0, rows * 8 - height), (0, cols * 8 - width)), mode="edge")
        blocks = padded.reshape(rows, 8, cols, 8).transpose(0, 2, 1, 3).reshape(-1, 8, 8)
        freq = np.einsum("ij,bjk,lk->bil", dct, blocks, dct).reshape(-1, 64)[:, _ZIGZAG]
        coefficients.append(np.clip(np.round(freq), -2047, 2047).astype(np.int64).tolist())

    out = bytearray()
    acc = 0
    bits = 0

    def put(code: int, length: int) -> None:
        nonlocal acc, bits
        acc = (acc << length) | code
        bits += length
        while bits >= 8:
            bits -= 8
            byte = (acc >> bits) & 0xFF
            out.append(byte)
            if byte == 0xFF:
                out.append(0)  # a 0xFF in the scan is followed by a stuffed zero
        acc &= (1 << bits) - 1

    def value(v: int) -> tuple[int, int]:
        size = abs(v).bit_length()
        return size, (v if v >= 0 else v + (1 << size) - 1)

    previous = [0] * len(planes)
    for index in range(rows * cols):
        for c, blocks in enumerate(coefficients):
            block = blocks[index]
            size, bits_of = value(block[0] - previous[c])
            previous[c] = block[0]
            put(size, 4)
            if size:
                put(bits_of, size)
            run = 0
            for v in block[1:]:
                if v == 0:
                    run += 1
                    continue
                while run > 15:
                    put(_AC_CODE[0xF0], 8)
                    run -= 16
                size, bits_of = value(v)
                put(_AC_CODE[(run << 4) | size], 8)
                put(bits_of, size)
                run = 0
            if run:
                put(_AC_CODE[0x00], 8)
    if bits:
        put((1 << (8 - bits)) - 1, 8 - bits)  # the last byte padded with ones

    def segment(marker: int, body: bytes) -> bytes:
        return struct.pack(">HH", marker, len(body) + 2) + body

    count = len(planes)
    dc_counts = bytes(3) + bytes([12]) + bytes(12)  # twelve 4-bit codes
    ac_counts = bytes(7) + bytes([len(_AC_SYMBOLS)]) + bytes(8)  # 162 8-bit codes
    return b"".join([
        b"\xff\xd8",
        segment(0xFFE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"),
        segment(0xFFDB, b"\x00" + bytes([1] * 64)),
        segment(0xFFC0, struct.pack(">BHHB", 8, height, width, count)
                + b"".join(bytes([c + 1, 0x11, 0]) for c in range(count))),
        segment(0xFFC4, b"\x00" + dc_counts + bytes(range(12)) + b"\x10" + ac_counts + bytes(_AC_SYMBOLS)),
        segment(0xFFDA, bytes([count]) + b"".join(bytes([c + 1, 0x00]) for c in range(count)) + b"\x00\x3f\x00"),
        bytes(out),
        b"\xff\xd9",
    ])


def _sniff(data: bytes) -> str | None:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "audio/wav"
    if data[:3] == b"ID3" or data[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return "audio/mpeg"
    if data[:4] == b"OggS":
        return "audio/ogg"
    if data[:4] == b"fLaC":
        return "audio/flac"
    if data[4:8] == b"ftyp":
        return "video/mp4"
    if data[:4] == b"\x1a\x45\xdf\xa3":
        return "video/webm"
    head = data[:512].lstrip().lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head):
        return "image/svg+xml"
    if data[:4] == b"BM":
        return "image/bmp"
    return None


def _is_url(text: str) -> bool:
    return re.match(r"^(https?:)?//|^data:|^blob:", text) is not None


def _read_file(path: str, what: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise StreamlitAPIException(f"{what} file not found: {path!r} (paths are relative to the app's folder).") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise StreamlitAPIException(f"Could not read the {what.lower()} file {path!r}: {exc}") from None


# --- parameters the media and chart elements share ---------------------------

_EMPTY_ALT = "`alt` was empty or whitespace-only and will be ignored. Pass a non-empty description, or omit `alt`."


def alt_text(alt: Any, *, allow_empty: bool = False) -> str | None:
    """An element's ``alt``, as Streamlit reads it: text stripped of
    surrounding blanks; None for none. Empty or blank text is dropped (with
    a logged warning), except that images (``allow_empty``) take ``""`` as
    "decorative": screen readers skip them."""
    if alt is None:
        return None
    text = alt if isinstance(alt, str) else str(alt)
    if text == "" and allow_empty:
        return ""
    if not text.strip():
        _LOG.warning(_EMPTY_ALT)
        return None
    return text.strip()


def deprecated_name(old: str, new: str, how: str) -> str:
    """Streamlit's message for a parameter replaced by another."""
    return f"Please replace `{old}` with `{new}`.\n\n`{old}` will be removed after 2025-12-31.\n\n{how}"


def deprecated(message: str, *, in_page: bool = False) -> None:
    """A deprecation: always logged; with ``in_page``, also shown as an
    ``st.warning`` where the app writes, when ``client.showErrorDetails``
    shows full details (Streamlit hides it otherwise)."""
    _LOG.warning(message)
    if in_page and get_option("client.showErrorDetails") in ("full", True, "true", "True"):
        from ..delta_generator import MAIN_ROOT

        DeltaGenerator((MAIN_ROOT,)).warning(message)


# --- images -----------------------------------------------------------------


def _check_array_image(arr: Any) -> Any:
    """An image array's shape as Streamlit accepts it: H×W, or H×W×1, 3 or
    4 (one channel is taken as H×W)."""
    if arr.ndim not in (2, 3):
        raise StreamlitValueError("image", ["a 2D or 3D NumPy array"])
    if arr.ndim == 3 and arr.shape[-1] not in (1, 3, 4):
        raise StreamlitAPIException(f"Channel can only be 1, 3, or 4 got {arr.shape[-1]}. Shape is {arr.shape}")
    return arr[:, :, 0] if arr.ndim == 3 and arr.shape[-1] == 1 else arr


def _array_pixels(arr: Any, clamp: bool, channels: str) -> Any:
    """An image array as uint8 pixels: values checked (or, with ``clamp``,
    clipped) into 0-255 (floats: 0.0-1.0), then BGR turned into RGB."""
    import numpy as np

    arr = _check_array_image(np.asarray(arr))
    if arr.dtype.kind == "b":
        arr = arr.astype(np.uint8) * 255
    elif arr.dtype.kind == "f":
        if clamp:
            arr = np.clip(arr, 0.0, 1.0)
        elif np.nanmin(arr, initial=0.0) < 0.0 or np.nanmax(arr, initial=0.0) > 1.0:
            raise StreamlitAPIException("Data is outside [0.0, 1.0] and clamp is not set.")
        arr = np.round(np.nan_to_num(arr) * 255)
    elif arr.dtype.kind in "iu":
        if clamp:
            arr = np.clip(arr, 0, 255)
        elif arr.size and (arr.min() < 0 or arr.max() > 255):
            raise StreamlitAPIException("Data is outside [0, 255] and clamp is not set.")
    else:
        raise StreamlitAPIException(f"Image arrays must be numeric, not of dtype {arr.dtype}.")
    if channels == "BGR":
        if arr.ndim != 3:
            raise StreamlitAPIException('When using `channels="BGR"`, the input image should have exactly 3 color channels')
        arr = arr[:, :, [2, 1, 0]]  # as Streamlit does: a fourth (alpha) channel is dropped
    return arr.astype(np.uint8)


def _format(output_format: Any) -> str | None:
    """``output_format`` as Streamlit reads it: "PNG" or "JPEG" ("JPG" is
    JPEG, any case); anything else means "auto" (None)."""
    fmt = str(output_format).upper()
    return "JPEG" if fmt in ("JPEG", "JPG") else ("PNG" if fmt == "PNG" else None)


def _encode_pil(img: Any, fmt: str) -> bytes:
    buf = io.BytesIO()
    if fmt == "JPEG" and img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    # Streamlit's quality for the images it encodes.
    img.save(buf, format=fmt, **({"quality": 100} if fmt == "JPEG" else {}))
    return buf.getvalue()


def _reencoded(data: bytes, fmt: str | None) -> tuple[bytes, str]:
    """Image bytes in the asked format (re-encoded with Pillow when they are
    in another), with their MIME type; "auto" keeps them as they are."""
    mime = _sniff(data) or "image/png"
    if fmt is None or mime == f"image/{fmt.lower()}":
        return data, mime
    try:
        from PIL import Image
    except ImportError:
        raise StreamlitAPIException(
            f"output_format={fmt!r} for image bytes needs Pillow to re-encode them: import PIL in the app "
            "(so the site bundles it), or give st.image a numpy array or a PIL image."
        ) from None
    return _encode_pil(Image.open(io.BytesIO(data)), fmt), f"image/{fmt.lower()}"


def image_src(image: Any, *, clamp: bool = False, channels: str = "RGB", output_format: str = "auto") -> str:
    """One image as a URL the page can show. ``output_format`` "auto":
    files and bytes as they are, arrays as PNG with an alpha channel and
    JPEG without (as 1.67)."""
    fmt = _format(output_format)
    module = type(image).__module__ or ""
    if isinstance(image, os.PathLike):
        image = os.fspath(image)
    if isinstance(image, str):
        text = image.strip()
        if text.startswith("<svg") or (text.startswith("<?xml") and "<svg" in text[:512]):
            return data_url(text.encode("utf-8"), "image/svg+xml")
        if _is_url(text):
            return text
        data = _read_file(text, "Image")
        if _sniff(data) == "image/svg+xml":
            return data_url(data, "image/svg+xml")
        if fmt is None:
            return data_url(data, _sniff(data) or mimetypes.guess_type(text)[0] or "application/octet-stream")
        return data_url(*_reencoded(data, fmt))
    if isinstance(image, (bytes, bytearray, memoryview)):
        return data_url(*_reencoded(bytes(image), fmt))
    if isinstance(image, io.IOBase) or (hasattr(image, "read") and hasattr(image, "seek")):
        # A file uploaded with st.file_uploader, an open file, BytesIO...
        image.seek(0)
        data = image.read()
        if fmt is None:
            return data_url(data, _sniff(data) or getattr(image, "type", None) or "image/png")
        return data_url(*_reencoded(data, fmt))
    if module.startswith("PIL"):
        if fmt is None:
            # Lossless unless the image already was a JPEG; an (animated) GIF stays one.
            fmt = {"GIF": "GIF", "JPEG": "JPEG"}.get(image.format or "", "PNG")
            if fmt == "JPEG" and image.mode not in ("RGB", "L"):
                fmt = "PNG"
        if fmt == "GIF":
            buf = io.BytesIO()
            image.save(buf, format="GIF", save_all=True)
            return data_url(buf.getvalue(), "image/gif")
        return data_url(_encode_pil(image, fmt), f"image/{fmt.lower()}")
    if module == "numpy" or hasattr(image, "__array__"):
        pixels = _array_pixels(image, clamp, str(channels).upper())
        if fmt is None:
            # As 1.67 decides "auto" for arrays: PNG when there is an alpha
            # channel, else JPEG (at quality 100).
            fmt = "PNG" if getattr(pixels, "ndim", 0) == 3 and pixels.shape[2] == 4 else "JPEG"
        if fmt == "JPEG":
            return data_url(encode_jpeg(pixels), "image/jpeg")
        return data_url(encode_png(pixels), "image/png")
    raise StreamlitAPIException(f"st.image cannot show an object of type {type(image).__name__}.")


def _is_image_list(image: Any) -> bool:
    if isinstance(image, (list, tuple, set)):
        return True
    if type(image).__module__ == "numpy" and getattr(image, "ndim", 0) == 4:
        return True  # a batch of images
    return False


def _per_image(value: Any, count: int, from_set: bool) -> list[Any]:
    """``alt`` paired with the images, as Streamlit pairs it: one value for
    one image, or a sequence of one per image (None skips one)."""
    if value is None:
        return [None] * count
    if isinstance(value, (str, bytes, bytearray)) or not isinstance(value, Sequence) and not (
            type(value).__module__ == "numpy" and getattr(value, "ndim", 0) == 1):
        if count != 1:
            raise StreamlitAPIException(
                f"A single `alt` {'string' if isinstance(value, str) else 'value'} can only be used with a single image. "
                f"You passed {count} images; provide a sequence of {count} alt values (use None to skip an image)."
            )
        return [value]
    if from_set:
        raise StreamlitAPIException(
            "A sequence-valued `alt` cannot be paired with a set of images because set order is undefined. "
            "Pass a list or tuple of images."
        )
    values = list(value.tolist() if hasattr(value, "tolist") else value)
    if len(values) != count:
        raise StreamlitAPIException(f"Cannot pair {len(values)} alt values with {count} images.")
    return values


def _captions(caption: Any, count: int) -> list[Any]:
    if isinstance(caption, list):
        captions = caption
    elif isinstance(caption, str):
        captions = [caption]
    elif type(caption).__module__ == "numpy" and getattr(caption, "ndim", 0) == 1:
        captions = caption.tolist()
    elif caption is None:
        captions = [None] * count
    else:
        captions = [str(caption)]
    if len(captions) != count:
        raise StreamlitAPIException(f"Cannot pair {len(captions)} captions with {count} images.")
    return captions


_USE_COLUMN_WIDTH_REMOVED = ("`use_column_width` was removed and has no effect. "
                             "Use `width='stretch'`, `width='content'`, or an integer pixel value instead.")


@element
def image(dg: DeltaGenerator, image: Any, caption: Any = None, width: Any = "content", clamp: bool = False,
          channels: str = "RGB", output_format: str = "auto", *, use_container_width: bool | None = None,
          link: str | None = None, use_column_width: Any = None, alt: Any = None) -> DeltaGenerator:
    """Display an image, or a list of images side by side.

    The image is embedded in the page (a URL is shown from where it is).

    Parameters:
        image: a numpy array (H×W, H×W×1, H×W×3 or H×W×4; uint8 0-255 or
            float 0-1), a PIL image, image bytes, a file-like object, SVG
            text, the path of an image file in the app's folder, a URL, or a
            list of these (or a 4-D array of images).
        caption: a text shown below the image, or a list of one per image.
        width: "content" (the image's own width, at most the container's),
            "stretch" (its container's) or a width in pixels.
        clamp: clip array values into the valid range (0-255, or 0.0-1.0
            for floats) instead of refusing values outside it.
        channels: "RGB" or "BGR": the order of an array's color channels
            (BGR, as OpenCV gives them, is swapped; an alpha channel dropped).
        output_format: "PNG" or "JPEG": how the image is encoded; "auto":
            arrays as PNG with an alpha channel and JPEG without (as 1.67),
            PIL images and files as they are (PNG when they need encoding).
        use_container_width: deprecated: True is ``width="stretch"``, False
            ``"content"`` (a pixel ``width`` stays).
        link: a URL the image opens in a new tab when clicked (a single
            image only).
        use_column_width: removed: no effect but a deprecation warning.
        alt: the image's text alternative for screen readers, or a list of
            one per image (None: the caption stands in); ``""``: a
            decorative image they skip.
    """
    if use_column_width is not None:
        deprecated(_USE_COLUMN_WIDTH_REMOVED, in_page=True)
    if use_container_width is not None:
        deprecated(deprecated_name("use_container_width", "width", (
            "For `use_container_width=True`, use `width='stretch'`. "
            "For `use_container_width=False`, use `width='content'`.")))
        if use_container_width is True:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    width = checked_width(width, allow_content=True)
    from_set = isinstance(image, set)
    images = list(image) if _is_image_list(image) else [image]
    captions = _captions(caption, len(images))
    alts = _per_image(alt, len(images), from_set)
    entries = [ImageItem(src=image_src(img, clamp=clamp, channels=channels, output_format=output_format),
                         caption=None if c is None else str(c), alt=alt_text(a, allow_empty=True))
               for img, c, a in zip(images, captions, alts)]
    if link and len(entries) > 1:
        raise StreamlitAPIException(
            f"The `link` parameter is only supported when displaying a single image. You passed {len(entries)} images."
        )
    return dg._element(ImageElement(images=entries, width=width if isinstance(width, int) else None,
                                    stretch=width == "stretch", testid="stImage", link=str(link) if link else None))


# --- audio and video --------------------------------------------------------


def _seconds(value: Any, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value < 0:
            raise StreamlitAPIException(f"{name} must be a non-negative number of seconds.")
        return float(value)
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?)?\s*", value)
        if match:
            factor = {"m": 60, "h": 3600}.get((match.group(2) or "s")[0], 1)
            return float(match.group(1)) * factor
    raise StreamlitAPIException(f"{name} must be a number of seconds, a timedelta or a string such as \"2 minutes\", not {value!r}.")


def _wav(data: Any, sample_rate: int | None) -> bytes:
    import numpy as np

    if sample_rate is None:
        raise StreamlitAPIException("`sample_rate` must be specified for audio given as a numpy array.")
    arr = np.asarray(data)
    if arr.ndim == 1:
        channels = 1
        frames = arr
    elif arr.ndim == 2:
        channels = arr.shape[0]  # (channels, samples), as Streamlit takes it
        frames = arr.T
    else:
        raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
    peak = float(np.max(np.abs(frames))) if frames.size else 0.0
    scaled = (frames / peak * 32767) if peak > 0 else frames
    pcm = np.asarray(scaled, dtype=np.float64).astype("<i2").tobytes()
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(int(sample_rate))
        w.writeframes(pcm)
    return buf.getvalue()


def _media_src(data: Any, fmt: str, what: str, sample_rate: int | None = None) -> tuple[str, str]:
    if isinstance(data, os.PathLike):
        data = os.fspath(data)
    if isinstance(data, str):
        if _is_url(data.strip()):
            return data.strip(), fmt
        raw = _read_file(data, what)
        guessed = mimetypes.guess_type(data)[0]
        mime = guessed or _sniff(raw) or fmt
        return data_url(raw, mime), mime
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        return data_url(raw, fmt), fmt
    if hasattr(data, "read") and hasattr(data, "seek"):
        data.seek(0)
        raw = data.read()
        mime = getattr(data, "type", None) or fmt
        return data_url(raw, mime), mime
    if type(data).__module__ == "numpy" or hasattr(data, "__array__"):
        if what != "Audio":
            raise StreamlitAPIException("st.video does not take numpy arrays: give it bytes, a file path or a URL.")
        return data_url(_wav(data, sample_rate), "audio/wav"), "audio/wav"
    raise StreamlitAPIException(f"st.{what.lower()} cannot play an object of type {type(data).__name__}.")


def _youtube(url: str) -> str | None:
    match = re.match(r"^https?://(?:www\.|m\.)?(?:youtube\.com/watch\?(?:.*&)?v=|youtu\.be/|youtube\.com/embed/)([\w-]{6,})", url)
    return f"https://www.youtube.com/embed/{match.group(1)}" if match else None


def _media(dg: DeltaGenerator, kind: str, data: Any, fmt: str, start_time: Any, end_time: Any, loop: bool,
           autoplay: bool, sample_rate: int | None = None, alt: Any = None, width: Any = "stretch",
           **extra: Any) -> DeltaGenerator:
    what = "Audio" if kind == "audio" else "Video"
    # A bare subtype (format="mp3") plays in Streamlit, whose server sends
    # it as the Content-Type and the browser sniffs the rest; a data: URL
    # needs the whole type, and the page only plays audio/* and video/*.
    if isinstance(fmt, str) and fmt and "/" not in fmt:
        fmt = f"{kind}/{fmt}"
    start = _seconds(start_time, "start_time") or 0.0
    end = _seconds(end_time, "end_time")
    if end is not None and end <= start:
        raise StreamlitAPIException("end_time must be greater than start_time.")
    width = checked_width(width)  # a player has no width of its own: no "content"
    if data is None:
        src, mime = None, fmt
    else:
        src, mime = _media_src(data, fmt, what, sample_rate)
    cls = AudioElement if kind == "audio" else VideoElement
    more = {} if kind == "audio" else dict(extra, embed=_youtube(src) if src else None)
    payload = cls(src=src, format=mime, start_time=start, end_time=end, loop=bool(loop), autoplay=bool(autoplay),
                  alt=alt_text(alt), width=width, **more)
    return dg._element(payload)


@element
def audio(dg: DeltaGenerator, data: Any, format: str = "audio/wav", start_time: Any = 0, *, sample_rate: int | None = None,
          end_time: Any = None, loop: bool = False, autoplay: bool = False, alt: str | None = None,
          width: Any = "stretch") -> DeltaGenerator:
    """Display an audio player.

    The audio is embedded in the page (a URL is played from where it is).

    Parameters:
        data: audio bytes, a file-like object, the path of an audio file in
            the app's folder, a URL, or a numpy array of samples (1-D, or
            2-D as channels × samples; encoded as WAV); None: an empty player.
        format: the MIME type of the audio ("audio/wav", or a subtype such
            as "mp3"); a file path's or uploaded file's own type wins.
        start_time: where playing starts: seconds, a timedelta or a string
            such as "2 minutes".
        sample_rate: samples per second of a numpy array (required for one).
        end_time: where playing stops, in the same forms; None: the end.
        loop: start again when the end is reached.
        autoplay: start playing when shown (browsers may refuse).
        alt: the player's accessible name for screen readers; None, empty
            or blank: none.
        width: "stretch" (the container's width) or a width in pixels (at
            most the container's).
    """
    return _media(dg, "audio", data, format, start_time, end_time, loop, autoplay, sample_rate, alt=alt, width=width)


@element
def video(dg: DeltaGenerator, data: Any, format: str = "video/mp4", start_time: Any = 0, *, subtitles: Any = None,
          end_time: Any = None, loop: bool = False, autoplay: bool = False, muted: bool = False,
          alt: str | None = None, width: Any = "stretch") -> DeltaGenerator:
    """Display a video player (a YouTube URL is embedded as YouTube's player).

    The video is embedded in the page (a URL is played from where it is).

    Parameters:
        data: video bytes, a file-like object, the path of a video file in
            the app's folder or a URL; None: an empty player.
        format: the MIME type of the video ("video/mp4", or a subtype such
            as "webm"); a file path's or uploaded file's own type wins.
        start_time: where playing starts: seconds, a timedelta or a string
            such as "2 minutes".
        subtitles: WebVTT text, bytes or the path of a ``.vtt`` file, or a
            dict of track label -> one of those.
        end_time: where playing stops, in the same forms; None: the end.
        loop: start again when the end is reached.
        autoplay: start playing when shown (browsers may refuse unless
            ``muted``).
        muted: play without sound.
        alt: the player's accessible name for screen readers (an embedded
            YouTube video's frame title); None, empty or blank: none.
        width: "stretch" (the container's width) or a width in pixels (at
            most the container's).
    """
    tracks = []
    if subtitles is not None:
        items = subtitles.items() if isinstance(subtitles, dict) else [("default", subtitles)]
        for label, sub in items:
            if isinstance(sub, (bytes, bytearray)):
                text = bytes(sub).decode("utf-8")
            elif isinstance(sub, str) and not sub.lstrip().startswith("WEBVTT") and os.path.exists(sub):
                text = _read_file(sub, "Subtitle").decode("utf-8")
            else:
                text = str(sub)
            tracks.append(SubtitleTrack(label=str(label), src=data_url(text.encode("utf-8"), "text/vtt")))
    return _media(dg, "video", data, format, start_time, end_time, loop, autoplay, alt=alt, width=width,
                  muted=bool(muted), subtitles=tracks)


#: Where the worker writes uploaded bytes (one file per upload, named by its
#: file id). Python deletes each one once it has read it.



class UploadedFile(io.BytesIO):
    """A file the visitor uploaded, as ``st.file_uploader`` returns it.

    A ``BytesIO`` (so ``pd.read_csv(f)``, ``PIL.Image.open(f)`` and the like
    take it directly) with the file's ``name``, MIME ``type``, ``size`` in
    bytes and ``file_id``. Each run that draws the uploader starts it at
    position 0, as Streamlit hands a fresh object to every run."""

    def __init__(self, data: bytes, *, file_id: str, name: str, type: str) -> None:  # noqa: A002 - Streamlit's name
        super().__init__(data)
        self.file_id = file_id
        self.name = name
        self.type = type
        self.size = len(data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        return f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, type={self.type!r}, size={self.size})"



# Streamlit's extension aliases: allowing one allows the other.
_TYPE_PAIRS = [(".jpg", ".jpeg"), (".mpg", ".mpeg"), (".mp4", ".mpeg4"), (".tif", ".tiff"), (".htm", ".html")]



_CATEGORY_SHORTCUTS = {"image", "audio", "video", "text"}



def normalize_types(types: str | Sequence[str] | None) -> list[str]:
    """``type=`` as the page's ``accept`` list, as Streamlit normalizes it:
    ``"csv"`` -> ``".csv"`` (lower case, aliases added), ``"image"`` ->
    ``"image/*"``, MIME types kept."""
    if not types:
        return []
    if isinstance(types, str):
        types = [types]
    extensions: list[str] = []
    mimes: list[str] = []
    for raw in types:
        entry = str(raw).strip()
        if not entry:
            continue
        if entry.lower() in _CATEGORY_SHORTCUTS:
            mimes.append(f"{entry.lower()}/*")
        elif "/" in entry:
            mimes.append(entry.lower())
        else:
            ext = entry.lower()
            extensions.append(ext if ext.startswith(".") else f".{ext}")
    for x, y in _TYPE_PAIRS:
        if x in extensions and y not in extensions:
            extensions.append(y)
        if y in extensions and x not in extensions:
            extensions.append(x)
    return mimes + extensions



def enforce_filename_restriction(filename: str, allowed: Sequence[str]) -> None:
    """Refuse a file whose extension the app did not allow, with Streamlit's
    message. The page refuses such files already; this guards the runtime
    against anything that bypasses it (as Streamlit's server does). With MIME
    types in ``allowed`` only the browser can judge, so nothing is checked."""
    if "\0" in filename:
        raise StreamlitAPIException("Filename cannot contain null bytes.")
    extensions = [t.lower() for t in allowed if t.startswith(".")]
    if any("/" in t for t in allowed) or not extensions:
        return
    if not any(filename.lower().endswith(ext) for ext in extensions):
        raise StreamlitAPIException(
            f"Invalid file extension: `{os.path.splitext(filename)[1]}`. Allowed: {extensions}"
        )



def size_display(size: float, rounding: int = 1) -> str:
    """A byte count as Streamlit's uploader shows it: ``"1.2KB"``,
    ``"200.0MB"`` (powers of 1000, the next unit from half of it on)."""
    units = ["B", "KB", "MB", "GB"]
    unit = 0
    while unit < len(units) - 1 and size > 500:
        size /= 1000
        unit += 1
    return f"{size:.{rounding}f}{units[unit]}"



def _guess_mime(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"



def _file_info(f: UploadedFile) -> dict[str, Any]:
    return {"file_id": f.file_id, "name": f.name, "type": f.type, "size": f.size}



def stage_upload(data: bytes, name: str, mime: str | None = None) -> dict[str, Any]:
    """Write ``data`` to a transfer file and return its wire entry, as the
    worker does for a file the page posted (AppTest uses this)."""
    file_id = uuid.uuid4().hex
    fd, path = tempfile.mkstemp(prefix="stc-upload-", dir=tempfile.gettempdir())
    with os.fdopen(fd, "wb") as out:
        out.write(bytes(data))
    return {"file_id": file_id, "name": str(name), "type": mime or _guess_mime(str(name)), "size": len(data), "path": path}



def _is_transfer_file(path: Any) -> bool:
    # Only files the worker (or stage_upload) wrote are read, then deleted.
    if not isinstance(path, str):
        return False
    folder, name = os.path.split(path)
    return folder == UPLOAD_DIR or (folder == tempfile.gettempdir() and name.startswith("stc-upload-"))



def _discard(path: Any) -> None:
    if _is_transfer_file(path):
        try:
            os.remove(path)
        except OSError:
            pass



def _read_staged(entry: dict[str, Any]) -> UploadedFile | None:
    path = entry.get("path")
    if not _is_transfer_file(path):
        return None
    try:
        with open(path, "rb") as f:  # type: ignore[arg-type]
            data = f.read()
    except (OSError, TypeError):
        return None  # already read (a change sent twice) or never written
    _discard(path)
    name = str(entry.get("name") or "")
    return UploadedFile(data, file_id=str(entry["file_id"]), name=name, type=str(entry.get("type") or _guess_mime(name)))



def _as_files(value: Any) -> list[UploadedFile]:
    if value is None:
        return []
    if isinstance(value, UploadedFile):
        return [value]
    return [f for f in value if isinstance(f, UploadedFile)]



@element
def file_uploader(
    dg: DeltaGenerator,
    label: str,
    type: str | Sequence[str] | None = None,  # noqa: A002 - Streamlit's name
    accept_multiple_files: bool = False,
    key: str | None = None,
    help: str | None = None,
    on_change: Any = "rerun",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    max_upload_size: int | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: int | str = "stretch",
) -> UploadedFile | list[UploadedFile] | None:
    """Display a file uploader: a drop zone with a button to pick files.

    Returns ``None`` (or ``[]`` with ``accept_multiple_files=True``) until the
    visitor picks a file, then an ``UploadedFile`` (a ``BytesIO`` with
    ``name``, ``type``, ``size``; usable by ``pd.read_csv``), or a list of
    them. Each file may be at most ``max_upload_size`` MB (by default
    ``server.maxUploadSize``, 200); the page refuses a larger one before
    sending it. Its value cannot be set through ``st.session_state``.

    Parameters:
        label: what the uploader is for (inline Markdown).
        type: the allowed file types: extensions (``"csv"``, ``[".csv",
            "txt"]``), MIME types, or "image"/"audio"/"video"/"text";
            None: any file.
        accept_multiple_files: take several files (a list is returned).
        key: a unique key for the widget.
        help: a tooltip shown next to the label.
        on_change: "rerun" (the default; None too): a change of files reruns
            the app; "ignore": the files are kept for the next run something
            else causes; a callable: run before the rerun.
        args: positional arguments for ``on_change``.
        kwargs: keyword arguments for ``on_change``.
        max_upload_size: the largest file it takes, in megabytes (a
            positive integer); None: the ``server.maxUploadSize`` option.
        disabled: grey it out, so no file can be picked.
        label_visibility: "visible", "hidden" (its space kept) or
            "collapsed".
        width: "stretch" (its container's width) or a width in pixels.
    """
    if max_upload_size is not None and (
            isinstance(max_upload_size, bool) or not isinstance(max_upload_size, int) or max_upload_size < 1):
        raise StreamlitValueError(
            "max_upload_size", ["a positive integer"],
            detail="Set it to None to fall back to the `server.maxUploadSize` configuration option.",
        )
    width = checked_width(width)
    accept = normalize_types(type)
    multiple = bool(accept_multiple_files)
    max_mb = get_option("server.maxUploadSize") if max_upload_size is None else max_upload_size
    # Files this widget holds, by id: the page names them by id only; new
    # ones join as they are read (several changes may arrive between runs).
    known: dict[str, UploadedFile] = {}

    def deserialize(wire: Any) -> Any:
        files: list[UploadedFile] = []
        entries = wire.get("files", []) if isinstance(wire, dict) else []
        for entry in entries:
            if not isinstance(entry, dict) or "file_id" not in entry:
                continue
            file_id = str(entry["file_id"])
            f = known.get(file_id)
            if f is None and entry.get("path"):
                f = _read_staged(entry)
                if f is not None:
                    known[file_id] = f
            elif entry.get("path"):
                _discard(entry["path"])  # bytes of a file we hold already
            if f is not None and f not in files:
                files.append(f)
        if multiple:
            return files
        return files[0] if files else None

    def serialize(value: Any) -> Any:
        if isinstance(value, dict):
            return value  # already the wire form (AppTest's set_value)
        entries = []
        for f in _as_files(value):
            if f.file_id in known:
                entries.append(_file_info(f))
            else:  # a file this widget never had: hand its bytes over too
                entries.append({**stage_upload(f.getvalue(), f.name, f.type), "file_id": f.file_id})
        return {"files": entries}

    reg = register_widget(
        dg, "file_uploader", key=key, default=[] if multiple else None,
        # A new limit makes a new widget (1.67: it is part of the identity).
        identity={"label": label, "type": type if type is None or isinstance(type, str) else list(type),
                  "accept_multiple_files": multiple, "help": help, "max_upload_size": max_upload_size,
                  "width": width},
        # "rerun", "ignore" (the core marks the widget quiet) or a callable,
        # checked by the widget core as 1.67 checks them; None is "rerun".
        callback=on_change, args=args, kwargs=kwargs, deserialize=deserialize, serialize=serialize,
    )
    wid, current = reg.id, reg.value
    files = _as_files(current)
    for f in files:
        known[f.file_id] = f
        f.seek(0)
    dg._write(FileUploaderElement(
        id=wid, **label_fields(label, help, disabled, label_visibility),
        value=FileUploaderFiles(files=[
            UploadedFileInfo(file_id=f.file_id, name=f.name, type=f.type, size=f.size) for f in files
        ]),
        accept=accept, multiple=multiple, max_upload_size_mb=max_mb, width=width,
    ))
    # Checked after the widget is on the page, so the visitor can still
    # remove the offending file.
    for f in files:
        if accept:
            enforce_filename_restriction(f.name, accept)
        if f.size > max_mb * 1000 * 1000:
            raise StreamlitAPIException(
                f"`{f.name}` is {size_display(f.size)}: files must be {size_display(max_mb * 1000 * 1000)} "
                "or smaller (the `server.maxUploadSize` option)." if max_upload_size is None else
                f"`{f.name}` is {size_display(f.size)}: files must be {size_display(max_mb * 1000 * 1000)} "
                "or smaller (the uploader's `max_upload_size`)."
            )
    if multiple:
        return list(files)
    return files[0] if files else None
