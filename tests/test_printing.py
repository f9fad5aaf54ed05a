"""Printing to CUPS from memory (decisionaid.printing): the PDF goes to lp on standard input with a title that
holds no patient text, in kiosk mode (tests/test_kiosk.py, tests/test_kiosk_privacy.py) and in clinician mode
when the print dialog chose a CUPS queue."""
from __future__ import annotations

import sys

import pytest

from conftest import EXAMPLE_SESSION
from decisionaid import printing
from decisionaid.session import Session

FAKE_LP = """#!{python}
import os, sys
folder = {folder!r}
open(os.path.join(folder, "args"), "w").write("\\n".join(sys.argv[1:]))
open(os.path.join(folder, "job.pdf"), "wb").write(sys.stdin.buffer.read())
if os.path.exists(os.path.join(folder, "refuse")):
    sys.stderr.write("lp: The printer or class does not exist.\\n")
    sys.exit(1)
print("request id is desk-3 (0 file(s))")
"""


@pytest.fixture
def fake_lp(tmp_path, monkeypatch):
    script = tmp_path / "lp"
    script.write_text(FAKE_LP.format(python=sys.executable, folder=str(tmp_path)))
    script.chmod(0o755)
    monkeypatch.setattr(printing, "LP_COMMAND", str(script))
    return tmp_path


def test_send_pdf_streams_the_bytes_to_lp(fake_lp):
    data = b"%PDF-1.4 patient words\n%%EOF\n"
    assert printing.send_pdf(data, "desk", copies=2, sides="two-sided-long-edge") == "desk-3"
    assert (fake_lp / "job.pdf").read_bytes() == data
    args = (fake_lp / "args").read_text().split("\n")
    assert args[:4] == ["-d", "desk", "-t", "Decision aid summary"]
    assert "-n" in args and "2" in args and "sides=two-sided-long-edge" in args


def test_send_pdf_failures_are_one_plain_sentence(fake_lp, monkeypatch):
    (fake_lp / "refuse").touch()
    with pytest.raises(printing.PrintError, match="did not take the job: lp: The printer"):
        printing.send_pdf(b"%PDF-1.4\n", "desk")
    with pytest.raises(printing.PrintError):
        printing.send_pdf(b"not a pdf", "desk")
    with pytest.raises(printing.PrintError):
        printing.send_pdf(b"%PDF-1.4\n", "-o evil")
    monkeypatch.setattr(printing, "LP_COMMAND", str(fake_lp / "missing"))
    with pytest.raises(printing.PrintError, match="cups-client"):
        printing.send_pdf(b"%PDF-1.4\n", "desk")


class ChosenPrinter:
    """What the print dialog hands back: a CUPS queue, 2 copies, two-sided (the dialog itself is Qt's)."""

    def __init__(self, name="desk", native=True):
        from PySide6.QtPrintSupport import QPrinter
        self.name, self.native, self.QPrinter = name, native, QPrinter

    def outputFormat(self):  # noqa: N802
        return self.QPrinter.OutputFormat.NativeFormat if self.native else self.QPrinter.OutputFormat.PdfFormat

    def printerName(self):  # noqa: N802
        return self.name

    def copyCount(self):  # noqa: N802
        return 2

    def duplex(self):
        return self.QPrinter.DuplexMode.DuplexLongSide

    def pageLayout(self):  # noqa: N802 - the paper chosen in the dialog: A4
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize
        return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF())


def test_clinician_prints_to_a_cups_queue_from_memory(make_window, real_pack, fake_lp):
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    w.ask_printer = lambda: ChosenPrinter()
    assert w.print_summary()
    job = (fake_lp / "job.pdf").read_bytes()
    assert job.startswith(b"%PDF")
    import io

    from pypdf import PdfReader
    assert abs(float(PdfReader(io.BytesIO(job)).pages[0].mediabox.width) - 595) < 2     # the dialog's paper
    from decisionaid.report import pdf_bytes
    same = pdf_bytes(w.ctx.pack, w.ctx.session, w.report_options(page_size="a4"))
    assert len(PdfReader(io.BytesIO(same)).pages) == len(PdfReader(io.BytesIO(job)).pages)
    args = (fake_lp / "args").read_text()
    assert "Decision aid summary" in args and "Jane" not in args
    assert "sides=two-sided-long-edge" in args and "-n\n2" in args


def test_clinician_print_failure_keeps_the_answers_and_says_so(make_window, real_pack, fake_lp):
    (fake_lp / "refuse").touch()
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    w.ask_printer = lambda: ChosenPrinter()
    assert not w.print_summary()
    assert "did not take the job" in w.last_notice and "Your answers are kept" in w.last_notice


def test_print_to_file_writes_the_summarys_own_pdf(make_window, real_pack, tmp_path):
    """"Print to file" in the dialog: the same tagged PDF as Export PDF, not a re-painted copy."""
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from decisionaid.report import pdf_bytes
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    w.ask_printer = lambda: printer
    assert w.print_summary()
    data = out.read_bytes()
    assert b"/StructTreeRoot" in data and b"pdfuaid" in data
    same = pdf_bytes(w.ctx.pack, w.ctx.session, w.report_options(page_size="letter"))
    assert len(data) == len(same) or abs(len(data) - len(same)) < 200      # only the creation date differs


def test_print_preview_shows_the_pdfs_pages(make_window, real_pack, tmp_path, monkeypatch):
    """The preview paints typst's own page pictures: as many pages as the PDF, on the same paper."""
    import io

    from pypdf import PdfReader
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from decisionaid.report import pdf_bytes
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    out = tmp_path / "preview.pdf"

    def exec_(dlg):
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        dlg.paintRequested.emit(p)
        return 0
    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    w.print_preview()
    painted = PdfReader(str(out))
    pdf = PdfReader(io.BytesIO(pdf_bytes(w.ctx.pack, w.ctx.session, w.report_options(page_size="letter"))))
    assert len(painted.pages) == len(pdf.pages)
    assert abs(float(painted.pages[0].mediabox.width) - float(pdf.pages[0].mediabox.width)) < 2


def test_include_the_full_evidence_box_and_menu_agree(make_window, real_pack):
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    summary = w.pages[[s.step_id for s in w.steps].index("summary")]
    act = w.actions_by_name["full_evidence"]
    assert not summary.evidence_box.isChecked() and not act.isChecked()
    assert w.report_options().evidence is False and w.report_options(copy="record").evidence is True
    summary.evidence_box.setChecked(True)
    assert act.isChecked() and w.report_options().evidence is True
    act.trigger()
    assert not summary.evidence_box.isChecked() and w.report_options().evidence is False
