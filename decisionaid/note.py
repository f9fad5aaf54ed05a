"""The plain-text shared-decision-making visit note for the medical record. No Qt.

Ready to paste into an electronic health record: plain text, short labelled lines, no markup.
"""
from __future__ import annotations

import textwrap

from .compat import known_answers
from .content import fired_rules
from .session import NOT_SURE

WIDTH = 78
RATING_WORDS = {0: "not important", 1: "a little important", 2: "somewhat important", 3: "important",
                4: "very important"}


def _wrap(label: str, text: str) -> list[str]:
    first = f"{label}: " if label else ""
    lines = []
    for i, para in enumerate(str(text).splitlines() or [""]):
        lines.extend(textwrap.wrap(para, WIDTH, initial_indent=first if i == 0 else "  ",
                                   subsequent_indent="  ", break_long_words=True) or [first.rstrip()])
    return lines


def _option_words(name: str) -> str:
    """An option name inside a sentence: "Balloon kyphoplasty" -> "balloon kyphoplasty" (acronyms kept)."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def leaning_sentence(pack, session) -> str:
    if session.leaning == NOT_SURE:
        return "Patient is not sure yet which option to choose."
    if session.leaning:
        try:
            return f"Patient is leaning towards {_option_words(pack.option(session.leaning).name)}."
        except KeyError:
            return f"Patient's leaning is an option this content does not have ('{session.leaning}')."
    return "Patient has not stated a leaning."


def sure_text(session) -> str:
    score = session.sure_score()
    if score is None:
        return f"not completed ({len(session.sure)} of 4 answered)" if session.sure else "not answered"
    text = f"{score} of 4 yes"
    if score < 4:
        text += " (possible decisional conflict; more information or support may help)"
    return text


def knowledge_text(pack, session) -> str:
    right, answered = session.knowledge_score(pack)
    total = len(pack.knowledge)
    if not answered:
        return f"not answered ({total} questions)"
    return f"{right} correct of {answered} answered ({total} questions)"


def visit_note(pack, session) -> str:
    session = known_answers(pack, session)     # an answer naming what the pack lacks is never written
    md = pack.metadata
    out: list[str] = ["SHARED DECISION-MAKING NOTE", ""]
    out += _wrap("Date", session.date.isoformat())
    out += _wrap("Decision", md.clinical_decision or md.decision)
    out += _wrap("Options discussed", ", ".join(o.name for o in pack.options))
    from .content.review import reviewed_line
    status = "DRAFT, not yet clinically reviewed" if pack.is_draft else reviewed_line(pack.review)
    out += _wrap("Evidence shown", f"decision aid content pack {md.pack_id} version {md.version} "
                                   f"({md.language}; {status}; next review due {md.next_review.isoformat()})")
    if session.pack_version and session.pack_version != md.version:
        out += _wrap("Note", f"answers were recorded with content version {session.pack_version}")
    if session.handoff_used:
        hand = "used: the patient's answers from the waiting-room kiosk were restored from a hand-off code"
        hand += ("" if session.handoff_sensitive
                 else " (the patient did not share answers to the sensitive questions there)")
    else:
        hand = "not used"
    out += _wrap("Kiosk hand-off", hand)
    if session.clinician:
        out += _wrap("Clinician", session.clinician)
    if session.clinic:
        out += _wrap("Clinic", session.clinic)

    out += [""] + _wrap("", leaning_sentence(pack, session))
    out += _wrap("SURE", sure_text(session))
    out += _wrap("Knowledge check", knowledge_text(pack, session))

    out += ["", "Patient's top values:"]
    top = session.top_values(pack)
    if top:
        for vid in top:
            out += _wrap("", f"- {pack.value_statement(vid).text} "
                             f"({RATING_WORDS.get(session.values.get(vid, 0), '')})")
    else:
        out.append("  - none rated as important" if session.values else "  - not rated")

    out += ["", "Points to discuss (from the patient's answers about the situation):"]
    points = fired_rules(pack, session.situation)
    for r in points:
        out += _wrap("", ("- WARNING SIGN: " if r.warning else "- ") + r.message)
    if not points:
        out.append("  - none from the answers given")

    out += ["", "Questions raised by the patient:"]
    chosen = []
    for q in pack.questions:
        if q.id in session.questions:
            chosen.append(q.text)
    for q in chosen + list(session.own_questions):
        out += _wrap("", f"- {q}")
    if not chosen and not session.own_questions:
        out.append("  - none")

    out += ["", "Clinician notes:"]
    out += _wrap("", session.clinician_notes) if session.clinician_notes.strip() else ["  - none"]
    out += [""] + _wrap("", "The decision aid presents options and evidence; it does not recommend an option.")
    return "\n".join(line.rstrip() for line in out) + "\n"
