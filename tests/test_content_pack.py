"""Checks on the English clinical content pack (resources/content/vcf-augmentation.en.toml).

These tests pin down what the pack must say, not how the app shows it: IPDAS minimums, the seed pages'
figures labelled for what they are, UNVERIFIED figures flagged, truthful metadata, and no eligibility verdicts.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from decisionaid.content import fired_rules, load_pack

PACK_PATH = Path(__file__).parents[1] / "resources/content/vcf-augmentation.en.toml"

OPTION_IDS = ("conservative", "vertebroplasty", "kyphoplasty")

# Sources whose figures rest on an UNVERIFIED entry of the evidence sheet: any row citing one must be flagged.
UNVERIFIED_SOURCES = {"sir-qi-2003"}

# Every evidence row whose figures rest on an UNVERIFIED sheet entry (the flag is per row: a row is one result).
# The test checks both ways: these are flagged, and nothing else is flagged.
UNVERIFIED_ROWS = {
    "cochrane_1_month",       # Cochrane 0.6 (0.2-1.1)
    "staples_recent_pain",    # which way the sign runs is not on the sheet
    "vertos2_1_month",        # VERTOS II 2.6 at 1 month
    "vertos2_12m",            # VERTOS II 2.0 at 1 year
    "cochrane_disability",    # Cochrane RMDQ 1.7
    "clinic_1_to_3",          # clinic "1 to 3%", origin unverified
    "free_new_fracture",      # FREE ~25% / ~33%
}

# The outcomes, grouped by the question a patient asks, in the order they are shown.
OUTCOME_IDS = ("pain_soon", "pain_later", "daily_function", "further_collapse", "new_fractures", "procedure_harms",
               "without_procedure")

# Device-maker-funded or -authored studies (sheet section 0, point 4).
INDUSTRY_FUNDED = {
    "wardlaw-2009", "van-meirhaeghe-2013", "kaviar-2014", "evolve-2019",     # FREE, KAVIAR, EVOLVE
    "firanescu-2018", "firanescu-2019",                                       # VERTOS IV (Stryker grant)
    "edidin-2011", "edidin-2015", "ong-2018", "ong-2013",                     # Medicare analyses
}

# Phrases that would state eligibility (a verdict) instead of pointing to a discussion.
FORBIDDEN_PHRASES = [
    r"\byou qualify\b", r"\byou (do not|don't) qualify\b", r"\byou are (not )?a candidate\b",
    r"\byou're (not )?a candidate\b", r"\bnot a candidate\b", r"\bgood candidate\b",
    r"\byou are (not )?eligible\b", r"\bnot eligible\b", r"\bineligible\b", r"\byou should have\b",
    r"\bwe recommend\b", r"\bis (the )?right (choice )?for you\b", r"\bis best for you\b",
    r"\byou must have\b",
]


@pytest.fixture(scope="module")
def pack():
    return load_pack(PACK_PATH)


def all_text(obj) -> list[str]:
    """Every string held anywhere in the pack's dataclasses."""
    out: list[str] = []
    if isinstance(obj, str):
        out.append(obj)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            if f.name.startswith("_"):
                continue
            out.extend(all_text(getattr(obj, f.name)))
    elif isinstance(obj, (tuple, list)):
        for x in obj:
            out.extend(all_text(x))
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out.extend(all_text(k))
            out.extend(all_text(v))
    return out


def all_rows(pack):
    for o in pack.outcomes:
        for r in o.rows:
            yield o, r


def row(pack, row_id):
    return pack.row(row_id)


def arm(pack, row_id, key):
    """The arm of ``row_id`` for an option id or a comparator id; fails if the row has no such arm."""
    a = pack.row(row_id).arm_for(key)
    assert a is not None, (row_id, key)
    return a


def arm_keys(r):
    return tuple(a.key for a in r.arms)


# --- metadata -----------------------------------------------------------------------------------------
def test_metadata_is_truthful(pack):
    m = pack.metadata
    assert m.pack_id == "vcf-augmentation"
    assert m.version == "0.1.0"
    assert m.language == "en"
    assert pack.is_draft and pack.review is None          # no review record for these bytes is shipped
    assert m.translation_status == "original"
    # who wrote it, truthfully: no clinician, and the software team with its real credentials
    assert [a.name for a in m.authors] == ["No clinical author yet", "The software team"]
    assert "not clinicians" in m.authors[1].credentials
    assert "not a hospital" in m.authors[1].organisation
    assert m.funding == "None. No outside funding."
    assert m.conflicts == "None declared."
    assert m.published == dt.date(2026, 11, 21)
    assert m.next_review == dt.date(2027, 11, 21)
    # no dated search was done, and the pack says so instead of giving a date
    assert m.evidence_search_date is None
    assert m.evidence_up_to.startswith("Not known.") and "before this project started" in m.evidence_up_to
    assert "not a systematic review" in m.synthesis_method
    assert m.testing.startswith("None yet.")
    assert "No patients and no clinicians" in m.development
    assert "12 months" in m.update_policy
    assert "evidence sheet" in m.synthesis_method
    for kind in ("abstracts", "journal pages", "guideline pages", "patient pages"):
        assert kind in m.synthesis_method


def test_scope(pack):
    m = pack.metadata
    assert "osteoporosis" in m.for_whom.lower()
    for word in ("cancer", "major injury", "nerve damage"):
        assert word in m.not_for.lower()


# --- options, attributes, topics ----------------------------------------------------------------------
def test_options_in_order(pack):
    assert pack.option_ids == OPTION_IDS


def test_every_option_gives_every_attribute_in_order(pack):
    want = ("what_it_is", "on_the_day", "anaesthesia", "time_in_hospital", "recovery", "what_it_is_like",
            "main_benefits", "main_risks", "may_suit", "may_not_suit", "cost_insurance")
    assert tuple(a.id for a in pack.attributes) == want
    for o in pack.options:
        assert tuple(k for k, _ in o.attributes) == want
        assert all(text.strip() for _, text in o.attributes)


def test_costs_carry_year_and_setting(pack):
    vp = pack.option("vertebroplasty").attribute("cost_insurance")
    kp = pack.option("kyphoplasty").attribute("cost_insurance")
    assert "$3,319" in vp and "2007 to 2008" in vp
    assert "$8,100" in kp and "2007 to 2008" in kp and "costs more" in kp
    for text in (vp, kp):
        assert "Medicare" in text and "summaries" in text


def test_topics(pack):
    assert {t.id for t in pack.topics} == {"pain_relief", "risks", "recovery", "new_fractures", "cost", "daily_life"}


# --- comparison grid ----------------------------------------------------------------------------------
def test_comparison_rows(pack):
    ids = {c.id for c in pack.comparison}
    assert len(pack.comparison) >= 8
    assert {"pain_relief", "risks", "recovery", "new_fractures", "height_posture", "cost",
            "bone_strengthening"} <= ids
    for c in pack.comparison:
        assert tuple(o for o, _ in c.answers) == OPTION_IDS


def test_bone_strengthening_recommended_for_every_option(pack):
    c = next(c for c in pack.comparison if c.id == "bone_strengthening")
    for _, answer in c.answers:
        assert "recommended whatever you choose" in answer


def test_lifting_disagreement_shown_in_comparison(pack):
    c = next(c for c in pack.comparison if c.id == "recovery")
    for oid in ("vertebroplasty", "kyphoplasty"):
        assert "6 weeks" in c.answer(oid) and "3 months" in c.answer(oid)


def test_fracture_age_disagreement_shown(pack):
    c = next(c for c in pack.comparison if c.id == "fracture_age")
    text = c.answer("vertebroplasty")
    assert "6 months" in text and "6 weeks" in text and "12 months" in text and "recent, unhealed" in text


# --- outcomes -----------------------------------------------------------------------------------------
def test_outcome_minimums(pack):
    assert len(pack.outcomes) >= 6
    kinds = {o.kind for o in pack.outcomes}
    assert kinds == {"benefit", "harm"}
    for o in pack.outcomes:
        assert o.rows


def test_outcomes_grouped_by_the_question_a_patient_asks(pack):
    assert tuple(o.id for o in pack.outcomes) == OUTCOME_IDS
    assert row(pack, "clinic_87") in pack.outcome("pain_soon").rows
    assert row(pack, "vertos2_conservative_12m") in pack.outcome("pain_later").rows
    assert row(pack, "clinic_1_to_3") in pack.outcome("procedure_harms").rows
    for gone in ("vertos2_still_pain", "vertos3_not_enough_relief"):     # now notes of their rows
        with pytest.raises(KeyError):
            pack.row(gone)


def test_every_arm_has_a_figure_or_a_stated_reason(pack):
    for o, r in all_rows(pack):
        assert r.arms, (o.id, r.id)
        assert r.sources and r.certainty and r.certainty_reason.strip(), (o.id, r.id)
        keys = arm_keys(r)
        assert len(set(keys)) == len(keys), (o.id, r.id)
        for a in r.arms:
            assert bool(a.option) != bool(a.comparator), (o.id, r.id, a)
            assert a.option in OPTION_IDS or a.comparator in ("sham", "usual-care"), (o.id, r.id, a)
            if a.has_figure or a.has_range:
                assert not a.not_reported, (o.id, r.id, a.key)
            else:
                assert a.not_reported.strip(), (o.id, r.id, a.key)
        # comparators first, then the options in the pack's order
        comps = [a.key for a in r.arms if a.comparator]
        assert keys[:len(comps)] == tuple(comps), (o.id, r.id)
        opts = [k for k in keys[len(comps):]]
        assert opts == sorted(opts, key=OPTION_IDS.index), (o.id, r.id)


def test_single_group_and_compared_rows_have_the_right_arms(pack):
    for o, r in all_rows(pack):
        if r.single_group:
            assert len(r.arms) == 1 and not r.arms[0].comparator and r.difference is None, (o.id, r.id)
        else:
            assert len(r.arms) >= 2, (o.id, r.id)


def test_measures_are_kept_apart(pack):
    for o, r in all_rows(pack):
        if r.measure == "mean_difference":
            assert r.difference is not None and r.difference.value is not None, (o.id, r.id)
            assert not any(a.has_figure or a.has_range for a in r.arms), (o.id, r.id)
            assert r.direction.strip() and r.denominator == 0, (o.id, r.id)
        elif r.measure == "mean":
            assert r.scale.strip() and r.direction.strip() and r.denominator == 0, (o.id, r.id)
        else:
            assert r.measure == "count", (o.id, r.id)
            assert r.denominator in (100, 1000), (o.id, r.id)
            for a in r.arms:
                for x in (a.value, a.low, a.high):
                    assert x is None or 0 <= x <= r.denominator, (o.id, r.id, a.key)


def test_mean_differences_are_present(pack):
    mds = {r.id for o, r in all_rows(pack) if r.measure == "mean_difference"}
    assert {"cochrane_1_month", "invest_1_month_difference", "vertos4_1_day", "vertos4_12m", "invest_12m"} <= mds
    d = row(pack, "cochrane_1_month").difference
    assert (d.value, d.low, d.high) == (0.6, 0.2, 1.1)
    assert row(pack, "cochrane_1_month").arm_for("sham").not_reported
    b = row(pack, "buchbinder_3_months")     # each group's own mean and the difference between them
    assert b.measure == "mean" and arm_keys(b) == ("sham", "vertebroplasty")
    assert (arm(pack, "buchbinder_3_months", "sham").value, arm(pack, "buchbinder_3_months", "vertebroplasty").value) == (1.9, 2.6)
    assert (b.difference.value, b.difference.low, b.difference.high) == (0.6, -0.7, 1.8)
    v4 = row(pack, "vertos4_12m").difference
    assert (v4.value, v4.low, v4.high) == (0.45, -0.37, 1.24)


def test_pain_relief_at_several_time_points(pack):
    frames = {r.time_frame for o in pack.outcomes if o.topic == "pain_relief" and o.kind == "benefit"
              for r in o.rows}
    assert {"1 day", "2 weeks", "1 month", "3 months", "12 months"} <= frames


def test_sham_rows_never_show_conservative_care(pack):
    """A fake procedure is a comparator: in every sham row there is exactly one sham arm and no conservative arm."""
    sham_rows = [(o, r) for o, r in all_rows(pack) if r.evidence_kind == "sham-controlled"
                 or any(a.comparator == "sham" for a in r.arms)]
    assert {"vapour_14_days", "invest_1_month", "cochrane_1_month", "vertos4_height", "vertos4_new_fracture",
            "invest_serious_events"} <= {r.id for _, r in sham_rows}
    for o, r in sham_rows:
        assert r.evidence_kind in ("sham-controlled", "meta-analysis"), (o.id, r.id)
        assert [a.comparator for a in r.arms if a.comparator] == ["sham"], (o.id, r.id)
        assert r.arm_for("conservative") is None, (o.id, r.id)
        assert r.arm_for("kyphoplasty") is None, (o.id, r.id)      # kyphoplasty was never tested against a sham
        assert r.option_ids == ("vertebroplasty",), (o.id, r.id)


def test_unverified_figures_are_flagged(pack):
    flagged = set()
    for o, r in all_rows(pack):
        if set(r.sources) & UNVERIFIED_SOURCES:
            assert r.unverified, (o.id, r.id)
        if r.unverified:
            flagged.add(r.id)
    assert flagged == UNVERIFIED_ROWS


def test_unverified_source_is_marked_in_citation(pack):
    for sid in UNVERIFIED_SOURCES:
        assert "NOT YET CHECKED" in pack.source(sid).citation


def test_industry_funding_flagged(pack):
    for sid in INDUSTRY_FUNDED:
        assert pack.source(sid).industry_funded, sid


# --- seed figures, labelled for what they are -------------------------------------------------------
def _fake_procedure_rows(pack, ids):
    return [row(pack, i) for i in ids if row(pack, i).evidence_kind == "sham-controlled"
            and row(pack, i).arm_for("sham") is not None]


def test_seed_87_is_a_claim_with_no_comparison_group(pack):
    r = row(pack, "clinic_87")
    assert r in pack.outcome("pain_soon").rows
    assert r.evidence_kind == "claim" and r.is_claim and r.single_group
    assert arm_keys(r) == ("vertebroplasty",) and r.difference is None
    vp = arm(pack, "clinic_87", "vertebroplasty")
    assert vp.value == 87 and vp.approximate
    assert "seed-004" in r.sources
    assert r.certainty == "very low"
    assert r.see_also and len(_fake_procedure_rows(pack, r.see_also)) == len(r.see_also)


def test_clinic_complication_claim(pack):
    r = row(pack, "clinic_1_to_3")
    assert r in pack.outcome("procedure_harms").rows
    assert r.evidence_kind == "claim" and arm_keys(r) == ("vertebroplasty",)
    vp = arm(pack, "clinic_1_to_3", "vertebroplasty")
    assert (vp.low, vp.high) == (1, 3)
    assert vp.value is None and not vp.has_figure and vp.has_range      # no invented middle value
    assert r.unverified and r.certainty == "very low"
    assert "seed-004" in r.sources and "sir-qi-2003" in r.sources
    assert r.see_also and len(_fake_procedure_rows(pack, r.see_also)) == len(r.see_also)


def test_serious_complications_per_1000(pack):
    r = row(pack, "large_series_surgery")
    assert r.denominator == 1000 and r.evidence_kind == "case-series"
    vp = arm(pack, "large_series_surgery", "vertebroplasty")
    assert vp.value == 1 and vp.approximate
    assert (vp.events, vp.people) == (4, 3175)


def test_cement_outside_bone(pack):
    """Cement leaks are counted for the two procedures only: conservative care has no cement, so no arm."""
    for rid, want in (("leak_pooled_22", (55, 18)), ("leak_direct_6", (39, 29)), ("leak_kaviar_ct", (82, 73))):
        r = row(pack, rid)
        assert r in pack.outcome("procedure_harms").rows
        assert arm_keys(r) == ("vertebroplasty", "kyphoplasty"), rid
        assert (arm(pack, rid, "vertebroplasty").value, arm(pack, rid, "kyphoplasty").value) == want, rid
    assert row(pack, "leak_direct_6").evidence_kind == "head-to-head"
    emb = row(pack, "kaviar_embolism")
    assert emb.denominator == 1000 and arm_keys(emb) == ("vertebroplasty", "kyphoplasty")
    assert [(a.value, a.approximate, a.events, a.people) for a in emb.arms] == [(5, True, 1, 190), (5, True, 1, 191)]


def test_serious_events_in_the_fake_procedure_trial(pack):
    r = row(pack, "invest_serious_events")
    assert r in pack.outcome("procedure_harms").rows
    assert arm_keys(r) == ("sham", "vertebroplasty")
    sham, vp = r.arms
    assert (sham.value, sham.events, sham.people) == (1.6, 1, 63) and sham.approximate
    assert (vp.value, vp.events, vp.people) == (1.5, 1, 68) and vp.approximate


def test_new_fracture_rows(pack):
    lindsay = arm(pack, "lindsay_no_procedure", "conservative")
    assert (lindsay.value, lindsay.low, lindsay.high) == (19, 14, 25)
    assert "rounded" in row(pack, "lindsay_no_procedure").note
    assert arm_keys(row(pack, "lindsay_no_procedure")) == ("conservative",)
    v2 = row(pack, "vertos2_new_fracture")
    assert arm_keys(v2) == ("conservative", "vertebroplasty")
    assert [(a.value, a.events, a.people) for a in v2.arms] == [(25, 21, 85), (16, 15, 91)]
    v4 = row(pack, "vertos4_new_fracture")
    assert arm_keys(v4) == ("sham", "vertebroplasty")
    assert arm(pack, "vertos4_new_fracture", "vertebroplasty").value == 16
    assert arm(pack, "vertos4_new_fracture", "sham").value == 21
    assert all(a.approximate for a in v4.arms)
    assert "assum" in v4.note
    free = row(pack, "free_new_fracture")
    assert arm_keys(free) == ("conservative", "kyphoplasty") and free.unverified and free.funder
    assert [(a.value, a.approximate) for a in free.arms] == [(25, True), (33, True)]


def test_natural_course_figures(pack):
    assert arm(pack, "vertos2_screening", "conservative").value == 53
    v2 = arm(pack, "vertos2_conservative_12m", "conservative")
    assert (v2.value, v2.events, v2.people) == (60, 57, 95)
    # the 40 in 100 still in pain is now the row's note: "the other 38" of 95
    assert v2.people - v2.events == 38 and "other 38" in row(pack, "vertos2_conservative_12m").note
    v3 = arm(pack, "vertos3_12m", "conservative")
    assert (v3.value, v3.events, v3.people) == (54, 44, 82)
    assert v3.people - v3.events == 38 and "other 38" in row(pack, "vertos3_12m").note
    for rid in ("vertos2_screening", "vertos2_conservative_12m", "vertos3_12m", "lindsay_no_procedure"):
        r = row(pack, rid)
        assert r.evidence_kind == "natural-course" and arm_keys(r) == ("conservative",), rid
    nc = pack.condition.natural_course
    for fig in ("53 in 100", "60 in 100", "40 in 100", "54 in 100", "46 in 100", "2 to 12 weeks", "3 months"):
        assert fig in nc


# --- milestones -----------------------------------------------------------------------------------------
def milestone(pack, mid):
    return next(m for m in pack.milestones if m.id == mid)


def test_every_option_has_milestones(pack):
    for oid in OPTION_IDS:
        assert pack.milestones_for(oid)


@pytest.mark.parametrize("prefix", ["vp", "kp"])
def test_procedure_milestones_from_seeds(pack, prefix):
    lie = milestone(pack, f"{prefix}_lie_flat")
    assert lie.to_hours - lie.from_hours == 1.0
    obs = milestone(pack, f"{prefix}_observation")
    assert (obs.to_hours - obs.from_hours, obs.to_hours_max - obs.from_hours) == (1.0, 2.0)
    relief = milestone(pack, f"{prefix}_relief")
    assert relief.to_hours_max == 72.0 and "24" in relief.text and "72" in relief.text
    assert "fake procedure" in relief.text
    walk = milestone(pack, f"{prefix}_walk_same_day")
    assert walk.to_hours <= 24 and "same day" in walk.text
    lift = milestone(pack, f"{prefix}_lifting")
    assert lift.to_hours == 1008.0 and lift.to_hours_max == 2190.0
    assert "6 weeks" in lift.text and "3 months" in lift.text
    assert milestone(pack, f"{prefix}_driving").to_hours == 48.0
    assert milestone(pack, f"{prefix}_follow_up")
    assert milestone(pack, f"{prefix}_bone_medicine")


def test_conservative_course_milestones(pack):
    eases = milestone(pack, "cons_pain_eases")
    assert (eases.from_hours, eases.to_hours) == (336.0, 2016.0)
    assert milestone(pack, "cons_most_improvement").to_hours == 2190.0


# --- warning signs, guidance ---------------------------------------------------------------------------
def test_warning_signs(pack):
    by_id = {w.id: w for w in pack.warning_signs}
    assert by_id["chest_pain_breathless"].urgency == "emergency"
    assert by_id["bladder_bowel"].urgency == "emergency"
    assert by_id["fever"].urgency == "call" and "100.4" in by_id["fever"].text
    assert by_id["numbness_weakness"].urgency == "call"


@pytest.mark.parametrize("body,year", [("AAOS", 2010), ("NICE", 2013), ("ASBMR", 2019), ("Cochrane", 2018),
                                       ("Multisociety", 2014), ("ACR (American College of Radiology)", 2018),
                                       ("Medicare", 2024)])
def test_guidance_bodies(pack, body, year):
    hits = [g for g in pack.guidance if body.lower() in g.body.lower()]
    assert hits, body
    assert hits[0].year == year and hits[0].sources and hits[0].summary and hits[0].short


def test_cost_cells_point_at_the_medicare_guidance(pack):
    """The options' cost cells send the reader to 'What expert groups say', which must hold Medicare's rules."""
    for oid in ("vertebroplasty", "kyphoplasty"):
        cost = dict(pack.option(oid).attributes)["cost_insurance"]
        assert "'What expert groups say'" in cost, oid
    assert any("Medicare" in g.body for g in pack.guidance)


# --- situation questions and rules ------------------------------------------------------------------------
def test_situation_questions(pack):
    q = {s.id: s for s in pack.situation}
    assert [c.id for c in q["fracture_age"].choices] == [
        "under_6_weeks", "6_weeks_to_6_months", "6_to_12_months", "over_12_months", "not_sure"]
    assert q["pain_now"].type == "number" and (q["pain_now"].min, q["pain_now"].max) == (0, 10)
    assert [c.id for c in q["pain_duration_despite_medicine"].choices] == [
        "under_2_weeks", "2_to_6_weeks", "over_6_weeks", "not_taking"]
    assert [c.id for c in q["imaging_confirmed"].choices] == ["yes", "no", "not_sure"]
    assert [c.id for c in q["injury_cause"].choices] == ["minor", "major", "no_injury", "not_sure"]
    for yn in ("in_hospital", "cancer_history", "leg_weakness", "bladder_bowel", "fever_infection",
               "blood_thinners", "cement_allergy", "pregnancy"):
        assert q[yn].type == "yes_no", yn


@pytest.mark.parametrize("field,urgency", [
    ("leg_weakness", "emergency"), ("bladder_bowel", "emergency"), ("fever_infection", "call"),
    ("blood_thinners", "call"), ("cement_allergy", "call"), ("pregnancy", "call"),
])
def test_one_warning_rule_per_warning_sign(pack, field, urgency):
    fired = fired_rules(pack, {field: "yes"})
    warnings = [r for r in fired if r.warning]
    assert len(warnings) == 1
    assert warnings[0].urgency == urgency
    assert "care team now" in warnings[0].message
    assert not [r for r in fired_rules(pack, {field: "no"}) if r.warning]


@pytest.mark.parametrize("answers,rule_id", [
    ({"cancer_history": "yes"}, "discuss_cancer"),
    ({"injury_cause": "major"}, "discuss_major_injury"),
    ({"fracture_age": "over_12_months"}, "discuss_fracture_over_12_months"),
    ({"pain_now": 7}, "discuss_severe_pain"),
    ({"imaging_confirmed": "no"}, "discuss_imaging"),
    ({"imaging_confirmed": "not_sure"}, "discuss_imaging"),
])
def test_discuss_rules(pack, answers, rule_id):
    fired = fired_rules(pack, answers)
    assert rule_id in {r.id for r in fired}
    r = next(r for r in fired if r.id == rule_id)
    assert not r.warning and r.urgency == "discuss"
    assert "talk with your doctor" in r.message.lower() or "ask your doctor" in r.message.lower()


def test_no_rule_fires_on_empty_answers(pack):
    assert fired_rules(pack, {}) == []


def test_no_eligibility_verdicts_anywhere(pack):
    text = "\n".join(all_text(pack))
    for pat in FORBIDDEN_PHRASES:
        m = re.search(pat, text, flags=re.IGNORECASE)
        assert m is None, f"eligibility verdict {m.group(0)!r} in pack text"


# --- values, questions, knowledge, glossary, SURE -----------------------------------------------------------
def test_values_statements(pack):
    ids = {v.id for v in pack.values}
    assert len(pack.values) >= 8
    assert {"fast_relief", "avoid_procedure", "avoid_anaesthesia", "lowest_risk", "restore_height",
            "low_cost", "time_off", "evidence_certainty"} <= ids


def test_questions_and_knowledge(pack):
    assert len(pack.questions) >= 10
    assert len(pack.knowledge) >= 5
    for k in pack.knowledge:
        assert k.explanation.strip()
        assert 0 <= k.answer < len(k.choices)


def test_glossary(pack):
    assert len(pack.glossary) >= 12
    terms = {g.term.lower() for g in pack.glossary} | {a.lower() for g in pack.glossary for a in g.aliases}
    for t in ("vertebroplasty", "kyphoplasty", "compression fracture", "osteoporosis", "vertebra",
              "sham procedure", "placebo", "bone cement", "anaesthesia", "sedation", "mri", "open-label",
              "randomised trial", "certainty"):
        assert t in terms, t


def test_sure_and_next_steps(pack):
    s = pack.sure
    assert s.sure_of_best and s.know_benefits_risks and s.clear_values and s.enough_support
    note = s.low_score_note.lower()
    assert "time" in note and "family" in note and "questions" in note
    assert len(pack.next_steps) >= 3


# --- audit corrections (outside the evidence rows) -------------------------------------------------------
def _prose_outside_outcomes(pack):
    """(key path, text) for the patient-facing prose that is not in [[outcomes]]."""
    out = [("condition.natural_course", pack.condition.natural_course)]
    out += [(f"options.{o.id}.{a}", t) for o in pack.options for a, t in o.attributes]
    out += [(f"comparison.{c.id}.{o}", t) for c in pack.comparison for o, t in c.answers]
    out += [(f"rules.{r.id}", r.message) for r in pack.rules]
    out += [(f"guidance.{g.id}", f"{g.summary} {g.short}") for g in pack.guidance]
    out += [(f"knowledge.{k.id}", " ".join([k.explanation, *k.choices])) for k in pack.knowledge]
    out += [(f"glossary.{g.term}", g.definition) for g in pack.glossary]
    out += [("next_steps", " ".join(pack.next_steps))]
    return out


@pytest.mark.parametrize("wrong", [
    "twice as much", "the largest trial (free)", "no, never", "in another, 60 in 100", "forward bend of the spine",
    "pain score of 3 or more", "how much pain went down", "under 200 people"])
def test_audited_wording_is_gone(pack, wrong):
    hits = [path for path, text in _prose_outside_outcomes(pack) if wrong in text.lower()]
    assert not hits, hits


def test_one_in_1000_is_said_of_cement_in_the_spinal_canal(pack):
    hits = [(path, text) for path, text in _prose_outside_outcomes(pack) if "1 in 1,000" in text]
    assert hits
    for path, text in hits:
        assert "spinal canal" in text and "3,175" in text, path


def test_kyphoplasty_costs_as_ratios_by_setting(pack):
    answer = dict(next(c for c in pack.comparison if c.id == "cost").answers)["kyphoplasty"]
    for figure in ("2.4 times", "$8,100", "$3,319", "1.3 times", "$13,187", "$9,837", "2007 to 2008"):
        assert figure in answer, figure


def test_kyphoplasty_new_fracture_answer_gives_free_marked_unchecked(pack):
    c = next(c for c in pack.comparison if c.id == "new_fractures")
    answer = dict(c.answers)["kyphoplasty"]
    assert "33 in 100" in answer and "25 in 100" in answer and "not yet checked" in answer
    assert "wardlaw-2009" in c.sources


def test_mild_pain_rule_gives_each_trials_lowest_score(pack):
    """Each trial's lowest score, in plain words: the trials' names are for the sources (issue 19)."""
    message = next(r for r in pack.rules if r.id == "discuss_mild_pain").message
    for part in ("One vertebroplasty trial had no lowest score", "at least 3, 5 or 7 out of 10"):
        assert part in message, part


def test_kyphoplasty_sham_answer_is_bounded_by_the_evidence_used(pack):
    """Not "No, never": no trial in the evidence this aid uses, whose search has no known end date (the pack's
    metadata says so), so the answer names the evidence and its newest year, not a search date it does not have."""
    k = next(k for k in pack.knowledge if k.id == "k_kyphoplasty_sham")
    assert pack.metadata.evidence_search_date is None and "Not known" in pack.metadata.evidence_up_to
    assert k.choices[k.answer] == "No published trial in the evidence this aid uses"
    assert "never" not in " ".join(k.choices).lower() and "2023" in k.explanation


def test_completed_citations(pack):
    assert pack.source("kaviar-2014").citation.startswith("Dohm M, Black CM, Dacre A, Tillman JB, Fueredi G;")
    assert "2018;39(5):798-806" in pack.source("chandra-2018").citation
    assert "J Bone Miner Res 2019;34(1):3-21" in pack.source("asbmr-2019").citation
    assert pack.source("asbmr-2019").url == "https://pubmed.ncbi.nlm.nih.gov/30677181/"
    assert pack.source("esj-2023-leakage").url == "https://pubmed.ncbi.nlm.nih.gov/37999769/"


# --- sources ------------------------------------------------------------------------------------------------
def test_seed_sources_are_cited(pack):
    for i in range(5):
        src = pack.source(f"seed-00{i}")
        assert f"seed 00{i}" in src.citation
        assert src.kind in ("clinic-page", "patient-page")


def test_every_source_is_cited(pack):
    assert {s.id for s in pack.sources} == pack.cited_source_ids()


def test_what_it_is_like_covers_the_feelings_and_daily_life_of_every_option(pack):
    """IPDAS: each option's feelings and daily-life side as well as the physical one (issue 19): waiting for pain
    to ease, worry about the procedure, help at home, time off; with no figure the pack does not have."""
    texts = {o.id: dict(o.attributes)["what_it_is_like"] for o in pack.options}
    for oid, text in texts.items():
        assert "help at home" in text and "time off" in text, oid
        assert "We found no figures" in text, oid          # no invented figures for help or time off
    assert "waiting for the pain to ease" in texts["conservative"]
    assert "no procedure to get ready for or to worry about" in texts["conservative"]
    for oid in ("vertebroplasty", "kyphoplasty"):
        assert "worry about the procedure" in texts[oid] and "someone needs to take you home" in texts[oid]
    # every figure in it is a figure the pack already gives for that option elsewhere
    import re
    for o in pack.options:
        elsewhere = " ".join(t for k, t in o.attributes if k != "what_it_is_like") + " " + " ".join(
            m.text for m in pack.milestones_for(o.id))
        for n in re.findall(r"\d+", texts[o.id]):
            assert n in re.findall(r"\d+", elsewhere), (o.id, n)
