"""Spanish end to end: switching language mid-walkthrough keeps every answer and changes the visible strings;
a Spanish walkthrough ends in a Spanish PDF."""
from __future__ import annotations

import re
import unicodedata

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from conftest import EXAMPLE_SESSION, REAL_PACK_DIR
from decisionaid.content import load_pack
from decisionaid.session import Session


@pytest.fixture
def spanish_afterwards(qapp):
    yield
    from decisionaid.ui.i18n import install_language
    install_language(qapp, "en")


def visible_texts(widget) -> list[str]:
    out = []
    for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if w.isVisibleTo(widget.window()) and re.search(r"[A-Za-z]{3}", w.text() or ""):
            out.append(w.text())
    return out


def test_switching_language_keeps_answers_and_changes_strings(make_window, spanish_afterwards):
    en = load_pack(REAL_PACK_DIR, language="en")
    w = make_window(en, session=Session.load(EXAMPLE_SESSION))
    w.ctx.content_root = str(REAL_PACK_DIR)
    w.go_to(6)                                   # mid-walkthrough: What matters to you
    before_answers = {k: v for k, v in w.ctx.session.to_dict().items() if k not in ("language", "pack_version")}
    before_page = visible_texts(w.current_page)
    before_chrome = [w.step_list.item(i).text() for i in range(w.step_list.count())] + [w.progress_label.text(),
                                                                                         w.next_button.text()]
    w.switch_language("es")
    assert w.ctx.pack.metadata.language == "es" and w.ctx.session.language == "es"
    after = {k: v for k, v in w.ctx.session.to_dict().items() if k not in ("language", "pack_version")}
    assert after == before_answers
    assert w.current_index == 6
    after_chrome = [w.step_list.item(i).text() for i in range(w.step_list.count())] + [w.progress_label.text(),
                                                                                       w.next_button.text()]
    assert all(a != b for a, b in zip(before_chrome, after_chrome)), list(zip(before_chrome, after_chrome))
    after_page = visible_texts(w.current_page)
    unchanged = set(before_page) & set(after_page)
    assert len(unchanged) <= 2, unchanged
    assert "Paso 7 de 11" in w.progress_label.text()
    # the answers still show on the rebuilt page
    checked = [b for b in w.current_page.findChildren(QAbstractButton) if b.isCheckable() and b.isChecked()]
    assert len(checked) >= len(w.ctx.session.values)
    menu_titles = [a.text() for a in w.menuBar().actions()]
    assert "&Archivo" in menu_titles


def test_spanish_walkthrough_ends_in_a_spanish_pdf(make_window, spanish_afterwards, qapp, tmp_path):
    from pypdf import PdfReader
    from decisionaid.report import ReportOptions, write_pdf
    from decisionaid.ui.i18n import install_language
    es = load_pack(REAL_PACK_DIR, language="es")
    install_language(qapp, "es")
    session = Session.load(EXAMPLE_SESSION)
    session.language = "es"
    w = make_window(es, session=session)
    for i in range(len(w.pages)):
        w.go_to(i)
    out = tmp_path / "resumen.pdf"
    write_pdf(es, w.ctx.session, out, ReportOptions())
    text = " ".join(unicodedata.normalize("NFKC", p.extract_text() or "") for p in PdfReader(str(out)).pages)
    text = re.sub(r"\s+", " ", text)
    assert "Vertebroplastia" in text or "vertebroplastia" in text
    assert "Página 1 de" in text
    assert es.metadata.title in text
    for english in ("Points to discuss", "What matters most", "Page 1 of", "Next steps", "References"):
        assert english not in text, english
