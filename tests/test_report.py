"""Take-home summary: the data (report/content.py), the PDF set by typst (tagged PDF/UA-1), page pictures,
printing on a QPrinter and the accessible HTML export."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import functools
import io
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from decisionaid.content import load_pack
from decisionaid.report import (ReportError, ReportOptions, build_html, default_filename, page_images, pdf_bytes,
                                print_document, summary_data, write_html, write_pdf)
from decisionaid.session import Session

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "packs" / "mini.en.toml"
REAL = ROOT / "resources" / "content" / "vcf-augmentation.en.toml"
REAL_ES = ROOT / "resources" / "content" / "vcf-augmentation.es.toml"
EXAMPLE = ROOT / "docs" / "examples" / "session.json"
TODAY = dt.date(2026, 11, 21)
HOSTILE = '<img src="/some/local/image.png"> <b>x</b> & <a href=x>'
# the typesetting language's own syntax, and what it would do if it were read as markup
TYPST_HOSTILE = ['#read("/etc/passwd")', "$x$", "]", "<script>alert(1)</script>", "back\\slash",
                 "#set page(width: 1pt)", "*bold*", "@ref", '#include "x"', '<img src="file:///etc/passwd">',
                 "#{1+1}", "= not a heading", "`raw`", "#sys.inputs"]
LIGATURES = re.compile("[\ufb00-\ufb06]")


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


@functools.lru_cache(maxsize=64)
def pages_text(data: bytes) -> list[str]:
    return [norm(p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages]


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def pdftotext(data: bytes, layout: bool = False) -> str:
    """poppler's text layer, in reading order; pages separated by form feeds."""
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + ["-", "-"]
    return subprocess.run(args, input=data, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True,
                          timeout=60).stdout.decode("utf-8")


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
def real():
    return load_pack(REAL)


@pytest.fixture(scope="module")
def example(real):
    return Session.load(EXAMPLE)


@pytest.fixture(scope="module")
def docs(pack):
    """Every mini-pack PDF the module needs, made once."""
    s = rich_session(pack)
    hostile = rich_session(pack, clinician_notes=HOSTILE + "\nsecond line",
                           own_questions=["Own question " + HOSTILE] + TYPST_HOSTILE)
    return {
        "session": s,
        "patient": pdf_bytes(pack, s, opts()),
        "full": pdf_bytes(pack, s, opts(full_evidence=True)),
        "record": pdf_bytes(pack, s, opts(copy="record")),
        "large": pdf_bytes(pack, s, opts(large_print=True, full_evidence=True)),
        "grey": pdf_bytes(pack, s, opts(greyscale=True, page_size="a4")),
        "hostile": pdf_bytes(pack, hostile, opts(copy="record")),
    }


@pytest.fixture(scope="module")
def real_docs(qapp, real, example):
    """The real pack with the example session: every variant the issue names."""
    from decisionaid.ui.i18n import install_language
    es = load_pack(REAL_ES)
    out = {
        "patient": pdf_bytes(real, example, opts()),
        "patient_a4": pdf_bytes(real, example, opts(page_size="a4")),
        "record": pdf_bytes(real, example, opts(copy="record")),
        "large": pdf_bytes(real, example, opts(large_print=True)),
    }
    install_language(qapp, "es")
    try:
        out["es"] = pdf_bytes(es, example, opts())
        out["es_a4"] = pdf_bytes(es, example, opts(page_size="a4"))
        out["es_record"] = pdf_bytes(es, example, opts(copy="record"))
    finally:
        install_language(qapp, "en")
    return out


# ------------------------------------------------------------------------------------------ content
def test_session_answers_appear(docs):
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
    assert text.index("Tell your care team now.") < text.index("Talk to your doctor.")


def test_full_evidence_is_off_for_the_patient_copy_and_on_for_the_record_copy(docs):
    assert ReportOptions().evidence is False and ReportOptions(copy="record").evidence is True
    assert ReportOptions(full_evidence=True).evidence is True
    assert ReportOptions(copy="record", full_evidence=False).evidence is False
    patient = " ".join(pages_text(docs["patient"]))
    assert "The full evidence" not in patient and "References" not in patient
    assert "ask for the summary with the full evidence" in patient      # says where the rest is
    for key in ("full", "record"):
        pages = pages_text(docs[key])
        starts = [i for i, t in enumerate(pages) if "The full evidence" in t]
        assert starts, key
        first = starts[0]
        assert first > 0 and "About this summary" in pages[first - 1]      # a new page, after the core
        assert "About this summary" not in pages[first]


def test_outcome_numbers_from_pack(docs):
    """Every result in the full evidence shows each group compared, the difference and the certainty."""
    text = " ".join(pages_text(docs["full"]))
    assert "Fake procedure: 20 in 100 had this; 80 did not" in text
    assert "Procedure: 40 in 100 had this; 60 did not (range 30 to 50)" in text
    assert "20 more in 100 with procedure than with the fake procedure" in text
    assert "Wait: 5 in 100 had this; 95 did not" in text and "Procedure: 2 in 100 had this; 98 did not" in text
    assert "Difference between the groups: 0.6 (0 to 10 pain scale), range 0.2 to 1.1" in text
    assert "Above 0 means less pain with act." in text
    assert "Low certainty" in text and "Moderate certainty" in text
    assert "A figure in this result is not yet verified." in text


def test_references_markers_and_funding(docs, pack):
    text = " ".join(pages_text(docs["full"]))
    assert "Will it help my pain? [1]" in text              # marker in the comparison table
    assert "[1] Test A. A made-up trial. J Test 2020;1:1-2." in text
    assert "[2] Test B. A made-up series." in text
    assert "Funding: A device maker" in text
    assert re.search(r"Industry-? ?funded \(funded or written by a device maker\)", text)
    for s in pack.sources:
        assert f"[{pack.source_number(s.id)}]" in text


def test_version_dates_funding_disclaimer(docs):
    core = " ".join(pages_text(docs["patient"]))
    assert "Content version 1.0.0, published January 1, 2026." in core
    text = " ".join(pages_text(docs["full"]))
    for expected in ("Content version: 1.0.0", "Published: January 1, 2026", "Next review due: January 1, 2027",
                     "Funding: None.", "Conflicts of interest: None.", "Decision aid 9.8.7",
                     "This supports, and does not replace, the talk with your care team."):
        assert expected in text, expected


def test_every_page_numbered_and_marked_draft(docs):
    for key in ("patient", "record", "hostile", "large"):
        pages = pages_text(docs[key])
        n = len(pages)
        for i, t in enumerate(pages, start=1):
            assert f"Page {i} of {n}" in t, (key, i)
            assert "DRAFT" in t, (key, i)


def test_comparison_table_options_in_pack_order(docs):
    text = " ".join(pages_text(docs["full"]))
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


# ------------------------------------------------------------------------------------------ the real pack
def test_example_patient_copy_core_is_four_pages_at_12pt_or_more(real_docs):
    """The issue's target: the patient copy of the example session is at most 4 pages, A4 and Letter, and
    every reading text is 12 pt or more (only the running header and footer are smaller)."""
    for key in ("patient", "patient_a4", "es"):
        assert page_count(real_docs[key]) <= 4, key
        sizes = text_sizes(real_docs[key])
        assert min(x[0] for x in sizes if not chrome(x)) >= 11.9, key
    reader = PdfReader(io.BytesIO(real_docs["patient_a4"]))
    assert abs(float(reader.pages[0].mediabox.width) - 595) < 2           # A4
    reader = PdfReader(io.BytesIO(real_docs["patient"]))
    assert abs(float(reader.pages[0].mediabox.width) - 612) < 2           # Letter


def test_large_print_is_16pt_or_more(real_docs, docs):
    for data in (real_docs["large"], docs["large"]):
        sizes = text_sizes(data)
        assert min(x[0] for x in sizes if not chrome(x)) >= 15.9
        assert min(x[0] for x in sizes) >= 11.9                          # header and footer too


def chrome(item) -> bool:
    """Running header and footer text: in the top or bottom margin (smaller than reading text, artifacts)."""
    return item[2]


def text_sizes(data: bytes) -> list[tuple[float, str, bool]]:
    """(effective font size in points, text, in the header or footer band) of every piece of text drawn."""
    out = []
    for page in PdfReader(io.BytesIO(data)).pages:
        height = float(page.mediabox.height)

        def visit(text, cm, tm, font, size, out=out, height=height):
            if text.strip():
                a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                band = y > height - 1.55 * 72 / 2.54 or y < 1.45 * 72 / 2.54
                out.append((round(size * (a * a + b * b) ** 0.5, 2), text, band))
        page.extract_text(visitor_text=visit)
    return out


def test_core_order_follows_the_issue(real_docs, real, example):
    """The decision and what the summary is; the short grid; the key comparisons; expert groups; what matters,
    the leaning and SURE; questions; next steps and warning signs; the hand-off code; version and sources."""
    from decisionaid.handoff import code_for
    text = norm(pdftotext(real_docs["patient"]))
    order = [real.metadata.title, real.metadata.intended_use[:40], "Your options at a glance", "Pain relief",
             "Key results from research", "Mild pain or less at 2 weeks", "What expert groups say",
             "What matters most to you", "Where you are leaning", "How sure you feel (the SURE test)",
             "Questions to ask your care team", "Next steps and warning signs", "Warning signs after a procedure",
             "About this summary", "Hand-off code", code_for(real, example), "Content version 0.1.0, published"]
    where = [text.find(norm(x)) for x in order]
    assert all(w >= 0 for w in where), [o for o, w in zip(order, where) if w < 0]
    assert where == sorted(where), order


def test_short_grid_key_comparisons_and_expert_lines_come_from_the_pack(real):
    """The pack fields decide: in_short_grid rows (conservative care first), key = true rows, guidance short."""
    from decisionaid.present.evidence import rows
    from decisionaid.present.guidance import guidance
    d = summary_data(real, Session.for_pack(real, today=TODAY), opts())
    blocks = d["blocks"]
    grid = next(b for b in blocks if b["t"] == "table")
    assert grid["head"][1:] == [o.short_name for o in real.options]
    assert grid["head"][1] == "Conservative care"
    assert [r[0][0][0] for r in grid["rows"]] == [c.short_question for c in real.comparison if c.in_short_grid]
    assert len(grid["rows"]) <= 6
    for r in grid["rows"]:
        for cell in r[1:]:
            assert len(" ".join(x[0] for x in cell).split()) <= 15
    def flat(bs):
        for b in bs:
            yield b
            yield from flat(b.get("blocks", []))
    items = [c for b in flat(blocks) if b["t"] == "pairs" for c in b["items"]]
    assert [c["alt"] for c in items] == [r.alt for r in rows(real, key_only=True)]
    for c in items:
        assert len(c["arms"]) == 2 and c["certainty"].endswith("]")
        for a in c["arms"]:
            assert a["cols"] * a["rows"] == 100 and 0 <= a["had"] <= 100
    lines = next(b for b in blocks if b["t"] == "list")
    assert [x[0][0] for x in lines["items"]] == [g.line for g in guidance(real)]


def test_every_result_stays_on_one_page(real_docs, real):
    """No chart or table row is split across pages: each result's groups, difference and certainty are on
    the page that names it (record copy: every result), and each key comparison's groups with its pictures."""
    from decisionaid.present.evidence import evidence
    pages = [norm(p) for p in pdftotext(real_docs["record"]).split("\f")]
    for q in evidence(real):
        for r in q.rows:
            phrases = [norm(a.frames if a.reported else a.figure) for a in r.arms] + [norm(r.certainty)]
            if r.difference is not None:
                phrases.append(norm(r.difference.text))
            assert any(all(p in page for p in phrases) for page in pages), r.id


def test_pdf_is_tagged_pdf_ua_with_language_title_outline_and_figure_alternatives(real_docs, real):
    import pikepdf
    from decisionaid.present.evidence import rows
    for key, lang in (("patient", "en"), ("record", "en"), ("large", "en"), ("es", "es"), ("es_record", "es")):
        with pikepdf.open(io.BytesIO(real_docs[key])) as pdf:
            root = pdf.Root
            assert str(root.Lang) == lang, key
            assert bool(root.MarkInfo.Marked) and "/StructTreeRoot" in root, key
            assert bool(root.ViewerPreferences.DisplayDocTitle), key
            assert "/Outlines" in root and int(root.Outlines.Count) != 0, key
            assert b"pdfuaid:part" in bytes(root.Metadata.read_bytes()), key
            kinds, alts = set(), []
            stack = [root.StructTreeRoot]
            while stack:
                node = stack.pop()
                if isinstance(node, pikepdf.Dictionary):
                    if "/S" in node:
                        kinds.add(str(node.S))
                        if str(node.S) == "/Figure" and "/Alt" in node:
                            alts.append(str(node.Alt))
                    if "/K" in node:
                        stack.append(node.K)
                elif isinstance(node, pikepdf.Array):
                    stack.extend(node)
            for tag in ("/H1", "/H2", "/L", "/LI", "/Table", "/TH", "/TD", "/Figure"):
                assert tag in kinds, (key, tag)
            if lang == "en":
                for r in rows(real, key_only=True):
                    assert r.alt in alts, (key, r.id)


def _pdfua():
    exe = Path(sys.executable).with_name("pdfua")
    return str(exe) if exe.exists() else shutil.which("pdfua")


@pytest.mark.skipif(_pdfua() is None, reason="pdfua (test extra) is not installed")
def test_pdfua_check_passes_every_variant(real_docs, docs, tmp_path):
    for key, data in list(real_docs.items()) + [("mini-hostile", docs["hostile"]), ("mini-grey", docs["grey"])]:
        path = tmp_path / f"{key}.pdf"
        path.write_bytes(data)
        done = subprocess.run([_pdfua(), "check", str(path)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=120)
        out = done.stdout.decode("utf-8", "replace")
        assert done.returncode == 0 and "errors=0 warnings=0" in out, (key, out)


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf (Debian package qpdf) is not installed")
def test_qpdf_check_passes_every_variant(real_docs, docs, tmp_path):
    for key, data in list(real_docs.items()) + [("mini-hostile", docs["hostile"])]:
        path = tmp_path / f"{key}.pdf"
        path.write_bytes(data)
        done = subprocess.run(["qpdf", "--check", str(path)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=120)
        assert done.returncode == 0, (key, done.stdout.decode("utf-8", "replace")[-500:])


def test_text_extracts_in_reading_order_without_repeats_or_ligatures(real_docs):
    """pdftotext reads the pages in order; no body line is printed twice at a page break (the running header
    and footer are the only lines on every page); words are real letters, never ligature characters."""
    for key, data in real_docs.items():
        text = pdftotext(data)
        assert not LIGATURES.search(text), key
        assert "figure" in text.lower() or "fi" in text, key
        pages = [[ln.strip() for ln in p.splitlines() if ln.strip()] for p in text.split("\f") if p.strip()]
        on_every = set(pages[0]).intersection(*map(set, pages[1:])) if len(pages) > 1 else set()

        def body(lines):
            return [ln for ln in lines if ln not in on_every and not re.search(r"\d+ (of|de) \d+$", ln)]
        for a, b in zip(pages, pages[1:]):
            tail, head = body(a)[-3:], body(b)[:3]
            assert not set(tail) & set(head), (key, set(tail) & set(head))
        numbers = [int(m) for m in re.findall(r"(?:Page|Página) (\d+) (?:of|de) \d+", text)]
        assert numbers == list(range(1, len(pages) + 1)), key


def test_fonts_are_the_apps_own_and_embedded(real_docs, docs):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    for data in (real_docs["patient"], docs["hostile"]):
        out = subprocess.run(["pdffonts", "-"], input=data, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             timeout=60).stdout.decode()
        rows = out.splitlines()[2:]
        assert rows and all("DejaVu" in r or "Libertinus" in r or "NewCM" in r for r in rows), out
        assert all(" yes " in r for r in rows), out             # embedded


def test_example_patient_copy_is_small(real_docs):
    assert len(real_docs["patient"]) <= 600_000
    assert len(real_docs["large"]) <= 600_000


# ------------------------------------------------------------------------------------------ safety
def test_hostile_text_prints_literally_and_loads_nothing(docs):
    text = norm(pdftotext(docs["hostile"]))
    assert norm(HOSTILE) in text                              # printed as typed
    assert "Own question " + norm(HOSTILE) in text
    assert "second line" in text
    for h in TYPST_HOSTILE:
        assert norm(h) in text, h
    assert "root:" not in text                                # /etc/passwd was not read
    reader = PdfReader(io.BytesIO(docs["hostile"]))
    assert abs(float(reader.pages[0].mediabox.width) - 612) < 2


def test_data_reaches_typst_only_as_json(pack):
    """The template gets the whole summary as one JSON string in sys.inputs: nothing typed is pasted into markup."""
    from decisionaid.report.render import payload, printable
    d = summary_data(pack, rich_session(pack, own_questions=TYPST_HOSTILE), opts())
    inputs = payload(d)
    assert list(inputs) == ["data"] and json.loads(inputs["data"]) == printable(d)
    assert TYPST_HOSTILE[0] in inputs["data"].replace("\\", "")
    template = (ROOT / "resources" / "report" / "summary.typ").read_text(encoding="utf-8")
    code = "\n".join(ln.split("//")[0] for ln in template.splitlines())
    for word in ("eval(", "read(", "include", "import", "image("):
        assert word not in code, word
    assert "json(bytes(sys.inputs.data))" in template


def test_bidi_overrides_nul_and_lone_surrogates_are_neutralised(pack):
    s = rich_session(pack, patient_name="\u202eJane Doe\u202c", clinician="Dr.\x00 Who",
                     own_questions=["bad \ud800 surrogate", "rtl \u2067mark\u2069"],
                     clinician_notes="naïve café ✓\u202e")
    data = pdf_bytes(pack, s, opts(copy="record"))
    text = pdftotext(data)
    assert "Jane Doe" in text and "eoD enaJ" not in text and "\u202e" not in text
    assert "naïve café" in text
    assert "bad ? surrogate" in text and "rtl mark" in text
    assert "Dr.\ufffd Who" in text


def test_any_unicode_prints_or_degrades(qapp, pack):
    s = rich_session(pack, patient_name="Zoë 张伟 محمد 😀 \ud800 \x07bell",
                     own_questions=["Émilie asks: 你好吗? مرحبا 👍🏽"], clinician_notes="naïve café ✓")
    data = pdf_bytes(pack, s, opts(copy="record"))
    assert "Zoë" in pdftotext(data)
    build_html(pack, s, opts(copy="record"))


def test_long_text_flows_over_pages(pack, docs):
    note = ("word " * 2000) + "\n" + "A" * 5000               # 10,000 characters, then one 5,000-char "word"
    s = rich_session(pack, clinician_notes=note, own_questions=["why " * 3000])
    data = pdf_bytes(pack, s, opts(copy="record"))
    assert page_count(data) > page_count(docs["record"])
    text = pdftotext(data)
    assert text.count("word") >= 2000 and text.count("A") >= 5000 and text.count("why") >= 3000


def test_export_writes_no_temporary_file(pack, tmp_path, monkeypatch):
    """The data goes to typst in memory: nothing is written to the temporary folder or the working folder."""
    tmp = tmp_path / "tmp"
    work = tmp_path / "work"
    tmp.mkdir()
    work.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.chdir(work)
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    s = rich_session(pack, clinician_notes="SENTINEL-TEMP-42")
    assert b"%PDF" in pdf_bytes(pack, s, opts(copy="record"))
    page_images(pack, s, opts(copy="record"), ppi=20)
    assert list(tmp.iterdir()) == [] and list(work.iterdir()) == []


# ------------------------------------------------------------------------------------------ files and failures
def test_write_pdf_and_html_atomically(pack, tmp_path):
    s = rich_session(pack)
    pdf = tmp_path / default_filename(TODAY)
    write_pdf(pack, s, pdf, opts())
    assert pdf.read_bytes().startswith(b"%PDF")
    assert (pdf.stat().st_mode & 0o777) == 0o600
    html_path = tmp_path / default_filename(TODAY, "html")
    write_html(pack, s, html_path, opts())
    assert html_path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([pdf.name, html_path.name])   # no temp files


def test_unwritable_targets_raise_and_leave_nothing(pack, tmp_path):
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


@pytest.mark.parametrize("where", ["builder", "typst"])
def test_render_failure_raises_and_leaves_nothing(pack, tmp_path, monkeypatch, where):
    from decisionaid.report import content, render

    def boom(*a, **k):
        raise RuntimeError("renderer exploded")

    if where == "builder":
        monkeypatch.setattr(content.Builder, "grid_part", boom)
    else:
        monkeypatch.setattr(render, "TEMPLATE", "no-such-template.typ")
        monkeypatch.setattr(render, "_COMPILER", [])
    s = rich_session(pack)
    before = s.to_dict()
    target = tmp_path / "summary.pdf"
    with pytest.raises(ReportError) as e:
        write_pdf(pack, s, target, opts())
    assert "\n" not in str(e.value)
    assert list(tmp_path.iterdir()) == []
    assert s.to_dict() == before


def test_a_typst_message_is_logged_without_the_text_it_quotes():
    from decisionaid.report.render import _without_text
    said = _without_text('PDF/UA-1 error: the text "SECRET Jane" could not be displayed with font `"DejaVu Sans"`')
    assert "SECRET" not in said and "PDF/UA-1 error" in said


def test_a_template_error_is_one_plain_line(pack, monkeypatch):
    from decisionaid.report import render
    monkeypatch.setattr(render, "_COMPILER", [])
    d = summary_data(pack, rich_session(pack), opts())
    d["blocks"] = [{"t": "table", "head": ["a"], "rows": [[7]], "widths": [1], "row_head": False}]   # not runs
    with pytest.raises(ReportError, match="could not be laid out"):
        render.compile_data(d)


def test_disk_full_is_reported_plainly(pack, tmp_path, monkeypatch):
    import errno

    import decisionaid.session as session_mod

    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(session_mod, "atomic_write", full)
    with pytest.raises(ReportError, match="disk is full"):
        write_pdf(pack, rich_session(pack), tmp_path / "x.pdf", opts())


def test_progress_is_reported(pack):
    seen = []
    pdf_bytes(pack, rich_session(pack), opts(), progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen) and len(seen) >= 3


def test_greyscale_draws_in_greys(pack, real, docs):
    d = summary_data(real, Session.for_pack(real, today=TODAY), opts(greyscale=True))
    pairs = [b for b in d["blocks"] if b["t"] == "pairs"]
    assert pairs
    for c in pairs[0]["items"]:
        for a in c["arms"]:
            r, g, b = (int(a["colour"][i:i + 2], 16) for i in (1, 3, 5))
            assert r == g == b, a["colour"]
    assert d["accent"] == "#000000"
    reader = PdfReader(io.BytesIO(docs["grey"]))
    assert abs(float(reader.pages[0].mediabox.width) - 595) < 2      # A4


def test_pdf_metadata(docs):
    md = PdfReader(io.BytesIO(docs["patient"])).metadata
    assert md.title == "Decision summary: Test decision"
    assert md.author == "Riverside Spine Clinic"
    assert md.subject == "Choose between option A and option B."


# ------------------------------------------------------------------------------------------ pages, printing
def test_page_pictures_are_the_pdfs_pages(pack, docs):
    from PIL import Image
    s = docs["session"]
    pics = page_images(pack, s, opts(), ppi=30)
    assert len(pics) == page_count(docs["patient"])
    im = Image.open(io.BytesIO(pics[0]))
    assert abs(im.width - 8.5 * 30) <= 1 and abs(im.height - 11 * 30) <= 1      # Letter, like the PDF


def test_print_document_paints_the_same_pages(qapp, pack, tmp_path, docs):
    """A printer without lp gets the PDF's own pages as pictures: same count, same paper."""
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    print_document(printer, pack, docs["session"], opts())
    data = out.read_bytes()
    assert page_count(data) == page_count(docs["patient"])
    assert abs(float(PdfReader(io.BytesIO(data)).pages[0].mediabox.width) - 612) < 2


# ------------------------------------------------------------------------------------------ HTML
def test_hostile_text_escaped_in_html(pack):
    s = rich_session(pack, clinician_notes=HOSTILE, own_questions=[HOSTILE] + TYPST_HOSTILE)
    h = build_html(pack, s, opts(copy="record"))
    assert '<img src="/some' not in h and "<a href=x>" not in h and "<script>" not in h
    assert "&lt;img src=&quot;/some/local/image.png&quot;&gt; &lt;b&gt;x&lt;/b&gt; &amp; &lt;a href=x&gt;" in h


def test_html_export_is_semantic_and_says_what_the_pdf_says(real, example, tmp_path, real_docs):
    path = tmp_path / "summary.html"
    write_html(real, example, path, opts(copy="record"))
    h = path.read_text(encoding="utf-8")
    assert h.count("<h1>") == 2 and h.count("<h2>") >= 8          # the summary and the full evidence
    assert '<th scope="col"' in h and '<th scope="row"' in h and '<html lang="en">' in h
    from decisionaid.present.evidence import rows
    import html as html_mod
    for r in rows(real, key_only=True):
        assert f'aria-label="{html_mod.escape(r.alt, quote=True)}"' in h
    pdf = norm(pdftotext(real_docs["record"]))
    plain = norm(html_mod.unescape(re.sub(r"<[^>]+>", " ", h)))
    for phrase in ("Your options at a glance", "Key results from research", "The full evidence",
                   "Fake procedure: 21 in 100 had this; 79 did not", "References"):
        assert phrase in plain and phrase in pdf, phrase


def _word_boxes(data: bytes):
    """Per page, (x0, x1, y0, y1, word) of every word (poppler's -bbox-layout)."""
    import xml.etree.ElementTree as ET
    out = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", "-", "-"], input=data,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True, timeout=60).stdout
    ns = "{http://www.w3.org/1999/xhtml}"
    root = ET.fromstring(out)
    boxes = []
    for page in root.iter(ns + "page"):
        words = [(float(w.get("xMin")), float(w.get("xMax")), float(w.get("yMin")), float(w.get("yMax")), w.text or "")
                 for w in page.iter(ns + "word")]
        boxes.append(words)
    return boxes


def test_no_word_runs_into_another(real_docs):
    """A word too wide for its table cell runs over the next cell's words (seen: Spanish "investigación?" in
    the short grid's first column). On no page of any variant do two words' boxes overlap."""
    for name, data in real_docs.items():
        for p, words in enumerate(_word_boxes(data)):
            for i, a in enumerate(words):
                for b in words[i + 1:]:
                    x = min(a[1], b[1]) - max(a[0], b[0])
                    y = min(a[3], b[3]) - max(a[2], b[2])
                    assert x <= 0.5 or y <= 0.5, (name, p + 1, a[4], b[4])
