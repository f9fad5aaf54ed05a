"""The one translator callback, and number words shared by every view-model.

Every interface template is an English whole-sentence template with ``{named}`` placeholders, passed through
``t()``; ``TRANSLATABLE`` lists the templates of this package (the chart package adds its own furniture).
"""
from __future__ import annotations

from typing import Callable

_translator: "Callable[[str], str] | None" = None
_language = "en"


def set_translator(fn: "Callable[[str], str] | None") -> None:
    """Install ``fn(english_template) -> translated template`` (None: English)."""
    global _translator
    _translator = fn


def set_language(lang: str) -> None:
    """The language dates and numbers are written in (a pack's language code, e.g. "en"); the UI's
    ``install_language`` sets it with the translator, and so does every command that writes for a person."""
    global _language
    _language = lang or "en"


def language() -> str:
    return _language


def dates_loaded() -> bool:
    """Whether Babel's date module is loaded already (its first use costs about 25 ms)."""
    import sys
    return "babel.dates" in sys.modules


def long_date(d, lang: str | None = None) -> str:
    """A date written out in the language in force: "December 4, 2026" in English, each language its own
    way (Babel's CLDR data). Babel is imported on first use, never at start-up."""
    from babel.dates import format_date
    try:
        return format_date(d, format="long", locale=lang or _language)
    except (ValueError, LookupError):        # a language CLDR does not know: English words, not a crash
        return format_date(d, format="long", locale="en")


def t(text: str) -> str:
    """The translation of one English template (the template itself when there is none)."""
    if _translator is None:
        return text
    out = _translator(text)
    return out if isinstance(out, str) and out else text


MINUS = "\u2212"


def num(x: float | None) -> str:
    """12.0 -> "12", 0.5 -> "0.5", -0.43 -> "−0.43" (a true minus sign; no float noise)."""
    if x is None:
        return ""
    x = float(x)
    # both shipped packs write 1,000 and 0.6 in their prose; the figures match them
    text = f"{int(x):,}" if x.is_integer() else f"{x:.2f}".rstrip("0").rstrip(".")
    return text.replace("-", MINUS)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def lower_first(text: str) -> str:
    """"Much less pain" -> "much less pain"; leaves acronyms ("MRI scan") alone."""
    if len(text) >= 2 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    return text if text[-1] in ".!?…" else text + "."


# Plain words for each kind of evidence (docs/content-format.md lists the kinds). One wording for every output.
EVIDENCE_WORDS = {
    "sham-controlled": "Trial against a fake procedure",
    "meta-analysis": "Several studies combined",
    "usual-care": "Trial against usual care, where people knew their treatment",
    "head-to-head": "Trial or studies comparing the two procedures",
    "natural-course": "People who had no procedure, with no comparison group",
    "observational": "Known risks, not measured in a trial",
    "case-series": "Treated people only, with no comparison group",
    "before-after": "Before and after, with no comparison group",
    "claim": "A clinic's claim, with no comparison group and no known source",
}

CERTAINTY_WORDS = {
    "high": "High certainty",
    "moderate": "Moderate certainty",
    "low": "Low certainty",
    "very low": "Very low certainty",
}

COMPARATOR_WORDS = {
    "sham": "Fake procedure",
    "usual-care": "Usual care in the trial",
}
# The same groups inside a sentence ("... than with the fake procedure").
COMPARATOR_IN_SENTENCE = {
    "sham": "the fake procedure",
    "usual-care": "usual care in the trial",
}


def evidence_words(kind: str) -> str:
    return t(EVIDENCE_WORDS[kind]) if kind in EVIDENCE_WORDS else kind.replace("-", " ").capitalize()


def certainty_words(certainty: str) -> str:
    return t(CERTAINTY_WORDS[certainty]) if certainty in CERTAINTY_WORDS else certainty
