"""The kiosk hand-off code: a patient's answers as a short code to read aloud, type in or scan. No Qt.

The code holds only answers chosen from the pack's own lists (situation answers, values ratings, knowledge-check
answers, the leaning, the SURE answers and the chosen questions): never free text, never a name, never a date.
Answers to questions the pack marks ``sensitive`` (cancer, pregnancy) go in only when the patient agrees.

Layout (docs/session-format.md, "Hand-off code"): Crockford base32 symbols, shown in groups of four::

    version (1) | pack fingerprint (3) | answers (a fixed number for the pack) | checksum (4)

The answers are one whole number in mixed radix: every slot of ``layout(pack)`` is a digit from 0 (no answer)
to the number of answers it offers, so a yes/no question costs log2(3) bits, not a character. The fingerprint
is a 15-bit hash of the pack's id, version and that layout; the checksum is 20 bits of a SHA-256 of everything
before it. Decoding refuses a mistyped, truncated, too long or other-pack code with one plain sentence
(``HandoffError``) and changes nothing.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass

from .content.model import SURE_KEYS
from .session import NOT_SURE, RATING_MAX, RATING_MIN, Session

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"     # Crockford base32: no I, L, O or U (look-alikes, a rude word)
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_READ_AS = {"O": "0", "I": "1", "L": "1"}          # what a person may type for a look-alike
_SEPARATORS = " -\u2010\u2011\u2012\u2013\u2014.\t\n"
CODE_VERSION = 1
PACK_CHARS = 3            # 15-bit fingerprint of the pack
CHECK_CHARS = 4           # 20-bit checksum
GROUP = 4                 # symbols per group when shown
MAX_SHOWN_CHARS = 40      # the longest a code may be as shown, hyphens included


class HandoffError(Exception):
    """A code that cannot be read, or answers that do not fit one; the message is one plain sentence.

    ``template`` is the English sentence with ``{name}`` placeholders for ``values`` (the window translates the
    template, then fills it)."""

    def __init__(self, template: str, **values):
        self.template = template
        self.values = {k: str(v) for k, v in values.items()}
        super().__init__(fill(template, self.values))


def fill(template: str, values: dict) -> str:
    return template.format(**values)


@dataclass(frozen=True)
class Slot:
    """One digit of the answers number: ``answers[d - 1]`` is the answer digit ``d`` stands for; 0 = none."""

    kind: str                      # "consent", "situation", "values", "knowledge", "leaning", "sure", "questions"
    key: str                       # the item id ("" for the leaning)
    answers: tuple | range
    sensitive: bool = False

    @property
    def radix(self) -> int:
        return len(self.answers) + 1

    def digit(self, answer) -> int | None:
        """The digit for an answer, 0 for no answer, None when this slot cannot hold it."""
        if answer is None or (answer == "" and isinstance(answer, str)):
            return 0
        if isinstance(self.answers, range):             # a number question: whole numbers min..max
            if isinstance(answer, bool) or not isinstance(answer, (int, float)):
                return None
            if isinstance(answer, float) and not answer.is_integer():
                return None
            n = int(answer)
            return self.answers.index(n) + 1 if n in self.answers else None
        for i, a in enumerate(self.answers):
            if type(a) is type(answer) and a == answer:
                return i + 1
        return None

    def describe(self) -> str:
        if isinstance(self.answers, range):
            vals = f"{self.answers.start}..{self.answers.stop - 1}"
        else:
            vals = ",".join(str(a) for a in self.answers)
        return f"{self.kind}:{self.key}:{int(self.sensitive)}:{vals}"


def layout(pack) -> tuple[Slot, ...]:
    """Every slot of the code for this pack, in code order (most significant digit first)."""
    import math
    slots = [Slot("consent", "sensitive", (True,))]
    for q in pack.situation:
        if q.type == "choice":
            answers: tuple | range = tuple(c.id for c in q.choices)
        elif q.type == "yes_no":
            answers = ("yes", "no")
        else:
            lo, hi = math.ceil(q.min), math.floor(q.max)
            answers = range(lo, max(lo, hi + 1))
        slots.append(Slot("situation", q.id, answers, q.sensitive))
    slots += [Slot("values", v.id, tuple(range(RATING_MIN, RATING_MAX + 1))) for v in pack.values]
    slots += [Slot("knowledge", k.id, tuple(range(len(k.choices)))) for k in pack.knowledge]
    slots.append(Slot("leaning", "", tuple(pack.option_ids) + (NOT_SURE,)))
    slots += [Slot("sure", key, (True, False)) for key in SURE_KEYS]
    slots += [Slot("questions", q.id, (True,)) for q in pack.questions]
    return tuple(slots)


def _capacity(slots) -> int:
    n = 1
    for s in slots:
        n *= s.radix
    return n


def _answer_chars(slots) -> int:
    cap, n = _capacity(slots), 1
    while 32 ** n < cap:
        n += 1
    return n


def fingerprint(pack, slots=None) -> int:
    """15 bits from the pack's id, version and code layout: a code made for another pack or version is refused."""
    slots = layout(pack) if slots is None else slots
    text = "\n".join([pack.metadata.pack_id, pack.metadata.version] + [s.describe() for s in slots])
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:2], "big") >> 1


def _checksum(body: str) -> str:
    n = int.from_bytes(hashlib.sha256(b"decisionaid-handoff\0" + body.encode("ascii")).digest()[:3], "big") >> 4
    return _to_base32(n, CHECK_CHARS)


def _to_base32(n: int, width: int) -> str:
    out = []
    for _ in range(width):
        n, d = divmod(n, 32)
        out.append(ALPHABET[d])
    return "".join(reversed(out))


def _from_base32(text: str) -> int:
    n = 0
    for ch in text:
        n = n * 32 + _VALUE[ch]
    return n


def group(raw: str) -> str:
    """``1ABCDEFG`` -> ``1ABC-DEFG``: how a code is shown, printed and read aloud."""
    return "-".join(raw[i:i + GROUP] for i in range(0, len(raw), GROUP))


def code_length(pack) -> int:
    """Symbols in every code of this pack (hyphens not counted)."""
    return 1 + PACK_CHARS + _answer_chars(layout(pack)) + CHECK_CHARS


def sensitive_questions(pack) -> list:
    return [q for q in pack.situation if q.sensitive]


@dataclass(frozen=True)
class Encoded:
    code: str                       # as shown: groups of four joined by hyphens
    left_out: tuple[str, ...]       # "kind:id" of answers the code does not carry (see ``encode``)

    @property
    def raw(self) -> str:
        return self.code.replace("-", "")


def _session_answer(session, slot: Slot):
    if slot.kind == "situation":
        return session.situation.get(slot.key)
    if slot.kind == "values":
        return session.values.get(slot.key)
    if slot.kind == "knowledge":
        return session.knowledge.get(slot.key)
    if slot.kind == "leaning":
        return session.leaning
    if slot.kind == "sure":
        return session.sure.get(slot.key)
    if slot.kind == "questions":
        return True if slot.key in session.questions else None
    raise AssertionError(slot.kind)


def encode(pack, session, include_sensitive: bool | None = None) -> Encoded:
    """The hand-off code of a session's answers for this pack.

    ``include_sensitive`` (default: the session's ``handoff_sensitive``, the patient's tick) lets answers to the
    pack's sensitive questions in. ``left_out`` names every answer the code does not carry: sensitive answers
    without the tick, and answers the pack cannot hold (ids of another pack version, a number out of range)."""
    include = session.handoff_sensitive if include_sensitive is None else bool(include_sensitive)
    slots = layout(pack)
    n = 0
    left_out: list[str] = []
    for slot in slots:
        if slot.kind == "consent":
            d = 1 if include else 0
        else:
            d = slot.digit(_session_answer(session, slot))
            if d is None:
                left_out.append(f"{slot.kind}:{slot.key}" if slot.key else slot.kind)
                d = 0
            elif d and slot.sensitive and not include:
                left_out.append(f"{slot.kind}:{slot.key}")
                d = 0
        n = n * slot.radix + d
    known = {(s.kind, s.key) for s in slots}
    for kind, ids in (("situation", session.situation), ("values", session.values),
                      ("knowledge", session.knowledge), ("sure", session.sure), ("questions", session.questions)):
        left_out += [f"{kind}:{i}" for i in ids if (kind, i) not in known]
    body = (ALPHABET[CODE_VERSION] + _to_base32(fingerprint(pack, slots), PACK_CHARS)
            + _to_base32(n, _answer_chars(slots)))
    raw = body + _checksum(body)
    shown = group(raw)
    if len(shown) > MAX_SHOWN_CHARS:
        raise HandoffError("This content pack has too many questions for a hand-off code ({length} characters; "
                           "the most is {most}).", length=len(shown), most=MAX_SHOWN_CHARS)
    return Encoded(shown, tuple(left_out))


def code_for(pack, session) -> str:
    """The code as shown and printed (the summary calls this), or "" when the pack's answers do not fit one."""
    try:
        return encode(pack, session).code
    except HandoffError:
        return ""


def normalise(text: str) -> str:
    """A typed code as bare symbols: case, spaces and hyphens ignored, O read as 0 and I or L as 1."""
    out = []
    for ch in str(text).upper():
        if ch in _SEPARATORS:
            continue
        ch = _READ_AS.get(ch, ch)
        if ch not in _VALUE:
            if ch == "U":
                raise HandoffError("Hand-off codes never use the letter U. Check the code and try again.")
            raise HandoffError("Hand-off codes use only the digits 0 to 9 and the letters A to Z (except I, L, "
                               "O and U). Check the code and try again.")
        out.append(ch)
    return "".join(out)


def decode(pack, code: str, today: _dt.date | None = None) -> Session:
    """A new clinician-mode session holding the answers in ``code``; ``HandoffError`` if it cannot be read."""
    raw = normalise(code)
    if not raw:
        raise HandoffError("Type the hand-off code first.")
    slots = layout(pack)
    expected = 1 + PACK_CHARS + _answer_chars(slots) + CHECK_CHARS
    if len(raw) <= 1 + PACK_CHARS + CHECK_CHARS or _checksum(raw[:-CHECK_CHARS]) != raw[-CHECK_CHARS:]:
        if len(raw) < expected:
            raise HandoffError("The code is too short: it has {length} characters and should have {expected}. "
                               "Check that none are missing.", length=len(raw), expected=expected)
        if len(raw) > expected:
            raise HandoffError("The code is too long: it has {length} characters and should have {expected}. "
                               "Check it and try again.", length=len(raw), expected=expected)
        raise HandoffError("The code does not check out, so a character is probably mistyped. Check it and "
                           "try again.")
    version = _VALUE[raw[0]]
    if version > CODE_VERSION:
        raise HandoffError("This code was made by a newer version of the decision aid. Please update the app.")
    if version != CODE_VERSION:
        raise HandoffError("This is not a hand-off code this app can read.")
    if _from_base32(raw[1:1 + PACK_CHARS]) != fingerprint(pack, slots):
        raise HandoffError("This code was made with a different decision aid or a different version of its "
                           "content, so it cannot be opened with this one ({pack_id} {version}).",
                           pack_id=pack.metadata.pack_id, version=pack.metadata.version)
    if len(raw) != expected:
        raise HandoffError("The code is damaged: it does not fit this content pack.")
    n = _from_base32(raw[1 + PACK_CHARS:-CHECK_CHARS])
    if n >= _capacity(slots):
        raise HandoffError("The code is damaged: it does not fit this content pack.")
    digits = []
    for slot in reversed(slots):
        n, d = divmod(n, slot.radix)
        digits.append(d)
    digits.reverse()

    s = Session.for_pack(pack, mode="clinician", today=today)
    s.handoff_used = True
    for slot, d in zip(slots, digits):
        if slot.kind == "consent":
            s.handoff_sensitive = bool(d)
            continue
        if d == 0:
            continue
        answer = slot.answers[d - 1]
        if slot.kind == "situation":
            s.situation[slot.key] = answer
        elif slot.kind == "values":
            s.values[slot.key] = answer
        elif slot.kind == "knowledge":
            s.knowledge[slot.key] = answer
        elif slot.kind == "leaning":
            s.leaning = answer
        elif slot.kind == "sure":
            s.sure[slot.key] = answer
        elif slot.kind == "questions":
            s.questions.append(slot.key)
    if not s.handoff_sensitive and any(s.situation.get(q.id) is not None for q in sensitive_questions(pack)):
        raise HandoffError("The code is damaged: it does not fit this content pack.")
    return s
