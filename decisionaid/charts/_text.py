"""Words and number formats shared by the chart builders, descriptions and tables.

Plain Python (no matplotlib, no GUI toolkit). The interface strings below are chart furniture (titles,
legends, "out of"): every clinical figure, label, range, time frame and source marker comes from the content
pack. Every interface string goes through ``t()`` as a whole-sentence template with named placeholders, so a
translation layer (installed with ``set_translator``) can replace it; ``TRANSLATABLE`` lists every template.
"""
from __future__ import annotations

import re
from typing import Callable

# ---- translation hook: the one translator of the wording layer ---------------------------------------------
from ..present import evidence as _evidence_words  # noqa: E402  (its templates are translated here too)
from ..present import glance as _glance_words  # noqa: E402
from ..present import guidance as _guidance_words  # noqa: E402
from ..present.text import (CERTAINTY_WORDS, COMPARATOR_IN_SENTENCE, COMPARATOR_WORDS,  # noqa: E402,F401
                            EVIDENCE_WORDS, capital, certainty_words, evidence_words, lower_first, num, sentence,
                            set_translator, t)


# ---- interface strings (chart furniture, not clinical content) ---------------------------------------------
# Keyed templates; read them through ``ui(key)`` (translated), never ``S[key]`` directly.
S = {
    "benefit_title": "Benefits: what happened in each group that was compared",
    "harm_title": "Harms and other problems: what happened in each group that was compared",
    "compare_sub": ("Each result compares groups of people in the same study over the same time. Each square is "
                    "one person. Compare groups only within a result. Numbers in [brackets] point to the "
                    "sources."),
    "claim_tag": "No comparison group: a clinic's claim, not a fair test",
    "no_difference_line": "The middle line is no difference between the groups. The dot is the difference the "
                          "study found; the line through it is its range.",
    "legend_grey": "Grey: a group that is not one of your options (a fake procedure), or a clinic's claim",
    "recovery_title": "Recovery: what happens when",
    "recovery_sub": ("Time runs from left to right, starting at the treatment. Hours and days are spread out so "
                     "that they fit on the same line as months. Numbers in [brackets] point to the sources."),
    "no_rows": "This content pack has no figures for this chart.",
    "unverified": "unverified",
    "unverified_upper": "UNVERIFIED",
    "unverified_long": "This figure is not yet verified.",
    "people": "People: {group}",

    "legend_had": "Filled: had this (best estimate)",
    "legend_maybe": "Hatched: may also have had this (top of the range)",
    "legend_not": "Empty: did not have this",
    "legend_bar": "Usual time",
    "legend_disagree": "Sources disagree: may take this long",
    "legend_point": "Happens at one moment",
    "time_axis": "Time from the start of treatment",
    "recovery_one_title": "Recovery with {option}: what happens when",
    "recovery_one_sub": ("Time runs from left to right in steps of the same width: the first day, the first week, "
                         "the first month, the first 3 months and the first year. Numbers in [brackets] point to "
                         "the sources."),
    "phase_day": "First day",
    "phase_week": "First week",
    "phase_month": "First month",
    "phase_3_months": "First 3 months",
    "phase_year": "First year",
    "phase_later": "Later",
    "start": "Start",
}

# Templates used as literal ``t("...")`` calls in the chart modules (tests/test_charts_i18n.py checks that
# every literal passed to t() is listed here, and that every entry here is used).
PHRASES = (
    # durations
    "the start",
    "1 minute", "{n} minutes", "1 hour", "{n} hours", "1 day", "{n} days", "1 week", "{n} weeks",
    "1 month", "{n} months", "1 year", "{n} years",
    "at {time}", "at the start", "from the start to {time}", "from {start} to {end}",
    "{when} (sources disagree: up to {time})",
    # table headers
    "Question", "Result", "Groups compared", "Difference", "Evidence", "Time frame", "Certainty", "Sources",
    "Option",
    "Milestone", "When", "What happens",
)

TRANSLATABLE: tuple[str, ...] = tuple(dict.fromkeys(
    (*S.values(), *EVIDENCE_WORDS.values(), *CERTAINTY_WORDS.values(), *COMPARATOR_WORDS.values(),
     *COMPARATOR_IN_SENTENCE.values(), *PHRASES, *_evidence_words.TRANSLATABLE,
     *_guidance_words.TRANSLATABLE, *_glance_words.TRANSLATABLE)))


def ui(key: str) -> str:
    """The interface string ``S[key]``, translated."""
    return t(S[key])


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
