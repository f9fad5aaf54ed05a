"""Evidence as comparisons: every result row worded once, with both groups that were compared.

``evidence(pack)`` groups the rows by the question a patient asks (the pack's outcomes), fairest evidence first
and clinics' claims last, and words each arm, the difference with its range and direction, the certainty with
its reason, the sources and the funder. A figure for one trial group is never worded alone: ``ArmView.figure`` is
only ever shown inside a ``RowView`` that shows every arm of its row (tests walk every output for this).
"""
from __future__ import annotations

from dataclasses import dataclass

from .text import COMPARATOR_IN_SENTENCE, COMPARATOR_WORDS, certainty_words, evidence_words, lower_first, num, sentence, t

# Fairness rank of each kind of evidence: lower is shown first within a question; claims always come last.
_RANK = {"sham-controlled": 0, "meta-analysis": 0, "usual-care": 1, "head-to-head": 1, "natural-course": 2,
         "observational": 2, "case-series": 2, "before-after": 3, "claim": 3}


@dataclass(frozen=True)
class ArmView:
    """One group of a result, worded."""

    key: str                 # option id or comparator id
    label: str               # "Vertebroplasty", "Fake procedure"
    in_sentence: str         # "vertebroplasty", "the fake procedure"
    option: str              # option id, or "" for a comparator
    value: float | None      # the figure to draw (count out of the denominator, or a mean)
    low: float | None
    high: float | None
    approximate: bool
    less_than: bool
    figure: str              # "44 in 100", "about 87 in 100", "1 to 3 in 100", "2.6 on average", "Not reported"
    frames: str              # counts: "44 in 100 had this; 56 did not"; otherwise the same as figure
    counts: str              # "15 of 91 people", or ""
    reason: str              # why there is no figure, or ""

    @property
    def reported(self) -> bool:
        return self.value is not None or (self.low is not None and self.high is not None)


@dataclass(frozen=True)
class DifferenceView:
    value: float | None
    low: float | None
    high: float | None
    text: str                # "23 more in 100 with vertebroplasty (range 6 to 39)"


@dataclass(frozen=True)
class RowView:
    """One result: the groups compared, in the same people over the same time."""

    id: str
    outcome_id: str
    question: str            # the outcome's label: the question this answers
    label: str
    kind: str
    kind_words: str
    measure: str             # "count" | "mean" | "mean_difference"
    denominator: int
    scale: str
    direction: str
    people: str              # who was studied, in plain words (no trial name)
    study: str               # the trial's own name ("VAPOUR trial, Australia"), or "": clinician views and sources
    time_frame: str
    arms: tuple[ArmView, ...]
    difference: DifferenceView | None
    difference_only: bool    # the source reported only the difference between the groups
    certainty: str           # "Low certainty"
    certainty_reason: str
    markers: str             # "[3, 7]"
    source_ids: tuple[str, ...]
    funder: str              # "Paid for by: ..." or ""
    funder_name: str         # who paid, as the pack says it, or ""
    unverified: bool
    note: str
    is_claim: bool
    single_group: bool
    key: bool
    in_charts: bool
    comparison: str          # "Fake procedure: 21 in 100. Vertebroplasty: 44 in 100."
    beside: tuple[str, ...]  # for a claim: what fair trials found, each a whole comparison
    alt: str                 # the row's text alternative: every arm, the difference, certainty, sources

    @property
    def figures(self) -> tuple[str, ...]:
        """The figure phrases of this row as every output shows them (arms, then the difference)."""
        out = tuple(f"{a.label}: {a.figure}" for a in self.arms)
        return out + ((self.difference.text,) if self.difference and self.difference.text else ())


@dataclass(frozen=True)
class QuestionView:
    id: str
    label: str
    description: str
    kind: str                # "benefit" | "harm"
    topic: str
    rows: tuple[RowView, ...]


# ---- phrases ------------------------------------------------------------------------------------------------
def arm_label(pack, arm) -> str:
    if arm.option:
        return pack.option(arm.option).short_name
    return t(COMPARATOR_WORDS[arm.comparator])


def count_figure(value, den, *, approximate=False, less_than=False, low=None, high=None) -> str:
    if value is None and low is not None:
        return t("{low} to {high} in {den}").format(low=num(low), high=num(high), den=num(den))
    if less_than:
        return t("fewer than {n} in {den}").format(n=num(value), den=num(den))
    if approximate:
        return t("about {n} in {den}").format(n=num(value), den=num(den))
    return t("{n} in {den}").format(n=num(value), den=num(den))


def count_frames(value, den, *, approximate=False, less_than=False) -> str:
    rest = num(den - value)
    if less_than:
        tpl = t("fewer than {n} in {den} had this; more than {rest} did not")
    elif approximate:
        tpl = t("about {n} in {den} had this; about {rest} did not")
    else:
        tpl = t("{n} in {den} had this; {rest} did not")
    return tpl.format(n=num(value), den=num(den), rest=rest)


def _range(low, high) -> str:
    if low is None or high is None:
        return ""
    return t("range {low} to {high}").format(low=num(low), high=num(high))


def arm_in_sentence(pack, arm) -> str:
    if arm.option:
        return lower_first(pack.option(arm.option).short_name)
    return t(COMPARATOR_IN_SENTENCE[arm.comparator])


def _arm_view(pack, row, arm) -> ArmView:
    label = arm_label(pack, arm)
    said = arm_in_sentence(pack, arm)
    counts = t("{events} of {people} people").format(events=num(arm.events), people=num(arm.people)) \
        if arm.events is not None else ""
    if arm.not_reported or (arm.value is None and arm.low is None):
        figure = t("not reported")
        return ArmView(arm.key, label, said, arm.option, None, None, None, False, False, figure, figure, counts,
                       arm.not_reported)
    if row.measure == "count":
        figure = count_figure(arm.value, row.denominator, approximate=arm.approximate, less_than=arm.less_than,
                              low=arm.low, high=arm.high)
        if arm.value is not None and arm.has_range:
            figure = t("{figure} ({range})").format(figure=figure, range=_range(arm.low, arm.high))
        if arm.value is None:            # a range with no middle value
            frames = figure
        else:
            frames = count_frames(arm.value, row.denominator, approximate=arm.approximate, less_than=arm.less_than)
            if arm.has_range:
                frames = t("{figure} ({range})").format(figure=frames, range=_range(arm.low, arm.high))
    else:
        tpl = t("about {n} on average") if arm.approximate else t("{n} on average")
        figure = tpl.format(n=num(arm.value))
        if arm.has_range:
            figure = t("{figure} ({range})").format(figure=figure, range=_range(arm.low, arm.high))
        frames = figure
    return ArmView(arm.key, label, said, arm.option, arm.value, arm.low, arm.high, arm.approximate, arm.less_than,
                   figure, frames, counts, "")


def _difference(pack, row, arms: tuple[ArmView, ...]) -> DifferenceView | None:
    d = row.difference
    if row.measure == "count":
        if len(arms) != 2 or any(a.value is None for a in arms):
            return None
        first, second = arms
        if d is None and any(a.approximate or a.less_than for a in arms):
            return None      # no difference worked out from rounded figures
        value = d.value if d and d.value is not None else second.value - first.value
        low, high = (d.low, d.high) if d else (None, None)
        size = num(abs(value))
        if abs(value) < 1e-9:
            text = t("No difference between the groups")
        elif value > 0:
            text = t("{n} more in {den} with {a} than with {b}").format(
                n=size, den=num(row.denominator), a=second.in_sentence, b=first.in_sentence)
        else:
            text = t("{n} fewer in {den} with {a} than with {b}").format(
                n=size, den=num(row.denominator), a=second.in_sentence, b=first.in_sentence)
        if low is not None:
            text = t("{text} ({range})").format(text=text, range=_range(low, high))
        return DifferenceView(value, low, high, text)
    if d is None:
        return None
    about = t("about ") if d.approximate else ""
    text = t("Difference between the groups: {about}{n} ({scale})").format(about=about, n=num(d.value),
                                                                          scale=row.scale)
    if d.has_range:
        text = t("{text}, {range}").format(text=text, range=_range(d.low, d.high))
    elif row.measure == "mean_difference":
        text = t("{text}, no range given").format(text=text)
    text = t("{text}. {direction}").format(text=text, direction=sentence(row.direction))
    return DifferenceView(d.value, d.low, d.high, text)


def _comparison(arms: tuple[ArmView, ...], difference_only: bool) -> str:
    if difference_only:
        return t("The source reported only the difference between the groups ({groups}), not each group's own "
                 "figure.").format(groups=t("{a} and {b}").format(a=arms[0].in_sentence, b=arms[1].in_sentence)
                                   if len(arms) == 2 else ", ".join(a.in_sentence for a in arms))
    parts = [t("{label}: {figure}").format(label=a.label, figure=a.figure) for a in arms]
    return " · ".join(parts)


def _alt(view_fields: dict) -> str:
    arms: tuple[ArmView, ...] = view_fields["arms"]
    bits = [t("{label}, {time}").format(label=view_fields["label"], time=view_fields["time_frame"])]
    if view_fields["single_group"]:
        bits.append(t("one group only, no comparison group"))
    for a in arms:
        if a.reported:
            bits.append(t("{label}: {figure}").format(label=a.label, figure=a.frames))
        else:
            bits.append(t("{label}: not reported ({reason})").format(label=a.label, reason=a.reason.rstrip(".")))
    d = view_fields["difference"]
    if d is not None:
        bits.append(d.text.rstrip("."))
    bits.append(view_fields["certainty"])
    bits.append(view_fields["kind_words"])
    if view_fields["markers"]:
        bits.append(t("sources {markers}").format(markers=view_fields["markers"]))
    return "; ".join(bits) + "."


def row_view(pack, outcome, row) -> RowView:
    arms = tuple(_arm_view(pack, row, a) for a in row.arms)
    difference_only = row.measure == "mean_difference"
    difference = _difference(pack, row, arms)
    fields = dict(
        id=row.id, outcome_id=outcome.id, question=outcome.label, label=row.label, kind=row.evidence_kind,
        kind_words=evidence_words(row.evidence_kind), measure=row.measure, denominator=row.denominator,
        scale=row.scale, direction=row.direction, people=row.group, study=row.study, time_frame=row.time_frame,
        arms=arms,
        difference=difference, difference_only=difference_only, certainty=certainty_words(row.certainty),
        certainty_reason=row.certainty_reason, markers=pack.markers(row.sources), source_ids=row.sources,
        funder=t("Paid for by: {who}").format(who=row.funder) if row.funder else "", funder_name=row.funder,
        unverified=row.unverified,
        note=row.note, is_claim=row.is_claim, single_group=row.single_group, key=row.key, in_charts=row.in_charts,
        comparison=_comparison(arms, difference_only),
    )
    beside = []
    for ref in row.see_also:
        other_outcome, other = _find(pack, ref)
        ov = row_view(pack, other_outcome, other)
        beside.append(t("In a fair trial ({label}, {time}): {comparison}").format(
            label=lower_first(ov.label),
            time=ov.time_frame, comparison=ov.comparison))
    fields["beside"] = tuple(beside)
    fields["alt"] = _alt(fields)
    return RowView(**fields)


def _find(pack, row_id):
    for o in pack.outcomes:
        for r in o.rows:
            if r.id == row_id:
                return o, r
    raise KeyError(row_id)


# Worded evidence per (pack object, words in force). Pack-derived only (no session data), so it may outlive a
# kiosk reset; it saves re-wording 37 rows on every step visit and export.
_MEMO: dict = {}


def evidence(pack) -> tuple[QuestionView, ...]:
    """Every question with its rows, worded (fairest evidence first, claims last)."""
    key = (id(pack), _language())
    hit = _MEMO.get(key)
    if hit is not None and hit[0] is pack:
        return hit[1]
    result = _evidence(pack)
    if len(_MEMO) >= 4:
        _MEMO.clear()
    _MEMO[key] = (pack, result)
    return result


def _evidence(pack) -> tuple[QuestionView, ...]:
    out = []
    for o in pack.outcomes:
        rows = sorted(o.rows, key=lambda r: _RANK.get(r.evidence_kind, 2))
        out.append(QuestionView(o.id, o.label, o.description, o.kind, o.topic,
                                tuple(row_view(pack, o, r) for r in rows)))
    return tuple(out)


def _language():
    # the translator in force changes the words: part of the memo key
    return t("{n} in {den}"), t("Fake procedure")


def rows(pack, *, charts_only: bool = False, key_only: bool = False) -> tuple[RowView, ...]:
    return tuple(r for q in evidence(pack) for r in q.rows
                 if (not charts_only or r.in_charts) and (not key_only or r.key))


def row(pack, row_id: str) -> RowView:
    for q in evidence(pack):
        for r in q.rows:
            if r.id == row_id:
                return r
    raise KeyError(row_id)


def topic_rows(pack, topic: str) -> tuple[RowView, ...]:
    return tuple(r for q in evidence(pack) if q.topic == topic for r in q.rows)


TRANSLATABLE = (
    "{low} to {high} in {den}", "fewer than {n} in {den}", "about {n} in {den}", "{n} in {den}",
    "fewer than {n} in {den} had this; more than {rest} did not", "about {n} in {den} had this; about {rest} did not",
    "{n} in {den} had this; {rest} did not", "range {low} to {high}", "{events} of {people} people",
    "not reported", "{figure} ({range})", "about {n} on average", "{n} on average",
    "No difference between the groups", "{n} more in {den} with {a} than with {b}",
    "{n} fewer in {den} with {a} than with {b}", "{text} ({range})", "about ",
    "Difference between the groups: {about}{n} ({scale})", "{text}, {range}", "{text}, no range given",
    "{text}. {direction}",
    "The source reported only the difference between the groups ({groups}), not each group's own figure.",
    "{a} and {b}", "{label}: {figure}", "{label}, {time}", "one group only, no comparison group",
    "{label}: not reported ({reason})", "sources {markers}", "Paid for by: {who}",
    "In a fair trial ({label}, {time}): {comparison}",
)
