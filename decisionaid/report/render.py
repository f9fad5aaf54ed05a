"""Qt side of the summary: safe documents, measuring, our own pagination, painting, PDF and printing.

Pagination: QTextDocument has no keep-with-next and splits tables and images wherever a page ends, so
every block from ``content`` becomes its own small QTextDocument laid out at the page width on the target
device (PDF writer or printer). The paginator places the measured blocks on pages itself:

* a heading (and anything marked keep_with_next) moves to the next page with the start of what follows;
* tables and charts never split, unless one is taller than a whole page; then a table breaks between rows
  and repeats its header row;
* text breaks only between lines, with at least two lines on each side when it can.

Each page is then painted with QPainter: the running header (title, DRAFT mark), the placed blocks, and the
footer with "Page X of Y".
"""
from __future__ import annotations

import logging
import math
import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPageLayout, QPageSize,
                           QPainter, QPdfWriter, QPen, QTextDocument, QTextOption)

from ..present.text import t
from . import content as C
from .options import ReportError, ReportOptions

log = logging.getLogger(__name__)
PDF_DPI = 1200
CHART_DPI = 300                      # print resolution for chart pictures
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial"]


# --------------------------------------------------------------------------------------------- documents
class SafeTextDocument(QTextDocument):
    """A QTextDocument that loads nothing it was not given.

    Images must be registered with ``add_image``; any other name (a local file, a URL, a style sheet) is
    refused and recorded in ``refused``.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._own: dict[str, QImage] = {}
        self.refused: list[str] = []

    def add_image(self, name: str, image: QImage) -> None:
        self._own[name] = image
        self.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)

    def loadResource(self, type_, name):  # noqa: N802 (Qt override)
        key = name.toString() if isinstance(name, QUrl) else str(name)
        if int(type_) == int(QTextDocument.ResourceType.ImageResource.value) and key in self._own:
            return self._own[key]
        self.refused.append(key)
        # an empty value (never None: PySide mis-counts None returned from this virtual)
        if int(type_) == int(QTextDocument.ResourceType.ImageResource.value):
            return QImage()
        return ""


def _base_font(st: C.Style) -> QFont:
    f = QFont()
    app = QGuiApplication.instance()
    fams = list(FONT_FAMILIES)
    if app is not None:
        fam = app.font().family()
        if fam and fam not in fams:
            fams.append(fam)
    f.setFamilies(fams)
    f.setPointSizeF(st.body_pt)
    return f


# Text blocks laid out for PDF pages, kept between exports: an export after a small change lays out only
# the blocks whose text changed. Keyed on everything that shapes the layout (style sheet, font, width,
# resolution and the block's HTML); blocks with pictures are never kept. They are laid out on one shared,
# never-painted QPdfWriter, so no kept document points at a device that is gone.
_LAYOUT_CACHE: "OrderedDict[tuple, SafeTextDocument]" = OrderedDict()
_LAYOUT_CACHE_SIZE = 400
_LAYOUT_DEVICE: dict = {}


def _pdf_layout_device() -> QPdfWriter:
    dev = _LAYOUT_DEVICE.get("pdf")
    if dev is None:
        buf = QBuffer()
        dev = QPdfWriter(buf)
        dev.setResolution(PDF_DPI)
        _LAYOUT_DEVICE["pdf"] = dev
        _LAYOUT_DEVICE["buffer"] = buf
    return dev


def clear_layout_cache() -> None:
    _LAYOUT_CACHE.clear()


class DocFactory:
    """Makes identically set-up documents: style sheet, font, wrapping, images, target device."""

    def __init__(self, options: ReportOptions, images: dict[str, QImage], device=None, text_width: float = 0,
                 charts: dict[str, C.ChartData] | None = None):
        self.charts = {ch.resource_name: ch for ch in (charts or {}).values()}
        self.st = C.style_for(options)
        self.css = C.qt_stylesheet(self.st)
        self.font = _base_font(self.st)
        self.images = images
        self.device = device
        self.text_width = text_width
        self.made: list[SafeTextDocument] = []
        # Documents laid out on the shared PDF layout device are kept between exports (see _LAYOUT_CACHE)
        self.cache_key = ((self.css, self.font.key(), round(text_width, 3), PDF_DPI)
                          if device is not None and device is _LAYOUT_DEVICE.get("pdf") else None)

    def make(self, fragment: str) -> SafeTextDocument:
        key = None
        if self.cache_key is not None and not any(name in fragment for name in self.images):
            key = (self.cache_key, fragment)
            doc = _LAYOUT_CACHE.get(key)
            if doc is not None:
                _LAYOUT_CACHE.move_to_end(key)
                self.made.append(doc)
                return doc
        doc = self._make(fragment)
        if key is not None:
            _LAYOUT_CACHE[key] = doc
            while len(_LAYOUT_CACHE) > _LAYOUT_CACHE_SIZE:
                _LAYOUT_CACHE.popitem(last=False)
        return doc

    def _make(self, fragment: str) -> SafeTextDocument:
        doc = SafeTextDocument()
        if self.device is not None:
            doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.font)
        doc.setDefaultStyleSheet(self.css)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(opt)
        for name, img in self.images.items():
            if name in fragment:
                doc.add_image(name, img)
        doc.setHtml(fragment if fragment.lstrip().startswith("<html") else f"<html><body>{fragment}</body></html>")
        if self.text_width:
            doc.setTextWidth(self.text_width)
        self.made.append(doc)
        return doc


# --------------------------------------------------------------------------------------------- charts
def collect_charts(pack, session, options: ReportOptions, width_in: float) -> dict[str, C.ChartData]:
    """Render every chart once (opaque PNG plus row statistics), with its text alternative and table of numbers.

    A chart that cannot be drawn is left out with a visible note; its numbers are still printed.
    """
    from decisionaid import charts as charts_mod
    out: dict[str, C.ChartData] = {}
    for cid in charts_mod.CHARTS:
        pic = None
        try:
            pic = charts_mod.render_print(cid, pack, session, chart_settings(options, width_in))
        except Exception:
            log.exception("chart %s could not be drawn", cid)
        try:
            desc = charts_mod.chart_description(cid, pack, session) or ""
        except Exception:
            log.exception("chart %s has no description", cid)
            desc = ""
        try:
            header, rows = charts_mod.chart_table(cid, pack, session)
            header = [str(x) for x in header]
            rows = [[str(c) for c in r] for r in rows]
        except Exception:
            log.exception("chart %s has no table", cid)
            header, rows = [], []
        if pic is not None:
            out[cid] = C.ChartData(cid, pic.png, pic.width_px, pic.height_px, pic.dpi, desc, header, rows, pic)
        else:
            out[cid] = C.ChartData(cid, None, 0, 0, CHART_DPI, desc, header, rows)
    return out


def chart_settings(options: ReportOptions, width_in: float):
    """The chart render settings for a summary with these options, at this content width (rounded down to a
    hundredth of an inch, so a printer and a PDF of the same paper, whose widths differ by a pixel or so,
    share their pictures)."""
    from decisionaid.charts import RenderSettings
    st = C.style_for(options)
    width_in = math.floor(width_in * 100 + 1e-6) / 100
    return RenderSettings(width_in=width_in, height_in=None, dpi=CHART_DPI, text_scale=st.chart_text_scale,
                          theme="default", greyscale=options.greyscale)


def chart_images(charts: dict[str, C.ChartData]) -> dict[str, QImage]:
    """The decoded chart pictures by resource name (printing and the screen preview paint these)."""
    out = {}
    for ch in charts.values():
        if ch.png:
            img = decode_png(ch.png)
            if not img.isNull():
                out[ch.resource_name] = img
    return out


PLACEHOLDER_W = 5                    # stand-in pictures: 5 pixels wide, 97 + chart index high


def placeholder_images(charts: dict[str, C.ChartData]) -> tuple[dict[str, QImage], dict[tuple[int, int], C.ChartData]]:
    """Tiny stand-ins for the chart pictures, for the PDF path.

    The page layout only needs each picture's size (the HTML gives it), and Qt's PDF writer would spend most
    of an export decoding and compressing the 300-dpi pictures again. So the PDF is painted with a stand-in of
    a size no real chart has, and ``picture_objects`` then puts the chart's own compressed PNG data in place of
    each stand-in. Returns (images by resource name, chart by stand-in size).
    """
    images: dict[str, QImage] = {}
    by_size: dict[tuple[int, int], C.ChartData] = {}
    for k, ch in enumerate(charts.values()):
        if not ch.png or not _passthrough_ok(ch.png):
            continue
        size = (PLACEHOLDER_W, 97 + k)
        img = QImage(size[0], size[1], QImage.Format.Format_RGB32)
        img.fill(QColor("#FFFFFF"))
        images[ch.resource_name] = img
        by_size[size] = ch
    return images, by_size


def _passthrough_ok(png: bytes) -> bool:
    """An 8-bit, non-interlaced grey or RGB PNG: its data can go into a PDF as it is."""
    from decisionaid.charts import png_info
    info = png_info(png)
    return info is not None and info[2] == 8 and info[3] in (0, 2) and not info[4]


def page_inches(options: ReportOptions) -> tuple[float, float]:
    return C.PAGE_INCHES[options.page_size]


def content_width_in(options: ReportOptions) -> float:
    return page_inches(options)[0] - 2 * C.MARGIN_IN


def build_sections(pack, session, options: ReportOptions, charts, for_export: bool, width_in: float):
    if for_export:
        src = lambda ch: C.data_uri(ch.png)          # noqa: E731
    else:
        src = lambda ch: ch.resource_name            # noqa: E731
    return C.Builder(pack, session, options, charts, for_export, src, width_in).build()


# --------------------------------------------------------------------------------------------- measuring
@dataclass
class Placement:
    doc: QTextDocument
    y0: float           # source rectangle in the document
    y1: float
    dest_y: float       # top on the page (text-area coordinates)


def _line_intervals(doc: QTextDocument) -> list[tuple[float, float]]:
    """(top, bottom) of every laid-out line, in document coordinates, table cells included."""
    lay = doc.documentLayout()
    out = []
    b = doc.begin()
    while b.isValid():
        tl = b.layout()
        if tl is not None and tl.lineCount():
            r = lay.blockBoundingRect(b)
            base = r.top() - tl.boundingRect().top() if tl.boundingRect().isValid() else r.top()
            for i in range(tl.lineCount()):
                ln = tl.lineAt(i)
                out.append((base + ln.y(), base + ln.y() + ln.height()))
        b = b.next()
    out.sort()
    return out


class Measured:
    """A block laid out on the target device. Subclasses know how to split."""

    def __init__(self, block: C.Block):
        self.block = block

    height: float = 0.0

    def min_first(self, page_h: float) -> float:
        return self.height

    def split(self, avail: float, force: bool):
        """(Placement piece at dest_y 0, rest or None), or None when nothing sensible fits."""
        raise NotImplementedError


class FlowM(Measured):
    def __init__(self, block: C.Block, doc: QTextDocument, start: float = 0.0, atomic: bool = False):
        super().__init__(block)
        self.doc = doc
        self.start = start
        self.atomic = atomic
        self.total = doc.size().height()
        self.height = self.total - start
        self.lines = [ln for ln in _line_intervals(doc) if ln[0] >= start - 0.5]
        cuts = set()
        for top, bottom in self.lines:
            cuts.add(bottom)
        self.cuts = sorted(c for c in cuts if c > start + 0.5 and c < self.total - 0.5
                           and not any(t < c - 0.5 and c + 0.5 < b for t, b in self.lines))

    def _lines_before(self, c: float) -> int:
        return sum(1 for t, b in self.lines if b <= c + 0.5)

    def _lines_after(self, c: float) -> int:
        return sum(1 for t, b in self.lines if t >= c - 0.5)

    def min_first(self, page_h: float) -> float:
        if self.atomic or self.height <= page_h and len(self.lines) <= 3:
            return self.height
        for c in self.cuts:
            if self._lines_before(c) >= 2:
                return c - self.start
        return self.height

    def split(self, avail: float, force: bool):
        if self.atomic and not force:
            return None
        target = self.start + avail
        ok = [c for c in self.cuts if c <= target]
        good = [c for c in ok if (self._lines_before(c) >= 2 or len(self.lines) < 2)
                and (self._lines_after(c) >= 2 or len(self.lines) < 3)]
        if good:
            cut = good[-1]
        elif force:
            cut = ok[-1] if ok else target           # a single line taller than a page: cut through it
        else:
            return None
        piece = Placement(self.doc, self.start, cut, 0.0)
        rest = FlowM(self.block, self.doc, cut, self.atomic) if cut < self.total - 0.5 else None
        return piece, rest

    def placement(self) -> Placement:
        return Placement(self.doc, self.start, self.total, 0.0)


class TableM(Measured):
    """A table that, if it must break, breaks between rows and repeats its header row."""

    def __init__(self, block: C.Block, factory: DocFactory, start_row: int = 0):
        super().__init__(block)
        self.factory = factory
        self.start_row = start_row
        self.rows = block.table_rows[start_row:]
        self._cache: dict[int, QTextDocument] = {}
        self.doc = self._doc(len(self.rows))
        self.height = self.doc.size().height()

    def _doc(self, k: int) -> QTextDocument:
        if k not in self._cache:
            self._cache[k] = self.factory.make(self.block.table_html(self.rows[:k]))
        return self._cache[k]

    def _h(self, k: int) -> float:
        return self._doc(k).size().height()

    def min_first(self, page_h: float) -> float:
        if self.height <= page_h:
            return self.height
        return self._h(1)

    def split(self, avail: float, force: bool):
        if self.height <= avail:
            return Placement(self.doc, 0, self.height, 0.0), None
        lo, hi = 0, len(self.rows)            # largest k with height(k) <= avail
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._h(mid) <= avail:
                lo = mid
            else:
                hi = mid - 1
        k = lo
        if k == 0:
            if not force:
                return None
            # one row taller than a whole page: that row (with the header) breaks between lines
            flow = FlowM(self.block, self._doc(1))
            piece, rest_flow = flow.split(avail, True)
            tail = TableM(self.block, self.factory, self.start_row + 1) if len(self.rows) > 1 else None
            parts = [p for p in (rest_flow, tail) if p is not None]
            return piece, (Seq(self.block, parts) if parts else None)
        piece = Placement(self._doc(k), 0, self._h(k), 0.0)
        rest = TableM(self.block, self.factory, self.start_row + k) if k < len(self.rows) else None
        return piece, rest

    def placement(self) -> Placement:
        return Placement(self.doc, 0, self.height, 0.0)


class Seq(Measured):
    """Measured parts placed one after the other (the rest of an over-tall table row, then the other rows)."""

    def __init__(self, block: C.Block, parts: list):
        super().__init__(block)
        self.parts = parts
        self.height = sum(p.height for p in parts)

    def placement(self) -> list:
        out = []
        for p in self.parts:
            pl = p.placement()
            out.extend(pl if isinstance(pl, list) else [pl])
        return out

    def min_first(self, page_h: float) -> float:
        return self.parts[0].min_first(page_h)

    def split(self, avail: float, force: bool):
        first, others = self.parts[0], self.parts[1:]
        if first.height > avail:
            r = first.split(avail, force)
            if r is None:
                return None
            piece, rest = r
            parts = ([rest] if rest is not None else []) + others
            return piece, (Seq(self.block, parts) if parts else None)
        placed = self.placement() if not others else Seq(self.block, [first]).placement()
        if not others:
            return placed, None
        r = Seq(self.block, others).split(avail - first.height, False)
        if r is None:
            return placed, Seq(self.block, others)
        more, rest = r
        return placed + (more if isinstance(more, list) else [more]), rest


_DECODED: dict[int, QImage] = {}
_BANDS: dict[tuple[int, int], list] = {}


def decode_png(png: bytes) -> QImage:
    """Decoded chart pictures, kept (printing and the preview paint decoded pictures; the PDF path does not)."""
    key = hash(png)
    img = _DECODED.get(key)
    if img is None:
        if len(_DECODED) > 24:
            _DECODED.clear()
        img = QImage.fromData(QByteArray(png), "PNG")
        _DECODED[key] = img
    return img


def uniform_bands(picture, min_px: int) -> list[tuple[float, int, bool]]:
    """Where a tall chart may be cut, from its PrintPicture's row statistics (kept per picture)."""
    key = (hash(picture.png), min_px)
    if key not in _BANDS:
        if len(_BANDS) > 48:
            _BANDS.clear()
        _BANDS[key] = _uniform_bands(picture, min_px)
    return _BANDS[key]


def _uniform_bands(picture, min_px: int) -> list[tuple[float, int, bool]]:
    """Horizontal bands at least min_px high whose rows are (nearly) the same as their neighbours and hold
    almost no dark ink: blank space, tinted backgrounds, thin axis or grid lines. Text, bars and icon arrays
    never qualify. Returns (centre row, rows high, blank from edge to edge).
    """
    import numpy as np

    w, h = picture.width_px, picture.height_px
    if h < 3 or w < 1:
        return []
    clean = np.asarray(picture.row_dark) <= max(3, int(0.005 * w))
    steady = np.asarray(picture.row_changed) <= max(2, int(0.015 * w))       # row i+1 is nearly row i
    ok = np.zeros(h, dtype=bool)
    ok[1:] = steady & clean[1:] & clean[:-1]
    blank_rows = np.asarray(picture.row_blank)
    out = []
    i = 1
    while i < h:
        if not ok[i]:
            i += 1
            continue
        j = i
        while j < h and ok[j]:
            j += 1
        top, bottom = i - 1, j - 1                         # rows top..bottom form the band
        rows = bottom - top + 1
        if rows >= min_px and top > 0 and bottom < h - 1:
            blank = bool(blank_rows[top:bottom + 1].all())
            out.append(((top + bottom + 1) / 2.0, rows, blank))
        i = j
    return out


class ImageM(Measured):
    """A chart picture. Whole when it fits on a page; a taller one is cut only across uniform bands."""

    def __init__(self, block: C.Block, doc: QTextDocument, cuts: list[tuple[float, int, bool]],
                 start: float = 0.0):
        super().__init__(block)
        self.doc = doc
        self.cuts = cuts
        self.start = start
        self.total = doc.size().height()
        self.height = self.total - start

    @classmethod
    def make(cls, block: C.Block, doc: QTextDocument, chart: C.ChartData | None) -> "ImageM":
        cuts: list[tuple[float, int, bool]] = []
        b = doc.begin()
        tl = b.layout()
        if chart is not None and chart.picture is not None and chart.height_px and tl is not None \
                and tl.lineCount():
            line = tl.lineAt(0)
            top = doc.documentLayout().blockBoundingRect(b).top() + line.y()
            k = line.ascent() / chart.height_px              # picture rows -> document units
            min_px = max(4, round(0.05 * chart.dpi))          # about 0.05 inch of blank
            cuts = [(top + c * k, rows, blank) for c, rows, blank in uniform_bands(chart.picture, min_px)]
        return cls(block, doc, cuts)

    def min_first(self, page_h: float) -> float:
        if self.height <= page_h:
            return self.height
        for c, _, _ in self.cuts:
            if c - self.start >= 0.2 * page_h:
                return c - self.start
        return min(self.height, page_h)

    def split(self, avail: float, force: bool):
        """Cut at the widest band low enough on the page, else the lowest band, else (forced) anywhere."""
        target = self.start + avail
        cands = [(c, rows, blank) for c, rows, blank in self.cuts if self.start + 0.2 * avail <= c <= target]
        # the widest band in the lower 65 % of the room: chart sections are separated by the widest bands
        pool = [(r, c) for c, r, b in cands if c >= self.start + 0.35 * avail]
        cut = max(pool)[1] if pool else None
        if cut is None and cands:
            cut = cands[-1][0]
        if cut is None:
            if not force:
                return None
            early = [c for c, _, _ in self.cuts if self.start < c <= target]
            cut = early[-1] if early else target
        piece = Placement(self.doc, self.start, cut, 0.0)
        rest = ImageM(self.block, self.doc, self.cuts, cut) if cut < self.total - 0.5 else None
        return piece, rest

    def placement(self) -> Placement:
        return Placement(self.doc, self.start, self.total, 0.0)


def measure(block: C.Block, factory: DocFactory) -> Measured:
    if block.kind == "table":
        return TableM(block, factory)
    if block.kind == "image":
        return ImageM.make(block, factory.make(block.html), factory.charts.get(block.image))
    return FlowM(block, factory.make(block.html), atomic=(block.kind == "keep"))


# --------------------------------------------------------------------------------------------- paginating
def paginate(items: Sequence[Measured], page_h: float, pt: float) -> list[list[Placement]]:
    """Place measured blocks on pages of height page_h (device units); pt = device units per point."""
    pages: list[list[Placement]] = [[]]
    y = 0.0

    def new_page():
        nonlocal y
        pages.append([])
        y = 0.0

    def gap(m: Measured) -> float:
        return m.block.space_before * pt if y > 0 else 0.0

    def put(p):
        nonlocal y
        if isinstance(p, list):
            for q in p:
                put(q)
            return
        p.dest_y = y
        pages[-1].append(p)
        y += p.y1 - p.y0

    def place_whole(m: Measured):
        nonlocal y
        y += gap(m)
        put(m.placement())

    def place_flowing(m: Measured):
        nonlocal y
        first = True
        while m is not None:
            g = gap(m) if first else 0.0
            if m.height + g <= page_h - y + 0.5:
                y += g
                put(m.placement())
                return
            if m.block.kind in ("keep", "table", "image") and m.height <= page_h and y > 0:
                new_page()
                continue
            r = m.split(page_h - y - g, force=(y == 0))
            if r is None:
                if y == 0:      # cannot happen with force=True, but never loop forever
                    put(m.placement())
                    return
                new_page()
                continue
            piece, rest = r
            y += g
            put(piece)
            first = False
            m = rest
            if m is not None:
                new_page()

    n = len(items)

    def fits_whole(m: Measured) -> bool:
        return m.height <= page_h

    def need(k: int, depth: int = 0) -> float:
        """Room block k needs at the current position: itself (or its first piece), plus, when it keeps with
        the next block, that block's need. Capped so that one over-long chain does not push forever."""
        m = items[k]
        sp = m.block.space_before * pt
        if not m.block.keep_with_next or k + 1 >= n or depth > 12:
            return sp + (m.height if fits_whole(m) and m.block.kind != "flow" else m.min_first(page_h))
        if not fits_whole(m):
            return sp + m.min_first(page_h)
        total = sp + m.height + need(k + 1, depth + 1)
        if total > page_h:
            nxt = items[k + 1]
            total = sp + m.height + nxt.block.space_before * pt + nxt.min_first(page_h)
        return total

    k = 0
    while k < n:
        m = items[k]
        room = page_h - y + 0.5
        want = need(k) - (m.block.space_before * pt if y == 0 else 0.0)
        if want > room and y > 0:
            new_page()
            continue
        if m.height + gap(m) <= room:
            place_whole(m)
        else:
            place_flowing(m)
        k += 1
    if not pages[-1] and len(pages) > 1:
        pages.pop()
    return pages


# --------------------------------------------------------------------------------------------- painting
def _texts(pack, options: ReportOptions) -> dict[str, str]:
    md = pack.metadata
    copy = (t("Record copy") if options.copy == "record" else t("Patient copy"))
    return {
        "title": C.clean(t("Decision summary: {t}").format(t=md.title)),
        "draft": t("DRAFT: not yet clinically reviewed") if pack.is_draft else "",
        "left_foot": C.clean(t("{copy}. Made {date}. Content version {v}.").format(
            copy=copy, date=C.fmt_date(options.made_on), v=md.version)
            + (f" {options.content_note}." if options.content_note else "")),
    }


def render_to_device(device, new_page: Callable[[], bool], pack, session, options: ReportOptions,
                     progress: Callable[[float], None] | None = None,
                     stand_ins: dict[tuple[int, int], C.ChartData] | None = None) -> int:
    """Lay out and paint the whole summary on a QPdfWriter or QPrinter. Returns the number of pages.

    With ``stand_ins`` (a dict, filled here) the charts are painted as stand-in pictures, for
    ``picture_objects`` to replace in the finished PDF; otherwise the decoded pictures are painted.
    """
    if QGuiApplication.instance() is None:
        raise ReportError("The summary needs the application to be running.")

    def tick(f: float):
        if progress is not None:
            progress(max(0.0, min(1.0, f)))

    tick(0.0)
    dpi_x, dpi_y = device.logicalDpiX(), device.logicalDpiY()
    W, H = float(device.width()), float(device.height())
    pt = dpi_y / 72.0
    head_h, foot_h = C.HEADER_IN * dpi_y, C.FOOTER_IN * dpi_y
    body_h = H - head_h - foot_h
    width_in = W / dpi_x                # the paper's content width (the same as pdf_chart_settings for a PDF)
    charts = collect_charts(pack, session, options, width_in)
    tick(0.25)
    sections = build_sections(pack, session, options, charts, False, width_in)
    if stand_ins is not None:
        images, by_size = placeholder_images(charts)
        stand_ins.update(by_size)
        for ch in charts.values():            # a picture that cannot be passed through is painted itself
            if ch.png and ch.resource_name not in images:
                img = decode_png(ch.png)
                if not img.isNull():
                    images[ch.resource_name] = img
    else:
        images = chart_images(charts)
    # A PDF is laid out on the shared layout device (same resolution, so the same metrics), which lets its
    # text blocks be kept for the next export; a printer lays out on itself.
    layout_device = _pdf_layout_device() if isinstance(device, QPdfWriter) and dpi_y == PDF_DPI else device
    factory = DocFactory(options, images, layout_device, W, charts)
    blocks = [b for s in sections for b in s.blocks]
    measured = []
    for k, b in enumerate(blocks):
        measured.append(measure(b, factory))
        if k % 8 == 0:
            tick(0.25 + 0.35 * k / max(len(blocks), 1))
    pages = paginate(measured, body_h, pt)
    tick(0.6)
    texts = _texts(pack, options)
    st = C.style_for(options)
    painter = QPainter()
    if not painter.begin(device):
        raise ReportError("The summary could not be started on this printer or file.")
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)   # crisp charts, no JPEG artefacts
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        total = len(pages)
        for pno, page in enumerate(pages, start=1):
            if pno > 1 and not new_page():
                raise ReportError("A new page could not be started.")
            _paint_chrome(painter, W, H, head_h, foot_h, pt, st, texts, pno, total)
            for p in page:
                painter.save()
                painter.translate(0, head_h + p.dest_y - p.y0)
                p.doc.drawContents(painter, QRectF(0, p.y0, W, p.y1 - p.y0))
                painter.restore()
            tick(0.6 + 0.4 * pno / total)
    finally:
        painter.end()
    refused = [r for d in factory.made for r in d.refused]
    if refused:
        log.warning("summary refused to load %d resource(s)", len(refused))
    return len(pages)


def _paint_chrome(painter: QPainter, W: float, H: float, head_h: float, foot_h: float, pt: float,
                  st: C.Style, texts: dict[str, str], pno: int, total: int) -> None:
    font = _base_font(st)
    font.setPointSizeF(st.chrome_pt)
    bold = QFont(font)
    bold.setBold(True)
    painter.save()
    painter.setPen(QPen(QColor("#000000")))
    fm = QFontMetricsF(font, painter.device())
    line_h = fm.height()
    # header: title on the left, DRAFT mark on the right, a thin rule below
    y_text = head_h * 0.25
    right_w = 0.0
    if texts["draft"]:
        painter.setFont(bold)
        bfm = QFontMetricsF(bold, painter.device())
        tw = bfm.horizontalAdvance(texts["draft"])
        pad = 4 * pt
        box = QRectF(W - tw - 2 * pad, y_text - pad / 2, tw + 2 * pad, bfm.height() + pad)
        painter.setPen(QPen(QColor("#000000"), 1.2 * pt))
        painter.drawRect(box)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), texts["draft"])
        right_w = box.width() + 8 * pt
    painter.setFont(font)
    title = fm.elidedText(texts["title"], Qt.TextElideMode.ElideRight, max(W - right_w, W * 0.3))
    painter.drawText(QRectF(0, y_text, W - right_w, line_h), int(Qt.AlignmentFlag.AlignLeft
                                                                  | Qt.AlignmentFlag.AlignVCenter), title)
    painter.setPen(QPen(QColor(st.rule), 0.6 * pt))
    rule_y = head_h - 7 * pt
    painter.drawLine(0, int(rule_y), int(W), int(rule_y))
    # footer: copy, date and version on the left, "Page X of Y" on the right
    fy = H - foot_h + 7 * pt
    painter.drawLine(0, int(fy), int(W), int(fy))
    painter.setPen(QPen(QColor("#000000")))
    page_txt = t("Page {x} of {y}").format(x=pno, y=total)
    pw = fm.horizontalAdvance(page_txt) + 2 * pt
    ty = fy + 4 * pt
    painter.drawText(QRectF(W - pw, ty, pw, line_h), int(Qt.AlignmentFlag.AlignRight), page_txt)
    left = fm.elidedText(texts["left_foot"], Qt.TextElideMode.ElideRight, W - pw - 12 * pt)
    painter.drawText(QRectF(0, ty, W - pw - 12 * pt, line_h), int(Qt.AlignmentFlag.AlignLeft), left)
    painter.restore()


# --------------------------------------------------------------------------------------------- PDF
def _page_size(options: ReportOptions) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.A4 if options.page_size == "a4" else QPageSize.PageSizeId.Letter)


def _margins() -> QMarginsF:
    m = C.MARGIN_IN
    return QMarginsF(m, m, m, m)


def pdf_title(pack) -> str:
    return C.clean(t("Decision summary: {t}").format(t=pack.metadata.title))


def pdf_creator(options: ReportOptions) -> str:
    return f"{C.APP_NAME} {options.app_version}".strip()


def _pdf_writer(device, options: ReportOptions) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(_page_size(options), QPageLayout.Orientation.Portrait, _margins(),
                                     QPageLayout.Unit.Inch))
    return writer


def pdf_chart_settings(options: ReportOptions):
    """The chart settings a PDF export with these options draws its charts with (the exact content width of
    the PDF page), so that pictures drawn ahead of time are the ones the export finds in the cache."""
    buf = QBuffer()
    writer = _pdf_writer(buf, options)
    width_in = writer.width() / writer.logicalDpiX()
    del writer
    return chart_settings(options, width_in)


def render_pdf(pack, session, options: ReportOptions, progress=None, pass_through: bool = True) -> bytes:
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buf, options)
    writer.setTitle(pdf_title(pack))
    writer.setAuthor(C.clean(session.clinic).strip())
    writer.setCreator(pdf_creator(options))
    if options.greyscale:
        writer.setColorModel(QPdfWriter.ColorModel.Grayscale)
    stand_ins: dict[tuple[int, int], C.ChartData] = {} if pass_through else None
    render_to_device(writer, writer.newPage, pack, session, options, progress, stand_ins)
    del writer                      # flushes the PDF into the buffer
    buf.close()
    data = bytes(ba)
    if not data.startswith(b"%PDF"):
        raise ReportError("The PDF could not be created.")
    objects = info_objects(data, {"Subject": C.clean(pack.metadata.decision)})
    if stand_ins:
        pictures = picture_objects(data, stand_ins, options.greyscale)
        if pictures is None:        # never expected: paint the real pictures instead
            log.warning("chart pictures could not be passed through; painting them")
            return render_pdf(pack, session, options, progress, pass_through=False)
        objects.update(pictures)
    if not objects:
        return data
    updated = append_objects(data, objects)
    if updated is None:
        if stand_ins:
            log.warning("the PDF could not be updated; painting the chart pictures")
            return render_pdf(pack, session, options, progress, pass_through=False)
        return data
    return updated


_IMAGE_OBJ = re.compile(rb"/Subtype /Image\s*/Width (\d+)\s*/Height (\d+)")
_OBJ_HEAD = re.compile(rb"(\d+) (\d+) obj\s*<<\s*/Type /XObject\s*$")


def picture_objects(data: bytes, stand_ins: dict[tuple[int, int], C.ChartData],
                    grey: bool) -> dict[int, tuple] | None:
    """New versions of each stand-in picture's image object, holding the chart's own PNG data, for
    ``append_objects`` (an incremental update).

    A PNG's compressed rows are exactly a PDF FlateDecode stream with the PNG predictor, so the 300-dpi
    pictures go into the PDF without being decoded or compressed again. Returns None when a stand-in is not
    found exactly once (then the caller paints the real pictures).
    """
    from decisionaid.charts import png_idat, png_info
    found: dict[tuple[int, int], tuple[int, int]] = {}
    for m in _IMAGE_OBJ.finditer(data):
        size = (int(m.group(1)), int(m.group(2)))
        if size in stand_ins:
            line = data.rfind(b"\n", 0, max(0, data.rfind(b" obj", 0, m.start()))) + 1
            head = _OBJ_HEAD.match(data, line, m.start())
            if head is None:
                return None
            if size in found:
                return None
            found[size] = (int(head.group(1)), int(head.group(2)))
    if set(found) != set(stand_ins):
        return None
    objects: dict[int, tuple[int, bytes]] = {}
    for size, (num, gen) in found.items():
        png = stand_ins[size].png
        w, h, _depth, ctype, _inter = png_info(png)
        colours = 3 if ctype == 2 else 1
        space = b"/DeviceRGB" if colours == 3 and not grey else b"/DeviceGray"
        if colours == 3 and grey:       # a colour picture in a greyscale PDF: never produced by our charts
            return None
        stream = png_idat(png)
        head = (b"<<\n/Type /XObject\n/Subtype /Image\n/Width %d\n/Height %d\n/BitsPerComponent 8\n/ColorSpace %s\n"
                b"/Filter /FlateDecode\n/DecodeParms << /Predictor 15 /Colors %d /BitsPerComponent 8 /Columns %d >>\n"
                b"/Length %d\n>>\nstream\n" % (w, h, space, colours, w, len(stream)))
        objects[num] = (gen, (head, stream, b"\nendstream"))
    return objects


def _pdf_text(s: str) -> bytes:
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode("ascii") + b">"


_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", re.S)


def _trailer(data: bytes):
    """The last trailer of a PDF (searched for in the file's tail only)."""
    start = data.rfind(b"trailer", max(0, len(data) - 4096))
    return _TRAILER.search(data, start) if start >= 0 else None


def append_objects(data: bytes, objects: dict[int, tuple[int, bytes]]) -> bytes | None:
    """A standard PDF incremental update: new versions of objects ``{number: (generation, body)}`` (body is
    what goes between "N G obj" and "endobj", as bytes or a tuple of pieces), a cross-reference section for them and a trailer pointing
    back to the previous one. None when the file does not end the way QPdfWriter ends its files."""
    m = _trailer(data)
    if not m:
        return None
    trailer, prev = m.group(1), int(m.group(2))
    size = re.search(rb"/Size\s+(\d+)", trailer)
    root = re.search(rb"/Root\s+(\d+\s+\d+\s+R)", trailer)
    info = re.search(rb"/Info\s+(\d+\s+\d+\s+R)", trailer)
    ids = re.search(rb"/ID\s*(\[[^\]]*\])", trailer)
    if not (size and root):
        return None
    parts = [data] if data.endswith(b"\n") else [data, b"\n"]
    pos = len(data) + (0 if data.endswith(b"\n") else 1)
    offsets = {}
    for num in sorted(objects):
        gen, body = objects[num]
        offsets[num] = (pos, gen)
        pieces = tuple(body) if isinstance(body, (tuple, list)) else (body,)
        for piece in (b"%d %d obj\n" % (num, gen), *pieces, b"\nendobj\n"):
            parts.append(piece)
            pos += len(piece)
    tail = [b"xref\n"]
    for num in sorted(offsets):
        off, gen = offsets[num]
        tail.append(b"%d 1\n%010d %05d n \n" % (num, off, gen))
    tail.append(b"trailer\n<<\n/Size " + size.group(1) + b"\n/Root " + root.group(1) + b"\n")
    if info:
        tail.append(b"/Info " + info.group(1) + b"\n")
    if ids:
        tail.append(b"/ID " + ids.group(1) + b"\n")
    tail.append(b"/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (prev, pos))
    return b"".join(parts + tail)             # one copy of the file, however large the pictures


def info_objects(data: bytes, entries: dict[str, str]) -> dict[int, tuple[int, bytes]]:
    """A new version of the PDF's document information with keys added (Subject), for ``append_objects``.

    QPdfWriter sets Title, Author and Creator but has no Subject. On anything unexpected nothing is added (the
    metadata is a nicety, never a reason to fail).
    """
    try:
        m = _trailer(data)
        info = re.search(rb"/Info\s+(\d+)\s+(\d+)\s+R", m.group(1)) if m else None
        if not info:
            return {}
        num, gen = int(info.group(1)), int(info.group(2))
        start = data.rfind(b"\n%d %d obj" % (num, gen))
        obj = re.compile(rb"\n%d %d obj\s*<<(.*?)>>\s*endobj" % (num, gen), re.S).match(data, start) \
            if start >= 0 else None
        if not obj:
            return {}
        body = obj.group(1)
        for key in entries:
            body = re.sub(rb"/" + key.encode() + rb"\s*(\([^)]*\)|<[^>]*>)", b"", body)
        body = body.rstrip() + b"\n" + b"".join(b"/" + k.encode() + b" " + _pdf_text(v) + b"\n"
                                                for k, v in entries.items())
        return {num: (gen, b"<<" + body + b">>")}
    except Exception:  # pragma: no cover - defensive
        log.exception("could not add PDF metadata")
        return {}


def print_to(printer, pack, session, options: ReportOptions, progress=None) -> None:
    printer.setDocName(pdf_title(pack))
    printer.setCreator(pdf_creator(options))
    layout = printer.pageLayout()
    layout.setUnits(QPageLayout.Unit.Inch)
    layout.setMargins(_margins())
    printer.setPageLayout(layout)
    render_to_device(printer, printer.newPage, pack, session, options, progress)


def build_qt_document(pack, session, options: ReportOptions) -> SafeTextDocument:
    """The whole summary as one document (screen preview). Pagination for paper happens in render_to_device."""
    width_in = content_width_in(options)
    charts = collect_charts(pack, session, options, width_in)
    sections = build_sections(pack, session, options, charts, False, width_in)
    html = C.render_html(sections, options, pack, False)
    factory = DocFactory(options, chart_images(charts), None, 0)
    doc = factory.make(html)
    doc.setTextWidth(width_in * C.CSS_PX_PER_IN)
    w, h = page_inches(options)
    doc.setPageSize(QSizeF((w - 2 * C.MARGIN_IN) * C.CSS_PX_PER_IN, (h - 2 * C.MARGIN_IN) * C.CSS_PX_PER_IN))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, pdf_title(pack))
    return doc


def export_html(pack, session, options: ReportOptions, for_export: bool) -> str:
    width_in = content_width_in(options)
    charts = collect_charts(pack, session, options, width_in)
    sections = build_sections(pack, session, options, charts, for_export, width_in)
    return C.render_html(sections, options, pack, for_export)
