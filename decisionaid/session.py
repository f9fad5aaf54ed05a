"""What was discussed: plain Python, versioned JSON in and out. No Qt.

A session records answers by the content pack's stable ids. Reset means a new ``Session``; nothing is
cleared field by field. The format is documented in docs/session-format.md.
"""
from __future__ import annotations

import copy
import datetime as _dt
import json
import os
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from .content.files import atomic_write  # noqa: F401 (part of this module's interface)

FORMAT_NAME = "decisionaid-session"
FORMAT_VERSION = 1
MAX_SESSION_BYTES = 2 * 1024 * 1024
MODES = ("clinician", "kiosk")
NOT_SURE = "not_sure"
RATING_MIN, RATING_MAX = 0, 4
OPTIONAL_FLAGS = ("handoff_used", "handoff_sensitive")

# Free text has a stated limit, the same at entry (the fields refuse more) and in a loaded file (refused with
# the field and its limit named): it bounds how long the summary can grow and how long it takes to lay out.
TEXT_LIMITS = {"patient_name": 200, "clinician": 200, "clinic": 200, "clinician_notes": 4000}
MAX_QUESTION_CHARS = 500     # one own question
MAX_OWN_QUESTIONS = 20
MAX_ID_CHARS = 200           # ids, versions and choice ids: never free text, so short
MAX_LIST_ITEMS = 500         # chosen question ids, or entries of an answers object


class SessionError(Exception):
    """A session file that cannot be opened; the message is one plain sentence."""


@dataclass
class Session:
    pack_id: str = ""
    pack_version: str = ""
    language: str = "en"
    mode: str = "clinician"
    date: _dt.date = field(default_factory=_dt.date.today)
    patient_name: str = ""
    clinician: str = ""
    clinic: str = ""
    situation: dict[str, Any] = field(default_factory=dict)   # question id -> choice id, "yes"/"no" or number
    values: dict[str, int] = field(default_factory=dict)      # value id -> rating 0..4
    knowledge: dict[str, int] = field(default_factory=dict)   # item id -> chosen choice index
    leaning: str = ""                                         # option id, "not_sure", or "" (no answer)
    sure: dict[str, bool] = field(default_factory=dict)       # SURE key -> yes (True) / no (False)
    questions: list[str] = field(default_factory=list)        # chosen question ids, in pack order
    own_questions: list[str] = field(default_factory=list)
    clinician_notes: str = ""
    content_hashes: dict[str, str] = field(default_factory=dict)  # answered item id -> hash of its text
    handoff_used: bool = False        # the answers were restored from a kiosk hand-off code (decisionaid/handoff.py)
    handoff_sensitive: bool = False   # the patient agreed that sensitive answers may go into the hand-off code

    # ---- derived ---------------------------------------------------------------
    @classmethod
    def for_pack(cls, pack, mode: str = "clinician", today: _dt.date | None = None) -> "Session":
        s = cls(pack_id=pack.metadata.pack_id, pack_version=pack.metadata.version,
                language=pack.metadata.language, mode=mode)
        if today is not None:
            s.date = today
        return s

    def fresh(self) -> "Session":
        """A brand-new, empty session for the same pack and mode (kiosk reset)."""
        return Session(pack_id=self.pack_id, pack_version=self.pack_version, language=self.language,
                       mode=self.mode, date=self.date)

    def sure_score(self) -> int | None:
        """Number of "yes" answers to the four SURE questions; None until all four are answered."""
        if len(self.sure) < 4:
            return None
        return sum(1 for v in self.sure.values() if v)

    def knowledge_score(self, pack) -> tuple[int, int]:
        """(right answers, items answered)."""
        right = sum(1 for k in pack.knowledge if k.id in self.knowledge and self.knowledge[k.id] == k.answer)
        return right, sum(1 for k in pack.knowledge if k.id in self.knowledge)

    def top_values(self, pack, limit: int = 3) -> list[str]:
        """Value ids rated highest (ties kept in pack order), only those rated above the middle."""
        rated = [(self.values[v.id], i, v.id) for i, v in enumerate(pack.values)
                 if self.values.get(v.id, 0) > (RATING_MIN + RATING_MAX) // 2]
        rated.sort(key=lambda t: (-t[0], t[1]))
        return [vid for _, _, vid in rated[:limit]]

    def is_empty(self) -> bool:
        return self.to_dict(include_header=False) == self.fresh().to_dict(include_header=False)

    def copy(self) -> "Session":
        return copy.deepcopy(self)

    # ---- JSON ------------------------------------------------------------------
    def to_dict(self, include_header: bool = True) -> dict[str, Any]:
        d = asdict(self)
        d["date"] = self.date.isoformat()
        for key in OPTIONAL_FLAGS:      # written only when true, so files without them stay as they always were
            if not d[key]:
                del d[key]
        if include_header:
            return {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, **d}
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"

    @classmethod
    def from_dict(cls, d: Any) -> "Session":
        if not isinstance(d, dict):
            raise SessionError("This is not a decision-aid session file.")
        if d.get("format") != FORMAT_NAME:
            raise SessionError("This is not a decision-aid session file.")
        ver = d.get("format_version")
        if not isinstance(ver, int) or isinstance(ver, bool):
            raise SessionError("The session file has no valid format version.")
        if ver > FORMAT_VERSION:
            raise SessionError(
                f"This session was saved by a newer version of the app (format {ver}); please update the app.")
        d = clean_loaded(d)
        known = {f.name for f in fields(cls)}
        s = cls()
        for key, val in d.items():
            if key in ("format", "format_version"):
                continue
            if key not in known:
                raise SessionError(f"The session file has an unknown field '{_short(key)}'.")
            setattr(s, key, _check_field(key, val))
        return s

    @classmethod
    def from_json(cls, text: str) -> "Session":
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError):
            raise SessionError("The session file is damaged or incomplete (not valid JSON).") from None
        return cls.from_dict(data)

    # ---- files -----------------------------------------------------------------
    @classmethod
    def load(cls, path: str | os.PathLike) -> "Session":
        p = Path(path)
        try:
            size = p.stat().st_size
            if size > MAX_SESSION_BYTES:
                raise SessionError(f"The file is too large to be a session ({size // 1024} KB).")
            with p.open("rb") as fh:
                raw = fh.read(MAX_SESSION_BYTES + 1)
        except OSError as exc:
            raise SessionError(f"Cannot read the file: {exc.strerror or exc}.") from None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise SessionError("This is not a decision-aid session file (not text).") from None
        return cls.from_json(text)

    def save(self, path: str | os.PathLike) -> None:
        """Write atomically: a temporary file in the same folder, then a rename."""
        atomic_write(Path(path), self.to_json().encode("utf-8"))


# NUL and the other C0 controls but tab, line feed and carriage return; the bidi embeddings, overrides and
# isolates (U+202A-U+202E, U+2066-U+2069), which can make a note in a medical record read differently from
# what it holds; and lone surrogates (which no UTF-8 output can encode) become U+FFFD.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` made safe for every output: unsafe control and bidi-control characters removed, lone
    surrogates replaced by U+FFFD. Applied once, to everything a session file holds, as it is loaded."""
    if text.isascii() and text.isprintable():
        return text
    return _SURROGATE.sub("\ufffd", _UNSAFE.sub("", text))


def clean_loaded(value: Any) -> Any:
    """Every text (keys, values, list items) in parsed JSON passed through ``clean_text``."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_loaded(k): clean_loaded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_loaded(v) for v in value]
    return value


def _short(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _check_field(key: str, val: Any) -> Any:
    def bad(what: str) -> SessionError:
        return SessionError(f"The session file's '{key}' {what}.")

    str_fields = ("pack_id", "pack_version", "language", "patient_name", "clinician", "clinic", "leaning",
                  "clinician_notes")
    if key in str_fields:
        if not isinstance(val, str):
            raise bad("must be text")
        limit = TEXT_LIMITS.get(key, MAX_ID_CHARS)
        if len(val) > limit:
            raise bad(f"is longer than {limit:,} characters, the limit")
        return val
    if isinstance(val, dict):
        if len(val) > MAX_LIST_ITEMS:
            raise bad(f"has {len(val):,} entries; the limit is {MAX_LIST_ITEMS:,}")
        if any(len(k) > MAX_ID_CHARS or (isinstance(v, str) and len(v) > MAX_ID_CHARS) for k, v in val.items()):
            raise bad(f"has an entry longer than {MAX_ID_CHARS:,} characters, the limit")
    if key == "mode":
        if val not in MODES:
            raise bad("must be 'clinician' or 'kiosk'")
        return val
    if key == "date":
        try:
            return _dt.date.fromisoformat(val)
        except (TypeError, ValueError):
            raise bad("is not a valid date") from None
    if key == "situation":
        if not isinstance(val, dict):
            raise bad("must be an object")
        for k, v in val.items():
            if isinstance(v, bool) or not isinstance(v, (str, int, float)):
                raise bad(f"answer '{_short(k)}' must be text or a number")
        return dict(val)
    if key in ("values", "knowledge"):
        if not isinstance(val, dict):
            raise bad("must be an object")
        for k, v in val.items():
            if isinstance(v, bool) or not isinstance(v, int):
                raise bad(f"entry '{_short(k)}' must be a whole number")
            if key == "values" and not RATING_MIN <= v <= RATING_MAX:
                raise bad(f"rating '{_short(k)}' must be {RATING_MIN} to {RATING_MAX}")
        return dict(val)
    if key == "sure":
        if not isinstance(val, dict) or not all(isinstance(v, bool) for v in val.values()):
            raise bad("must map each question to true or false")
        return dict(val)
    if key in OPTIONAL_FLAGS:
        if not isinstance(val, bool):
            raise bad("must be true or false")
        return val
    if key == "content_hashes":
        if not isinstance(val, dict) or not all(isinstance(v, str) for v in val.values()):
            raise bad("must map item ids to text")
        return dict(val)
    if key in ("questions", "own_questions"):
        if not isinstance(val, list) or not all(isinstance(v, str) for v in val):
            raise bad("must be a list of text")
        most, longest = ((MAX_OWN_QUESTIONS, MAX_QUESTION_CHARS) if key == "own_questions"
                         else (MAX_LIST_ITEMS, MAX_ID_CHARS))
        if len(val) > most:
            raise bad(f"has {len(val):,} entries; the limit is {most:,}")
        for v in val:
            if len(v) > longest:
                raise bad(f"has an entry longer than {longest:,} characters, the limit")
        return list(val)
    raise bad("is not understood")
