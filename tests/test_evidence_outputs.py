"""A result is a comparison, in every output: no group's figure appears on screen, in a chart's text alternative,
in the PDF or in the HTML export without the figure (or the stated reason) of the group it was compared with.

Also: the same figure phrases, worded once by decisionaid.present, reach all four outputs.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from decisionaid.charts import chart_description
from decisionaid.content import load_pack
from decisionaid.present.evidence import evidence
from decisionaid.session import Session

ROOT = Path(__file__).resolve().parents[1]
WINDOW = 700        # characters: a result's groups are printed together, well within this


def norm(text: str) -> str:
    text = text.replace("\u00ad", "").replace("-\n", "")
    for lig, plain in (("\ufb01", "fi"), ("\ufb00", "ff"), ("\ufb02", "fl"), ("\ufb03", "ffi"), ("\ufb04", "ffl")):
        text = text.replace(lig, plain)
    return re.sub(r"\s+", " ", text).strip()


def arm_phrase(arm) -> str:
    """What every output prints for one group: its figure in words, or "not reported" with the reason."""
    return arm.frames if arm.reported else arm.figure


def benefits_page(window):
    index = [s.step_id for s in window.steps].index("benefits")
    return window.pages[index]        # built on first use, without drawing its charts


def assert_paired(text: str, where: str, pack) -> None:
    """Every occurrence of a group's phrase has the other groups of its result within WINDOW characters (where
    two results share a phrase, the groups of one of them)."""
    flat = text.replace(":", "")
    partners: dict[str, list[list[str]]] = {}
    for q in evidence(pack):
        for row in q.rows:
            phrases = [norm(f"{a.label} {arm_phrase(a)}").replace(":", "") for a in row.arms]
            for i, p in enumerate(phrases):
                partners.setdefault(p, []).append([o for j, o in enumerate(phrases) if j != i])
                assert p in flat, f"{where}: {row.id}: {p!r} not found"
    for p, options in partners.items():
        for m in re.finditer(re.escape(p), flat):
            window = flat[max(0, m.start() - WINDOW): m.end() + WINDOW]
            assert any(all(o in window for o in others) for others in options), \
                f"{where}: {p!r} at {m.start()} appears without the group it was compared with"


@pytest.fixture(scope="module")
def real():
    return load_pack(ROOT / "resources" / "content" / "vcf-augmentation.en.toml")


@pytest.fixture(params=["en", "es"])
def each_language(request, qapp):
    """The real pack in each language, with that language's translations installed (the interface, the chart
    words and the wording layer's templates)."""
    from decisionaid.ui.i18n import install_language
    pack = load_pack(ROOT / "resources" / "content" / f"vcf-augmentation.{request.param}.toml")
    install_language(qapp, request.param)
    yield pack
    install_language(qapp, "en")


def test_screen_shows_every_group_of_every_result_together(qtbot, each_language):
    real = each_language
    from decisionaid.ui.clinician import ClinicianWindow
    from decisionaid.ui.context import AppContext
    w = ClinicianWindow(AppContext(real, session=None, mode="clinician"))
    qtbot.addWidget(w)
    page = benefits_page(w)
    for q in evidence(real):
        for row in q.rows:
            box = page.row_boxes[row.id]
            text = norm(" ".join(lab.text() for lab in box.findChildren(QLabel)))
            for a in row.arms:
                assert a.label in text, (row.id, a.key)
                said = arm_phrase(a)
                assert norm(said[:1].upper() + said[1:]) in text or norm(said) in text, (row.id, a.key)
            if row.difference is not None:
                assert norm(row.difference.text) in text, row.id


def test_chart_text_alternatives_state_both_groups(each_language):
    real = each_language
    text = norm(chart_description("pain_relief", real) + " " + chart_description("complications", real))
    for q in evidence(real):
        for row in q.rows:
            if row.in_charts:
                assert norm(row.alt) in text, row.id
    assert_paired(text, "chart text alternative",
                  _charted_only(real))


def _charted_only(pack):
    """The pack with only its charted rows (the text alternatives describe what the charts draw)."""
    import dataclasses
    outcomes = tuple(dataclasses.replace(o, rows=tuple(r for r in o.rows if r.in_charts)) for o in pack.outcomes)
    clone = dataclasses.replace(pack, outcomes=outcomes)
    clone._source_numbers.update(pack._source_numbers)
    return clone


def _pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader
    return norm(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages))


def test_pdf_and_html_print_both_groups_of_every_result(qapp, real):
    from decisionaid.report import build_html, pdf_bytes
    from decisionaid.report.options import ReportOptions
    s = Session.for_pack(real)
    pdf = _pdf_text(pdf_bytes(real, s, ReportOptions(full_evidence=True)))   # every result: the appendix
    assert_paired(pdf.replace(":", ""), "PDF", real)
    html = norm(re.sub(r"<[^>]+>", " ", build_html(real, s, ReportOptions(full_evidence=True), for_export=True)))
    import html as _html
    assert_paired(_html.unescape(html), "HTML", real)
    # the done-when rows, by id
    for text in (pdf, _html.unescape(html)):
        assert "Fake procedure 21 in 100 had this; 79 did not" in text.replace(":", "")
        assert "Vertebroplasty 44 in 100 had this; 56 did not" in text.replace(":", "")
        assert "Fake procedure 48 in 100 had this; 52 did not" in text.replace(":", "")
        assert "Vertebroplasty 64 in 100 had this; 36 did not" in text.replace(":", "")


def test_the_same_figure_phrases_reach_screen_chart_pdf_and_html(qtbot, qapp, each_language):
    """One wording: a sample of rows, each phrase found verbatim in all four outputs, in each language."""
    real = each_language
    sample = ["vapour_14_days", "vertos4_1_day", "buchbinder_3_months", "vertos2_new_fracture", "clinic_1_to_3"]
    from decisionaid.present.evidence import row as row_view
    phrases = {rid: [row_view(real, rid).difference.text] if row_view(real, rid).difference else [] for rid in sample}
    for rid in sample:
        phrases[rid] += [f"{a.label}: {arm_phrase(a)}" for a in row_view(real, rid).arms]
        # the kind of evidence and the certainty, worded once (they had drifted apart between outputs)
        phrases[rid] += [row_view(real, rid).kind_words, row_view(real, rid).certainty]
    test_pdf = _outputs(qtbot, qapp, real)
    for where, text in test_pdf.items():
        flat = norm(text).replace(":", "").lower()     # the screen starts a group's figure with a capital
        for rid, ps in phrases.items():
            for p in ps:
                assert norm(p).replace(":", "").lower().rstrip(".") in flat, (where, rid, p)


def _outputs(qtbot, qapp, real) -> dict[str, str]:
    import html as _html

    from decisionaid.report import build_html, pdf_bytes
    from decisionaid.report.options import ReportOptions
    from decisionaid.ui.clinician import ClinicianWindow
    from decisionaid.ui.context import AppContext
    w = ClinicianWindow(AppContext(real, session=None, mode="clinician"))
    qtbot.addWidget(w)
    page = benefits_page(w)
    screen = " ".join(lab.text() for lab in page.findChildren(QLabel))
    chart = chart_description("pain_relief", real) + " " + chart_description("complications", real)
    s = Session.for_pack(real)
    pdf = _pdf_text(pdf_bytes(real, s, ReportOptions(full_evidence=True)))   # every result: the appendix
    html = _html.unescape(re.sub(r"<[^>]+>", " ", build_html(real, s, ReportOptions(full_evidence=True), for_export=True)))
    return {"screen": screen, "chart": chart, "pdf": pdf, "html": html}


def test_what_expert_groups_say_on_screen_and_in_the_summary(qtbot, qapp, real):
    """The seven guideline and payer summaries, each with its date and sources, on the Compare step and in the
    PDF and HTML; the options' cost cells point at that section by its name."""
    from decisionaid.present.guidance import guidance
    from decisionaid.ui.clinician import ClinicianWindow
    from decisionaid.ui.context import AppContext
    views = guidance(real)
    bodies = " ".join(g.body for g in views)
    for body in ("AAOS", "NICE", "Cochrane", "ASBMR", "ACR", "Medicare"):
        assert body in bodies, body
    assert len(views) >= 7 and all(g.short and g.year and g.markers for g in views)
    w = ClinicianWindow(AppContext(real, session=None, mode="clinician"))
    qtbot.addWidget(w)
    compare = w.pages[[s.step_id for s in w.steps].index("compare")]
    assert compare.guidance_heading.text() == "What expert groups say"
    assert list(compare.guidance_cards) == [g.id for g in views]
    for g in views:
        texts = " ".join(lab.text() for lab in compare.guidance_cards[g.id].findChildren(QLabel))
        assert g.heading in texts and g.summary in texts
    assert any("What expert groups say" in o.attribute("cost_insurance") for o in real.options)
    outputs = _outputs(qtbot, qapp, real)
    for where in ("pdf", "html"):
        text = norm(outputs[where])
        assert "What expert groups say" in text, where
        for g in views:
            # the PDF's text layer is cut at page breaks, so there: the heading and the first sentence
            said = f"{g.heading}. {g.summary}" if where == "html" else f"{g.heading}. {g.summary.split('. ')[0]}"
            assert norm(said) in text, (where, g.id)
