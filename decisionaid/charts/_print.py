"""Print pictures: a drawn chart as an opaque PNG plus the per-row facts a page layout needs to cut it.

Encoding is done here, straight from matplotlib's RGBA buffer (no PNG round trip): Pillow flattens the
buffer to RGB (or to grey for greyscale charts: the ITU-R 601 luma that a greyscale printer uses), and zlib
compresses the rows with PNG filter 0. Charts are large flat areas, so this is both fast and small, and the
result is a plain 8-bit, non-interlaced PNG that a PDF writer can embed without decoding it again.

The row statistics describe each pixel row: how many pixels are dark ink, how many differ from the row
above, and whether the row is all background. They are cheap to take while the pixels are in memory and let
the summary find blank bands to cut a tall chart at, without decoding the picture again.
"""
from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DARK_LUMA = 160          # a pixel darker than this (0-255 luma) is ink: text, bars, icons, strong lines
ZLIB_LEVEL = 3           # level 6 makes the PNG about 20 % smaller and the encoding twice as slow


@dataclass(frozen=True, eq=False)
class PrintPicture:
    """An opaque chart picture for print and export."""
    png: bytes
    width_px: int
    height_px: int
    dpi: int
    grey: bool
    row_dark: "object" = field(repr=False)       # numpy int array, one entry per row: dark pixels
    row_changed: "object" = field(repr=False)    # numpy int array, one per row from the second: pixels unlike the row above
    row_blank: "object" = field(repr=False)      # numpy bool array, one per row: every pixel is the background


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode_png(raw: bytes, width: int, height: int, channels: int, dpi: int) -> bytes:
    """An 8-bit PNG (colour type 2 for 3 channels, 0 for 1) of tightly packed rows, filter 0, one IDAT."""
    stride = width * channels
    comp = zlib.compressobj(ZLIB_LEVEL)
    view = memoryview(raw)
    parts = []
    for y in range(height):
        parts.append(comp.compress(b"\x00"))
        parts.append(comp.compress(view[y * stride:(y + 1) * stride]))
    parts.append(comp.flush())
    ppm = round(dpi / 0.0254)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2 if channels == 3 else 0, 0, 0, 0)
    return (PNG_SIGNATURE + _chunk(b"IHDR", ihdr) + _chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1))
            + _chunk(b"IDAT", b"".join(parts)) + _chunk(b"IEND", b""))


def picture_from_rgba(rgba, dpi: int, grey: bool) -> PrintPicture:
    """Build a PrintPicture from an (h, w, 4) uint8 RGBA array (matplotlib's buffer), composited on white."""
    import numpy as np
    from PIL import Image

    arr = np.asarray(rgba)
    h, w = arr.shape[0], arr.shape[1]
    im = Image.frombuffer("RGBA", (w, h), np.ascontiguousarray(arr), "raw", "RGBA", 0, 1)
    if int(arr[..., 3].min()) < 255:
        white = Image.new("RGBA", (w, h), (255, 255, 255, 255))
        im = Image.alpha_composite(white, im)
    luma = im.convert("L")
    l_arr = np.asarray(luma)
    row_dark = np.count_nonzero(l_arr < DARK_LUMA, axis=1)
    if grey:
        raw, channels = luma.tobytes(), 1
    else:
        raw, channels = im.convert("RGB").tobytes(), 3
    # rows compared as whole pixels through a 32-bit view of the RGBA buffer
    px = np.ascontiguousarray(arr).view(np.uint32).reshape(h, w)
    row_changed = np.count_nonzero(px[1:] != px[:-1], axis=1) if h > 1 else np.zeros(0, dtype=np.int64)
    row_blank = (px == px[0, 0]).all(axis=1) if w else np.ones(h, dtype=bool)
    png = encode_png(raw, w, h, channels, dpi)
    return PrintPicture(png, w, h, dpi, grey, row_dark, row_changed, row_blank)


def png_info(png: bytes) -> tuple[int, int, int, int, bool] | None:
    """(width, height, bit depth, colour type, interlaced) from a PNG's header, or None if it is not a PNG."""
    if len(png) < 33 or not png.startswith(PNG_SIGNATURE) or png[12:16] != b"IHDR":
        return None
    w, h, depth, ctype, _comp, _filt, inter = struct.unpack(">IIBBBBB", png[16:29])
    return w, h, depth, ctype, bool(inter)


def png_idat(png: bytes) -> bytes:
    """The concatenated IDAT data (the zlib stream) of a PNG."""
    out = []
    pos = 8
    n = len(png)
    while pos + 8 <= n:
        length = struct.unpack(">I", png[pos:pos + 4])[0]
        kind = png[pos + 4:pos + 8]
        if kind == b"IDAT":
            out.append(png[pos + 8:pos + 8 + length])
        elif kind == b"IEND":
            break
        pos += 12 + length
    return b"".join(out)
