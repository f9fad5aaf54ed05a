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


def visit_note(pack, session) -> str:
    session = known_answers(pack, session)     # an answer naming what the pack lacks is never written
    md = pack.metadata
    out: list[str] = ["SHARED DECISION-MAKING NOTE", ""]
    out += _wrap("Date", session.date.isoformat())
    out += _wrap("Decision", md.decision)
    out += _wrap("Options discussed", ", ".join(o.name for o in pack.options))
    status = "draft, not yet clinically reviewed" if md.is_draft else "clinically reviewed"
    out += _wrap("Evidence shown", f"decision aid content pack {md.pack_id} version {md.version} "
                                   f"({md.language}; {status}; next review due {md.next_review.isoformat()})")
    if session.pack_version and session.pack_version != md.version:
        out += _wrap("Note", f"answers were recorded with content version {session.pack_version}")
    if session.clinician:
        out += _wrap("Clinician", session.clinician)
    if session.clinic:
        out += _wrap("Clinic", session.clinic)

    out += ["", "Patient's main values:"]
    top = session.top_values(pack)
    if top:
        for vid in top:
            out += _wrap("", f"- {pack.value_statement(vid).text} "
                             f"({RATING_WORDS.get(session.values.get(vid, 0), '')})")
    else:
        out.append("  - none rated as important")

    right, answered = session.knowledge_score(pack)
    out += [""] + _wrap("Knowledge check", f"{right} of {len(pack.knowledge)} correct"
                        + (f" ({answered} answered)" if answered != len(pack.knowledge) else ""))
    if session.leaning == NOT_SURE:
        leaning = "not sure yet"
    elif session.leaning:
        leaning = pack.option(session.leaning).name
    else:
        leaning = "not answered"
    out += _wrap("Leaning", leaning)
    score = session.sure_score()
    sure = "not completed" if score is None else f"{score} of 4"
    if score is not None and score < 4:
        sure += " (possible decisional conflict; more information or support may help)"
    out += _wrap("SURE score", sure)

    out += ["", "Points to discuss:"]
    points = fired_rules(pack, session.situation)
    for r in points:
        out += _wrap("", ("- WARNING SIGN: " if r.warning else "- ") + r.message)
    if not points:
        out.append("  - none from the answers given")

    out += ["", "Questions raised:"]
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
