"""The loader's rules for evidence rows: each broken variant of tests/packs/mini.en.toml is refused with a
``check-content`` message that names the file, the exact key path and the problem.

In the mini pack: outcomes[0].rows[0] is "trial" (sham-controlled, count: sham 20, act 40 with 30 to 50),
outcomes[0].rows[1] is "diff" (meta-analysis, mean_difference, both arms not_reported) and outcomes[1].rows[0]
is "series" (usual-care, count: wait 5, act 2).
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import MINI_PACK, ROOT
from decisionaid.content import loads_pack
from test_content_loader import refuse as _refuse

TEXT = MINI_PACK.read_text(encoding="utf-8")
FILE = "mini.en.toml"

TRIAL_ARMS = ('[[outcomes.rows.arms]]\ncomparator = "sham"\nvalue = 20\n'
              '[[outcomes.rows.arms]]\noption = "act"\nvalue = 40\nlow = 30\nhigh = 50\n')
SERIES_ARMS = ('[[outcomes.rows.arms]]\noption = "wait"\nvalue = 5\n'
               '[[outcomes.rows.arms]]\noption = "act"\nvalue = 2\n')
DIFF_ARMS = ('[[outcomes.rows.arms]]\ncomparator = "sham"\nnot_reported = "Only the difference was reported."\n'
             '[[outcomes.rows.arms]]\noption = "act"\nnot_reported = "Only the difference was reported."\n')
DIRECTION = 'direction = "Above 0 means less pain with act."\n'


def edit(*pairs: tuple[str, str]) -> str:
    """The mini pack with each (old, new) replaced; every old text must occur exactly once."""
    text = TEXT
    for old, new in pairs:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def refuse(text: str) -> list[str]:
    return _refuse(text, filename=FILE)


def loads(text: str):
    return loads_pack(text, filename=FILE)


def test_the_unbroken_pieces_load():
    """The blocks the tests below edit are really in the mini pack, and it loads as it is."""
    for block in (TRIAL_ARMS, SERIES_ARMS, DIFF_ARMS, DIRECTION):
        assert TEXT.count(block) == 1
    assert [r.id for o in loads(TEXT).outcomes for r in o.rows] == ["trial", "diff", "series"]


# a. a figure for one group and neither a figure nor a reason for the other -----------------------------------
def test_arm_with_no_figure_and_no_reason():
    problems = refuse(edit(('option = "wait"\nvalue = 5\n', 'option = "wait"\n')))
    assert problems == [f"{FILE}: outcomes[1].rows[0].arms[0]: no figure and no stated reason: give value, or "
                        "not_reported = \"why\" (for example \"not reported by the trial\")"]
    # the same arm with a stated reason is accepted
    ok = loads(edit(('option = "wait"\nvalue = 5\n', 'option = "wait"\nnot_reported = "Not counted."\n')))
    assert ok.row("series").arm_for("wait").not_reported == "Not counted."


# b. c. the groups of one row are counted out of the same number, over the same time ---------------------------
def test_arms_with_different_denominators():
    problems = refuse(edit(('option = "act"\nvalue = 2\n', 'option = "act"\nvalue = 2\ndenominator = 1000\n')))
    assert problems == [f"{FILE}: outcomes[1].rows[0].arms[1].denominator: 1000 differs from the row's denominator "
                        "100: groups in one row are counted out of the same number"]


def test_arms_with_different_time_frames():
    problems = refuse(edit(('option = "wait"\nvalue = 5\n', 'option = "wait"\nvalue = 5\ntime_frame = "6 months"\n')))
    assert problems == [f"{FILE}: outcomes[1].rows[0].arms[0].time_frame: '6 months' differs from the row's time "
                        "frame '1 year': groups in one row are compared over the same time"]


# d. a mean or a mean difference says which way it runs ----------------------------------------------------------
DIRECTION_PROBLEM = (f"{FILE}: outcomes[0].rows[1].direction: a mean or a mean difference needs its direction in "
                     "words, for example 'higher means less pain' or 'above 0 means less pain with cement'")


def test_mean_difference_without_direction():
    assert refuse(edit((DIRECTION, ""))) == [DIRECTION_PROBLEM]


def _mean_row(direction: str, difference: bool) -> str:
    """The "diff" row as each group's own mean (no difference given unless ``difference``)."""
    return edit(('measure = "mean_difference"', 'measure = "mean"'), (DIRECTION, direction),
                (DIFF_ARMS, '[[outcomes.rows.arms]]\ncomparator = "sham"\nvalue = 3.1\n'
                            '[[outcomes.rows.arms]]\noption = "act"\nvalue = 3.7\n'),
                ("[outcomes.rows.difference]\nvalue = 0.6\nlow = 0.2\nhigh = 1.1\n",
                 "[outcomes.rows.difference]\nvalue = 0.6\nlow = 0.2\nhigh = 1.1\n" if difference else ""))


@pytest.mark.parametrize("difference", [False, True])
def test_mean_row_without_direction(difference):
    assert refuse(_mean_row("", difference)) == [DIRECTION_PROBLEM]
    ok = loads(_mean_row(DIRECTION, difference)).row("diff")
    assert ok.direction == "Above 0 means less pain with act." and (ok.difference is not None) == difference


# e. one group for before/after rows and claims; two or more for trials -------------------------------------------
@pytest.mark.parametrize("kind", ["before-after", "claim"])
def test_single_group_row_with_a_comparator_arm(kind):
    problems = refuse(edit(('evidence_kind = "sham-controlled"', f'evidence_kind = "{kind}"')))
    assert (f"{FILE}: outcomes[0].rows[0].arms: a {kind} row reports one group with no comparison group: it cannot "
            "have a comparator arm or a second group") in problems


@pytest.mark.parametrize("kind", ["before-after", "claim"])
def test_single_group_row_with_two_arms(kind):
    problems = refuse(edit(('evidence_kind = "usual-care"', f'evidence_kind = "{kind}"')))
    assert problems == [f"{FILE}: outcomes[1].rows[0].arms: a {kind} row reports one group with no comparison "
                        "group: it cannot have a comparator arm or a second group"]
    # with its one group only, the same row is accepted
    ok = loads(edit(('evidence_kind = "usual-care"', f'evidence_kind = "{kind}"'),
                    ('option = "wait"\nvalue = 5\n[[outcomes.rows.arms]]\n', '')))
    assert [a.key for a in ok.row("series").arms] == ["act"]


@pytest.mark.parametrize("kind", ["sham-controlled", "usual-care", "head-to-head"])
def test_trial_row_with_only_one_arm(kind):
    problems = refuse(edit(('evidence_kind = "usual-care"', f'evidence_kind = "{kind}"'),
                           ('option = "wait"\nvalue = 5\n[[outcomes.rows.arms]]\n', '')))
    assert (f"{FILE}: outcomes[1].rows[0].arms: a {kind} row needs the group it was compared with: a comparator "
            "arm (sham, usual-care) or a second option") in problems


# f. a fake-procedure group is never conservative care -----------------------------------------------------------
def test_sham_group_filed_as_conservative_care():
    problems = refuse(edit(('comparator = "sham"\nvalue = 20', 'option = "wait"\nvalue = 20')))
    assert problems == [f"{FILE}: outcomes[0].rows[0].arms: a fake-procedure trial compares one option with one arm "
                        "comparator = \"sham\"; a sham is not conservative care, so never file the fake-procedure "
                        "group as an option"]


def test_sham_arm_outside_a_sham_trial():
    problems = refuse(edit(('option = "wait"\nvalue = 5\n', 'comparator = "sham"\nvalue = 5\n')))
    assert problems == [f"{FILE}: outcomes[1].rows[0].arms: a sham arm belongs in a sham-controlled row (or a "
                        "meta-analysis of them), not a usual-care row"]


# g. rows still in the old shape, named by the real check-content command -----------------------------------------
def test_check_content_names_each_old_shape_row(tmp_path):
    old = edit((TRIAL_ARMS, '[outcomes.rows.values.wait]\nno_figure = "Not measured."\n'
                            '[outcomes.rows.values.act]\nvalue = 40\n'),
               ('time_frame = "1 year"\n', 'time_frame = "1 year"\ncompared_with = "Usual care"\n'))
    path = tmp_path / FILE
    path.write_text(old, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "decisionaid", "check-content", str(path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    out = done.stdout + done.stderr
    assert f"{FILE}: outcomes[0].rows[0]: still in the old shape (values): name the groups that were compared" in out
    assert f"{FILE}: outcomes[1].rows[0]: still in the old shape (compared_with): name the groups" in out, out
    assert "outcomes[0].rows[1]: still" not in out          # the row already in the new shape is not named


# h. other rules -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("ref", ["nope", "series"])
def test_see_also_must_name_another_row(ref):
    problems = refuse(edit(('unverified = true\n', f'unverified = true\nsee_also = ["trial", "{ref}"]\n')))
    assert problems == [f"{FILE}: outcomes[1].rows[0].see_also[1]: '{ref}' is not another row of the pack"]


def test_see_also_naming_another_row_loads():
    ok = loads(edit(('unverified = true\n', 'unverified = true\nsee_also = ["trial"]\n')))
    assert ok.row("series").see_also == ("trial",)


def test_unknown_comparator():
    problems = refuse(edit(('comparator = "sham"\nvalue = 20', 'comparator = "placebo"\nvalue = 20')))
    assert f"{FILE}: outcomes[0].rows[0].arms[0].comparator: 'placebo' is not one of sham, usual-care" in problems


def test_option_and_comparator_both_given():
    problems = refuse(edit(('comparator = "sham"\nvalue = 20', 'comparator = "sham"\noption = "wait"\nvalue = 20')))
    assert (f"{FILE}: outcomes[0].rows[0].arms[0]: give either option (one of the pack's options) or comparator "
            "(sham, usual-care), not both") in problems


def test_neither_option_nor_comparator():
    problems = refuse(edit(('comparator = "sham"\nvalue = 20', 'value = 20')))
    assert any(p.startswith(f"{FILE}: outcomes[0].rows[0].arms[0]: give either option") for p in problems)


def test_unknown_option_in_an_arm():
    problems = refuse(edit(('option = "wait"\nvalue = 5\n', 'option = "later"\nvalue = 5\n')))
    assert f"{FILE}: outcomes[1].rows[0].arms[0].option: unknown option id 'later'" in problems


def test_not_reported_with_a_value():
    problems = refuse(edit(('option = "act"\nvalue = 2\n', 'option = "act"\nvalue = 2\nnot_reported = "None."\n')))
    assert problems == [f"{FILE}: outcomes[1].rows[0].arms[1]: not_reported cannot be combined with a figure"]


def test_not_reported_with_a_range():
    problems = refuse(edit(('option = "act"\nvalue = 2\n', 'option = "act"\nlow = 1\nhigh = 3\nnot_reported = "None."\n')))
    assert problems == [f"{FILE}: outcomes[1].rows[0].arms[1]: not_reported cannot be combined with a figure"]


@pytest.mark.parametrize("key,old,new", [("high", "high = 50", "high = 150"), ("low", "low = 30", "low = -1")])
def test_range_outside_the_denominator(key, old, new):
    bad = new.split(" = ")[1]
    problems = refuse(edit((old, new)))
    assert f"{FILE}: outcomes[0].rows[0].arms[1].{key}: {bad} is outside 0 to 100" in problems


def test_range_inside_a_1000_denominator_loads():
    ok = loads(edit(('denominator = 100\ngroup = "Test people"\ntime_frame = "1 month"',
                     'denominator = 1000\ngroup = "Test people"\ntime_frame = "1 month"'), ("high = 50", "high = 150")))
    assert ok.row("trial").arm_for("act").high == 150


def test_range_with_only_one_end():
    problems = refuse(edit(("low = 30\nhigh = 50\n", "low = 30\n")))
    assert f"{FILE}: outcomes[0].rows[0].arms[1]: give both low and high, or neither" in problems


def test_events_above_people():
    problems = refuse(edit(('option = "act"\nvalue = 2\n', 'option = "act"\nvalue = 2\nevents = 9\npeople = 8\n')))
    assert problems == [f"{FILE}: outcomes[1].rows[0].arms[1].events: 9 is not between 0 and people (8)"]


def test_same_group_twice_in_one_row():
    problems = refuse(edit(('option = "wait"\nvalue = 5\n', 'option = "act"\nvalue = 5\n')))
    assert f"{FILE}: outcomes[1].rows[0].arms[1]: 'act' is given twice in one row" in problems


def test_difference_in_a_single_group_row():
    text = edit(('evidence_kind = "usual-care"', 'evidence_kind = "case-series"'),
                ('option = "wait"\nvalue = 5\n[[outcomes.rows.arms]]\n', ''),
                ('option = "act"\nvalue = 2\n', 'option = "act"\nvalue = 2\n[outcomes.rows.difference]\nvalue = 1\n'))
    assert refuse(text) == [f"{FILE}: outcomes[1].rows[0].difference: a case-series row has one group, so there is "
                            "no difference between groups"]


# arms are kept comparators first (sham, then usual-care), then options in pack order -------------------------------
def test_arms_sorted_comparators_first_then_options_in_pack_order():
    text = edit((TRIAL_ARMS, '[[outcomes.rows.arms]]\noption = "act"\nvalue = 40\nlow = 30\nhigh = 50\n'
                             '[[outcomes.rows.arms]]\ncomparator = "sham"\nvalue = 20\n'),
                (SERIES_ARMS, '[[outcomes.rows.arms]]\noption = "act"\nvalue = 2\n'
                              '[[outcomes.rows.arms]]\ncomparator = "usual-care"\nvalue = 4\n'
                              '[[outcomes.rows.arms]]\noption = "wait"\nvalue = 5\n'),
                (DIFF_ARMS, '[[outcomes.rows.arms]]\noption = "act"\nnot_reported = "Difference only."\n'
                            '[[outcomes.rows.arms]]\ncomparator = "usual-care"\nnot_reported = "Difference only."\n'
                            '[[outcomes.rows.arms]]\ncomparator = "sham"\nnot_reported = "Difference only."\n'))
    pack = loads(text)
    assert [a.key for a in pack.row("trial").arms] == ["sham", "act"]
    assert [a.value for a in pack.row("trial").arms] == [20, 40]          # each figure stays with its group
    assert [a.key for a in pack.row("series").arms] == ["usual-care", "wait", "act"]
    assert [a.value for a in pack.row("series").arms] == [4, 5, 2]
    assert [a.key for a in pack.row("diff").arms] == ["sham", "usual-care", "act"]
