"""Take-home summary: PDF (file, bytes, printer) and accessible HTML export."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import functools
import io
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from decisionaid.content import load_pack
from decisionaid.report import (ReportError, ReportOptions, build_document, build_html, default_filename,
                                pdf_bytes, print_document, write_html, write_pdf)
from decisionaid.session import Session

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "packs" / "mini.en.toml"
REAL = ROOT / "resources" / "content" / "vcf-augmentation.en.toml"
TODAY = dt.date(2026, 11, 21)
HOSTILE = '<img src="/some/local/image.png"> <b>x</b> & <a href=x>'


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


@functools.lru_cache(maxsize=32)
def pages_text(data: bytes) -> list[str]:
    """Normalised text of every page (pypdf is slow on Qt's glyph-by-glyph PDFs: cached)."""
    return [norm(p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages]


def some_pages_text(data: bytes, which) -> list[str]:
    pages = PdfReader(io.BytesIO(data)).pages
    return [norm(pages[i].extract_text() or "") for i in which]


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def image_ids(data: bytes) -> set:
    """Distinct image XObjects in the PDF (a chart spread over two pages is one image)."""
    ids = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        res = page.get("/Resources")
        if res is None:
            continue
        xobj = res.get_object().get("/XObject")
        if xobj is None:
            continue
        for ref in xobj.get_object().values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                ids.add(ref.idnum if hasattr(ref, "idnum") else id(obj))
    return ids


def opts(**kw) -> ReportOptions:
    kw.setdefault("app_version", "9.8.7")
    kw.setdefault("today", TODAY)
    return ReportOptions(**kw)


def rich_session(pack, **kw) -> Session:
    s = Session.for_pack(pack, today=TODAY)
    s.patient_name = "Zoë Müller"
    s.clinician = "Dr. Ana Pérez"
    s.clinic = "Riverside Spine Clinic"
    s.situation = {"pain_now": 8, "weak_legs": "yes", "age": "new"}
    s.values = {"v_fast": 4, "v_safe": 3}
    s.knowledge = {"k1": 1}
    s.leaning = "act"
    s.sure = {"sure_of_best": True, "know_benefits_risks": True, "clear_values": False, "enough_support": True}
    s.questions = ["q1"]
    s.own_questions = ["Can I drive home afterwards?"]
    s.clinician_notes = "Discussed for 20 minutes. SECRET-NOTE-123"
    for k, v in kw.items():
        setattr(s, k, v)
    return s


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINI)


@pytest.fixture(scope="module")
def docs(qapp, pack):
    """Every PDF the module needs, rendered once."""
    s = rich_session(pack)
    hostile = rich_session(pack, clinician_notes=HOSTILE + "\nsecond line",
                           own_questions=["Own question " + HOSTILE])
    return {
        "session": s,
        "patient": pdf_bytes(pack, s, opts()),
        "record": pdf_bytes(pack, s, opts(copy="record")),
        "large": pdf_bytes(pack, s, opts(large_print=True)),
        "grey": pdf_bytes(pack, s, opts(greyscale=True, page_size="a4")),
        "hostile": pdf_bytes(pack, hostile, opts(copy="record")),
    }


# ------------------------------------------------------------------------------------------ content
def test_session_answers_appear(docs, pack):
    text = " ".join(pages_text(docs["patient"]))
    for expected in ("Test decision", "Choose between option A and option B.", "November 21, 2026", "Zoë Müller",
                     "Dr. Ana Pérez", "Riverside Spine Clinic",
                     "You are leaning towards: Have the procedure.",     # leaning
                     "Fast relief", "Lowest risk",                        # top values
                     "You answered 1 of 1 questions correctly",           # knowledge check
                     "Your score: 3 of 4", "More help may help.",         # SURE + gentle low-score note
                     "How many have you done?", "Can I drive home afterwards?",   # chosen and own questions
                     "Talk to your doctor.",                              # next steps
                     "Chest pain: call an ambulance."):                   # warning signs
        assert norm(expected) in text, expected


def test_points_to_discuss_warnings_first(docs):
    text = " ".join(pages_text(docs["patient"]))
    assert "Important: Get help now. Tell your care team now." in text
    assert text.index("Tell your care team now.") < text.index("Ask about pain control.")


def test_outcome_numbers_from_pack(docs):
    """Every result in the word tables shows each group compared, the difference and the certainty."""
    text = " ".join(pages_text(docs["patient"]))
    assert "Fake procedure 20 in 100 had this; 80 did not" in text
    assert "Procedure 40 in 100 had this; 60 did not (range 30 to 50)" in text
    assert "20 more in 100 with procedure than with the fake procedure" in text
    assert "Wait 5 in 100 had this; 95 did not" in text and "Procedure 2 in 100 had this; 98 did not" in text
    assert "Difference between the groups: 0.6 (0 to 10 pain scale), range 0.2 to 1.1" in text
    assert "Above 0 means less pain with act." in text
    assert "Low certainty" in text and "Moderate certainty" in text
    assert "A figure in this result is not yet verified." in text


def test_references_markers_and_funding(docs, pack):
    text = " ".join(pages_text(docs["patient"]))
    assert "Will it help my pain? [1]" in text              # marker in the comparison table
    assert "[1] Test A. A made-up trial. J Test 2020;1:1-2." in text
    assert "[2] Test B. A made-up series." in text
    assert "Funding: A device maker" in text and "Industry-funded" in text
    for s in pack.sources:
        assert f"[{pack.source_number(s.id)}]" in text


def test_version_dates_funding_disclaimer(docs):
    text = " ".join(pages_text(docs["patient"]))
    for expected in ("Content version 1.0.0", "Published January 1, 2026", "Next review due January 1, 2027",
                     "Funding None.", "Conflicts of interest None.", "Decision aid 9.8.7",
                     "This supports, and does not replace, the talk with your care team."):
        assert expected in text, expected


def test_every_page_numbered_and_marked_draft(docs):
    for key in ("patient", "record", "hostile"):
        pages = pages_text(docs[key])
        n = len(pages)
        for i, t in enumerate(pages, start=1):
            assert f"Page {i} of {n}" in t, (key, i)
            assert "DRAFT" in t, (key, i)
    n = page_count(docs["large"])
    first, last = some_pages_text(docs["large"], (0, n - 1))
    assert f"Page 1 of {n}" in first and f"Page {n} of {n}" in last and "DRAFT" in last


def test_comparison_table_options_in_pack_order(docs):
    text = " ".join(pages_text(docs["patient"]))
    i = text.index("Your options side by side")
    assert text.index("Wait", i) < text.index("Procedure", i)
    assert "Slowly." in text and "Maybe faster." in text


def test_clinician_notes_only_in_record_copy(docs):
    patient = " ".join(pages_text(docs["patient"]))
    record = " ".join(pages_text(docs["record"]))
    assert "SECRET-NOTE-123" not in patient and "Clinician notes" not in patient
    assert "SECRET-NOTE-123" in record and "Clinician notes" in record
    assert "Record copy" in record and "Patient copy" in patient


def test_patient_name_never_in_default_filename():
    assert default_filename(dt.date(2026, 3, 4)) == "decision-summary-2026-03-04.pdf"
    assert default_filename(dt.date(2026, 3, 4), "html") == "decision-summary-2026-03-04.html"


# ------------------------------------------------------------------------------------------ images, safety
def test_chart_images_embedded(docs):
    assert len(image_ids(docs["patient"])) >= 3


def test_hostile_text_prints_literally_and_loads_nothing(docs):
    text = " ".join(pages_text(docs["hostile"]))
    assert norm(HOSTILE) in text                              # printed as typed
    assert "Own question " + norm(HOSTILE) in text
    assert "second line" in text
    assert len(image_ids(docs["hostile"])) == len(image_ids(docs["record"]))   # only our charts


def test_hostile_text_escaped_in_html(qapp, pack):
    s = rich_session(pack, clinician_notes=HOSTILE, own_questions=[HOSTILE])
    for export in (False, True):
        h = build_html(pack, s, opts(copy="record"), for_export=export)
        assert '<img src="/some' not in h and "<a href=x>" not in h
        assert "&lt;img src=&quot;/some/local/image.png&quot;&gt; &lt;b&gt;x&lt;/b&gt; &amp; &lt;a href=x&gt;" in h


def test_document_refuses_resources_it_did_not_add(qapp, pack):
    doc = build_document(pack, rich_session(pack, clinician_notes=HOSTILE), opts(copy="record"))
    assert doc.refused == []                                  # escaped text names no resource at all
    doc.setHtml('<p><img src="/etc/hosts"><img src="file:///etc/passwd"></p>')
    doc.size()                                                # force layout, which asks for the images
    assert "/etc/hosts" in " ".join(doc.refused)


def test_long_text_wraps_and_flows(qapp, pack, docs):
    note = ("word " * 2000) + "\n" + "A" * 5000               # 10,000 characters, then one 5,000-char "word"
    s = rich_session(pack, clinician_notes=note)
    data = pdf_bytes(pack, s, opts(copy="record"))
    n = page_count(data)
    assert n > page_count(docs["record"])
    text = " ".join(some_pages_text(data, range(min(n, 9))))   # the notes come early (personal part first)
    assert text.count("word") >= 2000 and text.count("A") >= 5000
    doc = build_document(pack, s, opts(copy="record"))
    assert doc.size().width() <= doc.textWidth() + 1          # nothing runs past the right margin


def test_any_unicode_prints_or_degrades(qapp, pack):
    s = rich_session(pack, patient_name="Zoë 张伟 محمد 😀 \ud800 \x07bell",
                     own_questions=["Émilie asks: 你好吗? مرحبا 👍🏽"], clinician_notes="naïve café ✓\u202e")
    data = pdf_bytes(pack, s, opts(copy="record"))
    text = " ".join(some_pages_text(data, range(min(3, page_count(data)))))
    assert "Zoë" in text and "naïve café" in text
    build_html(pack, s, opts(copy="record"), for_export=True)


# ------------------------------------------------------------------------------------------ files and failures
def test_write_pdf_and_html_atomically(qapp, pack, tmp_path):
    s = rich_session(pack)
    pdf = tmp_path / default_filename(TODAY)
    write_pdf(pack, s, pdf, opts())
    assert pdf.read_bytes().startswith(b"%PDF")
    html_path = tmp_path / default_filename(TODAY, "html")
    write_html(pack, s, html_path, opts())
    assert html_path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([pdf.name, html_path.name])   # no temp files


def test_unwritable_targets_raise_and_leave_nothing(qapp, pack, tmp_path):
    s = rich_session(pack)
    before = s.to_dict()
    missing = tmp_path / "no-such-folder" / "summary.pdf"
    with pytest.raises(ReportError) as e:
        write_pdf(pack, s, missing, opts())
    assert "\n" not in str(e.value)
    assert not missing.parent.exists()
    folder = tmp_path / "is-a-folder.pdf"
    folder.mkdir()
    with pytest.raises(ReportError):
        write_pdf(pack, s, folder, opts())
    with pytest.raises(ReportError):
        write_html(pack, s, folder, opts())
    assert list(tmp_path.iterdir()) == [folder] and list(folder.iterdir()) == []
    assert s.to_dict() == before


def test_render_failure_raises_and_leaves_nothing(qapp, pack, tmp_path, monkeypatch):
    from decisionaid.report import render

    def boom(*a, **k):
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr(render, "paginate", boom)
    s = rich_session(pack)
    before = s.to_dict()
    target = tmp_path / "summary.pdf"
    with pytest.raises(ReportError) as e:
        write_pdf(pack, s, target, opts())
    assert "\n" not in str(e.value)
    assert list(tmp_path.iterdir()) == []
    assert s.to_dict() == before


def test_disk_full_is_reported_plainly(qapp, pack, tmp_path, monkeypatch):
    import errno

    import decisionaid.session as session_mod

    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(session_mod, "atomic_write", full)
    with pytest.raises(ReportError, match="disk is full"):
        write_pdf(pack, rich_session(pack), tmp_path / "x.pdf", opts())


def test_progress_is_reported(qapp, pack):
    seen = []
    pdf_bytes(pack, rich_session(pack), opts(), progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen) and len(seen) >= 4


# ------------------------------------------------------------------------------------------ print options
def test_large_print_body_at_least_14pt_and_more_pages(docs):
    from decisionaid.report.content import style_for
    big = style_for(opts(large_print=True))
    assert min(big.body_pt, big.table_pt, big.small_pt) >= 14
    assert 10.5 <= style_for(opts()).body_pt <= 11.5
    assert page_count(docs["large"]) > page_count(docs["patient"])

    def body_size(data: bytes) -> float:
        sizes: Counter = Counter()

        def visit(text, cm, tm, font, size):
            if text.strip():
                sizes[round(abs(size * (tm[3] or 1) * cm[3]), 1)] += len(text.strip())

        for page in PdfReader(io.BytesIO(data)).pages[:3]:
            page.extract_text(visitor_text=visit)
        return sizes.most_common(1)[0][0]

    assert body_size(docs["large"]) >= 14
    assert 10 <= body_size(docs["patient"]) <= 12


def _pdf_images(data: bytes) -> dict:
    """Image XObjects by object number: (width, height, colour space, decoded samples)."""
    out = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        res = page.get("/Resources")
        xobj = res.get_object().get("/XObject") if res is not None else None
        for ref in (xobj.get_object().values() if xobj is not None else []):
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                out[ref.idnum] = (int(obj["/Width"]), int(obj["/Height"]), str(obj["/ColorSpace"]), obj.get_data())
    return out


@pytest.mark.parametrize("which, grey", [("patient", False), ("grey", True)])
def test_pdf_charts_are_the_print_pictures_pixel_for_pixel(docs, pack, which, grey):
    """The PDF path passes the charts' own PNG data through; what a reader decodes is exactly the picture."""
    from PIL import Image

    from decisionaid import charts
    from decisionaid.report.render import pdf_chart_settings
    o = opts(greyscale=grey, page_size="a4") if grey else opts()
    settings = pdf_chart_settings(o)
    expected = {}
    for cid in charts.CHARTS:
        im = Image.open(io.BytesIO(charts.render_png(cid, pack, docs["session"], settings)))
        assert im.mode == ("L" if grey else "RGB")
        expected[im.size] = im.tobytes()
    found = _pdf_images(docs[which])
    assert len(found) == len(charts.CHARTS)                 # no stand-in left in the file
    for w, h, space, samples in found.values():
        assert space == ("/DeviceGray" if grey else "/DeviceRGB")
        assert samples == expected[(w, h)]


def test_pdf_falls_back_to_painting_pictures(qapp, pack, docs, monkeypatch):
    """If the stand-ins cannot be replaced, the export paints the real pictures: never a PDF with blanks."""
    from decisionaid.report import render
    monkeypatch.setattr(render, "picture_objects", lambda *a: None)
    data = pdf_bytes(pack, docs["session"], opts())
    sizes = sorted((w, h) for w, h, _, _ in _pdf_images(data).values())
    assert sizes == sorted((w, h) for w, h, _, _ in _pdf_images(docs["patient"]).values())
    assert page_count(data) == page_count(docs["patient"])


@pytest.mark.parametrize("o", [opts(), opts(page_size="a4", greyscale=True), opts(large_print=True)])
def test_prepared_pictures_are_the_ones_an_export_uses(qapp, pack, monkeypatch, o):
    """prepare_charts draws exactly what the export will ask for: afterwards an export draws nothing."""
    from decisionaid import charts
    from decisionaid.report import prepare_charts
    charts.clear_cache()
    prepare_charts(pack, [o, o]).join(60)

    def no_drawing(*a):
        raise AssertionError("the export drew a chart that should have been prepared")
    monkeypatch.setattr(charts, "_draw_print", no_drawing)
    data = pdf_bytes(pack, rich_session(pack), o)
    assert len(_pdf_images(data)) == len(charts.CHARTS)


def test_kept_layouts_follow_every_change(qapp, pack):
    """Text blocks laid out for one export are reused by the next only where the text is the same: a changed
    note prints as changed, and the pages match an export laid out from scratch."""
    from decisionaid.report import render
    s = rich_session(pack, clinician_notes="First note about walking.")
    pdf_bytes(pack, s, opts(copy="record"))
    kept = len(render._LAYOUT_CACHE)
    assert kept > 20
    s.clinician_notes = "Second note about sleeping."
    warm = pdf_bytes(pack, s, opts(copy="record"))
    text = " ".join(pages_text(warm))
    assert "Second note about sleeping." in text and "First note" not in text
    render.clear_layout_cache()
    cold = pdf_bytes(pack, s, opts(copy="record"))
    assert pages_text(cold) == pages_text(warm)


def test_incremental_updates_are_well_formed(docs):
    """Subject and the chart pictures are added in one incremental update; a strict reader sees one document."""
    from decisionaid.report.render import append_objects
    data = docs["patient"]
    assert data.count(b"%%EOF") == 2                         # Qt's file, then the one update
    reader = PdfReader(io.BytesIO(data), strict=True)
    assert reader.metadata.subject and len(reader.pages) == page_count(data)
    assert append_objects(b"not a pdf", {1: (0, b"<<>>")}) is None


def test_greyscale_images_are_grey(docs):
    reader = PdfReader(io.BytesIO(docs["grey"]))
    spaces = set()
    for page in reader.pages:
        xobj = page["/Resources"].get_object().get("/XObject") or {}
        for ref in xobj.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                spaces.add(str(obj.get("/ColorSpace")))
    assert spaces == {"/DeviceGray"}
    assert abs(float(reader.pages[0].mediabox.width) - 595) < 2      # A4


def test_pdf_metadata(docs):
    md = PdfReader(io.BytesIO(docs["patient"])).metadata
    assert md.title == "Decision summary: Test decision"
    assert md.author == "Riverside Spine Clinic"
    assert md.subject == "Choose between option A and option B."
    assert md.creator == "Decision aid 9.8.7"


def test_print_document_to_printer(qapp, pack, tmp_path, monkeypatch):
    """Printing paints the real pictures, and finds the ones prepared for a PDF of the same paper."""
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from decisionaid import charts
    from decisionaid.report import prepare_charts
    charts.clear_cache()
    prepare_charts(pack, [opts()]).join(60)
    monkeypatch.setattr(charts, "_draw_print", lambda *a: 1 / 0)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    print_document(printer, pack, rich_session(pack), opts())
    data = out.read_bytes()
    assert f"Page 1 of {page_count(data)}" in some_pages_text(data, [0])[0]
    assert len(image_ids(data)) == len(charts.CHARTS)


# ------------------------------------------------------------------------------------------ layout
def test_headings_never_end_a_page(docs):
    # (headings followed directly by a chart are covered by the paginator test: a chart has no text layer)
    headings = ["Points to discuss", "Your options", "Where you are leaning", "What matters most to you",
                "Questions to ask your care team", "Next steps", "What you know", "Clinician notes",
                "About your situation", "Your options side by side", "Benefits and harms in numbers",
                "Warning signs after a procedure", "References",
                "About this information", "How sure you feel (the SURE test)"]
    for key in ("patient", "record", "hostile"):
        for t in pages_text(docs[key]):
            for h in headings:
                assert not t.endswith(h), (key, h)


def test_paginator_keeps_heading_with_table_and_never_splits_a_table(qapp):
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    from decisionaid.report import content as C
    from decisionaid.report.render import DocFactory, measure, paginate

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    dev = QPdfWriter(buf)
    factory = DocFactory(opts(), {}, dev, dev.width())
    filler = [C.para("filler line " * 40) for _ in range(9)]
    head = C.heading(2, "A heading", 12)
    table = C.grid_table(["A", "B"], [[f"row {i}", "cell"] for i in range(12)])
    items = [measure(b, factory) for b in filler + [head, table]]
    page_h = items[0].height * 10.5
    pages = paginate(items, page_h, dev.logicalDpiY() / 72)
    where = {id(p.doc): n for n, page in enumerate(pages) for p in page}
    assert where[id(items[-2].doc)] == where[id(items[-1].doc)]          # heading moved with its table
    assert sum(1 for page in pages for p in page if p.doc is items[-1].doc) == 1   # table in one piece
    for page in pages:
        assert sum(p.y1 - p.y0 for p in page) <= page_h + 1


def test_html_export_is_semantic(qapp, pack, tmp_path):
    from decisionaid.charts import CHARTS, chart_description
    s = rich_session(pack, clinician_notes=HOSTILE)
    path = tmp_path / "summary.html"
    write_html(pack, s, path, opts(copy="record"))
    h = path.read_text(encoding="utf-8")
    assert h.count("<h1>") == 1 and h.count("<h2>") >= 8
    assert '<th scope="col"' in h and '<th scope="row"' in h
    assert '<html lang="en">' in h
    imgs = re.findall(r'<img src="data:image/png;base64,[A-Za-z0-9+/=]+" [^>]*alt="([^"]+)"', h)
    assert len(imgs) == len(CHARTS)
    import html as html_mod
    assert html_mod.unescape(imgs[0]) == chart_description(CHARTS[0], pack, s)
    assert "&lt;img src=&quot;/some/local/image.png&quot;&gt;" in h


# ------------------------------------------------------------------------------------------ real pack
def test_real_pack_summary(qapp, monkeypatch):
    """The layout with the real content pack. Its charts are drawn by decisionaid.charts (tested there and
    slow for a pack this size), so here they are small stand-in pictures."""
    real = load_pack(REAL)
    import numpy as np

    import decisionaid.charts as charts
    from decisionaid.charts._print import picture_from_rgba

    def small_picture(chart_id, pack, session=None, settings=None):
        rgba = np.full((300, 700, 4), 255, dtype=np.uint8)
        rgba[0, charts.CHARTS.index(chart_id), :3] = 0          # a different picture per chart
        return picture_from_rgba(rgba, 300, False)

    monkeypatch.setattr(charts, "render_print", small_picture)
    s = Session.for_pack(real, today=TODAY)
    s.leaning = real.options[0].id
    s.values = {v.id: 4 for v in real.values[:2]}
    data = pdf_bytes(real, s, opts())
    n = page_count(data)
    first, last = some_pages_text(data, (0, n - 1))
    assert f"Page 1 of {n}" in first and f"Page {n} of {n}" in last
    assert real.metadata.title in first or norm(real.metadata.title) in first
    assert len(image_ids(data)) >= 3
    text = norm(re.sub(r"<[^>]+>", " ", build_html(real, s, opts())))
    assert "Fake procedure 21 in 100 had this; 79 did not" in text
    assert "Vertebroplasty 44 in 100 had this; 56 did not" in text
    assert real.metadata.version in text
    for src in real.sources:
        assert f"[{real.source_number(src.id)}]" in text


def test_paginator_breaks_a_row_taller_than_a_page(qapp):
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    from decisionaid.report import content as C
    from decisionaid.report.render import DocFactory, measure, paginate

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    dev = QPdfWriter(buf)
    factory = DocFactory(opts(), {}, dev, dev.width())
    table = C.grid_table(["A", "B"], [["r0", "x"], ["big", "long text " * 1500], ["r2", "y"]])
    items = [measure(C.para("intro"), factory), measure(table, factory)]
    page_h = dev.height() * 0.8
    pages = paginate(items, page_h, dev.logicalDpiY() / 72)
    assert len(pages) >= 3
    for page in pages:
        assert sum(p.y1 - p.y0 for p in page) <= page_h + 1
