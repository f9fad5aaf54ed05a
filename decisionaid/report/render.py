"""The summary's pages: ``content.summary_data`` set by typst with ``resources/report/summary.typ``.

typst lays the pages out (headings kept with what follows, table rows and charts never split, page numbers)
and writes a tagged PDF/UA-1 document: headings, lists, tables with header cells, figures with their text
alternatives, the pack's language, the title shown, bookmarks. The same compile gives one PNG per page for the
print preview and for printers that need pictures, so paper, preview and PDF are the same pages.

Everything happens in memory: the data goes to typst as a JSON string in ``sys.inputs`` (never pasted into
markup, never written to a file); the template is the only file typst reads, and its root is the template's
own folder. Fonts are the app's own (``resources/fonts``) plus the few typst has built in; system fonts are
never used, so the output is the same on every machine. No Qt here except ``print_pages`` (a QPrinter).
"""
from __future__ import annotations

import json
import logging
import re
import threading

from ..paths import resource
from . import content as C
from .options import ReportError, ReportOptions

log = logging.getLogger(__name__)
TEMPLATE = "summary.typ"
PRINT_PPI = 300              # pages painted on a printer (no lp) and the preview's pictures at most this sharp

_LOCK = threading.Lock()      # one compile at a time (the kiosk prints on a worker thread)
_COMPILER: list = []


def _compiler():
    """One typst compiler for the process: it holds the fonts and the template, never patient data."""
    if not _COMPILER:
        import typst
        folder = resource("report")
        fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=True,
                            font_paths=[str(resource("fonts"))])
        _COMPILER.append(typst.Compiler(input=str(folder / TEMPLATE), root=str(folder), font_paths=fonts,
                                        ignore_system_fonts=True))
    return _COMPILER[0]


def payload(data: dict) -> dict[str, str]:
    """The template's sys.inputs: the whole summary as one JSON string, every text made printable."""
    return {"data": json.dumps(printable(data), ensure_ascii=False, separators=(",", ":"))}


_COVERED: list = []
_LONG_WORD = re.compile(r"\S{40,}")
BREAK = "\u200b"               # a line may break here (zero width): inside words longer than a line


def _covered() -> frozenset:
    """The characters the app's fonts draw, regular and bold (a PDF/UA document may not show a missing one)."""
    if not _COVERED:
        from fontTools.ttLib import TTFont
        sets = []
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            font = TTFont(str(resource("fonts", name)), lazy=True)
            sets.append(set(font.getBestCmap()))
            font.close()
        _COVERED.append(frozenset(chr(c) for c in set.intersection(*sets)) | {"\n", BREAK})
    return _COVERED[0]


def _text(s: str) -> str:
    ok = _covered()
    if not all(ch in ok for ch in s):
        s = "".join(ch if ch in ok else "\ufffd" for ch in s)
    if len(s) >= 40 and _LONG_WORD.search(s):
        s = _LONG_WORD.sub(lambda m: BREAK.join(m.group()[i:i + 20] for i in range(0, len(m.group()), 20)), s)
    return s


def printable(value):
    """Every string in ``value`` drawable with the app's fonts (a character they lack becomes U+FFFD, which
    they have) and breakable (a "word" of 40 characters or more may break every 20), so no text is lost off the
    page and the strict PDF/UA export never fails on a name in another script."""
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, list):
        return [printable(v) for v in value]
    if isinstance(value, dict):
        return {k: printable(v) for k, v in value.items()}
    return value


def compile_data(data: dict, fmt: str = "pdf", ppi: float | None = None):
    """PDF bytes (``fmt="pdf"``, PDF/UA-1) or a list of PNG page pictures (``fmt="png"``)."""
    import typst
    inputs = payload(data)
    try:
        with _LOCK:
            c = _compiler()
            if fmt == "pdf":
                out = c.compile(format="pdf", sys_inputs=inputs, pdf_standards=["ua-1"])
            else:
                out = c.compile(format="png", ppi=ppi or 144.0, sys_inputs=inputs)
    except typst.TypstError as exc:
        log.error("typst could not set the summary: %s", _without_text(getattr(exc, "message", "")))
        raise ReportError("The summary could not be laid out. Nothing was saved.") from None
    if fmt == "pdf":
        if not isinstance(out, (bytes, bytearray)) or not bytes(out).startswith(b"%PDF"):
            raise ReportError("The PDF could not be created.")
        return bytes(out)
    return [bytes(x) for x in out] if isinstance(out, list) else [bytes(out)]


def warm_up() -> None:
    """Load typst, the fonts and the template, and set one empty page (no patient data), so that the first
    export in the app is as quick as any later one. The app calls this after its first paint."""
    _covered()
    data = {"lang": "en", "title": "-", "author": "-", "subject": "-", "creator": "-", "paper": "a4",
            "body_pt": 12, "grey": False, "accent": "#000000", "shade": "#ffffff", "boxfill": "#ffffff",
            "header": "", "draft": "", "footer": "", "page_of": "", "blocks": [{"t": "p", "runs": [["-", True]],
                                                                                  "style": ""}]}
    compile_data(data, "pdf")


# typst memoizes what it lays out (comemo) in process memory, and each compile evicts what the last
# MEMO_AGE compiles did not use (typst-py's compile calls comemo::evict(10)). Setting the empty page one
# more time than that leaves nothing of an earlier summary in typst's memo: the kiosk does it on every reset.
MEMO_AGE = 10


def forget() -> None:
    """Drop whatever typst still remembers of earlier summaries (about 2 ms a compile; kiosk reset)."""
    if _COMPILER:
        for _ in range(MEMO_AGE + 1):
            warm_up()


def _without_text(message: str) -> str:
    """A typst message fit for the log: anything it quotes (which may be a patient's words) left out."""
    return re.sub(r'"[^"]*"|`[^`]*`|\u201c[^\u201d]*\u201d', "(text)", str(message))[:200]


def render_pdf(pack, session, options: ReportOptions, progress=None) -> bytes:
    _tick(progress, 0.0)
    data = C.summary_data(pack, session, options)
    _tick(progress, 0.3)
    pdf = compile_data(data, "pdf")
    _tick(progress, 1.0)
    return pdf


def render_pages(pack, session, options: ReportOptions, ppi: float = 96.0) -> list[bytes]:
    """One PNG per page, the same pages as the PDF."""
    return compile_data(C.summary_data(pack, session, options), "png", ppi)


def _tick(progress, f: float) -> None:
    if progress is not None:
        progress(f)


def print_pages(printer, pack, session, options: ReportOptions, progress=None) -> int:
    """Paint the summary's pages on a configured QPrinter (a printer without lp, or the print preview): the
    PDF's own pages as pictures at the printer's resolution (at most PRINT_PPI), each filling the paper."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPrintSupport import QPrinter

    printer.setDocName(C.title(pack))
    printer.setFullPage(True)
    ppi = float(min(PRINT_PPI, max(72, printer.resolution())))
    _tick(progress, 0.1)
    pages = render_pages(pack, session, options, ppi)
    _tick(progress, 0.5)
    painter = QPainter()
    if not painter.begin(printer):
        raise ReportError("The summary could not be started on this printer.")
    try:
        for i, png in enumerate(pages):
            if i and not printer.newPage():
                raise ReportError("A new page could not be started.")
            img = QImage.fromData(png, "PNG")
            rect = printer.pageRect(QPrinter.Unit.DevicePixel)
            target = QRectF(0, 0, rect.width(), rect.height())
            scale = min(target.width() / img.width(), target.height() / img.height())
            painter.drawImage(QRectF(0, 0, img.width() * scale, img.height() * scale), img)
            _tick(progress, 0.5 + 0.5 * (i + 1) / len(pages))
    finally:
        painter.end()
    return len(pages)
