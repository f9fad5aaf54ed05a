"""Issue 19, "Understanding it": one idea at a time, calm notices for points to tell the care team, private
questions that say why they are asked and that they can be skipped."""
from __future__ import annotations

import re

import pytest

from conftest import REAL_PACK_DIR

FIGURE = re.compile(r"(\d+) (?:in|de cada) 100\b")


def _page(window, step_id):
    i = [p.step_id for p in window.pages].index(step_id)
    window.go_to(i)
    return window.pages[i]


@pytest.mark.parametrize("language", ["en", "es"])
def test_what_happens_without_a_procedure_gives_one_result_a_paragraph(make_window, language):
    """The opening paragraph used to pack five statistics (53, 60, 40, 54, 46 in 100): now each result is a
    paragraph of its own, and two figures share one only when they are the two sides of one result."""
    from decisionaid.content import load_pack
    pack = load_pack(REAL_PACK_DIR, language=language)
    page = _page(make_window(pack, mode="kiosk"), "situation")
    paragraphs = [p.text for p in page.natural_course_paragraphs]
    assert len(paragraphs) >= 4
    figures = [[int(n) for n in FIGURE.findall(t)] for t in paragraphs]
    assert sorted(n for f in figures for n in f) == [40, 46, 53, 54, 60]
    for text, f in zip(paragraphs, figures):
        assert len(f) <= 2 and (len(f) < 2 or sum(f) == 100), text
    assert all(p.isVisibleTo(page) for p in page.natural_course_paragraphs)
