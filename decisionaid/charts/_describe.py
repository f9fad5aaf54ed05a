"""Which pack data each chart shows, its title, its text alternative and its table.

Plain Python (no matplotlib, no Qt): the app imports this at start-up through ``decisionaid.charts``.
"""
from __future__ import annotations

from ._text import capital, sentence, t, ui, when_phrase


# ---- data selection -----------------------------------------------------------------------------------------
def _kind(chart_id: str) -> str:
    from ._registry import chart
    return chart(chart_id).kind


def chart_questions(chart_id: str, pack):
    """[(QuestionView, [RowView, ...]), ...] a count chart draws, in order."""
    from ._compare import questions
    return questions(pack, _kind(chart_id))


def _entry(chart_id: str):
    from ._registry import chart        # the registry imports this module: looked up when called
    return chart(chart_id)


# "recovery:<option id>": one option's recovery timeline on a straight axis of plain phases (kiosk)
ONE_OPTION_PREFIX = "recovery:"


def one_option(chart_id: str) -> str:
    """The option id of a one-option recovery chart, or ""."""
    return chart_id[len(ONE_OPTION_PREFIX):] if chart_id.startswith(ONE_OPTION_PREFIX) else ""


# ---- titles -------------------------------------------------------------------------------------------------
def chart_title(chart_id: str, pack, session=None) -> str:
    return _entry(chart_id).title(pack)


# ---- text alternative ---------------------------------------------------------------------------------------
def count_description(chart_id, pack) -> str:
    parts = [sentence(chart_title(chart_id, pack))]
    qs = chart_questions(chart_id, pack)
    if not qs:
        parts.append(ui("no_rows"))
    for q, rows in qs:
        parts.append(f"{q.label}: {sentence(q.description)}" if q.description else sentence(q.label))
        for row in rows:
            parts.append(row.alt)
            if row.unverified:
                parts.append(ui("unverified_long"))
            parts.extend(sentence(b) for b in row.beside)
    return " ".join(p for p in parts if p)


def recovery_description(chart_id, pack) -> str:
    parts = [sentence(chart_title(chart_id, pack))]
    if not pack.milestones:
        parts.append(ui("no_rows"))
    only = one_option(chart_id)
    for opt in pack.options:
        if only and opt.id != only:
            continue
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
    return _entry(chart_id).describe(chart_id, pack)


# ---- table --------------------------------------------------------------------------------------------------
def count_header() -> list[str]:
    return [t("Question"), t("Result"), t("Groups compared"), t("Difference"), t("Evidence"), t("Time frame"),
            t("Certainty"), t("Sources")]


def recovery_header() -> list[str]:
    return [t("Option"), t("Milestone"), t("When"), t("What happens"), t("Sources")]


def count_table_row(row) -> list[str]:
    """One evidence row as a table row: every group compared in one cell, so no group is read alone."""
    groups = "; ".join(f"{a.label}: {a.frames if a.reported else a.figure}" for a in row.arms)
    if row.difference_only:
        groups = f"{row.comparison} " + groups
    label = row.label + (f" ({ui('unverified')})" if row.unverified else "")
    people = ui("people").format(group=row.people.rstrip("."))
    cert = row.certainty + (f": {row.certainty_reason}" if row.certainty_reason else "")
    diff = row.difference.text if row.difference else ""
    extra = " ".join(b for b in (*row.beside, row.funder) if b)
    return [row.question, f"{label}. {people}" + (f" {extra}" if extra else ""), groups, diff, row.kind_words,
            row.time_frame, cert, row.markers]


def chart_table(chart_id: str, pack, session=None) -> tuple[list[str], list[list[str]]]:
    """(header, rows) with the same content as the chart, for "show as table" and the PDF."""
    return _entry(chart_id).table(chart_id, pack)


def count_table(chart_id: str, pack) -> tuple[list[str], list[list[str]]]:
    return count_header(), [count_table_row(r) for _q, rows in chart_questions(chart_id, pack) for r in rows]


def recovery_table(chart_id: str, pack) -> tuple[list[str], list[list[str]]]:
    rows_out = []
    for opt in pack.options:
        if one_option(chart_id) and opt.id != one_option(chart_id):
            continue
        for m in pack.milestones_for(opt.id):
            label = m.label + (f" ({ui('unverified')})" if m.unverified else "")
            rows_out.append([opt.name, label, capital(when_phrase(m)), m.text, pack.markers(m.sources)])
    return recovery_header(), rows_out


__all__ = ["ONE_OPTION_PREFIX", "one_option", "chart_questions", "chart_title", "chart_description", "chart_table", "count_table_row"]
