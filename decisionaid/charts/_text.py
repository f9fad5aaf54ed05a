"""Words and number formats shared by the chart builders, descriptions and tables.

Plain Python (no matplotlib, no Qt). The interface strings below are chart furniture (titles, legends,
"out of"): every clinical figure, label, range, time frame and source marker comes from the content pack.
Interface strings are kept together here so a translation layer can replace them in one place.
"""
from __future__ import annotations

import re

# ---- interface strings (chart furniture, not clinical content) ---------------------------------------------
S = {
    "pain_title_one": "How many people had {label}",
    "pain_title_many": "How many people had each benefit",
    "pain_sub": ("Each bar shows how many people out of {den} had this, for each option. Thin black lines show "
                 "the range the true number probably lies in. Numbers in [brackets] point to the sources."),
    "harm_title": "Possible harms: how many people had each one",
    "harm_sub": ("Each square is one person. Numbers in [brackets] point to the sources."),
    "recovery_title": "Recovery: what happens when",
    "recovery_sub": ("Time runs from left to right, starting at the treatment. Hours and days are spread out so "
                     "that they fit on the same line as months. Numbers in [brackets] point to the sources."),
    "no_rows": "This content pack has no figures for this chart.",
    "no_figure": "No comparable figure",
    "unverified": "unverified",
    "unverified_long": "this figure is not yet verified",
    "people": "People: {group}",
    "compared": "Compared with: {what}",
    "axis_out_of": "Number of people out of {den}",
    "legend_had": "Had this (best estimate)",
    "legend_maybe": "May also have had this (top of the range)",
    "legend_not": "Did not have this",
    "legend_bar": "Usual time",
    "legend_disagree": "Sources disagree: may take this long",
    "legend_point": "Happens at one moment",
    "time_axis": "Time from the start of treatment",
    "start": "Start",
}

# Plain words for each kind of evidence (docs/content-format.md lists the kinds).
EVIDENCE_WORDS = {
    "before-after": "Before/after report, no comparison group",
    "sham-controlled": "Trial against a fake (sham) procedure",
    "usual-care": "Open trial against usual care",
    "natural-course": "People who had no procedure",
    "case-series": "Case series: treated people only, no comparison group",
    "observational": "Observational study, not randomised",
    "head-to-head": "Trial of one procedure against the other",
    "meta-analysis": "Pooled results of several studies",
}

CERTAINTY_WORDS = {
    "high": "High certainty",
    "moderate": "Moderate certainty",
    "low": "Low certainty",
    "very low": "Very low certainty",
}


def evidence_words(kind: str) -> str:
    return EVIDENCE_WORDS.get(kind, kind.replace("-", " ").capitalize())


def certainty_words(certainty: str) -> str:
    if not certainty:
        return ""
    return CERTAINTY_WORDS.get(certainty, certainty.capitalize() + " certainty")


def lower_first(text: str) -> str:
    """"Much less pain" -> "much less pain"; leaves acronyms ("MRI scan") alone."""
    if len(text) >= 2 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def num(x: float) -> str:
    """12.0 -> "12", 0.5 -> "0.5", 2.25 -> "2.25" (no float noise)."""
    if x is None:
        return ""
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.2f}".rstrip("0").rstrip(".")


def count_phrase(ev, denominator: int, *, joiner: str = "out of") -> str:
    """"40 out of 100", "about 40 out of 100", "fewer than 1 out of 100"."""
    n = num(ev.value)
    if ev.less_than:
        return f"fewer than {n} {joiner} {denominator}"
    if ev.approximate:
        return f"about {n} {joiner} {denominator}"
    return f"{n} {joiner} {denominator}"


def both_frames(ev, denominator: int) -> str:
    """"2 in 100 had this; 98 did not" (IPDAS: state both frames)."""
    rest = num(denominator - ev.value)
    if ev.less_than:
        return f"Fewer than {num(ev.value)} in {denominator} had this; more than {rest} did not"
    if ev.approximate:
        return f"About {num(ev.value)} in {denominator} had this; about {rest} did not"
    return f"{num(ev.value)} in {denominator} had this; {rest} did not"


def range_phrase(ev, denominator: int | None = None) -> str:
    if not ev.has_range:
        return ""
    tail = f" in {denominator}" if denominator else ""
    return f"range {num(ev.low)} to {num(ev.high)}{tail}"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def short_reason(reason: str, limit: int = 90) -> str:
    """The first sentence of a "no comparable figure" reason, cut at a word boundary when still long."""
    reason = " ".join(reason.split())
    m = re.match(r"(.+?[.!?])(\s|$)", reason)
    first = m.group(1) if m else reason
    if len(first) <= limit:
        return first
    cut = first[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


# ---- durations (unit conversion only) ----------------------------------------------------------------------
HOURS_PER = {"minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0, "month": 730.5, "year": 8766.0}


def _amount(x: float, unit: str) -> str:
    # Snap to a whole number within 5 %, else one decimal ("1.5 weeks").
    if abs(x - round(x)) <= 0.05 * max(1.0, x):
        x = float(round(x))
    else:
        x = round(x * 2) / 2 if x >= 2 else round(x, 1)
    return f"{num(x)} {unit}" + ("" if x == 1 else "s")


def duration(hours: float) -> str:
    """Hours to plain words: 0 -> "the start", 0.5 -> "30 minutes", 24 -> "1 day", 2190 -> "3 months"."""
    h = float(hours)
    if h <= 0:
        return "the start"
    if h < 1:
        return _amount(h * 60, "minute")
    if h < 24:
        return _amount(h, "hour")
    if h < 14 * 24:
        return _amount(h / 24, "day")
    if h < 8 * 168:
        return _amount(h / 168, "week")
    if h < 23.5 * HOURS_PER["month"]:
        return _amount(h / HOURS_PER["month"], "month")
    return _amount(h / HOURS_PER["year"], "year")


def when_phrase(m) -> str:
    """A milestone's time span in words."""
    if m.to_hours <= m.from_hours:
        text = f"at {duration(m.from_hours)}" if m.from_hours > 0 else "at the start"
    elif m.from_hours <= 0:
        text = f"from the start to {duration(m.to_hours)}"
    else:
        text = f"from {duration(m.from_hours)} to {duration(m.to_hours)}"
    if m.to_hours_max is not None and m.to_hours_max > m.to_hours:
        text += f" (sources disagree: up to {duration(m.to_hours_max)})"
    return text


def sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    return text if text[-1] in ".!?…" else text + "."
