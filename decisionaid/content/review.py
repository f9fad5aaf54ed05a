"""Clinical review records: a separate file that says who reviewed which steps of a pack and when, bound to the
pack's exact bytes by their SHA-256 (docs/content-format.md, "Review records"). Plain Python, no Qt.

A pack is shown as reviewed only when a record for these very bytes exists and its reviews together cover
every review group; then "Reviewed by NAME (ROLE) on DATE" replaces the DRAFT mark. Any change to the pack
(one byte) makes the record stop matching, and the DRAFT mark is back.

Start-up reads the record with ``json`` (already loaded for the pack cache) and hashes with CPython's own
sha256, so looking for a record costs well under a millisecond.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
from pathlib import Path

from . import model as m
from .files import ContentError, sha256_hex

FORMAT = "decisionaid-review-record"
FORMAT_VERSION = 1
RECORD_SUFFIX = ".review.json"

# The review groups, one per step of the aid (plus the reference list), in the order the aid shows them. A
# review's scope is "all" or a list of these; the review sheet is grouped and sorted by them.
GROUPS = ("welcome", "situation", "options", "compare", "evidence", "recovery", "values", "knowledge",
          "leaning", "questions", "next-steps", "glossary", "references")
GROUP_TITLES = {
    "welcome": "Welcome and about the aid", "situation": "Your situation", "options": "Your options",
    "compare": "Compare the options", "evidence": "Benefits and risks (evidence)", "recovery": "Recovery",
    "values": "What matters to you", "knowledge": "Check your understanding",
    "leaning": "Where you are leaning (SURE)", "questions": "Questions for your doctor",
    "next-steps": "Next steps", "glossary": "Glossary", "references": "References",
}


def record_path(pack_path: str | os.PathLike, records_dir: str | os.PathLike | None = None) -> Path:
    """Where the record of ``pack_path`` is written: ``<pack file name>.review.json`` beside the pack, or in
    ``records_dir``."""
    p = Path(pack_path)
    return (Path(records_dir) if records_dir else p.parent) / (p.name + RECORD_SUFFIX)


def record_candidates(pack_path, records_dir=None) -> list[Path]:
    """Where a record is looked for: the records folder first (when one is named), then beside the pack."""
    out = []
    if records_dir:
        out.append(record_path(pack_path, records_dir))
    out.append(record_path(pack_path))
    return out


def parse_scope(text: str | list | tuple) -> tuple[str, ...]:
    """ "all", or a comma-separated list (or a list) of review groups -> the groups, in GROUPS order.
    ValueError names an unknown group."""
    items = [x.strip() for x in (text.split(",") if isinstance(text, str) else text) if str(x).strip()]
    if not items:
        raise ValueError("the scope is empty: give 'all' or a list of " + ", ".join(GROUPS))
    if items == ["all"]:
        return GROUPS
    unknown = [x for x in items if x not in GROUPS]
    if unknown:
        raise ValueError(f"unknown review group '{unknown[0]}': use 'all' or some of " + ", ".join(GROUPS))
    return tuple(g for g in GROUPS if g in items)


def read_record(file: Path, pack_sha256: str) -> tuple[m.ReviewRecord | None, str]:
    """(the record in ``file`` when it is for the bytes with ``pack_sha256``, else None; why not, in words)."""
    try:
        raw = json.loads(file.read_bytes())
    except FileNotFoundError:
        return None, f"no review record ({file.name})"
    except (OSError, ValueError) as exc:
        return None, f"{file.name}: the review record cannot be read ({exc})"
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        return None, f"{file.name}: not a review record"
    if raw.get("format_version") != FORMAT_VERSION:
        return None, f"{file.name}: review record format {raw.get('format_version')!r} is not understood"
    if raw.get("pack_sha256") != pack_sha256:
        return None, (f"{file.name}: the review record is for other bytes of the pack (the pack was changed "
                      "after it was reviewed)")
    reviews = []
    for i, rv in enumerate(raw.get("reviews") or []):
        try:
            reviewer, role = str(rv["reviewer"]).strip(), str(rv["role"]).strip()
            date = _dt.date.fromisoformat(rv["date"])
            scope = parse_scope(rv["scope"])
        except (KeyError, TypeError, ValueError) as exc:
            return None, f"{file.name}: reviews[{i}] is not a valid review ({exc})"
        if not reviewer or not role:
            return None, f"{file.name}: reviews[{i}] needs a reviewer and a role"
        reviews.append(m.Review(reviewer=reviewer, role=role, scope=scope, date=date))
    if not reviews:
        return None, f"{file.name}: the review record holds no review"
    return m.ReviewRecord(file=str(file), pack_sha256=pack_sha256, reviews=tuple(reviews), groups=GROUPS), ""


def find_record(pack_path, data: bytes, records_dir=None, digest: str | None = None):
    """(the record matching these exact pack bytes, from the records folder or beside the pack, ""), or
    (None, why). ``digest``: their sha256 when the caller has it."""
    digest = digest or sha256_hex(data)
    why = ""
    for file in record_candidates(pack_path, records_dir):
        rec, reason = read_record(file, digest)
        if rec is not None:
            return rec, ""
        if not why or file.exists():
            why = reason
    return None, why


def check_dates(pack: m.Pack, record: m.ReviewRecord) -> list[str]:
    """Contradictions between a record and its pack: a review dated before the pack was published."""
    out = []
    name = Path(record.file).name
    for i, rv in enumerate(record.reviews):
        if rv.date < pack.metadata.published:
            out.append(f"{name}: reviews[{i}].date: {rv.date.isoformat()} is before the pack's published date "
                       f"{pack.metadata.published.isoformat()} (a review cannot come before the writing)")
    return out


def attach_review(pack: m.Pack, data: bytes, records_dir=None, digest: str | None = None) -> m.Pack:
    """The pack with the review record matching these bytes (or none) and their sha256. ContentError on
    contradictory dates."""
    from dataclasses import replace
    digest = digest or sha256_hex(data)
    record, _ = find_record(pack.path, data, records_dir, digest)
    if record is not None:
        problems = check_dates(pack, record)
        if problems:
            raise ContentError(problems)
    return replace(pack, review=record, sha256=digest)


# ---- the words the app shows --------------------------------------------------------------------------
def reviewed_line(record: m.ReviewRecord | None, fmt_date=lambda d: d.isoformat(),
                  template: str = "Reviewed by {who} on {date}", joiner: str = "; ") -> str:
    """ "Reviewed by NAME (ROLE) on D" for each review of the record (empty without one)."""
    if record is None:
        return ""
    return joiner.join(template.format(who=f"{r.reviewer} ({r.role})", date=fmt_date(r.date))
                       + ("" if set(r.scope) >= set(GROUPS) else " (" + ", ".join(r.scope) + ")")
                       for r in record.reviews)


# ---- writing a record (decisionaid review-record) -----------------------------------------------------
def write_record(pack_path, data: bytes, reviewer: str, role: str, scope: str, date: _dt.date,
                 records_dir=None, today: _dt.date | None = None, published: _dt.date | None = None) -> tuple[Path, str]:
    """Add a review to the record of these pack bytes (a record for other bytes is replaced). Returns (file,
    what happened, in words). ValueError for a bad reviewer, role, scope or date."""
    from .files import atomic_write
    reviewer, role = reviewer.strip(), role.strip()
    if not reviewer:
        raise ValueError("--reviewer must name the person who reviewed the content")
    if not role:
        raise ValueError("--role must give the reviewer's role, e.g. 'consultant spine surgeon'")
    groups = parse_scope(scope)
    today = today or _dt.date.today()
    if date > today:
        raise ValueError(f"the review date {date.isoformat()} is in the future")
    if published is not None and date < published:
        raise ValueError(f"the review date {date.isoformat()} is before the pack was published "
                         f"({published.isoformat()}); a review cannot come before the writing")
    digest = sha256_hex(data)
    file = record_path(pack_path, records_dir)
    reviews: list = []
    what = "new record"
    try:
        old = json.loads(file.read_bytes())
        if isinstance(old, dict) and old.get("pack_sha256") == digest and isinstance(old.get("reviews"), list):
            reviews = old["reviews"]
            what = "review added to the record"
        else:
            what = "the old record was for other bytes of the pack and is replaced"
    except FileNotFoundError:
        pass
    except (OSError, ValueError):
        what = "the old record could not be read and is replaced"
    reviews.append({"reviewer": reviewer, "role": role,
                    "scope": "all" if groups == GROUPS else list(groups), "date": date.isoformat()})
    body = {"format": FORMAT, "format_version": FORMAT_VERSION, "pack_file": Path(pack_path).name,
            "pack_sha256": digest, "reviews": reviews}
    atomic_write(file, (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    os.chmod(file, 0o644)               # not secret: the kiosk's user must be able to read it
    return file, what
