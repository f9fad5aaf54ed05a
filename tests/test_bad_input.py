"""Bad input gets one clear message and loses nothing: content packs with a byte-order mark or a duplicate
option id, and sessions with ids the pack lacks or with unsafe characters."""
from __future__ import annotations

import pytest

from conftest import MINI_PACK, REAL_PACK
from decisionaid.content import ContentError, load_pack


# ---- content packs ----------------------------------------------------------------------------------------
def test_pack_with_a_byte_order_mark_is_refused_in_words(tmp_path):
    bom = tmp_path / "bom.en.toml"
    bom.write_bytes(b"\xef\xbb\xbf" + MINI_PACK.read_bytes())
    with pytest.raises(ContentError) as info:
        load_pack(bom)
    assert len(info.value.problems) == 1
    assert "byte-order mark (BOM)" in info.value.problems[0]
    assert info.value.problems[0].startswith("bom.en.toml: line 1:")
    load_pack(MINI_PACK)                       # the same text without the mark loads


def test_duplicate_option_id_is_one_message_not_a_cascade(tmp_path):
    text = REAL_PACK.read_text(encoding="utf-8")
    assert text.count('id = "kyphoplasty"') == 1
    dup = tmp_path / "dup.en.toml"
    dup.write_text(text.replace('id = "kyphoplasty"', 'id = "vertebroplasty"'), encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_pack(dup)
    problems = info.value.problems
    assert len(problems) == 1, problems[:5]
    assert "options[2]: duplicate option id 'vertebroplasty'" in problems[0]


def test_problems_before_the_options_are_still_all_reported(tmp_path):
    text = REAL_PACK.read_text(encoding="utf-8")
    bad = text.replace('id = "kyphoplasty"', 'id = "vertebroplasty"').replace("format_version = 1",
                                                                               "format_version = 1\nstray = 1", 1)
    p = tmp_path / "dup.en.toml"
    p.write_text(bad, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_pack(p)
    assert len(info.value.problems) == 2
    assert "stray" in info.value.problems[0] and "duplicate option id" in info.value.problems[1]
