"""Interface wording the steps, the About box and the summary step share: dates in the interface language, the
leaning, the gentle note for a low SURE score. (Not a page: pages never import one another.)"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..present.text import long_date
from ..session import NOT_SURE
from .widgets.text import escape     # html.escape, without importing html at start-up


def format_date(d) -> str:
    """A date in the interface language, worded as in the summary and the note (``present.text.long_date``,
    Babel: imported on first use, so the Welcome step words its dates just after the first paint)."""
    return long_date(d)



def sure_suggestions(session) -> list[str]:
    """What might help, one line for each SURE question answered "No"."""
    from .pages import step
    tr = QCoreApplication.translate
    out = []
    sure = session.sure
    if sure.get("sure_of_best") is False:
        out.append(tr("Steps", "Take the time you need. Ask your care team how long you have to decide."))
    if sure.get("know_benefits_risks") is False:
        out.append(tr("Steps", "Look again at the steps “{step1}” and “{step2}”, or ask your care team to go through "
                               "them with you.").format(step1=step("compare").title(), step2=step("benefits").title()))
    if sure.get("clear_values") is False:
        out.append(tr("Steps", "Go back to the step “{step}” and think about what matters most to you.").format(step=step("values").title()))
    if sure.get("enough_support") is False:
        out.append(tr("Steps", "Talk it over with family, friends or your care team. You can take your "
                               "summary with you."))
    return out


def _tips_title() -> str:
    return QCoreApplication.translate("Steps", "Things that may help:")


def sure_note_text(pack, session) -> str:
    """The gentle note for a SURE score below 4, or "" (score 4 or not all answered)."""
    score = session.sure_score()
    if score is None or score >= 4:
        return ""
    lines = [pack.sure.low_score_note]
    tips = sure_suggestions(session)
    if tips:
        lines.append(_tips_title())
        lines.extend("• " + t for t in tips)
    return "\n".join(lines)


def sure_note_html(pack, session) -> str:
    """The same note as rich text (every piece escaped), or ""."""
    score = session.sure_score()
    if score is None or score >= 4:
        return ""
    out = f"<p>{escape(pack.sure.low_score_note)}</p>"
    tips = sure_suggestions(session)
    if tips:
        out += f"<p><b>{escape(_tips_title())}</b></p><ul>"
        out += "".join(f"<li>{escape(t)}</li>" for t in tips) + "</ul>"
    return out


def leaning_text(pack, session) -> str:
    if session.leaning == NOT_SURE:
        return QCoreApplication.translate("Steps", "Not sure yet")
    if session.leaning in pack.option_ids:
        return pack.option(session.leaning).name
    return ""
