"""Words and number formats shared by the chart builders, descriptions and tables.

Plain Python (no matplotlib, no GUI toolkit). The interface strings below are chart furniture (titles,
legends, "out of"): every clinical figure, label, range, time frame and source marker comes from the content
pack. Every interface string goes through ``t()`` as a whole-sentence template with named placeholders, so a
translation layer (installed with ``set_translator``) can replace it; ``TRANSLATABLE`` lists every template.
"""
from __future__ import annotations

import re
from typing import Callable

# ---- translation hook ---------------------------------------------------------------------------------------
_translator: "Callable[[str], str] | None" = None


def set_translator(fn: "Callable[[str], str] | None") -> None:
    """Install ``fn(english_template) -> translated_template`` for every chart string (None: English).

    Use ``decisionaid.charts.set_translator``, which also empties the PNG cache.
    """
    global _translator
    _translator = fn


def t(text: str) -> str:
    """The translation of one English template (the template itself when no translator is set or it has none)."""
    if _translator is None:
        return text
    out = _translator(text)
    return out if isinstance(out, str) and out else text


def language_signature() -> tuple[str, ...]:
    """Every template as currently translated: changes whenever the translation in force changes."""
    return tuple(t(s) for s in TRANSLATABLE)


# ---- interface strings (chart furniture, not clinical content) ---------------------------------------------
# Keyed templates; read them through ``ui(key)`` (translated), never ``S[key]`` directly.
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
    "unverified_upper": "UNVERIFIED",
    "unverified_long": "This figure is not yet verified.",
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

# Templates used as literal ``t("...")`` calls in the chart modules (tests/test_charts_i18n.py checks that
# every literal passed to t() is listed here, and that every entry here is used).
PHRASES = (
    # counts
    "fewer than {n} out of {den}", "about {n} out of {den}", "{n} out of {den}",
    "fewer than {n} out of {den} people", "about {n} out of {den} people", "{n} out of {den} people",
    "Fewer than {n} in {den} had this; more than {rest} did not",
    "About {n} in {den} had this; about {rest} did not",
    "{n} in {den} had this; {rest} did not",
    "Fewer than {n} in {den} people had this, and more than {rest} did not",
    "About {n} in {den} people had this, and about {rest} did not",
    "{n} in {den} people had this, and {rest} did not",
    "Fewer than 1 in {den} had this; more than {rest} did not",
    "About 1 in {den} had this; about {rest} did not",
    "1 in {den} had this; {rest} did not",
    "Fewer than 1 in {den} people had this, and more than {rest} did not",
    "About 1 in {den} people had this, and about {rest} did not",
    "1 in {den} people had this, and {rest} did not",
    "range {low} to {high}", "range {low} to {high} in {den}",
    "{a} or {b}",
    "{level} certainty",
    # durations
    "the start",
    "1 minute", "{n} minutes", "1 hour", "{n} hours", "1 day", "{n} days", "1 week", "{n} weeks",
    "1 month", "{n} months", "1 year", "{n} years",
    "at {time}", "at the start", "from the start to {time}", "from {start} to {end}",
    "{when} (sources disagree: up to {time})",
    # text alternative
    "{option}: no comparable figure. {reason}",
    "sources {markers}",
    "{row}: {evidence}; time frame {time_frame}; {people}",
    # table headers
    "Outcome", "Evidence", "Time frame", "Option", "Result", "Range", "Certainty", "Sources",
    "Milestone", "When", "What happens",
)

TRANSLATABLE: tuple[str, ...] = tuple(dict.fromkeys(
    (*S.values(), *EVIDENCE_WORDS.values(), *CERTAINTY_WORDS.values(), *PHRASES)))


def ui(key: str) -> str:
    """The interface string ``S[key]``, translated."""
    return t(S[key])


def evidence_words(kind: str) -> str:
    if kind in EVIDENCE_WORDS:
        return t(EVIDENCE_WORDS[kind])
    return kind.replace("-", " ").capitalize()


def certainty_words(certainty: str) -> str:
    if not certainty:
        return ""
    if certainty in CERTAINTY_WORDS:
        return t(CERTAINTY_WORDS[certainty])
    return t("{level} certainty").format(level=certainty.capitalize())


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


def count_phrase(ev, denominator: int, *, people: bool = False) -> str:
    """"40 out of 100", "about 40 out of 100", "fewer than 1 out of 100" (+ " people" with people=True)."""
    n = num(ev.value)
    if ev.less_than:
        tpl = t("fewer than {n} out of {den} people") if people else t("fewer than {n} out of {den}")
    elif ev.approximate:
        tpl = t("about {n} out of {den} people") if people else t("about {n} out of {den}")
    else:
        tpl = t("{n} out of {den} people") if people else t("{n} out of {den}")
    return tpl.format(n=n, den=denominator)


def both_frames(ev, denominator: int, *, people: bool = False) -> str:
    """"2 in 100 had this; 98 did not" (IPDAS: state both frames); with people=True
    "2 in 100 people had this, and 98 did not"."""
    rest = num(denominator - ev.value)
    if num(ev.value) == "1":    # separate templates: some languages put the verb in the singular
        if ev.less_than:
            tpl = (t("Fewer than 1 in {den} people had this, and more than {rest} did not") if people
                   else t("Fewer than 1 in {den} had this; more than {rest} did not"))
        elif ev.approximate:
            tpl = (t("About 1 in {den} people had this, and about {rest} did not") if people
                   else t("About 1 in {den} had this; about {rest} did not"))
        else:
            tpl = (t("1 in {den} people had this, and {rest} did not") if people
                   else t("1 in {den} had this; {rest} did not"))
    elif ev.less_than:
        tpl = (t("Fewer than {n} in {den} people had this, and more than {rest} did not") if people
               else t("Fewer than {n} in {den} had this; more than {rest} did not"))
    elif ev.approximate:
        tpl = (t("About {n} in {den} people had this, and about {rest} did not") if people
               else t("About {n} in {den} had this; about {rest} did not"))
    else:
        tpl = (t("{n} in {den} people had this, and {rest} did not") if people
               else t("{n} in {den} had this; {rest} did not"))
    return tpl.format(n=num(ev.value), den=denominator, rest=rest)


def range_phrase(ev, denominator: int | None = None) -> str:
    if not ev.has_range:
        return ""
    if denominator:
        return t("range {low} to {high} in {den}").format(low=num(ev.low), high=num(ev.high), den=denominator)
    return t("range {low} to {high}").format(low=num(ev.low), high=num(ev.high))


def or_list(items) -> str:
    """"100", "100 or 1000", "10 or 100 or 1000"."""
    items = [str(i) for i in items]
    text = items[0] if items else ""
    for item in items[1:]:
        text = t("{a} or {b}").format(a=text, b=item)
    return text


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


def amount_words(x: float, unit: str) -> str:
    """3, "day" -> "3 days"; 1, "hour" -> "1 hour" (singular and plural are separate templates)."""
    one = x == 1
    if unit == "minute":
        tpl = t("1 minute") if one else t("{n} minutes")
    elif unit == "hour":
        tpl = t("1 hour") if one else t("{n} hours")
    elif unit == "day":
        tpl = t("1 day") if one else t("{n} days")
    elif unit == "week":
        tpl = t("1 week") if one else t("{n} weeks")
    elif unit == "month":
        tpl = t("1 month") if one else t("{n} months")
    elif unit == "year":
        tpl = t("1 year") if one else t("{n} years")
    else:
        raise ValueError(f"unknown time unit {unit!r}")
    return tpl.format(n=num(x))


def _amount(x: float, unit: str) -> str:
    # Snap to a whole number within 5 %, else one decimal ("1.5 weeks").
    if abs(x - round(x)) <= 0.05 * max(1.0, x):
        x = float(round(x))
    else:
        x = round(x * 2) / 2 if x >= 2 else round(x, 1)
    return amount_words(x, unit)


def duration(hours: float) -> str:
    """Hours to plain words: 0 -> "the start", 0.5 -> "30 minutes", 24 -> "1 day", 2190 -> "3 months"."""
    h = float(hours)
    if h <= 0:
        return t("the start")
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
        text = t("at {time}").format(time=duration(m.from_hours)) if m.from_hours > 0 else t("at the start")
    elif m.from_hours <= 0:
        text = t("from the start to {time}").format(time=duration(m.to_hours))
    else:
        text = t("from {start} to {end}").format(start=duration(m.from_hours), end=duration(m.to_hours))
    if m.to_hours_max is not None and m.to_hours_max > m.to_hours:
        text = t("{when} (sources disagree: up to {time})").format(when=text, time=duration(m.to_hours_max))
    return text


def sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    return text if text[-1] in ".!?…" else text + "."
