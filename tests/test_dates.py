"""One wording for dates: the screen, the summary and the note all write a date with
``present.text.long_date`` (Babel), in the interface language; Babel is not imported before the first paint."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ES_PACK = ROOT / "resources" / "content" / "vcf-augmentation.es.toml"


def test_screen_dates_are_the_summary_dates_in_spanish(make_window, qapp):
    from decisionaid.content import load_pack
    from decisionaid.present import text
    from decisionaid.ui.i18n import install_language
    from decisionaid.ui.wording import format_date
    pack = load_pack(ES_PACK)
    install_language(qapp, "es")
    try:
        md = pack.metadata
        words = text.long_date(md.published)
        assert words == text.long_date(md.published, "es") and " de " in words       # "5 de marzo de 2026"
        assert format_date(md.published) == words
        weekdays = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
        assert not words.lower().startswith(weekdays)                                 # the summary's wording
        w = make_window(pack)
        welcome = w.pages[0]
        welcome.fill_dates()
        assert words in welcome.written.text and text.long_date(md.next_review) in welcome.written.text
        summary = w.pages[[s.step_id for s in w.step_classes].index("summary")]
        summary.refresh()
        assert summary.date_label.text().endswith(text.long_date(w.ctx.session.date))
    finally:
        install_language(qapp, "en")


def test_the_welcome_step_words_its_dates_after_the_first_paint_at_start_up(make_window, real_pack, monkeypatch):
    """Before Babel is loaded (start-up) the Welcome step leaves its dates out; fill_dates (called by the app
    after the first paint) puts them in place, under the same heading."""
    from decisionaid.present import text
    from decisionaid.ui.pages import welcome as welcome_mod
    monkeypatch.setattr(welcome_mod, "dates_loaded", lambda: False)
    w = make_window(real_pack)
    page = w.pages[0]
    published = text.long_date(real_pack.metadata.published)
    assert page.dates_pending and published not in page.written.text
    index = page.body.indexOf(page.written)
    page.fill_dates()
    assert not page.dates_pending and published in page.written.text
    assert page.body.indexOf(page.written) == index
    assert "Content version" in page.written.text
