"""Plain language: English prose at US grade 8 or below per section and no paragraph above grade 10
(Flesch-Kincaid); Spanish prose easy by Fernández-Huerta. The measured levels are reported in the pack."""
from __future__ import annotations

import re

import pytest

from conftest import REAL_PACK_DIR
from decisionaid.content import load_pack
from decisionaid.content.readability import measure, summary_line


@pytest.fixture(scope="module")
def english():
    pack = load_pack(REAL_PACK_DIR, language="en")
    return pack, measure(pack)


def test_english_sections_grade_8_or_below(english):
    _, m = english
    too_hard = {k: v for k, v in m["sections"].items() if v > 8}
    assert not too_hard


def test_no_english_paragraph_above_grade_10(english):
    _, m = english
    too_hard = [(round(v, 1), name, p[:80]) for v, name, p in m["paragraphs"] if v > 10]
    assert not too_hard


def test_reading_level_is_reported_in_metadata_and_matches_measurement(english):
    pack, m = english
    assert pack.metadata.reading_level == summary_line(m)


def test_about_dialog_shows_reading_level(english):
    from decisionaid.ui.about import about_html
    pack, _ = english
    assert "Reading level" in about_html(pack)
    assert re.search(r"US grade \d", about_html(pack))


def test_spanish_prose_is_easy():
    files = {p.name for p in REAL_PACK_DIR.iterdir()}
    if "vcf-augmentation.es.toml" not in files:
        pytest.fail("the Spanish pack is missing")
    pack = load_pack(REAL_PACK_DIR, language="es")
    m = measure(pack)
    assert m["overall"] >= 70, m["overall"]
    hard = {k: round(v) for k, v in m["sections"].items() if v < 60}
    assert not hard
    assert pack.metadata.reading_level == summary_line(m)
