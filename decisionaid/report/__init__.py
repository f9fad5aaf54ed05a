"""The take-home summary: PDF file, PDF bytes, printer and accessible HTML, from one layout code path.

    from decisionaid.report import (ReportOptions, ReportError, build_html, build_document, write_pdf,
                                    pdf_bytes, print_document, write_html, default_filename)

Everything here needs a QGuiApplication (or QApplication) to exist; callers create it. See docs/report.md.
"""
from __future__ import annotations

import errno
import logging
from pathlib import Path
from typing import Callable

from .options import COPIES, PAGE_SIZES, ReportError, ReportOptions, default_filename

__all__ = ["ReportOptions", "ReportError", "build_html", "build_document", "write_pdf", "pdf_bytes",
           "print_document", "write_html", "default_filename", "forget_kept_layouts", "ready_for_other_threads", "prepare_charts", "COPIES", "PAGE_SIZES"]

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


def build_html(pack, session, options: ReportOptions | None = None, for_export: bool = False) -> str:
    """The summary as HTML. for_export=False: Qt's rich-text subset with chart resource names (see
    build_document). for_export=True: a standalone, semantic HTML page with the charts inlined as data: URIs
    and their text descriptions as alt text, for screen-reader users."""
    from .render import export_html
    return _guarded(export_html, pack, _shown(pack, session), _opts(options), for_export)


def build_document(pack, session, options: ReportOptions | None = None):
    """The whole summary as one QTextDocument (a SafeTextDocument) with the chart images registered."""
    from .render import build_qt_document
    return _guarded(build_qt_document, pack, _shown(pack, session), _opts(options))


def pdf_bytes(pack, session, options: ReportOptions | None = None, progress: Progress = None) -> bytes:
    """The summary as PDF bytes, in memory."""
    from .render import render_pdf
    return _guarded(render_pdf, pack, _shown(pack, session), _opts(options), progress)


def print_document(printer, pack, session, options: ReportOptions | None = None, progress: Progress = None) -> None:
    """Print on a configured QPrinter (its paper size is kept; our margins are applied)."""
    from .render import print_to
    _guarded(print_to, printer, pack, _shown(pack, session), _opts(options), progress)


def write_pdf(pack, session, path, options: ReportOptions | None = None, progress: Progress = None) -> None:
    """Write the PDF atomically (temporary file in the same folder, then rename). ReportError on failure, and
    then no file (and no partial file) is left behind."""
    data = pdf_bytes(pack, session, options, progress)
    _save(Path(path), data)


def prepare_charts(pack, options_list, session=None):
    """Draw the print pictures a PDF export with each of these options will need, on a background thread
    (``decisionaid.charts.prepare``), so that the first export does not wait for them. Returns the thread."""
    from decisionaid import charts

    from .render import pdf_chart_settings
    wanted = []
    for options in options_list:
        settings = pdf_chart_settings(_opts(options))
        if settings not in wanted:
            wanted.append(settings)
    return charts.prepare(pack, wanted, _shown(pack, session))


def ready_for_other_threads() -> None:
    """Make the Qt objects every PDF export shares (its layout device) on this thread, the UI thread, so that
    a PDF made later on a background thread (kiosk printing) does not leave them in a thread that ends."""
    from .render import _pdf_layout_device
    _pdf_layout_device()


def forget_kept_layouts() -> None:
    """Drop the text layouts kept between PDF exports (they hold the last summary's words). The kiosk calls
    this on every reset."""
    import sys
    render = sys.modules.get(__name__ + ".render")
    if render is not None:
        render.clear_layout_cache()


def write_html(pack, session, path, options: ReportOptions | None = None) -> None:
    """Write the accessible HTML export atomically."""
    text = build_html(pack, session, options, for_export=True)
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
