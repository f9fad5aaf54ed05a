"""Plain words for patients (issue 19, "Understanding it").

Patient-facing text (the kiosk's screens and the patient copy of the summary, in both languages) must not use
research jargon or trial names. Technical names live in the glossary, the source list and the `study` field of an
evidence row, which only clinician views and the record copy show.
"""
from __future__ import annotations

import dataclasses
import re

import pytest

from conftest import REAL_PACK_DIR

# Case-insensitive words and phrases (English and Spanish).
JARGON = [
    r"\bsham\b", r"open[- ]label", r"\bpooled\b", r"statistically", r"\bSF-?36\b", r"Roland[- ]Morris",
    r"coverage rules", r"coverage determination", r"\bblinded\b", r"ensayos? ciegos?", r"ensayos? abiertos?", r"estad[ií]sticamente", r"\bagrupad",
    r"reglas de cobertura", r"determinaciones? de cobertura",
]
# Case-sensitive: trial acronyms ("free" is an everyday word; "FREE" is a trial) and the LCD abbreviation.
ACRONYMS = [r"\bVERTOS\b", r"\bINVEST\b", r"\bKAVIAR\b", r"\bFREE\b", r"\bVAPOUR\b", r"\bLCDs?\b"]
_JARGON = re.compile("|".join(JARGON), re.IGNORECASE)
_ACRONYMS = re.compile("|".join(ACRONYMS))


def jargon(text: str) -> list[str]:
    return [m.group(0) for m in _JARGON.finditer(text)] + [m.group(0) for m in _ACRONYMS.finditer(text)]


# Pack fields that are identifiers or technical by design, never shown to a patient as prose.
_NOT_TEXT = {"id", "evidence_kind", "comparator", "sources", "see_also", "option", "topic", "field", "op",
             "kind", "type", "path", "measure", "certainty", "urgency", "language", "pack_id", "version",
             "format_version", "file", "reviews", "groups",
             "study"}                 # the trial's own name: clinician views and sources only
# Pack sections that are exempt: the glossary and the source list (technical names belong there).
_EXEMPT_SECTIONS = {"glossary", "sources", "review", "_source_numbers"}


def pack_strings(obj, path="pack"):
    """Every patient-facing string of a loaded pack, with where it is."""
    if isinstance(obj, str):
        yield path, obj
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            if f.name in _NOT_TEXT or (path == "pack" and f.name in _EXEMPT_SECTIONS):
                continue
            yield from pack_strings(getattr(obj, f.name), f"{path}.{f.name}")
    elif isinstance(obj, (tuple, list)):
        for i, item in enumerate(obj):
            # (attribute id, text) and (option id, answer) pairs: the first item is an id
            if isinstance(item, tuple) and len(item) == 2 and all(isinstance(x, str) for x in item):
                yield f"{path}[{item[0]}]", item[1]
            else:
                yield from pack_strings(item, f"{path}[{i}]")


def test_the_checker_finds_every_listed_term():
    for text in ("a sham procedure", "open-label trials", "Pooled from 22 studies", "not statistically clear",
                 "the SF-36 score", "the Roland-Morris form", "VERTOS II", "INVEST", "KAVIAR", "the FREE trial",
                 "VAPOUR", "Medicare coverage rules", "Local Coverage Determinations, LCDs", "ensayos abiertos",
                 "no fue estadísticamente clara", "reglas de cobertura de Medicare", "two blinded trials", "un ensayo ciego"):
        assert jargon(text), text
    assert not jargon("free of pain, a fake procedure, 2 trials combined, Medicare pays when")


@pytest.mark.parametrize("language", ["en", "es"])
def test_pack_text_shown_to_patients_has_no_jargon(language):
    from decisionaid.content import load_pack
    pack = load_pack(REAL_PACK_DIR, language=language)
    hits = [f"{where}: {jargon(text)}: {text[:120]}" for where, text in pack_strings(pack) if jargon(text)]
    assert not hits, "\n".join(hits)


@pytest.mark.parametrize("language", ["en", "es"])
def test_trial_names_are_kept_for_clinicians(language):
    """The names moved out of the patient text are still in the pack, for clinician views and the record copy."""
    from decisionaid.content import load_pack
    from decisionaid.present.evidence import rows
    pack = load_pack(REAL_PACK_DIR, language=language)
    studies = {r.study for r in rows(pack) if r.study}
    for name in ("VAPOUR", "INVEST", "VERTOS II", "VERTOS IV", "FREE", "KAVIAR"):
        assert any(name in s for s in studies), name
    assert all(not jargon(r.people) for r in rows(pack))


def _visible_texts(window):
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
    from decisionaid.ui.widgets.text import Paragraph
    from PySide6.QtGui import QAccessible
    for i, page in enumerate(window.pages):
        window.go_to(i)
        for w in [window, *window.findChildren(QWidget)]:
            if not w.isVisibleTo(window):
                continue
            if isinstance(w, Paragraph):
                yield page.step_id, w.text
                continue
            if isinstance(w, QLabel):
                yield page.step_id, w.text()
            elif isinstance(w, QAbstractButton):
                yield page.step_id, w.text()
            iface = QAccessible.queryAccessibleInterface(w)
            if iface is not None:
                yield page.step_id, iface.text(QAccessible.Text.Name)
                yield page.step_id, iface.text(QAccessible.Text.Description)


@pytest.mark.parametrize("language", ["en", "es"])
def test_kiosk_screens_have_no_jargon(make_window, qapp, language):
    """Every kiosk step, as drawn: labels, paragraphs, buttons and what assistive tech reads (names and chart
    descriptions), in both languages."""
    from decisionaid.content import load_pack
    from decisionaid.session import Session
    from decisionaid.ui.i18n import install_language
    from conftest import EXAMPLE_SESSION
    pack = load_pack(REAL_PACK_DIR, language=language)
    install_language(qapp, language)
    try:
        w = make_window(pack, session=Session.load(EXAMPLE_SESSION), mode="kiosk")
        seen = list(_visible_texts(w))
    finally:
        install_language(qapp, "en")
    assert len(seen) > 300
    hits = sorted({f"{step}: {jargon(text)}: {text[:120]}" for step, text in seen if text and jargon(text)})
    assert not hits, "\n".join(hits)


@pytest.mark.parametrize("language", ["en", "es"])
def test_patient_copy_of_the_summary_has_no_jargon(qapp, language):
    """The patient copy's HTML, outside its source list and glossary, has none of the terms; the record copy
    still names the trials."""
    from decisionaid.content import load_pack
    from decisionaid.report import ReportOptions, build_html
    from decisionaid.session import Session
    from decisionaid.ui.i18n import install_language
    from conftest import EXAMPLE_SESSION
    pack = load_pack(REAL_PACK_DIR, language=language)
    session = Session.load(EXAMPLE_SESSION)
    install_language(qapp, language)
    try:
        patient = build_html(pack, session, ReportOptions(copy="patient"), for_export=True)
        record = build_html(pack, session, ReportOptions(copy="record"), for_export=True)
    finally:
        install_language(qapp, "en")
    text = _outside_sources_and_glossary(patient)
    hits = sorted(set(jargon(text)))
    assert not hits, hits
    assert "VAPOUR" in _outside_sources_and_glossary(record)


def _outside_sources_and_glossary(page: str) -> str:
    """The page's text and its images' text alternatives, without the source list (section "references")."""
    import html as _html
    page = re.sub(r'<section id="references">.*?</section>', " ", page, flags=re.S)
    alts = " ".join(re.findall(r'alt="([^"]*)"', page))
    return _html.unescape(re.sub(r"<[^>]+>", " ", page) + " " + alts)


def test_clinician_benefits_step_names_the_trials_and_the_kiosk_does_not(make_window, real_pack):
    from PySide6.QtWidgets import QLabel

    def texts(mode):
        w = make_window(real_pack, mode=mode)
        i = [p.step_id for p in w.pages].index("benefits")
        w.go_to(i)
        return " ".join(lab.text() for lab in w.pages[i].findChildren(QLabel))

    clinician, kiosk = texts("clinician"), texts("kiosk")
    assert "Study:" in clinician and "VAPOUR trial, Australia" in clinician
    assert "Study:" not in kiosk and "VAPOUR" not in kiosk


def test_kiosk_offers_each_glossary_term_once_a_page_in_the_words_of_the_text(make_window, real_pack):
    """The Welcome step used to offer "What is 'osteoporosis'?" twice; and a button says the words the patient
    read ("fake procedure"), not the glossary's technical name ("sham procedure")."""
    from decisionaid.ui.widgets.text import Paragraph
    w = make_window(real_pack, mode="kiosk")
    offered_on_welcome = None
    for i, page in enumerate(w.pages):
        w.go_to(i)
        labels = [b.text() for p in page.findChildren(Paragraph) for b in p.term_buttons if b.isVisibleTo(w)]
        assert len(labels) == len(set(labels)), (page.step_id, labels)
        if page.step_id == "welcome":
            offered_on_welcome = labels
        assert not any("sham" in t for t in labels), labels
    assert offered_on_welcome.count("What is “osteoporosis”?") == 1, offered_on_welcome
