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
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPageLayout, QPageSize,
                           QPainter, QPdfWriter, QPen, QTextDocument, QTextOption)

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


class DocFactory:
    """Makes identically set-up documents: style sheet, font, wrapping, images, target device."""

    def __init__(self, options: ReportOptions, images: dict[str, QImage], device=None, text_width: float = 0):
        self.st = C.style_for(options)
        self.css = C.qt_stylesheet(self.st)
        self.font = _base_font(self.st)
        self.images = images
        self.device = device
        self.text_width = text_width
        self.made: list[SafeTextDocument] = []

    def make(self, fragment: str) -> SafeTextDocument:
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
    """Render every chart once (PNG, opaque), with its text alternative and table of numbers.

    A chart that cannot be drawn is left out with a visible note; its numbers are still printed.
    """
    from decisionaid import charts as charts_mod
    st = C.style_for(options)
    out: dict[str, C.ChartData] = {}
    for cid in charts_mod.CHARTS:
        png: bytes | None = None
        w = h = 0
        try:
            settings = charts_mod.RenderSettings(width_in=width_in, height_in=None, dpi=CHART_DPI,
                                      text_scale=st.chart_text_scale, theme="default", greyscale=options.greyscale)
            png = charts_mod.render_png(cid, pack, session, settings)
            img = decode_png(png)
            if img.isNull():
                raise ValueError("not a PNG image")
            if img.hasAlphaChannel():       # PDF/A and some printers drop transparency: flatten on white
                flat = QImage(img.size(), QImage.Format.Format_RGB32)
                flat.fill(Qt.GlobalColor.white)
                p = QPainter(flat)
                p.drawImage(0, 0, img)
                p.end()
                img = flat
                png = _png_bytes(img)
            w, h = img.width(), img.height()
        except Exception:
            log.exception("chart %s could not be drawn", cid)
            png = None
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
        out[cid] = C.ChartData(cid, png, w, h, CHART_DPI, desc, header, rows)
    return out


def _png_bytes(img: QImage) -> bytes:
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(ba)


def chart_images(charts: dict[str, C.ChartData]) -> dict[str, QImage]:
    out = {}
    for ch in charts.values():
        if ch.png:
            img = decode_png(ch.png)
            if not img.isNull():
                out[ch.resource_name] = img
    return out


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
    """Decoded chart pictures, kept: charts are cached as PNG bytes, so a warm export decodes nothing."""
    key = hash(png)
    img = _DECODED.get(key)
    if img is None:
        if len(_DECODED) > 24:
            _DECODED.clear()
            _BANDS.clear()
        img = QImage.fromData(QByteArray(png), "PNG")
        _DECODED[key] = img
    return img


def uniform_bands(img: QImage, min_px: int) -> list[tuple[float, int, bool]]:
    key = (img.cacheKey(), min_px)
    if key not in _BANDS:
        _BANDS[key] = _uniform_bands(img, min_px)
    return _BANDS[key]


def _uniform_bands(img: QImage, min_px: int) -> list[tuple[float, int, bool]]:
    """Where a tall chart may be cut: horizontal bands at least min_px high whose rows are (nearly) the same
    as their neighbours and hold almost no dark ink: blank space, tinted backgrounds, thin axis or grid lines.
    Text, bars and icon arrays never qualify. Returns (centre row, rows high, blank from edge to edge).
    """
    import numpy as np

    img = img.convertToFormat(QImage.Format.Format_RGB32)
    w, h = img.width(), img.height()
    if h < 3 or w < 1:
        return []
    stride = img.bytesPerLine() // 4
    arr = np.frombuffer(img.constBits(), dtype=np.uint32, count=h * stride).reshape(h, stride)[:, :w]
    r = (arr >> 16) & 0xFF
    g = (arr >> 8) & 0xFF
    b = arr & 0xFF
    lum = (299 * r + 587 * g + 114 * b) // 1000
    dark = np.count_nonzero(lum < 160, axis=1)
    clean = dark <= max(3, int(0.005 * w))
    changed = np.count_nonzero(arr[1:] != arr[:-1], axis=1)
    steady = changed <= max(2, int(0.015 * w))               # row i+1 is nearly row i
    ok = np.zeros(h, dtype=bool)
    ok[1:] = steady & clean[1:] & clean[:-1]
    background = arr[0, 0]
    blank_rows = np.all(arr == background, axis=1)
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
    def make(cls, block: C.Block, doc: QTextDocument, image: QImage | None) -> "ImageM":
        cuts: list[tuple[float, int, bool]] = []
        b = doc.begin()
        tl = b.layout()
        if image is not None and not image.isNull() and tl is not None and tl.lineCount():
            line = tl.lineAt(0)
            top = doc.documentLayout().blockBoundingRect(b).top() + line.y()
            k = line.ascent() / image.height()              # picture rows -> document units
            min_px = max(4, round(0.05 * CHART_DPI))           # about 0.05 inch of blank
            cuts = [(top + c * k, rows, blank) for c, rows, blank in uniform_bands(image, min_px)]
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
        return ImageM.make(block, factory.make(block.html), factory.images.get(block.image))
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
    copy = (C.tr("report", "Record copy") if options.copy == "record" else C.tr("report", "Patient copy"))
    return {
        "title": C.clean(C.tr("report", "Decision summary: {t}").format(t=md.title)),
        "draft": C.tr("report", "DRAFT: not yet clinically reviewed") if md.is_draft else "",
        "left_foot": C.clean(C.tr("report", "{copy}. Made {date}. Content version {v}.").format(
            copy=copy, date=C.fmt_date(options.made_on), v=md.version)),
    }


def render_to_device(device, new_page: Callable[[], bool], pack, session, options: ReportOptions,
                     progress: Callable[[float], None] | None = None) -> int:
    """Lay out and paint the whole summary on a QPdfWriter or QPrinter. Returns the number of pages."""
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
    width_in = W / dpi_x
    charts = collect_charts(pack, session, options, width_in)
    tick(0.25)
    sections = build_sections(pack, session, options, charts, False, width_in)
    images = chart_images(charts)
    factory = DocFactory(options, images, device, W)
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
    page_txt = C.tr("report", "Page {x} of {y}").format(x=pno, y=total)
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
    return C.clean(C.tr("report", "Decision summary: {t}").format(t=pack.metadata.title))


def pdf_creator(options: ReportOptions) -> str:
    return f"{C.APP_NAME} {options.app_version}".strip()


def render_pdf(pack, session, options: ReportOptions, progress=None) -> bytes:
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(_page_size(options), QPageLayout.Orientation.Portrait, _margins(),
                                     QPageLayout.Unit.Inch))
    writer.setTitle(pdf_title(pack))
    writer.setAuthor(C.clean(session.clinic).strip())
    writer.setCreator(pdf_creator(options))
    if options.greyscale:
        writer.setColorModel(QPdfWriter.ColorModel.Grayscale)
    render_to_device(writer, writer.newPage, pack, session, options, progress)
    del writer                      # flushes the PDF into the buffer
    buf.close()
    data = bytes(ba)
    if not data.startswith(b"%PDF"):
        raise ReportError("The PDF could not be created.")
    return add_info_entries(data, {"Subject": C.clean(pack.metadata.decision)})


def _pdf_text(s: str) -> bytes:
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def add_info_entries(data: bytes, entries: dict[str, str]) -> bytes:
    """Add keys (Subject) to the PDF's document information with a standard incremental update.

    QPdfWriter sets Title, Author and Creator but has no Subject. On anything unexpected the PDF is returned
    unchanged (the metadata is a nicety, never a reason to fail).
    """
    try:
        m = re.search(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", data, re.S)
        if not m:
            return data
        trailer, prev = m.group(1), int(m.group(2))
        info = re.search(rb"/Info\s+(\d+)\s+(\d+)\s+R", trailer)
        size = re.search(rb"/Size\s+(\d+)", trailer)
        root = re.search(rb"/Root\s+(\d+\s+\d+\s+R)", trailer)
        ids = re.search(rb"/ID\s*(\[[^\]]*\])", trailer)
        if not (info and size and root):
            return data
        num, gen = int(info.group(1)), int(info.group(2))
        obj = re.search(rb"(?:^|\n)%d %d obj\s*<<(.*?)>>\s*endobj" % (num, gen), data, re.S)
        if not obj:
            return data
        body = obj.group(1)
        for key in entries:
            body = re.sub(rb"/" + key.encode() + rb"\s*(\([^)]*\)|<[^>]*>)", b"", body)
        body = body.rstrip() + b"\n" + b"".join(b"/" + k.encode() + b" " + _pdf_text(v) + b"\n"
                                                for k, v in entries.items())
        out = bytearray(data)
        if not out.endswith(b"\n"):
            out += b"\n"
        off = len(out)
        out += b"%d %d obj\n<<" % (num, gen) + body + b">>\nendobj\n"
        xref = len(out)
        out += b"xref\n%d 1\n%010d %05d n \n" % (num, off, gen)
        out += b"trailer\n<<\n/Size " + size.group(1) + b"\n/Root " + root.group(1) + b"\n/Info %d %d R\n" % (
            num, gen)
        if ids:
            out += b"/ID " + ids.group(1) + b"\n"
        out += b"/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (prev, xref)
        return bytes(out)
    except Exception:  # pragma: no cover - defensive
        log.exception("could not add PDF metadata")
        return data


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
