"""The loader accepts a valid pack and refuses each kind of broken pack with the right file and key path."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import MINI_PACK
from decisionaid.content import Clock, ContentError, load_pack, loads_pack, review_overdue
from decisionaid.content.rules import evaluate, fired_rules

TEXT = MINI_PACK.read_text(encoding="utf-8")


def refuse(text: str, filename: str = "broken.en.toml") -> list[str]:
    """The problems the loader reports for ``text`` (it must refuse it), each as ``file: key.path: what``."""
    with pytest.raises(ContentError) as info:
        loads_pack(text, filename=filename)
    return info.value.problems


def test_valid_pack_loads_into_frozen_dataclasses(mini_pack):
    assert mini_pack.option_ids == ("wait", "act")
    assert mini_pack.metadata.published == dt.date(2026, 1, 1)
    assert mini_pack.is_draft and mini_pack.review is None
    row = mini_pack.row("trial")
    assert mini_pack.outcome("relief").rows[0] is row
    assert [a.key for a in row.arms] == ["sham", "act"]
    assert row.arm_for("act").value == 40 and (row.arm_for("act").low, row.arm_for("act").high) == (30, 50)
    assert row.arm_for("sham").value == 20 and row.arm_for("sham").comparator == "sham"
    assert row.arm_for("wait") is None          # conservative care was not an arm of this sham trial
    diff = mini_pack.row("diff")
    assert diff.arm_for("act").not_reported == "Only the difference was reported." and not diff.arm_for("act").has_figure
    assert (diff.difference.value, diff.difference.low, diff.difference.high) == (0.6, 0.2, 1.1)
    assert mini_pack.row("series").unverified and mini_pack.row("series").sources == ("s2",)
    with pytest.raises(Exception):
        row.arms[0].value = 99  # frozen
    with pytest.raises(Exception):
        mini_pack.metadata.title = "changed"  # frozen


def test_toml_syntax_error_names_file_and_line():
    problems = refuse(TEXT.replace('title = "Test decision"', 'title = "Test decision'))
    assert len(problems) == 1
    assert problems[0].startswith("broken.en.toml: ")
    assert "line" in problems[0]


def test_missing_metadata_field():
    problems = refuse(TEXT.replace('funding = "None."\n', ""))
    assert "broken.en.toml: metadata.funding: missing text" in problems


def test_option_missing_an_attribute_is_unequal_detail():
    problems = refuse(TEXT.replace('risks = "Bleeding."\n', ""))
    assert any(p.startswith("broken.en.toml: options[1].attributes.risks: missing") for p in problems)


def test_unknown_source_id():
    problems = refuse(TEXT.replace('sources = ["s2"]\nunverified = true', 'sources = ["nope"]\nunverified = true'))
    assert "broken.en.toml: outcomes[1].rows[0].sources[0]: unknown source id 'nope'" in problems


def test_impossible_date():
    problems = refuse(TEXT.replace("published = 2026-01-01", "published = 2026-02-30"))
    assert problems[0].startswith("broken.en.toml: (TOML syntax):")


def test_value_outside_its_range():
    problems = refuse(TEXT.replace("value = 40\nlow = 30", "value = 60\nlow = 30"))
    assert "broken.en.toml: outcomes[0].rows[0].arms[1].value: 60 lies outside its range 30 to 50" in problems


def test_value_outside_denominator():
    problems = refuse(TEXT.replace("value = 2\n", "value = 120\n"))
    assert "broken.en.toml: outcomes[1].rows[0].arms[1].value: 120 is outside 0 to 100" in problems


def test_rule_naming_unknown_question():
    problems = refuse(TEXT.replace('field = "weak_legs"', 'field = "weak_arms"'))
    assert "broken.en.toml: rules[0].when.any[0].field: unknown situation question 'weak_arms'" in problems


def test_rule_value_must_fit_question():
    problems = refuse(TEXT.replace('value = ["new"]', 'value = ["ancient"]'))
    assert any("rules[1].when.all[1].any[0].value: 'ancient' is not a choice of 'age'" in p for p in problems)


def test_missing_option_value_in_row():
    """An arm with neither a figure nor a stated reason is refused (a blank is never shown as 'no effect')."""
    problems = refuse(TEXT.replace('comparator = "sham"\nvalue = 20\n', 'comparator = "sham"\n'))
    assert any(p.startswith("broken.en.toml: outcomes[0].rows[0].arms[0]: no figure and no stated reason")
               for p in problems), problems


def test_mean_difference_never_as_count():
    """A mean difference is never drawn as a group's own figure: its arms say not_reported, the difference holds it."""
    problems = refuse(TEXT.replace('option = "act"\nnot_reported = "Only the difference was reported."',
                                   'option = "act"\nvalue = 0.6'))
    assert any(p.startswith("broken.en.toml: outcomes[0].rows[1].arms: a mean_difference row reports the "
                            "difference only") for p in problems), problems
    problems = refuse(TEXT.replace("[outcomes.rows.difference]\nvalue = 0.6\nlow = 0.2\nhigh = 1.1\n", ""))
    assert ("broken.en.toml: outcomes[0].rows[1].difference: a mean_difference row gives the difference between "
            "the groups") in problems


def test_row_time_frame_mismatch():
    problems = refuse(TEXT.replace('value = 2\n', 'value = 2\ntime_frame = "2 years"\n'))
    assert any(p.startswith("broken.en.toml: outcomes[1].rows[0].arms[1].time_frame: '2 years' differs")
               for p in problems), problems


def test_unknown_key_is_reported():
    problems = refuse(TEXT.replace('funding = "None."', 'funding = "None."\nfundng = "typo"'))
    assert "broken.en.toml: metadata.fundng: unknown key (check the spelling against docs/content-format.md)" in problems


def test_guidance_short_is_required():
    problems = refuse(TEXT.replace('short = "Says things, in short."\n', ""))
    assert "broken.en.toml: guidance[0].short: missing text" in problems


def test_guidance_short_must_be_one_short_line():
    long = " ".join(["word"] * 21)
    problems = refuse(TEXT.replace('short = "Says things, in short."', f'short = "{long}"'))
    assert "broken.en.toml: guidance[0].short: 21 words; at most 20" in problems
    problems = refuse(TEXT.replace('short = "Says things, in short."', 'short = "Two\\nlines."'))
    assert "broken.en.toml: guidance[0].short: must be one line" in problems


def test_guidance_short_is_loaded(mini_pack):
    assert mini_pack.guidance[0].short == "Says things, in short."


def test_newer_format_refused():
    problems = refuse(TEXT.replace("format_version = 1", "format_version = 99"))
    assert "newer" in problems[0]


def test_every_problem_is_collected():
    broken = TEXT.replace('funding = "None."\n', "").replace('risks = "Bleeding."\n', "")
    assert len(refuse(broken)) >= 2


def test_load_pack_from_folder_picks_language(tmp_path):
    (tmp_path / "x.en.toml").write_text(TEXT, encoding="utf-8")
    (tmp_path / "x.es.toml").write_text(TEXT.replace('language = "en"', 'language = "es"'), encoding="utf-8")
    assert load_pack(tmp_path, language="es").metadata.language == "es"
    assert load_pack(tmp_path).metadata.language == "en"


def test_missing_file_and_binary_file(tmp_path):
    with pytest.raises(ContentError, match="cannot read"):
        load_pack(tmp_path / "nothing.en.toml")
    bad = tmp_path / "bin.en.toml"
    bad.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(ContentError, match="not UTF-8"):
        load_pack(bad)


def test_rules_fire_and_never_raise(mini_pack):
    assert [r.id for r in fired_rules(mini_pack, {"weak_legs": "yes"})] == ["r_weak"]
    assert [r.id for r in fired_rules(mini_pack, {"pain_now": 7, "age": "new"})] == ["r_pain"]
    assert fired_rules(mini_pack, {"pain_now": 6, "age": "new"}) == []
    assert fired_rules(mini_pack, {"pain_now": "seven", "age": None, "weak_legs": 3}) == []
    assert evaluate(mini_pack.rules[1].when, {}) is False


def test_markers_and_numbers(mini_pack):
    assert mini_pack.source_number("s2") == 2
    assert mini_pack.markers(["s2", "s1", "s2"]) == "[1, 2]"


def test_review_date_uses_injectable_clock(mini_pack):
    assert not review_overdue(mini_pack, Clock(dt.date(2026, 12, 31)))
    assert review_overdue(mini_pack, Clock(dt.date(2027, 1, 2)))


def test_translation_must_match_original_in_ids_and_numbers(tmp_path):
    from decisionaid.content.pairs import check_translations
    (tmp_path / "x.en.toml").write_text(TEXT, encoding="utf-8")
    es = (TEXT.replace('language = "en"', 'language = "es"').replace('"Wait and see"', '"Esperar"'))
    (tmp_path / "x.es.toml").write_text(es, encoding="utf-8")
    assert check_translations(tmp_path) == []
    (tmp_path / "x.es.toml").write_text(es.replace("value = 40\n", "value = 41\n"), encoding="utf-8")
    assert check_translations(tmp_path) == ["x.es.toml: outcomes[0].rows[0].arms[1].value: 41 differs from the original 40"]
    (tmp_path / "x.es.toml").write_text(es.replace('comparator = "sham"', 'option = "wait"'), encoding="utf-8")
    assert "x.es.toml: outcomes[0].rows[0].arms[0].comparator: missing (the original has it)" in check_translations(tmp_path)
    (tmp_path / "x.es.toml").write_text(es.replace('id = "act"', 'id = "actuar"'), encoding="utf-8")
    assert any("options[1].id: 'actuar' differs" in p for p in check_translations(tmp_path))
    (tmp_path / "x.es.toml").write_text(es.replace('citation = "Test A.', 'citation = "Prueba A.'), encoding="utf-8")
    assert any(p.startswith("x.es.toml: sources[0].citation") for p in check_translations(tmp_path))


def test_check_content_command(tmp_path, capsys):
    from decisionaid.app import main
    from conftest import REAL_PACK_DIR
    assert main(["check-content", str(REAL_PACK_DIR)]) == 0
    out = capsys.readouterr().out
    assert "3 options" in out and "sources" in out
    bad = tmp_path / "b.en.toml"
    bad.write_text(TEXT.replace('funding = "None."\n', ""), encoding="utf-8")
    assert main(["check-content", str(bad)]) == 1
    assert "b.en.toml: metadata.funding: missing text" in capsys.readouterr().out
