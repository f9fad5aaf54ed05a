"""Load and validate a content pack (TOML) into frozen dataclasses.

Every problem is collected as ``file: key.path: what is wrong``; a pack with any problem is refused whole
(``ContentError``). The loader hard-codes no option, outcome or figure: all of it comes from the pack.
"""
from __future__ import annotations

import datetime as _dt
import math
import os
import re
import tomllib
from pathlib import Path
from typing import Any, Callable

from . import model as m
from .files import MAX_PACK_BYTES, ContentError, pack_file, pack_files, read_pack_file  # noqa: F401 - re-exported
from .rules import check_group_refs, parse_group

SUPPORTED_FORMAT = 1
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_VERSION_RE = re.compile(r"^\d+\.\d+\.\d+$")


class _Reader:
    """Typed access to raw TOML tables that records problems instead of raising."""

    def __init__(self, filename: str):
        self.filename = filename
        self.problems: list[str] = []

    def problem(self, path: str, what: str) -> None:
        self.problems.append(f"{self.filename}: {path}: {what}")

    # -- primitive getters ---------------------------------------------------
    def table(self, raw: Any, key: str, path: str, required: bool = True) -> dict:
        val = raw.get(key) if isinstance(raw, dict) else None
        if val is None:
            if required:
                self.problem(_join(path, key), "missing table")
            return {}
        if not isinstance(val, dict):
            self.problem(_join(path, key), "must be a table")
            return {}
        return val

    def array(self, raw: dict, key: str, path: str, required: bool = True, min_items: int = 0) -> list:
        val = raw.get(key)
        if val is None:
            if required:
                self.problem(_join(path, key), "missing list")
            return []
        if not isinstance(val, list):
            self.problem(_join(path, key), "must be a list")
            return []
        if len(val) < min_items:
            self.problem(_join(path, key), f"needs at least {min_items} item(s), has {len(val)}")
        return val

    def tables(self, raw: dict, key: str, path: str, required: bool = True, min_items: int = 0):
        """Yield (index, table, path) for an array of tables."""
        for i, item in enumerate(self.array(raw, key, path, required, min_items)):
            p = f"{_join(path, key)}[{i}]"
            if not isinstance(item, dict):
                self.problem(p, "must be a table")
                continue
            yield i, item, p

    def string(self, raw: dict, key: str, path: str, required: bool = True, default: str = "") -> str:
        val = raw.get(key)
        if val is None:
            if required:
                self.problem(_join(path, key), "missing text")
            return default
        if not isinstance(val, str):
            self.problem(_join(path, key), f"must be text, not {type(val).__name__}")
            return default
        if required and not val.strip():
            self.problem(_join(path, key), "must not be empty")
        return val.strip()

    def ident(self, raw: dict, key: str, path: str) -> str:
        val = self.string(raw, key, path)
        if val and not _ID_RE.match(val):
            self.problem(_join(path, key), f"'{val}' is not a valid id (lower-case letters, digits, - and _)")
        return val

    def choice(self, raw: dict, key: str, path: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        val = raw.get(key, default)
        if val is None:
            self.problem(_join(path, key), f"missing; one of {', '.join(allowed)}")
            return allowed[0]
        if val not in allowed:
            self.problem(_join(path, key), f"'{val}' is not one of {', '.join(allowed)}")
            return allowed[0]
        return val

    def number(self, raw: dict, key: str, path: str, required: bool = True) -> float | None:
        val = raw.get(key)
        if val is None:
            if required:
                self.problem(_join(path, key), "missing number")
            return None
        if isinstance(val, bool) or not isinstance(val, (int, float)) or not math.isfinite(val):
            self.problem(_join(path, key), "must be a finite number")
            return None
        return float(val)

    def integer(self, raw: dict, key: str, path: str, required: bool = True, default: int = 0) -> int:
        val = raw.get(key)
        if val is None:
            if required:
                self.problem(_join(path, key), "missing whole number")
            return default
        if isinstance(val, bool) or not isinstance(val, int):
            self.problem(_join(path, key), "must be a whole number")
            return default
        return val

    def boolean(self, raw: dict, key: str, path: str, default: bool = False) -> bool:
        val = raw.get(key, default)
        if not isinstance(val, bool):
            self.problem(_join(path, key), "must be true or false")
            return default
        return val

    def date(self, raw: dict, key: str, path: str) -> _dt.date:
        val = raw.get(key)
        if val is None:
            self.problem(_join(path, key), "missing date")
            return _dt.date.min
        if isinstance(val, _dt.datetime) or not isinstance(val, _dt.date):
            self.problem(_join(path, key), "must be a calendar date like 2026-11-21 (no quotes, no time)")
            return _dt.date.min
        return val

    def strings(self, raw: dict, key: str, path: str, required: bool = True, min_items: int = 0) -> tuple[str, ...]:
        out = []
        for i, item in enumerate(self.array(raw, key, path, required, min_items)):
            if not isinstance(item, str) or not item.strip():
                self.problem(f"{_join(path, key)}[{i}]", "must be non-empty text")
                continue
            out.append(item.strip())
        return tuple(out)

    def known_keys(self, raw: dict, path: str, allowed: set[str]) -> None:
        for key in raw:
            if key not in allowed:
                self.problem(_join(path, key), "unknown key (check the spelling against docs/content-format.md)")

    def unique(self, items, path: str, what: str, key: Callable = lambda x: x.id) -> None:
        seen: set = set()
        for i, item in enumerate(items):
            k = key(item)
            if k in seen:
                self.problem(f"{path}[{i}]", f"duplicate {what} '{k}'")
            seen.add(k)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


# ---------------------------------------------------------------------------
def load_pack(path: str | os.PathLike, language: str | None = None, records_dir=None) -> m.Pack:
    """Load one pack file, or a folder of packs (one file per language; picks ``language``, else English), in
    full (no cache), with the review record matching its bytes."""
    from .review import attach_review
    p = pack_file(path, language)
    data = read_pack_file(p)
    return attach_review(load_pack_bytes(p, data), data, records_dir)


def load_pack_bytes(p: Path, data: bytes) -> m.Pack:
    """Parse and validate the bytes of the pack file ``p``."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ContentError([f"{p.name}: not UTF-8 text"]) from None
    return _pack_from_raw(_parse_toml(text, p.name), p.name, str(p))


def loads_pack(text: str, filename: str = "<pack>", path: str = "") -> m.Pack:
    return _pack_from_raw(_parse_toml(text, filename), filename, path or filename)


def _parse_toml(text: str, filename: str) -> dict:
    if text.startswith("\ufeff"):
        raise ContentError([f"{filename}: line 1: file starts with a byte-order mark (BOM); save it as UTF-8 "
                            "without a BOM (TOML does not allow one)"])
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError([f"{filename}: (TOML syntax): {exc}"]) from None


def _pack_from_raw(raw: dict, filename: str, path: str) -> m.Pack:
    """Build and validate a pack from parsed TOML; any problem refuses the whole pack."""
    r = _Reader(filename)
    pack = _build(raw, r, path)
    if r.problems:
        raise ContentError(r.problems)
    assert pack is not None
    return pack


def _build(raw: dict, r: _Reader, path: str) -> m.Pack | None:
    top_keys = {
        "format_version", "metadata", "condition", "attributes", "options", "topics", "comparison",
        "outcomes", "milestones", "warning_signs", "guidance", "situation", "rules", "values",
        "questions", "knowledge", "glossary", "sure", "next_steps", "sources",
    }
    r.known_keys(raw, "", top_keys)
    fmt = r.integer(raw, "format_version", "")
    if fmt > SUPPORTED_FORMAT:
        r.problem("format_version", f"format {fmt} is newer than this app understands ({SUPPORTED_FORMAT}); update the app")
        return None
    if fmt < 1:
        r.problem("format_version", "must be 1")

    sources = _sources(raw, r)
    source_ids = {s.id for s in sources}

    def check_sources(ids: tuple[str, ...], p: str, required: bool) -> None:
        if required and not ids:
            r.problem(p, "every figure needs at least one source")
        for i, sid in enumerate(ids):
            if sid not in source_ids:
                r.problem(f"{p}[{i}]", f"unknown source id '{sid}'")

    meta = _metadata(raw, r)
    cond_raw = r.table(raw, "condition", "")
    r.known_keys(cond_raw, "condition", {"title", "summary", "natural_course", "sources"})
    condition = m.Condition(
        title=r.string(cond_raw, "title", "condition"),
        summary=r.string(cond_raw, "summary", "condition"),
        natural_course=r.string(cond_raw, "natural_course", "condition"),
        sources=r.strings(cond_raw, "sources", "condition", min_items=1),
    )
    check_sources(condition.sources, "condition.sources", True)

    attributes = []
    for _, t, p in r.tables(raw, "attributes", "", min_items=1):
        r.known_keys(t, p, {"id", "label"})
        attributes.append(m.Attribute(id=r.ident(t, "id", p), label=r.string(t, "label", p)))
    r.unique(attributes, "attributes", "attribute id")
    attr_ids = [a.id for a in attributes]

    options = []
    for _, t, p in r.tables(raw, "options", "", min_items=2):
        r.known_keys(t, p, {"id", "name", "short_name", "summary", "attributes"})
        at_raw = r.table(t, "attributes", p)
        got = list(at_raw.keys())
        for a in attr_ids:
            if a not in at_raw:
                r.problem(f"{p}.attributes.{a}", "missing: every option must give every attribute (equal detail)")
        for k in got:
            if k not in attr_ids:
                r.problem(f"{p}.attributes.{k}", "not a declared attribute")
        present = [k for k in got if k in attr_ids]
        if present != [a for a in attr_ids if a in at_raw]:
            r.problem(f"{p}.attributes", "attributes must be in the declared order")
        attrs = tuple((a, r.string(at_raw, a, f"{p}.attributes")) for a in attr_ids if a in at_raw)
        options.append(m.Option(
            id=r.ident(t, "id", p), name=r.string(t, "name", p),
            short_name=r.string(t, "short_name", p), summary=r.string(t, "summary", p), attributes=attrs,
        ))
    before = len(r.problems)
    r.unique(options, "options", "option id")
    if len(r.problems) > before:        # everything below names options by id: stop before the follow-on noise
        r.problems[-1] += ("; the rest of the pack names options by id, so it is checked once every option "
                           "has its own id")
        return None
    option_ids = [o.id for o in options]

    topics = []
    for _, t, p in r.tables(raw, "topics", "", min_items=1):
        r.known_keys(t, p, {"id", "label"})
        topics.append(m.Topic(id=r.ident(t, "id", p), label=r.string(t, "label", p)))
    r.unique(topics, "topics", "topic id")
    topic_ids = {t.id for t in topics}

    def check_topic(t: dict, p: str) -> str:
        tid = r.string(t, "topic", p)
        if tid and tid not in topic_ids:
            r.problem(f"{p}.topic", f"unknown topic '{tid}'")
        return tid

    def per_option(table: dict, p: str, what: str) -> None:
        for oid in option_ids:
            if oid not in table:
                r.problem(f"{p}.{oid}", f"missing {what} for option '{oid}'")
        for k in table:
            if k not in option_ids:
                r.problem(f"{p}.{k}", f"unknown option id '{k}'")

    comparison = []
    for _, t, p in r.tables(raw, "comparison", "", min_items=1):
        r.known_keys(t, p, {"id", "topic", "question", "answers", "sources", "short_question", "short",
                            "in_short_grid"})
        ans = r.table(t, "answers", p)
        per_option(ans, f"{p}.answers", "an answer")
        srcs = r.strings(t, "sources", p, required=False)
        check_sources(srcs, f"{p}.sources", False)
        comparison.append(m.ComparisonRow(
            id=r.ident(t, "id", p), topic=check_topic(t, p), question=r.string(t, "question", p),
            answers=tuple((o, r.string(ans, o, f"{p}.answers")) for o in option_ids if o in ans),
            sources=srcs, **_short_grid(t, p, r, option_ids, per_option),
        ))
    r.unique(comparison, "comparison", "row id")
    grid = [c.id for c in comparison if c.in_short_grid]
    if len(grid) > MAX_SHORT_GRID_ROWS:
        r.problem("comparison", f"{len(grid)} rows have in_short_grid = true; the short grid has room for at most "
                                f"{MAX_SHORT_GRID_ROWS}")

    outcomes = []
    for _, t, p in r.tables(raw, "outcomes", "", min_items=1):
        r.known_keys(t, p, {"id", "kind", "topic", "label", "description", "rows"})
        rows = []
        for _, rt, rp in r.tables(t, "rows", p, min_items=1):
            row = _evidence_row(rt, rp, r, option_ids, check_sources)
            if row is not None:
                rows.append(row)
        r.unique(rows, f"{p}.rows", "row id")
        outcomes.append(m.Outcome(
            id=r.ident(t, "id", p), kind=r.choice(t, "kind", p, ("benefit", "harm")),
            topic=check_topic(t, p), label=r.string(t, "label", p),
            description=r.string(t, "description", p), rows=tuple(rows),
        ))
    r.unique(outcomes, "outcomes", "outcome id")
    row_ids = [row.id for o in outcomes for row in o.rows]
    r.unique([m.Topic(id=i, label="") for i in row_ids], "outcomes.rows", "row id (row ids are unique in the pack)")
    for oi, o in enumerate(outcomes):
        for ri, row in enumerate(o.rows):
            for k, ref in enumerate(row.see_also):
                if ref not in row_ids or ref == row.id:
                    r.problem(f"outcomes[{oi}].rows[{ri}].see_also[{k}]", f"'{ref}' is not another row of the pack")
    if outcomes and not {"benefit", "harm"} <= {o.kind for o in outcomes}:
        r.problem("outcomes", "needs both benefits and harms (equal detail)")

    milestones = []
    for _, t, p in r.tables(raw, "milestones", "", min_items=1):
        r.known_keys(t, p, {"id", "option", "label", "text", "from_hours", "to_hours", "to_hours_max", "sources", "unverified"})
        opt = r.string(t, "option", p)
        if opt and opt not in option_ids:
            r.problem(f"{p}.option", f"unknown option id '{opt}'")
        f_h = r.number(t, "from_hours", p)
        t_h = r.number(t, "to_hours", p)
        t_max = r.number(t, "to_hours_max", p, required=False)
        if f_h is not None and f_h < 0:
            r.problem(f"{p}.from_hours", "must not be negative")
        if f_h is not None and t_h is not None and t_h < f_h:
            r.problem(f"{p}.to_hours", "must not be before from_hours")
        if t_max is not None and t_h is not None and t_max < t_h:
            r.problem(f"{p}.to_hours_max", "must not be before to_hours")
        srcs = r.strings(t, "sources", p, min_items=1)
        check_sources(srcs, f"{p}.sources", True)
        milestones.append(m.Milestone(
            id=r.ident(t, "id", p), option=opt, label=r.string(t, "label", p), text=r.string(t, "text", p),
            from_hours=f_h or 0.0, to_hours=t_h or 0.0, to_hours_max=t_max, sources=srcs,
            unverified=r.boolean(t, "unverified", p),
        ))
    r.unique(milestones, "milestones", "milestone id")
    for oid in option_ids:
        if milestones and not any(ms.option == oid for ms in milestones):
            r.problem("milestones", f"option '{oid}' has no recovery milestone")

    warning_signs = []
    for _, t, p in r.tables(raw, "warning_signs", "", min_items=1):
        r.known_keys(t, p, {"id", "text", "urgency", "sources"})
        srcs = r.strings(t, "sources", p, required=False)
        check_sources(srcs, f"{p}.sources", False)
        warning_signs.append(m.WarningSign(
            id=r.ident(t, "id", p), text=r.string(t, "text", p),
            urgency=r.choice(t, "urgency", p, ("emergency", "call")), sources=srcs,
        ))
    r.unique(warning_signs, "warning_signs", "warning sign id")

    guidance = []
    short_max_words = 20        # `short` is one plain line for short views (about 15 words)
    for _, t, p in r.tables(raw, "guidance", "", min_items=1):
        r.known_keys(t, p, {"id", "body", "year", "title", "summary", "short", "sources"})
        srcs = r.strings(t, "sources", p, min_items=1)
        check_sources(srcs, f"{p}.sources", True)
        year = r.integer(t, "year", p)
        if year and not 1900 <= year <= 2100:
            r.problem(f"{p}.year", f"{year} is not a plausible year")
        short = r.string(t, "short", p)
        if "\n" in short:
            r.problem(f"{p}.short", "must be one line")
        if len(short.split()) > short_max_words:
            r.problem(f"{p}.short", f"{len(short.split())} words; at most {short_max_words}")
        guidance.append(m.Guidance(
            id=r.ident(t, "id", p), body=r.string(t, "body", p), year=year,
            title=r.string(t, "title", p), summary=r.string(t, "summary", p), short=short, sources=srcs,
        ))
    r.unique(guidance, "guidance", "guidance id")

    situation = []
    for _, t, p in r.tables(raw, "situation", "", min_items=1):
        situation.append(_situation_question(t, p, r))
    r.unique(situation, "situation", "question id")
    questions_by_id = {q.id: q for q in situation}

    rules = []
    for _, t, p in r.tables(raw, "rules", "", required=False):
        r.known_keys(t, p, {"id", "warning", "urgency", "message", "when"})
        when_raw = r.table(t, "when", p)
        group = parse_group(when_raw, f"{p}.when", r.problem) if when_raw else m.Group("all", ())
        check_group_refs(group, f"{p}.when", questions_by_id, r.problem)
        rules.append(m.Rule(
            id=r.ident(t, "id", p), warning=r.boolean(t, "warning", p),
            urgency=r.choice(t, "urgency", p, m.URGENCIES), message=r.string(t, "message", p), when=group,
        ))
    r.unique(rules, "rules", "rule id")

    values = []
    for _, t, p in r.tables(raw, "values", "", min_items=1):
        r.known_keys(t, p, {"id", "text"})
        values.append(m.ValueStatement(id=r.ident(t, "id", p), text=r.string(t, "text", p)))
    r.unique(values, "values", "value id")

    questions = []
    for _, t, p in r.tables(raw, "questions", "", min_items=1):
        r.known_keys(t, p, {"id", "text"})
        questions.append(m.Question(id=r.ident(t, "id", p), text=r.string(t, "text", p)))
    r.unique(questions, "questions", "question id")

    knowledge = []
    for _, t, p in r.tables(raw, "knowledge", "", min_items=1):
        r.known_keys(t, p, {"id", "question", "choices", "answer", "explanation"})
        choices = r.strings(t, "choices", p, min_items=2)
        ans = r.integer(t, "answer", p)
        if choices and not 0 <= ans < len(choices):
            r.problem(f"{p}.answer", f"must be an index into choices (0 to {len(choices) - 1})")
        knowledge.append(m.KnowledgeItem(
            id=r.ident(t, "id", p), question=r.string(t, "question", p), choices=choices, answer=ans,
            explanation=r.string(t, "explanation", p),
        ))
    r.unique(knowledge, "knowledge", "knowledge item id")

    glossary = []
    for _, t, p in r.tables(raw, "glossary", "", min_items=1):
        r.known_keys(t, p, {"term", "definition", "aliases"})
        glossary.append(m.GlossaryTerm(
            term=r.string(t, "term", p), definition=r.string(t, "definition", p),
            aliases=r.strings(t, "aliases", p, required=False),
        ))
    r.unique(glossary, "glossary", "term", key=lambda g: g.term.lower())

    sure_raw = r.table(raw, "sure", "")
    r.known_keys(sure_raw, "sure", set(m.SURE_KEYS) | {"low_score_note"})
    sure = m.Sure(**{k: r.string(sure_raw, k, "sure") for k in (*m.SURE_KEYS, "low_score_note")})

    next_steps = r.strings(raw, "next_steps", "", min_items=1)

    # every declared source should be cited somewhere (an uncited reference is probably a typo)
    numbers = {s.id: i + 1 for i, s in enumerate(sources)}
    pack = m.Pack(
        path=path, format_version=fmt, metadata=meta, condition=condition, attributes=tuple(attributes),
        options=tuple(options), topics=tuple(topics), comparison=tuple(comparison), outcomes=tuple(outcomes),
        milestones=tuple(milestones), warning_signs=tuple(warning_signs), guidance=tuple(guidance),
        situation=tuple(situation), rules=tuple(rules), values=tuple(values), questions=tuple(questions),
        knowledge=tuple(knowledge), glossary=tuple(glossary), sure=sure, next_steps=next_steps,
        sources=tuple(sources), _source_numbers=numbers,
    )
    if not r.problems:
        cited = pack.cited_source_ids()
        uncited = [s.id for s in sources if s.id not in cited]
        for sid in uncited:
            r.problem(f"sources[{numbers[sid] - 1}]", f"source '{sid}' is never cited")
    return pack


# keys a pack may not hold: whether and when it was reviewed comes only from a matching review record
_REVIEW_CLAIMS = {
    "last_reviewed": "a pack cannot give its own review date; it comes only from a review record that matches "
                     "these exact bytes (decisionaid review-record). Remove this key",
    "review_status": "a pack cannot declare itself reviewed; a review record that matches these exact bytes "
                     "does that (decisionaid review-record). Remove this key",
}


def _metadata(raw: dict, r: _Reader) -> m.Metadata:
    t = r.table(raw, "metadata", "")
    p = "metadata"
    for key, why in _REVIEW_CLAIMS.items():
        if key in t:
            r.problem(f"{p}.{key}", why)
    r.known_keys({k: v for k, v in t.items() if k not in _REVIEW_CLAIMS}, p, {
        "pack_id", "version", "language", "title", "decision", "intended_use", "for_whom", "not_for",
        "time_needed", "published", "next_review", "evidence_search_date", "evidence_up_to", "update_policy",
        "funding", "conflicts", "disclaimer", "synthesis_method", "development", "testing", "authors",
        "translation_status", "translation_notice", "reading_level", "clinical_decision",
    })
    authors = []
    for _, at, ap in r.tables(t, "authors", p, min_items=1):
        r.known_keys(at, ap, {"name", "credentials", "organisation", "role"})
        authors.append(m.Author(name=r.string(at, "name", ap), role=r.string(at, "role", ap),
                                credentials=r.string(at, "credentials", ap),
                                organisation=r.string(at, "organisation", ap)))
    version = r.string(t, "version", p)
    if version and not _VERSION_RE.match(version):
        r.problem(f"{p}.version", f"'{version}' is not MAJOR.MINOR.PATCH")
    lang = r.string(t, "language", p)
    if lang and not re.match(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$", lang):
        r.problem(f"{p}.language", f"'{lang}' is not a language code")
    search_date = r.date(t, "evidence_search_date", p) if "evidence_search_date" in t else None
    meta = m.Metadata(
        pack_id=r.ident(t, "pack_id", p), version=version, language=lang,
        title=r.string(t, "title", p), decision=r.string(t, "decision", p),
        intended_use=r.string(t, "intended_use", p), for_whom=r.string(t, "for_whom", p),
        not_for=r.string(t, "not_for", p), time_needed=r.string(t, "time_needed", p),
        published=r.date(t, "published", p), next_review=r.date(t, "next_review", p),
        evidence_up_to=r.string(t, "evidence_up_to", p), evidence_search_date=search_date,
        update_policy=r.string(t, "update_policy", p), funding=r.string(t, "funding", p),
        conflicts=r.string(t, "conflicts", p),
        disclaimer=r.string(t, "disclaimer", p), synthesis_method=r.string(t, "synthesis_method", p),
        development=r.string(t, "development", p), testing=r.string(t, "testing", p),
        authors=tuple(authors),
        translation_status=r.choice(t, "translation_status", p, m.TRANSLATION_STATUSES, default="original"),
        translation_notice=r.string(t, "translation_notice", p, required=False),
        reading_level=r.string(t, "reading_level", p, required=False),
        clinical_decision=r.string(t, "clinical_decision", p, required=False),
    )
    if meta.translation_unreviewed and not meta.translation_notice:
        r.problem(f"{p}.translation_notice", "required while translation_status is 'not-reviewed'")
    if _dt.date.min not in (meta.published, meta.next_review) and meta.next_review <= meta.published:
        r.problem(f"{p}.next_review", "must be after the published date")
    if (search_date not in (None, _dt.date.min) and meta.published != _dt.date.min
            and search_date > meta.published):
        r.problem(f"{p}.evidence_search_date", "must not be after the published date (the evidence cannot be "
                                               "searched after the aid was published)")
    return meta


def _sources(raw: dict, r: _Reader) -> list[m.Source]:
    out = []
    for _, t, p in r.tables(raw, "sources", "", min_items=1):
        r.known_keys(t, p, {"id", "citation", "year", "url", "funding", "industry_funded", "kind"})
        year = r.integer(t, "year", p)
        if year and not 1900 <= year <= 2100:
            r.problem(f"{p}.year", f"{year} is not a plausible year")
        url = r.string(t, "url", p, required=False)
        if url and not re.match(r"^https?://", url):
            r.problem(f"{p}.url", "must start with http:// or https://")
        out.append(m.Source(
            id=r.ident(t, "id", p), citation=r.string(t, "citation", p), year=year, url=url,
            funding=r.string(t, "funding", p, required=False),
            industry_funded=r.boolean(t, "industry_funded", p), kind=r.string(t, "kind", p, required=False),
        ))
    r.unique(out, "sources", "source id")
    return out


_ROW_KEYS = {"id", "label", "evidence_kind", "measure", "denominator", "scale", "direction", "group", "study",
             "time_frame", "arms", "difference", "certainty", "certainty_reason", "sources", "funder", "unverified",
             "note", "key", "see_also", "in_charts"}
_ARM_KEYS = {"option", "comparator", "value", "low", "high", "approximate", "less_than", "not_reported", "events",
             "people", "denominator", "time_frame"}
_OLD_ROW_KEYS = {"values", "compared_with"}


def _evidence_row(t: dict, p: str, r: _Reader, option_ids: list[str], check_sources) -> m.EvidenceRow | None:
    """One result row: its arms (the groups compared), the difference, certainty and sources.

    Returns None for a row still in the old one-value-per-option shape (reported once, with what to do)."""
    if _OLD_ROW_KEYS & set(t):
        r.problem(p, f"still in the old shape ({', '.join(sorted(_OLD_ROW_KEYS & set(t)))}): name the groups "
                     f"that were compared as [[...arms]], each with its own figure (docs/content-format.md)")
        return None
    r.known_keys(t, p, _ROW_KEYS)
    kind = r.choice(t, "evidence_kind", p, m.EVIDENCE_KINDS)
    measure = r.choice(t, "measure", p, m.MEASURES, default="count")
    denominator = r.integer(t, "denominator", p, required=measure == "count", default=100 if measure == "count" else 0)
    if measure == "count" and denominator not in (100, 1000):
        r.problem(f"{p}.denominator", "must be 100 or 1000")
    if measure != "count" and "denominator" in t:
        r.problem(f"{p}.denominator", "only count rows have a denominator")
    scale = r.string(t, "scale", p, required=measure != "count")
    direction = r.string(t, "direction", p, required=False)
    time_frame = r.string(t, "time_frame", p)
    arms: list[m.Arm] = []
    for _, at, ap in r.tables(t, "arms", p, min_items=1):
        arm = _arm(at, ap, r, option_ids, measure, denominator, time_frame)
        if arm is not None:
            arms.append(arm)
    seen: set[str] = set()
    for i, a in enumerate(arms):
        if a.key in seen:
            r.problem(f"{p}.arms[{i}]", f"'{a.key}' is given twice in one row")
        seen.add(a.key)
    comparators = [a for a in arms if a.comparator]
    option_arms = [a for a in arms if a.option]
    if kind in m.SINGLE_GROUP_KINDS:
        if comparators or len(arms) > 1:
            r.problem(f"{p}.arms", f"a {kind} row reports one group with no comparison group: it cannot have a "
                                   f"comparator arm or a second group")
    elif len(arms) < 2:
        r.problem(f"{p}.arms", f"a {kind} row needs the group it was compared with: a comparator arm (sham, "
                               f"usual-care) or a second option")
    shams = [a for a in comparators if a.comparator == "sham"]
    if kind == "sham-controlled" or (shams and kind == "meta-analysis"):
        if len(shams) != 1 or len(option_arms) != 1:
            r.problem(f"{p}.arms", "a fake-procedure trial compares one option with one arm "
                                   "comparator = \"sham\"; a sham is not conservative care, so never file the "
                                   "fake-procedure group as an option")
    elif shams:
        r.problem(f"{p}.arms", f"a sham arm belongs in a sham-controlled row (or a meta-analysis of them), "
                               f"not a {kind} row")
    figured = [a for a in arms if a.has_figure or a.has_range]
    difference = None
    if "difference" in t:
        dt = r.table(t, "difference", p)
        dp = f"{p}.difference"
        r.known_keys(dt, dp, {"value", "low", "high", "approximate"})
        dv = r.number(dt, "value", dp)
        dlo, dhi = _range(dt, dp, r, dv)
        difference = m.Difference(value=dv, low=dlo, high=dhi, approximate=r.boolean(dt, "approximate", dp))
        if kind in m.SINGLE_GROUP_KINDS:
            r.problem(dp, f"a {kind} row has one group, so there is no difference between groups")
    if measure == "mean_difference":
        if difference is None:
            r.problem(f"{p}.difference", "a mean_difference row gives the difference between the groups")
        if figured:
            r.problem(f"{p}.arms", "a mean_difference row reports the difference only: each arm says "
                                   "not_reported (use measure = \"mean\" when the groups' own means are known)")
    if measure in ("mean", "mean_difference") and (difference is not None or measure == "mean") and not direction:
        r.problem(f"{p}.direction", "a mean or a mean difference needs its direction in words, for example "
                                    "'higher means less pain' or 'above 0 means less pain with cement'")
    see_also = r.strings(t, "see_also", p, required=False)
    srcs = r.strings(t, "sources", p, min_items=1)
    check_sources(srcs, f"{p}.sources", True)
    order = {oid: i for i, oid in enumerate(option_ids)}
    arms.sort(key=lambda a: (0, m.COMPARATORS.index(a.comparator)) if a.comparator else (1, order.get(a.option, 99)))
    return m.EvidenceRow(
        id=r.ident(t, "id", p), label=r.string(t, "label", p), evidence_kind=kind, measure=measure,
        denominator=denominator, scale=scale, direction=direction, group=r.string(t, "group", p),
        study=r.string(t, "study", p, required=False), time_frame=time_frame, arms=tuple(arms), certainty=r.choice(t, "certainty", p, m.CERTAINTY_LABELS),
        certainty_reason=r.string(t, "certainty_reason", p), sources=srcs, difference=difference,
        funder=r.string(t, "funder", p, required=False), unverified=r.boolean(t, "unverified", p),
        note=r.string(t, "note", p, required=False), key=r.boolean(t, "key", p), see_also=see_also,
        in_charts=r.boolean(t, "in_charts", p, default=True),
    )


def _range(t: dict, p: str, r: _Reader, centre: float | None) -> tuple[float | None, float | None]:
    low = r.number(t, "low", p, required=False)
    high = r.number(t, "high", p, required=False)
    if (low is None) != (high is None):
        r.problem(p, "give both low and high, or neither")
        return None, None
    if low is not None and high is not None:
        if low > high:
            r.problem(f"{p}.low", f"low {_fmt(low)} is above high {_fmt(high)}")
        elif centre is not None and not low <= centre <= high:
            r.problem(f"{p}.value", f"{_fmt(centre)} lies outside its range {_fmt(low)} to {_fmt(high)}")
    return low, high


def _arm(t: dict, p: str, r: _Reader, option_ids: list[str], measure: str, denominator: int,
         time_frame: str) -> m.Arm | None:
    r.known_keys(t, p, _ARM_KEYS)
    option = t.get("option", "")
    comparator = t.get("comparator", "")
    if bool(option) == bool(comparator):
        r.problem(p, "give either option (one of the pack's options) or comparator (sham, usual-care), not both")
        return None
    if option and option not in option_ids:
        r.problem(f"{p}.option", f"unknown option id '{option}'")
        return None
    if comparator and comparator not in m.COMPARATORS:
        r.problem(f"{p}.comparator", f"'{comparator}' is not one of {', '.join(m.COMPARATORS)}")
        return None
    if "time_frame" in t and t["time_frame"] != time_frame:
        r.problem(f"{p}.time_frame", f"'{t['time_frame']}' differs from the row's time frame '{time_frame}': "
                                     f"groups in one row are compared over the same time")
    if "denominator" in t and t["denominator"] != denominator:
        r.problem(f"{p}.denominator", f"{t['denominator']} differs from the row's denominator {denominator}: "
                                      f"groups in one row are counted out of the same number")
    reason = r.string(t, "not_reported", p, required=False)
    value = r.number(t, "value", p, required=False)
    low, high = _range(t, p, r, value)
    if reason and (value is not None or low is not None):
        r.problem(p, "not_reported cannot be combined with a figure")
    if not reason and value is None and low is None:
        r.problem(p, "no figure and no stated reason: give value, or not_reported = \"why\" "
                     "(for example \"not reported by the trial\")")
    if measure == "count":
        for k, x in (("value", value), ("low", low), ("high", high)):
            if x is not None and not 0 <= x <= denominator:
                r.problem(f"{p}.{k}", f"{_fmt(x)} is outside 0 to {denominator}")
    events = r.integer(t, "events", p, required=False, default=None) if "events" in t else None
    people = r.integer(t, "people", p, required=False, default=None) if "people" in t else None
    if (events is None) != (people is None):
        r.problem(p, "give both events and people, or neither")
    elif events is not None and not 0 <= events <= people:
        r.problem(f"{p}.events", f"{events} is not between 0 and people ({people})")
    return m.Arm(option=option, comparator=comparator, value=value, low=low, high=high,
                 approximate=r.boolean(t, "approximate", p), less_than=r.boolean(t, "less_than", p),
                 not_reported=reason, events=events, people=people)


MAX_SHORT_WORDS = 12          # a short-grid answer or question: at most about 10 words (docs/content-format.md)
MAX_SHORT_GRID_ROWS = 6


def _words(text: str) -> int:
    return len(text.split())


def _short_text(t: dict, key: str, p: str, r: _Reader) -> str:
    text = r.string(t, key, p, required=False)
    if "\n" in text:
        r.problem(_join(p, key), "must be one line")
    if _words(text) > MAX_SHORT_WORDS:
        r.problem(_join(p, key), f"has {_words(text)} words; short texts have at most {MAX_SHORT_WORDS} "
                                 f"(they must fit a cell of the short grid)")
    return text


def _short_grid(t: dict, p: str, r: _Reader, option_ids: list[str], per_option) -> dict:
    """A comparison row's short-grid fields: ``short_question``, ``[comparison.short]`` (one short answer for
    every option, or none at all) and ``in_short_grid`` (needs the short answers)."""
    short_question = _short_text(t, "short_question", p, r)
    short: tuple[tuple[str, str], ...] = ()
    if "short" in t:
        table = r.table(t, "short", p)
        sp = f"{p}.short"
        per_option(table, sp, "a short answer (give every option a short answer, or none)")
        for oid in option_ids:
            if oid in table:
                text = _short_text(table, oid, sp, r)
                if not text:
                    r.problem(f"{sp}.{oid}", "must not be empty")
        short = tuple((o, str(table[o]).strip()) for o in option_ids if isinstance(table.get(o), str))
    in_grid = r.boolean(t, "in_short_grid", p)
    if in_grid and "short" not in t:
        r.problem(f"{p}.in_short_grid", "a row in the short grid needs [comparison.short]: one short answer "
                                        "for every option")
    return dict(short_question=short_question, short=short, in_short_grid=in_grid)


def _situation_question(t: dict, p: str, r: _Reader) -> m.SituationQuestion:
    r.known_keys(t, p, {"id", "text", "type", "choices", "min", "max", "help", "sensitive", "why", "glance",
                        "short_label"})
    qtype = r.choice(t, "type", p, m.QUESTION_TYPES)
    choices = []
    if qtype == "choice":
        for _, ct, cp in r.tables(t, "choices", p, min_items=2):
            r.known_keys(ct, cp, {"id", "label"})
            choices.append(m.Choice(id=r.ident(ct, "id", cp), label=r.string(ct, "label", cp)))
        r.unique(choices, f"{p}.choices", "choice id")
    elif "choices" in t:
        r.problem(f"{p}.choices", f"only choice questions have choices (this one is {qtype})")
    lo = hi = None
    if qtype == "number":
        lo = r.number(t, "min", p)
        hi = r.number(t, "max", p)
        if lo is not None and hi is not None and lo >= hi:
            r.problem(f"{p}.max", "must be above min")
    else:
        for k in ("min", "max"):
            if k in t:
                r.problem(f"{p}.{k}", "only number questions have min and max")
    sensitive = r.boolean(t, "sensitive", p)
    # a private question (cancer, pregnancy) on a public screen says why it is asked; it can always be skipped
    why = r.string(t, "why", p, required=sensitive)
    if why and not sensitive:
        r.problem(f"{p}.why", "only sensitive questions say why they are asked (add sensitive = true)")
    return m.SituationQuestion(
        id=r.ident(t, "id", p), text=r.string(t, "text", p), type=qtype, choices=tuple(choices),
        min=lo, max=hi, help=r.string(t, "help", p, required=False),
        sensitive=sensitive, glance=r.boolean(t, "glance", p),
        short_label=_short_text(t, "short_label", p, r),
        why=why,
    )


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
