"""The take-home summary: PDF file, PDF bytes, page pictures, printer and accessible HTML, all from one
data dict (``summary_data``) set by typst (``resources/report/summary.typ``).

    from decisionaid.report import (ReportOptions, ReportError, summary_data, build_html, pdf_bytes,
                                    page_images, write_pdf, print_document, write_html, default_filename)

Only ``print_document`` needs Qt (a QPrinter). See docs/report.md.
"""
from __future__ import annotations

import errno
import logging
from pathlib import Path
from typing import Callable

from .options import COPIES, PAGE_SIZES, ReportError, ReportOptions, default_filename

__all__ = ["ReportOptions", "ReportError", "summary_data", "build_html", "write_pdf", "pdf_bytes", "page_images",
           "print_document", "write_html", "default_filename", "forget_summaries", "COPIES", "PAGE_SIZES"]

log = logging.getLogger(__name__)
Progress = Callable[[float], None] | None


def _opts(options: ReportOptions | None) -> ReportOptions:
    return options if options is not None else ReportOptions()


def _shown(pack, session):
    """The answers the summary may show: never one naming something the pack lacks (decisionaid.compat)."""
    from decisionaid.compat import known_answers
    return known_answers(pack, session) if session is not None else None


def _failed(exc: BaseException) -> ReportError:
    log.exception("summary failed", exc_info=exc)
    return ReportError(f"The summary could not be created ({type(exc).__name__}). Nothing was saved.")


def _guarded(fn, *args):
    """Run a renderer; any failure other than a ReportError becomes one plain ReportError."""
    try:
        return fn(*args)
    except ReportError:
        raise
    except Exception as exc:
        raise _failed(exc) from exc


def summary_data(pack, session, options: ReportOptions | None = None) -> dict:
    """Everything the summary prints, as one JSON-ready dict (the PDF's, the preview's and the HTML's source)."""
    from .content import summary_data as data
    return _guarded(data, pack, _shown(pack, session), _opts(options))


def build_html(pack, session, options: ReportOptions | None = None, for_export: bool = True) -> str:
    """The summary as a standalone, semantic HTML page, from the same data as the PDF (``summary_data``)."""
    from .content import summary_data as data
    from .html import render_html
    return _guarded(lambda: render_html(data(pack, _shown(pack, session), _opts(options))))


def pdf_bytes(pack, session, options: ReportOptions | None = None, progress: Progress = None) -> bytes:
    """The summary as a tagged PDF/UA-1 document, in memory."""
    from .render import render_pdf
    return _guarded(render_pdf, pack, _shown(pack, session), _opts(options), progress)


def page_images(pack, session, options: ReportOptions | None = None, ppi: float = 96.0) -> list[bytes]:
    """One PNG per page of exactly the PDF's pages (the print preview shows these)."""
    from .render import render_pages
    return _guarded(render_pages, pack, _shown(pack, session), _opts(options), ppi)


def print_document(printer, pack, session, options: ReportOptions | None = None, progress: Progress = None) -> None:
    """Paint the PDF's pages on a configured QPrinter (no CUPS lp: print to file, other systems)."""
    from .render import print_pages
    _guarded(print_pages, printer, pack, _shown(pack, session), _opts(options), progress)


def write_pdf(pack, session, path, options: ReportOptions | None = None, progress: Progress = None) -> None:
    """Write the PDF atomically (temporary file in the same folder, then rename). ReportError on failure, and
    then no file (and no partial file) is left behind."""
    data = pdf_bytes(pack, session, options, progress)
    _save(Path(path), data)


def write_html(pack, session, path, options: ReportOptions | None = None) -> None:
    """Write the accessible HTML export atomically."""
    text = build_html(pack, session, options)
    _save(Path(path), text.encode("utf-8"))


def _save(path: Path, data: bytes) -> None:
    from decisionaid.session import atomic_write
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ReportError(f"Cannot save the summary: '{path.name}' is a folder. Choose a file name.")
    if not folder.is_dir():
        raise ReportError(f"Cannot save the summary: the folder '{folder}' does not exist.")
    try:
        atomic_write(path, data)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            msg = "Cannot save the summary: the disk is full."
        elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            msg = f"Cannot save the summary: no permission to write in '{folder}'."
        else:
            msg = f"Cannot save the summary: {exc.strerror or exc}."
        raise ReportError(msg) from None


def forget_summaries() -> None:
    """Leave nothing of earlier summaries in typst's memory (its memo of laid-out pages): the kiosk calls this on
    every reset. Nothing to do when no summary was made in this process."""
    import sys
    render = sys.modules.get(__name__ + ".render")
    if render is not None:
        render.forget()
