"""The review sheet: every patient-facing statement and figure of a pack, for a clinician to check in one
sitting (``decisionaid review-sheet``; docs/content-format.md, "Review sheet"). Plain Python, no Qt.

The rows are found by walking the loaded pack's dataclasses, not from a list of fields, so a field added to
the model later is on the sheet without any change here. Each text field becomes a row; each table that holds
numbers (an evidence figure, a milestone's hours, a number question's range, the right answer of a quiz
question) becomes one "figure" row with its numbers in words. A row's sources are those of the nearest table
that lists sources (for a table without its own, those of the tables inside it); likewise its unverified flag.
Rows are grouped by the step where the aid shows them (``review.GROUPS``) and keep the pack's order inside a
group, which is the order the aid shows them in.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from . import model as m
from .review import GROUP_TITLES, GROUPS

# fields that are identifiers or machine values, never shown as text
NOT_SHOWN = {"id", "option", "topic", "kind", "measure", "type", "mode", "op", "field", "pack_id", "language",
             "translation_status", "path", "version", "sources", "evidence_kind", "comparator", "certainty",
             "see_also"}
# numbers that are ids or bookkeeping, not figures a patient sees
NOT_FIGURES = {"format_version", "year", "denominator"}
# the step where each top-level part of the pack is shown
GROUP_OF = {
    "metadata": "welcome", "condition": "situation", "situation": "situation", "rules": "situation",
    "guidance": "situation", "attributes": "options", "options": "options", "topics": "compare",
    "comparison": "compare", "outcomes": "evidence", "milestones": "recovery", "warning_signs": "recovery",
    "values": "values", "knowledge": "knowledge", "sure": "leaning", "questions": "questions",
    "next_steps": "next-steps", "glossary": "glossary", "sources": "references",
}
# tuples keyed by an id in the TOML (a table of tables) rather than an array: field -> the item's key field
KEYED: dict = {}


@dataclass(frozen=True)
class SheetRow:
    group: str          # review group (review.GROUPS), or "other" for a part of the pack not yet mapped
    key: str            # TOML key path, e.g. outcomes[0].rows[2].arms[1]
    kind: str           # "text" or "figure"
    text: str           # as the aid shows it (figures: the numbers in words)
    sources: tuple[tuple[str, str], ...]     # (citation, url)
    unverified: bool


def _children(node):
    """(name, value) of a dataclass's fields (leaving out derived look-ups), or of a tuple's items."""
    for f in dataclasses.fields(node):
        if f.repr and f.name not in ("review", "sha256"):
            yield f.name, getattr(node, f.name)


def _sources_below(value) -> set[str]:
    out: set[str] = set()
    if isinstance(value, (m.Pack, m.Source)):
        return out
    if dataclasses.is_dataclass(value):
        if isinstance(getattr(value, "sources", None), tuple):
            out.update(value.sources)
        for _, v in _children(value):
            out |= _sources_below(v)
    elif isinstance(value, tuple):
        for v in value:
            out |= _sources_below(v)
    return out


def _unverified_below(value) -> bool:
    if dataclasses.is_dataclass(value):
        return bool(getattr(value, "unverified", False)) or any(_unverified_below(v) for _, v in _children(value))
    if isinstance(value, tuple):
        return any(_unverified_below(v) for v in value)
    return False


def _num(x) -> str:
    return str(int(x)) if isinstance(x, float) and x.is_integer() else f"{x:g}" if isinstance(x, float) else str(x)


def _figure_text(node, parents) -> str:
    """The numbers of one table in words, with what they are out of."""
    parts = []
    for name, v in _children(node):
        if isinstance(v, bool) and v and name != "unverified":
            parts.append(name.replace("_", " "))
        elif isinstance(v, (int, float)) and not isinstance(v, bool) and name not in NOT_FIGURES:
            parts.append(f"{name.replace('_', ' ')} {_num(v)}")
    row = next((p for p in reversed(parents) if isinstance(p, m.EvidenceRow)), None)
    if isinstance(node, m.Arm) and row is not None:
        group = node.option or f"comparator {node.comparator}"
        parts = [p for p in parts if not p.startswith(("value ", "low ", "high "))]
        if node.value is not None:
            parts.insert(0, f"{_num(node.value)} in {row.denominator}" if row.measure == "count"
                         else f"{_num(node.value)} ({row.scale})")
        if node.has_range:
            parts.insert(1 if node.value is not None else 0, f"range {_num(node.low)} to {_num(node.high)}")
        parts.insert(0, f"{group}:")
        parts.append(f"row certainty {row.certainty}")
        return " ".join(parts[:1]) + " " + "; ".join(parts[1:])
    if isinstance(node, m.Difference) and row is not None:
        text = f"difference between the groups {_num(node.value)}"
        if node.has_range:
            text += f", range {_num(node.low)} to {_num(node.high)}"
        unit = f" in {row.denominator}" if row.measure == "count" else f" ({row.scale})"
        return text + unit + (f"; {row.direction}" if row.direction else "")
    if isinstance(node, m.KnowledgeItem) and 0 <= node.answer < len(node.choices):
        parts = [f"right answer: choice {node.answer + 1}, \u201c{node.choices[node.answer]}\u201d"]
    return "; ".join(parts)


def _has_figures(node) -> bool:
    return any(isinstance(v, (int, float)) and not isinstance(v, bool) and n not in NOT_FIGURES
               for n, v in _children(node))


def _when_text(group) -> str:
    if isinstance(group, m.Condition_):
        return f"{group.field} {group.op} {group.value!r}"
    inner = [_when_text(i) for i in group.items]
    return f" {group.mode} ".join(f"({x})" if isinstance(i, m.Group) else x for x, i in zip(inner, group.items))


def sheet_rows(pack: m.Pack) -> list[SheetRow]:
    """Every patient-facing statement and figure of the pack, grouped by step and in the order shown."""
    cite = {s.id: (s.citation, s.url) for s in pack.sources}
    rows: list[SheetRow] = []

    def emit(key, kind, text, node, parents, top):
        holder = next((p for p in reversed([*parents, node]) if dataclasses.is_dataclass(p)
                       and not isinstance(p, m.Pack) and isinstance(getattr(p, "sources", None), tuple)), None)
        ids = list(holder.sources) if holder is not None and holder.sources else sorted(_sources_below(node))
        if isinstance(node, m.Source):
            ids = []
        flag_node = next((p for p in reversed([*parents, node]) if hasattr(p, "unverified")), None)
        unverified = bool(flag_node.unverified) if flag_node is not None else (
            not isinstance(node, m.Pack) and _unverified_below(node))
        rows.append(SheetRow(GROUP_OF.get(top, "other"), key, kind, text,
                             tuple(cite[i] for i in ids if i in cite), unverified))

    def walk(value, key, name, parents, top):
        if isinstance(value, str):
            if name not in NOT_SHOWN and value.strip():
                emit(key, "text", value, parents[-1], parents[:-1], top)
            return
        if isinstance(value, m.Group):
            emit(key, "text", "shown when: " + _when_text(value), parents[-1], parents[:-1], top)
            return
        if dataclasses.is_dataclass(value):
            here = [*parents, value]
            for fname, v in _children(value):
                walk(v, f"{key}.{fname}" if key else fname, fname, here, top or fname)
            if _has_figures(value) or isinstance(value, m.KnowledgeItem):
                text = _figure_text(value, parents)
                if text:
                    emit(key, "figure", text, value, parents, top)
            return
        if isinstance(value, tuple):
            for i, item in enumerate(value):
                if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
                    walk(item[1], f"{key}.{item[0]}", name, parents, top)      # (id, text) pairs
                elif parents and (type(parents[-1]), name) in KEYED and dataclasses.is_dataclass(item):
                    walk(item, f"{key}.{getattr(item, KEYED[type(parents[-1]), name])}", name, parents, top)
                else:
                    walk(item, f"{key}[{i}]", name, parents, top)

    walk(pack, "", "", [], "")
    order = {g: i for i, g in enumerate(GROUPS)}
    return sorted(rows, key=lambda r: order.get(r.group, len(order)))     # stable: pack order in a group


def group_title(group: str) -> str:
    return GROUP_TITLES.get(group, "Other (not yet mapped to a step: tell the developers)")


CSV_COLUMNS = ("step", "key path", "kind", "text as shown", "sources", "unverified", "verdict", "comment")


def write_csv(pack: m.Pack, path) -> int:
    """Write the sheet as CSV (UTF-8 with a byte-order mark, so spreadsheets read the accents). Returns the
    number of rows."""
    import csv
    import io

    from .files import atomic_write
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([f"Review sheet for {pack.path.rsplit('/', 1)[-1]} ({pack.metadata.pack_id} "
                f"{pack.metadata.version}, {pack.metadata.language}); pack SHA-256 {pack.sha256}"])
    w.writerow(CSV_COLUMNS)
    rows = sheet_rows(pack)
    for r in rows:
        w.writerow([group_title(r.group), r.key, r.kind, r.text,
                    " | ".join(f"{c} {u}".strip() for c, u in r.sources), "yes" if r.unverified else "", "", ""])
    atomic_write(path, ("\ufeff" + buf.getvalue()).encode("utf-8"))
    return len(rows)
