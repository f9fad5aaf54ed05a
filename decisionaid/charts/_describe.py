"""Which pack data each chart shows, its title, its text alternative and its table.

Plain Python (no matplotlib, no Qt): the app imports this at start-up through ``decisionaid.charts``.
"""
from __future__ import annotations

from ._style import CHARTS
from ._text import (both_frames, capital, certainty_words, count_phrase, evidence_words, lower_first,
                    range_phrase, sentence, t, ui, when_phrase)


# ---- data selection -----------------------------------------------------------------------------------------
def benefit_rows(pack):
    """(outcome, row) pairs for the pain-relief chart: count rows of benefit outcomes, pack order."""
    return [(o, r) for o in pack.outcomes if o.kind == "benefit" for r in o.rows
            if r.measure == "count" and r.in_charts]


def harm_rows(pack):
    """(outcome, row) pairs for the complications chart: count rows of harm outcomes, pack order."""
    return [(o, r) for o in pack.outcomes if o.kind == "harm" for r in o.rows
            if r.measure == "count" and r.in_charts]


def grouped(pairs):
    """[(outcome, [rows...]), ...] keeping pack order."""
    out: list = []
    for o, r in pairs:
        if out and out[-1][0] is o:
            out[-1][1].append(r)
        else:
            out.append((o, [r]))
    return out


def _check(chart_id: str) -> None:
    if chart_id not in CHARTS:
        raise KeyError(f"unknown chart {chart_id!r}; charts are {', '.join(CHARTS)}")


# ---- titles -------------------------------------------------------------------------------------------------
def chart_title(chart_id: str, pack, session=None) -> str:
    _check(chart_id)
    if chart_id == "pain_relief":
        labels = list(dict.fromkeys(o.label for o, _ in benefit_rows(pack)))
        if len(labels) == 1:
            return ui("pain_title_one").format(label=lower_first(labels[0]))
        return ui("pain_title_many")
    if chart_id == "complications":
        return ui("harm_title")
    return ui("recovery_title")


def row_meta(row) -> str:
    """"Trial against a fake (sham) procedure · 1 month"."""
    return f"{evidence_words(row.evidence_kind)} · {row.time_frame}"


def row_people(row) -> str:
    parts = [ui("people").format(group=row.group.rstrip("."))]
    if row.compared_with:
        parts.append(ui("compared").format(what=row.compared_with.rstrip(".")))
    return ". ".join(parts) + "."


# ---- text alternative ---------------------------------------------------------------------------------------
def _value_sentence(pack, opt, ev, row, *, harm: bool) -> str:
    if not ev.has_figure:
        return t("{option}: no comparable figure. {reason}").format(option=opt.name, reason=sentence(ev.no_figure))
    if harm:
        main = both_frames(ev, row.denominator, people=True)
    else:
        main = count_phrase(ev, row.denominator, people=True)
    bits = [f"{opt.name}: {main}"]
    if ev.has_range:
        bits.append(range_phrase(ev, row.denominator))
    if ev.certainty:
        c = lower_first(certainty_words(ev.certainty))
        bits.append(c + (f" ({ev.certainty_reason.rstrip('.')})" if ev.certainty_reason else ""))
    if ev.sources:
        bits.append(t("sources {markers}").format(markers=pack.markers(ev.sources)))
    text = "; ".join(bits) + "."
    if ev.unverified:
        text += " " + ui("unverified_long")
    return text


def _count_description(chart_id, pack, pairs, *, harm: bool) -> str:
    parts = [sentence(chart_title(chart_id, pack))]
    if not pairs:
        parts.append(ui("no_rows"))
        return " ".join(parts)
    for outcome, rows in grouped(pairs):
        parts.append(f"{outcome.label}: {sentence(outcome.description)}" if outcome.description
                     else sentence(outcome.label))
        for row in rows:
            parts.append(t("{row}: {evidence}; time frame {time_frame}; {people}").format(
                row=row.label, evidence=evidence_words(row.evidence_kind).lower(), time_frame=row.time_frame,
                people=lower_first(row_people(row))))
            if row.note:
                parts.append(sentence(row.note))
            for opt in pack.options:
                parts.append(_value_sentence(pack, opt, row.value_for(opt.id), row, harm=harm))
    return " ".join(p for p in parts if p)


def _recovery_description(pack) -> str:
    parts = [sentence(chart_title("recovery", pack))]
    if not pack.milestones:
        parts.append(ui("no_rows"))
    for opt in pack.options:
        ms = pack.milestones_for(opt.id)
        if not ms:
            continue
        items = []
        for m in ms:
            item = f"{m.label}, {when_phrase(m)}"
            if m.sources:
                item += " " + pack.markers(m.sources)
            if m.unverified:
                item += f" ({ui('unverified')})"
            items.append(item)
        parts.append(f"{opt.name}: " + "; ".join(items) + ".")
    return " ".join(parts)


def chart_description(chart_id: str, pack, session=None) -> str:
    """Plain sentences stating the chart's numbers in words (accessibleDescription, HTML export)."""
    _check(chart_id)
    if chart_id == "pain_relief":
        return _count_description(chart_id, pack, benefit_rows(pack), harm=False)
    if chart_id == "complications":
        return _count_description(chart_id, pack, harm_rows(pack), harm=True)
    return _recovery_description(pack)


# ---- table --------------------------------------------------------------------------------------------------
def count_header() -> list[str]:
    return [t("Outcome"), t("Evidence"), t("Time frame"), t("Option"), t("Result"), t("Range"), t("Certainty"),
            t("Sources")]


def recovery_header() -> list[str]:
    return [t("Option"), t("Milestone"), t("When"), t("What happens"), t("Sources")]


def _count_table(pack, pairs, *, harm: bool):
    rows_out: list[list[str]] = []
    for outcome, row in pairs:
        evidence = f"{row.label}. {evidence_words(row.evidence_kind)}. {row_people(row)}"
        if row.note:
            evidence += " " + sentence(row.note)
        for opt in pack.options:
            ev = row.value_for(opt.id)
            if ev.has_figure:
                result = both_frames(ev, row.denominator) if harm else capital(count_phrase(ev, row.denominator))
                if ev.unverified:
                    result += f" ({ui('unverified')})"
                rng = capital(range_phrase(ev, row.denominator))
                cert = certainty_words(ev.certainty)
                if ev.certainty_reason:
                    cert += f": {ev.certainty_reason}"
            else:
                result = f"{ui('no_figure')}: {ev.no_figure}"
                rng = cert = ""
            rows_out.append([outcome.label, evidence, row.time_frame, opt.name, result, rng, cert,
                             pack.markers(ev.sources)])
    return count_header(), rows_out


def chart_table(chart_id: str, pack, session=None) -> tuple[list[str], list[list[str]]]:
    """(header, rows) with the same content as the chart, for "show as table" and the PDF."""
    _check(chart_id)
    if chart_id == "pain_relief":
        return _count_table(pack, benefit_rows(pack), harm=False)
    if chart_id == "complications":
        return _count_table(pack, harm_rows(pack), harm=True)
    rows_out = []
    for opt in pack.options:
        for m in pack.milestones_for(opt.id):
            label = m.label + (f" ({ui('unverified')})" if m.unverified else "")
            rows_out.append([opt.name, label, capital(when_phrase(m)), m.text, pack.markers(m.sources)])
    return recovery_header(), rows_out


__all__ = ["benefit_rows", "harm_rows", "grouped", "chart_title", "chart_description", "chart_table"]
