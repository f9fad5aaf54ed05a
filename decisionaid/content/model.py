"""Frozen dataclasses for a content pack. Plain Python: no Qt, no matplotlib.

The field names mirror the TOML keys documented in docs/content-format.md.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, fields
from typing import Any, Literal

EVIDENCE_KINDS = (
    "before-after",
    "claim",
    "sham-controlled",
    "usual-care",
    "natural-course",
    "case-series",
    "observational",
    "head-to-head",
    "meta-analysis",
)
CERTAINTY_LABELS = ("high", "moderate", "low", "very low")
TRANSLATION_STATUSES = ("original", "not-reviewed", "reviewed")
URGENCIES = ("emergency", "call", "discuss")
QUESTION_TYPES = ("choice", "yes_no", "number")
OPERATORS = ("eq", "ne", "lt", "le", "gt", "ge", "in")


class _Record:
    """Equality, hash and repr for every class below, written once.

    ``dataclass()`` would generate and compile these three methods for each of the 26 classes on every import
    (about 7 ms of every start-up on Python 3.11). They behave as the generated ones do: fields in declared
    order, fields with ``compare=False`` left out of equality and hash and fields with ``repr=False`` out of
    repr (no field here sets ``hash=``), and an instance equals only an instance of the very same class.
    """

    __slots__ = ()

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, "compare") == _values(other, "compare")
        return NotImplemented

    def __hash__(self):
        return hash(_values(self, "compare"))

    def __repr__(self):
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _names(type(self), "repr"))
        return f"{type(self).__qualname__}({shown})"


def _names(cls, kind: str) -> tuple[str, ...]:
    """The fields taking part in equality and hash (``kind="compare"``) or repr (``"repr"``), kept on the class."""
    key = "_record_" + kind
    names = cls.__dict__.get(key)
    if names is None:
        names = tuple(f.name for f in fields(cls) if getattr(f, kind))
        setattr(cls, key, names)
    return names


def _values(obj, kind: str) -> tuple:
    return tuple(getattr(obj, name) for name in _names(type(obj), kind))


# frozen dataclasses whose equality, hash and repr come from _Record
_record = dataclass(frozen=True, eq=False, repr=False)


@_record
class Author(_Record):
    """One author of the pack: name, credentials, organisation and role ("no clinical author yet" is a valid,
    honest value, shown as it is)."""

    name: str
    role: str
    credentials: str = ""
    organisation: str = ""

    def line(self) -> str:
        """"Name (credentials; organisation): role", leaving out what is empty."""
        about = "; ".join(x for x in (self.credentials, self.organisation) if x)
        who = f"{self.name} ({about})" if about else self.name
        return f"{who}: {self.role}" if self.role else who


@_record
class Metadata(_Record):
    """``[metadata]``: what the aid is for, who wrote it, how it was made and tested, its dates and language.

    Whether and when it was clinically reviewed is not here: that comes only from a review record that matches
    the pack's exact bytes (``Pack.review``, ``content/review.py``)."""

    pack_id: str
    version: str
    language: str
    title: str
    decision: str
    intended_use: str
    for_whom: str
    not_for: str
    time_needed: str
    published: _dt.date
    next_review: _dt.date
    evidence_up_to: str                     # up to when the evidence goes, in words (honest when unknown)
    update_policy: str
    funding: str
    conflicts: str
    disclaimer: str
    synthesis_method: str                   # how the evidence was gathered and rated
    development: str                        # how the aid was developed
    testing: str                            # what testing with patients and clinicians has been done
    authors: tuple[Author, ...]
    evidence_search_date: _dt.date | None = None     # only when a dated search was really done
    translation_status: str = "original"
    translation_notice: str = ""
    reading_level: str = ""
    clinical_decision: str = ""     # the decision in clinical words, for the visit note ("" = use ``decision``)

    @property
    def translation_unreviewed(self) -> bool:
        return self.translation_status == "not-reviewed"


@_record
class Condition(_Record):
    """``[condition]``: the condition and its natural course, with sources."""

    title: str
    summary: str
    natural_course: str
    sources: tuple[str, ...]


@_record
class Attribute(_Record):
    """``[[attributes]]``: a feature every option describes (equal detail for each option)."""

    id: str
    label: str


@_record
class Option(_Record):
    """``[[options]]``: one option, with its text for every attribute."""

    id: str
    name: str
    short_name: str
    summary: str
    attributes: tuple[tuple[str, str], ...]  # (attribute id, text) in declared order

    def attribute(self, attribute_id: str) -> str:
        return dict(self.attributes)[attribute_id]


@_record
class Topic(_Record):
    """``[[topics]]``: a heading that groups comparison rows and outcomes."""

    id: str
    label: str


@_record
class ComparisonRow(_Record):
    """``[[comparison]]``: one question people ask, with the answer for each option."""

    id: str
    topic: str
    question: str
    answers: tuple[tuple[str, str], ...]  # (option id, answer) in option order
    sources: tuple[str, ...] = ()
    short_question: str = ""              # the question in a few words, for short views ("" = use ``question``)
    short: tuple[tuple[str, str], ...] = ()   # (option id, short answer) in option order, for every option or none
    in_short_grid: bool = False           # one of the rows of the short grid (at a glance, take-home summary)

    def answer(self, option_id: str) -> str:
        return dict(self.answers)[option_id]

    def short_answer(self, option_id: str) -> str:
        """The short answer for an option ("" when the row has no short answers)."""
        return dict(self.short).get(option_id, "")


# Kinds of evidence that report one group only (no comparison group) and kinds that compare groups.
SINGLE_GROUP_KINDS = ("before-after", "claim", "case-series", "natural-course", "observational")
COMPARED_KINDS = ("sham-controlled", "usual-care", "head-to-head", "meta-analysis")
# Arms that are not one of the pack's options: a fake (sham) procedure, or usual care in a trial where that was
# not the pack's conservative care.
COMPARATORS = ("sham", "usual-care")
MEASURES = ("count", "mean", "mean_difference")


@_record
class Arm(_Record):
    """One group of an evidence row: an option, or a comparator that is not an option, with its own figure.

    ``value`` is a count out of the row's denominator (``measure = "count"``) or the group's mean on the row's
    scale (``"mean"``). With no figure, ``not_reported`` says why in words. A range with no ``value`` (a claim
    given only as "1 to 3 in 100") is drawn as a range with no middle value.
    """

    option: str = ""          # an option id, or "" for a comparator
    comparator: str = ""      # one of COMPARATORS, or "" for an option
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    less_than: bool = False
    not_reported: str = ""
    events: int | None = None     # "15 of 91 people": the raw count the figure came from, where known
    people: int | None = None

    @property
    def key(self) -> str:
        """The option id, or the comparator's id: unique within a row."""
        return self.option or self.comparator

    @property
    def has_figure(self) -> bool:
        return self.value is not None

    @property
    def has_range(self) -> bool:
        return self.low is not None and self.high is not None


@_record
class Difference(_Record):
    """The difference between a row's two groups, as the source reported it, with the way its sign runs."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    approximate: bool = False

    @property
    def has_range(self) -> bool:
        return self.low is not None and self.high is not None


@_record
class EvidenceRow(_Record):
    """``[[outcomes.rows]]``: one result: the groups compared (arms), each with its own figure, in the same people
    over the same time, and the difference between them with its range and its certainty."""

    id: str
    label: str
    evidence_kind: str
    measure: str                       # one of MEASURES
    denominator: int                   # count rows: 100 or 1000 (0 for means)
    scale: str                         # mean rows: what the number measures ("0 to 10 pain score")
    direction: str                     # mean rows: which way is better, or which way the difference runs
    group: str
    time_frame: str
    arms: tuple[Arm, ...]              # comparators first, then options in pack order
    certainty: str
    certainty_reason: str
    sources: tuple[str, ...]
    difference: Difference | None = None
    funder: str = ""                   # who paid, where a device maker did
    unverified: bool = False
    note: str = ""
    key: bool = False                  # one of the key comparisons (short summary, at a glance)
    see_also: tuple[str, ...] = ()     # rows to show beside this one (a claim beside the fair trials)
    in_charts: bool = True             # false: shown in the evidence tables only, not drawn in the charts
    study: str = ""                    # the trial's own name ("VAPOUR trial, Australia"): clinician views, sources

    @property
    def single_group(self) -> bool:
        return self.evidence_kind in SINGLE_GROUP_KINDS

    @property
    def is_claim(self) -> bool:
        """A figure from a clinic or marketing page: shown last and visibly secondary."""
        return self.evidence_kind in ("before-after", "claim")

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(a.option for a in self.arms if a.option)

    def arm_for(self, key: str) -> Arm | None:
        for a in self.arms:
            if a.key == key:
                return a
        return None


@_record
class Outcome(_Record):
    """``[[outcomes]]``: a benefit or harm and its evidence rows."""

    id: str
    kind: Literal["benefit", "harm"]
    topic: str
    label: str
    description: str
    rows: tuple[EvidenceRow, ...]


@_record
class Milestone(_Record):
    """``[[milestones]]``: a recovery milestone for one option, as a span of hours."""

    id: str
    option: str
    label: str
    text: str
    from_hours: float
    to_hours: float
    to_hours_max: float | None = None
    sources: tuple[str, ...] = ()
    unverified: bool = False


@_record
class WarningSign(_Record):
    """``[[warning_signs]]``: a sign to act on, and how urgently."""

    id: str
    text: str
    urgency: str
    sources: tuple[str, ...] = ()


@_record
class Guidance(_Record):
    """``[[guidance]]``: what an expert group says."""

    id: str
    body: str
    year: int
    title: str
    summary: str
    short: str          # one plain line for short views (at most about 15 words), faithful to the summary
    sources: tuple[str, ...] = ()


@_record
class Choice(_Record):
    """One answer a situation question offers."""

    id: str
    label: str


@_record
class SituationQuestion(_Record):
    """``[[situation]]``: a question about the person's situation (choice, yes/no or number)."""

    id: str
    text: str
    type: str
    choices: tuple[Choice, ...] = ()
    min: float | None = None
    max: float | None = None
    help: str = ""
    sensitive: bool = False     # goes into a kiosk hand-off code only when the patient agrees (cancer, pregnancy)
    glance: bool = False        # shown in the At a glance points-to-discuss strip (answered or not)
    short_label: str = ""       # the question in a few words, for short views ("" = use ``text``)
    why: str = ""               # sensitive questions: why it is asked (shown with "you can skip this question")

    def answer_label(self, answer, yes: str = "Yes", no: str = "No") -> str:
        """An answer in words: the choice's label, Yes / No (pass translated words), or the number."""
        if answer is None or answer == "":
            return ""
        if self.type == "choice":
            return next((c.label for c in self.choices if c.id == answer), str(answer))
        if self.type == "yes_no":
            return {"yes": yes, "no": no}.get(answer, str(answer))
        if isinstance(answer, float) and answer.is_integer():
            answer = int(answer)
        return str(answer)


@_record
class Condition_(_Record):
    """A leaf comparison of a rule: ``field op value``."""

    field: str
    op: str
    value: Any


@_record
class Group(_Record):
    """``all`` or ``any`` of nested conditions."""

    mode: Literal["all", "any"]
    items: tuple["Group | Condition_", ...]


@_record
class Rule(_Record):
    """``[[rules]]``: a message shown when the situation answers meet ``when``."""

    id: str
    warning: bool
    urgency: str
    message: str
    when: Group


@_record
class ValueStatement(_Record):
    """``[[values]]``: a statement the person rates by importance."""

    id: str
    text: str


@_record
class Question(_Record):
    """``[[questions]]``: a suggested question for the doctor."""

    id: str
    text: str


@_record
class KnowledgeItem(_Record):
    """``[[knowledge]]``: a check-your-understanding question with its answer and why."""

    id: str
    question: str
    choices: tuple[str, ...]
    answer: int
    explanation: str


@_record
class GlossaryTerm(_Record):
    """``[[glossary]]``: a term (and other words for it) with its plain-language definition."""

    term: str
    definition: str
    aliases: tuple[str, ...] = ()


SURE_KEYS = ("sure_of_best", "know_benefits_risks", "clear_values", "enough_support")


@_record
class Sure(_Record):
    """``[sure]``: the four SURE questions and the note shown for a low score."""

    sure_of_best: str
    know_benefits_risks: str
    clear_values: str
    enough_support: str
    low_score_note: str

    def items(self) -> tuple[tuple[str, str], ...]:
        return tuple((k, getattr(self, k)) for k in SURE_KEYS)


@_record
class Source(_Record):
    """``[[sources]]``: a reference, with its funding."""

    id: str
    citation: str
    year: int
    url: str = ""
    funding: str = ""
    industry_funded: bool = False
    kind: str = ""


@_record
class Review(_Record):
    """One clinician's review of (part of) a pack: who, in what role, which steps, on what date."""

    reviewer: str
    role: str
    scope: tuple[str, ...]          # review groups (content/review.py GROUPS); all of them for "all"
    date: _dt.date


@_record
class ReviewRecord(_Record):
    """A review record file that matches the pack's exact bytes (its SHA-256), with its reviews."""

    file: str
    pack_sha256: str
    reviews: tuple[Review, ...]
    groups: tuple[str, ...] = ()    # every review group of the pack, to tell whether the scopes cover it

    @property
    def covered(self) -> set[str]:
        return {g for r in self.reviews for g in r.scope}

    @property
    def complete(self) -> bool:
        return bool(self.reviews) and set(self.groups) <= self.covered

    @property
    def date(self) -> _dt.date | None:
        """The last review date: the pack is reviewed as of the day its last review was done."""
        return max((r.date for r in self.reviews), default=None)


@_record
class Pack(_Record):
    """A whole validated content pack (docs/content-format.md), with look-ups by id."""

    path: str
    format_version: int
    metadata: Metadata
    condition: Condition
    attributes: tuple[Attribute, ...]
    options: tuple[Option, ...]
    topics: tuple[Topic, ...]
    comparison: tuple[ComparisonRow, ...]
    outcomes: tuple[Outcome, ...]
    milestones: tuple[Milestone, ...]
    warning_signs: tuple[WarningSign, ...]
    guidance: tuple[Guidance, ...]
    situation: tuple[SituationQuestion, ...]
    rules: tuple[Rule, ...]
    values: tuple[ValueStatement, ...]
    questions: tuple[Question, ...]
    knowledge: tuple[KnowledgeItem, ...]
    glossary: tuple[GlossaryTerm, ...]
    sure: Sure
    next_steps: tuple[str, ...]
    sources: tuple[Source, ...]
    # derived lookups, filled by the loader
    _source_numbers: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    # the review record matching these exact bytes, attached by content.load_pack (never cached with the pack)
    review: "ReviewRecord | None" = field(default=None, compare=False, repr=False)
    sha256: str = field(default="", compare=False, repr=False)     # of the bytes loaded, set with ``review``

    @property
    def is_draft(self) -> bool:
        """True unless a review record for these exact bytes covers the whole pack."""
        return self.review is None or not self.review.complete

    # --- look-ups -------------------------------------------------------
    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)

    def option(self, option_id: str) -> Option:
        for o in self.options:
            if o.id == option_id:
                return o
        raise KeyError(option_id)

    def source(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    def source_number(self, source_id: str) -> int:
        """1-based reference number, in declared order (markers on screen and in the PDF)."""
        return self._source_numbers[source_id]

    def markers(self, source_ids: tuple[str, ...] | list[str]) -> str:
        """"[3, 7]" for a list of source ids, in number order."""
        nums = sorted({self.source_number(s) for s in source_ids})
        return "[" + ", ".join(str(n) for n in nums) + "]" if nums else ""

    def situation_question(self, qid: str) -> SituationQuestion:
        for q in self.situation:
            if q.id == qid:
                return q
        raise KeyError(qid)

    def value_statement(self, vid: str) -> ValueStatement:
        for v in self.values:
            if v.id == vid:
                return v
        raise KeyError(vid)

    def question(self, qid: str) -> Question:
        for q in self.questions:
            if q.id == qid:
                return q
        raise KeyError(qid)

    def knowledge_item(self, kid: str) -> KnowledgeItem:
        for k in self.knowledge:
            if k.id == kid:
                return k
        raise KeyError(kid)

    def outcome(self, oid: str) -> Outcome:
        for o in self.outcomes:
            if o.id == oid:
                return o
        raise KeyError(oid)

    def milestones_for(self, option_id: str) -> tuple[Milestone, ...]:
        return tuple(m for m in self.milestones if m.option == option_id)

    def topic(self, tid: str) -> Topic:
        for t in self.topics:
            if t.id == tid:
                return t
        raise KeyError(tid)

    def count_rows(self):
        """Every (outcome, row) pair whose measure is "N out of denominator"."""
        for o in self.outcomes:
            for r in o.rows:
                if r.measure == "count":
                    yield o, r

    def row(self, row_id: str) -> EvidenceRow:
        for o in self.outcomes:
            for r in o.rows:
                if r.id == row_id:
                    return r
        raise KeyError(row_id)

    def cited_source_ids(self) -> set[str]:
        ids: set[str] = set(self.condition.sources)
        for c in self.comparison:
            ids.update(c.sources)
        for o in self.outcomes:
            for r in o.rows:
                ids.update(r.sources)
        for m in self.milestones:
            ids.update(m.sources)
        for w in self.warning_signs:
            ids.update(w.sources)
        for g in self.guidance:
            ids.update(g.sources)
        return ids
