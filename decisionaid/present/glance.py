"""At a glance: the whole consultation on one screen, worded once (clinician mode's At a glance view, and the
short grid of the take-home summary).

``glance(pack, session)`` gives:

- the short grid: the comparison rows with ``in_short_grid = true``, each with its short question and one short
  answer per option, options in pack order (conservative care first);
- the key comparisons: the evidence rows with ``key = true``, as whole ``RowView``s (every group that was
  compared, never one group's figure alone);
- what expert groups say, one line each;
- the points to discuss: every situation question with ``glance = true`` (answered or not) and every other
  question whose answer fired a rule, with the rules it fired;
- the patient's top values, leaning and SURE result, each only once it has been entered.

Plain Python: no Qt, no matplotlib.
"""
from __future__ import annotations

from dataclasses import dataclass

from .evidence import RowView, rows
from .guidance import GuidanceView, guidance
from ..session import NOT_SURE
from .text import lower_first, t


@dataclass(frozen=True)
class GridCell:
    option: str           # option id
    option_name: str
    text: str             # the short answer
    name: str             # for a screen reader: "Pain relief, Conservative care: Pain usually eases slowly ..."


@dataclass(frozen=True)
class GridRow:
    id: str               # comparison row id
    topic: str            # topic id (its issue card)
    question: str         # the short question
    full_question: str
    cells: tuple[GridCell, ...]


@dataclass(frozen=True)
class Point:
    """One situation question in the points-to-discuss strip."""

    question: str         # situation question id
    label: str            # the question in a few words
    full_question: str
    answer: str           # the answer in words, or ""
    answered: bool
    kind: str             # "warning" (a warning sign fired), "discuss" (a point to discuss fired) or ""
    messages: tuple[str, ...]   # the messages of the rules its answer fired
    text: str             # "Fracture age: Less than 6 weeks ago", "Blood thinners: not answered"


@dataclass(frozen=True)
class PatientView:
    values: tuple[str, ...]   # the top values' statements, highest rated first ("" entries never)
    leaning: str              # "Leaning towards vertebroplasty", "Leaning: not sure yet", or "" (not entered)
    leaning_option: str       # the option id leaned towards, or ""
    sure: str                 # "3 of 4 yes", "2 of 4 answered", or "" (not entered)
    sure_score: int | None

    @property
    def entered(self) -> bool:
        return bool(self.values or self.leaning or self.sure)


@dataclass(frozen=True)
class GlanceView:
    options: tuple[tuple[str, str], ...]      # (option id, name) in pack order
    grid: tuple[GridRow, ...]
    key: tuple[RowView, ...]
    guidance: tuple[GuidanceView, ...]
    points: tuple[Point, ...]
    patient: PatientView


def short_grid(pack) -> tuple[GridRow, ...]:
    """The short grid's rows, in pack order (also for the take-home summary)."""
    out = []
    for c in pack.comparison:
        if not c.in_short_grid or not c.short:
            continue
        question = c.short_question or c.question
        cells = tuple(
            GridCell(o.id, o.name, c.short_answer(o.id),
                     t("{question}, {option}: {answer}").format(question=question, option=o.name,
                                                                answer=c.short_answer(o.id)))
            for o in pack.options)
        out.append(GridRow(c.id, c.topic, question, c.question, cells))
    return tuple(out)


def _fields(group) -> set[str]:
    out: set[str] = set()
    for item in group.items:
        if hasattr(item, "items"):
            out |= _fields(item)
        else:
            out.add(item.field)
    return out


def points(pack, session) -> tuple[Point, ...]:
    """The glance questions (answered or not) and every other question whose answer fired a rule, in pack
    order, each with the rules its answer fired."""
    from ..content.rules import fired_rules
    answers = session.situation
    fired = fired_rules(pack, answers)
    by_question: dict[str, list] = {}
    for rule in fired:
        for qid in sorted(_fields(rule.when)):
            by_question.setdefault(qid, []).append(rule)
    out = []
    for q in pack.situation:
        if not q.glance and q.id not in by_question:
            continue
        value = answers.get(q.id)
        answered = value is not None and value != ""
        answer = q.answer_label(value, yes=t("Yes"), no=t("No")) if answered else ""
        label = q.short_label or q.text
        hits = by_question.get(q.id, [])
        kind = "warning" if any(r.warning for r in hits) else ("discuss" if hits else "")
        text = t("{label}: {answer}").format(label=label, answer=answer if answered else t("not answered"))
        out.append(Point(q.id, label, q.text, answer, answered, kind, tuple(r.message for r in hits), text))
    return tuple(out)


def patient(pack, session) -> PatientView:
    values = tuple(pack.value_statement(v).text for v in session.top_values(pack))
    leaning, leaning_option = "", ""
    if session.leaning == NOT_SURE:
        leaning = t("Leaning: not sure yet")
    elif session.leaning:
        try:
            name = pack.option(session.leaning).name
        except KeyError:
            name = ""
        if name:
            leaning = t("Leaning towards {option}").format(option=lower_first(name))
            leaning_option = session.leaning
    score = session.sure_score()
    if score is not None:
        sure = t("{n} of 4 yes").format(n=score)
    elif session.sure:
        sure = t("{n} of 4 answered").format(n=len(session.sure))
    else:
        sure = ""
    return PatientView(values, leaning, leaning_option, sure, score)


def glance(pack, session) -> GlanceView:
    return GlanceView(
        options=tuple((o.id, o.name) for o in pack.options),
        grid=short_grid(pack),
        key=rows(pack, key_only=True),
        guidance=guidance(pack),
        points=points(pack, session),
        patient=patient(pack, session),
    )


TRANSLATABLE = (
    "{question}, {option}: {answer}", "Yes", "No", "{label}: {answer}", "not answered", "Leaning: not sure yet",
    "Leaning towards {option}", "{n} of 4 yes", "{n} of 4 answered",
)
