"""Answers saved with one pack version, opened with another: which answered items changed or vanished.

When a session is saved, each answered content item's text is fingerprinted (``stamp``). When it is opened,
``differences`` compares those fingerprints with the current pack. No Qt.
"""
from __future__ import annotations

import hashlib


def _items(pack) -> dict[str, str]:
    out: dict[str, str] = {}
    for q in pack.situation:
        out[f"situation:{q.id}"] = q.text + "|" + "|".join(f"{c.id}={c.label}" for c in q.choices)
    for v in pack.values:
        out[f"values:{v.id}"] = v.text
    for k in pack.knowledge:
        out[f"knowledge:{k.id}"] = k.question + "|" + "|".join(k.choices) + f"|{k.answer}"
    for q in pack.questions:
        out[f"questions:{q.id}"] = q.text
    for o in pack.options:
        out[f"leaning:{o.id}"] = o.name
    for key, text in pack.sure.items():
        out[f"sure:{key}"] = text
    return out


def _answered(session) -> list[str]:
    keys = [f"situation:{k}" for k in session.situation]
    keys += [f"values:{k}" for k in session.values]
    keys += [f"knowledge:{k}" for k in session.knowledge]
    keys += [f"questions:{k}" for k in session.questions]
    keys += [f"sure:{k}" for k in session.sure]
    if session.leaning and session.leaning != "not_sure":
        keys.append(f"leaning:{session.leaning}")
    return keys


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def stamp(pack, session) -> None:
    """Record the fingerprint of every answered item (called just before saving)."""
    items = _items(pack)
    session.content_hashes = {k: _hash(items[k]) for k in _answered(session) if k in items}


def differences(pack, session) -> tuple[list[str], list[str]]:
    """(changed, vanished) answered item keys such as ``values:fast_relief``."""
    items = _items(pack)
    changed, vanished = [], []
    for key in _answered(session):
        if key not in items:
            vanished.append(key)
        elif key in session.content_hashes and session.content_hashes[key] != _hash(items[key]):
            changed.append(key)
    return changed, vanished


# ---- answers that name what the pack does not have ---------------------------------------------------------
def _situation_answer_known(q, answer) -> bool:
    if q.type == "choice":
        return any(c.id == answer for c in q.choices)
    if q.type == "yes_no":
        return answer in ("yes", "no")
    return isinstance(answer, (int, float)) and not isinstance(answer, bool)


def _unknown(pack, session) -> list[tuple[str, object, str]]:
    """(kind, item, key) for every answer naming something the pack lacks."""
    out: list[tuple[str, object, str]] = []
    questions = {q.id: q for q in pack.situation}
    for qid, answer in session.situation.items():
        if qid not in questions:
            out.append(("situation", qid, f"situation:{qid}"))
        elif answer not in (None, "") and not _situation_answer_known(questions[qid], answer):
            out.append(("situation", qid, f"situation:{qid}={answer}"))
    value_ids = {v.id for v in pack.values}
    out += [("values", vid, f"values:{vid}") for vid in session.values if vid not in value_ids]
    items = {k.id: k for k in pack.knowledge}
    for kid, index in session.knowledge.items():
        if kid not in items:
            out.append(("knowledge", kid, f"knowledge:{kid}"))
        elif not 0 <= index < len(items[kid].choices):
            out.append(("knowledge", kid, f"knowledge:{kid}={index}"))
    question_ids = {q.id for q in pack.questions}
    out += [("questions", qid, f"questions:{qid}") for qid in session.questions if qid not in question_ids]
    sure_keys = {k for k, _ in pack.sure.items()}
    out += [("sure", key, f"sure:{key}") for key in session.sure if key not in sure_keys]
    if session.leaning and session.leaning != "not_sure" and session.leaning not in pack.option_ids:
        out.append(("leaning", session.leaning, f"leaning:{session.leaning}"))
    return out


def unknown_answers(pack, session) -> list[str]:
    """Every answer naming something the pack lacks, as keys like ``values:an_old_value``,
    ``situation:pain_level=no_such_choice``, ``knowledge:k1=7`` or ``leaning:no_such_option``. Such answers
    stay in the session (and in the file when it is saved again) but are never shown or printed
    (``known_answers``); the app names them in a notice when the file is opened."""
    return [key for _, _, key in _unknown(pack, session)]


def known_answers(pack, session):
    """``session`` without the answers ``unknown_answers`` names (a copy; the session itself when there are
    none): what the screens, the summary and the visit note show. The session keeps them, so saving it again
    loses nothing."""
    unknown = _unknown(pack, session)
    if not unknown:
        return session
    s = session.copy()
    for kind, item, _ in unknown:
        if kind == "questions":
            s.questions = [q for q in s.questions if q != item]
        elif kind == "leaning":
            s.leaning = ""
        else:
            getattr(s, kind).pop(item, None)
    return s
