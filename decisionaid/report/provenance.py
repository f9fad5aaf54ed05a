"""Who made the summary's content, whether it was reviewed and signed: plain words for the report builder
(``content.py`` adds them as data: one line near the top, rows in "About this information") and the footer.

The review words come only from the review record matching the pack's exact bytes (``pack.review``); the
signature note comes from the caller (``ReportOptions.content_note``: "Unsigned content" in clinician mode).
"""
from __future__ import annotations

from ..present.text import t


def review_words(pack, fmt_date) -> str:
    rec = pack.review
    if rec is None:
        return t("Not yet clinically reviewed.")
    out = [t("Reviewed by {who} ({role}) on {date}.").format(who=r.reviewer, role=r.role,
                                                                       date=fmt_date(r.date))
           for r in rec.reviews]
    if not rec.complete:
        out.append(t("This review covers only part of the content, so it is still a draft."))
    return " ".join(out)


def core_line(pack, fmt_date) -> str:
    """One line for the first page: who wrote it, its review, where the rest is."""
    names = "; ".join(a.name for a in pack.metadata.authors)
    return t("Written by: {names}. {review} How it was made and tested: see \"About this "
                        "information\" at the end.").format(names=names, review=review_words(pack, fmt_date))


def about_rows(pack, fmt_date, options) -> list[tuple[str, str]]:
    rec = pack.review
    rows = [(t("Review"), review_words(pack, fmt_date)),
            (t("Last reviewed"), fmt_date(rec.date) if rec is not None and rec.date
             else t("Not yet reviewed"))]
    if options.content_note:
        rows.append((t("Content signature"), options.content_note))
    if pack.metadata.evidence_search_date is not None:
        rows.append((t("Evidence searched up to"), fmt_date(pack.metadata.evidence_search_date)))
    return rows
