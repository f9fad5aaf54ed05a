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

# Sources whose figures rest on an UNVERIFIED entry of the evidence sheet: any value citing one must be flagged.
UNVERIFIED_SOURCES = {"sir-qi-2003"}

# Every figure taken from an UNVERIFIED sheet entry: (outcome id, row id, option id).
# The test checks both ways: these are flagged, and nothing else is flagged.
UNVERIFIED_FIGURES = {
    ("pain_1_to_3_months", "cochrane_1_month", "vertebroplasty"),     # Cochrane 0.6 (0.2-1.1)
    ("pain_1_to_3_months", "vertos2_1_month", "vertebroplasty"),      # VERTOS II 2.6 at 1 month
    ("pain_12_months", "vertos2_12m", "vertebroplasty"),              # VERTOS II 2.0 at 1 year
    ("daily_function", "cochrane_disability", "vertebroplasty"),      # Cochrane RMDQ 1.7
    ("serious_complications", "clinic_1_to_3", "vertebroplasty"),     # clinic "1 to 3%", origin unverified
    ("new_fracture_1_year", "free_new_fracture", "conservative"),     # FREE ~25%
    ("new_fracture_1_year", "free_new_fracture", "kyphoplasty"),      # FREE ~33%
}

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


def all_values(pack):
    for o in pack.outcomes:
        for r in o.rows:
            for v in r.values:
                yield o, r, v


def row(pack, outcome_id, row_id):
    for r in pack.outcome(outcome_id).rows:
        if r.id == row_id:
            return r
    raise KeyError(row_id)


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
    want = ("what_it_is", "on_the_day", "anaesthesia", "time_in_hospital", "recovery", "main_benefits",
            "main_risks", "may_suit", "may_not_suit", "cost_insurance")
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


def test_every_option_filled_in_every_row(pack):
    for o in pack.outcomes:
        for r in o.rows:
            assert tuple(v.option for v in r.values) == OPTION_IDS, (o.id, r.id)
            for v in r.values:
                assert v.has_figure or v.no_figure.strip(), (o.id, r.id, v.option)
                if v.has_figure:
                    assert v.sources and v.certainty and v.certainty_reason


def test_measures_are_kept_apart(pack):
    for o, r, v in all_values(pack):
        if r.measure == "mean_difference":
            assert v.value is None, (o.id, r.id)
        else:
            assert v.mean_difference is None, (o.id, r.id)
            assert r.denominator in (100, 1000)


def test_mean_differences_are_present(pack):
    mds = {(o.id, r.id) for o, r, v in all_values(pack) if v.mean_difference is not None}
    for key in [("pain_1_to_3_months", "cochrane_1_month"), ("pain_1_to_3_months", "buchbinder_3_months"),
                ("pain_1_to_3_months", "invest_1_month_difference"), ("pain_12_months", "vertos4_12m")]:
        assert key in mds
    assert row(pack, "pain_1_to_3_months", "cochrane_1_month").value_for("vertebroplasty").mean_difference == 0.6


def test_pain_relief_at_several_time_points(pack):
    frames = {r.time_frame for o in pack.outcomes if o.topic == "pain_relief" and o.kind == "benefit"
              for r in o.rows}
    assert {"1 day", "14 days", "1 month", "3 months", "12 months"} <= frames


def test_sham_rows_never_show_conservative_care(pack):
    sham_rows = [(o, r) for o in pack.outcomes for r in o.rows if r.evidence_kind == "sham-controlled"]
    assert sham_rows
    for o, r in sham_rows:
        cons = r.value_for("conservative")
        assert not cons.has_figure and "fake procedure" in cons.no_figure, (o.id, r.id)
        kp = r.value_for("kyphoplasty")
        assert not kp.has_figure and "never" in kp.no_figure, (o.id, r.id)


def test_unverified_figures_are_flagged(pack):
    flagged = set()
    for o, r, v in all_values(pack):
        if not v.has_figure:
            continue
        if set(v.sources) & UNVERIFIED_SOURCES:
            assert v.unverified, (o.id, r.id, v.option)
        if v.unverified:
            flagged.add((o.id, r.id, v.option))
    assert flagged == UNVERIFIED_FIGURES


def test_unverified_source_is_marked_in_citation(pack):
    for sid in UNVERIFIED_SOURCES:
        assert "NOT YET CHECKED" in pack.source(sid).citation


def test_industry_funding_flagged(pack):
    for sid in INDUSTRY_FUNDED:
        assert pack.source(sid).industry_funded, sid


# --- seed figures, labelled for what they are -------------------------------------------------------
def test_seed_87_is_before_after(pack):
    r = row(pack, "pain_days_weeks", "clinic_87")
    assert r.evidence_kind == "before-after"
    assert r.compared_with == "No comparison group"
    vp = r.value_for("vertebroplasty")
    assert vp.value == 87 and vp.approximate and "seed-004" in vp.sources
    assert vp.certainty == "very low"
    assert not r.value_for("conservative").has_figure
    assert not r.value_for("kyphoplasty").has_figure


def test_clinic_complication_claim(pack):
    r = row(pack, "serious_complications", "clinic_1_to_3")
    vp = r.value_for("vertebroplasty")
    assert (vp.low, vp.high) == (1, 3)
    assert vp.unverified and vp.approximate
    assert "seed-004" in vp.sources
    assert "only so the range can be drawn" in r.note


def test_serious_complications_per_1000(pack):
    r = row(pack, "serious_complications", "large_series_surgery")
    assert r.denominator == 1000
    vp = r.value_for("vertebroplasty")
    assert vp.value == 1 and vp.approximate


def test_cement_outside_bone(pack):
    r = row(pack, "cement_outside_bone", "leak_pooled_22")
    assert r.value_for("vertebroplasty").value == 55
    assert r.value_for("kyphoplasty").value == 18
    assert "No cement" in r.value_for("conservative").no_figure
    direct = row(pack, "cement_outside_bone", "leak_direct_6")
    assert (direct.value_for("vertebroplasty").value, direct.value_for("kyphoplasty").value) == (39, 29)
    ct = row(pack, "cement_outside_bone", "leak_kaviar_ct")
    assert (ct.value_for("vertebroplasty").value, ct.value_for("kyphoplasty").value) == (82, 73)


def test_new_fracture_rows(pack):
    lindsay = row(pack, "new_fracture_1_year", "lindsay_no_procedure").value_for("conservative")
    assert (lindsay.value, lindsay.low, lindsay.high) == (19, 14, 25)
    assert "rounded" in row(pack, "new_fracture_1_year", "lindsay_no_procedure").note
    v2 = row(pack, "new_fracture_1_year", "vertos2_new_fracture")
    assert (v2.value_for("vertebroplasty").value, v2.value_for("conservative").value) == (16, 25)
    v4 = row(pack, "new_fracture_1_year", "vertos4_new_fracture")
    assert v4.value_for("vertebroplasty").value == 16 and v4.value_for("vertebroplasty").approximate
    assert "assum" in v4.note


def test_natural_course_figures(pack):
    assert row(pack, "pain_days_weeks", "vertos2_screening").value_for("conservative").value == 53
    assert row(pack, "pain_12_months", "vertos2_conservative_12m").value_for("conservative").value == 60
    assert row(pack, "conservative_harms", "vertos2_still_pain").value_for("conservative").value == 40
    assert row(pack, "pain_12_months", "vertos3_12m").value_for("conservative").value == 54
    assert row(pack, "conservative_harms", "vertos3_not_enough_relief").value_for("conservative").value == 46
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
                                       ("Multisociety", 2014), ("Medicare", 2024)])
def test_guidance_bodies(pack, body, year):
    hits = [g for g in pack.guidance if body.lower() in g.body.lower()]
    assert hits, body
    assert hits[0].year == year and hits[0].sources


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


# --- sources ------------------------------------------------------------------------------------------------
def test_seed_sources_are_cited(pack):
    for i in range(5):
        src = pack.source(f"seed-00{i}")
        assert f"seed 00{i}" in src.citation
        assert src.kind in ("clinic-page", "patient-page")


def test_every_source_is_cited(pack):
    assert {s.id for s in pack.sources} == pack.cited_source_ids()
