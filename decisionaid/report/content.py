"""What the take-home summary says, as data: a list of typed blocks (headings, paragraphs, lists, tables, boxes,
paired icon arrays), worded here and in ``decisionaid.present`` and never in a template.

``summary_data(pack, session, options)`` returns one plain dict (JSON-ready). The PDF (``resources/report/
summary.typ``, through typst), the printed copy, the preview and the HTML export (``report/html.py``) all
render this same dict, so they cannot say different things. Its shape is in docs/report.md.

Every string is plain text: the template places it with typst's own functions (so ``#read(...)``, ``$x$`` or
``<b>`` print literally) and the HTML export escapes it. ``clean`` makes any value printable text first:
control characters and lone surrogates become a visible placeholder, and bidirectional override characters are
removed (U+202E must not reverse a name). Plain Python: no Qt, no matplotlib.
"""
from __future__ import annotations

import datetime as _dt
import logging
import re

from ..handoff import code_for as handoff_code
from ..present.evidence import evidence, rows as evidence_rows
from ..present.glance import short_grid
from ..present.guidance import guidance
from ..present.text import long_date, t
from . import provenance
from .options import ReportOptions

log = logging.getLogger(__name__)

APP_NAME = "Decision aid"
PAPER = {"letter": "us-letter", "a4": "a4"}


# --------------------------------------------------------------------------------------------- text
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_BIDI = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: object) -> str:
    """Any value as safe, printable text: lone surrogates become "?", control characters a placeholder,
    bidirectional controls are dropped, line ends become "\\n"."""
    s = "" if text is None else str(text)
    s = s.encode("utf-8", "replace").decode("utf-8")          # lone surrogates -> "?"
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    s = s.replace("\t", "    ")
    s = _BIDI.sub("", s)
    return _CONTROL.sub("\ufffd", s)


def fmt_date(d: _dt.date) -> str:
    """The date in the language in force (``present.text.long_date``)."""
    return long_date(d)


def num(x: float) -> str:
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


# --------------------------------------------------------------------------------------------- blocks
# A run is [text, bold]; a block is a dict with "t" (its type). The template and html.py know these types:
#   h     {level, text}                      heading (levels 1-3; 1 and 2 are bookmarks)
#   p     {runs, style}                      paragraph; style "" | "lead" | "kicker" | "small"
#   list  {items: [runs], ordered}
#   table {head: [text], rows: [[runs]], widths: [fr], row_head: bool}   no row is split across pages
#   meta  {rows: [[label, runs]], stack}     "label: value" lines (stack: each its own paragraph)
#   box   {runs}                             bordered box (warnings, the DRAFT notice)
#   pairs {items: [comparison]}              key comparisons as paired icon arrays (see key_comparison)
#   keep  {blocks}                           blocks that stay on one page
#   break {}                                 a new page (the appendix)
def R(*parts) -> list[list]:
    """Runs from strings (plain) and ("b", text) pairs (bold). Text is cleaned."""
    out = []
    for p in parts:
        if isinstance(p, tuple):
            out.append([clean(p[1]), True])
        elif p:
            out.append([clean(p), False])
    return out


def h(level: int, text: str) -> dict:
    return {"t": "h", "level": level, "text": clean(text)}


def p(*parts, style: str = "") -> dict:
    return {"t": "p", "runs": R(*parts), "style": style}


def ul(items, ordered: bool = False) -> dict | None:
    items = [i if isinstance(i, list) else R(i) for i in items]
    return {"t": "list", "items": items, "ordered": ordered} if items else None


def table(head, rows, widths=None, row_head: bool = True) -> dict:
    cells = [[c if isinstance(c, list) else R(c) for c in r] for r in rows]
    n = max([len(head)] + [len(r) for r in cells]) if (head or cells) else 1
    return {"t": "table", "head": [clean(x) for x in head], "rows": cells,
            "widths": list(widths) if widths else [1] * n, "row_head": row_head}


def box(*parts) -> dict:
    return {"t": "box", "runs": R(*parts)}


def keep(*blocks) -> dict:
    return {"t": "keep", "blocks": [b for b in blocks if b]}


RATING_LABELS = ("Not important", "A little important", "Somewhat important", "Important",
                 "Very important")      # the same words as the "What matters to you" step
URGENCY_LABELS = {
    "emergency": "Get help now",
    "call": "Call your care team",
    "discuss": "Talk about this",
}
_URGENCY_ORDER = {"emergency": 0, "call": 1, "discuss": 2}


# --------------------------------------------------------------------------------------------- icon arrays
def _colours(pack, greyscale: bool):
    from ..charts import CLAIM_GREY, COMPARATOR_GREY, THEME, RenderSettings, option_colours
    cols = {k: v[0] for k, v in option_colours(pack, RenderSettings(greyscale=greyscale)).items()}
    th = THEME["default"]
    return cols, COMPARATOR_GREY, CLAIM_GREY, th.empty_fill, th.empty_edge


def key_comparison(pack, row, greyscale: bool) -> dict:
    """One key result as data for paired icon arrays: every group of the row with its icons and words, the
    difference, the certainty with its sources, and the text alternative (``RowView.alt``)."""
    from ..charts import grid_shape, icon_counts
    cols_of, comp_grey, claim_grey, empty, edge = _colours(pack, greyscale)
    arms = []
    for a in row.arms:
        colour = claim_grey if row.is_claim else (cols_of.get(a.option, comp_grey) if a.option else comp_grey)
        if row.measure == "count" and a.reported:
            cols, nrows, block = grid_shape(row.denominator)
            had, frac, maybe = icon_counts(a, row.denominator)
        else:
            cols = nrows = block = had = maybe = 0
            frac = 0.0
        arms.append({"label": clean(a.label), "figure": clean(a.frames if a.reported else a.figure),
                     "cols": cols, "rows": nrows, "block": block, "count": row.denominator if cols else 0,
                     "had": had, "frac": round(frac, 3), "maybe": maybe, "colour": colour})
    cert = row.certainty + (f" {row.markers}" if row.markers else "")
    return {"question": clean(row.question), "label": clean(row.label), "time": clean(row.time_frame),
            "arms": arms, "difference": clean(row.difference.text if row.difference else row.comparison),
            "certainty": clean(cert), "alt": clean(row.alt), "empty": empty, "edge": edge}


# --------------------------------------------------------------------------------------------- builder
class Builder:
    """Turns (pack, session, options) into the summary's blocks: the core, then (if asked) the full evidence."""

    def __init__(self, pack, session, options: ReportOptions):
        self.pack = pack
        self.s = session
        self.o = options
        self.record = options.copy == "record"

    def m(self, ids) -> str:
        mk = self.pack.markers(tuple(ids)) if ids else ""
        return f" {mk}" if mk else ""

    # ---- the core -----------------------------------------------------------------------------
    def build(self) -> list[dict]:
        out: list[dict] = []
        for part in (self.title_part, self.grid_part, self.key_part, self.guidance_part, self.you_part,
                     self.questions_part, self.next_part, self.record_part, self.about_part):
            out += [b for b in part() if b]
        if self.o.evidence:
            out.append({"t": "break"})
            out += [b for b in self.appendix() if b]
        return out

    def title_part(self) -> list[dict]:
        md = self.pack.metadata
        rows = [[t("Date of discussion"), R(fmt_date(self.s.date))]]
        if self.o.made_on != self.s.date:
            rows.append([t("Summary printed"), R(fmt_date(self.o.made_on))])
        name = clean(self.s.patient_name).strip()
        rows.append([t("Name"), R(name if name else "_" * 30)])
        if clean(self.s.clinician).strip():
            rows.append([t("Clinician"), R(self.s.clinician)])
        if clean(self.s.clinic).strip():
            rows.append([t("Clinic"), R(self.s.clinic)])
        copy = (t("Record copy (includes the clinician's notes)") if self.record
                else t("Patient copy, for you to keep"))
        rows.append([t("This copy"), R(copy)])
        out = [p(t("Your decision summary"), style="kicker"), h(1, md.title), p(md.decision, style="lead"),
               {"t": "meta", "rows": [[clean(k), v] for k, v in rows], "stack": False}, p(md.intended_use)]
        notes = []
        if self.pack.is_draft:
            notes.append(("b", t("DRAFT. The content of this decision aid has not yet been clinically reviewed. "
                                 "Check every figure with your care team.")))
        if md.translation_unreviewed and md.translation_notice:
            notes.append((" " if notes else "") + md.translation_notice)
        if notes:
            out.append(box(*notes))
        return out

    def grid_part(self) -> list[dict]:
        grid = short_grid(self.pack)
        if not grid:
            return []
        opts = self.pack.options
        head = [""] + [o.short_name for o in opts]
        body = [[R(("b", r.question))] + [R(c.text) for c in r.cells] for r in grid]
        return [h(2, t("Your options at a glance")),
                p(t("These are the choices. Each one is a reasonable choice for some people.")),
                table(head, body, widths=[0.85] + [1.4] * len(opts))]

    def key_part(self) -> list[dict]:
        key = evidence_rows(self.pack, key_only=True)
        if not key:
            return []
        items = [key_comparison(self.pack, r, self.o.greyscale) for r in key]
        # the heading and its intro stay on the page of the first comparison
        return [keep(h(2, t("Key results from research")),
                     p(t("Each picture shows 100 people. A filled square is one person who had the result. "
                         "Compare the two groups in one picture only: they come from the same study.")),
                     {"t": "pairs", "items": items[:1]}),
                {"t": "pairs", "items": items[1:]} if len(items) > 1 else None]

    def guidance_part(self) -> list[dict]:
        views = guidance(self.pack)
        if not views:
            return []
        return [h(2, t("What expert groups say")), ul([g.line for g in views])]

    def you_part(self) -> list[dict]:
        out = [h(2, t("What matters most to you"))]
        top = self.s.top_values(self.pack)
        if top:
            items = []
            for vid in top:
                r = self.s.values.get(vid, 0)
                items.append(R(("b", self.pack.value_statement(vid).text),
                               f" ({t(RATING_LABELS[r]).lower()})"))
            out += [p(t("You said these matter most to you:")), ul(items)]
        else:
            out.append(p(t("You did not mark anything as very important.")))
        if self.record and self.s.values:
            rows = [R(v.text + ": ", ("b", f"{self.s.values[v.id]} – {t(RATING_LABELS[self.s.values[v.id]])}"))
                    for v in self.pack.values if v.id in self.s.values]
            if rows:
                out += [h(3, t("All ratings")), p(t("Rating (0 to 4)")), ul(rows)]
        out.append(h(2, t("Where you are leaning")))
        lean = self.s.leaning
        if lean == "not_sure":
            txt = t("You are not sure yet. That is fine.")
        elif lean:
            try:
                name = self.pack.option(lean).name
            except KeyError:
                name = lean
            txt = t("You are leaning towards: {name}.").format(name=name)
        else:
            txt = t("You did not say which option you are leaning towards.")
        out.append(p(("b", txt)))
        rows = []
        for k, question in self.pack.sure.items():
            ans = (t("Yes") if self.s.sure[k] else t("No")) if k in self.s.sure else t("Not answered")
            rows.append(R(question + " ", ("b", ans)))
        out.append(keep(h(3, t("How sure you feel (the SURE test)")), ul(rows)))
        score = self.s.sure_score()
        if score is None:
            out.append(p(t("Not all four questions were answered, so there is no score.")))
        else:
            out.append(p(("b", t("Your score: {n} of 4 answered \u201cyes\u201d.").format(n=score))))
            if score < 4:
                out.append(p(self.pack.sure.low_score_note))
        if self.pack.knowledge:
            right, answered = self.s.knowledge_score(self.pack)
            if answered:
                out.append(p(t("You answered {right} of {answered} questions correctly "
                               "({total} questions in all).").format(right=right, answered=answered,
                                                                      total=len(self.pack.knowledge))))
        return out

    def questions_part(self) -> list[dict]:
        out = [h(2, t("Questions to ask your care team"))]
        chosen = [q for q in self.pack.questions if q.id in set(self.s.questions or [])]
        own = [q for q in (self.s.own_questions or []) if clean(q).strip()]
        if not chosen and not own:
            out.append(p(t("You did not choose any questions. You can write some here:")))
            out.append({"t": "lines", "n": 3})
        if chosen:
            out.append(ul([q.text for q in chosen]))
        if own:
            out += [h(3, t("Your own questions")), ul(own)]
        rules = self._fired()
        others = [r for r in rules if not r.warning]
        if others:
            out += [h(3, t("Points to discuss")),
                    p(t("From your answers about your situation, these are points to talk about with your care "
                        "team.")),
                    ul([r.message for r in others])]
        return out

    def _fired(self):
        from decisionaid.content import fired_rules
        try:
            return fired_rules(self.pack, self.s.situation or {})
        except Exception:  # a damaged situation never stops the summary
            log.exception("fired_rules failed")
            return []

    def next_part(self) -> list[dict]:
        out = [h(2, t("Next steps and warning signs"))]
        for r in (r for r in self._fired() if r.warning):
            out.append(box(("b", f"{t('Important')}: {t(URGENCY_LABELS.get(r.urgency, 'Important'))}. "),
                           r.message))
        if self.pack.next_steps:
            out.append(ul(list(self.pack.next_steps)))
        if self.pack.warning_signs:
            signs = sorted(self.pack.warning_signs, key=lambda w: _URGENCY_ORDER.get(w.urgency, 3))
            out.append(keep(h(3, t("Warning signs after a procedure")),
                            ul([R(("b", f"{t(URGENCY_LABELS.get(w.urgency, 'Important'))}: "), w.text)
                                for w in signs])))
        return out if len(out) > 1 else []

    def handoff_part(self) -> list[dict]:
        code = handoff_code(self.pack, self.s)
        if not code:
            return []
        return [p(("b", t("Hand-off code") + ": "), code, " ",
                  t("Your care team can type this code into the decision aid to see your answers."))]

    def record_part(self) -> list[dict]:
        if not self.record:
            return []
        out = [h(2, t("Clinician notes"))]
        note = clean(self.s.clinician_notes)
        if not note.strip():
            out.append(p(t("No notes were written.")))
        else:
            out += [p(x) for x in re.split(r"\n\s*\n", note) if x.strip()]
        rows = [R(q.text + " ", ("b", q.answer_label(self.s.situation[q.id], yes=t("Yes"), no=t("No"))))
                for q in self.pack.situation if q.id in (self.s.situation or {})]
        if rows:
            out += [h(2, t("About your situation")), ul(rows)]
        return out

    def about_line(self) -> list[dict]:
        md = self.pack.metadata
        names = "; ".join(a.name for a in md.authors)
        where = (t("The sources are listed at the end, under \u201cReferences\u201d.") if self.o.evidence else
                 t("Every result and all sources: ask for the summary with the full evidence, or see the "
                   "decision aid."))
        line = t("Content version {v}, published {p}. {review} Written by: {names}. {where}").format(
            v=md.version, p=fmt_date(md.published), review=provenance.review_words(self.pack, fmt_date),
            names=names, where=where)
        return [p(line)]

    def about_part(self) -> list[dict]:
        """The hand-off code, then the content version, date, draft status, authors and where the sources are."""
        return [h(2, t("About this summary")), *self.handoff_part(), *self.about_line()]

    # ---- the full evidence ----------------------------------------------------------------------
    def appendix(self) -> list[dict]:
        out = [h(1, t("The full evidence"))]
        c = self.pack.condition
        if c is not None:
            out += [h(2, c.title), p(c.summary)]
            out += [p(x) for x in re.split(r"\n\s*\n", c.natural_course or "") if x.strip()]
        out += self.options_full()
        out += self.numbers_full()
        views = guidance(self.pack)
        if views:
            out += [h(2, t("What expert groups say")),
                    p(t("Guidelines and payers looked at the same evidence and came to different advice. None of "
                        "them knows your situation: talk them through with your care team.")),
                    *[keep(p(("b", g.heading + ". "), g.summary + self.m(g.source_ids))) for g in views]]
        out += self.recovery_full()
        out += self.knowledge_full()
        out += self.references()
        out += self.about_full()
        return out

    def options_full(self) -> list[dict]:
        opts = self.pack.options
        out = [h(2, t("Your options")), ul([R(("b", o.name + ". "), o.summary) for o in opts])]
        if self.pack.comparison:
            # one question at a time, each kept on one page: the answers are long, and a three-column table of
            # them would leave large gaps where a row cannot be split
            out.append(h(2, t("Your options side by side")))
            for c in self.pack.comparison:
                out.append(keep(h(3, c.question + self.m(c.sources)),
                                ul([R(("b", o.short_name + ": "), c.answer(o.id)) for o in opts])))
        return out

    def numbers_full(self) -> list[dict]:
        out = [h(2, t("Benefits and harms in numbers")),
               p(t("Each result compares groups of people in the same study over the same time, such as people "
                   "who had cement and people who had a fake procedure. Counts are out of 100 people (or out of "
                   "1,000 for rare events). Compare groups only within a result. Numbers in square brackets point "
                   "to the references."))]
        for q in evidence(self.pack):
            units = [self.result_unit(r) for r in q.rows]
            if not units:
                continue
            first = units[0]
            out.append(keep(h(3, q.label), p(q.description), *first["blocks"]))
            out += units[1:]
        return out

    def result_unit(self, r) -> dict:
        """One result, never split across pages: what was measured, every group with its figure, the
        difference, the certainty and the sources."""
        meta = " · ".join(b for b in (r.kind_words, r.time_frame) if b)
        more = [t("People: {g}.").format(g=r.people.rstrip("."))]
        if r.study and self.record:          # trial names: the record copy and the sources only
            more.append(t("Study: {s}.").format(s=r.study.rstrip(".")))
        if r.measure != "count":
            more.append(t("Measure: {m}.").format(m=r.scale))
        if r.note:
            more.append(r.note)
        if r.funder:
            more.append(r.funder.rstrip(".") + ".")
        rows = []
        for a in r.arms:       # every group of the result, together (one list, never split)
            fig = a.frames if a.reported else (f"{a.figure}: {a.reason}" if a.reason else a.figure)
            rows.append(R(("b", f"{a.label}: {fig}"), (f" ({a.counts})" if a.counts else "")))
        if r.difference_only:
            rows.append(R(r.comparison))
        if r.difference is not None:
            rows.append(R(f"{t('Difference')}: " if r.measure == "count" else "", ("b", r.difference.text)))
        for line in r.beside:
            rows.append(R(line))
        cert = r.certainty + (f": {r.certainty_reason}" if r.certainty_reason else "")
        if r.unverified:
            cert += " " + t("A figure in this result is not yet verified.")
        rows.append(R(f"{t('Certainty')}: ", cert + self.m(r.source_ids)))
        blocks = [p(("b", r.label), f" ({meta}). " if meta else ". ", " ".join(more))]
        if r.is_claim:
            blocks.append(p(("b", t("No comparison group: a clinic claim, not a fair test."))))
        blocks.append(ul(rows))
        return keep(*blocks)

    def recovery_full(self) -> list[dict]:
        out = []
        for o in self.pack.options:
            ms = self.pack.milestones_for(o.id)
            if ms:
                out += [h(3, o.name), ul([R(("b", mi.label + ": "), mi.text + self.m(mi.sources)) for mi in ms])]
        return [h(2, t("Recovery"))] + out if out else []

    def knowledge_full(self) -> list[dict]:
        if not self.pack.knowledge:
            return []
        right, answered = self.s.knowledge_score(self.pack)
        if answered == 0:
            return [h(2, t("What you know")), p(t("You did not answer the knowledge questions."))]
        items = []
        for k in self.pack.knowledge:
            chosen = self.s.knowledge.get(k.id)
            correct = k.choices[k.answer] if 0 <= k.answer < len(k.choices) else ""
            if chosen is None:
                mark = t("Not answered.")
            elif chosen == k.answer:
                mark = t("Your answer: {a}. Correct.").format(a=correct)
            else:
                yours = k.choices[chosen] if 0 <= chosen < len(k.choices) else "?"
                mark = t("Your answer: {a}. The answer is: {c}.").format(a=yours, c=correct)
            items.append(R(("b", k.question), " " + mark + " " + k.explanation))
        return [h(2, t("What you know")), ul(items)]

    def references(self) -> list[dict]:
        if not self.pack.sources:
            return []
        items = []
        for s in self.pack.sources:
            piece = s.citation + (f" {s.url}" if s.url else "")
            extra = []
            if s.funding:
                extra.append(t("Funding: {f}").format(f=s.funding.rstrip(".")))
            if s.industry_funded:
                extra.append(t("Industry-funded (funded or written by a device maker)"))
            if extra:
                piece += " " + ". ".join(extra) + "."
            items.append(R(("b", f"[{self.pack.source_number(s.id)}] "), piece))
        return [h(2, t("References")),
                p(t("The numbers in square brackets in this summary point to these sources.")),
                {"t": "refs", "items": items}]

    def about_full(self) -> list[dict]:
        md = self.pack.metadata
        rows = [
            (t("Content version"), md.version),
            (t("Published"), fmt_date(md.published)),
            (t("Next review due"), fmt_date(md.next_review)),
            *provenance.about_rows(self.pack, fmt_date, self.o),
            (t("Written by"), "; ".join(a.line() for a in md.authors)),
            (t("Funding"), md.funding),
            (t("Conflicts of interest"), md.conflicts),
            (t("Evidence up to"), md.evidence_up_to),
            (t("How the evidence was gathered"), md.synthesis_method),
            (t("How the aid was developed"), md.development),
            (t("Testing with patients and clinicians"), md.testing),
            (t("Updates"), md.update_policy),
            (t("Made with"), f"{APP_NAME} {self.o.app_version}".strip()),
        ]
        return [h(2, t("About this information")),
                {"t": "meta", "rows": [[clean(k), R(v)] for k, v in rows], "stack": True},
                p(("b", md.disclaimer))]


# --------------------------------------------------------------------------------------------- the whole
def title(pack) -> str:
    return clean(t("Decision summary: {t}").format(t=pack.metadata.title))


def summary_data(pack, session, options: ReportOptions) -> dict:
    """Everything the summary prints, as one JSON-ready dict (docs/report.md): metadata, page set-up, the
    running header and footer, and the blocks."""
    md = pack.metadata
    copy = t("Record copy") if options.copy == "record" else t("Patient copy")
    foot = t("{copy}. Made {date}. Content version {v}.").format(copy=copy, date=fmt_date(options.made_on),
                                                                  v=md.version)
    if options.content_note:
        foot += f" {options.content_note}."
    return {
        "lang": clean(md.language or "en").strip() or "en",
        "title": title(pack),
        "author": clean(session.clinic).strip() or APP_NAME,
        "subject": clean(md.decision),
        "creator": f"{APP_NAME} {options.app_version}".strip(),
        "paper": PAPER[options.page_size],
        "body_pt": 16 if options.large_print else 12,
        "grey": bool(options.greyscale),
        "accent": "#000000" if options.greyscale else "#17375e",
        "shade": "#e6e6e6" if options.greyscale else "#e4ebf3",
        "boxfill": "#f0f0f0" if options.greyscale else "#fdf3e1",
        "header": t("Your decision summary"),
        "draft": t("DRAFT: not yet clinically reviewed") if pack.is_draft else "",
        "footer": clean(foot),
        "page_of": t("Page {x} of {y}"),
        "blocks": Builder(pack, session, options).build(),
    }
