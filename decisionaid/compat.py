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
